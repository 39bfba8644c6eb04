// The word indexes, filled once by the build: the `q` and `role` word tables (with word forms), the search
// index in rank order, the name keys behind exact-name and type-ahead hits, and the word list behind prefix
// expansion, compounds and suggestions. What a search would otherwise rank per request is decided here.
import type Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import { FACT_COLLECTIONS, type FactCollection } from '../collections/index.js';
import type { Item } from './columns.js';
import { bulkInsert } from './bulk-insert.js';
import { referenceFields } from './references.js';
import type { Seed } from './seed.js';
import { FORM_MARK, qTable, withForms, words } from './words.js';
import { ENTITY_TYPES, type EntityType } from '../schemas/vocabulary.js';

/** One row of the search index before it is given its rank. */
interface SearchDocument { id: string; type: EntityType; title: string; body: () => string; importance: number; titleWords: number }

/** Fields holding an entity's own names: what an exact-name or type-ahead lookup matches. */
const NAME_FIELDS = ['name', 'acronym', 'aliases'] as const;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** How many rows name each id in a field, and how many rows cite each source: a row's standing, known before any query. */
function importance(sqlite: Database.Database): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (rows: Array<{ id: string; n: number }>) => { for (const { id, n } of rows) counts.set(id, (counts.get(id) ?? 0) + n); };
  for (const spec of FACT_COLLECTIONS) {
    for (const field of referenceFields(spec)) {
      add(sqlite.prepare(`SELECT "${field.value.name}" AS id, COUNT(DISTINCT "${field.owner.name}") AS n FROM "${getTableName(field.table)}" WHERE "${field.value.name}" IS NOT NULL GROUP BY 1`).all() as Array<{ id: string; n: number }>);
    }
  }
  add(sqlite.prepare('SELECT source_id AS id, COUNT(DISTINCT entity_id) AS n FROM citations GROUP BY 1').all() as Array<{ id: string; n: number }>);
  return counts;
}

/** Every source and fact row as a search document, in rank order: most referenced first, then shorter titles, then by type and id. */
function rankedDocuments(sqlite: Database.Database, seed: Seed, titles: ReadonlyMap<string, string>): SearchDocument[] {
  const standing = importance(sqlite);
  const sources = sqlite.prepare('SELECT id FROM sources').all() as Array<{ id: string }>;
  const sourceBody = sqlite.prepare("SELECT coalesce((SELECT group_concat(value, char(10)) FROM json_each(headlines)) || char(10), '') || text FROM sources WHERE id = ?").pluck();
  const document = (id: string, type: EntityType, body: () => string): SearchDocument => {
    const title = titles.get(id) ?? id;
    return { id, type, title, body, importance: standing.get(id) ?? 0, titleWords: words(title).length };
  };
  const docs = [
    ...sources.map((s) => document(s.id, 'source', () => sourceBody.get(s.id) as string)),
    ...FACT_COLLECTIONS.flatMap((spec) => (seed.facts.get(spec.name) ?? []).map((item) => document(item.id, spec.type, () => spec.text(item).filter(Boolean).join('\n')))),
  ];
  const typeRank = new Map(ENTITY_TYPES.map((type, i) => [type, i]));
  return docs.sort((a, b) => b.importance - a.importance || a.titleWords - b.titleWords
    || typeRank.get(a.type)! - typeRank.get(b.type)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The names, acronym and aliases of a row, as written. */
const namesOf = (item: Item): string[] => NAME_FIELDS.flatMap((field) => (Array.isArray(item[field]) ? (item[field] as unknown[]).map(text) : [text(item[field])])).filter(Boolean);

/** Exact key of a name or query: its folded words, spaced. */
export const exactKey = (value: string) => `=${words(value).join(' ')}`;
/** Type-ahead key of a name's start: its first letters, folded, separators dropped. */
export const prefixKey = (value: string, letters: number) => `^${words(value).join('').slice(0, letters)}`;
/** Type-ahead key of a later word's start in a name (a surname), separators dropped from there on. */
export const wordStartKey = (value: string, letters: number) => `~${words(value).join('').slice(0, letters)}`;
/** Type-ahead answers up to this many letters; from it on the word index answers with prefixes. */
export const TYPE_AHEAD_LETTERS = 2;

/**
 * The type-ahead keys of a name's folded words: the first letters of the name, and of every later word, so
 * a surname is found as it is typed (`Pi` finds Matteo Piantedosi, after the names that start with it).
 */
function typeAheadKeys(folded: string[]): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < folded.length; i += 1) {
    const letters = folded.slice(i).join('');
    // What prefixKey and wordStartKey make of these letters, cut into words once for every length.
    const again = words(letters).join('');
    const mark = i === 0 ? '^' : '~';
    for (let n = 1; n <= Math.min(TYPE_AHEAD_LETTERS, letters.length); n += 1) keys.add(`${mark}${again.slice(0, n)}`);
  }
  return keys;
}

/** One row of search_keys before it is written: its key, document, type and the name it came from. */
type KeyRow = [key: string, doc: number, type: EntityType, text: string];

