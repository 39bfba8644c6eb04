// Ingest one article: check it, add it to seed/ (article file + sources entry) and write its proposed
// facts, resolved against the knowledge base, to seed/proposals/<source-id>.yaml. Every check runs before
// the first write, and files are written to temporary names and renamed, so a refusal writes nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve as resolvePath } from 'node:path';
import { stringify } from 'yaml';
import { loadSeed, SeedError, type Seed } from '../db/seed.js';
import { supportProblems, type SeedFact } from '../db/support.js';
import { SLUG_PATTERN } from '../schemas/common.js';
import { extract, FACT_KINDS, type Facts } from './extract.js';
import { checkPublished, IngestError, readArticle, slugify } from './input.js';
import { resolve, type Resolution } from './resolve.js';
import { readRejections, withoutRejected } from '../review/rejections.js';

export interface IngestOptions { file: string; published?: string; id?: string; title?: string; seedDir: string }
/** A proposed fact the build's support checks would reject, and why: listed in the proposals before accept. */
export interface Flagged { collection: string; id: string; problems: string[] }
export interface IngestResult {
  sourceId: string; articleFile: string; proposalsFile: string; resolution: Resolution; flagged: Flagged[]; ms: number;
  /** Puts the seed back as it was before this ingest: the one-step `--accept` undoes the ingest when accept fails. */
  undo: () => void;
}

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

/**
 * Writes files under temporary names first, then renames each into place, in order: the last is the
 * commit point (the sources file, which makes the article part of the seed), the ones before it are new
 * files nothing reads until then. A failure removes the temporaries and the files already renamed, so the
 * seed is as it was; a crash before the last rename leaves only unlisted files, which the next ingest
 * of the same article overwrites.
 */
export function writeAll(files: Array<[path: string, content: string]>): void {
  const temps: Array<[temp: string, path: string]> = [];
  const placed: string[] = [];
  try {
    for (const [path, content] of files) {
      const temp = `${path}.${process.pid}.tmp`;
      temps.push([temp, path]);
      writeFileSync(temp, content);
    }
    for (const [temp, path] of temps) { renameSync(temp, path); placed.push(path); }
  } catch (error) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    for (const path of placed) rmSync(path, { force: true });
    throw error;
  }
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
    '# fields machine facts lack, challenges add a claim to the `challenges` of a reviewed fact (whose value stays',
    '# until a person decides), unresolved lists sentences whose body, event or speaker was not resolved (nothing',
    '# is proposed for them). Anything that fails the build checks is dropped and listed.',
    ...(flagged.length ? ['# `problems` lists proposed facts the build checks reject as written: fix or delete them before accepting.'] : []),
  ].join('\n');
  const problems = flagged.length ? { problems: flagged } : {};
  return `${header}\n${stringify({ source: sourceId, published, ...problems, facts, citations_added: resolution.citations_added, updates: resolution.updates, challenges: resolution.challenges, unresolved: resolution.unresolved }, { lineWidth: 0 })}`;
}

/**
 * Accept replaces seed/facts by two renames (facts → facts.<pid>.old, the checked copy → facts). A crash
 * between them leaves no facts directory: this puts the old one back; after the second rename it removes
 * the old one, and the scratch copies of an accept that did not finish.
 */
export function recoverInterruptedAccept(seedDir: string): void {
  const parent = dirname(resolvePath(seedDir));
  const name = basename(resolvePath(seedDir));
  const old = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => /^facts\.\d+\.old$/.test(f)) : [];
  if (!existsSync(join(seedDir, 'facts')) && old.length === 1) renameSync(join(seedDir, old[0]!), join(seedDir, 'facts'));
  else for (const dir of old) rmSync(join(seedDir, dir), { recursive: true, force: true });
  for (const scratch of readdirSync(parent).filter((f) => f.startsWith(`.${name}-accept-`))) rmSync(join(parent, scratch), { recursive: true, force: true });
}

/** Whether a process of that id runs (one of another user counts as running). */
export const isRunning = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch (error) { return (error as NodeJS.ErrnoException).code === 'EPERM'; }
};

