// Tables of the knowledge base. Column keys are the API's field names, so a selected row is already
// most of its API shape; `range_start`/`range_end` are full-day bounds derived at build time from
// partial ISO dates so that date filters can use an index.

import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  CLAIM_STATUSES, DATE_PRECISIONS, ENTITY_TYPES, EVENT_KINDS, MEASURE_KINDS, ORGANIZATION_KINDS,
  PLACE_KINDS, QUALIFIERS, REVIEW_STATES, STATEMENT_KINDS,
} from '../schemas/vocabulary.js';

/** Every id of every type: makes ids unique across types and gives citations one target. */
export const entities = sqliteTable('entities', {
  id: text('id').primaryKey(),
  type: text('type', { enum: ENTITY_TYPES }).notNull(),
  /** The row in words (see readableTitles), written once by the build: every title the API shows reads it. */
  title: text('title').notNull().default(''),
}, (t) => [index('entities_type_idx').on(t.type)]);

const entityId = () => text('id').primaryKey().references(() => entities.id);
const entityRef = (name: string) => text(name).references(() => entities.id);
/** Every fact row says whether a person checked it (see REVIEW_STATES). */
/** `challenged=` asks whether the list is empty: an index on its length answers both ways. */
const challengedIndex = (table: string, challenges: AnySQLiteColumn, id: AnySQLiteColumn) => index(`${table}_challenged_idx`).on(sql`json_array_length(${challenges})`, id);
const reviewState = () => ({
  review: text('review', { enum: REVIEW_STATES }).notNull().default('reviewed'),
  reviewed_by: text('reviewed_by'),
  reviewed_at: text('reviewed_at'),
  /** Ids of pending machine claims contesting the row, as a JSON array: read whole, filtered by emptiness only. */
  challenges: text('challenges', { mode: 'json' }).$type<string[]>().notNull().default([]),
});

export const sources = sqliteTable('sources', {
  id: entityId(),
  title: text('title').notNull(),
  headlines: text('headlines', { mode: 'json' }).$type<string[]>().notNull(),
  published: text('published'),
  sha256: text('sha256').notNull(),
  length: integer('length').notNull(),
  text: text('text').notNull(),
  file: text('file').notNull(),
}, (t) => [index('sources_title_idx').on(t.title), index('sources_published_idx').on(t.published)]);

export const organizations = sqliteTable('organizations', {
  id: entityId(),
  ...reviewState(),
  name: text('name').notNull(),
  acronym: text('acronym'),
  kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
  country: text('country'),
  parent_id: text('parent_id').references((): AnySQLiteColumn => organizations.id),
  derived: integer('derived', { mode: 'boolean' }).notNull().default(false),
  note: text('note'),
}, (t) => [index('organizations_review_idx').on(t.review, t.id), challengedIndex('organizations', t.challenges, t.id),
  index('organizations_derived_idx').on(t.derived, t.id),
  index('organizations_kind_idx').on(t.kind, t.id),
  index('organizations_country_idx').on(t.country, t.id),
  index('organizations_name_idx').on(t.name),
  index('organizations_parent_idx').on(t.parent_id, t.id),
]);

export const organizationAliases = sqliteTable('organization_aliases', {
  organization_id: text('organization_id').notNull().references(() => organizations.id),
  position: integer('position').notNull(),
  alias: text('alias').notNull(),
}, (t) => [primaryKey({ columns: [t.organization_id, t.position] })]);

export const people = sqliteTable('people', {
  id: entityId(),
  ...reviewState(),
  name: text('name'),
  country: text('country'),
  derived: integer('derived', { mode: 'boolean' }).notNull().default(false),
  note: text('note'),
}, (t) => [index('people_review_idx').on(t.review, t.id), challengedIndex('people', t.challenges, t.id), index('people_country_idx').on(t.country, t.id), index('people_name_idx').on(t.name),
  index('people_derived_idx').on(t.derived, t.id)]);

export const personRoles = sqliteTable('person_roles', {
  person_id: text('person_id').notNull().references(() => people.id),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  organization_id: text('organization_id').references(() => organizations.id),
  country: text('country'),
}, (t) => [
  primaryKey({ columns: [t.person_id, t.position] }),
  index('person_roles_organization_idx').on(t.organization_id, t.person_id),
  index('person_roles_title_idx').on(t.title),
]);

