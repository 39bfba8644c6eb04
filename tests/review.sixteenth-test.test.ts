// What the sixteenth first-use test (docs/review-first-use-15.md) found the forms of the review app reading wrong,
// each read as a general rule over this test's own fixture article (tests/fixtures/review/tirana-book-fair.txt)
// through the app as a browser asks it, with a sentence of the test's own beside the article's.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { useReviewArticle } from './helpers/review.js';

describe('the forms after the sixteenth first-use test', () => {
  const { session, get } = useReviewArticle('tirana-book-fair.txt', '2026-11-04');
  const filled = async (collection: string, quote: string) => JSON.parse(await get(`/prefill?${new URLSearchParams({ collection, source: session.sourceId, quote })}`)) as Record<string, unknown>;
  const idNamed = (collection: string, name: string) => loadSeed(session.seedDir).facts.get(collection)!.find((row) => row.name === name)!.id;

  it('opens watching a named place "with cameras" as a surveillance named by its means (bug 1)', async () => {
    expect(await filled('measures', 'The Tirana Police Directorate will monitor Mother Teresa Square with cameras'))
      .toMatchObject({ name: 'Cameras', kind: 'surveillance', operator_ids: [idNamed('organizations', 'Tirana Police Directorate')], place_ids: [idNamed('places', 'Mother Teresa Square')] });
    // Words of the test's own: other means after a named place; watching a place with no means of watching is none.
    expect(await filled('measures', 'Officers will watch Mother Teresa Square with two drones')).toMatchObject({ name: 'Two drones', kind: 'surveillance' });
    expect((await filled('measures', 'Readers will watch Mother Teresa Square with interest')).kind).toBeUndefined();
  });

  it('names a protest the words tell without a protest word by the gathering held, its place and its day (bug 2)', async () => {
    const reading = await filled('protests', "The Albanian Writers' Union has called on its members to boycott the fair and will hold a reading of about 200 writers in Mother Teresa Square on Thursday evening against the ministry's decision to cut translation grants by a third.");
    expect(reading.name).toBe('Reading in Mother Teresa Square on 2026-11-05');
    // Words of the test's own: a gathering staged, one told by no gathering word, and a protest word, named as ingest names it.
    expect((await filled('protests', 'Translators will stage a silent sit-down in Mother Teresa Square on Friday against the cut.')).name).toBe('Sit-down in Mother Teresa Square on 2026-11-06');
    expect((await filled('protests', 'Booksellers will gather in Mother Teresa Square on Friday against the cut.')).name).toBe('Protest in Mother Teresa Square on 2026-11-06');
    expect((await filled('protests', 'Booksellers will march in Mother Teresa Square on Friday against the cut.')).name).toBe('March in Mother Teresa Square on 2026-11-06');
  });

  it('opens a new building by its head word as a venue within the city of the dateline (bug 3)', async () => {
    const tirana = idNamed('places', 'Tirana');
    // Words of the test's own: buildings the article does not name, by a head word opening or closing the name.
    expect(await filled('places', 'Palace of Sports Kites')).toMatchObject({ name: 'Palace of Sports Kites', kind: 'venue', within_id: tirana });
    expect(await filled('places', 'the Museum of Paper Boats')).toMatchObject({ name: 'Museum of Paper Boats', kind: 'venue', within_id: tirana });
    expect(await filled('places', 'Skanderbeg Arena')).toMatchObject({ kind: 'venue', within_id: tirana });
    expect(await filled('places', 'Kavaja Street')).toMatchObject({ kind: 'venue', within_id: tirana });
    // A building the words place in another known city is not the dateline's; a city is within no city.
    expect((await filled('places', 'the Museum of Paper Boats in Durres')).within_id).toBeUndefined();
    expect((await filled('places', 'Elbasan')).within_id).toBeUndefined();
  });
});
