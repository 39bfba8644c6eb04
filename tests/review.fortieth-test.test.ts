// What the fortieth first-use test (docs/review-first-use-39.md) found the review app reading wrong, read as a general
// rule over this test's own fixture article (tests/fixtures/review/naivasha-safari-rally.txt) and the thirty-ninth's.
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

describe('a new body\'s form (bug 6)', () => {
  const naivasha = useReviewArticle('naivasha-safari-rally.txt', '2026-03-10');
  it('keeps the words "and" joins into one name', async () => {
    expect(await naivasha.filled('organizations', 'Kenya Plantation and Agricultural Workers Union')).toMatchObject({ name: 'Kenya Plantation and Agricultural Workers Union', kind: 'union' });
  });
  it('leaves the possessive after a name out of it', async () => {
    expect((await naivasha.filled('organizations', "Ministry of Defence's")).name).toBe('Ministry of Defence');
  });
});

describe('a new body\'s form over the thirty-ninth test\'s article (its bug 5)', () => {
  const tallinn = useReviewArticle('tallinn-song-festival.txt', '2026-07-01');
  it('reads a head word alone before "and" as part of the name', async () => {
    expect((await tallinn.filled('organizations', 'Police and Border Guard Board')).name).toBe('Police and Border Guard Board');
  });
});

describe('new facts\' forms over the fortieth test\'s article (bugs 1, 2 and 5)', () => {
  const naivasha = useReviewArticle('naivasha-safari-rally.txt', '2026-03-10');
  it('give a lake and a ranch a venue\'s kind, as ingest reads a lake', async () => {
    expect(await naivasha.filled('places', 'Lake Naivasha')).toMatchObject({ name: 'Lake Naivasha', kind: 'venue' });
    expect(await naivasha.filled('places', 'Kedong Ranch')).toMatchObject({ name: 'Kedong Ranch', kind: 'venue' });
  });
  it('keep a rank\'s grade in a title before a name', async () => {
    expect(await naivasha.filled('people', 'Deputy Inspector General Esther Wambui')).toMatchObject({ name: 'Esther Wambui', roles: [expect.objectContaining({ title: 'Deputy Inspector General' })] });
  });
  it('end a title set off after a name before the body it is of', async () => {
    expect(await naivasha.filled('people', 'Peter Otieno, clerk of the course for the Kenya Motor Sports Federation')).toMatchObject({ name: 'Peter Otieno', roles: [expect.objectContaining({ title: 'clerk of the course' })] });
  });
  it('read a rally named after a country as a sports event, the country no place of it', async () => {
    const values = await naivasha.filled('events', 'Safari Rally Kenya');
    expect(values).toMatchObject({ name: 'Safari Rally Kenya', kind: 'games' });
    expect(values.place_ids ?? []).not.toContain('kenya');
  });
});

describe('a new body\'s form over the forty-first test\'s article (its bug 4)', () => {
  const agadir = useReviewArticle('agadir-triathlon-championships.txt', '2026-10-13');
  it('keeps the words "and" adds to what a ministry is of', async () => {
    expect((await agadir.filled('organizations', 'Ministry of Agriculture and Maritime Fisheries')).name).toBe('Ministry of Agriculture and Maritime Fisheries');
    expect((await agadir.filled('organizations', 'the Ministry of Agriculture and Maritime Fisheries said in a statement')).name).toBe('Ministry of Agriculture and Maritime Fisheries');
  });
});

describe('a new person\'s form over the forty-first test\'s article (its bug 3)', () => {
  const agadir = useReviewArticle('agadir-triathlon-championships.txt', '2026-10-13');
  it('reads the office set off before a name when a rank is all the title says', async () => {
    expect(await agadir.filled('people', 'a navy spokesman, Captain Omar Tazi')).toMatchObject({ name: 'Omar Tazi', roles: [expect.objectContaining({ title: 'navy spokesman' })] });
  });
});
