// The article page's reading view (`?view=read`), through the app as a browser asks it, over a review fixture
// article ingested into a copy of the fixture seed: each machine fact one line under the paragraph its first
// citation falls in, its summary derived from its collection's schema, and accept, reject (refused too) and a
// paragraph's accept going through the same checked writes as the cards, back to the reading view.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FastifyInstance } from 'fastify';
import { FACT_COLLECTIONS } from '../src/collections/index.js';
import type { Item } from '../src/db/columns.js';
import { loadSeed } from '../src/db/seed.js';
import { factsNaming, readSeed } from '../src/review/actions.js';
import { buildReviewApp } from '../src/review/app.js';
import { tempDir } from './helpers/db.js';
import { readingLine, seedWithMachineFacts, setInSeed, useReviewArticle } from './helpers/review.js';

interface Cited { source_id: string; quote: string }
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#13;': '\r' };
/** What a reader sees of some HTML: its text, tags dropped and entities read. */
const textOf = (html: string) => html.replace(/<[^<>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#13);/g, (e) => ENTITIES[e]!);
/** The reading view's paragraphs, by number: each section's HTML (its text, then its lines). */
const paragraphSections = (page: string) => new Map(page.split('<section class="para" data-para="').slice(1)
  .map((rest) => [Number(rest.slice(0, rest.indexOf('"'))), rest.slice(0, rest.indexOf('</section>'))] as const));
/** A line's summary as a reader reads it. */
const summaryOf = (page: string, id: string) => textOf(/<span class="summary">(.*?)<\/span>\s*<span class="line-actions">/s.exec(readingLine(page, id) ?? '')?.[1] ?? '');

describe('the reading view of an article', () => {
  const { session, get, post } = useReviewArticle('chisinau-independence-parade.txt', '2026-08-25');
  const seed = () => loadSeed(session.seedDir, { keepRules: true });
  const reading = () => get(`/articles/${session.sourceId}?view=read`);
  const cites = (item: Item) => (item.citations as Cited[]).some((c) => c.source_id === session.sourceId);
  const machine = () => FACT_COLLECTIONS.flatMap((spec) => (seed().facts.get(spec.name) ?? []).filter((item) => item.review === 'machine' && cites(item)).map((item) => ({ spec, item })));
  const row = (id: string) => FACT_COLLECTIONS.map((spec) => seed().facts.get(spec.name)?.find((item) => item.id === id)).find(Boolean);
  const form = (extra: Record<string, string> = {}) => ({ back: `articles/${session.sourceId}`, view: 'read', ...extra });

  it('puts each machine fact on one line under the paragraph holding its first citation of the article', async () => {
    const page = await reading();
    const sections = paragraphSections(page);
    const facts = machine();
    expect(facts.length).toBeGreaterThan(20);
    for (const { item } of facts) {
      const holding = [...sections].filter(([, section]) => section.includes(`id="line-${item.id}"`));
      expect(holding.map(([n]) => n), item.id).toHaveLength(1);
      const [, section] = holding[0]!;
      const words = textOf(/<p class="para-text">(.*?)<\/p>/s.exec(section)![1]!);
      expect(words, item.id).toContain((item.citations as Cited[]).find((c) => c.source_id === session.sourceId)!.quote);
    }
    // One line each, and no card: the card is what Open card shows.
    expect(page.match(/<li class="line"/g)).toHaveLength(facts.length);
    expect(page).not.toContain('<article class="card');
    // The card view is unchanged, and each view links the other (v).
    const cards = await get(`/articles/${session.sourceId}`);
    expect(cards).toContain('<article class="card');
    expect(cards).toContain(`href="/articles/${session.sourceId}?view=read" aria-keyshortcuts="v">Reading view</a>`);
    expect(page).toContain(`href="/articles/${session.sourceId}" aria-keyshortcuts="v">Card view</a>`);
  }, 60_000);

  it('summarises each line from the schema: the title, a hedged count, references by title, a date with its precision, a speaker', async () => {
    const page = await reading();
    const title = (id: unknown) => { const r = row(String(id)); return String(r?.name ?? r?.id); };
    const deployment = machine().find((f) => f.spec.name === 'deployments' && (f.item.personnel as { qualifier: string }).qualifier === 'approximately')!.item;
    const personnel = deployment.personnel as { value: number };
    const line = summaryOf(page, deployment.id);
    expect(line).toContain(`personnel approximately ${personnel.value.toLocaleString('en')}`);
    expect(line).toContain(`organization ${title(deployment.organization_id)}`);
    expect(line).toContain(`event ${title(deployment.event_id)}`);
    expect(readingLine(page, deployment.id)).toContain('<span class="kind k-deployments">deployment</span>');
    const statement = machine().find((f) => f.spec.name === 'statements' && f.item.date)!.item;
    const said = summaryOf(page, statement.id);
    expect(said).toContain(`speaker ${title(statement.speaker_id)}`);
    expect(said).toContain(String(statement.text).slice(0, 40));
    expect(said).toContain(`date ${String(statement.date)} (${String(statement.date_precision)})`);
    // An empty reference is named only when the row (or an item of its lists: a role's body) leaves it empty; a
    // value the title already says is not repeated.
    const labelled = (f: string) => f.replace(/_ids?$/, '').replaceAll('_', ' ');
    const emptyInItems = (item: Record<string, unknown>, field: string) => Object.values(item).some((value) => Array.isArray(value)
      && value.some((object) => typeof object === 'object' && object !== null && Object.entries(object).some(([k, v]) => labelled(k) === field && (v === null || v === ''))));
    for (const { spec, item } of machine()) {
      for (const [, field] of (readingLine(page, item.id) ?? '').matchAll(/<span class="missing">no ([a-z ]+)<\/span>/g)) {
        const key = Object.keys(spec.schema.properties).find((f) => labelled(f) === field);
        if (!key) { expect(emptyInItems(item, field!), `${item.id}: no ${field}`).toBe(true); continue; }
        expect([null, undefined, ''].includes(item[key!] as string) || (Array.isArray(item[key!]) && !(item[key!] as unknown[]).length), `${item.id}.${key}`).toBe(true);
      }
    }
  }, 60_000);

  it('flags a line "often wrong" exactly when its card would', async () => {
    const page = await reading();
    const cards = await get(`/articles/${session.sourceId}`);
    let flagged = 0;
    for (const { item } of machine()) {
      const start = cards.indexOf(`id="card-${item.id}"`);
      const card = cards.slice(start, cards.indexOf('</article>', start));
      const onCard = card.includes('often wrong');
      expect(summaryOf(page, item.id).includes('often wrong'), item.id).toBe(onCard);
      if (onCard) flagged++;
    }
    expect(flagged).toBeGreaterThan(0);
  }, 60_000);

  it('opens one fact as its full card under its paragraph, the other facts staying lines', async () => {
    const { item } = machine().find((f) => f.spec.name === 'places')!;
    const page = await get(`/articles/${session.sourceId}?view=read&open=${item.id}`);
    expect(readingLine(page, item.id)).toBeUndefined();
    const section = [...paragraphSections(page).values()].find((s) => s.includes(`id="card-${item.id}"`));
    expect(section).toBeDefined();
    // Its forms come back to the reading view.
    const card = page.slice(page.indexOf(`id="card-${item.id}"`), page.indexOf('</article>', page.indexOf(`id="card-${item.id}"`)));
    expect(card).toContain('<input type="hidden" name="view" value="read">');
    expect(page.match(/<li class="line"/g)).toHaveLength(machine().length - 1);
  }, 60_000);

  it('accepts and rejects a line through the same checked writes, coming back to the reading view at the next line', async () => {
    const [first, second, third] = machine().filter((f) => f.spec.name === 'statements').map((f) => f.item.id);
    const accepted = await post(`/facts/${first}/accept`, form({ next: second! }));
    expect([accepted.statusCode, accepted.headers.location]).toEqual([303, `/articles/${session.sourceId}?did=accept&fact=${first}&view=read#card-${second}`]);
    expect(row(first!)).toMatchObject({ review: 'reviewed', reviewed_by: 'Ada' });
    const rejected = await post(`/facts/${second}/reject`, form({ reason: 'a paraphrase of the lede', next: third! }));
    expect(rejected.headers.location).toBe(`/articles/${session.sourceId}?did=reject&fact=${second}&view=read#card-${third}`);
    expect(row(second!)).toBeUndefined();
    const records = parse(readFileSync(join(session.seedDir, 'rejections.yaml'), 'utf8')) as Array<{ id: string; reason: string }>;
    expect(records.find((r) => r.id === second)).toMatchObject({ reason: 'a paraphrase of the lede' });
    const page = await get(accepted.headers.location as string);
    expect(readingLine(page, first!)).toBeUndefined();
    expect(readingLine(page, third!)).toBeDefined();
  }, 60_000);

  it('shows a refused reject as the fact\'s card, its refusal buttons beside the reason, in the reading view; the seed unchanged', async () => {
    // A body other facts name where the reference may be emptied (not a deployment's body, which the refusal does not offer to empty).
    const detachable = (id: string) => { const naming = factsNaming(readSeed(session.seedDir), id); return naming.length > 0 && naming.every((n) => !n.required.length); };
    const named = machine().find((f) => f.spec.name === 'organizations' && detachable(f.item.id))!.item;
    const before = readFileSync(join(session.seedDir, 'facts', 'organizations.yaml'), 'utf8');
    const refused = await post(`/facts/${named.id}/reject`, form({ reason: 'not a body' }));
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('class="text reading-text"');
    expect(refused.body).toContain(`id="card-${named.id}"`);
    expect(readingLine(refused.body, named.id)).toBeUndefined();
    expect(refused.body).toContain(`aria-label="Reject ${named.id} and remove it from the facts naming it:`);
    expect(refused.body).toContain('value="not a body"');
    expect(readFileSync(join(session.seedDir, 'facts', 'organizations.yaml'), 'utf8')).toBe(before);
  }, 60_000);

  it('accepts one paragraph\'s facts at once, the other paragraphs\' left to review', async () => {
    const page = await reading();
    const [number, section] = [...paragraphSections(page)].find(([, s]) => (s.match(/<li class="line"/g) ?? []).length >= 3)!;
    const ids = /name="facts" value="([^"]+)"/.exec(section)![1]!.split(' ');
    expect(ids).toEqual([...section.matchAll(/<li class="line" data-kind="[a-z]+" id="line-([^"]+)"/g)].map((m) => m[1]));
    const others = machine().map((f) => f.item.id).filter((id) => !ids.includes(id));
    const response = await post(`/articles/${session.sourceId}/accept-paragraph`, form({ facts: ids.join(' ') }));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toContain('view=read');
    for (const id of ids) expect(row(id), id).toMatchObject({ review: 'reviewed', reviewed_by: 'Ada' });
    expect(machine().map((f) => f.item.id)).toEqual(others);
    const after = paragraphSections(await reading()).get(number)!;
    expect(after).not.toContain('<li class="line"');
    // Posted again, nothing is left to accept: refused, nothing written.
    expect((await post(`/articles/${session.sourceId}/accept-paragraph`, form({ facts: ids.join(' ') }))).statusCode).toBe(422);
  }, 60_000);
});

describe('the reading view of an article holding markup', () => {
  const host = '127.0.0.1:3101';
  let app: FastifyInstance;
  let seedDir: string;
  let sourceId: string;
  beforeAll(async () => {
    ({ seedDir, sourceId } = seedWithMachineFacts('markup-and-formulas.txt', '2026-05-12'));
    app = await buildReviewApp({ seedDir, dbPath: join(tempDir(), 'x.db'), reviewer: 'Ada', allowedHosts: [host] });
  }, 60_000);
  afterAll(async () => { await app?.close(); });

  it('escapes the article text and the values on its lines: the markup is shown, never parsed', async () => {
    const [spec, fact] = FACT_COLLECTIONS.flatMap((c) => (loadSeed(seedDir).facts.get(c.name) ?? [])
      .filter((item) => 'name' in c.schema.properties && item.review === 'machine' && JSON.stringify(item.citations).includes(sourceId)).map((item) => [c, item] as const))[0]!;
    setInSeed(seedDir, spec.name, fact.id, 'name', '<script>alert("name")</script>');
    const page = (await app.inject({ url: `/articles/${sourceId}?view=read`, headers: { host } })).body;
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(summaryOf(page, fact.id)).toContain('<script>alert("name")</script>');
    expect(page).not.toContain('<script>alert');
    expect(page.match(/<script/g)).toEqual(['<script']);
  }, 60_000);
});
