import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { isMap, parse, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { acceptProposals } from '../../src/ingest/accept.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { ReviewError } from '../../src/review/actions.js';
import { PROJECT_ROOT } from '../../src/lib/paths.js';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildReviewApp } from '../../src/review/app.js';
import { changeSeed } from '../../src/review/seed-writer.js';
import { openChromium } from './browser.js';
import { copySeed, tempDir } from './db.js';

export const ingestFixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'ingest', name);

/**
 * Empties list fields of machine facts in a seed, as an ingest that missed them would have left them: the review
 * app's offers and marks are tested on the facts a curator must complete, whatever ingest now reads itself.
 */
export function missedByIngest(seedDir: string, emptied: Array<[id: string, field: string]>): void {
  changeSeed(seedDir, (files) => {
    for (const [id, field] of emptied) {
      const found = files.find(id);
      found.node.set(field, found.file.doc.createNode([]));
      found.file.changed = true;
    }
    return { result: undefined };
  });
}

/** A seed copy with one fixture article (of tests/fixtures/ingest, or a path) ingested and its proposals accepted: machine facts to review. */
export function seedWithMachineFacts(fixture = 'geneva-summit.txt', published = '2026-03-01'): { seedDir: string; sourceId: string } {
  const seedDir = copySeed();
  const { sourceId } = ingestArticle({ file: isAbsolute(fixture) ? fixture : ingestFixture(fixture), published, seedDir });
  acceptProposals(seedDir, sourceId);
  return { seedDir, sourceId };
}