export const places = sqliteTable('places', {
  id: entityId(),
  ...reviewState(),
  name: text('name').notNull(),
  kind: text('kind', { enum: PLACE_KINDS }).notNull(),
  country: text('country'),
  within_id: text('within_id').references((): AnySQLiteColumn => places.id),
  derived: integer('derived', { mode: 'boolean' }).notNull().default(false),
  note: text('note'),
}, (t) => [index('places_review_idx').on(t.review, t.id), challengedIndex('places', t.challenges, t.id),
  index('places_derived_idx').on(t.derived, t.id),
  index('places_kind_idx').on(t.kind, t.id),
  index('places_country_idx').on(t.country, t.id),
  index('places_within_idx').on(t.within_id, t.id),
  index('places_name_idx').on(t.name),
]);

/**
 * Every place with each place that contains it, transitively (`within_id` followed up to the top), itself
 * included at depth 0: place filters read "in a city" as "in the city or anywhere inside it" with one index search.
 */
export const placeContainment = sqliteTable('place_containment', {
  ancestor_id: text('ancestor_id').notNull().references(() => places.id),
  place_id: text('place_id').notNull().references(() => places.id),
  depth: integer('depth').notNull(),
}, (t) => [primaryKey({ columns: [t.ancestor_id, t.place_id] }), index('place_containment_place_idx').on(t.place_id)]);

export const events = sqliteTable('events', {
  id: entityId(),
  ...reviewState(),
  name: text('name').notNull(),
  kind: text('kind', { enum: EVENT_KINDS }).notNull(),
  start: text('start'),
  end: text('end'),
  date_precision: text('date_precision', { enum: DATE_PRECISIONS }),
  derived: integer('derived', { mode: 'boolean' }).notNull(),
  note: text('note'),
  range_start: text('range_start'),
  range_end: text('range_end'),
}, (t) => [index('events_review_idx').on(t.review, t.id), challengedIndex('events', t.challenges, t.id),
  index('events_date_precision_idx').on(t.date_precision, t.id),
  index('events_kind_idx').on(t.kind, t.id),
  index('events_range_start_idx').on(t.range_start),
  index('events_range_end_idx').on(t.range_end),
  index('events_name_idx').on(t.name),
  index('events_derived_idx').on(t.derived, t.id),
]);

export const eventPlaces = sqliteTable('event_places', {
  event_id: text('event_id').notNull().references(() => events.id),
  place_id: text('place_id').notNull().references(() => places.id),
}, (t) => [primaryKey({ columns: [t.event_id, t.place_id] }), index('event_places_place_idx').on(t.place_id, t.event_id)]);

export const eventFigures = sqliteTable('event_figures', {
  event_id: text('event_id').notNull().references(() => events.id),
  position: integer('position').notNull(),
  metric: text('metric').notNull(),
  value: real('value').notNull(),
  qualifier: text('qualifier', { enum: QUALIFIERS }).notNull(),
}, (t) => [primaryKey({ columns: [t.event_id, t.position] })]);

export const deployments = sqliteTable('deployments', {
  id: entityId(),
  ...reviewState(),
  organization_id: text('organization_id').notNull().references(() => organizations.id),
  personnel_value: integer('personnel_value'),
  personnel_qualifier: text('personnel_qualifier', { enum: QUALIFIERS }),
  role: text('role'),
  event_id: text('event_id').references(() => events.id),
  part_of_id: text('part_of_id').references((): AnySQLiteColumn => deployments.id),
  derived: integer('derived', { mode: 'boolean' }).notNull().default(false),
  note: text('note'),
}, (t) => [index('deployments_review_idx').on(t.review, t.id), challengedIndex('deployments', t.challenges, t.id),
  index('deployments_organization_idx').on(t.organization_id, t.id),
  index('deployments_event_idx').on(t.event_id, t.id),
  index('deployments_personnel_idx').on(t.personnel_value),
  index('deployments_part_of_idx').on(t.part_of_id, t.id),
  index('deployments_derived_idx').on(t.derived, t.id),
]);

export const deploymentPlaces = sqliteTable('deployment_places', {
  deployment_id: text('deployment_id').notNull().references(() => deployments.id),
  place_id: text('place_id').notNull().references(() => places.id),
}, (t) => [
  primaryKey({ columns: [t.deployment_id, t.place_id] }),
  index('deployment_places_place_idx').on(t.place_id, t.deployment_id),
]);