/**
 * Runs one ingest or accept with the seed to itself: two at once would both append to the sources file
 * and one entry would be lost. A lock left by a process that no longer runs is taken over.
 */
export function withSeedLock<T>(seedDir: string, run: () => T): T {
  const lock = join(seedDir, '.ingest.lock');
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(lock, 'utf8'));
    if (holder !== process.pid && isRunning(holder)) throw new IngestError(`another ingest (pid ${holder}) is changing ${seedDir}; try again when it has finished`);
    writeFileSync(lock, String(process.pid));
  }
  try {
    return run();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * The refusal of an article ingested before; when its proposals still wait (an ingest not yet accepted, or
 * a one-step ingest interrupted before its accept finished), it names the command that finishes it.
 */
function alreadyIngested(seedDir: string, source: { id: string; file: string }, sha: string): string {
  const message = `this article is already ingested as source "${source.id}" (${source.file}, same SHA-256 ${sha.slice(0, 12)}…)`;
  const pending = proposalsPath(seedDir, source.id);
  if (!existsSync(pending)) return message;
  return `${message}; its proposals are not accepted yet (${pending}): review them, then finish with
  npm run ingest -- --accept ${source.id}`;
}

export function ingestArticle(options: IngestOptions): IngestResult {
  const started = performance.now();
  recoverInterruptedAccept(options.seedDir);
  const published = checkPublished(options.published);
  if (options.id !== undefined && !new RegExp(SLUG_PATTERN).test(options.id)) throw new IngestError(`--id "${options.id}" is not a slug (lowercase letters, digits and single hyphens)`);
  const article = readArticle(options.file, options.title);
  const seed = readKnowledgeBase(options.seedDir);
  const same = seed.sources.find((s) => s.sha256 === article.sha256);
  if (same) throw new IngestError(alreadyIngested(options.seedDir, same, article.sha256));
  const ids = allIds(seed);
  if (options.id !== undefined && ids.has(options.id)) throw new IngestError(`--id "${options.id}" exists already; choose another id`);
  let sourceId = options.id ?? (slugify(article.title) || 'article');
  for (let n = 2; options.id === undefined && ids.has(sourceId); n++) sourceId = `${slugify(article.title) || 'article'}-${n}`;

  const numbers = readdirSync(join(options.seedDir, 'articles')).map((f) => Number(/^(\d+)_/.exec(f)?.[1] ?? -1));
  const articleFile = `articles/${String(Math.max(-1, ...numbers) + 1).padStart(3, '0')}_${article.sha256.slice(0, 16)}.txt`;
  // What a reviewer rejected from this same article before is not proposed again (seed/rejections.yaml).
  const proposed = withoutRejected(extract({ sourceId, published, text: article.text }), sourceId, article.sha256, readRejections(options.seedDir));
  const resolution = resolve(proposed, seed.facts, new Set([...ids, sourceId]), { text: article.text });
  const files = new Map(seed.sources.map((s) => [s.id, s.file]));
  const flagged = flagUnsupported(resolution.facts, (id) => {
    if (id === sourceId) return article.text;
    const file = files.get(id);
    return file === undefined ? undefined : readFileSync(join(options.seedDir, file), 'utf8');
  });

  const proposalsFile = proposalsPath(options.seedDir, sourceId);
  mkdirSync(join(options.seedDir, 'proposals'), { recursive: true });
  const sources = appendSource(options.seedDir, { id: sourceId, file: articleFile, title: article.title, headlines: [], published });
  const sourcesBefore = existsSync(sources[0]) ? readFileSync(sources[0], 'utf8') : null;
  writeAll([
    [join(options.seedDir, articleFile), article.text],
    [proposalsFile, proposalsDocument(sourceId, published, resolution, flagged)],
    sources,
  ]);
  const undo = () => {
    if (sourcesBefore === null) rmSync(sources[0], { force: true });
    else writeAll([[sources[0], sourcesBefore]]);
    rmSync(join(options.seedDir, articleFile), { force: true });
    rmSync(proposalsFile, { force: true });
  };
  return { sourceId, articleFile, proposalsFile, resolution, flagged, ms: performance.now() - started, undo };
}
