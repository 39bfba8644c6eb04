// A machine fact's card names the rules that proposed it with each rule's record on unseen and held-out
// articles (src/ingest/rule-record.json), and says "often wrong" of a rule whose facts were right less than 4
// times in 5; over the fixture article valletta-forum.txt ingested into a copy of the fixture seed.
import { describe, expect, it } from 'vitest';
import { FACT_COLLECTIONS } from '../src/collections/index.js';
import { loadSeed } from '../src/db/seed.js';
import { doubtful, readRuleRecord, recordInWords, recordLookup } from '../src/ingest/rule-record.js';
import { useReviewArticle } from './helpers/review.js';

describe('a rule\'s record on the card', () => {
  const { session, get } = useReviewArticle('valletta-forum.txt', '2026-09-16');
  const card = (page: string, id: string) => page.slice(page.indexOf(`id="card-${id}"`), page.indexOf('</article>', page.indexOf(`id="card-${id}"`)));
  const recordOf = recordLookup(readRuleRecord());

  it('shows each recorded rule\'s right and proposed counts beside its id, and flags the often wrong', async () => {
    const page = await get(`/articles/${session.sourceId}`);
    // The rules accept wrote into the seed, as the review app reads it (the build leaves them out).
    const seed = loadSeed(session.seedDir, { keepRules: true });
    expect(loadSeed(session.seedDir).facts.get('deployments')!.every((row) => row.rules === undefined)).toBe(true);
    let recorded = 0;
    for (const { name } of FACT_COLLECTIONS) {
      for (const fact of seed.facts.get(name)!.filter((row) => row.review === 'machine' && Array.isArray(row.rules))) {
        const shown = card(page, fact.id as string);
        for (const rule of fact.rules as string[]) {
          const records = recordOf(name, rule);
          if (!records) {
            expect(shown).toContain(`<code>${rule}</code>`);
            continue;
          }
          recorded += 1;
          expect(shown).toContain('<p class="rules">Proposed by rule');
          const flag = doubtful(records) ? 'often wrong: ' : '';
          expect(shown).toContain(`<code>${rule}</code> <span class="record${flag ? ' doubtful' : ''}">(${flag}${recordInWords(records)})</span>`);
        }
      }
    }
    expect(recorded).toBeGreaterThan(5);
  });
});
