// What the thirty-third first-use test (docs/review-first-use-32.md) found the review app reading wrong, read as a
// general rule over this test's own fixture article (tests/fixtures/review/accra-title-fight.txt).
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

describe('the new event\'s form (bug 1)', () => {
  const { filled } = useReviewArticle('accra-title-fight.txt', '2026-09-17');
  it('names an event whose capitals name only other rows by the words before where and when it is', async () => {
    expect(await filled('events', 'WBO featherweight title fight at the Bukom Boxing Arena on Saturday, September 19'))
      .toMatchObject({ name: 'WBO featherweight title fight', start: '2026-09-19' });
  });
  it('names none from words that hold no gathering', async () => {
    expect(await filled('events', 'officers at the Bukom Boxing Arena on Saturday, September 19')).not.toHaveProperty('name');
  });
});

describe('an article whose event ingest missed (bug 2)', () => {
  const { session, get, post, newForm } = useReviewArticle('accra-title-fight.txt', '2026-09-17');
  it('says so above the text, in both views, until an event cites the article', async () => {
    const note = /<p class="missing-event" role="note">No event cites this article, and (\d+) deployment\(s\) name none: .*?<kbd>n<\/kbd> then <kbd>4<\/kbd>/u;
    expect(note.exec(await get(`/articles/${session.sourceId}`))?.[1]).toBe('3');
    expect(await get(`/articles/${session.sourceId}?view=read`)).toMatch(note);
    const words = 'WBO featherweight title fight at the Bukom Boxing Arena on Saturday, September 19';
    expect(await newForm('events', words)).toContain('name="name" value="WBO featherweight title fight"');
    const fields = { collection: 'events', id: '', name: 'WBO featherweight title fight', kind: 'games', start: '2026-09-19', end: '', date_precision: 'day', derived: 'true', note: "date of 'Saturday, September 19': year taken from the publication date 2026-09-17", 'quote.new': words, 'source.new': session.sourceId };
    const saved = await post(`/articles/${session.sourceId}/add`, fields);
    expect(saved.statusCode).toBe(303);
    expect(await get(`/articles/${session.sourceId}`)).not.toContain('class="missing-event"');
  });
});
