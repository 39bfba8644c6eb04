// The order of the extraction passes, written in one place, with what each reads and writes: entities
// first (a body's name hides the places inside it, a person's title points at a body), then the facts
// that refer to them. tests/ingest.pipeline.test.ts checks that no pass reads what only a later one
// writes; `npm run docs` writes this table into docs/ingest.md.
import type { PassContext } from './passes/context.js';
import { deployments } from './passes/deployments.js';
import { eventDetails } from './passes/event-details.js';
import { events } from './passes/events.js';
import { measures } from './passes/measures.js';
import { organizations } from './passes/organizations.js';
import { people } from './passes/people.js';
import { places } from './passes/places.js';
import { protests } from './passes/protests.js';
import { roleBodies } from './passes/role-bodies.js';
import { shape } from './passes/shape.js';
import { statements } from './passes/statements.js';

/** What passes hand on: facts of a kind, the mention index, the article's own event. */
export type Product = 'people' | 'organizations' | 'places' | 'events' | 'deployments' | 'protests' | 'measures' | 'statements' | 'claims' | 'mentions' | 'main event';

export interface Pass { name: string; module: string; reads: readonly Product[]; writes: readonly Product[]; run: (x: PassContext) => void }

const FACTS: readonly Product[] = ['people', 'organizations', 'places', 'events', 'deployments', 'protests', 'measures', 'statements', 'claims'];

export const PIPELINE: readonly Pass[] = [
  { name: 'organizations', module: 'passes/organizations.ts', reads: [], writes: ['organizations', 'mentions'], run: organizations },
  { name: 'people', module: 'passes/people.ts', reads: ['organizations', 'mentions'], writes: ['people', 'mentions'], run: people },
  { name: 'role bodies', module: 'passes/role-bodies.ts', reads: ['people', 'organizations', 'mentions'], writes: ['people'], run: roleBodies },
  { name: 'events', module: 'passes/events.ts', reads: ['mentions'], writes: ['events', 'main event', 'mentions'], run: events },
  { name: 'places', module: 'passes/places.ts', reads: ['mentions'], writes: ['places', 'mentions'], run: places },
  { name: 'event details', module: 'passes/event-details.ts', reads: ['events', 'main event', 'places', 'mentions'], writes: ['events', 'mentions'], run: eventDetails },
  { name: 'deployments', module: 'passes/deployments.ts', reads: ['organizations', 'places', 'events', 'main event', 'mentions'], writes: ['deployments', 'organizations', 'mentions'], run: deployments },
  { name: 'protests', module: 'passes/protests.ts', reads: ['organizations', 'places', 'events', 'main event', 'mentions'], writes: ['protests', 'claims', 'events', 'mentions'], run: protests },
  { name: 'measures', module: 'passes/measures.ts', reads: ['organizations', 'places', 'mentions'], writes: ['measures'], run: measures },
  { name: 'statements', module: 'passes/statements.ts', reads: ['people', 'organizations', 'events', 'main event', 'mentions'], writes: ['statements', 'organizations', 'mentions'], run: statements },
  { name: 'shape', module: 'passes/shape.ts', reads: FACTS, writes: FACTS, run: shape },
];
