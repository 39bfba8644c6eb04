// Embedding and field selection for collection routes: `expand=` adds, beside each named reference field
// (`organization_id`, `place_ids`, `asserted_by`), a sibling holding the referenced rows' summaries
// (`organization`, `places`, `asserters`); `fields=` keeps only the named top-level fields (and `id`). Also the row schemas that say so.
import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import { summariesOf, type EntitySummary as Summary } from '../db/summaries.js';
import type { Db } from '../db/store.js';
import { FACT_COLLECTIONS, type Collection } from '../collections/index.js';
import { referenceFields } from '../db/references.js';
import { Nullable, StringEnum } from '../schemas/common.js';
import { ENTITY_TYPES } from '../schemas/vocabulary.js';
import { SourceItem, SourceSummary } from '../collections/sources.js';

export const EntitySummary = Type.Object({
  id: Type.String({ examples: ['city-police'] }),
  type: StringEnum(ENTITY_TYPES, { description: 'Entity type of the referenced row.' }),
  title: Type.String({ description: 'A readable name: the name, title, or a summary for rows without one.', examples: ['City Police'] }),
}, { $id: 'EntitySummary', description: 'A referenced row in brief, embedded by expand=.' });

/** A top-level field holding one id (`organization_id`) or a list of ids (`place_ids`). */
export interface Reference { field: string; sibling: string; many: boolean }

/** `_ids` stems that read as a list already; the others take an `s` (`place_ids` → `places`). */
const UNCHANGED_PLURALS = new Set(['about']);

/**
 * Siblings of reference fields named for what their rows do rather than with an id suffix to drop (a claim's
 * `asserted_by`): the name said in words. A reference field neither suffixed nor named here does not expand.
 */
const NAMED_SIBLINGS: Record<string, string> = { asserted_by: 'asserters', disputed_by: 'disputing_claims' };

const siblingName = (field: string): string | undefined => {
  if (field in NAMED_SIBLINGS) return NAMED_SIBLINGS[field];
  if (field.endsWith('_ids')) {
    const stem = field.slice(0, -4);
    return UNCHANGED_PLURALS.has(stem) ? stem : `${stem}s`;
  }
  return field.endsWith('_id') ? field.slice(0, -3) : undefined;
};

/**
 * The top-level fields of a collection's rows that hold ids, from the tables' foreign keys (a list of
 * objects such as a person's roles is not one), each with its sibling's name, in the row schema's order.
 */
export function referencesOf(c: Collection): Reference[] {
  if (c.type === 'source') return [];
  const order = Object.keys(c.schema.properties);
  return referenceFields(c)
    .filter((ref) => !ref.objects)
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
    .flatMap((ref) => {
      const sibling = siblingName(ref.field);
      return sibling === undefined ? [] : [{ field: ref.field, sibling, many: ref.list }];
    });
}

/**
 * The row as a collection route serves it. `<Type>Row`, the default answer: every field present (required,
 * so a generated client reads `row.personnel.value` without a check), each reference field followed by its
 * expanded sibling, present only when `expand=` names the field. `<Type>PartialRow`, the answer `fields=`
 * narrows: only `id` is sure to be there.
 */
function rowSchema(schema: TObject, c: Collection | undefined, partial: boolean): TObject {
  const references = new Map((c ? referencesOf(c) : []).map((r) => [r.field, r]));
  const properties: Record<string, TSchema> = {};
  for (const [field, property] of Object.entries(schema.properties)) {
    properties[field] = field === 'id' || !partial ? property : Type.Optional(property);
    const reference = references.get(field);
    if (reference) {
      properties[reference.sibling] = Type.Optional(reference.many
        ? Type.Array(Type.Ref(EntitySummary), { description: `The rows ${field} names, when expand includes ${field}.` })
        : Nullable(Type.Ref(EntitySummary, { description: `The row ${field} names, when expand includes ${field}.` })));
    }
  }
  return Type.Object(properties, partial
    ? { $id: `${schema.$id}PartialRow`, description: `${schema.description ?? ''} As fields= narrows it: id and the fields named (expand= adds the summaries of referenced rows).`.trim() }
    : { $id: `${schema.$id}Row`, description: `${schema.description ?? ''} Every field is present (fields= narrows the answer to a ${schema.$id}PartialRow); expand= adds the summaries of referenced rows.`.trim() });
}

