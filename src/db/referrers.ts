// `referenced_by` on /v1/entities/{id}: every row of every collection that names the id in one of its fields
// (derived from the tables' foreign keys, see references.ts), plus, for a source, every row citing it, and,
// for a place, every row naming a place inside it (with `via`, the place it names), so a place's page is one call.
import { asc, eq } from 'drizzle-orm';
import { FACT_COLLECTIONS, collectionByType, type FactCollection } from '../collections/index.js';
import { inList } from './filters.js';
import { placesWithin } from './places.js';
import { referenceFields, type ReferenceField } from './references.js';
import { citations, entities, places } from './schema.js';
import type { Db } from './store.js';
import { summariesOf } from './summaries.js';

/** Rows listed per collection; `referenced_by_counts` holds the full numbers, the collection's own filter pages the rest. */
export const REFERRERS_PER_COLLECTION = 500;

/** A row naming the id in `field`; `via`: the place inside the asked place that the row names instead. */
export interface Referrer { id: string; title: string; field: string; via?: string }

export interface Referrers { groups: Record<string, Referrer[]>; counts: Record<string, number> }

type Pair = Omit<Referrer, 'title'>;

function titled(db: Db, pairs: Pair[]): Referrer[] {
  const kept = pairs.slice(0, REFERRERS_PER_COLLECTION);
  const summaries = summariesOf(db, kept.map((p) => p.id));
  return kept.map(({ id, field, via }) => ({ id, title: summaries.get(id)?.title ?? id, field, ...(via !== undefined && { via }) }));
}

/** Fields that can hold a place id: references into places, or into entities of any type. */
const canNamePlace = (ref: ReferenceField) => ref.target === places || ref.target === entities;

/** Rows naming one of the places inside the asked one, each pair once per place named, unless the row names the asked place itself in that field. */
function containedPairs(db: Db, spec: FactCollection, inside: string[], direct: Pair[]): Pair[] {
  const named = new Set(direct.map((p) => `${p.id}\u0000${p.field}`));
  return referenceFields(spec).filter(canNamePlace).flatMap((ref) => db.selectDistinct({ id: ref.owner, via: ref.value }).from(ref.table)
    .where(inList(ref.value, inside)).orderBy(asc(ref.owner), asc(ref.value)).all()
    .filter((row) => !named.has(`${row.id as string}\u0000${ref.field}`))
    .map((row) => ({ id: row.id as string, field: ref.field, via: row.via as string })));
}

const byIdFieldVia = (a: Pair, b: Pair) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.field < b.field ? -1 : a.field > b.field ? 1 : (a.via ?? '') < (b.via ?? '') ? -1 : 1);

export function referrersOf(db: Db, id: string, isPlace = false): Referrers {
  const inside = isPlace ? placesWithin(db, [id], true).all().map((row) => row.id) : [];
  const pairs = new Map<string, Pair[]>(FACT_COLLECTIONS.map((spec) => [spec.name, []]));
  for (const spec of FACT_COLLECTIONS) {
    const direct = pairs.get(spec.name)!;
    for (const ref of referenceFields(spec)) {
      const owners = db.selectDistinct({ id: ref.owner }).from(ref.table).where(eq(ref.value, id)).orderBy(asc(ref.owner)).all();
      direct.push(...owners.map((row) => ({ id: row.id as string, field: ref.field })));
    }
    if (inside.length) direct.push(...containedPairs(db, spec, inside, [...direct]));
  }
  const cited = db.select({ id: citations.entity_id, type: entities.type }).from(citations)
    .innerJoin(entities, eq(entities.id, citations.entity_id))
    .where(eq(citations.source_id, id)).groupBy(citations.entity_id).orderBy(asc(citations.entity_id)).all();
  for (const row of cited) pairs.get(collectionByType.get(row.type as FactCollection['type'])!.name)?.push({ id: row.id, field: 'citations' });

  const groups: Record<string, Referrer[]> = {};
  const counts: Record<string, number> = {};
  for (const spec of FACT_COLLECTIONS) {
    const found = pairs.get(spec.name)!.sort(byIdFieldVia);
    if (!found.length) continue;
    groups[spec.name] = titled(db, found);
    counts[spec.name] = found.length;
  }
  return { groups, counts };
}
