// Loads rows of a fact collection through its description in db/collections.ts.
import { collectionByName } from '../db/collections.js';
import { hydrate } from '../db/hydrate.js';
import type { Db } from '../db/store.js';

export function factLoader(name: string) {
  const spec = collectionByName.get(name);
  if (!spec) throw new Error(`no collection ${name}`);
  return (db: Db, ids: string[]) => hydrate(db, spec, ids);
}