/** `npm run review -- …` as a user runs it; npm's own warnings are not the command's output. */
export function review(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync('npm', ['run', '--silent', 'review', '--', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { ...run, stderr: run.stderr.split('\n').filter((line) => !line.startsWith('npm warn')).join('\n') };
}

const REVIEW_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'review');
/** An article of tests/fixtures/review (not among ingest's fixtures, which its evaluation and benchmarks read). */
export const reviewFixture = (name: string) => join(REVIEW_FIXTURES, name);
export const CHALLENGE_SOURCE = 'carabinieri-update';
export interface FixtureChallenge { challenged: string; claim: Record<string, unknown> & { id: string } }
/** The hand-written challenges of tests/fixtures/review/challenges.yaml: which row each machine claim contests. */
export const fixtureChallenges = () => parse(readFileSync(join(REVIEW_FIXTURES, 'challenges.yaml'), 'utf8')) as FixtureChallenge[];

/**
 * Adds to a seed (a copy of the fixture seed, possibly grown) the article carabinieri-update and the pending
 * challenges of tests/fixtures/review/challenges.yaml: each machine claim in facts/claims.yaml, its id in the
 * `challenges` of the reviewed row it contests.
 */
export function addChallenges(seedDir: string): FixtureChallenge[] {
  const challenges = fixtureChallenges();
  copyFileSync(join(REVIEW_FIXTURES, 'carabinieri-update.txt'), join(seedDir, 'articles', 'carabinieri-update.txt'));
  appendFileSync(join(seedDir, 'sources.yaml'), `\n- id: ${CHALLENGE_SOURCE}\n  file: articles/carabinieri-update.txt\n  title: Carabinieri Numbers Grow Ahead of the Games\n  headlines: []\n  published: 2026-01-20\n`);
  for (const collection of ['claims', 'deployments', 'events']) {
    const path = join(seedDir, 'facts', `${collection}.yaml`);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    const seq = doc.contents as YAMLSeq;
    for (const { challenged, claim } of challenges) {
      const row = seq.items.find((n) => isMap(n) && n.get('id') === challenged) as YAMLMap | undefined;
      if (row) row.set('challenges', doc.createNode([...((row.toJSON() as { challenges?: string[] }).challenges ?? []), claim.id], { flow: true }));
      if (collection === 'claims') seq.items.push(doc.createNode(claim));
    }
    writeFileSync(path, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  }
  return challenges;
}

/** A copy of the fixture seed with the hand-written challenges added. */
export function seedWithChallenges(): { seedDir: string; challenges: FixtureChallenge[] } {
  const seedDir = copySeed();
  return { seedDir, challenges: addChallenges(seedDir) };
}

/** The refusal of a review write, its message and problems; fails when the write is not refused. */
export function refused(write: () => unknown): ReviewError {
  try {
    write();
  } catch (error) {
    if (error instanceof ReviewError) return error;
    throw error;
  }
  throw new Error('the write was not refused');
}

/** The rows a card offers in one click for a reference it leaves empty, in the order offered. */
export function offered(page: string, factId: string, field: string): string[] {
  const forms = page.split(`<form method="post" action="/facts/${factId}/set" class="pick">`).slice(1).map((rest) => rest.slice(0, rest.indexOf('</form>')));
  const form = forms.find((f) => f.includes(`name="field" value="${field}"`));
  return form ? [...form.matchAll(/name="value" value="([^"]+)"/g)].map((m) => m[1]!) : [];
}

/** Sets a field of a machine row in the seed's files, as ingest may have left it (a reference empty). */
export function setInSeed(seedDir: string, collection: string, id: string, field: string, value: unknown): void {
  const path = join(seedDir, 'facts', `${collection}.yaml`);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  const row = (doc.contents as YAMLSeq).items.find((n) => isMap(n) && n.get('id') === id) as YAMLMap;
  row.set(field, doc.createNode(value));
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

/** Adds a row citing the article to the seed's files, as a reviewer's added fact stands (ingest missed it). */
export function addToSeed(seedDir: string, collection: string, row: Record<string, unknown>): void {
  const path = join(seedDir, 'facts', `${collection}.yaml`);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  (doc.contents as YAMLSeq).items.push(doc.createNode(row));
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

/** What a browser posts for a form of the page left untouched: each input's value and each select's selected option. */
export function untouchedForm(page: string, action: string): Record<string, string> {
  const start = page.indexOf(`<form method="post" action="${action}">`);
  const form = page.slice(start, page.indexOf('</form>', start)).replace(/<template>.*?<\/template>/gs, '');
  const text = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const posted: Record<string, string> = {};
  for (const [, name, value] of form.matchAll(/<input [^>]*?name="([^"]+)"[^>]*? value="([^"]*)"/g)) posted[name!] = text(value!);
  for (const [, name, options] of form.matchAll(/<select [^>]*?name="([^"]+)"[^>]*>(.*?)<\/select>/gs)) posted[name!] = /<option value="([^"]*)" selected/.exec(options!)?.[1] ?? '';
  return posted;
}

/**
 * A review app over a seed copy with one review fixture article ingested, for one describe block's tests, and
 * its pages asked as the reviewer's browser asks them (the app's own Host and Origin). `session` is filled
 * before the block's first test.
 */
export function useReviewArticle(fixture: string, published: string) {
  const host = '127.0.0.1:3100';
  const session = { seedDir: '', sourceId: '', app: undefined as FastifyInstance | undefined };
  beforeAll(async () => {
    Object.assign(session, seedWithMachineFacts(reviewFixture(fixture), published));
    session.app = await buildReviewApp({ seedDir: session.seedDir, dbPath: join(tempDir(), 'x.db'), reviewer: 'Ada', allowedHosts: [host] });
  }, 60_000);
  afterAll(async () => { await session.app?.close(); });
  const get = async (url: string) => (await session.app!.inject({ url, headers: { host } })).body;
  const post = (url: string, form: Record<string, string>) => session.app!.inject({
    method: 'POST', url, payload: new URLSearchParams(form).toString(), headers: { host, origin: `http://${host}`, 'content-type': 'application/x-www-form-urlencoded' },
  });
  const newForm = (collection: string, quote: string, source = session.sourceId) => get(`/articles/${source}/new?${new URLSearchParams({ collection, quote })}`);
  /** What a new fact's form opens with for words of the article: the fields /prefill reads from them. */
  const filled = async (collection: string, quote: string) => JSON.parse(await get(`/prefill?${new URLSearchParams({ collection, source: session.sourceId, quote })}`)) as Record<string, unknown>;
  return { session, get, post, newForm, filled };
}

/**
 * The review app listening on 127.0.0.1 over a seed copy with one review fixture article ingested, and a
 * headless Chromium page, for one describe block's browser tests; `session` is filled before its first test,
 * and the page's script errors are collected in `pageErrors`.
 */
export function useReviewInChromium(fixture: string, published: string) {
  const session = { base: '', sourceId: '', seedDir: '', page: undefined as unknown as Page, pageErrors: [] as string[] };
  let app: FastifyInstance | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const seeded = seedWithMachineFacts(reviewFixture(fixture), published);
    session.sourceId = seeded.sourceId;
    session.seedDir = seeded.seedDir;
    app = await buildReviewApp({ seedDir: seeded.seedDir, dbPath: join(tempDir(), 'x.db'), reviewer: 'Keys Reviewer' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    session.base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    ({ page: session.page, close: closeBrowser } = await openChromium());
    session.page.on('pageerror', (error) => session.pageErrors.push(error.message));
  }, 180_000);
  afterAll(async () => {
    await closeBrowser?.();
    await app?.close();
  });
  return session;
}

/** A reading view's line, by its fact's id: its HTML up to the line's end; undefined when the page shows no line of it. */
export function readingLine(page: string, id: string): string | undefined {
  const start = page.indexOf(`id="line-${id}"`);
  return start < 0 ? undefined : page.slice(start, page.indexOf('</li>', start));
}
