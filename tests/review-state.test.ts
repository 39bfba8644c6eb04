// Review state on fact rows (contract v1.2): reviewed_by, reviewed_at, challenges and challenged=, from a
// seed copy whose YAML sets them, through the build and the API.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { SeedError } from '../src/db/seed.js';
import { copySeed, tempDir } from './helpers/db.js';

/** Sets fields on the first fact of facts/<collection>.yaml in a seed copy and returns that fact's id. */
function setOnFirst(seedDir: string, collection: string, fields: Record<string, unknown>): string {
  const path = join(seedDir, 'facts', `${collection}.yaml`);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  const first = (doc.contents as YAMLSeq).items[0] as YAMLMap;
  for (const [key, value] of Object.entries(fields)) first.set(key, doc.createNode(value));
  writeFileSync(path, doc.toString());
  return String(first.get('id'));
}

const buildProblems = (seedDir: string): string[] => {
  try {
    buildDatabase({ dbPath: join(tempDir(), 'x.db'), seedDir });
    return [];
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
};

describe('review state in the data', () => {
  let app: FastifyInstance;
  let personId: string;
  let claimId: string;
  beforeAll(async () => {
    const seedDir = copySeed();
    claimId = setOnFirst(seedDir, 'claims', { review: 'machine' });
    personId = setOnFirst(seedDir, 'people', { reviewed_by: 'Ada Lovelace', reviewed_at: '2026-12-03T16:00:00Z', challenges: [claimId] });
    const dbPath = join(tempDir(), 'facts.db');
    buildDatabase({ dbPath, seedDir });
    app = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
  });
  afterAll(async () => { await app?.close(); });

  const get = async (url: string) => JSON.parse((await app.inject({ url })).body);

  it('serves who reviewed a row, when, and which pending claims contest it', async () => {
    const { data } = await get(`/v1/people/${personId}`);
    expect(data).toMatchObject({ review: 'reviewed', reviewed_by: 'Ada Lovelace', reviewed_at: '2026-12-03T16:00:00Z', challenges: [claimId] });
    const { data: claim } = await get(`/v1/claims/${claimId}`);
    expect(claim).toMatchObject({ review: 'machine', reviewed_by: null, reviewed_at: null, challenges: [] });
  });

  it('challenged=true keeps exactly the contested rows, challenged=false the others', async () => {
    const all = await get('/v1/people?limit=200');
    const yes = await get('/v1/people?challenged=true&limit=200');
    const no = await get('/v1/people?challenged=false&limit=200');
    expect(yes.data.map((p: { id: string }) => p.id)).toEqual([personId]);
    expect(no.data.length).toBe(all.data.length - 1);
    expect((await app.inject({ url: '/v1/people?challenged=yes' })).statusCode).toBe(400);
  });
});

describe('review state checks of the build', () => {
  it('refuses reviewed_by without reviewed_at, a reviewer on a machine row, and a challenge by no machine claim', () => {
    const seedDir = copySeed();
    const half = setOnFirst(seedDir, 'people', { reviewed_by: 'Ada' });
    const machine = setOnFirst(seedDir, 'places', { review: 'machine', reviewed_by: 'Ada', reviewed_at: '2026-12-03T16:00:00Z' });
    const contested = setOnFirst(seedDir, 'events', { challenges: [half] });
    const problems = buildProblems(seedDir).join('\n');
    expect(problems).toContain(`"${half}": reviewed_by and reviewed_at are set together`);
    expect(problems).toContain(`"${machine}": a machine row has no reviewed_by`);
    expect(problems).toContain(`"${contested}": challenges "${half}", which is not a claim with review: machine`);
  });
});
