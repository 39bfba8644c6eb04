// The tables of docs/ that are generated from code (`npm run docs`), and the marker syntax that holds them:
//   <!-- generated:NAME --> ... <!-- /generated:NAME -->
// tests/docs.test.ts fails when a table in a doc differs from what this module renders now.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { maxHeaderSize } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, DEFAULT_RESPONSE_CACHE_BYTES, TIMEOUTS } from '../../src/app.js';
import { ENV_VARIABLES, type EnvVariable } from '../../src/config.js';
import { buildDatabase } from '../../src/db/build.js';
import { FACT_COLLECTIONS } from '../../src/collections/index.js';
import { FACET_SIZE, facetsOf } from '../../src/db/facets.js';
import { REFERRERS_PER_COLLECTION } from '../../src/db/referrers.js';
import { MAX_EXPANSIONS, MIN_PREFIX } from '../../src/db/words.js';
import { SEARCH_WINDOW } from '../../src/db/search.js';
import { MAX_ARTICLE_BYTES } from '../../src/ingest/input.js';
import { MAX_PROPOSALS } from '../../src/ingest/passes/context.js';
import { PIPELINE } from '../../src/ingest/pipeline.js';
import { RULES } from '../../src/ingest/rules/index.js';
import { PROJECT_ROOT } from '../../src/lib/paths.js';
import { MAX_LISTED_ERRORS } from '../../src/lib/problems.js';
import { MAX_URL_BYTES } from '../../src/plugins/errors.js';
import { DEFAULT_LIMITS } from '../../src/plugins/limits.js';
import {
  Limit, ListParam, MAX_LIMIT, MAX_LIST_VALUES, MAX_OFFSET, MAX_SUBSTRING_CHARS, MAX_SUBSTRINGS, MAX_TERMS, TextParam,
} from '../../src/schemas/query.js';
import { MAX_IDS } from '../../src/routes/expand.js';
import { FIXTURE_SEED } from '../../tests/helpers/paths.js';

/** The docs that hold generated tables, relative to the project root. */
export const GENERATED_DOCS = ['docs/API.md', 'docs/operations.md', 'docs/ingest.md'];

/** The seed the routes table builds its throwaway database from (the routes do not depend on the data). */
const ROUTES_SEED_DIR = FIXTURE_SEED;

/** The facetable fields of every fact collection, from the registry. */
export function collectionFacets(): Array<{ collection: string; facets: string[] }> {
  return FACT_COLLECTIONS.map((spec) => ({ collection: spec.name, facets: [...facetsOf(spec).keys()] }));
}

export interface ServedApp { paths: Record<string, Record<string, { summary?: string }>>; bodyLimit: number }

/** The routes of the app as built over a throwaway database, read from its OpenAPI document, and its body limit. */
export async function servedApp(): Promise<ServedApp> {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'event-facts-docs-')), 'facts.db');
  buildDatabase({ dbPath, seedDir: ROUTES_SEED_DIR });
  const app = await buildApp({ dbPath });
  try {
    await app.ready();
    const spec = app.swagger() as { paths: ServedApp['paths'] };
    return { paths: spec.paths, bodyLimit: app.initialConfig.bodyLimit ?? 0 };
  } finally {
    await app.close();
  }
}

const number = (n: number) => n.toLocaleString('en-US');
const code = (text: string) => `\`${text}\``;
const table = (header: string[], rows: string[][]) =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

function shownDefault(variable: EnvVariable<unknown>): string {
  if (variable.shownDefault !== undefined) return variable.shownDefault;
  return code(Array.isArray(variable.fallback) ? variable.fallback.join(',') : String(variable.fallback));
}

export function configTable(): string {
  return table(['variable', 'default', 'meaning'],
    ENV_VARIABLES.map((variable) => [code(variable.name), shownDefault(variable), variable.description]));
}

export function facetsTable(): string {
  return table(['collection', 'facets'],
    collectionFacets().map(({ collection, facets }) => [collection, facets.length ? facets.map(code).join(', ') : '—']));
}

