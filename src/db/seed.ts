// Reads seed/: validates every annotation file against the API schemas, finds each hand-written quote in
// its article and turns it into code-point offsets. Any problem fails with the file, the fact and the quote.
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, Type, type TObject, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value, ValueErrorType, type ValueError } from '@sinclair/typebox/value';
import { parse } from 'yaml';
import { FACT_COLLECTIONS, type FactCollection } from '../collections/index.js';
import { type Item } from './columns.js';
import { Id, IdRef, Nullable, PartialDate, REFERENCED_SCHEMAS, Review, type Citation } from '../schemas/common.js';
import { partialDatePrecision } from '../lib/dates.js';
import { DEFAULT_DATASET_META, DatasetMeta, OTHER_EXAMPLE_ROUTES } from '../schemas/dataset.js';
import { supportProblems, type SeedFact } from './support.js';

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'SeedError';
  }
}

export interface SourceRecord {
  id: string; file: string; title: string; headlines: string[]; published: string | null;
  text: string; sha256: string; length: number;
}

export interface Seed {
  /** SHA-256 over every annotation file and article, in a fixed order: equal hashes, equal data. */
  contentHash: string;
  sources: SourceRecord[];
  /** Fact rows per collection name, in API shape with resolved citations. */
  facts: Map<string, Item[]>;
  /** dataset.yaml: the dataset's title, description and documented examples. */
  meta: DatasetMeta;
}

const SeedCitation = Type.Object({ source: IdRef('Source id'), quote: Type.String({ minLength: 1 }) }, { additionalProperties: false });

const SeedSource = Type.Object({
  id: Id,
  file: Type.String({ minLength: 1 }),
  title: Type.String({ minLength: 1 }),
  headlines: Type.Array(Type.String({ minLength: 1 })),
  published: Nullable(PartialDate),
}, { additionalProperties: false });

/**
 * The ids of the ingest rules that proposed a fact ("person.titled"): kept in the seed so a reviewer sees
 * why a machine fact was proposed; checked here, never stored in the database nor served.
 */
export const SeedRuleIds = Type.Optional(Type.Array(Type.String({ pattern: '^[a-z]+(?:\\.[a-z0-9-]+)+$', maxLength: 100 }), {
  minItems: 1, description: 'Ids of the ingest rules that proposed the fact (src/ingest/rules/); seed only, not served.',
}));

/**
 * Fields a seed file may leave out, and the value the loader gives them then: a fact is stated (not derived),
 * and a claim is in the article's own voice (no `asserted_by`), unless the file says otherwise.
 */
const SEED_DEFAULTS: Record<string, unknown> = { note: null, reviewed_by: null, reviewed_at: null, challenges: [], derived: false, asserted_by: [] };

/**
 * The annotation shape of a collection: its API schema, citations written as quotes, computed fields left
 * out, defaulted fields optional, and `review` optional: hand-written facts omit it and are `reviewed`;
 * ingest writes `machine`.
 */
export function seedSchema(spec: FactCollection): TObject {
  const omitted = ['citations', 'review', ...(spec.computed ?? [])];
  const properties: Record<string, TSchema> = { ...Type.Omit(spec.schema, omitted).properties };
  for (const field of Object.keys(SEED_DEFAULTS)) if (properties[field]) properties[field] = Type.Optional(properties[field]);
  return Type.Object({
    ...properties,
    ...('review' in spec.schema.properties ? { review: Type.Optional(Review) } : {}),
    rules: SeedRuleIds,
    citations: Type.Array(SeedCitation, { minItems: 1 }),
  }, { additionalProperties: false });
}

/** Gives a freshly parsed fact the defaults of the fields it leaves out (in place: it is not shared). */
function applyDefaults(item: Item, defaults: ReadonlyArray<[string, unknown]>): Item {
  // The defaults are null, false and empty lists: a fresh list each is the copy (structuredClone per field was a tenth of reading a large seed).
  for (const [field, value] of defaults) if (item[field] === undefined) item[field] = Array.isArray(value) ? [...value] : value;
  return item;
}

/** The annotation file `<base>.yaml` or `<base>.json` (JSON for large generated corpora: it parses faster). */
function annotationFile(seedDir: string, base: string): string {
  return existsSync(join(seedDir, `${base}.json`)) && !existsSync(join(seedDir, `${base}.yaml`)) ? `${base}.json` : `${base}.yaml`;
}

