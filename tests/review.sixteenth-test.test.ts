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

});
