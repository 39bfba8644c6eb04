// What the thirtieth first-use test (docs/review-first-use-29.md) found the review app doing wrong, read as a general
// rule over this test's own fixture article (tests/fixtures/review/yerevan-tennis-final.txt).
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { editFact } from '../src/review/actions.js';
import { readingLine, reviewFixture, seedWithMachineFacts, useReviewArticle } from './helpers/review.js';

const quotesOf = (seedDir: string, id: string) => ([...loadSeed(seedDir).facts.values()].flat().find((f) => f.id === id)!.citations as Array<{ quote: string }>).map((c) => c.quote);

describe('a figure removed by an edit (bug 1)', () => {
  it('takes away the citation that stated only that figure, and keeps the others', () => {
    const { seedDir } = seedWithMachineFacts(reviewFixture('yerevan-tennis-final.txt'), '2026-10-06');
    const event = loadSeed(seedDir).facts.get('events')!.find((e) => (e.figures as Array<{ value: number }>).some((f) => f.value === 45))!;
    const before = quotesOf(seedDir, event.id);
    expect(before.some((quote) => /45 volunteers/u.test(quote))).toBe(true);
    editFact(seedDir, event.id, { figures: (event.figures as Array<{ value: number }>).filter((f) => f.value !== 45) }, 'Ada');
    const after = quotesOf(seedDir, event.id);
    expect(after).toEqual(before.filter((quote) => !/45 volunteers/u.test(quote)));
    expect(after.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('a count its own sentence states, left unstated (bug 2)', () => {
  const { session, get } = useReviewArticle('yerevan-tennis-final.txt', '2026-10-06');
  it('is marked "no size" in red on its line, as an empty reference is', async () => {
    const protest = loadSeed(session.seedDir).facts.get('protests')!.find((p) => (p.citations as Array<{ source_id: string }>).some((c) => c.source_id === session.sourceId))!;
    expect(protest.size).toEqual({ value: null, qualifier: null });
    expect(readingLine(await get(`/articles/${session.sourceId}?view=read`), protest.id)).toContain('<span class="missing">no size</span>');
  });
});
