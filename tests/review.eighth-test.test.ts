// What the eighth first-use test (docs/review-first-use-7.md) found the add forms leaving empty or wrong, each
// read as a general rule over this test's own fixture article (tests/fixtures/review/braga-saint-john.txt):
// a paraphrase closed by an attribution whose verb no comma follows.
import { beforeAll, describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed, type Seed } from '../src/db/seed.js';
import { addFact } from '../src/review/actions.js';
import { emptyRow } from '../src/review/form.js';
import { prefill } from '../src/review/prefill.js';
import { beforeClosingAttribution } from '../src/review/prefill-clauses.js';
import { reviewFixture, seedWithMachineFacts } from './helpers/review.js';

const PUBLISHED = '2026-06-16';

describe('the add forms after the eighth first-use test', () => {
  let seedDir: string;
  let sourceId: string;
  let seed: Seed;
  beforeAll(() => {
    ({ seedDir, sourceId } = seedWithMachineFacts(reviewFixture('braga-saint-john.txt'), PUBLISHED));
    seed = loadSeed(seedDir);
  }, 60_000);
  const article = () => ({ published: PUBLISHED, text: seed.sources.find((s) => s.id === sourceId)!.text });
  const filled = (collection: string, words: string) => prefill(seed, collectionByName.get(collection)!, words, article());
  const idNamed = (collection: string, name: string) => seed.facts.get(collection)!.find((row) => row.name === name)?.id;

  const closedByAttribution = 'The festival is expected to draw about 300,000 visitors over two nights, Mayor Rui Costa told reporters after a meeting with police commanders.';

  it('reads a paraphrase closed by an attribution whose verb no comma follows: the words before it, and its speaker', () => {
    expect(filled('statements', closedByAttribution)).toEqual({
      kind: 'paraphrase', text: 'The festival is expected to draw about 300,000 visitors over two nights.', speaker_id: idNamed('people', 'Rui Costa'),
    });
  });

  it('reads no closing attribution where the verb opens a clause of its own or says more after it', () => {
    expect(beforeClosingAttribution('The pier reopens in May, and Holm told reporters after the meeting.')).toBeUndefined();
    expect(beforeClosingAttribution('The pier reopens in May, Holm told reporters that it would stay open.')).toBeUndefined();
    expect(beforeClosingAttribution('With the pier shut for the week, the mayor urged residents to stay home.')).toBeUndefined();
    expect(beforeClosingAttribution('The pier reopens in May, Holm told reporters after the meeting.')).toBe('The pier reopens in May');
    expect(beforeClosingAttribution('The pier reopens in May, Holm said at the town hall.')).toBe('The pier reopens in May');
  });

  it('gives a statement the build checks take as it is filled', () => {
    const row = { ...emptyRow(collectionByName.get('statements')!), ...filled('statements', closedByAttribution), citations: [{ source: sourceId, quote: closedByAttribution }] };
    const id = addFact(seedDir, 'statements', row, 'Ada');
    expect(loadSeed(seedDir).facts.get('statements')!.find((r) => r.id === id)).toMatchObject({ kind: 'paraphrase', review: 'reviewed' });
  }, 60_000);
});
