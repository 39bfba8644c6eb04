// Deployment statistics per event (contract v1.2), computed once by the build and stored one row per event
// in event id order: the dataset is immutable while served, so /v1/stats/deployments pages through stored
// rows and adds nothing up on a request, whatever the number of deployments.
import type Database from 'better-sqlite3';
import { combineQualifiers, sumQuantities } from '../lib/quantities.js';
import type { Quantity } from '../schemas/common.js';
import type { EventStats, StatsTotal } from '../schemas/stats.js';
import type { Qualifier } from '../schemas/vocabulary.js';
import { perStore, type Store } from './store.js';

interface Aggregate { event: string | null; key: string | null; total: number | null; rows: number; unstated: number; qualifiers: string | null; derived: number }
interface Row { id: string; event: string | null; organization_id: string; personnel_value: number | null; personnel_qualifier: Qualifier | null; derived: number }
interface Part extends Row { total_id: string }

/** Sums per group in SQL: a few passes over the deployments whatever the number of events. */
const AGGREGATE = `SUM(personnel_value) AS total, COUNT(*) AS rows, SUM(personnel_value IS NULL) AS unstated,
  group_concat(DISTINCT personnel_qualifier) AS qualifiers, MAX(derived) AS derived FROM deployments`;
const ROW = 'id, event_id AS event, organization_id, personnel_value, personnel_qualifier, derived';

/** An event whose deployments are all parts of others has no top-level group: nothing counted. */
const NO_TOP_LEVEL: Aggregate = { event: null, key: null, total: null, rows: 0, unstated: 0, qualifiers: null, derived: 0 };

const quantityOf = (a: Aggregate): Quantity => (a.total === null
  ? { value: null, qualifier: null }
  : { value: a.total, qualifier: combineQualifiers((a.qualifiers ?? '').split(',') as Qualifier[]) });

const personnel = (p: Row): Quantity => ({ value: p.personnel_value, qualifier: p.personnel_qualifier });

/** Rows grouped by a key, in the order the statement gave them. */
function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const grouped = new Map<K, T[]>();
  for (const row of rows) {
    const list = grouped.get(key(row));
    if (list) list.push(row);
    else grouped.set(key(row), [row]);
  }
  return grouped;
}

/** Every event's groups: per force, the top level (deployments part of no other), stated totals and their parts. */
function groupedFigures(sqlite: Database.Database) {
  const sql = {
    perOrganization: `SELECT event_id AS event, organization_id AS key, ${AGGREGATE} GROUP BY event_id, organization_id`,
    topLevel: `SELECT event_id AS event, NULL AS key, ${AGGREGATE} WHERE part_of_id IS NULL GROUP BY event_id`,
    totals: `SELECT ${ROW} FROM deployments WHERE id IN (SELECT part_of_id FROM deployments WHERE part_of_id IS NOT NULL) ORDER BY id`,
    parts: `SELECT part_of_id AS total_id, ${ROW} FROM deployments WHERE part_of_id IS NOT NULL ORDER BY part_of_id, id`,
  };
  return {
    perOrganization: groupBy(sqlite.prepare(sql.perOrganization).all() as Aggregate[], (a) => a.event),
    topLevel: new Map((sqlite.prepare(sql.topLevel).all() as Aggregate[]).map((a) => [a.event, a])),
    totals: groupBy(sqlite.prepare(sql.totals).all() as Row[], (r) => r.event),
    parts: groupBy(sqlite.prepare(sql.parts).all() as Part[], (p) => p.total_id),
  };
}

type Figures = ReturnType<typeof groupedFigures>;

/** One stated total beside the sum of its parts; `derived` when counting one of the parts is inferred. */
function statedTotal(figures: Figures, total: Row): EventStats['stated_totals'][number] {
  const own = figures.parts.get(total.id) ?? [];
  const sum = sumQuantities(own.map(personnel));
  return {
    deployment_id: total.id, organization_id: total.organization_id, stated: personnel(total), sum_of_parts: sum,
    difference: total.personnel_value !== null && sum.value !== null ? total.personnel_value - sum.value : null,
    derived: own.some((p) => p.derived === 1),
    parts: own.map((p) => ({ deployment_id: p.id, organization_id: p.organization_id, personnel: personnel(p), derived: p.derived === 1 })),
  };
}

/** The statistics of one event: forces, stated totals beside their parts, and the total that counts no one twice. */
function eventStats(figures: Figures, names: Map<string, string>, event: string | null): EventStats {
  const topLevel = figures.topLevel.get(event) ?? NO_TOP_LEVEL;
  return {
    event_id: event,
    name: event === null ? null : names.get(event) ?? event,
    by_organization: (figures.perOrganization.get(event) ?? []).map((a) => ({
      organization_id: a.key!, name: names.get(a.key!) ?? a.key!, personnel: quantityOf(a), deployments: a.rows, unstated: a.unstated, derived: a.derived === 1,
    })).sort((a, b) => (b.personnel.value ?? -1) - (a.personnel.value ?? -1) || a.organization_id.localeCompare(b.organization_id)),
    stated_totals: (figures.totals.get(event) ?? []).map((total) => statedTotal(figures, total)),
    total: { personnel: quantityOf(topLevel), deployments: topLevel.rows, unstated: topLevel.unstated ?? 0, derived: topLevel.derived === 1 },
  };
}

/** Over all events: how many there are, deployments and unstated counts added up (personnel never is), and whether a counted deployment is inferred. */
export interface StatsCounts { events: number; deployments: number; unstated: number; derived: boolean }

/** The dataset_info key holding the StatsCounts of the whole dataset. */
export const STATS_COUNTS_KEY = 'deployment_stats';