export function routesTable(paths: ServedApp['paths']): string {
  const rows = Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => [code(`${method.toUpperCase()} ${path}`), operation.summary ?? '']));
  return table(['route', 'what'], rows);
}

export function limitsTable(bodyLimit: number): string {
  const textChars = TextParam('', '').maxLength ?? 0;
  const listValueChars = ListParam({ pattern: '.*', description: '', example: '' }).items.maxLength ?? 0;
  const windowS = DEFAULT_LIMITS.rateLimitWindowMs / 1000;
  return table(['limit', 'value', 'answer'], [
    ['URL length', `${number(MAX_URL_BYTES)} bytes`, '414 problem (also when the URL overflows the header buffer)'],
    ['header size', `${number(maxHeaderSize / 1024)} KiB (Node's \`maxHeaderSize\`)`, '431 problem'],
    ['`limit`', `1–${MAX_LIMIT} (default ${Limit.default})`, '400'],
    ['`offset`', `0–${number(MAX_OFFSET)}`, '400'],
    ['`q`', `${number(textChars)} characters, no control characters, at most ${MAX_TERMS} words, counting those inside quoted phrases and punctuation-joined chunks (a repeat counts once outside a phrase)`, '400 naming `q`'],
    ['values per filter', `${MAX_LIST_VALUES} distinct values (id, enum and country lists); ${MAX_SUBSTRINGS} of at most ${MAX_SUBSTRING_CHARS} characters each (substring lists: \`role\`, \`predicate\`); ${number(listValueChars)} characters per value`, '400 naming the cap'],
    ['`id=`', `${MAX_IDS} ids`, '400'],
    ['error detail', `the first ${MAX_LISTED_ERRORS} parameter errors, and a count of the rest`, '—'],
    ['rate', `${number(DEFAULT_LIMITS.rateLimitMax)} requests per ${windowS} s per client IP (\`RATE_LIMIT_MAX\`, \`RATE_LIMIT_WINDOW_MS\`)`, '429 problem with `Retry-After`'],
    ['overload', `event-loop lag over ${number(DEFAULT_LIMITS.maxEventLoopDelayMs)} ms (\`MAX_EVENT_LOOP_DELAY_MS\`)`, '503 problem with `Retry-After`'],
    ['connections', `\`MAX_CONNECTIONS\` in total, ${DEFAULT_LIMITS.maxConnectionsPerClient} per address (\`MAX_CONNECTIONS_PER_CLIENT\`)`, 'connection closed'],
    ['requests in flight', `${DEFAULT_LIMITS.maxInFlightPerClient} per client address (\`MAX_IN_FLIGHT_PER_CLIENT\`), ${DEFAULT_LIMITS.maxInFlightPerConnection} per connection (\`MAX_IN_FLIGHT_PER_CONNECTION\`)`, '429 problem with `Retry-After`'],
    ['CPU per client', `${number(DEFAULT_LIMITS.clientCpuBudgetMs)} ms of recent query time, decayed over 10 s (\`CLIENT_CPU_BUDGET_MS\`)`, '429 problem with `Retry-After`'],
    ['wait for a turn', `${number(DEFAULT_LIMITS.maxQueueWaitMs)} ms (\`MAX_QUEUE_WAIT_MS\`)`, '503 problem with `Retry-After`'],
    ['unsent response bytes', `${DEFAULT_LIMITS.maxUnsentBytes / 2 ** 20} MiB in all (\`MAX_UNSENT_MB\`), ${DEFAULT_LIMITS.maxUnsentBytesPerClient / 2 ** 20} MiB per client (\`MAX_UNSENT_MB_PER_CLIENT\`)`, '503 / 429 problem with `Retry-After`'],
    ['timeouts', `${TIMEOUTS.request / 1000} s for a request to arrive; keep-alive sockets idle ${TIMEOUTS.keepAlive / 1000} s; sockets idle ${TIMEOUTS.connection / 1000} s`, 'connection closed'],
    ['request body', `${number(bodyLimit)} bytes (the API has no write routes)`, '405 before any body matters'],
    ['`facets=`', `${FACET_SIZE} values per field, most frequent first`, '—'],
    ['`referenced_by`', `${REFERRERS_PER_COLLECTION} rows per collection (\`referenced_by_counts\` has the full numbers)`, '—'],
    ['search word prefixes', `from ${MIN_PREFIX} letters on, expanded to at most ${MAX_EXPANSIONS} indexed words; shorter: names starting with them, then names with a later word (a surname) starting with them (type-ahead), then whole words`, '—'],
    ['search depth', `\`offset\` + \`limit\` ≤ ${number(SEARCH_WINDOW)}, deeper with \`after=\`; \`meta.total\` counted up to ${number(SEARCH_WINDOW)} (\`total_exact\`)`, '400 problem naming `offset`'],
    ['response cache', `${DEFAULT_RESPONSE_CACHE_BYTES / 1024 / 1024} MB by bytes, least recently used dropped first (second chance) (\`RESPONSE_CACHE_MB\`)`, '—'],
    ['ingested article', `${number(MAX_ARTICLE_BYTES)} bytes`, '`npm run ingest` exits 1'],
    ['proposals per ingested article', number(MAX_PROPOSALS), '`npm run ingest` exits 1, naming the cap'],
  ]);
}

