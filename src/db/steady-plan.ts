// A page statement the planner plans once, for the filter values whose plan does not depend on the value.
//
// SQLite (3.53, with STAT4 as better-sqlite3 compiles it) reads a bound value while planning wherever the value
// could change the plan: an equality on an indexed column (against its sqlite_stat4 samples) and a LIMIT. Any
// later binding of such a parameter expires the statement, and its next step parses and plans it again: ~5 µs
// on a ~1 µs indexed page, on every request, since every request binds its own values. A parameter written `+?`
// holds the same value, but as an expression the planner does not evaluate: the statement is planned once, from
// sqlite_stat1's average rows per value, and never expires.
//
// The average is a fair estimate for most values and an underestimate for the few very common ones (at 100k
// articles, an organization in a tenth of the rows), for which the planner should see the value and may choose
// another index or order. So the steady statement is used only when each hidden equality's value has at most
// twice its column's average rows per value (for those, the estimate it was planned with is at most 2x low);
// a more common value takes the ordinary statement, planned for that value as before.
import type Database from 'better-sqlite3';
import { perStore, type Store } from './store.js';

export interface Steady {
  statement: Database.Statement;
  /** Per hidden equality: the parameter's position and the values too common for the steady plan. */
  common: Array<{ param: number; values: ReadonlySet<unknown> }>;
}

/** Text before a parameter the planner reads: an equality, or a one-value IN, on a quoted column. */
const COLUMN_EQUALS = /"(\w+)"\."(\w+)" (?:= |in \()$/;
/** Text before a page bound, which the planner reads too (the LIMIT bounds its row estimate). */
const PAGE_BOUND = / (?:limit|offset) $/;
/** Text before a table-valued function's argument: planned without its value, so it never expires a statement. */
const FUNCTION_ARGUMENT = /json_each\($/;

/**
 * The steady form of a planned statement: each parameter the planner would read written `+?`. Null when a
 * parameter the planner reads stays (a range bound: its statement expires on every binding anyway, so
 * hiding the rest would only cost their per-value plans) or nothing is hidden.
 */
export function steadyOf(store: Store, planned: { sql: string; bindings: unknown[] }): Steady | null {
  const parts = planned.sql.split('?');
  if (parts.length - 1 !== planned.bindings.length || parts.length === 1) return null;
  let sql = parts[0]!;
  const common: Steady['common'] = [];
  for (let param = 0; param < parts.length - 1; param += 1) {
    const before = parts[param]!;
    const column = COLUMN_EQUALS.exec(before);
    if (column) common.push({ param, values: commonValues(store, column[1]!, column[2]!) });
    else if (FUNCTION_ARGUMENT.test(before)) {
      sql += `?${parts[param + 1]!}`;
      continue;
    } else if (!PAGE_BOUND.test(before)) return null;
    sql += `+?${parts[param + 1]!}`;
  }
  return { statement: store.sqlite.prepare(sql), common };
}

/** The statement for these parameters: the steady one unless a hidden value is too common for its plan. */
export function chosen(ordinary: Database.Statement, steady: Steady | null, params: readonly unknown[]): Database.Statement {
  if (!steady) return ordinary;
  for (const { param, values } of steady.common) if (values.has(params[param])) return ordinary;
  return steady.statement;
}

const countsOf = perStore(() => new Map<string, ReadonlySet<unknown>>());

/**
 * A column's values with more than twice the average rows per value, as the planner knows them: the samples
 * sqlite_stat4 keeps for each index the column leads (the build's ANALYZE keeps the most frequent values among
 * them) against sqlite_stat1's average. A value without a sample is estimated from one average for every such
 * value by the ordinary statement too, so the steady plan costs it no plan made for it; read once per store
 * and column, a few dozen rows.
 */
export function commonValues(store: Store, table: string, column: string): ReadonlySet<unknown> {
  const known = countsOf(store);
  const key = `${table}.${column}`;
  let values = known.get(key);
  if (values === undefined) {
    values = new Set();
    const samples = store.sqlite.prepare(`SELECT s1.stat AS stat, s4.neq AS neq, s4.sample AS sample
      FROM pragma_index_list(?) AS list JOIN pragma_index_info(list.name) AS info ON info.seqno = 0 AND info.name = ?
      JOIN sqlite_stat1 AS s1 ON s1.idx = list.name JOIN sqlite_stat4 AS s4 ON s4.idx = list.name`).all(table, column) as Array<{ stat: string; neq: string; sample: Buffer }>;
    for (const { stat, neq, sample } of samples) {
      if (Number(neq.split(' ')[0]) > 2 * Number(stat.split(' ')[1])) (values as Set<unknown>).add(firstField(sample));
    }
    known.set(key, values);
  }
  return values;
}

/** Bytes of an integer by its record type (1 to 6). */
const INTEGER_BYTES = [0, 1, 2, 3, 4, 6, 8];

/** An SQLite record's first value (https://www.sqlite.org/fileformat.html#record_format): header size and first type as varints. */
function firstField(record: Buffer): unknown {
  const [headerSize, afterSize] = varint(record, 0);
  const [type] = varint(record, afterSize);
  if (type === 0) return null;
  if (type === 8 || type === 9) return type - 8;
  if (type >= 1 && type <= 6) return type === 6 ? Number(record.readBigInt64BE(headerSize)) : record.readIntBE(headerSize, INTEGER_BYTES[type]!);
  if (type === 7) return record.readDoubleBE(headerSize);
  const length = (type - (type % 2 ? 13 : 12)) / 2;
  const bytes = record.subarray(headerSize, headerSize + length);
  return type % 2 ? bytes.toString('utf8') : Buffer.from(bytes);
}

function varint(bytes: Buffer, at: number): [number, number] {
  let value = 0;
  let i = at;
  for (; i < at + 8 && (bytes[i]! & 0x80) !== 0; i += 1) value = value * 128 + (bytes[i]! & 0x7f);
  return [value * (i === at + 8 ? 256 : 128) + (i === at + 8 ? bytes[i]! : bytes[i]! & 0x7f), i + 1];
}
