// What a search costs is what it asks for, not how it is spelled: a word repeated with punctuation between
// the copies is one word, words inside phrases and punctuation-joined chunks count like any others against
// the cap, and a quoted phrase keeps its words in order with their repeats.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { parseSearch, searchCost } from '../src/db/words.js';
import { MAX_TERMS } from '../src/schemas/query.js';
import { writeSyntheticCorpus } from '../scripts/lib/synthetic.js';
import { tempDir } from './helpers/db.js';

const ARTICLES = 12;
const range = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

let app: FastifyInstance;
let corpus: string;
const search = async (q: string) => {
  const r = await app.inject({ url: `/v1/search?q=${encodeURIComponent(q)}&limit=500` });
  return { status: r.statusCode, json: r.json() };
};

beforeAll(async () => {
  const dir = tempDir();
  corpus = join(dir, 'corpus');
  writeSyntheticCorpus({ articles: ARTICLES, seed: 7, out: corpus });
  const dbPath = join(dir, 'facts.db');
  buildDatabase({ dbPath, seedDir: corpus });
  app = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
});
afterAll(async () => { await app?.close(); });

describe('punctuation-joined repeats', () => {
  it('a word repeated 333 times with any of - . , \' _ / : between copies is the word once', async () => {
    const once = await search('in');
    expect(once.status).toBe(200);
    expect(once.json.meta.total).toBeGreaterThan(0);
    for (const separator of ['-', '.', ',', "'", '_', '/', ':']) {
      const q = range(333, () => 'in').join(separator);
      expect(parseSearch(q), separator).toEqual({ phrases: [], words: ['in'] });
      const repeated = await search(q);
      expect(repeated.status, separator).toBe(200);
      expect(repeated.json.data, separator).toEqual(once.json.data);
    }
  });

  it(`words inside punctuation-joined chunks and phrases count against the cap of ${MAX_TERMS}, and above it q is a 400`, async () => {
    const distinct = (n: number) => range(n, (i) => `w${i}`);
    for (const q of [distinct(MAX_TERMS + 1).join('-'), `"${distinct(MAX_TERMS + 1).join(' ')}"`, `"${range(MAX_TERMS + 1, () => 'in').join(' ')}"`, `"a b" ${distinct(MAX_TERMS - 1).join(' ')}`]) {
      expect(searchCost(parseSearch(q)), q).toBeGreaterThan(MAX_TERMS);
      const r = await search(q);
      expect(r.status, q).toBe(400);
      expect(r.json.errors[0].parameter).toBe('q');
    }
    expect((await search(distinct(MAX_TERMS).join('-'))).status).toBe(200);
    expect((await search(`"${range(MAX_TERMS, () => 'in').join(' ')}"`)).status).toBe(200);
  });
});

describe('phrases keep their words in order, repeats included', () => {
  it('a sentence of an article that repeats a word, quoted, finds that article; the same words with the repeat dropped do not', async () => {
    const text = readFileSync(join(corpus, 'articles', '000003.txt'), 'utf8');
    const sentence = /reserve of \w+ \d+ officers of the Force \d+ Police/.exec(text)?.[0];
    expect(sentence).toBeDefined();
    const phrase = parseSearch(`"${sentence}"`).phrases[0]!;
    expect(phrase.filter((word) => word === 'of')).toHaveLength(2);

    const found = await search(`"${sentence}"`);
    expect(found.status).toBe(200);
    expect(found.json.data.map((hit: { id: string }) => hit.id)).toContain('synthetic-article-3');
    const withoutRepeat = sentence!.replace(/ of the Force/, ' the Force');
    expect((await search(`"${withoutRepeat}"`)).json.data.map((hit: { id: string }) => hit.id)).not.toContain('synthetic-article-3');
  });
});