export const protests = sqliteTable('protests', {
  id: entityId(),
  ...reviewState(),
  name: text('name').notNull(),
  date: text('date'),
  date_precision: text('date_precision', { enum: DATE_PRECISIONS }),
  size_value: integer('size_value'),
  size_qualifier: text('size_qualifier', { enum: QUALIFIERS }),
  derived: integer('derived', { mode: 'boolean' }).notNull(),
  target: text('target'),
  coincides_with_event_id: text('coincides_with_event_id').references(() => events.id),
  note: text('note'),
  range_start: text('range_start'),
  range_end: text('range_end'),
}, (t) => [index('protests_review_idx').on(t.review, t.id), challengedIndex('protests', t.challenges, t.id),
  index('protests_date_precision_idx').on(t.date_precision, t.id),
  index('protests_range_start_idx').on(t.range_start),
  index('protests_range_end_idx').on(t.range_end),
  index('protests_name_idx').on(t.name),
  index('protests_derived_idx').on(t.derived, t.id),
  index('protests_event_idx').on(t.coincides_with_event_id, t.id),
]);

export const protestOrganizers = sqliteTable('protest_organizers', {
  protest_id: text('protest_id').notNull().references(() => protests.id),
  organization_id: text('organization_id').notNull().references(() => organizations.id),
}, (t) => [
  primaryKey({ columns: [t.protest_id, t.organization_id] }),
  index('protest_organizers_organization_idx').on(t.organization_id, t.protest_id),
]);

export const protestPlaces = sqliteTable('protest_places', {
  protest_id: text('protest_id').notNull().references(() => protests.id),
  place_id: text('place_id').notNull().references(() => places.id),
}, (t) => [primaryKey({ columns: [t.protest_id, t.place_id] }), index('protest_places_place_idx').on(t.place_id, t.protest_id)]);

export const measures = sqliteTable('measures', {
  id: entityId(),
  ...reviewState(),
  name: text('name').notNull(),
  kind: text('kind', { enum: MEASURE_KINDS }).notNull(),
  description: text('description'),
  start: text('start'),
  end: text('end'),
  date_precision: text('date_precision', { enum: DATE_PRECISIONS }),
  first_of_its_kind: integer('first_of_its_kind', { mode: 'boolean' }),
  derived: integer('derived', { mode: 'boolean' }).notNull().default(false),
  note: text('note'),
  range_start: text('range_start'),
  range_end: text('range_end'),
}, (t) => [index('measures_review_idx').on(t.review, t.id), challengedIndex('measures', t.challenges, t.id),
  index('measures_date_precision_idx').on(t.date_precision, t.id),
  index('measures_kind_idx').on(t.kind, t.id),
  index('measures_range_start_idx').on(t.range_start),
  index('measures_range_end_idx').on(t.range_end),
  index('measures_name_idx').on(t.name),
  index('measures_derived_idx').on(t.derived, t.id),
  index('measures_first_of_its_kind_idx').on(t.first_of_its_kind, t.id),
]);

export const measurePlaces = sqliteTable('measure_places', {
  measure_id: text('measure_id').notNull().references(() => measures.id),
  place_id: text('place_id').notNull().references(() => places.id),
}, (t) => [primaryKey({ columns: [t.measure_id, t.place_id] }), index('measure_places_place_idx').on(t.place_id, t.measure_id)]);

export const measureOperators = sqliteTable('measure_operators', {
  measure_id: text('measure_id').notNull().references(() => measures.id),
  organization_id: text('organization_id').notNull().references(() => organizations.id),
}, (t) => [
  primaryKey({ columns: [t.measure_id, t.organization_id] }),
  index('measure_operators_organization_idx').on(t.organization_id, t.measure_id),
]);

export const statements = sqliteTable('statements', {
  id: entityId(),
  ...reviewState(),
  speaker_id: entityRef('speaker_id').notNull(),
  kind: text('kind', { enum: STATEMENT_KINDS }).notNull(),
  text: text('text').notNull(),
  date: text('date'),
  date_precision: text('date_precision', { enum: DATE_PRECISIONS }),
  derived: integer('derived', { mode: 'boolean' }).notNull().default(false),
  note: text('note'),
  range_start: text('range_start'),
  range_end: text('range_end'),
}, (t) => [
  index('statements_review_idx').on(t.review, t.id), challengedIndex('statements', t.challenges, t.id),
  index('statements_date_precision_idx').on(t.date_precision, t.id),
  index('statements_kind_idx').on(t.kind, t.id), index('statements_speaker_idx').on(t.speaker_id, t.id),
  index('statements_range_start_idx').on(t.range_start), index('statements_derived_idx').on(t.derived, t.id),
]);

