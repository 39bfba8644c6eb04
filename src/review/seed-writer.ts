// Every review write goes through changeSeed: under ingest's seed lock, the change is made in a scratch copy
// of the seed (ingest's scratchCopy), the copy must pass the build's checks (checkSeed, as `npm run db:build`
// runs them), and only then do its facts replace seed/facts by rename (ingest's replaceFacts). A change the
// checks refuse throws ReviewError with their messages and leaves seed/ as it was.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTableName } from 'drizzle-orm';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { FACT_COLLECTIONS, type FactCollection } from '../collections/index.js';
import { checkSeed, replaceFacts, scratchCopy } from '../ingest/accept.js';
import { recoverInterruptedAccept, withSeedLock, writeAll } from '../ingest/ingest.js';
import { IngestError } from '../ingest/input.js';

/** A review action refused: the reasons, one per line; nothing was written. */
export class ReviewError extends Error {
  constructor(message: string, readonly problems: string[] = []) {
    super(problems.length ? `${message}:\n- ${problems.join('\n- ')}` : message);
    this.name = 'ReviewError';
  }
}

/** One collection's fact file, parsed with its comments and styles kept. */
export interface FactFile { collection: FactCollection; path: string; doc: Document; seq: YAMLSeq; changed: boolean }

/** A fact found by id: its file, and its YAML node. */
export interface FoundFact { file: FactFile; node: YAMLMap }

/** The fact files of a seed directory, read as the user wrote them; writes go to the same directory. */
export class FactFiles {
  private readonly files = new Map<string, FactFile>();

  constructor(private readonly dir: string) {}

  file(collection: FactCollection): FactFile {
    let file = this.files.get(collection.name);
    if (file) return file;
    const path = join(this.dir, 'facts', `${collection.name}.yaml`);
    if (!existsSync(path) && existsSync(join(this.dir, 'facts', `${collection.name}.json`))) {
      throw new ReviewError(`facts/${collection.name}.json: review edits YAML fact files only (a generated JSON corpus is not reviewed by hand)`);
    }
    const doc = parseDocument(existsSync(path) ? readFileSync(path, 'utf8') : '');
    if (!isSeq(doc.contents)) doc.contents = doc.createNode([]) as never;
    file = { collection, path, doc, seq: doc.contents as YAMLSeq, changed: false };
    this.files.set(collection.name, file);
    return file;
  }

  all(): FactFile[] {
    return FACT_COLLECTIONS.map((c) => this.file(c));
  }

  find(id: string): FoundFact {
    for (const file of this.all()) {
      const node = file.seq.items.find((item) => isMap(item) && item.get('id') === id) as YAMLMap | undefined;
      if (node) return { file, node };
    }
    throw new ReviewError(`no fact with id "${id}" in the seed`);
  }

  remove(found: FoundFact): void {
    found.file.seq.items.splice(found.file.seq.items.indexOf(found.node), 1);
    found.file.changed = true;
  }

  save(): void {
    for (const file of this.files.values()) {
      if (file.changed) writeFileSync(file.path, file.doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
    }
  }
}

/** Extra files a change writes beside seed/facts (the rejections record), placed before the facts and taken back if those fail. */
export type ExtraFile = [path: string, content: string];

function placeWithExtras(seedDir: string, scratch: string, extras: ExtraFile[]): void {
  const before = extras.map(([path]) => [path, existsSync(path) ? readFileSync(path, 'utf8') : null] as const);
  writeAll(extras);
  try {
    replaceFacts(seedDir, scratch);
  } catch (error) {
    for (const [path, content] of before) {
      if (content === null) rmSync(path, { force: true });
      else writeAll([[path, content]]);
    }
    throw error;
  }
}

/** The tables a fact's fields are written to: each collection's own, and its lists' (a measure's places, a person's roles). */
const WRITTEN_TABLES = new Set(FACT_COLLECTIONS.flatMap((c) => [c.table, ...Object.values(c.lists).map((list) => list.table)]).map((table) => getTableName(table)));
/** A build message about a row of a table: `place_containment row "central": …`. */
const TABLE_ROW = /^([a-z_]+) row "/u;

/**
 * The build's problems a reviewer can act on: one about a table the build derives from the facts (the places
 * containing each place, a deployment's statistics) repeats, in that table's words, a problem of the fact it was
 * derived from ("places row \"central-park\": within_id = …"), which is kept; kept too when nothing else is said.
 */
export function reviewersProblems(problems: string[]): string[] {
  const derived = (problem: string) => { const table = TABLE_ROW.exec(problem)?.[1]; return table !== undefined && !WRITTEN_TABLES.has(table); };
  const facing = problems.filter((problem) => !derived(problem));
  return (facing.length ? facing : problems).map(inFieldsWords);
}

/** Each list field's table, with the collection and field it is written from (statement_about: a statement's about_ids). */
const LIST_TABLES = new Map(FACT_COLLECTIONS.flatMap((c) => Object.entries(c.lists).map(([field, list]) => [getTableName(list.table), { collection: c.name, field, list }] as const)));
/** The build's message of a dangling reference: `statement_about row "s": entity_id = "e" refers to no row of entities`. */
const DANGLING = /^([a-z_]+) row "([^"]*)": ([a-z_]+) = "([^"]*)" refers to no row of ([a-z_]+)$/u;

/**
 * A dangling reference the build finds in a list's own table, said of the fact's field a reviewer sees
 * (`statements row "s": about_ids holds "e", which refers to no row of entities`); other messages as they are.
 */
function inFieldsWords(problem: string): string {
  const [, table, owner, column, value, parent] = DANGLING.exec(problem) ?? [];
  const list = table === undefined ? undefined : LIST_TABLES.get(table);
  if (!list) return problem;
  const field = typeof list.list.value === 'string' ? list.field : `${list.field}[].${column}`;
  return `${list.collection} row "${owner}": ${field} holds "${value}", which refers to no row of ${parent}`;
}

/**
 * Runs one review change with the seed to itself and commits it only when the changed copy builds. `change`
 * edits the fact files of the scratch copy and returns the extra files to write and its result.
 */
export function changeSeed<T>(seedDir: string, change: (files: FactFiles, scratch: string) => { result: T; extras?: ExtraFile[] }): T {
  try {
    return withSeedLock(seedDir, () => {
      recoverInterruptedAccept(seedDir);
      const scratch = scratchCopy(seedDir);
      // The examples dataset.yaml names must survive a removed or merged id: checked with the rest.
      if (existsSync(join(seedDir, 'dataset.yaml'))) cpSync(join(seedDir, 'dataset.yaml'), join(scratch, 'dataset.yaml'));
      try {
        const files = new FactFiles(scratch);
        const { result, extras = [] } = change(files, scratch);
        files.save();
        const problems = reviewersProblems(checkSeed(scratch));
        if (problems.length) throw new ReviewError('the build checks refuse this change, so nothing was written', problems);
        placeWithExtras(seedDir, scratch, extras);
        return result;
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  } catch (error) {
    if (error instanceof IngestError) throw new ReviewError(error.message);
    throw error;
  }
}
