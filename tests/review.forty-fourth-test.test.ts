// What the forty-fourth first-use test (docs/review-first-use-43.md) found the review app's forms reading wrong, read as
// a general rule over that test's own fixture article (tests/fixtures/review/tbilisi-judo-grand-slam.txt).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useReviewArticle } from './helpers/review.js';

describe('an event\'s form over the forty-fourth test\'s article', () => {
  const tbilisi = useReviewArticle('tbilisi-judo-grand-slam.txt', '2026-03-17');
  it('reads a count whose noun takes no plural -s by the verb after it (bug 3)', async () => {
    expect((await tbilisi.filled('events', 'Some 420 judoka have entered the tournament')).figures).toEqual([{ metric: 'judoka', value: 420, qualifier: 'approximately' }]);
  });
  it('reads no count of a noun before a word that is no verb', async () => {
    expect((await tbilisi.filled('events', 'Some 420 judoka from Georgia')).figures).toBeUndefined();
  });
});

describe('a role\'s body set by one click over the forty-fourth test\'s article (bug 6)', () => {
  const tbilisi = useReviewArticle('tbilisi-judo-grand-slam.txt', '2026-03-17');
  const person = (id: string) => (parse(readFileSync(join(tbilisi.session.seedDir, 'facts', 'people.yaml'), 'utf8')) as Array<Record<string, unknown>>).find((p) => p.id === id)!;
  it('makes the row derived, its note saying from which words, when the person\'s quotes never name the body', async () => {
    const answer = await tbilisi.post('/facts/giorgi-beridze/set', { field: 'roles.0.organization_id', value: 'state-security-service' });
    expect(answer.statusCode).toBe(303);
    expect(person('giorgi-beridze')).toMatchObject({ derived: true, note: expect.stringContaining("roles: the body of Deputy Interior Minister, State Security Service, inferred from 'Deputy Interior Minister Giorgi Beridze") });
  });
  it('leaves the row stated when a quote names the body', async () => {
    await tbilisi.post('/facts/nino-gelashvili/set', { field: 'roles.0.organization_id', value: 'georgian-judo-federation' });
    expect(person('nino-gelashvili').derived).toBe(false);
  });
});
