// Which protest word a sentence's protest is read from, on sentences written for this test: a strike is a
// protest, the month "March" and an air strike are not, a threatened protest is not proposed, and a day of
// saying before "that" is not the protest's day; two protest words joined by "and" are two protests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';

function protestsOf(sentence: string) {
  const text = `Labour News From the Regions\n\n${sentence}\n`;
  return extract({ sourceId: 'labour-news', published: '2026-05-04', text }).protests.map((p) => ({ name: p.name, date: p.date }));
}

describe('protest words', () => {
  it('proposes a strike announced for a day', () => {
    expect(protestsOf('The dockers\' union said it would hold a 24-hour strike on May 12.')).toEqual([{ name: 'Strike on 2026-05-12', date: '2026-05-12' }]);
  });

  it('reads the month "March" as a month, and a drone strike as no protest', () => {
    expect(protestsOf('The arena will hold 20,000 people, its largest crowd since it opened in March 2019.')).toEqual([]);
    expect(protestsOf('The army said it would carry out drone strikes on May 12.')).toEqual([]);
  });

  it('proposes no protest threatened on a condition in its own clause', () => {
    expect(protestsOf('The union would call a strike on May 12 if the talks failed.')).toEqual([]);
    expect(protestsOf('The union will hold a strike on May 12, and would ask for more if the talks failed.')).toHaveLength(1);
  });

  it('dates a protest by the day it is held, not the day it was confirmed', () => {
    expect(protestsOf('The teachers confirmed on Monday that the march would go ahead on May 14.').map((p) => p.date)).toEqual(['2026-05-14']);
  });

  it('proposes two protests for two protest words joined by "and", both on the stated day', () => {
    expect(protestsOf('The dockers\' union said it would hold a strike and another march on May 12.')).toEqual([
      { name: 'Strike on 2026-05-12', date: '2026-05-12' }, { name: 'March on 2026-05-12', date: '2026-05-12' },
    ]);
    expect(protestsOf('The dockers\' union said it would hold a strike on May 12 and a meeting on May 14.')).toHaveLength(1);
  });
});
