// What the thirty-second first-use test (docs/review-first-use-31.md) found the review app doing wrong, read as a
// general rule over this test's own fixture article (tests/fixtures/review/suva-rugby-test.txt).
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { editFact } from '../src/review/actions.js';
import { reviewFixture, seedWithMachineFacts, useReviewArticle } from './helpers/review.js';

describe('an end typed where the row had none (bug 5)', () => {
  it('is noted from the cited words beside the start\'s note, so the row says how both days were found', () => {
    const { seedDir } = seedWithMachineFacts(reviewFixture('suva-rugby-test.txt'), '2026-08-05');
    const closure = loadSeed(seedDir).facts.get('measures')!.find((m) => String(m.name).startsWith('Laucala Bay Road'))!;
    expect(closure).toMatchObject({ start: '2026-08-07', end: null, derived: true });
    editFact(seedDir, closure.id, { end: '2026-08-09' }, 'Ada');
    const edited = loadSeed(seedDir).facts.get('measures')!.find((m) => m.id === closure.id)!;
    expect(edited).toMatchObject({ end: '2026-08-09', derived: true });
    expect(String(edited.note).split('; ')).toEqual(expect.arrayContaining([closure.note, expect.stringMatching(/^date of 'Sunday' counted forward/u)]));
  }, 60_000);
});

describe('the form\'s fill from words (bug 2)', () => {
  const { filled } = useReviewArticle('suva-rugby-test.txt', '2026-08-05');
  it('reads a count after the noun for how many came ("a crowd of about 15,000") as an event\'s figure', async () => {
    expect(await filled('events', 'a crowd of about 15,000')).toMatchObject({ figures: [{ metric: 'crowd', value: 15000, qualifier: 'approximately' }] });
  });
});
