// The sixth first-use test's refusals and typed texts, over the fixture article valletta-forum.txt (published on a
// Wednesday): a refused save of a renamed machine fact places its note's message at the note; a refused reject
// comes back with its reason, offering to detach the facts naming the fact or reject them with it; a card's
// sentence runs past "p.m."; a new statement's form holds the clause reported, a protest's its name and target.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSeed } from '../src/db/seed.js';
import { sentenceAround } from '../src/review/rejections.js';
import { untouchedForm, useReviewArticle } from './helpers/review.js';

const CLOSURE = 'valletta-local-council-closed-castille-square-to-the';

describe('the sixth first-use test\'s slowest steps, over a fixture article', () => {
  const { session, get, post, newForm } = useReviewArticle('valletta-forum.txt', '2026-09-16');
  const article = () => `/articles/${session.sourceId}`;
  /** A new fact's form as it opens over the words: what the browser would post untouched. */
  const opened = async (collection: string, quote: string) => untouchedForm(await newForm(collection, quote), `${article()}/add`);

  it('places a stale note\'s refusal at the note when the save renames the machine fact after its corrected name', async () => {
    const edit = `/facts/${CLOSURE}/edit`;
    const form = untouchedForm(await get(article()), edit);
    // A machine fact's id field starts empty: the save makes the id from the name, so the checks name the new id.
    expect(form.id).toBe('');
    expect(form.note).toBe("date of 'Thursday' counted forward from the publication date 2026-09-16");
    const refused = await post(edit, { ...form, name: 'Closure of Castille Square', start: '2026-09-18', end: '' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toMatch(new RegExp(`<textarea id="edit-${CLOSURE}-note"[^>]*aria-describedby="error-${CLOSURE}-note" aria-invalid="true"|<input id="edit-${CLOSURE}-note"[^>]*aria-describedby="error-${CLOSURE}-note" aria-invalid="true"`));
    expect(refused.body).toMatch(new RegExp(`id="error-${CLOSURE}-note"[^>]*><p>note: [^<]*gives none of the dates`));
    // Nothing written: the row keeps its id and dates.
    expect(loadSeed(session.seedDir).facts.get('measures')!.find((row) => row.id === CLOSURE)).toMatchObject({ start: '2026-09-17' });
  }, 60_000);

  it('keeps the reason typed when a reject is refused, the refusal at the reason field', async () => {
    // The minister speaks two statements: rejecting her leaves them naming no row.
    const reason = 'a test of a kept <reason> & its "quotes"';
    const refused = await post('/facts/carmen-vella/reject', { back: article().slice(1), reason });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('<input name="reason" value="a test of a kept &lt;reason&gt; &amp; its &quot;quotes&quot;" aria-label="Reason for rejecting carmen-vella" placeholder="reason (optional)" aria-invalid="true" aria-describedby="error-carmen-vella-reason">');
    expect(refused.body).toMatch(/id="error-carmen-vella-reason"><p>[^<]*speaker_id = &quot;carmen-vella&quot; refers to no row/);
    // Other cards' reasons stay empty.
    expect(refused.body).toContain('<input name="reason" value="" aria-label="Reason for rejecting paul-grech"');
    expect(loadSeed(session.seedDir).facts.get('people')!.some((row) => row.id === 'carmen-vella')).toBe(true);
  }, 60_000);

  it('shows a citation inside its whole sentence, not cut at the full stops of "p.m."', async () => {
    const page = await get(article());
    expect(page).toContain('The <b>Valletta Local Council</b> has closed Castille Square to the public from 6 p.m. on Thursday until the end of the forum.');
    const text = 'Shops close at 6 p.m. on Friday. The square stays open.';
    expect(sentenceAround(text, text.indexOf('Shops'), text.indexOf('Shops') + 5)).toBe('Shops close at 6 p.m. on Friday.');
    // Words of a dateline are shown with the sentence after them.
    const dated = 'Headline\n\nVALLETTA, Sept. 16 (Wire) - Police will deploy. More follows.';
    expect(sentenceAround(dated, dated.indexOf('VALLETTA'), dated.indexOf('VALLETTA') + 8)).toBe('VALLETTA, Sept. 16 (Wire) - Police will deploy.');
  }, 60_000);

  it('fills a new statement\'s text with the clause reported, a later verb of the same speaker joined in', async () => {
    expect(await opened('statements', 'The Malta Chamber of Commerce said in a statement that shops around Castille Square stood to lose a full day of trade.'))
      .toMatchObject({ kind: 'paraphrase', text: 'Shops around Castille Square stood to lose a full day of trade.' });
    const joined = await opened('statements', 'He said police had received no warning of any specific threat to the forum, but added that patrols had been doubled as a precaution.');
    expect(joined.text).toBe('Police had received no warning of any specific threat to the forum, but patrols had been doubled as a precaution.');
    expect(await opened('statements', '"We have prepared for every situation, and we expect a calm forum," Vella said.'))
      .toMatchObject({ kind: 'quote', text: 'We have prepared for every situation, and we expect a calm forum', speaker_id: 'carmen-vella' });
  }, 60_000);

  it('fills a new protest\'s name as ingest names protests, and its target from "to demand"', async () => {
    const form = await opened('protests', 'The campaign group Green Harbour Malta has registered a march of around 800 people from City Gate to the Upper Barrakka Gardens on Friday afternoon, to demand an end to new fuel terminals in the harbour.');
    expect(form).toMatchObject({ name: 'March in City Gate on 2026-09-18', target: 'an end to new fuel terminals in the harbour', organizer_ids: 'green-harbour-malta', date: '2026-09-18' });
    // Saved as it opened (the date's inferred weekday noted), the build checks take it.
    const saved = await post(`${article()}/add`, form);
    expect(saved.statusCode, saved.body.slice(0, 3000)).toBe(303);
    const id = /fact=([a-z0-9-]+)/.exec(saved.headers.location as string)![1]!;
    expect(loadSeed(session.seedDir).facts.get('protests')!.find((row) => row.id === id)).toMatchObject({ target: 'an end to new fuel terminals in the harbour', review: 'reviewed' });
  }, 60_000);

  it('offers, on a refused reject, to detach the facts naming the fact or to reject them with it, in one checked write', async () => {
    const refused = await post('/facts/carmen-vella/reject', { back: article().slice(1), reason: 'not in this article' });
    const statements = loadSeed(session.seedDir).facts.get('statements')!.filter((row) => row.speaker_id === 'carmen-vella').map((row) => row.id);
    expect(statements.length).toBeGreaterThan(0);
    expect(refused.body).toContain(`aria-label="Reject carmen-vella together with the facts naming it: ${statements.join(', ')}"`);
    // A statement's speaker is required: removing it is refused by the checks, nothing written.
    const detachRefused = await post('/facts/carmen-vella/reject', { back: article().slice(1), reason: 'not in this article', naming: 'detach' });
    expect(detachRefused.statusCode).toBe(422);
    expect(loadSeed(session.seedDir).facts.get('people')!.some((row) => row.id === 'carmen-vella')).toBe(true);
    const rejected = await post('/facts/carmen-vella/reject', { back: article().slice(1), reason: 'not in this article', naming: 'reject' });
    expect(rejected.statusCode, rejected.body.slice(0, 2000)).toBe(303);
    const after = loadSeed(session.seedDir);
    expect([...after.facts.values()].flat().filter((row) => row.id === 'carmen-vella' || statements.includes(row.id))).toEqual([]);
    const records = parse(readFileSync(join(session.seedDir, 'rejections.yaml'), 'utf8')) as Array<{ id: string; reason: string }>;
    expect(records.filter((r) => r.reason === 'not in this article').map((r) => r.id)).toEqual(['carmen-vella', ...statements]);

    // A place in a machine measure's list of places: detached, the measure keeps its other fields and stays to review.
    await post('/facts/castille-square/reject', { back: article().slice(1), reason: 'kept off' });
    const detached = await post('/facts/castille-square/reject', { back: article().slice(1), reason: 'kept off', naming: 'detach' });
    expect(detached.statusCode, detached.body.slice(0, 2000)).toBe(303);
    expect(loadSeed(session.seedDir).facts.get('measures')!.find((row) => row.id === CLOSURE)).toMatchObject({ place_ids: [], review: 'machine', start: '2026-09-17' });
  }, 60_000);
});
