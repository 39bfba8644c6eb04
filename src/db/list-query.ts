// The queries behind a collection page: the page's ids (filters, order, keyset or offset) and the total.
// Routes run them; the query-plan test explains the very same statements.
import { and, asc, count, desc, gt, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type Database from 'better-sqlite3';
import type { Filter } from './filters.js';
import { perStore, type Db, type Store } from './store.js';
import { chosen, steadyOf, type Steady } from './steady-plan.js';

export interface PageRequest {
  conditions: SQL[];
  /** `field` or `-field` for descending; ties and the default order by id. */
  sort: string[];
  limit: number;
  offset: number;
  /** Keyset cursor: the id of the last row already seen (default order only). */
  after?: string;
}

/** Free text sorts as a reader expects, case ignored ("de Gaulle" among the Ds); ids and vocabularies as stored. */
const sortKey = (c: SQLiteColumn): SQLiteColumn | SQL => (c.columnType === 'SQLiteText' && !c.enumValues?.length && !c.name.endsWith('_id') && c.name !== 'id'
  ? sql`${c} COLLATE NOCASE`
  : c);

export function pageQueries(db: Db, table: SQLiteTable, id: SQLiteColumn, sortable: Record<string, SQLiteColumn>, page: PageRequest) {
  const filtered = page.conditions.length ? and(...page.conditions) : undefined;
  const order = [...page.sort.map((key) => (key.startsWith('-') ? desc(sortKey(sortable[key.slice(1)]!)) : asc(sortKey(sortable[key]!)))), asc(id)];
  const where = page.after === undefined ? filtered : and(...page.conditions, gt(id, page.after));
  return {
    ids: db.select({ id }).from(table).where(where).orderBy(...order).limit(page.limit).offset(page.offset),
    total: db.select({ n: count() }).from(table).where(filtered),
    filtered: filtered !== undefined,
  };
}

/** The request's values a shape is planned for: filter values by parameter name, plus the page. */
export interface PageValues {
  filters: Record<string, unknown>;
  sort: string[];
  limit: number;
  offset: number;
  after?: string;
}

type Binding = (values: PageValues) => unknown;
interface Planned { sql: string; bindings: Binding[] }
interface Plan {
  ids: Planned;
  total: Planned | null;
  statements: { ids: Database.Statement; total: Database.Statement | null };
  /** The same statements with the values hidden from the planner, and the values they may not be used for. */
  steady: { ids: Steady | null; total: Steady | null };
}

/**
 * Stand-ins for the request's values while a shape's SQL is written once: strings no query string can hold
 * (validated parameters have no control characters) and numbers no page or filter takes.
 */
const MARK = '\u0001';
const stringStandIn = (name: string, index?: number) => `${MARK}${name}${MARK}${index ?? ''}${MARK}`;
const LIMIT_STAND_IN = 987_654_001;
const OFFSET_STAND_IN = 987_654_002;
const numberStandIn = (position: number) => 987_655_000 + position;
const AFTER_STAND_IN = stringStandIn('after');

/** Whether a filter's values choose among SQL texts (an enum such as `true`/`false`) rather than fill parameters. */
const choosesSql = (filter: Filter) => {
  const schema = filter.schema as { enum?: unknown; items?: { enum?: unknown } };
  return schema.enum !== undefined || schema.items?.enum !== undefined;
};

/** The part of a shape's key one filter value gives: its value for an enum, else only its kind and arity. */
const shapeOf = (filter: Filter, raw: unknown) => (choosesSql(filter) ? JSON.stringify(raw) : Array.isArray(raw) ? `[${raw.length}]` : typeof raw);

function standIns(filters: Record<string, Filter>, values: PageValues) {
  const mapped = new Map<unknown, Binding>([[LIMIT_STAND_IN, (v) => v.limit], [OFFSET_STAND_IN, (v) => v.offset], [AFTER_STAND_IN, (v) => v.after]]);
  const raws: Record<string, unknown> = {};
  Object.keys(values.filters).forEach((name, position) => {
    const raw = values.filters[name];
    if (choosesSql(filters[name]!)) raws[name] = raw;
    else if (Array.isArray(raw)) {
      const list = raw.map((_, i) => stringStandIn(name, i));
      list.forEach((standIn, i) => mapped.set(standIn, (v) => (v.filters[name] as string[])[i]));
      mapped.set(JSON.stringify(list), (v) => JSON.stringify(v.filters[name]));
      raws[name] = list;
    } else if (typeof raw === 'number') {
      mapped.set(numberStandIn(position), (v) => Number(v.filters[name]));
      raws[name] = numberStandIn(position);
    } else {
      mapped.set(stringStandIn(name), (v) => String(v.filters[name]));
      raws[name] = stringStandIn(name);
    }
  });
  return { mapped, raws };
}

/** Each parameter of SQL written with stand-ins as a binding of the request's values; undefined if a value was rewritten. */
function bindingsOf(query: { sql: string; params: unknown[] }, mapped: Map<unknown, Binding>): Planned | undefined {
  if (query.sql.includes(MARK)) return undefined;
  const bindings: Binding[] = [];
  for (const param of query.params) {
    const binding = mapped.get(param);
    if (binding) bindings.push(binding);
    else if (typeof param === 'string' && param.includes(MARK)) return undefined;
    else bindings.push(() => param);
  }
  return { sql: query.sql, bindings };
}

const sameQuery = (planned: Planned, real: { sql: string; params: unknown[] }, values: PageValues) =>
  planned.sql === real.sql && planned.bindings.length === real.params.length && planned.bindings.every((bind, i) => bind(values) === real.params[i]);

export interface ListSpec {
  table: SQLiteTable;
  id: SQLiteColumn;
  sortable: Record<string, SQLiteColumn>;
  filters: Record<string, Filter>;
}

/**
 * Writes the SQL of a filter shape once, with stand-ins for the values, and maps each parameter back to a
 * request value. The plan is kept only if the same request written the ordinary way gives the very same
 * SQL and parameters; filters whose SQL depends on more than a value's arity (word matching) never match.
 */
function planShape(store: Store, spec: ListSpec, values: PageValues): Plan | null {
  const { db } = store;
  const { mapped, raws } = standIns(spec.filters, values);
  const page = (filters: Record<string, unknown>, limit: number, offset: number, after?: string) => pageQueries(db, spec.table, spec.id, spec.sortable, {
    conditions: Object.entries(filters).map(([name, raw]) => spec.filters[name]!.where(raw, db)), sort: values.sort, limit, offset, after,
  });
  const written = page(raws, LIMIT_STAND_IN, values.offset > 0 ? OFFSET_STAND_IN : 0, values.after === undefined ? undefined : AFTER_STAND_IN);
  const real = page(values.filters, values.limit, values.offset, values.after);
  const ids = bindingsOf(written.ids.toSQL(), mapped);
  const total = written.filtered ? bindingsOf(written.total.toSQL(), mapped) : null;
  if (!ids || total === undefined || !sameQuery(ids, real.ids.toSQL(), values) || (total && !sameQuery(total, real.total.toSQL(), values))) return null;
  return {
    ids,
    total,
    statements: { ids: db.$client.prepare(ids.sql), total: total && db.$client.prepare(total.sql) },
    steady: { ids: steadyOf(store, ids), total: total && steadyOf(store, total) },
  };
}

/** Shapes kept per store; past this many the oldest are forgotten (each is a few compiled statements). */
const MAX_PLANS = 500;

const plansOf = perStore(() => new Map<string, Plan | null>());

/**
 * A page's ids and filtered total from compiled statements, one pair per filter shape (which filters, the
 * arity of their values, the order, cursor or offset): no SQL is written on a request once its shape was
 * seen. Undefined when the shape cannot be planned; the caller then writes its queries as usual.
 */
export function plannedPage(store: Store, name: string, spec: ListSpec, values: PageValues): { ids: string[]; total: number | null } | undefined {
  const key = shapeKey(name, spec, values);
  const plans = plansOf(store);
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = planShape(store, spec, values);
    if (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value!);
    plans.set(key, plan);
  }
  if (!plan) return undefined;
  const idParams = bound(plan.ids, values);
  const ids = plucked(chosen(plan.statements.ids, plan.steady.ids, idParams), idParams, true) as string[];
  if (!plan.total || !plan.statements.total) return { ids, total: null };
  const known = knownTotal(values, ids.length);
  if (known !== null) return { ids, total: known };
  const totalParams = bound(plan.total, values);
  return { ids, total: Number(plucked(chosen(plan.statements.total, plan.steady.total, totalParams), totalParams, false)) };
}

