// The review app's guards, through app.inject: only its own Host, posts only from its own pages (Origin),
// ids rather than paths, text escaped, and a refused action shown with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals } from '../src/ingest/accept.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { buildReviewApp } from '../src/review/app.js';
import { articlePage } from '../src/review/pages.js';
import { copySeed, snapshot, tempDir } from './helpers/db.js';
import { CHALLENGE_SOURCE, ingestFixture, seedWithChallenges, seedWithMachineFacts, untouchedForm, type FixtureChallenge } from './helpers/review.js';

const HOST = '127.0.0.1:3100';
/** A page's field names as text: on a card each is a button that edits the field (asserted in its own test). */
const fieldNamesAsText = (page: string) => page.replace(/<button type="button" class="edit-field" data-field="([a-z_]+)" aria-label="Edit \1 of [a-z0-9-]+" title="Edit this field">\1<\/button>/g, '$1');
const ORIGIN = `http://${HOST}`;

describe('review app guards', () => {
  let app: FastifyInstance;
  let seedDir: string;
  let sourceId: string;
  beforeAll(async () => {
    ({ seedDir, sourceId } = seedWithMachineFacts());
    acceptProposals(seedDir, ingestArticle({ file: ingestFixture('markup-and-formulas.txt'), published: '2026-05-12', id: 'lyon-notice', seedDir }).sourceId);
    app = await buildReviewApp({ seedDir, dbPath: join(tempDir(), 'x.db'), reviewer: 'Ada <b>', allowedHosts: [HOST] });
  }, 60_000);
  afterAll(async () => { await app?.close(); });

  const post = (url: string, body: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, payload: body, headers: { host: HOST, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...headers } });

  it('refuses a request addressed to another host (DNS rebinding), and serves its own with a CSP forbidding inline script', async () => {
    expect((await app.inject({ url: '/', headers: { host: 'attacker.example:3100' } })).statusCode).toBe(403);
    const own = await app.inject({ url: '/', headers: { host: HOST } });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('lists an article ingested but not accepted with the command that accepts it, and drops it once accepted', async () => {
    const waitingId = 'waiting-notice';
    ingestArticle({ file: ingestFixture('harbour-festival.txt'), published: '2026-06-01', id: waitingId, seedDir });
    const page = (await app.inject({ url: '/', headers: { host: HOST } })).body;
    expect(page).toContain('Ingested, waiting to be accepted');
    expect(page).toContain(`npm run ingest -- --accept ${waitingId}`);
    acceptProposals(seedDir, waitingId);
    expect((await app.inject({ url: '/', headers: { host: HOST } })).body).not.toContain(`--accept ${waitingId}`);
  }, 60_000);

  it('refuses a post from another origin or with none, and writes nothing', async () => {
    const before = snapshot(seedDir);
    expect((await post('/publish', '', { origin: 'http://attacker.example' })).statusCode).toBe(403);
    const noOrigin = await app.inject({ method: 'POST', url: `/articles/${sourceId}/accept-rest`, headers: { host: HOST } });
    expect(noOrigin.statusCode).toBe(403);
    expect(snapshot(seedDir)).toEqual(before);
  });

  it('takes ids, not paths: anything else is not found', async () => {
    for (const url of ['/articles/..%2F..%2Fetc%2Fpasswd', '/articles/no-such-article', '/collections/sources']) {
      expect((await app.inject({ url, headers: { host: HOST } })).statusCode, url).toBe(404);
    }
    expect((await post('/facts/..%2Fsources/accept', 'back=')).statusCode).toBe(404);
  });

  it('escapes article text and names: the markup is shown, never parsed', async () => {
    const page = (await app.inject({ url: '/articles/lyon-notice', headers: { host: HOST } })).body;
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('Ada &lt;b&gt;');
    expect(page.match(/<script/g)).toEqual(['<script']);
  });

  it('shows one collection\'s machine facts across articles, each with its actions', async () => {
    const page = (await app.inject({ url: '/collections/organizations', headers: { host: HOST } })).body;
    const machine = (loadSeed(seedDir).facts.get('organizations') ?? []).filter((o) => o.review === 'machine').map((o) => o.id);
    expect(machine.length).toBeGreaterThan(1);
    expect([...page.matchAll(/<article class="card[^"]*" id="card-([a-z0-9-]+)"/g)].map((m) => m[1])).toEqual(machine);
    for (const id of machine) expect(page).toContain(`aria-label="Accept ${id}"`);
  });

  it('comes back from a decision at the next card to review the page named, never at a fragment it did not check', async () => {
    const [first, second] = (loadSeed(seedDir).facts.get('organizations') ?? []).filter((o) => o.review === 'machine').map((o) => o.id);
    const accepted = await post(`/facts/${first}/accept`, `back=collections%2Forganizations&next=${second}`);
    expect([accepted.statusCode, accepted.headers.location]).toEqual([303, `/collections/organizations?did=accept&fact=${first}#card-${second}`]);
    const hostile = await post(`/facts/${second}/accept`, `back=collections%2Forganizations&next=${encodeURIComponent('x"><script>')}`);
    expect([hostile.statusCode, hostile.headers.location]).toEqual([303, `/collections/organizations?did=accept&fact=${second}`]);
  });

  it('answers a publish with what it built and what changed since the last one', async () => {
    const states = () => { const facts = [...loadSeed(seedDir).facts.values()].flat(); return [facts.length, facts.filter((f) => f.review === 'reviewed').length, facts.filter((f) => f.review === 'machine').length] as const; };
    const status = async (location: string) => /<div class="done" role="status">([^<]*)<\/div>/.exec((await app.inject({ url: location, headers: { host: HOST } })).body)?.[1];
    const first = await post('/publish', 'back=');
    const [all, reviewed, machine] = states();
    expect(await status(first.headers.location as string)).toBe(`Published: ${all} facts (${reviewed} reviewed, ${machine} machine); no earlier publish to compare with.`);
    const organization = (loadSeed(seedDir).facts.get('organizations') ?? []).find((o) => o.review === 'machine')!;
    await post(`/facts/${organization.id}/accept`, 'back=');
    const second = await post('/publish', 'back=');
    expect(await status(second.headers.location as string)).toBe(`Published: ${all} facts (${reviewed + 1} reviewed, ${machine - 1} machine); since the last publish 0 facts, +1 reviewed, -1 machine.`);
  }, 60_000);

  it('answers a refused action with 422 and its reason on the page it came from, the seed unchanged', async () => {
    const before = snapshot(seedDir);
    const refused = await post('/facts/no-such-fact/accept', `back=articles%2F${sourceId}`);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('no fact with id &quot;no-such-fact&quot; in the seed');
    expect(refused.body).toContain(`<h1>Geneva Closes Its Lakefront`);
    expect(snapshot(seedDir)).toEqual(before);
  });

  it('shows the keys above the facts, hedged numbers in words, and no empty review bookkeeping', async () => {
    const page = fieldNamesAsText((await app.inject({ url: `/articles/${sourceId}`, headers: { host: HOST } })).body);
    expect(page.indexOf('class="keys"')).toBeGreaterThan(0);
    expect(page.indexOf('class="keys"')).toBeLessThan(page.indexOf('class="card'));
    const machineCards = page.split('<article class="card').slice(1).filter((card) => card.includes(' machine"'));
    expect(machineCards.length).toBeGreaterThan(0);
    for (const card of machineCards) {
      expect(card).not.toContain('{&quot;value&quot;');
      expect(card).not.toContain('<dt>reviewed_by</dt>');
      expect(card).not.toContain('<dt>challenges</dt>');
    }
    const hedged = machineCards.find((card) => card.includes('<dt>personnel</dt>'));
    expect(hedged, 'a machine deployment card').toBeDefined();
    expect(hedged).toMatch(/<dt>personnel<\/dt><dd>(?:approximately |more than |at least |up to |fewer than |exactly )?[\d,]+<\/dd>|<dd>unstated<\/dd>/);
  });

  it('answers what selected words state for a collection (GET /prefill), only to its own host, only for known articles', async () => {
    const ask = (query: Record<string, string>, host = HOST) => app.inject({ url: `/prefill?${new URLSearchParams(query)}`, headers: { host } });
    const answer = await ask({ collection: 'deployments', source: sourceId, quote: 'Geneva will deploy around 4,500 police officers and soldiers' });
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(answer.body)).toMatchObject({ personnel: { value: 4500, qualifier: 'approximately' }, place_ids: ['geneva'] });
    expect(JSON.parse((await ask({ collection: 'deployments', source: sourceId, quote: '' })).body)).toEqual({});
    expect((await ask({ collection: 'deployments', source: '../sources' })).statusCode).toBe(404);
    expect((await ask({ collection: 'sources', source: sourceId })).statusCode).toBe(404);
    expect((await ask({ collection: 'deployments', source: sourceId }, 'attacker.example:3100')).statusCode).toBe(403);
    // Each edit form beside its article offers it, with a key and a name.
    const page = (await app.inject({ url: `/articles/${sourceId}`, headers: { host: HOST } })).body;
    expect(page).toMatch(/<button type="button" class="fill-from-words" data-collection="[a-z]+" data-source="[a-z0-9-]+" aria-label="Fill empty fields from selected words, for [a-z0-9-]+" aria-keyshortcuts="f">/);
  });

  it('names the rows a card refers to, not only their ids', async () => {
    const page = fieldNamesAsText((await app.inject({ url: '/articles/ice-role-public-backlash', headers: { host: HOST } })).body);
    const card = page.split('<article class="card').find((c) => c.includes('id="card-carabinieri-deployment"'));
    expect(card, 'the carabinieri deployment card').toBeDefined();
    expect(card).toContain('<dt>organization_id</dt><dd>Carabinieri <code>carabinieri</code></dd>');
    expect(card).toMatch(/<dt>event_id<\/dt><dd>[^<]*Olympic[^<]* <code>milan-cortina-2026<\/code><\/dd>/);
    // A reference inside a list of objects (a person's roles) is named too, item by item, never JSON.
    const person = page.split('<article class="card').find((c) => c.includes('id="card-marco-rubio"'))!;
    const roles = /<dt>roles<\/dt><dd>(.*?)<\/dd>/s.exec(person)?.[1];
    expect(roles).toBe('<ul class="items"><li><span class="key">title</span> Secretary of State · <span class="key">organization_id</span> US State Department <code>us-state-department</code> · <span class="key">country</span> US</li>'
      + '<li><span class="key">title</span> Leader of the US delegation · <span class="key">organization_id</span> US delegation <code>us-delegation</code> · <span class="key">country</span> US</li></ul>');
  });
});

describe('review app: challenges', () => {
  let app: FastifyInstance;
  let seedDir: string;
  let challenges: FixtureChallenge[];
  beforeAll(async () => {
    ({ seedDir, challenges } = seedWithChallenges());
    app = await buildReviewApp({ seedDir, dbPath: join(tempDir(), 'x.db'), reviewer: 'Ada', allowedHosts: [HOST] });
  }, 60_000);
  afterAll(async () => { await app?.close(); });
  const get = async (url: string) => (await app.inject({ url, headers: { host: HOST } })).body;
  const decide = (fact: string, body: Record<string, string>, headers: Record<string, string> = {}) => app.inject({
    method: 'POST', url: `/facts/${fact}/challenge`, payload: new URLSearchParams({ back: `articles/${CHALLENGE_SOURCE}`, ...body }).toString(),
    headers: { host: HOST, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });

  it('queues the article whose words challenge checked facts, with the count of challenges', async () => {
    const row = /<tr><td><a href="\/articles\/carabinieri-update">.*?<\/tr>/.exec(await get('/'))?.[0];
    expect(row).toContain(`<td class="challenges">${challenges.length}</td><td><strong>${challenges.length}</strong></td>`);
  });

  it('shows each challenge on the card of the row it contests: both values, both sides\' words, three decisions', async () => {
    const page = await get(`/articles/${CHALLENGE_SOURCE}`);
    const cards = page.split('<article class="card').slice(1);
    for (const { challenged, claim } of challenges) {
      const card = cards.find((c) => c.includes(`id="card-${challenged}"`));
      expect(card, challenged).toContain(`data-challenge="${claim.id}"`);
      for (const decision of ['Keep the checked', 'Replace with the challenger&#39;s', 'Record both values as disputed:']) expect(card).toContain(`aria-label="${decision} `);
      const quote = (claim.citations as Array<{ quote: string }>)[0]!.quote;
      expect(card).toContain(`<b>${quote}</b>`);
      // The challenger has no Accept of its own: it is settled by a decision on the row it contests.
      expect(page).not.toContain(`aria-label="Accept ${claim.id}"`);
    }
    const deployment = cards.find((c) => c.includes('id="card-carabinieri-deployment"'))!;
    expect(deployment).toMatch(/<h5>Checked: approximately 2,000<\/h5><ul class="citations"><li><q>- <b>Approximately 2,000 Carabinieri military police\.<\/b><\/q>/);
    expect(deployment).toContain('<h5>Challenger: approximately 2300</h5>');
  });

  it('refuses a decision posted from another origin, and answers a refused one with its reason, the seed unchanged', async () => {
    const before = snapshot(seedDir);
    expect((await decide('carabinieri-deployment', { decision: 'keep' }, { origin: 'http://attacker.example' })).statusCode).toBe(403);
    const unknown = await decide('carabinieri-deployment', { decision: 'keep', challenge: 'no-such-claim' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toContain('&quot;no-such-claim&quot; is not a pending challenge of &quot;carabinieri-deployment&quot;');
    expect(snapshot(seedDir)).toEqual(before);
  });

  it('keeps the checked value from the page: the challenge leaves the card and the queue', async () => {
    const { challenged, claim } = challenges.find((c) => c.challenged === 'italy-retains-command')!;
    const kept = await decide(challenged, { decision: 'keep', challenge: claim.id, reason: 'its own operations' });
    expect([kept.statusCode, kept.headers.location]).toEqual([303, `/articles/${CHALLENGE_SOURCE}?did=keep&fact=${challenged}`]);
    const page = await get(kept.headers.location as string);
    expect(page).toContain(`Kept the checked value of ${challenged}.`);
    expect(page).not.toContain(`data-challenge="${claim.id}"`);
    expect(loadSeed(seedDir).facts.get('claims')!.some((c) => c.id === claim.id)).toBe(false);
    expect(await get('/')).toContain(`<td class="challenges">${challenges.length - 1}</td>`);
  });
});

describe('review app: references found by name', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildReviewApp({ seedDir: copySeed(), dbPath: join(tempDir(), 'x.db'), reviewer: 'Ada', allowedHosts: [HOST] });
  });
  afterAll(async () => { await app?.close(); });
  const lookup = async (q: string, within: string) => JSON.parse((await app.inject({ url: `/lookup?${new URLSearchParams({ q, in: within })}`, headers: { host: HOST } })).body) as Array<{ id: string; title: string; type: string }>;

  it('answers a name as it is typed, from the first letters, case and accents folded, only from the collections asked', async () => {
    expect((await lookup('carab', 'organizations'))[0]).toEqual({ id: 'carabinieri', title: 'Carabinieri', type: 'organization' });
    expect((await lookup('CARABÍNIERI', 'organizations')).map((m) => m.id)).toEqual(['carabinieri']);
    const ice = await lookup('immigration customs', 'organizations');
    expect(ice.map((m) => m.id)).toContain('ice');
    expect(await lookup('carab', 'places')).toEqual([]);
    expect(await lookup('', 'organizations')).toEqual([]);
    expect(await lookup('carab', '../../etc')).toEqual([]);
    expect((await lookup('milan', 'places,events')).map((m) => m.type)).toEqual(expect.arrayContaining(['place', 'event']));
  });

  it('puts a search by name beside every reference field of the edit form and the merge field, pointed at the collections the field holds', async () => {
    const page = (await app.inject({ url: '/articles/ice-role-public-backlash', headers: { host: HOST } })).body;
    const card = page.split('<article class="card').find((c) => c.includes('id="card-carabinieri-deployment"'))!;
    expect(card).toMatch(/role="combobox"[^>]*aria-label="Find organization_id by name" data-in="organizations" data-target="edit-carabinieri-deployment-organization_id"/);
    expect(card).toMatch(/aria-label="Find place_ids by name" data-in="places" data-target="edit-carabinieri-deployment-place_ids" data-list="1"/);
    expect(card).toMatch(/aria-label="Find the row carabinieri-deployment duplicates by name" data-in="deployments" data-target="merge-carabinieri-deployment"/);
    expect(card).toContain('<span class="ref-chosen" aria-live="polite">Carabinieri <code>carabinieri</code></span>');
    expect(page).not.toContain('<datalist');
  });
});

describe('review app: rule ids on the card', () => {
  it('shows the rules that proposed a fact when it has them (on the challenger side too), and nothing for a fact without', () => {
    // The seed schema takes `rules` once ingest writes them; the card reads them from the row as loaded.
    const { seedDir } = seedWithChallenges();
    const seed = loadSeed(seedDir);
    const deployment = seed.facts.get('deployments')!.find((d) => d.id === 'carabinieri-deployment')!;
    deployment.rules = ['deployment.count-of-force', 'deployment.<hedge>'];
    seed.facts.get('claims')!.find((c) => c.id === 'carabinieri-deployment-personnel-approximately-2300')!.rules = ['trust.new-total'];
    const source = seed.sources.find((s) => s.id === CHALLENGE_SOURCE)!;
    const cards = articlePage(seed, source).value.split('<article class="card').slice(1);
    const card = cards.find((c) => c.includes('id="card-carabinieri-deployment"'))!;
    expect(card).toContain('<p class="rules">Proposed by rules: <code>deployment.count-of-force</code>, <code>deployment.&lt;hedge&gt;</code></p>');
    expect(card).toContain('<div class="side challenger"><h5>Challenger: approximately 2300</h5><p class="rules">Proposed by rule: <code>trust.new-total</code></p>');
    expect(card).not.toContain('<dt>rules</dt>');
    expect(cards.find((c) => c.includes('id="card-milan-cortina-2026"'))).not.toContain('class="rules"');
  });
});

/** A review app over its own seed copy for one describe block, with same-origin GET and form POST. */
function appOnSeedCopy() {
  const state = { app: undefined as unknown as FastifyInstance, seedDir: '' };
  beforeAll(async () => {
    state.seedDir = copySeed();
    state.app = await buildReviewApp({ seedDir: state.seedDir, dbPath: join(tempDir(), 'x.db'), reviewer: 'Ada', allowedHosts: [HOST] });
  });
  afterAll(async () => { await state.app?.close(); });
  return {
    get seedDir() { return state.seedDir; },
    get: async (url: string) => state.app.inject({ url, headers: { host: HOST } }),
    post: (url: string, body: Record<string, string>, headers: Record<string, string> = {}) => state.app.inject({
      method: 'POST', url, payload: new URLSearchParams(body).toString(), headers: { host: HOST, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    }),
  };
}

describe('review app: citations removed, facts added', () => {
  const served = appOnSeedCopy();
  const { get, post } = served;
  const SOURCE = 'ice-role-political-backlash';

  it('offers a Remove button per citation, and refuses removing a fact\'s last one with the reason, nothing written', async () => {
    const page = (await get('/articles/ice-role-public-backlash')).body;
    const card = page.split('<article class="card').find((c) => c.includes('id="card-carabinieri-deployment"'))!;
    expect(card.match(/aria-label="Remove citation \d of carabinieri-deployment" aria-keyshortcuts="x"/g)).toHaveLength(2);
    const single = [...loadSeed(served.seedDir).facts.values()].flat().find((f) => (f.citations as unknown[]).length === 1)!;
    const only = (single.citations as Array<{ source_id: string; quote: string }>)[0]!;
    const before = snapshot(served.seedDir);
    const refused = await post(`/facts/${single.id}/remove-citation`, { back: `articles/${only.source_id}`, source: only.source_id, quote: only.quote });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('has only this citation, and a fact needs at least one: reject the fact instead');
    expect((await post(`/facts/${single.id}/remove-citation`, { source: only.source_id, quote: only.quote }, { origin: 'http://attacker.example' })).statusCode).toBe(403);
    expect(snapshot(served.seedDir)).toEqual(before);
  });

  it('opens a new fact\'s form from the article with the selected words as its quote, escaped, and saves it back at its card', async () => {
    const words = 'The mayor of Milan has publicly stated';
    const form = (await get(`/articles/${SOURCE}/new?${new URLSearchParams({ collection: 'people', quote: words })}`)).body;
    expect(form).toContain('<article class="card new-fact k-people" id="card-_new"');
    expect(form).toContain(`<input id="edit-_new-quote-0" name="quote.new" value="${words}" data-source="${SOURCE}">`);
    expect(form).toContain('aria-label="Add to roles of the new fact"');
    // Filled from the words: "Milan" is a place, not the person's name, so nothing is guessed for it.
    expect(form).toContain('<input id="edit-_new-name" name="name" value="">');
    const prefilled = (await get(`/articles/ice-role-public-backlash/new?${new URLSearchParams({ collection: 'people', quote: 'Interior Minister Matteo Piantedosi' })}`)).body;
    expect(prefilled).toContain('<input id="edit-_new-name" name="name" value="Matteo Piantedosi">');
    expect(prefilled).toMatch(/<input id="edit-_new-roles-0-title" name="roles\.0\.title" value="Interior Minister" aria-label="roles 1 title">/);
    // The kinds are numbered: a digit in the list picks one.
    expect(form).toContain('<option value="people" selected>1 person</option><option value="organizations">2 organization</option>');
    const hostile = (await get(`/articles/${SOURCE}/new?${new URLSearchParams({ collection: 'people', quote: '"><script>alert(1)</script>' })}`)).body;
    expect(hostile).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(hostile.match(/<script/g)).toEqual(['<script']);
    expect((await get(`/articles/${SOURCE}/new?collection=sources`)).statusCode).toBe(404);

    const fields = { collection: 'people', id: '', name: '', country: '', derived: 'false', note: '', 'roles.0.organization_id': '', 'roles.0.country': '', 'quote.new': words, 'source.new': SOURCE };
    const before = snapshot(served.seedDir);
    const wrong = await post(`/articles/${SOURCE}/add`, { ...fields, 'roles.0.title': 'governor' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toMatch(/<input id="edit-_new-roles-0-title" name="roles\.0\.title" value="governor" aria-label="roles 1 title" aria-describedby="error-_new-roles" aria-invalid="true">/);
    expect(wrong.body).toContain('roles[0].title &quot;governor&quot; does not occur in its quotes');
    // A title cleared to keep only the role's body is refused at the roles, never published as "".
    const emptied = await post(`/articles/${SOURCE}/add`, { ...fields, 'roles.0.title': '', 'roles.0.organization_id': 'italian-interior-ministry' });
    expect(emptied.statusCode).toBe(422);
    expect(emptied.body).toMatch(/<input id="edit-_new-roles-0-title" name="roles\.0\.title" value="" aria-label="roles 1 title" aria-describedby="error-_new-roles" aria-invalid="true">/);
    expect(emptied.body).toContain('roles.0.title: is empty (give the words the article states, or leave the item out)');
    expect(snapshot(served.seedDir)).toEqual(before);

    const saved = await post(`/articles/${SOURCE}/add`, { ...fields, 'roles.0.title': 'mayor' });
    expect([saved.statusCode, saved.headers.location]).toEqual([303, `/articles/${SOURCE}?did=add&fact=mayor#card-mayor`]);
    expect([...loadSeed(served.seedDir).facts.values()].flat().find((f) => f.id === 'mayor')).toMatchObject({ review: 'reviewed', reviewed_by: 'Ada', roles: [{ title: 'mayor', organization_id: null, country: null }] });
    expect((await get(`/articles/${SOURCE}?did=add&fact=mayor`)).body).toContain('Added mayor.');
  }, 60_000);
});

describe('review app: renaming a fact in its edit form', () => {
  const served = appOnSeedCopy();
  const { get, post } = served;
  const SOURCE = 'ice-role-public-backlash';

  it('refuses a taken id at the id field, nothing written; saves a new one, the references follow, the page says so at the renamed card', async () => {
    const page = (await get(`/articles/${SOURCE}`)).body;
    const form = untouchedForm(page, '/facts/us-state-department/edit');
    expect(form).toMatchObject({ id: 'us-state-department', name: 'US State Department', back: `articles/${SOURCE}` });
    expect(page).toContain('<label for="edit-us-state-department-id">id (change it to rename the fact: every reference follows; empty: made from its name)</label>');
    const before = snapshot(served.seedDir);
    const taken = await post('/facts/us-state-department/edit', { ...form, id: 'marco-rubio' });
    expect(taken.statusCode).toBe(422);
    expect(taken.body).toMatch(/<input id="edit-us-state-department-id" name="id" value="marco-rubio" [^>]*aria-describedby="error-us-state-department-id" aria-invalid="true">/);
    expect(taken.body).toContain('<div class="field-error" id="error-us-state-department-id" role="alert"><p>id: &quot;marco-rubio&quot; is taken</p></div>');
    expect(snapshot(served.seedDir)).toEqual(before);

    const saved = await post('/facts/us-state-department/edit', { ...form, id: 'state-department' });
    expect([saved.statusCode, saved.headers.location]).toEqual([303, `/articles/${SOURCE}?did=edit&fact=state-department&was=us-state-department#card-state-department`]);
    const facts = [...loadSeed(served.seedDir).facts.values()].flat();
    expect(facts.find((f) => f.id === 'marco-rubio')!.roles).toEqual([expect.objectContaining({ organization_id: 'state-department' }), expect.objectContaining({ organization_id: 'us-delegation' })]);
    expect(facts.find((f) => f.id === 'state-department')).toMatchObject({ review: 'reviewed', reviewed_by: 'Ada' });
    const back = (await get(saved.headers.location as string)).body;
    expect(back).toContain('Saved state-department (renamed from us-state-department; every reference to it follows).');
    expect(back).toContain('id="card-state-department"');
  }, 60_000);
});