function readList(seedDir: string, label: string, problems: string[], hash: Hash): unknown[] {
  let parsed: unknown;
  try {
    const text = readFileSync(join(seedDir, label), 'utf8');
    hash.update(label).update(text);
    parsed = label.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (error) {
    problems.push(`${label}: cannot be read: ${(error as Error).message.split('\n')[0]}`);
    return [];
  }
  if (parsed == null) return [];
  if (!Array.isArray(parsed)) {
    problems.push(`${label}: must be a YAML list of facts`);
    return [];
  }
  return parsed;
}

/** The values of a closed vocabulary (a StringEnum, or one that may be null); undefined for any other schema. */
function vocabulary(schema: TSchema): { values: string[]; nullable: boolean } | undefined {
  if (schema[Kind] === 'StringEnum') return { values: schema.enum as string[], nullable: false };
  if (schema[Kind] !== 'Union') return undefined;
  const members = schema.anyOf as TSchema[];
  const closed = members.find((m) => m[Kind] === 'StringEnum');
  return closed && members.every((m) => m === closed || m[Kind] === 'Null') ? { values: closed.enum as string[], nullable: true } : undefined;
}

/** A schema error as a person reads it: a closed vocabulary names the values it allows, not TypeBox's kind. */
function schemaMessage(error: ValueError): string {
  if (error.type === ValueErrorType.StringMinLength && error.value === '') return 'is empty (give the words the article states, or leave the item out)';
  const closed = vocabulary(error.schema);
  if (!closed) return error.message;
  // The value given stays out of quotation marks: ingest reads a quoted id in a problem as the fact it names.
  const given = typeof error.value === 'string' && error.value !== '' ? ` (${error.value} is not one of them)` : '';
  return `choose one of ${closed.values.join(', ')}${closed.nullable ? ', or leave it unstated' : ''}${given}`;
}

/** A compiled check; the detailed errors are worked out only for a value that fails it. */
function checker(schema: TObject) {
  const compiled = TypeCompiler.Compile(schema, REFERENCED_SCHEMAS);
  return (value: unknown, where: string): string[] => (compiled.Check(value)
    ? []
    : [...Value.Errors(schema, REFERENCED_SCHEMAS, value)].slice(0, 5).map((e) => `${where}: ${e.path || '/'} ${schemaMessage(e)}`));
}
const checkSource = checker(SeedSource);
const checkMeta = checker(DatasetMeta);

const hasSurrogates = /[\uD800-\uDFFF]/;

/** Code points in a text: its UTF-16 length less one for every low surrogate that closes a pair. */
function codePointCount(text: string): number {
  if (!hasSurrogates.test(text)) return text.length;
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) count += 1;
  }
  return count;
}

/** An article's text, and whether it has characters beyond the BMP: offsets then count code points, not UTF-16 units. */
interface Article { text: string; surrogates: boolean }

function locateIn(article: Article, quote: string): { start: number; end: number } | 'missing' | 'ambiguous' {
  const { text } = article;
  const at = text.indexOf(quote);
  if (at < 0) return 'missing';
  if (text.indexOf(quote, at + 1) >= 0) return 'ambiguous';
  if (!article.surrogates) return { start: at, end: at + quote.length };
  const start = codePointCount(text.slice(0, at));
  return { start, end: start + codePointCount(quote) };
}

/** Finds a quote that occurs exactly once in the text; offsets in code points. */
export const locateQuote = (text: string, quote: string) => locateIn({ text, surrogates: hasSurrogates.test(text) }, quote);

function checkDates(item: Item, spec: FactCollection, where: string): string[] {
  if (!spec.dates) return [];
  const fields = [spec.dates.start, spec.dates.end].filter((f): f is string => !!f);
  const problems: string[] = [];
  for (const field of fields) {
    const value = item[field];
    if (value == null) continue;
    const precision = partialDatePrecision(String(value));
    if (precision === null) problems.push(`${where}: ${field} "${value}" is not a calendar date`);
    else if (precision !== item.date_precision) problems.push(`${where}: ${field} "${value}" does not have date_precision "${item.date_precision}"`);
  }
  const hasDate = fields.some((f) => item[f] != null);
  if (!hasDate && item.date_precision != null) problems.push(`${where}: date_precision is set but there is no date`);
  if (hasDate && item.date_precision == null) problems.push(`${where}: a date needs a date_precision`);
  return problems;
}

