// Readable summaries `{ id, type, title }` of any entities by id: what `expand=` embeds in place of a bare id.
import { inArray } from 'drizzle-orm';
import { collectionByType } from '../collections/index.js';
import { hydrate } from './hydrate.js';
import { entities, sources } from './schema.js';
import type { Db } from './store.js';
import type { EntityType } from '../schemas/vocabulary.js';

export interface EntitySummary { id: string; type: EntityType; title: string }

/** Summaries of the given ids, keyed by id; ids that name nothing are left out. */
export function summariesOf(db: Db, ids: Iterable<string>): Map<string, EntitySummary> {
  const wanted = [...new Set(ids)];
  const out = new Map<string, EntitySummary>();
  if (!wanted.length) return out;
  const byType = new Map<EntityType, string[]>();
  for (const { id, type } of db.select().from(entities).where(inArray(entities.id, wanted)).all()) {
    byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  for (const [type, typed] of byType) {
    if (type === 'source') {
      for (const row of db.select({ id: sources.id, title: sources.title }).from(sources).where(inArray(sources.id, typed)).all()) {
        out.set(row.id, { id: row.id, type, title: row.title });
      }
      continue;
    }
    // A title can draw on list fields (an unnamed person's roles), so rows are read in their API shape.
    const spec = collectionByType.get(type)!;
    for (const item of hydrate(db, spec, typed, { titleOnly: true })) out.set(item.id, { id: item.id, type, title: spec.title(item) });
  }
  return out;
}