/**
 * A statement's first column, every row (`all`) or the first: plucked, not a row array to unwrap per row.
 * The mode is set for the call and cleared after it, since drizzle gets the same statement back when it
 * writes the same SQL (src/db/store.ts), which clears raw mode but would leave a plucked one plucked.
 */
function plucked(statement: Database.Statement, params: unknown[], all: boolean): unknown {
  statement.pluck(true);
  try {
    return all ? statement.all(...params) : statement.get(...params);
  } finally {
    statement.pluck(false);
  }
}

/** A planned statement's parameters for this request's values. */
function bound(planned: Planned, values: PageValues): unknown[] {
  const { bindings } = planned;
  const params = new Array<unknown>(bindings.length);
  for (let i = 0; i < bindings.length; i += 1) params[i] = bindings[i]!(values);
  return params;
}

/**
 * The key of a request's shape (which filters, the arity of their values, the order, offset or cursor),
 * written without the entries array and the list of parts a map and a join would build on every request.
 */
function shapeKey(name: string, spec: ListSpec, values: PageValues): string {
  let filters = '';
  for (const filter in values.filters) {
    filters += `${filters === '' ? '' : '&'}${filter}=${shapeOf(spec.filters[filter]!, values.filters[filter])}`;
  }
  return `${name}?${filters}&sort=${values.sort.join(',')}&${values.offset > 0 ? 'offset' : ''}&${values.after === undefined ? '' : 'after'}`;
}

/**
 * The filtered total without counting, when the page shows where the rows end: an offset page holding fewer
 * rows than it asked for, and at least one of them unless it starts at 0 (past the end it could be anything).
 * A cursor page's total counts the rows before the cursor too, so it is always counted.
 */
function knownTotal(values: PageValues, rows: number): number | null {
  if (values.after !== undefined || rows >= values.limit) return null;
  return rows > 0 || values.offset === 0 ? values.offset + rows : null;
}