/** The extraction passes in the order they run (src/ingest/pipeline.ts), with what each reads and writes. */
export function passesTable(): string {
  return table(['#', 'pass', 'module', 'reads', 'writes'], PIPELINE.map((pass, i) => [
    String(i + 1), pass.name, code(`src/ingest/${pass.module}`), pass.reads.join(', ') || '—', pass.writes.join(', '),
  ]));
}

/** Every rule kept as data (src/ingest/rules/), with the collection its facts go to and what it reads. */
export function rulesTable(): string {
  return table(['rule', 'proposes', 'reads'], RULES.map((rule) => [code(rule.id), rule.produces, rule.description.replace(/\|/g, '\\|')]));
}

/** Every generated table by marker name. */
export async function generatedTables(): Promise<Record<string, string>> {
  const app = await servedApp();
  return { config: configTable(), limits: limitsTable(app.bodyLimit), facets: facetsTable(), routes: routesTable(app.paths), passes: passesTable(), rules: rulesTable() };
}

const OPENING = /^<!-- generated:([a-z-]+) -->$/;
const closing = (name: string) => `<!-- /generated:${name} -->`;

/** The names of the generated blocks a doc holds, in order; an opening marker without its closing one throws. */
export function blocksIn(doc: string): string[] {
  const lines = doc.split('\n');
  const names: string[] = [];
  lines.forEach((line, i) => {
    const name = OPENING.exec(line)?.[1];
    if (name === undefined) return;
    if (lines.indexOf(closing(name), i + 1) < 0) throw new Error(`<!-- generated:${name} --> is not closed by ${closing(name)}`);
    names.push(name);
  });
  return names;
}

/** The doc with every generated block replaced by its table now; a block with no table throws. */
export function withTables(doc: string, tables: Record<string, string>): string {
  let rest = doc;
  let out = '';
  for (const name of blocksIn(doc)) {
    if (!(name in tables)) throw new Error(`no generated table named "${name}"`);
    const opening = `<!-- generated:${name} -->\n`;
    const start = rest.indexOf(opening) + opening.length;
    const end = rest.indexOf(`\n${closing(name)}`, start - 1);
    out += `${rest.slice(0, start)}${tables[name]}`;
    rest = rest.slice(end);
  }
  return out + rest;
}

const ENV_READ = /\benv(?:\.|\[['"])([A-Z][A-Z0-9_]*)/g;

/** Every environment variable named in a read (`process.env.X`, `env.X`, `env['X']`) under src/, with its files. */
export function envReadsInSource(dir = join(PROJECT_ROOT, 'src')): Map<string, string[]> {
  const reads = new Map<string, string[]>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = join(entry.parentPath, entry.name);
    for (const [, name] of readFileSync(path, 'utf8').matchAll(ENV_READ)) {
      if (name) reads.set(name, [...(reads.get(name) ?? []), path.slice(PROJECT_ROOT.length)]);
    }
  }
  return reads;
}
