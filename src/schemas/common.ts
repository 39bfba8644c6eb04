// Building blocks shared by every resource schema: ids, dates, citations, quantities.
import { Kind, Type, TypeRegistry, type Static, type StringOptions, type TSchema } from '@sinclair/typebox';
import { DATE_PRECISIONS, QUALIFIERS, REVIEW_STATES } from './vocabulary.js';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

TypeRegistry.Set<{ enum: string[] }>('StringEnum', (schema, value) => typeof value === 'string' && schema.enum.includes(value));

/**
 * A closed vocabulary as one JSON Schema `enum` (not `anyOf` of constants), so OpenAPI tools and generated
 * clients see a union of the values; TypeBox checks it through the registered 'StringEnum' kind.
 */
export const StringEnum = <const T extends readonly string[]>(values: T, options: { description?: string } = {}) =>
  Type.Unsafe<T[number]>({ [Kind]: 'StringEnum', type: 'string', enum: [...values], ...options });

export const literals = StringEnum;

/** Words an article gives (a name, a title, what was said): never empty, since what the articles do not state is null or left out. */
export const Words = (options: StringOptions = {}) => Type.String({ minLength: 1, ...options });

export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const Id = Type.String({ pattern: SLUG_PATTERN, maxLength: 200, description: 'Stable lowercase slug, unique across all entity types.', examples: ['city-police'] });
/** A reference to an entity. Example ids belong to a dataset, so schemas carry none (see seed/dataset.yaml). */
export const IdRef = (description: string) => Type.String({ pattern: SLUG_PATTERN, maxLength: 200, description });
export const IdRefs = (description: string) => Type.Array(IdRef('Entity id'), { description });

/** ISO 8601 calendar date at day, month or year precision (`2026-02-06`, `2026-02`, `2024`). */
export const PartialDate = Type.String({ pattern: '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$', description: 'ISO 8601 date; its precision is given by date_precision.', examples: ['2026-02-06'] });
export const DatePrecision = literals(DATE_PRECISIONS, { description: 'How much of the date the article states.' });
export const CountryCode = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code.', examples: ['IT'] });
export const Derived = Type.Boolean({ description: 'True when a value was derived by reasoning from the cited words rather than stated outright; `note` says what was inferred.' });
/** An editor's note on a fact row: what was inferred when derived, or a judgement call made explicit. */
export const Note = Nullable(Type.String({ description: 'What was inferred when `derived` is true, or why the row says what it says (a judgement call made explicit); null when there is nothing to add. Not article text.' }));

export const Review = literals(REVIEW_STATES, { description: 'reviewed: written or checked by a person; machine: proposed by ingest from an article and accepted, not yet checked by a person.' });

export const ReviewedBy = Nullable(Type.String({ minLength: 1, maxLength: 200, description: 'Who accepted or edited the row in review (`npm run review`); null on machine rows and on hand-written seed facts, whose author is the commit that added them.' }));
export const ReviewedAt = Nullable(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?Z$', description: 'When it was reviewed (UTC, ISO 8601); null when reviewed_by is.', examples: ['2026-12-03T16:30:00Z'] }));
export const Challenges = Type.Array(IdRef('Id of a machine claim'), { description: 'Ids of pending machine claims that contest this row; empty when none does.' });

export const Qualifier = literals(QUALIFIERS, { description: "The article's hedge on the number." });

export const Quantity = Type.Object({
  value: Nullable(Type.Number()),
  qualifier: Nullable(Qualifier),
}, { $id: 'Quantity', description: 'A number as the article states it, hedge included; both null when unstated.', examples: [{ value: 2000, qualifier: 'approximately' }] });
export type Quantity = Static<typeof Quantity>;

export const Citation = Type.Object({
  source_id: Type.String({ description: 'Id of the source article.' }),
  start: Type.Integer({ minimum: 0, description: 'Start offset in Unicode code points into the source text.' }),
  end: Type.Integer({ minimum: 0, description: 'End offset (exclusive) in code points.' }),
  quote: Type.String({ description: 'The exact words of the article: [...text].slice(start, end).join("") === quote.' }),
}, { $id: 'Citation', description: 'Verbatim evidence for a fact.' });
export type Citation = Static<typeof Citation>;

export const Citations = Type.Array(Type.Ref(Citation), { description: 'Where the articles state this fact; one per source passage.' });

/** Schemas other schemas point to with Type.Ref: registered once with Fastify and passed to TypeBox checks. */
export const REFERENCED_SCHEMAS = [Quantity, Citation];

/** The fields every fact row ends with, in this order: the editor's note, the review state, the citations. */
export const FACT_TAIL = {
  note: Note, review: Review, reviewed_by: ReviewedBy, reviewed_at: ReviewedAt, challenges: Challenges, citations: Citations,
};
