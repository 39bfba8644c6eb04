// What the forty-second first-use test (docs/review-first-use-41.md) found the review app's forms reading wrong, read
// as a general rule over that test's own fixture article (tests/fixtures/review/pottuvil-surfing-contest.txt).
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { readingLine, setInSeed, useReviewArticle } from './helpers/review.js';

describe('new facts\' forms over the forty-second test\'s article', () => {
  const pottuvil = useReviewArticle('pottuvil-surfing-contest.txt', '2026-08-18');
  it('read the office written straight before a rank, with no comma (bug 2)', async () => {
    expect(await pottuvil.filled('people', 'navy spokesman Commander Gayan Wickramasuriya')).toMatchObject({ name: 'Gayan Wickramasuriya', roles: [expect.objectContaining({ title: 'navy spokesman' })] });
  });
  it('end a closure "between Thursday and Sunday" on the Sunday (bug 3, ingest\'s 12)', async () => {
    expect(await pottuvil.filled('measures', 'The Pottuvil Pradeshiya Sabha will close Beach Road to motor vehicles between Thursday and Sunday')).toMatchObject({ start: '2026-08-20', end: '2026-08-23' });
  });
  it('date a gathering told in the past tense back from the publication day, as ingest now does (bug 4, ingest\'s 14)', async () => {
    expect(await pottuvil.filled('protests', 'About 300 three-wheeler drivers staged a sit-in outside Pottuvil Bus Station on Monday')).toMatchObject({ date: '2026-08-17' });
  });
});

describe('the reading lines after the forty-second test (bug 1)', () => {
  const { session, get } = useReviewArticle('pottuvil-surfing-contest.txt', '2026-08-18');
  const articleRow = (collection: string, words: RegExp) => loadSeed(session.seedDir).facts.get(collection)!
    .find((row) => (row.citations as Array<{ source_id: string; quote: string }>).some((c) => c.source_id === session.sourceId && words.test(c.quote)));

  it('mark an empty end beside a start when the fact\'s words give a span, and no end where no start is set', async () => {
    const closure = articleRow('measures', /close Beach Road to motor vehicles between Thursday/u)!;
    setInSeed(session.seedDir, 'measures', closure.id, 'start', '2026-08-20');
    setInSeed(session.seedDir, 'measures', closure.id, 'end', null);
    // The note keeps what it says of the start only (ingest reads both days).
    setInSeed(session.seedDir, 'measures', closure.id, 'note', String(closure.note).split('; ')[0]);
    expect(readingLine(await get(`/articles/${session.sourceId}?view=read`), closure.id)).toContain('<span class="missing">no end</span>');
    setInSeed(session.seedDir, 'measures', closure.id, 'start', null);
    setInSeed(session.seedDir, 'measures', closure.id, 'date_precision', null);
    expect(readingLine(await get(`/articles/${session.sourceId}?view=read`), closure.id)).not.toContain('no end');
  });

  it('mark no event a protest coincides with when its day falls outside the event\'s days, and mark it when the event is undated (bug 6)', async () => {
    const sitIn = articleRow('protests', /sit-in/u)!;
    const contest = articleRow('events', /Arugam Bay Surfing Contest|held from Thursday/u)!;
    setInSeed(session.seedDir, 'protests', sitIn.id, 'coincides_with_event_id', null);
    expect([sitIn.date, contest.start, contest.end]).toEqual(['2026-08-17', '2026-08-20', '2026-08-23']);
    expect(readingLine(await get(`/articles/${session.sourceId}?view=read`), sitIn.id)).not.toContain('no coincides with event');
    // The event undated, nothing says the days do not meet: the mark is back.
    for (const field of ['start', 'end', 'date_precision']) setInSeed(session.seedDir, 'events', contest.id, field, null);
    expect(readingLine(await get(`/articles/${session.sourceId}?view=read`), sitIn.id)).toContain('<span class="missing">no coincides with event</span>');
  });
});
