// A title of office that is of two things in a row ("the Minister of Security of the City of Lakeside") and a
// protest told as "would keep their doors shut on Friday", counted forward. Over briefs of the test's own.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('titles and protests told at length', () => {
  it('reads a person whose title is of a post of a place, after a comma', () => {
    const facts = read(brief('Carolina Ferreyra, the Minister of Security of the City of Lakeside, spoke to Wire on Wednesday.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toEqual([['Carolina Ferreyra', 'Minister of Security of the City of Lakeside']]);
  });

  it('counts a weekday forward when its members would keep their doors shut in protest', () => {
    // The briefs are published on Tuesday 2031-05-06.
    const facts = read(brief('The Lakeside Hotel Owners Association said its members would keep their doors shut for two hours on Friday in protest at the ban.'));
    expect(facts.protests.map((p) => p.date)).toEqual(['2031-05-09']);
  });
});
