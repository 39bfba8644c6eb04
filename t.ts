import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { filterQueries } from './tests/helpers/plans.ts';
const sqlite = new Database('bench/out/synthetic-10000.db', { readonly: true });
for (const q of filterQueries(drizzle(sqlite))) {
  const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params as never[]).map((r: any) => r.detail);
  console.log(q.label.padEnd(36), plan.join(' | '));
}
