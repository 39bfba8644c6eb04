// What the twenty-seventh first-use test (docs/review-first-use-26.md) found the review app reading wrong, each
// read as a general rule over this test's own fixture article (tests/fixtures/review/galway-horse-races.txt)
// through the app as a browser asks it.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { editFact } from '../src/review/actions.js';
import { setInSeed, useReviewArticle } from './helpers/review.js';

const ARTICLE = 'galway-horse-races.txt';
const PUBLISHED = '2026-07-22';

describe('the forms after the twenty-seventh first-use test', () => {
  const { filled } = useReviewArticle(ARTICLE, PUBLISHED);

  it('holds a plural name where the clause after it says they open, not in the city the name opens with (bug 1)', async () => {
    expect(await filled('events', 'Galway Races, which open on Monday at Ballybrit Racecourse')).toMatchObject({ name: 'Galway Races', place_ids: ['ballybrit-racecourse'] });
  });

  it('keeps a capitalised article inside a sentence as the first word of a name (bug 3)', async () => {
    expect(await filled('organizations', 'An Garda Siochana')).toMatchObject({ name: 'An Garda Siochana' });
    // Where a sentence opens, "The" stays a determiner.
    expect(await filled('organizations', 'The Irish Red Cross will provide about 90 volunteers')).toMatchObject({ name: 'Irish Red Cross' });
  });
});

describe('what an edit changes after the twenty-seventh first-use test', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);
  const rows = (collection: string) => loadSeed(session.seedDir).facts.get(collection)!
    .filter((row) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === session.sourceId));

  it('moves the date a protest\'s name was made of with the date, unless the name is edited too (bug 5)', () => {
    const [protest] = rows('protests');
    expect(protest!.name).toBe('Protest in Eyre Square on 2026-07-23');
    // The reviewer says how the new day was found: the machine's count no longer explains it, and the build refuses it.
    const note = "The date is inferred: the Thursday of the races' week, which opens on Monday, July 27";
    editFact(session.seedDir, protest!.id, { date: '2026-07-30', note }, 'Ada');
    expect(rows('protests')[0]).toMatchObject({ name: 'Protest in Eyre Square on 2026-07-30', date: '2026-07-30' });
    editFact(session.seedDir, protest!.id, { date: '2026-07-31', name: 'Whip protest', note: note.replace('Thursday', 'Friday') }, 'Ada');
    expect(rows('protests')[0]).toMatchObject({ name: 'Whip protest', date: '2026-07-31' });
  });

  it('drops the first place a protest\'s name was made of when an edit removes it (the twenty-eighth test\'s bug 4)', () => {
    const [protest] = rows('protests');
    expect(protest!.name).toBe('Whip protest');
    // A name the reviewer wrote is theirs: it does not follow.
    editFact(session.seedDir, protest!.id, { place_ids: [] }, 'Ada');
    expect(rows('protests')[0]!.name).toBe('Whip protest');
    editFact(session.seedDir, protest!.id, { name: 'Protest in Eyre Square on 2026-07-31', place_ids: ['eyre-square'] }, 'Ada');
    editFact(session.seedDir, protest!.id, { place_ids: [] }, 'Ada');
    expect(rows('protests')[0]!.name).toBe('Protest on 2026-07-31');
  });

  it('shows a deployment without a role under its force\'s name, not its id (bug 7)', async () => {
    const unit = rows('deployments').find((row) => row.organization_id === 'garda-mounted-unit')!;
    setInSeed(session.seedDir, 'deployments', unit.id, 'role', null);
    const page = await get(`/articles/${session.sourceId}?${new URLSearchParams({ open: unit.id })}`);
    expect(page).toContain(`<h3 id="title-${unit.id}"><span class="kind">deployment</span> Garda Mounted Unit <code>`);
    expect(page).not.toContain(`<span class="kind">deployment</span> garda-mounted-unit <code>`);
  });
});
