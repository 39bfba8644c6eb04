// What the twenty-ninth first-use test (docs/review-first-use-28.md) found the review app reading wrong, read as a
// general rule over this test's own fixture article (tests/fixtures/review/almaty-chess-olympiad.txt) through the app
// as a browser asks it.
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

describe('the forms after the twenty-ninth first-use test', () => {
  const { filled } = useReviewArticle('almaty-chess-olympiad.txt', '2026-09-14');

  it('reads the office a relative clause names by its verb as the person\'s title (bug 2)', async () => {
    expect(await filled('people', 'Gulnar Seitkali, who chairs the union')).toMatchObject({ name: 'Gulnar Seitkali', roles: [expect.objectContaining({ title: 'Chair' })] });
  });

  it('reads a trailing "said <title> <name>, <role>." after a relative clause as the speaker, the words before it as what was said (bug 3)', async () => {
    const words = 'Among the officers will be 150 members of the Sunkar special unit, who will guard the hotels where the teams stay, said Colonel Aidos Nurlanov, head of the Almaty police department.';
    const values = await filled('statements', words);
    expect(values).toMatchObject({ kind: 'paraphrase', text: 'Among the officers will be 150 members of the Sunkar special unit, who will guard the hotels where the teams stay.' });
    expect(String(values.speaker_id)).toMatch(/nurlanov/);
  });

  it('reads a body named in lowercase by the words before its head word, as a capitalised name is read (bug 5)', async () => {
    expect(await filled('organizations', 'the Almaty police department')).toMatchObject({ name: 'Almaty police department', kind: 'police_force' });
  });
});