/**
 * Computes every event's statistics and stores them in `deployment_stats`, positions 1..n in event id order
 * (deployments of no stated event last). Each row holds the event's JSON as the route serves it, and its
 * forces (each with its `event_id`) and stated totals as JSON list fragments, so a page over several events
 * is stored text concatenated. Returns the counts over all events.
 */
export function storeDeploymentStats(sqlite: Database.Database): StatsCounts {
  const keys = (sqlite.prepare('SELECT DISTINCT event_id AS id FROM deployments ORDER BY event_id IS NULL, event_id').pluck().all()) as Array<string | null>;
  const named = (table: string, column: string) => `SELECT id, name FROM ${table} WHERE id IN (SELECT DISTINCT ${column} FROM deployments)`;
  const names = new Map((sqlite.prepare(`${named('organizations', 'organization_id')} UNION ALL ${named('events', 'event_id')}`).all() as Array<{ id: string; name: string }>).map((o) => [o.id, o.name]));
  const figures = groupedFigures(sqlite);
  const insert = sqlite.prepare('INSERT INTO deployment_stats (position, event_id, deployments, unstated, json, organizations_json, stated_totals_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const counts: StatsCounts = { events: keys.length, deployments: 0, unstated: 0, derived: false };
  for (const [index, event] of keys.entries()) {
    const stats = eventStats(figures, names, event);
    const forces = stats.by_organization.map((o) => JSON.stringify({ ...o, event_id: event })).join(',');
    insert.run(index + 1, event, stats.total.deployments, stats.total.unstated, JSON.stringify(stats), forces, stats.stated_totals.map((t) => JSON.stringify(t)).join(','));
    counts.deployments += stats.total.deployments;
    counts.unstated += stats.total.unstated;
    counts.derived ||= stats.total.derived;
  }
  return counts;
}

/** A stored event: its id, its JSON, and its forces and stated totals as list fragments ('' when it has none). */
export interface StoredEventStats { event: string | null; json: string; forces: string; statedTotals: string }

export interface StatsPageRequest {
  /** Only these events (none: every event). */
  events: string[];
  limit: number;
  offset: number;
  /** Keyset cursor: the page starts after this event id (and before deployments of no stated event). */
  after?: string;
}

export interface StatsPage {
  rows: StoredEventStats[];
  /** Counts over every event the request matches, on all pages. */
  matching: StatsCounts;
  /** The JSON of the one event matched, when exactly one is (whatever the page holds). */
  only?: string;
  /** Whether an event follows the page. */
  more: boolean;
}

const COLUMNS = 'event_id AS event, json, organizations_json AS forces, stated_totals_json AS statedTotals';
const CHOSEN = 'event_id IN (SELECT value FROM json_each(@events))';

/** Prepared once per open database: every page is an index range of stored rows. */
const statements = perStore((store) => {
  const { sqlite } = store;
  const raw = sqlite.prepare('SELECT value FROM dataset_info WHERE key = ?').pluck().get(STATS_COUNTS_KEY) as string | undefined;
  return {
    counts: (raw === undefined ? { events: 0, deployments: 0, unstated: 0, derived: false } : JSON.parse(raw)) as StatsCounts,
    first: sqlite.prepare('SELECT json FROM deployment_stats WHERE position = 1').pluck(),
    // Positions are 1..n without gaps, so an offset into all events is a position: no rows stepped over.
    all: sqlite.prepare(`SELECT ${COLUMNS} FROM deployment_stats WHERE position > @from ORDER BY position LIMIT @limit`),
    chosen: sqlite.prepare(`SELECT ${COLUMNS} FROM deployment_stats WHERE ${CHOSEN} AND position > @from ORDER BY position LIMIT @limit OFFSET @offset`),
    chosenCounts: sqlite.prepare(`SELECT COUNT(*) AS events, COALESCE(SUM(deployments), 0) AS deployments, COALESCE(SUM(unstated), 0) AS unstated,
      COALESCE(MAX(json_extract(json, '$.total.derived')), 0) AS derived, CASE WHEN COUNT(*) = 1 THEN MAX(json) END AS only FROM deployment_stats WHERE ${CHOSEN}`),
    cursor: sqlite.prepare('SELECT position FROM deployment_stats WHERE event_id <= ? ORDER BY event_id DESC LIMIT 1').pluck(),
  };
});

/** One page of stored event statistics, with the counts over every event matched. */
export function statsPage(store: Store, request: StatsPageRequest): StatsPage {
  const s = statements(store);
  const from = request.after === undefined ? 0 : (s.cursor.get(request.after) as number | undefined) ?? 0;
  // One row beyond the page tells whether another page follows.
  const limit = request.limit + 1;
  if (!request.events.length) {
    const rows = s.all.all({ from: from + request.offset, limit }) as StoredEventStats[];
    const only = s.counts.events === 1 ? s.first.get() as string : undefined;
    return { rows: rows.slice(0, request.limit), matching: s.counts, ...(only !== undefined && { only }), more: rows.length > request.limit };
  }
  const events = JSON.stringify(request.events);
  const rows = s.chosen.all({ events, from, limit, offset: request.offset }) as StoredEventStats[];
  const { only, derived, ...counted } = s.chosenCounts.get({ events }) as Omit<StatsCounts, 'derived'> & { derived: number; only: string | null };
  const matching = { ...counted, derived: derived === 1 };
  return { rows: rows.slice(0, request.limit), matching, ...(only !== null && { only }), more: rows.length > request.limit };
}

/** The top-level total of an answer: the one event's, or over several the counts with no personnel added. */
export function answerTotal(page: StatsPage): StatsTotal {
  if (page.only !== undefined) return (JSON.parse(page.only) as EventStats).total;
  return { personnel: { value: null, qualifier: null }, deployments: page.matching.deployments, unstated: page.matching.unstated, derived: page.matching.derived };
}
