// `npm run review -- …` as a user runs it, on a copy of the seed with one fixture article ingested: exit
// codes, the seed files it leaves, and the rows the API serves after publish.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildApp } from '../src/app.js';
import { loadSeed } from '../src/db/seed.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { copySeed, snapshot, tempDir } from './helpers/db.js';
import { ingestFixture, review, seedWithChallenges, seedWithMachineFacts } from './helpers/review.js';

type Row = Record<string, unknown> & { id: string; review: string };
const factsOf = (seedDir: string, collection: string) => parse(readFileSync(join(seedDir, 'facts', `${collection}.yaml`), 'utf8')) as Row[];
const factById = (seedDir: string, id: string) => [...loadSeed(seedDir).facts.values()].flat().find((f) => f.id === id);
const machineIds = (seedDir: string) => [...loadSeed(seedDir).facts].flatMap(([collection, items]) => items.filter((i) => i.review === 'machine').map((i) => ({ id: i.id, collection })));

describe('npm run review', () => {
  it('prints its usage on stdout and exits 0 for --help and -h, whatever the command, and starts no server', () => {
    for (const args of [['--help'], ['-h'], ['accept', '--help']]) {
      const run = review(args);
      expect([run.status, run.stderr.trim()]).toEqual([0, '']);
      expect(run.stdout).toMatch(/^usage: npm run review /);
    }
  });

  it('lists every machine fact as { id, collection, source, review }, and only those an article cites with --source', () => {
    const { seedDir, sourceId } = seedWithMachineFacts();
    const run = review(['list', '--json', '--seed', seedDir]);
    expect(run.status).toBe(0);
    const listed = JSON.parse(run.stdout) as Array<{ id: string; collection: string; source: string; review: string }>;
    expect(listed.map(({ id, collection }) => ({ id, collection }))).toEqual(machineIds(seedDir));
    expect(listed.length).toBeGreaterThan(5);
    expect(new Set(listed.map((l) => `${l.source} ${l.review}`))).toEqual(new Set([`${sourceId} machine`]));
    const other = JSON.parse(review(['list', '--json', '--source', 'ice-role-public-backlash', '--seed', seedDir]).stdout);
    expect(other).toEqual([]);
  }, 120_000);

  it('accepts facts as the named reviewer, publishes, and the API serves who and when', async () => {
    const { seedDir } = seedWithMachineFacts();
    const [first, second] = machineIds(seedDir);
    const before = Date.now();
    expect(review(['accept', first!.id, second!.id, '--as', 'Ada Lovelace', '--seed', seedDir]).status).toBe(0);
    const dbPath = join(tempDir(), 'published.db');
    const published = review(['publish', '--seed', seedDir], { DATABASE_PATH: dbPath });
    expect(published.status, published.stderr).toBe(0);
    const app = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
    try {
      for (const { id, collection } of [first!, second!]) {
        const { data } = JSON.parse((await app.inject({ url: `/v1/${collection}/${id}` })).body);
        expect(data).toMatchObject({ review: 'reviewed', reviewed_by: 'Ada Lovelace', challenges: [] });
        expect(Date.parse(data.reviewed_at)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
      }
      const machine = JSON.parse((await app.inject({ url: `/v1/${first!.collection}?review=machine&limit=200` })).body).data as Row[];
      expect(machine.every((row) => row.reviewed_by === null && row.reviewed_at === null)).toBe(true);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('rejects a fact: gone from the seed, recorded with source, quote, sentence and reason; ingest does not propose it again', () => {
    const { seedDir, sourceId } = seedWithMachineFacts();
    const statement = factsOf(seedDir, 'statements').find((s) => s.review === 'machine')!;
    const run = review(['reject', statement.id, '--reason', 'the speaker is wrong', '--as', 'Ada', '--seed', seedDir]);
    expect(run.status, run.stderr).toBe(0);
    expect(factById(seedDir, statement.id)).toBeUndefined();
    const [record] = parse(readFileSync(join(seedDir, 'rejections.yaml'), 'utf8'));
    const quote = (statement.citations as Array<{ quote: string }>)[0]!.quote;
    expect(record).toMatchObject({ collection: 'statements', id: statement.id, reason: 'the speaker is wrong', rejected_by: 'Ada', citations: [{ source: sourceId, quote }] });
    expect(record.citations[0].sentence).toContain(quote);

    // The same article ingested into a seed that holds the rejection only: every other statement comes back, not that one.
    const fresh = copySeed();
    cpSync(join(seedDir, 'rejections.yaml'), join(fresh, 'rejections.yaml'));
    const again = ingestArticle({ file: ingestFixture('geneva-summit.txt'), published: '2026-03-01', seedDir: fresh });
    const quotes = again.resolution.facts.statements.map((s) => s.citations.map((c) => c.quote).join());
    expect(quotes).not.toContain(quote);
    expect(quotes.length).toBe(factsOf(seedDir, 'statements').filter((s) => s.review === 'machine').length);
  }, 120_000);

  it('merges a duplicate: references rewritten, citations and names kept on the row that stays, the duplicate gone', () => {
    const { seedDir } = seedWithMachineFacts();
    const deployment = factsOf(seedDir, 'deployments').find((d) => d.review === 'machine')!;
    const duplicate = String(deployment.organization_id);
    const kept = factsOf(seedDir, 'organizations').find((o) => o.review === 'machine' && o.id !== duplicate)!;
    const dupRow = factById(seedDir, duplicate)!;
    const run = review(['merge', duplicate, '--into', kept.id, '--seed', seedDir]);
    expect(run.status, run.stderr).toBe(0);
    expect(factById(seedDir, duplicate)).toBeUndefined();
    expect(factById(seedDir, deployment.id)!.organization_id).toBe(kept.id);
    const merged = factById(seedDir, kept.id)!;
    expect((merged.aliases as string[]).map((a) => a.toLowerCase())).toContain(String(dupRow.name).toLowerCase());
    const quotes = (merged.citations as Array<{ quote: string }>).map((c) => c.quote);
    for (const c of dupRow.citations as Array<{ quote: string }>) expect(quotes).toContain(c.quote);
    expect(JSON.stringify([...loadSeed(seedDir).facts.values()])).not.toContain(`"${duplicate}"`);
  }, 120_000);

  it('adds a fact the machine missed and removes one citation, as the named reviewer; refuses a last citation with exit 1', () => {
    const seedDir = copySeed();
    const source = 'ice-role-political-backlash';
    const row = JSON.stringify({ name: null, roles: [{ title: 'mayor', organization_id: null, country: null }], country: null });
    const added = review(['add', 'people', '--row', row, '--source', source, '--quote', 'The mayor of Milan has publicly stated', '--as', 'Ada', '--seed', seedDir]);
    expect([added.status, added.stdout.trim()], added.stderr).toEqual([0, 'added people "mayor", reviewed']);
    expect(factById(seedDir, 'mayor')).toMatchObject({ review: 'reviewed', reviewed_by: 'Ada', citations: [{ source_id: source, quote: 'The mayor of Milan has publicly stated' }] });
    const [, other] = (factById(seedDir, 'carabinieri-deployment')!.citations as Array<{ quote: string }>).map((c) => c.quote);
    const removed = review(['remove-citation', 'carabinieri-deployment', '--source', 'ice-role-public-backlash', '--quote', other!, '--as', 'Ada', '--seed', seedDir]);
    expect(removed.status, removed.stderr).toBe(0);
    expect(factById(seedDir, 'carabinieri-deployment')!.citations).toHaveLength(1);
    const before = snapshot(seedDir);
    const last = review(['remove-citation', 'mayor', '--source', source, '--quote', 'The mayor of Milan has publicly stated', '--as', 'Ada', '--seed', seedDir]);
    expect([last.status, last.stderr.trim()]).toEqual([1, 'review: "mayor" has only this citation, and a fact needs at least one: reject the fact instead, or add another citation first']);
    expect(snapshot(seedDir)).toEqual(before);
  }, 120_000);

  it('refuses with exit 1 and changes nothing: a rejection the build checks refuse, an unknown id, a held lock, no reviewer', () => {
    const { seedDir } = seedWithMachineFacts();
    const before = snapshot(seedDir);
    const referenced = String(factsOf(seedDir, 'deployments').find((d) => d.review === 'machine')!.organization_id);
    const refused = review(['reject', referenced, '--as', 'Ada', '--seed', seedDir]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^review: the build checks refuse this change, so nothing was written:\\n- deployments row ".*": organization_id = "${referenced}" refers to no row of organizations`));
    const unknown = review(['accept', 'no-such-fact', '--as', 'Ada', '--seed', seedDir]);
    expect([unknown.status, unknown.stderr.trim()]).toEqual([1, 'review: no fact with id "no-such-fact" in the seed']);
    const nobody = review(['accept', machineIds(seedDir)[0]!.id, '--seed', seedDir], { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', HOME: tempDir() });
    expect([nobody.status, nobody.stderr.trim()]).toEqual([1, 'review: who is reviewing? give --as <name> or set git config user.name']);
    expect(snapshot(seedDir)).toEqual(before);
    writeFileSync(join(seedDir, '.ingest.lock'), String(process.pid));
    const locked = review(['accept', machineIds(seedDir)[0]!.id, '--as', 'Ada', '--seed', seedDir]);
    expect([locked.status, locked.stderr.trim()]).toEqual([1, `review: another ingest (pid ${process.pid}) is changing ${seedDir}; try again when it has finished`]);
  }, 120_000);
});

describe('npm run review -- challenge', () => {
  const claimsOf = (seedDir: string) => loadSeed(seedDir).facts.get('claims') ?? [];

  it('lists each pending challenge with the row it contests; keep, replace and dispute settle them; the API serves the result', async () => {
    const { seedDir, challenges } = seedWithChallenges();
    const listed = JSON.parse(review(['list', '--json', '--seed', seedDir]).stdout) as Array<{ id: string; contests?: string }>;
    expect(listed.filter((l) => l.contests).map(({ id, contests }) => ({ id, contests }))).toEqual(challenges.map((c) => ({ id: c.claim.id, contests: c.challenged })));
    const [personnel, start, command] = challenges.map((c) => c.claim.id);

    // Replace: the challenger's hedged number and words become the deployment's; the claim is gone.
    const replaced = review(['challenge', 'carabinieri-deployment', 'replace', '--as', 'Ada', '--seed', seedDir]);
    expect(replaced.status, replaced.stderr).toBe(0);
    const deployment = factById(seedDir, 'carabinieri-deployment')!;
    expect(deployment).toMatchObject({ personnel: { value: 2300, qualifier: 'approximately' }, review: 'reviewed', reviewed_by: 'Ada', challenges: [] });
    expect((deployment.citations as Array<{ quote: string }>).map((c) => c.quote)).toContain('bringing the force to about 2,300 military police');
    expect(factById(seedDir, personnel!)).toBeUndefined();

    // Dispute, named by the claim: both dates kept, each as a reviewed claim with its own words; the event keeps its checked start.
    const disputed = review(['challenge', start!, 'dispute', '--as', 'Ada', '--seed', seedDir]);
    expect(disputed.status, disputed.stderr).toBe(0);
    expect(factById(seedDir, 'milan-cortina-2026')).toMatchObject({ start: '2026-02-06', challenges: [] });
    const challenger = claimsOf(seedDir).find((c) => c.id === start)!;
    expect(challenger).toMatchObject({ review: 'reviewed', reviewed_by: 'Ada' });
    const checked = claimsOf(seedDir).find((c) => c.id === (challenger.disputed_by as string[])[0])!;
    expect(checked).toMatchObject({ subject_id: 'milan-cortina-2026', predicate: 'start', value: '2026-02-06', review: 'reviewed', reviewed_by: 'Ada' });
    expect((checked.citations as Array<{ quote: string }>).map((c) => c.quote)).toEqual(['Scheduled from the 6th to the 22nd of February 2026, the Winter Olympics']);

    // Keep: the claim contesting a claim is dismissed, recorded with the rejections; the checked claim is as it was.
    const before = factById(seedDir, 'italy-retains-command')!;
    const kept = review(['challenge', 'italy-retains-command', 'keep', '--reason', 'the ministry speaks of its own operations', '--as', 'Ada', '--seed', seedDir]);
    expect(kept.status, kept.stderr).toBe(0);
    expect(factById(seedDir, command!)).toBeUndefined();
    expect(factById(seedDir, 'italy-retains-command')).toEqual({ ...before, challenges: [] });
    const [record] = parse(readFileSync(join(seedDir, 'rejections.yaml'), 'utf8'));
    expect(record).toMatchObject({ id: command, collection: 'claims', dismissed_challenge_of: 'italy-retains-command', reason: 'the ministry speaks of its own operations', rejected_by: 'Ada' });
    expect(JSON.parse(review(['list', '--json', '--seed', seedDir]).stdout)).toEqual([]);

    const dbPath = join(tempDir(), 'published.db');
    expect(review(['publish', '--seed', seedDir], { DATABASE_PATH: dbPath }).status).toBe(0);
    const app = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
    try {
      const get = async (url: string) => JSON.parse((await app.inject({ url })).body);
      expect((await get('/v1/deployments/carabinieri-deployment')).data).toMatchObject({ personnel: { value: 2300, qualifier: 'approximately' }, reviewed_by: 'Ada', challenges: [] });
      const pair = (await get(`/v1/claims?subject=milan-cortina-2026&status=disputed`)).data as Row[];
      expect(pair.map((c) => [c.value, c.disputed_by])).toEqual([['2026-02-06', [start]], ['2026-02-07', [checked.id]]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
      expect((await get('/v1/events?challenged=true')).data).toEqual([]);
    } finally {
      await app.close();
    }
  }, 180_000);

  it('refuses with exit 1 and changes nothing: a replace the build checks refuse, several challenges unnamed, no challenge, a bad decision', () => {
    const { seedDir, challenges } = seedWithChallenges();
    const claims = join(seedDir, 'facts', 'claims.yaml');
    // A challenger whose number its words do not state: the replaced row would fail the support checks.
    writeFileSync(claims, readFileSync(claims, 'utf8').replace('value: approximately 2300', 'value: approximately 2500'));
    const events = join(seedDir, 'facts', 'events.yaml');
    writeFileSync(events, readFileSync(events, 'utf8').replace('challenges: [milan-cortina-2026-start-2026-02-07]', `challenges: [milan-cortina-2026-start-2026-02-07, ${challenges[0]!.claim.id}]`));
    const before = snapshot(seedDir);
    const refused = review(['challenge', 'carabinieri-deployment', 'replace', '--as', 'Ada', '--seed', seedDir]);
    expect([refused.status, refused.stderr]).toEqual([1, expect.stringMatching(/^review: the build checks refuse this change, so nothing was written:\n- facts\/deployments\.yaml fact "carabinieri-deployment": personnel 2500 does not occur in its quotes/)]);
    const several = review(['challenge', 'milan-cortina-2026', 'keep', '--as', 'Ada', '--seed', seedDir]);
    expect([several.status, several.stderr.trim()]).toEqual([1, `review: "milan-cortina-2026" has 2 pending challenges; name one with --challenge (milan-cortina-2026-start-2026-02-07, ${challenges[0]!.claim.id})`]);
    const none = review(['challenge', 'carabinieri', 'keep', '--as', 'Ada', '--seed', seedDir]);
    expect([none.status, none.stderr.trim()]).toEqual([1, 'review: "carabinieri" has no pending challenge and challenges no row']);
    const bad = review(['challenge', 'carabinieri-deployment', 'accept', '--as', 'Ada', '--seed', seedDir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('challenge needs a fact or claim id and one of keep, replace, dispute');
    expect(snapshot(seedDir)).toEqual(before);
    // The second of two, by its place in the list: only that one is settled.
    const second = review(['challenge', 'milan-cortina-2026', 'keep', '--challenge', '2', '--as', 'Ada', '--seed', seedDir]);
    expect(second.status, second.stderr).toBe(0);
    expect(factById(seedDir, 'milan-cortina-2026')!.challenges).toEqual(['milan-cortina-2026-start-2026-02-07']);
  }, 180_000);
});
