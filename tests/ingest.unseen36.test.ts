// What ingest read wrong in blind round 36 (issue 20), read by a general rule, on briefs of our own: a minister's
// portfolio whose last part is of two words.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('people: a portfolio of several parts, each of one or two words', () => {
  it('keeps "Civil Protection" in the title, not in the name: "Minister of Security and Civil Protection Ada Moen"', () => {
    const facts = read(brief('Minister of Security and Civil Protection Ada Moen said 2,000 officers would be deployed.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]!.title])).toEqual([['Ada Moen', 'Minister of Security and Civil Protection']]);
  });
});
