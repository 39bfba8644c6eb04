// What the thirty-first first-use test (docs/review-first-use-30.md) found the review app doing wrong, read as a
// general rule over this test's own fixture article (tests/fixtures/review/ulaanbaatar-wrestling-tournament.txt).
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { editFact } from '../src/review/actions.js';
import { reviewFixture, seedWithMachineFacts } from './helpers/review.js';

const factById = (seedDir: string, id: string) => [...loadSeed(seedDir).facts.values()].flat().find((f) => f.id === id);

describe('a day changed to another the cited words give (bug 2)', () => {
  it('rewrites the machine\'s note to say how the words give the new day, instead of refusing the note', () => {
    const { seedDir } = seedWithMachineFacts(reviewFixture('ulaanbaatar-wrestling-tournament.txt'), '2026-07-07');
    const closure = loadSeed(seedDir).facts.get('measures')!.find((m) => String(m.name).startsWith('Chinggis Avenue'))!;
    expect(closure).toMatchObject({ start: '2026-07-11', derived: true, note: expect.stringMatching(/date of 'Saturday' counted forward/) });
    editFact(seedDir, closure.id, { start: '2026-07-10' }, 'Ada');
    expect(factById(seedDir, closure.id)).toMatchObject({ start: '2026-07-10', derived: true, note: "date of 'Friday' counted forward from the publication date 2026-07-07", review: 'reviewed' });
  }, 60_000);

  it('still refuses a day none of the quotes gives, at the note, for the reviewer to say how it was found', () => {
    const { seedDir } = seedWithMachineFacts(reviewFixture('ulaanbaatar-wrestling-tournament.txt'), '2026-07-07');
    const closure = loadSeed(seedDir).facts.get('measures')!.find((m) => String(m.name).startsWith('Chinggis Avenue'))!;
    expect(() => editFact(seedDir, closure.id, { start: '2026-07-09' }, 'Ada')).toThrow(/build checks refuse|gives none of the dates/);
  }, 60_000);
});
