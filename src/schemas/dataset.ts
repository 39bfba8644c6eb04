// A dataset's own words: its title and description, and the ids and filter values the API docs show as
// examples and Swagger UI prefills. They live in seed/dataset.yaml so that code speaks of news events in
// general and a new corpus documents itself.
import { Type, type Static } from '@sinclair/typebox';
import { Id } from './common.js';

const Values = Type.Record(Type.String(), Type.Union([Type.String(), Type.Array(Type.String())]));

export const RouteExamples = Type.Object({
  id: Type.Optional(Id),
  filters: Type.Optional(Values),
  try_it_out: Type.Optional(Values),
}, { additionalProperties: false });
export type RouteExamples = Static<typeof RouteExamples>;

/** Example keys that are not collections: the routes that take ids or values of their own. */
export const OTHER_EXAMPLE_ROUTES = ['entities', 'search', 'stats', 'timeline'] as const;

export const DatasetMeta = Type.Object({
  title: Type.String({ minLength: 1 }),
  description: Type.String({ minLength: 1 }),
  /** Per collection name (or one of OTHER_EXAMPLE_ROUTES): an id that exists, filter values, Try-it-out values. */
  examples: Type.Record(Type.String(), RouteExamples),
}, { additionalProperties: false });
export type DatasetMeta = Static<typeof DatasetMeta>;

/** What a seed without dataset.yaml (a generated corpus) is described as. */
export const DEFAULT_DATASET_META: DatasetMeta = {
  title: 'News events',
  description: 'Facts drawn from news articles.',
  examples: {},
};
