// Extraction on generated hostile articles (one-line texts, runs of capitalised words, stray and unclosed
// quotes, thousands of numbers) finishes and proposes only what the text supports. Their speed is
// measured by `npm run bench:ingest:hostile` (target: under 5 s at 1 MB); here the work is kept small.
import { describe, expect, it } from 'vitest';
import { hostileArticles } from '../scripts/lib/hostile-articles.js';
import { extract, FACT_KINDS, isGenericForceId, UNRESOLVED_SPEAKER } from '../src/ingest/extract.js';
import { MAX_SENTENCE, occurrences, QuoteIndex, sentences } from '../src/ingest/text.js';

const SIZE = 48 * 1024;

describe('extraction on hostile input', () => {
  it.each(hostileArticles(SIZE).map((a) => [a.name, a.text] as const))('%s: finishes with every citation quoting the text once', (_name, text) => {
    // Every shape is the size asked for, the fixture articles' too however many blind rounds they hold: the work stays bounded.
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SIZE);
    // The cap on proposals has its own test (ingest.pipeline): here 48 KB of dense fixture prose may pass it.
    const facts = extract({ sourceId: 'hostile', published: '2026-05-04', text, maxProposals: Number.POSITIVE_INFINITY });
    const cited = FACT_KINDS.flatMap((kind) => facts[kind]).flatMap((fact) => fact.citations);
    for (const citation of cited) expect(occurrences(text, citation.quote), citation.quote.slice(0, 80)).toBe(1);
    // No kind proposes more facts than the text has sentences, and every id a fact refers to is proposed
    // (a pronoun no person fits is the UNRESOLVED_SPEAKER mark, a force named only by generic nouns the
    // generic-force mark: resolution gives each a known body or speaker, or lists it as unresolved).
    const count = sentences(text).length;
    for (const kind of FACT_KINDS) expect(facts[kind].length, kind).toBeLessThanOrEqual(count);
    const ids = new Set(FACT_KINDS.flatMap((kind) => facts[kind].map((fact) => fact.id)));
    const refs = FACT_KINDS.flatMap((kind) => facts[kind]).flatMap((fact) => [fact.speaker_id, fact.organization_id, fact.event_id, ...((fact.about_ids ?? []) as unknown[])]);
    for (const ref of refs.filter((r) => r != null && r !== UNRESOLVED_SPEAKER && !isGenericForceId(r))) expect(ids.has(String(ref)), String(ref)).toBe(true);
  }, 60_000);

  it('cuts sentences at the length cap, at a space, even inside an unclosed quotation', () => {
    const text = `“${'We will stay here all night, '.repeat(200)}`;
    const found = sentences(text);
    expect(found.length).toBeGreaterThan(1);
    for (const s of found) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(found.slice(1).every((s) => text[s.start - 1] === ' ')).toBe(true);
  });

  it('leaves a dateline with an abbreviated month out of the first sentence, whole', () => {
    const found = sentences('Forum Plan\n\nHARBOURTON, Sept. 16 (Wire) - The port will close at noon, the mayor said. She added more.').map((s) => s.text);
    expect(found).toEqual(['Forum Plan', 'The port will close at noon, the mayor said.', 'She added more.']);
  });

  it('keeps a closed quotation of several sentences as one sentence', () => {
    const found = sentences('"We are ready. We will stay," she said. Then the march began.');
    expect(found.map((s) => s.text)).toEqual(['"We are ready. We will stay," she said.', 'Then the march began.']);
  });
});

describe('counting a quote through the word index', () => {
  const text = 'The mayor said the march would go ahead. The mayor said the march would be short. A short march.';
  const index = new QuoteIndex(text);
  it.each([
    ['the march would', 2], ['The mayor said the march would go', 1], ['march would be short', 1], ['short', 2], ['A short march.', 1], ['absent words here', 0],
  ] as const)('%j occurs %i time(s), as a scan of the text counts', (quote, expected) => {
    expect(index.count(quote)).toBe(Math.min(2, expected));
    expect(index.count(quote)).toBe(occurrences(text, quote));
  });
});
