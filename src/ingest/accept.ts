// Accept: merges seed/proposals/<source-id>.yaml into seed/facts/. The merge is made in a copy of the
// seed, which must pass the build's own checks (checkSeed: the loader and the database build, nothing
// re-implemented here); a proposal the checks reject is dropped with the reason and the rest tried
// again. Only a copy that builds replaces seed/facts, by rename; on any failure seed/ is unchanged.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve as resolvePath } from 'node:path';
import { isMap, isSeq, parse, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { buildDatabase } from '../db/build.js';
import { SeedError } from '../db/seed.js';
import { FACT_KINDS, type Fact, type FactKind } from './extract.js';
import { IngestError } from './input.js';
import { isRunning, proposalsPath, recoverInterruptedAccept } from './ingest.js';
import type { Challenge, Corroboration, Unresolved, Update } from './resolve.js';
import { keepUnresolved } from './unresolved.js';

interface Proposals { source: string; facts: Partial<Record<FactKind, Fact[]>>; citations_added: Corroboration[]; updates: Update[]; challenges: Challenge[]; unresolved: Unresolved[] }
export interface Dropped { what: string; reason: string }
export interface AcceptResult { sourceId: string; added: Record<string, number>; citationsAdded: number; updates: number; challenges: number; dropped: Dropped[]; ms: number }

/**
 * The build's checks on a seed directory, as `npm run db:build` runs them (schemas, quotes located once,
 * dates, ids, references, and whatever else the loader checks): the problems, or none.
 */
export function checkSeed(seedDir: string): string[] {
  removeDeadChecks();
  const dir = mkdtempSync(join(tmpdir(), `${CHECK_PREFIX}${process.pid}-`));
  try {
    buildDatabase({ dbPath: join(dir, 'check.db'), seedDir });
    return [];
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Check builds are made in $TMPDIR/ingest-check-<pid>-*: the pid says whether the process that made one still runs. */
const CHECK_PREFIX = 'ingest-check-';
const CHECK_DIR = new RegExp(`^${CHECK_PREFIX}(\\d+)-`);

/**
 * Removes the check builds a killed accept left in $TMPDIR (a partial database as large as the seed's):
 * those whose process no longer runs. A running accept's, on any seed, are left alone.
 */
export function removeDeadChecks(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return; // No temporary directory to sweep: the check build reports that itself.
  }
  for (const name of names) {
    const pid = Number(CHECK_DIR.exec(name)?.[1] ?? NaN);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

function readProposals(seedDir: string, sourceId: string): Proposals {
  const path = proposalsPath(seedDir, sourceId);
  if (!existsSync(path)) throw new IngestError(`no proposals for "${sourceId}": ${path} does not exist (ingest the article first)`);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new IngestError(`${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const doc = raw as Partial<Proposals> | null;
  if (!doc || typeof doc !== 'object' || doc.source !== sourceId) throw new IngestError(`${path} is not a proposals file for "${sourceId}"`);
  const facts = doc.facts ?? {};
  for (const kind of Object.keys(facts)) {
    if (!FACT_KINDS.includes(kind as FactKind)) throw new IngestError(`${path}: unknown kind "${kind}" under facts (expected ${FACT_KINDS.join(', ')})`);
    if (!Array.isArray(facts[kind as FactKind])) throw new IngestError(`${path}: facts.${kind} must be a list`);
  }
  return { source: sourceId, facts, citations_added: doc.citations_added ?? [], updates: doc.updates ?? [], challenges: doc.challenges ?? [], unresolved: Array.isArray(doc.unresolved) ? doc.unresolved : [] };
}

/** Why accept refuses an update of a reviewed row: only a person changes what a person checked. */
const REVIEWED_UPDATE = 'a reviewed fact is changed only by a person: ingest proposes a challenge (a claim listed in its `challenges`) instead';
const reviewed = (review: unknown) => review !== 'machine';

/** Adds a claim id to a row's `challenges` once; returns the list to write. */
const withChallenge = (current: unknown, claim: string) => {
  const list = Array.isArray(current) ? current.map(String) : [];
  return list.includes(claim) ? list : [...list, claim];
};

/**
 * Writes the proposals into the fact files of `dir`, keeping the hand-written YAML (comments, styles) as it
 * is: new facts as machine rows, corroborating citations, updates of machine rows, and challenges listed on
 * the rows they contest (whose value and review state stay as they are). Returns the updates it refused
 * because their row is reviewed.
 */
function applyProposals(dir: string, proposals: Proposals): Dropped[] {
  const refused: Dropped[] = [];
  for (const kind of FACT_KINDS) {
    const added = proposals.facts[kind] ?? [];
    const cited = proposals.citations_added.filter((c) => c.collection === kind);
    const updated = proposals.updates.filter((u) => u.collection === kind);
    const challenged = proposals.challenges.filter((c) => c.collection === kind);
    if (!added.length && !cited.length && !updated.length && !challenged.length) continue;
    // The ids of the rules that proposed a fact stay with it (`rules`, seed only): why it was proposed.
    const machine = added.map(({ citations, ...fields }) => ({ ...fields, review: 'machine', citations }));
    const refuse = (u: Update) => refused.push({ what: `update of ${u.collection} "${u.id}"`, reason: REVIEWED_UPDATE });
    const yamlPath = join(dir, 'facts', `${kind}.yaml`);
    const jsonPath = join(dir, 'facts', `${kind}.json`);
    if (existsSync(jsonPath) && !existsSync(yamlPath)) {
      const list = JSON.parse(readFileSync(jsonPath, 'utf8')) as Array<Record<string, unknown>>;
      const byId = (id: string) => list.find((f) => f.id === id);
      for (const c of cited) (byId(c.id)?.citations as unknown[] | undefined)?.push(c.citation);
      for (const u of updated) { const f = byId(u.id); if (f && reviewed(f.review)) refuse(u); else if (f) Object.assign(f, u.set, { review: 'machine' }); }
      for (const c of challenged) { const f = byId(c.id); if (f) f.challenges = withChallenge(f.challenges, c.claim); }
      writeFileSync(jsonPath, JSON.stringify([...list, ...machine]));
      continue;
    }
    const doc = parseDocument(existsSync(yamlPath) ? readFileSync(yamlPath, 'utf8') : '');
    if (!isSeq(doc.contents)) doc.contents = doc.createNode([]) as never;
    const seq = doc.contents as YAMLSeq;
    const byId = (id: string) => seq.items.find((item) => isMap(item) && item.get('id') === id) as YAMLMap | undefined;
    for (const c of cited) {
      const citations = byId(c.id)?.get('citations');
      if (isSeq(citations)) citations.add(doc.createNode({ source: c.citation.source, quote: c.citation.quote }));
    }
    for (const u of updated) {
      const item = byId(u.id);
      if (!item) continue;
      if (reviewed(item.get('review'))) { refuse(u); continue; }
      for (const [field, value] of Object.entries(u.set)) item.set(field, value);
      item.set('review', 'machine');
    }
    for (const c of challenged) {
      const item = byId(c.id);
      const current = item?.get('challenges', true);
      if (item) item.set('challenges', doc.createNode(withChallenge(isSeq(current) ? current.toJSON() : current, c.claim), { flow: true }));
    }
    for (const fact of machine) seq.add(doc.createNode(fact));
    writeFileSync(yamlPath, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  }
  return refused;
}

/** A copy of the seed to merge into: fact files and sources copied, articles linked (they are only read). */
export function scratchCopy(seedDir: string): string {
  const dir = mkdtempSync(join(dirname(resolvePath(seedDir)), `.${basename(seedDir)}-accept-`));
  cpSync(join(seedDir, 'facts'), join(dir, 'facts'), { recursive: true });
  for (const file of ['sources.yaml', 'sources.json']) if (existsSync(join(seedDir, file))) cpSync(join(seedDir, file), join(dir, file));
  symlinkSync(resolvePath(seedDir, 'articles'), join(dir, 'articles'), 'dir');
  return dir;
}

/** Puts a checked scratch copy's facts in place of seedDir's by two renames (recoverInterruptedAccept finishes a crash between them). */
export function replaceFacts(seedDir: string, scratch: string): void {
  const facts = join(seedDir, 'facts');
  const old = `${facts}.${process.pid}.old`;
  renameSync(facts, old);
  try {
    renameSync(join(scratch, 'facts'), facts);
  } catch (error) {
    renameSync(old, facts);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Drops what a build problem names: a proposed fact by its id, a citation or update by the fact it changes. */
function dropFor(problem: string, proposals: Proposals, dropped: Dropped[]): boolean {
  const named = new Set([...problem.matchAll(/"([a-z0-9]+(?:-[a-z0-9]+)*)"/g)].map((m) => m[1]!));
  let any = false;
  for (const kind of FACT_KINDS) {
    const list = proposals.facts[kind] ?? [];
    const keep = list.filter((fact) => !named.has(fact.id));
    for (const fact of list.filter((f) => !keep.includes(f))) dropped.push({ what: `${kind} "${fact.id}"`, reason: problem });
    if (keep.length !== list.length) { proposals.facts[kind] = keep; any = true; }
  }
  if (any) return true;
  const touches = (c: { id: string }) => named.has(c.id);
  const challenges = (c: Challenge) => named.has(c.id) && named.has(c.claim);
  for (const c of proposals.citations_added.filter(touches)) dropped.push({ what: `citation for ${c.collection} "${c.id}": "${c.citation.quote}"`, reason: problem });
  for (const u of proposals.updates.filter(touches)) dropped.push({ what: `update of ${u.collection} "${u.id}"`, reason: problem });
  for (const c of proposals.challenges.filter(challenges)) dropped.push({ what: `challenge "${c.claim}" of ${c.collection} "${c.id}"`, reason: problem });
  const count = () => proposals.citations_added.length + proposals.updates.length + proposals.challenges.length;
  const before = count();
  proposals.citations_added = proposals.citations_added.filter((c) => !touches(c));
  proposals.updates = proposals.updates.filter((u) => !touches(u));
  proposals.challenges = proposals.challenges.filter((c) => !challenges(c));
  return count() < before;
}

export function acceptProposals(seedDir: string, sourceId: string): AcceptResult {
  const started = performance.now();
  recoverInterruptedAccept(seedDir);
  const proposals = readProposals(seedDir, sourceId);
  const dropped: Dropped[] = [];
  let baselineChecked = false;
  for (let round = 0; round < 50; round++) {
    const scratch = scratchCopy(seedDir);
    try {
      const refused = applyProposals(scratch, proposals);
      const problems = checkSeed(scratch);
      if (problems.length) {
        // Only a failing merge needs the seed checked alone (one build instead of two when all is well):
        // problems of a seed that was already broken are not the proposals' to be dropped for.
        if (!baselineChecked) {
          const baseline = checkSeed(seedDir);
          if (baseline.length) throw new IngestError(`the seed does not build before merging; fix it first:\n- ${baseline.join('\n- ')}`);
          baselineChecked = true;
        }
        const progress = problems.map((p) => dropFor(p, proposals, dropped)).some(Boolean);
        if (!progress) throw new IngestError(`the merged seed fails the build checks and no proposal can be blamed; nothing was written:\n- ${problems.join('\n- ')}`);
        continue;
      }
      replaceFacts(seedDir, scratch);
      // The sentences it did not resolve outlive the proposals file, for the review app to show.
      keepUnresolved(seedDir, sourceId, proposals.unresolved);
      rmSync(proposalsPath(seedDir, sourceId));
      const added = Object.fromEntries(FACT_KINDS.map((k) => [k, (proposals.facts[k] ?? []).length]));
      const updates = proposals.updates.length - refused.length;
      return { sourceId, added, citationsAdded: proposals.citations_added.length, updates, challenges: proposals.challenges.length, dropped: [...dropped, ...refused], ms: performance.now() - started };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  throw new IngestError('gave up after 50 rounds of dropping failing proposals; nothing was written');
}

export function printAccepted(result: AcceptResult): void {
  const added = Object.entries(result.added).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(', ') || 'no new facts';
  console.log(`\nAccepted "${result.sourceId}" into seed/facts in ${result.ms.toFixed(0)} ms: ${added} (review: machine); ${result.citationsAdded} citations added to existing facts; ${result.updates} updates; ${result.challenges} challenges listed on reviewed facts.`);
  if (result.dropped.length) {
    console.log(`Dropped ${result.dropped.length} proposal(s) that fail the build checks:`);
    for (const d of result.dropped) console.log(`- ${d.what}: ${d.reason}`);
  }
}
