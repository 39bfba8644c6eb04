// Place containment: "in a city" means in the city or anywhere inside it (its districts, their venues),
// however deep. The build writes every (ancestor, place) pair into place_containment; filters read it with one
// index search instead of walking `within_id` per request.
import { and, gt, inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { column, type Item } from './columns.js';
import type { Filter } from './filters.js';
import { placeContainment } from './schema.js';
import type { Db } from './store.js';
import { IdsParam, listValues } from '../schemas/query.js';

export interface Containment { ancestor_id: string; place_id: string; depth: number }

/** Every place paired with itself (depth 0) and each place above it; a `within_id` cycle is a seed error. */
export function containmentRows(places: Item[]): { rows: Containment[]; problems: string[] } {
  const parent = new Map(places.map((p) => [p.id, (p.within_id as string | null) ?? null]));
  const rows: Containment[] = [];
  const problems: string[] = [];
  for (const place of places) {
    const seen = new Set<string>();
    for (let at: string | null = place.id, depth = 0; at !== null; at = parent.get(at) ?? null, depth += 1) {
      if (seen.has(at)) { problems.push(`place "${place.id}": within_id leads in a circle through "${at}"`); break; }
      seen.add(at);
      rows.push({ ancestor_id: at, place_id: place.id, depth });
    }
  }
  return { rows, problems };
}

/** Ids of the given places and of every place inside them; `strictlyInside` leaves the given places out. */
export function placesWithin(db: Db, ids: string[], strictlyInside = false) {
  const conditions = [inArray(placeContainment.ancestor_id, ids), ...(strictlyInside ? [gt(placeContainment.depth, 0)] : [])];
  return db.select({ id: placeContainment.place_id }).from(placeContainment).where(and(...conditions));
}

/** `place=`: rows whose place list (a child table) holds the given place or any place inside it. */
export const inPlace = (owner: SQLiteColumn, child: SQLiteTable, ownerKey: string, description: string): Filter => ({
  schema: IdsParam(`${description} Places inside it count too, at any depth (a city includes its districts and their venues).`),
  refersTo: ['place'],
  where: (raw, db) => inArray(owner, db.select({ id: column(child, ownerKey) }).from(child).where(inArray(column(child, 'place_id'), placesWithin(db, listValues(raw))))),
});

/** `places?within=`: places inside the given place, directly or through other places. */
export const insidePlace = (id: SQLiteColumn, description: string): Filter => ({
  schema: IdsParam(description),
  refersTo: ['place'],
  where: (raw, db) => inArray(id, placesWithin(db, listValues(raw), true)),
});
