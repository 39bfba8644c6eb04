// The order of the extraction passes, written in one place, with what each reads and writes: entities
// first (a body's name hides the places inside it, a person's title points at a body), then the facts
// that refer to them. tests/ingest.pipeline.test.ts checks that no pass reads what only a later one writes.
import type { Extraction, FactKind } from './extract.js';
import { measures } from './passes/measures.js';
import { protests } from './passes/protests.js';

/** What passes hand on: facts of a kind, the mention index, the article's own event. */
export type Product = FactKind | 'mentions' | 'main event';

export interface Pass { name: string; reads: readonly Product[]; writes: readonly Product[]; run: (extraction: Extraction) => void }

export const PIPELINE: readonly Pass[] = [
  { name: 'organizations', reads: [], writes: ['organizations', 'mentions'], run: (x) => x.organizations() },
  { name: 'people', reads: ['organizations', 'mentions'], writes: ['people', 'mentions'], run: (x) => x.people() },
  { name: 'events', reads: ['mentions'], writes: ['events', 'main event', 'mentions'], run: (x) => x.events() },
  { name: 'places', reads: ['mentions'], writes: ['places', 'mentions'], run: (x) => x.places() },
  { name: 'event details', reads: ['events', 'main event', 'places', 'mentions'], writes: ['events', 'mentions'], run: (x) => x.eventDetails() },
  { name: 'deployments', reads: ['organizations', 'places', 'events', 'main event', 'mentions'], writes: ['deployments', 'organizations', 'mentions'], run: (x) => x.deployments() },
  { name: 'protests', reads: ['organizations', 'places', 'events', 'mentions'], writes: ['protests'], run: protests },
  { name: 'measures', reads: ['places', 'mentions'], writes: ['measures'], run: measures },
  { name: 'statements', reads: ['people', 'organizations', 'events', 'main event', 'mentions'], writes: ['statements', 'organizations', 'mentions'], run: (x) => x.statements() },
  {
    name: 'derived flags', reads: ['events', 'deployments', 'protests', 'measures', 'statements'], writes: ['events', 'deployments', 'protests', 'measures', 'statements'],
    run: (x) => x.writeDerived(),
  },
];
