// The registry: every collection in the order the API index lists them.
import { claims } from './claims.js';
import { deployments } from './deployments.js';
import { events } from './events.js';
import { measures } from './measures.js';
import { organizations } from './organizations.js';
import { people } from './people.js';
import { places } from './places.js';
import { protests } from './protests.js';
import { sources } from './sources.js';
import { statements } from './statements.js';
import type { Collection, FactCollection } from './types.js';

export { sources };
export type { Collection, FactCollection, ListField, SourceCollection } from './types.js';
export { hiddenColumns, mainColumns } from './types.js';

/** The fact collections, in the order the seed is loaded and the API lists them. */
export const FACT_COLLECTIONS: readonly FactCollection[] = [people, organizations, places, events, deployments, protests, measures, statements, claims];

/** Every collection with routes: the sources, then the facts. */
export const COLLECTIONS: readonly Collection[] = [sources, ...FACT_COLLECTIONS];

export const collectionByName = new Map(FACT_COLLECTIONS.map((c) => [c.name, c]));
export const collectionByType = new Map(FACT_COLLECTIONS.map((c) => [c.type, c]));

/** Collections with dated rows: what the timeline merges. */
export const DATED_COLLECTIONS = FACT_COLLECTIONS.filter((c) => c.dates && c.titleColumn);
