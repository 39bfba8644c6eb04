// Query parameters shared by routes: paging, sorting, text match, output format, and the building blocks
// of filters (id lists, enum lists, dates). String values never contain control characters.
import { Type, type TSchema } from '@sinclair/typebox';
import { StringEnum } from './common.js';

export const FORMATS = ['json', 'csv', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

const NO_CONTROL = '^[^\\u0000-\\u001f\\u007f]*$';
export const MAX_LIMIT = 500;
export const MAX_OFFSET = 10_000_000;

export const Limit = Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: 50, description: `Page size, 1–${MAX_LIMIT}.`, examples: [50] });
export const Offset = Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0, description: 'Rows to skip.', examples: [0] });
export const FormatParam = StringEnum(FORMATS, { description: 'Output format; the Accept header works too (text/csv, application/x-ndjson).' });
/** Distinct words a free-text parameter may hold; repeats of a word count once and are dropped. */
export const MAX_TERMS = 32;
/** Distinct values one list filter may hold (repeated and comma-separated together); a list's `maxItems`. */
export const MAX_LIST_VALUES = 50;
/** Distinct substrings one text filter may hold: each is an index search of its own. */
export const MAX_SUBSTRINGS = 10;

export const TextParam = (description: string, example?: string) =>
  Type.String({ minLength: 1, maxLength: 1000, pattern: NO_CONTROL, description: `${description} At most ${MAX_TERMS} distinct words; a repeated word counts once.`, ...(example && { examples: [example] }) });

/** Free-text parameters are the strings that carry TextParam's pattern; the query layer normalises their words. */
export const isTextParam = (schema: { type?: string; pattern?: string }) => schema.type === 'string' && schema.pattern === NO_CONTROL;

/** Any character but spaces and invisible ones (`%20`, `+`, NBSP, line/paragraph separators, BOM, zero-width characters). */
const NOT_BLANK = /[^\s\u200b-\u200d\u2060]/u;
/** Whether a text is empty or only spaces and invisible characters (a test, not a split: no array per value). */
export const isBlank = (text: string) => !NOT_BLANK.test(text);

export const DateParam = (description: string, example: string) =>
  Type.String({ format: 'date', description: `${description} (YYYY-MM-DD, a real calendar day).`, examples: [example] });

/**
 * A comma list (or repeated) of sortable fields, each optionally prefixed with `-` for descending order. Each
 * value is an enum member, so a generated client types it as a union (`'name' | '-name' | …`).
 */
export const SortParam = (fields: readonly string[]) => Type.Array(
  StringEnum(fields.flatMap((f) => [f, `-${f}`]), { description: `A field, \`-\` prefixed for descending. One of: ${fields.join(', ')}.` }),
  { description: `Fields to sort by, comma-separated or repeated, \`-\` for descending; ties by id. One of: ${fields.join(', ')}.` },
);

/**
 * A filter that takes one or more values: repeated (`a=x&a=y`) or comma-separated (`a=x,y`), meaning OR.
 * plugins/strict-query.ts splits comma lists before validation, so each item is checked on its own.
 */
export const ListParam = (item: { pattern: string; description: string; example?: string; maxValues?: number }) =>
  Type.Array(Type.String({ pattern: `^(?:${item.pattern})$`, maxLength: 2000, description: item.description }), {
    description: `${item.description} Repeat the parameter or separate values with commas to match any of them (at most ${item.maxValues ?? MAX_LIST_VALUES} distinct values).`,
    maxItems: item.maxValues ?? MAX_LIST_VALUES,
    ...(item.example !== undefined && { examples: [[item.example]] }),
  });

export const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const IdsParam = (description: string, example?: string) => ListParam({ pattern: SLUG, description, example });
export const EnumParam = (values: readonly string[], description: string) =>
  Type.Array(StringEnum(values, { description: `${description} One of: ${values.join(', ')}.` }), {
    description: `${description} One of: ${values.join(', ')}. Repeat the parameter or separate values with commas to match any of them.`,
    examples: [[values[0]!]],
  });
export const CountryParam = (description: string) => ListParam({ pattern: '[A-Z]{2}', description: `${description} ISO 3166-1 alpha-2.`, example: 'IT' });
/** Characters of one substring value: a trigram search costs per trigram of the text sought. */
export const MAX_SUBSTRING_CHARS = 64;
export const SubstringParam = (description: string, example?: string) =>
  ListParam({ pattern: `[^\\u0000-\\u001f\\u007f,]{1,${MAX_SUBSTRING_CHARS}}`, description: `${description} Each value 1–${MAX_SUBSTRING_CHARS} characters.`, example, maxValues: MAX_SUBSTRINGS });

/** Splits repeated and comma-separated values into one de-duplicated list. */
export function listValues(raw: unknown): string[] {
  const values: string[] = [];
  if (raw === undefined) return values;
  // Written as loops: it runs several times on every list request, most often on one value without a comma,
  // where the chain of flatMap, map, filter and a Set built four arrays and a Set for it.
  const seen = new DistinctValues(values);
  if (!Array.isArray(raw)) seen.addAll(String(raw));
  else for (const item of raw) seen.addAll(String(item));
  return values;
}

/** Adds the trimmed, non-empty, not yet seen parts of comma lists to `values`, in order; a Set only for long lists. */
class DistinctValues {
  private set: Set<string> | null = null;
  constructor(private readonly values: string[]) {}

  addAll(text: string): void {
    if (!text.includes(',')) return this.add(text.trim());
    for (const part of text.split(',')) this.add(part.trim());
  }

  private add(value: string): void {
    if (value === '') return;
    if (this.set === null && this.values.length < 16) {
      if (this.values.includes(value)) return;
    } else {
      this.set ??= new Set(this.values);
      if (this.set.has(value)) return;
      this.set.add(value);
    }
    this.values.push(value);
  }
}

/** A route's query string: every parameter optional unless named in `required`, unknown ones rejected. */
export function QueryString(properties: Record<string, TSchema>, required: readonly string[] = []) {
  return Type.Object(
    Object.fromEntries(Object.entries(properties).map(([name, schema]) => [name, required.includes(name) ? schema : Type.Optional(schema)])),
    { additionalProperties: false },
  );
}
