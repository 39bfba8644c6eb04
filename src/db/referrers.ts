// `referenced_by` on /v1/entities/{id}: every row of every collection that names the id in one of its fields
// (derived from the tables' foreign keys, see references.ts), plus, for a source, every row citing it.
import { asc, eq } from 'drizzle-orm';
import { FACT_COLLECTIONS, collectionByType, type FactCollection } from '../collections/index.js';
import { hydrate } from './hydrate.js';
import { referenceFields } from './references.js';
import { citations, entities } from './schema.js';
import type { Db } from './store.js';

/** Rows listed per collection; `referenced_by_counts` holds the full numbers, the collection's own filter pages the rest. */
export const REFERRERS_PER_COLLECTION = 500;

export interface Referrer { id: string; title: string; field: string }

export interface Referrers { groups: Record<string, Referrer[]>; counts: Record<string, number> }

function titled(db: Db, spec: FactCollection, pairs: Array<{ id: string; field: string }>): Referrer[] {
  const kept = pairs.slice(0, REFERRERS_PER_COLLECTION);
  const titles = new Map(hydrate(db, spec, [...new Set(kept.map((p) => p.id))]).map((item) => [item.id, spec.title(item)]));
  return kept.map(({ id, field }) => ({ id, title: titles.get(id) ?? id, field }));
}

export function referrersOf(db: Db, id: string): Referrers {
  const pairs = new Map<string, Array<{ id: string; field: string }>>(FACT_COLLECTIONS.map((spec) => [spec.name, []]));
  for (const spec of FACT_COLLECTIONS) {
    for (const ref of referenceFields(spec)) {
      const owners = db.selectDistinct({ id: ref.owner }).from(ref.table).where(eq(ref.value, id)).orderBy(asc(ref.owner)).all();
      pairs.get(spec.name)!.push(...owners.map((row) => ({ id: row.id as string, field: ref.field })));
    }
  }
  const cited = db.select({ id: citations.entity_id, type: entities.type }).from(citations)
    .innerJoin(entities, eq(entities.id, citations.entity_id))
    .where(eq(citations.source_id, id)).groupBy(citations.entity_id).orderBy(asc(citations.entity_id)).all();
  for (const row of cited) pairs.get(collectionByType.get(row.type as FactCollection['type'])!.name)?.push({ id: row.id, field: 'citations' });

  const groups: Record<string, Referrer[]> = {};
  const counts: Record<string, number> = {};
  for (const spec of FACT_COLLECTIONS) {
    const found = pairs.get(spec.name)!.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.field < b.field ? -1 : 1));
    if (!found.length) continue;
    groups[spec.name] = titled(db, spec, found);
    counts[spec.name] = found.length;
  }
  return { groups, counts };
}