/** Who reviewed a row and when go together, and only on rows a person checked. */
function checkReviewState(item: Item, where: string): string[] {
  if ((item.reviewed_by == null) !== (item.reviewed_at == null)) return [`${where}: reviewed_by and reviewed_at are set together or not at all`];
  if (item.review === 'machine' && item.reviewed_by != null) return [`${where}: a machine row has no reviewed_by (set review: reviewed)`];
  return [];
}

/** `challenges` name pending machine claims: each id must be a claim with review: machine. */
function challengeProblems(facts: Map<string, Item[]>): string[] {
  const pending = new Set((facts.get('claims') ?? []).filter((c) => c.review === 'machine').map((c) => c.id));
  return [...facts].flatMap(([name, items]) => items.flatMap((item) => (item.challenges as string[] | undefined ?? [])
    .filter((id) => !pending.has(id))
    .map((id) => `facts/${name}.yaml fact "${item.id}": challenges "${id}", which is not a claim with review: machine`)));
}

/** A claim's `asserted_by` names people or organizations: whose words it reports (an unknown id fails the build's reference check). */
function asserterProblems(facts: Map<string, Item[]>): string[] {
  const speakers = new Set(['people', 'organizations'].flatMap((name) => (facts.get(name) ?? []).map((item) => item.id)));
  // Which collection holds every other id is worked out only if some claim names an id that is no speaker.
  let other: Map<string, string> | undefined;
  const collectionOf = (id: string) => (other ??= new Map([...facts].flatMap(([name, items]) => items.map((item) => [item.id, name] as const)))).get(id);
  return (facts.get('claims') ?? []).flatMap((claim) => (claim.asserted_by as string[] | undefined ?? [])
    .filter((id) => !speakers.has(id) && collectionOf(id) !== undefined)
    .map((id) => `facts/claims.yaml fact "${claim.id}": asserted_by "${id}" is a row of ${collectionOf(id)}, not a person or organization`));
}

/** The ids an example of a route may name: the rows of its collection, any row for `entities`; undefined for any other route. */
function exampleIds(route: string, sources: SourceRecord[], facts: Map<string, Item[]>): Set<string> | undefined {
  const items = route === 'sources' ? sources : facts.get(route);
  if (items) return new Set(items.map((item) => item.id));
  return route === 'entities' ? new Set([...sources, ...[...facts.values()].flat()].map((item) => item.id)) : undefined;
}

/** dataset.yaml, optional: every example id it names must be a row of the collection it is listed under. */
function readMeta(seedDir: string, problems: string[], hash: Hash, sources: SourceRecord[], facts: Map<string, Item[]>): DatasetMeta {
  const file = 'dataset.yaml';
  if (!existsSync(join(seedDir, file))) return DEFAULT_DATASET_META;
  let parsed: unknown;
  try {
    const text = readFileSync(join(seedDir, file), 'utf8');
    hash.update(file).update(text);
    parsed = parse(text);
  } catch (error) {
    problems.push(`${file}: cannot be read: ${(error as Error).message.split('\n')[0]}`);
    return DEFAULT_DATASET_META;
  }
  const found = checkMeta(parsed, file);
  if (found.length) { problems.push(...found); return DEFAULT_DATASET_META; }
  const meta = parsed as DatasetMeta;
  for (const [route, examples] of Object.entries(meta.examples)) {
    const ids = exampleIds(route, sources, facts);
    if (!ids && !(OTHER_EXAMPLE_ROUTES as readonly string[]).includes(route)) problems.push(`${file}: examples.${route}: no collection or route of that name`);
    if (examples.id !== undefined && !ids?.has(examples.id)) problems.push(`${file}: examples.${route}.id "${examples.id}" is not a row of ${route}`);
  }
  return meta;
}

