// Ingest one article: check it, add it to seed/ (article file + sources entry) and write its proposed
// facts, resolved against the knowledge base, to seed/proposals/<source-id>.yaml. Every check runs before
// the first write, and files are written to temporary names and renamed, so a refusal writes nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadSeed, SeedError, type Seed } from '../db/seed.js';
import { supportProblems, type SeedFact } from '../db/support.js';
import { SLUG_PATTERN } from '../schemas/common.js';
import { extract, FACT_KINDS, type Facts } from './extract.js';
import { checkPublished, IngestError, readArticle, slugify } from './input.js';
import { resolve, type Resolution } from './resolve.js';

export interface IngestOptions { file: string; published?: string; id?: string; title?: string; seedDir: string }
/** A proposed fact the build's support checks would reject, and why: listed in the proposals before accept. */
export interface Flagged { collection: string; id: string; problems: string[] }
export interface IngestResult { sourceId: string; articleFile: string; proposalsFile: string; resolution: Resolution; flagged: Flagged[]; ms: number }

export const proposalsPath = (seedDir: string, sourceId: string) => join(seedDir, 'proposals', `${sourceId}.yaml`);

/** The seed as the build reads it; an invalid seed is reported, not ingested into. */
export function readKnowledgeBase(seedDir: string): Seed {
  try {
    return loadSeed(seedDir);
  } catch (error) {
    if (error instanceof SeedError) throw new IngestError(`the seed in ${seedDir} does not build, fix it first:\n${error.message}`);
    throw error;
  }
}

export function allIds(seed: Seed): Set<string> {
  return new Set([...seed.sources.map((s) => s.id), ...[...seed.facts.values()].flatMap((items) => items.map((i) => i.id))]);
}

/** Writes files under temporary names first, then renames each into place. */
export function writeAll(files: Array<[path: string, content: string]>): void {
  const temps = files.map(([path, content]) => {
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, content);
    return [temp, path] as const;
  });
  for (const [temp, path] of temps) renameSync(temp, path);
}

function appendSource(seedDir: string, entry: Record<string, unknown>): [string, string] {
  const json = join(seedDir, 'sources.json');
  const yaml = join(seedDir, 'sources.yaml');
  if (existsSync(json) && !existsSync(yaml)) {
    const list = JSON.parse(readFileSync(json, 'utf8')) as unknown[];
    return [json, `${JSON.stringify([...list, entry], null, 1)}\n`];
  }
  const text = existsSync(yaml) ? readFileSync(yaml, 'utf8') : '';
  return [yaml, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${stringify([entry])}`];
}

/**
 * The proposed facts the build's support checks (numbers and hedges in quotes, dates stated or derived with a
 * note) reject, checked as the build will check them once accepted. Extraction writes facts that pass by
 * construction; anything listed here is a gap in it, shown before accept rather than found by it.
 */
export function flagUnsupported(facts: Facts, articleText: (sourceId: string) => string | undefined): Flagged[] {
  return FACT_KINDS.flatMap((collection) => facts[collection].map((fact) => ({ collection, id: fact.id, problems: supportProblems(collection, fact as SeedFact, articleText) })))
    .filter((f) => f.problems.length);
}

export function proposalsDocument(sourceId: string, published: string, resolution: Resolution, flagged: Flagged[] = []): string {
  const facts = Object.fromEntries(FACT_KINDS.map((k) => [k, resolution.facts[k]]).filter(([, list]) => (list as unknown[]).length)) as Partial<Facts>;
  const header = [
    `# Facts proposed by \`npm run ingest\` from source "${sourceId}" (machine extraction, not yet reviewed).`,
    '# Edit or delete entries, then accept with `npm run ingest -- --accept ' + sourceId + '`: new facts are added',
    '# with review: machine, citations_added corroborate facts already in the knowledge base, updates fill',
    '# fields they lack. Anything that fails the build checks is dropped and listed.',
    ...(flagged.length ? ['# `problems` lists proposed facts the build checks reject as written: fix or delete them before accepting.'] : []),
  ].join('\n');
  const problems = flagged.length ? { problems: flagged } : {};
  return `${header}\n${stringify({ source: sourceId, published, ...problems, facts, citations_added: resolution.citations_added, updates: resolution.updates }, { lineWidth: 0 })}`;
}

export function ingestArticle(options: IngestOptions): IngestResult {
  const started = performance.now();
  const published = checkPublished(options.published);
  if (options.id !== undefined && !new RegExp(SLUG_PATTERN).test(options.id)) throw new IngestError(`--id "${options.id}" is not a slug (lowercase letters, digits and single hyphens)`);
  const article = readArticle(options.file, options.title);
  const seed = readKnowledgeBase(options.seedDir);
  const same = seed.sources.find((s) => s.sha256 === article.sha256);
  if (same) throw new IngestError(`this article is already ingested as source "${same.id}" (${same.file}, same SHA-256 ${article.sha256.slice(0, 12)}…)`);
  const ids = allIds(seed);
  if (options.id !== undefined && ids.has(options.id)) throw new IngestError(`--id "${options.id}" exists already; choose another id`);
  let sourceId = options.id ?? (slugify(article.title) || 'article');
  for (let n = 2; options.id === undefined && ids.has(sourceId); n++) sourceId = `${slugify(article.title) || 'article'}-${n}`;

  const numbers = readdirSync(join(options.seedDir, 'articles')).map((f) => Number(/^(\d+)_/.exec(f)?.[1] ?? -1));
  const articleFile = `articles/${String(Math.max(-1, ...numbers) + 1).padStart(3, '0')}_${article.sha256.slice(0, 16)}.txt`;
  const proposed = extract({ sourceId, published, text: article.text });
  const resolution = resolve(proposed, seed.facts, new Set([...ids, sourceId]));
  const files = new Map(seed.sources.map((s) => [s.id, s.file]));
  const flagged = flagUnsupported(resolution.facts, (id) => {
    if (id === sourceId) return article.text;
    const file = files.get(id);
    return file === undefined ? undefined : readFileSync(join(options.seedDir, file), 'utf8');
  });

  const proposalsFile = proposalsPath(options.seedDir, sourceId);
  mkdirSync(join(options.seedDir, 'proposals'), { recursive: true });
  try {
    writeAll([
      [join(options.seedDir, articleFile), article.text],
      [proposalsFile, proposalsDocument(sourceId, published, resolution, flagged)],
      appendSource(options.seedDir, { id: sourceId, file: articleFile, title: article.title, headlines: [], published }),
    ]);
  } catch (error) {
    for (const path of [join(options.seedDir, articleFile), proposalsFile]) rmSync(`${path}.${process.pid}.tmp`, { force: true });
    throw error;
  }
  return { sourceId, articleFile, proposalsFile, resolution, flagged, ms: performance.now() - started };
}
