// The project's main workflow on the live seed, as a maintainer runs it: copy seed/, ingest and accept an
// article it does not hold, build, serve over real HTTP. Every route must still answer 200 with what
// openapi.yaml documents, so growing the knowledge base never breaks the contract. The only test that reads
// the live seed/, and only to copy it.
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals, type AcceptResult } from '../src/ingest/accept.js';
import { FACT_KINDS } from '../src/ingest/extract.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { copySeed, tempDir } from './helpers/db.js';
import { INGEST_FIXTURES_DIR, liveSeedDir } from './helpers/paths.js';
import { assertMatchesSpec } from './helpers/spec.js';

/** Articles on events the seed did not cover when this was written, with the date each was published. */
const CANDIDATES = [
  { file: 'geneva-summit.txt', id: 'geneva-summit', published: '2026-06-08' },
  { file: 'harbour-festival.txt', id: 'hamburg-festival', published: '2026-05-04' },
  { file: 'paris-marathon.txt', id: 'paris-marathon-plan', published: '2026-04-02' },
];

/** The first candidate the seed does not hold yet, so the test still runs after a maintainer accepts one into seed/. */
function articleNotIn(seedDir: string): (typeof CANDIDATES)[number] {
  const held = new Set(loadSeed(seedDir).sources.flatMap((source) => [source.id, source.sha256]));
  const sha256 = (file: string) => createHash('sha256').update(readFileSync(join(INGEST_FIXTURES_DIR, file))).digest('hex');
  const article = CANDIDATES.find((candidate) => !held.has(candidate.id) && !held.has(sha256(candidate.file)));
  if (!article) throw new Error(`seed/ already holds every candidate article (${CANDIDATES.map((c) => c.id).join(', ')}): add a new one to CANDIDATES`);
  return article;
}

const spec = parse(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8')) as { paths: Record<string, unknown> };
const templates = Object.keys(spec.paths).filter((path) => path.startsWith('/v1'));
/** Collections with an item route, by the name of their list route. */
const collections = templates.filter((path) => /^\/v1\/[a-z]+\/\{id\}$/.test(path) && path !== '/v1/entities/{id}').map((path) => path.split('/')[2]!);

let app: FastifyInstance;
let base = '';
let article: (typeof CANDIDATES)[number];
let accepted: AcceptResult;
/** The ids the accept added, by collection: the proposed facts now in the seed (accept drops any that fail the build checks). */
const added: Record<string, string[]> = {};
/** The dates the added facts start on or are dated. */
const addedDates: string[] = [];

async function get(url: string): Promise<{ status: number; json: any }> {
  const r = await fetch(`${base}${url}`);
  const body = await r.text();
  assertMatchesSpec('GET', url, { status: r.status, headers: Object.fromEntries(r.headers), body });
  return { status: r.status, json: JSON.parse(body) };
}

beforeAll(async () => {
  const seedDir = copySeed(liveSeedDir());
  article = articleNotIn(seedDir);
  const { resolution } = ingestArticle({ file: join(INGEST_FIXTURES_DIR, article.file), published: article.published, id: article.id, seedDir });
  accepted = acceptProposals(seedDir, article.id);
  const merged = loadSeed(seedDir).facts;
  for (const kind of FACT_KINDS) {
    const inSeed = new Set((merged.get(kind) ?? []).map((fact) => fact.id));
    const kept = resolution.facts[kind].filter((fact) => inSeed.has(fact.id));
    added[kind] = kept.map((fact) => fact.id);
    for (const fact of kept) for (const date of [fact.start, fact.date]) if (typeof date === 'string') addedDates.push(date);
  }
  const dbPath = join(tempDir(), 'facts.db');
  buildDatabase({ dbPath, seedDir });
  app = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => { await app?.close(); });

describe('a copy of seed/ grown by ingest --accept of a new article, served over HTTP', () => {
  it('accepted new facts from the article', () => {
    expect(Object.values(accepted.added).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(Object.values(added).flat().length).toBeGreaterThan(0);
  });

  it('answers every list route with 200 and a documented body', async () => {
    const lists = templates.filter((path) => !path.includes('{') && path !== '/v1/search');
    expect(lists).toEqual(expect.arrayContaining(['/v1', '/v1/timeline', ...collections.map((c) => `/v1/${c}`)]));
    for (const url of lists) expect((await get(url)).status, url).toBe(200);
  });

  it('serves the new article and one row of every collection (a new one where the accept added one)', async () => {
    const source = await get(`/v1/sources/${article.id}`);
    expect(source.status).toBe(200);
    expect(source.json.data.text).toBe(readFileSync(join(INGEST_FIXTURES_DIR, article.file), 'utf8'));
    for (const collection of collections) {
      const id = added[collection]?.[0] ?? (await get(`/v1/${collection}?limit=1`)).json.data[0]?.id;
      if (id === undefined) continue;
      const item = await get(`/v1/${collection}/${id}`);
      expect(item.status, `${collection}/${id}`).toBe(200);
      expect(item.json.data.id).toBe(id);
    }
  });

  it('finds the new article by search and its facts in the timeline, the statistics and the entity route', async () => {
    const title = (await get(`/v1/sources/${article.id}`)).json.data.title as string;
    const search = await get(`/v1/search?q=${encodeURIComponent(title)}`);
    expect(search.status).toBe(200);
    expect(search.json.data.map((hit: { id: string }) => hit.id)).toContain(article.id);
    addedDates.sort();
    expect(addedDates.length).toBeGreaterThan(0);
    const timeline = await get(`/v1/timeline?from=${addedDates[0]}&to=${addedDates.at(-1)}&limit=500`);
    expect(timeline.status).toBe(200);
    const newIds = new Set(Object.values(added).flat());
    expect(timeline.json.data.some((entry: { id: string }) => newIds.has(entry.id))).toBe(true);
    for (const stats of templates.filter((path) => path.startsWith('/v1/stats/'))) expect((await get(stats)).status, stats).toBe(200);
    for (const id of FACT_KINDS.flatMap((kind) => added[kind]!.slice(0, 1)).slice(0, 3)) {
      const entity = await get(`/v1/entities/${id}`);
      expect(entity.status, id).toBe(200);
      expect(entity.json.data.id).toBe(id);
    }
  });
});
