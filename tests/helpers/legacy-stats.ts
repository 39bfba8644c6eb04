// The statistics as the route computed them on every request before the build stored them: the reference
// the stored statistics are compared with (tests/stats-stored.test.ts), kept verbatim.
import type Database from 'better-sqlite3';
import { combineQualifiers, sumQuantities } from '../../src/lib/quantities.js';
import type { Quantity } from '../../src/schemas/common.js';
import type { Qualifier } from '../../src/schemas/vocabulary.js';

interface Aggregate { event: string | null; key: string | null; total: number | null; rows: number; unstated: number; qualifiers: string | null; derived: number }
interface Row { id: string; event: string | null; organization_id: string; personnel_value: number | null; personnel_qualifier: Qualifier | null; derived: number }

/** Sums per group in SQL, so the answer costs the same memory whatever the number of deployments. */
const AGGREGATE = `SUM(personnel_value) AS total, COUNT(*) AS rows, SUM(personnel_value IS NULL) AS unstated,
  group_concat(DISTINCT personnel_qualifier) AS qualifiers, MAX(derived) AS derived FROM deployments`;

/** An event whose deployments are all parts of others has no top-level group: nothing counted. */
const NO_TOP_LEVEL: Aggregate = { event: null, key: null, total: null, rows: 0, unstated: 0, qualifiers: null, derived: 0 };

const quantityOf = (a: Aggregate): Quantity => (a.total === null
  ? { value: null, qualifier: null }
  : { value: a.total, qualifier: combineQualifiers((a.qualifiers ?? '').split(',') as Qualifier[]) });

const personnel = (p: Row): Quantity => ({ value: p.personnel_value, qualifier: p.personnel_qualifier });

/** Rows by their event (null for deployments of no stated event), in the order the statement gave them. */
function byEvent<T extends { event: string | null }>(rows: T[]): Map<string | null, T[]> {
  const grouped = new Map<string | null, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.event);
    if (list) list.push(row);
    else grouped.set(row.event, [row]);
  }
  return grouped;
}

/**
 * The wanted events' groups, each statement grouped by event: a few passes over the deployments whatever the
 * number of events (one statement per event cost seconds at 100k events).
 */
function groupedFigures(sqlite: Database.Database, wanted: string, params: { events: string }) {
  const sql = {
    perOrganization: `SELECT event_id AS event, organization_id AS key, ${AGGREGATE} WHERE ${wanted} GROUP BY event_id, organization_id`,
    topLevel: `SELECT event_id AS event, NULL AS key, ${AGGREGATE} WHERE ${wanted} AND part_of_id IS NULL GROUP BY event_id`,
    totals: `SELECT id, event_id AS event, organization_id, personnel_value, personnel_qualifier, derived FROM deployments
      WHERE ${wanted} AND id IN (SELECT part_of_id FROM deployments WHERE part_of_id IS NOT NULL) ORDER BY id`,
  };
  return {
    perOrganization: byEvent(sqlite.prepare(sql.perOrganization).all(params) as Aggregate[]),
    topLevel: new Map((sqlite.prepare(sql.topLevel).all(params) as Aggregate[]).map((a) => [a.event, a])),
    totals: byEvent(sqlite.prepare(sql.totals).all(params) as Row[]),
    parts: sqlite.prepare('SELECT id, event_id AS event, organization_id, personnel_value, personnel_qualifier, derived FROM deployments WHERE part_of_id = ? ORDER BY id'),
  };
}

/** The statistics of one event: forces, stated totals beside their parts, and the total that counts no one twice. */
function eventStats(figures: ReturnType<typeof groupedFigures>, names: Map<string, string>, event: string | null) {
  const topLevel = figures.topLevel.get(event) ?? NO_TOP_LEVEL;
  return {
    by_organization: (figures.perOrganization.get(event) ?? []).map((a) => ({
      organization_id: a.key!, name: names.get(a.key!) ?? a.key!, personnel: quantityOf(a), deployments: a.rows, unstated: a.unstated, derived: a.derived === 1,
    })).sort((a, b) => (b.personnel.value ?? -1) - (a.personnel.value ?? -1) || a.organization_id.localeCompare(b.organization_id)),
    stated_totals: (figures.totals.get(event) ?? []).map((total) => {
      const own = figures.parts.all(total.id) as Row[];
      const sum = sumQuantities(own.map(personnel));
      return {
        deployment_id: total.id, organization_id: total.organization_id, stated: personnel(total), sum_of_parts: sum,
        difference: total.personnel_value !== null && sum.value !== null ? total.personnel_value - sum.value : null,
        derived: own.some((p) => p.derived === 1),
        parts: own.map((p) => ({ deployment_id: p.id, organization_id: p.organization_id, personnel: personnel(p), derived: p.derived === 1 })),
      };
    }),
    total: { personnel: quantityOf(topLevel), deployments: topLevel.rows, unstated: topLevel.unstated ?? 0 },
  };
}

/**
 * Statistics per event: forces of different events are never added together. The top-level fields are the
 * one event's when the answer covers one; over several events they list each event's forces and totals, and
 * the grand total counts deployments but adds no personnel.
 */
export function deploymentStats(sqlite: Database.Database, wanted: string[]) {
  const inWanted = wanted.length ? 'event_id IN (SELECT value FROM json_each(@events))' : '1';
  const params = { events: JSON.stringify(wanted) };
  const keys = (sqlite.prepare(`SELECT DISTINCT event_id AS id FROM deployments WHERE ${inWanted} ORDER BY event_id IS NULL, event_id`).all(params) as Array<{ id: string | null }>).map((r) => r.id);
  const named = (table: string, column: string) => `SELECT id, name FROM ${table} WHERE id IN (SELECT DISTINCT ${column} FROM deployments WHERE ${inWanted})`;
  const names = new Map((sqlite.prepare(`${named('organizations', 'organization_id')} UNION ALL ${named('events', 'event_id')}`).all(params) as Array<{ id: string; name: string }>).map((o) => [o.id, o.name]));
  const figures = groupedFigures(sqlite, inWanted, params);
  const events = keys.map((event) => ({ event_id: event, name: event === null ? null : names.get(event) ?? event, ...eventStats(figures, names, event) }));
  if (events.length === 1) { const [{ by_organization, stated_totals, total }] = events as [typeof events[number]]; return { by_organization, stated_totals, total, events }; }
  return {
    by_organization: events.flatMap((e) => e.by_organization.map((o) => ({ ...o, event_id: e.event_id }))),
    stated_totals: events.flatMap((e) => e.stated_totals),
    total: {
      personnel: { value: null, qualifier: null } as Quantity,
      deployments: events.reduce((n, e) => n + e.total.deployments, 0),
      unstated: events.reduce((n, e) => n + e.total.unstated, 0),
    },
    events,
  };
}
