// A word of letters, apostrophes and hyphens with no bound lets a rule that runs over the whole article scan
// from every start to the end of a run such as "O'O'O'…": quadratic on a hostile article (issue 20's 1 MB
// inputs, `npm run bench:ingest:hostile`). Every rule's pattern bounds such a word (at most 40 characters).
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/ingest/rules/index.js';

const UNBOUNDED_WORD = /\[\\p\{L\}'’-\][+*]/u;

describe('words in rule patterns are bounded', () => {
  it('no registered rule has an unbounded word of letters, apostrophes and hyphens', () => {
    const unbounded = RULES.filter((rule) => rule.pattern && UNBOUNDED_WORD.test(rule.pattern.source)).map((rule) => rule.id);
    expect(unbounded).toEqual([]);
  });
});
