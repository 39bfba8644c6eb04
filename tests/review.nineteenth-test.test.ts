// What the nineteenth first-use test (docs/review-first-use-18.md) found the review app reading wrong, each read
// as a general rule over this test's own fixture article (tests/fixtures/review/plovdiv-trial-verdict.txt)
// through the app as a browser asks it, with words of the test's own beside the article's.
import { describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed } from '../src/db/seed.js';
import { newFactId } from '../src/review/actions.js';
import { useReviewArticle } from './helpers/review.js';

const ARTICLE = 'plovdiv-trial-verdict.txt';
const PUBLISHED = '2026-11-25';

describe('new facts after the nineteenth first-use test', () => {
  const { session } = useReviewArticle(ARTICLE, PUBLISHED);
  const idNamed = (collection: string, name: string) => loadSeed(session.seedDir).facts.get(collection)!.find((row) => row.name === name)!.id;

  it('names a deployment added from words by its body as ingest does, not the body\'s id with "-2" (bug 8)', () => {
    const seed = loadSeed(session.seedDir);
    const deployments = collectionByName.get('deployments')!;
    const body = idNamed('organizations', 'Municipality of Plovdiv');
    expect(newFactId(seed, deployments, { organization_id: body, role: null, event_id: null })).toBe(`${body}-deployment`);
    // A role is no name of its own: the body still names it; with an event and no role, body and event do.
    expect(newFactId(seed, deployments, { organization_id: body, role: 'Paramedics', event_id: null })).toBe(`${body}-deployment`);
    expect(newFactId(seed, deployments, { organization_id: body, role: null, event_id: 'trial' })).toBe(`${body}-at-trial`);
    // Ingest's own deployment of a body takes its name first: the next is told apart by a number.
    const deployed = seed.facts.get('deployments')!.map((row) => String(row.organization_id)).find((org) => seed.facts.get('deployments')!.some((row) => row.id === `${org}-deployment`))!;
    expect(newFactId(seed, deployments, { organization_id: deployed, role: null, event_id: null })).toBe(`${deployed}-deployment-2`);
  });
});
