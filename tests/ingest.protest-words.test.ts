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

describe('protests told by verbs, answered, and of past years (blind round 9)', () => {
  // Published Tuesday 2026-05-05; written for this test.
  const read = (body: string) => extract({ sourceId: 'labour-news', published: '2026-05-05', text: `Labour News From the Regions\n\n${body}\n` }).protests
    .map((p) => ({ name: p.name, date: p.date, rules: p.rules }));

  it('a march told by "marched" on a day is a march, beside the strike its sentence names; the next "the march" is that one', () => {
    expect(read('Thousands of striking nurses marched through the city centre on Tuesday, on the first day of a two-day strike that closed most clinics. The march went from the cathedral to the parliament.')).toEqual([
      { name: 'March on 2026-05-05', date: '2026-05-05', rules: ['protest.told-by-verb'] },
      { name: 'Strike on 2026-05-05', date: '2026-05-05', rules: ['protest.planned'] },
    ]);
    expect(read('Veterans marched past the memorial on Sunday.')).toEqual([]);
  });

  it('a protest word that is the march\'s purpose ("marched … to protest", "rallied … in protest at") is that march, not a second protest', () => {
    expect(read('Residents marched from the bridge to the town hall on Sunday evening to protest against a new fence around the park.').map((p) => p.date)).toEqual(['2026-05-03']);
    expect(read('Farmers rallied outside parliament on Monday in protest at fuel prices.').map((p) => p.date)).toEqual(['2026-05-04']);
    expect(read('Thousands of striking nurses marched through the city centre on Tuesday, on the first day of a two-day strike.')).toHaveLength(2);
  });

  it('a counter-protest with no day takes the day of the protest it answers: held before if past, to come if future', () => {
    const past = read('Thousands of nurses marched through the city centre on Tuesday. Later, about 50 people had held a counter-protest against the strike outside the ministry.');
    expect(past.map((p) => [p.name, p.date])).toEqual([['March on 2026-05-05', '2026-05-05'], ['Counter-protest on 2026-05-05', '2026-05-05']]);
    expect(past[1]!.rules).toContain('protest.counter');
    const future = read('Nurses marched through the city centre on Tuesday, and the union said it would hold a strike on May 20. A commuters\' group said it would hold a counter-protest.');
    expect(future.map((p) => p.date)).toEqual(['2026-05-05', '2026-05-20', '2026-05-20']);
  });

  it('a protest word in a later clause with its own day is a protest of its own; told again for that day, it is the same one', () => {
    const protests = read("Police deployed 1,500 officers for last Tuesday's strike in the port, and will put 2,000 on the streets for the unions' next march on May 20, the minister said. "
      + 'The unions confirmed that the 24-hour strike and the march would go ahead on May 20.');
    expect(protests.map((p) => [p.date, p.rules])).toEqual([
      ['2026-05-20', ['protest.later-clause']], ['2026-04-28', ['protest.planned', 'protest.day-possessive']], ['2026-05-20', ['protest.planned']],
    ]);
  });

  it('a protest of a past year is an earlier one dated by that year, never the story\'s own', () => {
    expect(read("The last general strike in the country's public sector, in 1984, lasted four weeks.")).toEqual([{ name: 'Strike of 1984', date: '1984', rules: ['protest.past-year'] }]);
    expect(read('The union said it would hold a strike on May 20, the largest since the 2014 protests against pension reform.').map((p) => p.date)).toEqual(['2026-05-20', '2014']);
  });
});

describe('a counter-gathering registered against a march to come (rule protest.counter)', () => {
  it('is a protest of its own on the day of the march it answers, with its size', () => {
    const text = 'Police arrangements\n\nLAKESIDE, June 18 (Wire) - The police inform the public of the arrangements for the Lakeside Pride March, which will take place on Saturday, 20 June 2037.\n\n'
      + 'A counter-gathering has been registered by the Family League for up to 200 people.\n';
    const { protests } = extract({ sourceId: 'note', published: '2037-06-18', text });
    expect(protests.map((p) => [p.name, p.date, (p.size as { value: number | null }).value])).toEqual([['March on 2037-06-20', '2037-06-20', null], ['Counter-gathering on 2037-06-20', '2037-06-20', 200]]);
  });

  it('a gathering that answers nothing is no protest ("a gathering of 200 people has been registered")', () => {
    const text = 'Police arrangements\n\nLAKESIDE, June 18 (Wire) - A gathering of 200 people has been registered for Saturday on the square.\n';
    expect(extract({ sourceId: 'note', published: '2037-06-18', text }).protests).toEqual([]);
  });

  it('sports fans marching to their match are no protest; a march by others on that day still is', () => {
    expect(protestsOf('Streets will close on Thursday while the visiting fans march under escort to the stadium.')).toEqual([]);
    expect(protestsOf("Police will escort the fans' march to the ground on Thursday.")).toEqual([]);
    expect(protestsOf('Residents will march against the fan zone on Thursday.').map((p) => p.date)).toEqual(['2026-05-07']);
  });
});