const ROWS = new Map<string, { full: TObject; partial: TObject }>();
for (const [schema, c] of [[SourceSummary, undefined], [SourceItem, undefined], ...FACT_COLLECTIONS.map((c) => [c.schema, c] as const)] as const) {
  ROWS.set(schema.$id!, { full: rowSchema(schema, c, false), partial: rowSchema(schema, c, true) });
}

/** Row schemas of every collection, registered once with the app. */
export const ROW_SCHEMAS = [EntitySummary, ...[...ROWS.values()].flatMap((row) => [row.full, row.partial])];

function rowsOf(schema: TObject) {
  const row = ROWS.get(schema.$id ?? '');
  if (!row) throw new Error(`no row schema for ${schema.$id}`);
  return row;
}

/** The default answer's row: every field required. */
export const rowSchemaOf = (schema: TObject): TObject => rowsOf(schema).full;

/** The row of an answer `fields=` narrows: only `id` required. */
export const partialRowSchemaOf = (schema: TObject): TObject => rowsOf(schema).partial;

/** Largest `id=` list: a batch read is one page at most this long. */
export const MAX_IDS = 100;

export const ExpandParam = (references: Reference[]) => Type.Array(
  StringEnum(references.map((r) => r.field)),
  {
    description: `Reference fields to embed, comma-separated or repeated: each gets a sibling (without the _id/_ids suffix, or named in words) holding { id, type, title } of the rows it names (${references.map((r) => `${r.field} → ${r.sibling}`).join(', ')}). In CSV, a <sibling>.title column follows the field.`,
  },
);

export const FieldsParam = (schema: TObject) => Type.Array(
  StringEnum(Object.keys(schema.properties)),
  { description: `Top-level fields to return, comma-separated or repeated; id is always included. One of: ${Object.keys(schema.properties).join(', ')}. The rows of such an answer are ${schema.$id}PartialRow (only id is sure to be present), not ${schema.$id}Row.` },
);

export interface View { expand: Reference[]; fields: Set<string> | null }

/** The rows as stored: no reference expanded, every field. Frozen, since every plain request shares it. */
const PLAIN_VIEW: View = Object.freeze({ expand: Object.freeze([]) as unknown as Reference[], fields: null });

/** What `expand` and `fields` ask of a route whose rows have these references (values already validated). */
export function viewOf(query: { expand?: string[]; fields?: string[] }, references: Reference[]): View {
  // Most requests ask for neither: one shared view, nothing built per request.
  if (query.expand === undefined && query.fields === undefined) return PLAIN_VIEW;
  const expand = new Set(query.expand ?? []);
  return {
    expand: references.filter((r) => expand.has(r.field)),
    fields: query.fields ? new Set(['id', ...query.fields]) : null,
  };
}

export const isPlain = (view: View) => !view.expand.length && !view.fields;

/** Applies a view to rows: keeps the selected fields in schema order and adds expanded siblings. */
export function shapeRows(db: Db, rows: object[], view: View): object[] {
  if (isPlain(view)) return rows;
  const referenced = view.expand.flatMap((r) => rows.flatMap((row) => {
    const value = (row as Record<string, unknown>)[r.field];
    return Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  }));
  const summaries = summariesOf(db, referenced);
  const expanded = new Map(view.expand.map((r) => [r.field, r]));
  const summary = (id: string): Summary => summaries.get(id)!;
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(row)) {
      if (!view.fields || view.fields.has(field)) out[field] = value;
      const reference = expanded.get(field);
      if (reference) out[reference.sibling] = reference.many ? (value as string[]).map(summary) : value === null ? null : summary(value as string);
    }
    return out;
  });
}

/** CSV columns under a view: the selected fields' columns, each expanded field followed by `<sibling>.title`. */
export function csvColumnsFor(columns: readonly string[], view: View): string[] {
  if (isPlain(view)) return [...columns];
  const expanded = new Map(view.expand.map((r) => [r.field, r]));
  return columns.flatMap((column) => {
    const field = column.split('.')[0]!;
    const kept = !view.fields || view.fields.has(field) ? [column] : [];
    const reference = expanded.get(column);
    return reference ? [...kept, `${reference.sibling}.title`] : kept;
  });
}
