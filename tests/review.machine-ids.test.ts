// A machine fact's id follows its name when a reviewer takes it: Accept as the id made from the name (offered
// when the machine made another), and an edit form whose id starts empty, so correcting a machine's name
// corrects its id; every reference follows, as in any rename. A fact whose id is its name's keeps it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { buildReviewApp } from '../src/review/app.js';
import { tempDir } from './helpers/db.js';
import { reviewFixture, seedWithMachineFacts, untouchedForm } from './helpers/review.js';

const HOST = '127.0.0.1:3100';
const ORIGIN = `http://${HOST}`;

describe('machine ids made from the names a reviewer accepts', () => {
  let seedDir: string;
  let sourceId: string;
  let app: FastifyInstance;
  const fact = (id: string) => [...loadSeed(seedDir).facts.values()].flat().find((f) => f.id === id);
  beforeAll(async () => {
    ({ seedDir, sourceId } = seedWithMachineFacts(reviewFixture('harbour-marathon.txt'), '2026-04-09'));
    // An id the machine made from other words than the name (as it does from a role or a quote): everywhere in the facts.
    const facts = join(seedDir, 'facts');
    for (const file of readdirSync(facts)) writeFileSync(join(facts, file), readFileSync(join(facts, file), 'utf8').replace(/(?<![\w-])mill-park(?![\w-])/g, 'in-mill-park-on'));
    app = await buildReviewApp({ seedDir, dbPath: join(tempDir(), 'x.db'), reviewer: 'Ada', allowedHosts: [HOST] });
  }, 60_000);
  afterAll(async () => { await app?.close(); });
  const page = async () => (await app.inject({ url: `/articles/${sourceId}`, headers: { host: HOST } })).body;
  const post = (url: string, form: Record<string, string>) => app.inject({
    method: 'POST', url, payload: new URLSearchParams(form).toString(), headers: { host: HOST, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
  });

  it('offers Accept as the id made from the name, and only where the machine made another', async () => {
    const shown = await page();
    expect(shown).toContain('<button type="submit" name="rename" value="1" class="accept-renamed" aria-label="Accept in-mill-park-on renamed mill-park" aria-keyshortcuts="Shift+I">Accept as <code>mill-park</code></button>');
    expect(shown).not.toContain('aria-label="Accept lune-airport renamed');
    expect(fact('demonstration-in-mill-park-on-2026-04-12')!.place_ids).toEqual(['in-mill-park-on']);
    const accepted = await post('/facts/in-mill-park-on/accept', { back: `articles/${sourceId}`, rename: '1' });
    expect(accepted.headers.location).toMatch(/did=accept&fact=mill-park&was=in-mill-park-on/);
    expect(fact('in-mill-park-on')).toBeUndefined();
    expect(fact('mill-park')).toMatchObject({ name: 'Mill Park', review: 'reviewed', reviewed_by: 'Ada' });
    // The protest held there follows.
    expect(fact('demonstration-in-mill-park-on-2026-04-12')!.place_ids).toEqual(['mill-park']);
    expect((await app.inject({ url: accepted.headers.location as string, headers: { host: HOST } })).body).toContain('Accepted mill-park (renamed from in-mill-park-on; every reference to it follows).');
  }, 60_000);

  it('starts a machine fact\'s edit form with an empty id: a corrected name gives the id, an unchanged one keeps it', async () => {
    const protest = 'demonstration-in-mill-park-on-2026-04-12';
    const form = untouchedForm(await page(), `/facts/${protest}/edit`);
    expect(form.id).toBe('');
    expect(await page()).toContain(`id (made by the machine: ${protest}; left empty, the save makes it from the name`);
    const saved = await post(`/facts/${protest}/edit`, { ...form, name: 'Climate demonstration in Mill Park' });
    expect(saved.statusCode).toBe(303);
    expect(fact(protest)).toBeUndefined();
    expect(fact('climate-demonstration-in-mill-park')).toMatchObject({ review: 'reviewed', place_ids: ['mill-park'] });
    // A machine fact whose id its name makes keeps it when saved untouched.
    const airport = untouchedForm(await page(), '/facts/lune-airport/edit');
    expect((await post('/facts/lune-airport/edit', airport)).statusCode).toBe(303);
    expect(fact('lune-airport')).toMatchObject({ review: 'reviewed', name: 'Lune Airport' });
  }, 60_000);
});