/** The sources list and each source's article text, checked; what is wrong goes to `problems`. */
function readSources(seedDir: string, problems: string[], hash: Hash): SourceRecord[] {
  const sources: SourceRecord[] = [];
  const sourcesFile = annotationFile(seedDir, 'sources');
  readList(seedDir, sourcesFile, problems, hash).forEach((raw, index) => {
    const where = `${sourcesFile} #${index + 1}${(raw as Item)?.id ? ` (${(raw as Item).id})` : ''}`;
    const found = checkSource(raw, where);
    if (found.length) return void problems.push(...found);
    const entry = raw as Omit<SourceRecord, 'text' | 'sha256' | 'length'>;
    let text: string;
    try {
      text = readFileSync(join(seedDir, entry.file), 'utf8');
    } catch {
      return void problems.push(`${where}: article file "${entry.file}" cannot be read`);
    }
    hash.update(entry.file).update(text);
    for (const heading of [entry.title, ...entry.headlines]) {
      if (!text.includes(heading)) problems.push(`${where}: headline "${heading}" is not in ${entry.file}`);
    }
    sources.push({ ...entry, text, sha256: createHash('sha256').update(text, 'utf8').digest('hex'), length: codePointCount(text) });
  });
  return sources;
}

/**
 * Reads and checks a seed folder. `keepRules`: each machine fact keeps the ids of the rules that proposed it
 * (`rules`), which the review app shows; the build leaves them out (they are never stored or served).
 */
export function loadSeed(seedDir: string, { keepRules = false } = {}): Seed {
  const problems: string[] = [];
  const hash = createHash('sha256');
  const sources = readSources(seedDir, problems, hash);
  const textById = new Map(sources.map((s) => [s.id, s.text]));
  const articleById = new Map(sources.map((s) => [s.id, { text: s.text, surrogates: hasSurrogates.test(s.text) }]));

  const facts = new Map<string, Item[]>();
  const factFiles = new Set(readdirSync(join(seedDir, 'facts')).filter((f) => f.endsWith('.yaml') || f.endsWith('.json')));
  for (const spec of FACT_COLLECTIONS) {
    const file = annotationFile(seedDir, `facts/${spec.name}`);
    factFiles.delete(file.slice('facts/'.length));
    const check = checker(seedSchema(spec));
    const defaults = Object.entries(SEED_DEFAULTS).filter(([field]) => field in spec.schema.properties);
    const items: Item[] = [];
    for (const [index, raw] of readList(seedDir, file, problems, hash).entries()) {
      const id = (raw as Item)?.id;
      const where = `${file} fact ${typeof id === 'string' ? `"${id}"` : `#${index + 1}`}`;
      const found = check(raw, where);
      if (found.length) { problems.push(...found); continue; }
      const { rules, ...fields } = raw as Item;
      const item = applyDefaults(keepRules && rules !== undefined ? { ...fields, rules } : fields, defaults) as Item & SeedFact;
      problems.push(...checkDates(item, spec, where), ...checkReviewState(item, where));
      const citations: Citation[] = [];
      for (const { source, quote } of item.citations) {
        const article = articleById.get(source);
        if (article === undefined) { problems.push(`${where}: cites unknown source "${source}"`); continue; }
        const located = locateIn(article, quote);
        if (located === 'missing') problems.push(`${where}: quote not found in source "${source}": "${quote}"`);
        else if (located === 'ambiguous') problems.push(`${where}: quote occurs more than once in source "${source}", quote more words: "${quote}"`);
        else citations.push({ source_id: source, ...located, quote });
      }
      // Whether the quotes support the values is asked only of quotes that were all found.
      if (citations.length === item.citations.length) {
        const names = item.review !== 'machine';
        for (const problem of supportProblems(spec.name, item, (id) => textById.get(id), { names })) problems.push(`${where}: ${problem}`);
      }
      items.push({ review: 'reviewed', ...item, citations });
    }
    facts.set(spec.name, items);
  }
  problems.push(...challengeProblems(facts), ...asserterProblems(facts));
  for (const stray of factFiles) problems.push(`facts/${stray}: no collection of that name (expected one of ${FACT_COLLECTIONS.map((c) => c.name).join(', ')})`);
  const meta = readMeta(seedDir, problems, hash, sources, facts);
  if (problems.length) throw new SeedError(problems);
  return { contentHash: hash.digest('hex'), sources, facts, meta };
}