/**
 * Writes the exact-name and type-ahead keys of every named row. The rows are sorted by key and document
 * first, so each insert appends to the table's b-tree instead of seeking into it; of rows with the same
 * key and document the first written is kept, as an INSERT OR IGNORE in seed order would.
 */
function fillKeys(sqlite: Database.Database, seed: Seed, rankOf: Map<string, number>, display: Map<string, string>): void {
  const rows: KeyRow[] = [];
  for (const spec of FACT_COLLECTIONS) {
    for (const item of seed.facts.get(spec.name) ?? []) {
      for (const name of namesOf(item)) {
        const folded = words(name);
        const letters = folded.join('');
        if (!letters) continue;
        const doc = rankOf.get(item.id)!;
        rows.push([`=${folded.join(' ')}`, doc, spec.type, name]);
        for (const start of typeAheadKeys(folded)) rows.push([start, doc, spec.type, name]);
        rememberDisplay(name, display);
      }
    }
  }
  // A stable sort: rows of the same key and document stay in the order they were made.
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const insert = bulkInsert(sqlite, 'search_keys', ['key', 'doc', 'type', 'text']);
  let last: KeyRow | undefined;
  for (const row of rows) {
    if (last && last[0] === row[0] && last[1] === row[1]) continue;
    insert.add(row);
    last = row;
  }
  insert.flush();
}

/** How a folded word is written in names (`carabinieri` → "Carabinieri"), so suggestions read as names do. */
function rememberDisplay(name: string, display: Map<string, string>): void {
  for (const written of name.normalize('NFKC').split(/[^\p{L}\p{N}\p{M}]+/u)) {
    const [folded] = words(written);
    if (folded && written !== folded && !display.has(folded)) display.set(folded, written);
  }
}

/** Every indexed word of the `q` tables (forms excluded), with the rows holding it and its written form. */
function fillWords(sqlite: Database.Database, display: Map<string, string>): void {
  const vocabularies = ENTITY_TYPES.map((type) => `SELECT term, doc FROM ${qTable(type)}_vocab`).join(' UNION ALL ');
  sqlite.prepare(`INSERT INTO search_words (word, display, docs) SELECT term, term, SUM(doc) FROM (${vocabularies}) WHERE substr(term, 1, 1) <> ? GROUP BY term`).run(FORM_MARK);
  const update = sqlite.prepare('UPDATE search_words SET display = ? WHERE word = ?');
  for (const [word, written] of display) update.run(written, word);
}

function fillWordTables(sqlite: Database.Database, seed: Seed): void {
  const role = bulkInsert(sqlite, 'role_index', ['person_id', 'title']);
  for (const { person, title } of sqlite.prepare('SELECT person_id AS person, title FROM person_roles').all() as Array<{ person: string; title: string }>) role.add([person, withForms(title)]);
  role.flush();
  const sourceQ = bulkInsert(sqlite, qTable('source'), ['entity_id', 'text']);
  const sourceText = sqlite.prepare("SELECT id, title || char(10) || coalesce((SELECT group_concat(value, char(10)) FROM json_each(headlines)) || char(10), '') || text FROM sources ORDER BY id").raw();
  for (const [id, text] of sourceText.all() as Array<[string, string]>) sourceQ.add([id, withForms(text)]);
  sourceQ.flush();
  for (const spec of FACT_COLLECTIONS) fillFactWords(sqlite, spec, seed.facts.get(spec.name) ?? []);
}

function fillFactWords(sqlite: Database.Database, spec: FactCollection, items: Item[]): void {
  const q = bulkInsert(sqlite, qTable(spec.type), ['entity_id', 'text']);
  for (const item of items) q.add([item.id, withForms(spec.text(item).filter(Boolean).join('\n'))]);
  q.flush();
}

/**
 * Fills every word index with merging deferred, then merges each FTS5 table into one segment (faster to build
 * and to query). `titles`: the readable title of every row, as the build stored it in `entities` (summaries.ts),
 * so a hit reads as every other title of the row does.
 */
export function populateSearch(sqlite: Database.Database, seed: Seed, titles: ReadonlyMap<string, string>): void {
  const fts = ['search_index', 'role_index', ...ENTITY_TYPES.map(qTable)];
  for (const table of fts) sqlite.exec(`INSERT INTO ${table}(${table}, rank) VALUES ('automerge', 0)`);
  fillWordTables(sqlite, seed);
  const docs = rankedDocuments(sqlite, seed, titles);
  const insert = bulkInsert(sqlite, 'search_index', ['rowid', 'entity_id', 'type', 'title', 'body']);
  const rankOf = new Map<string, number>();
  docs.forEach((doc, i) => {
    insert.add([i + 1, doc.id, doc.type, doc.title, doc.body()]);
    rankOf.set(doc.id, i + 1);
  });
  insert.flush();
  const display = new Map<string, string>();
 
  fillKeys(sqlite, seed, rankOf, display);
  for (const table of fts) sqlite.exec(`INSERT INTO ${table}(${table}) VALUES ('optimize'); INSERT INTO ${table}(${table}, rank) VALUES ('automerge', 4)`);
 
  fillWords(sqlite, display);
}