export const statementAbout = sqliteTable('statement_about', {
  statement_id: text('statement_id').notNull().references(() => statements.id),
  entity_id: text('entity_id').notNull().references(() => entities.id),
}, (t) => [primaryKey({ columns: [t.statement_id, t.entity_id] }), index('statement_about_entity_idx').on(t.entity_id, t.statement_id)]);

export const claims = sqliteTable('claims', {
  id: entityId(),
  ...reviewState(),
  subject_id: entityRef('subject_id').notNull(),
  predicate: text('predicate').notNull(),
  object_id: entityRef('object_id'),
  value: text('value'),
  status: text('status', { enum: CLAIM_STATUSES }).notNull(),
  derived: integer('derived', { mode: 'boolean' }).notNull().default(false),
  note: text('note'),
}, (t) => [index('claims_review_idx').on(t.review, t.id), challengedIndex('claims', t.challenges, t.id),
  index('claims_subject_idx').on(t.subject_id, t.id),
  index('claims_object_idx').on(t.object_id, t.id),
  index('claims_predicate_idx').on(t.predicate, t.id),
  index('claims_status_idx').on(t.status, t.id),
  index('claims_derived_idx').on(t.derived, t.id),
]);

/** Who a claim is attributed to: the people or organizations whose words it reports (none: the article's own voice). */
export const claimAsserters = sqliteTable('claim_asserters', {
  claim_id: text('claim_id').notNull().references(() => claims.id),
  entity_id: text('entity_id').notNull().references(() => entities.id),
}, (t) => [primaryKey({ columns: [t.claim_id, t.entity_id] }), index('claim_asserters_entity_idx').on(t.entity_id, t.claim_id)]);

export const claimDisputes = sqliteTable('claim_disputes', {
  claim_id: text('claim_id').notNull().references(() => claims.id),
  disputed_by_id: text('disputed_by_id').notNull().references(() => claims.id),
}, (t) => [primaryKey({ columns: [t.claim_id, t.disputed_by_id] }), index('claim_disputes_disputed_by_idx').on(t.disputed_by_id, t.claim_id)]);

/**
 * Deployment statistics per event, computed by the build (src/db/deployment-stats.ts): `position` orders the
 * events by id (deployments of no stated event last), 1..n without gaps; `json` is the event's figures as
 * served, `organizations_json` and `stated_totals_json` its forces (each with `event_id`) and stated totals as
 * JSON list fragments; `deployments` and `unstated` add up over several events (personnel never does).
 */
export const deploymentStats = sqliteTable('deployment_stats', {
  position: integer('position').primaryKey(),
  event_id: text('event_id').unique().references(() => events.id),
  deployments: integer('deployments').notNull(),
  unstated: integer('unstated').notNull(),
  json: text('json').notNull(),
  organizations_json: text('organizations_json').notNull(),
  stated_totals_json: text('stated_totals_json').notNull(),
});

/** The evidence for every fact row: a verbatim span of one source, offsets in code points. */
export const citations = sqliteTable('citations', {
  entity_id: text('entity_id').notNull().references(() => entities.id),
  position: integer('position').notNull(),
  source_id: text('source_id').notNull().references(() => sources.id),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  quote: text('quote').notNull(),
}, (t) => [primaryKey({ columns: [t.entity_id, t.position] }), index('citations_source_idx').on(t.source_id, t.entity_id)]);

/** Facts about the build itself: build time, content hash, row counts. */
export const datasetInfo = sqliteTable('dataset_info', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});


/**
 * Each fact row in its API shape, serialized by the build: the dataset is immutable while served, so a list
 * page is its ids' stored rows concatenated instead of hydrating and serializing on every request.
 */
export const storedRows = sqliteTable('stored_rows', {
  id: text('id').primaryKey(),
  type: text('type', { enum: ENTITY_TYPES }).notNull(),
  json: text('json').notNull(),
});
