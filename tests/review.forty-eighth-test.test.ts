// What the forty-eighth first-use test (docs/review-first-use-47.md) found the review app and ingest reading wrong,
// read as general rules over that test's own fixture article (tests/fixtures/review/seoul-esports-final.txt).
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

const LEE = '"Esports was born in the internet cafes of this city, and the whole world will be watching Seoul on Saturday night," Lee told reporters.';
const DRONES = 'The Capital Defense Command will ban drones within two kilometres of the stadium on Saturday and jam any that fly, the Ministry of National Defense said on Monday.';
const KANG = '"Children are sold games all day long, and a final like this is the biggest advertisement of all," Kang said.';

describe('the forms over the forty-eighth test\'s article', () => {
  const seoul = useReviewArticle('seoul-esports-final.txt', '2026-11-03');

  it('gives words "Lee told reporters" to Lee Soo-jin, named family name first (bug 2, ingest bug 9)', async () => {
    expect(await seoul.filled('statements', LEE)).toMatchObject({ speaker_id: 'lee-soo-jin' });
    expect(await seoul.filled('statements', KANG)).toMatchObject({ speaker_id: 'kang-eun-ji' });
  });

  it('fills a person read from "its head of operations, …" as derived, the note saying whose body was worked out (bug 7)', async () => {
    expect(await seoul.filled('people', 'its head of operations, Jung Hae-won')).toMatchObject({
      name: 'Jung Hae-won', roles: [{ organization_id: 'nexa-entertainment' }], derived: true,
      note: "roles: the body of head of operations, Nexa Entertainment, inferred from 'its head of operations, Jung Hae-won'",
    });
  });

  it('gives a new ban the body that acts, not the body reporting it (bug 6)', async () => {
    expect((await seoul.filled('measures', DRONES)).operator_ids).toEqual(['capital-defense-command']);
  });
});

describe('the empty search box beside the forty-eighth test\'s article', () => {
  const seoul = useReviewArticle('seoul-esports-final.txt', '2026-11-03');

  it('lists every person and body the article cites, the last speaker too (bug 3)', async () => {
    const rows = JSON.parse(await seoul.get(`/lookup?q=&in=people,organizations&article=${seoul.session.sourceId}`)) as Array<{ id: string }>;
    expect(rows.length).toBeGreaterThan(12);
    expect(rows.map((row) => row.id)).toContain('kang-eun-ji');
  });

  it('offers no removal from a deployment that must keep its body when the body\'s reject is refused (bug 4)', async () => {
    const body = 'firefighters-and-paramedics';
    const refused = await seoul.post(`/facts/${body}/reject`, { back: `articles/${seoul.session.sourceId}`, reason: 'no body' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).not.toContain('Reject and remove it from');
    expect(refused.body).toContain(`${body}-deployment must keep its organization_id: choose another there, or reject ${body}-deployment.`);
    expect(refused.body).toContain(`aria-label="Reject ${body} together with the facts naming it: ${body}-deployment`);
  });
});
