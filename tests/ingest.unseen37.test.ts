// What ingest read wrong in blind round 37 (issue 20), read by a general rule, on briefs of our own: a dateline
// that writes its weekday and year, a duration read as a date, a hyphenated city's case.
import { describe, expect, it } from 'vitest';
import { read } from './helpers/briefs.js';

const story = (dateline: string, body: string) => `Police plan for the week\n\n${dateline} — ${body}\n`;

describe('a dateline that writes its weekday and its year ("PORTHAVEN, Norway, Friday, May 9, 2031 —")', () => {
  it('names its city, a city of the country it writes, and keeps its date out of the first sentence', () => {
    const facts = read(story('PORTHAVEN, Norway, Friday, May 9, 2031', 'Some 300 prisoners rioted at the central prison, and two guards were hurt.'), '2031-05-09');
    expect(facts.places.map((p) => [p.name, p.kind])).toEqual(expect.arrayContaining([['Porthaven', 'city']]));
    // The dateline's Friday is the day of filing, not of the riot the sentence tells.
    expect(facts.events.filter((e) => e.start === '2031-05-09')).toEqual([]);
  });
  it('reads a dateline with no country, the weekday right after the city', () => {
    const facts = read(story('PORTHAVEN, Friday, May 9, 2031', 'Police said 300 officers would guard Porthaven on Saturday.'), '2031-05-09');
    expect(facts.places.map((p) => p.name)).toContain('Porthaven');
  });
  it('spells a hyphenated city as the text does, not as its capitals title-case ("PORT-AU-LAC" is "Port-au-Lac")', () => {
    const facts = read(story('PORT-AU-LAC, Norway, Friday, May 9, 2031', 'The town hall in Port-au-Lac said 300 officers would be on duty on Saturday.'), '2031-05-09');
    expect(facts.places.map((p) => p.name)).toContain('Port-au-Lac');
    expect(facts.places.map((p) => p.name)).not.toContain('Port-Au-Lac');
  });
});

describe('"For nine days" is a duration, never a date', () => {
  it('gives no date to a protest that has gone on "for nine days", and a past "held" on Saturday counts back', () => {
    const facts = read(story('PORTHAVEN, Ruritania, Tuesday, May 13, 2031',
      'For nine days, residents\' roadblocks have cut the main roads around the camp since April. On Saturday about 300 people from the camp held a sit-in outside the town hall.'), '2031-05-13');
    const dates = facts.protests.map((p) => p.date);
    expect(dates).not.toContain('2031-05-22');
    expect(dates).toContain('2031-05-10');
  });
});

describe('names of people and bodies', () => {
  it('takes a French lawyer\'s courtesy title "Me" (Maître) out of her name', () => {
    const facts = read(story('PORTHAVEN, Norway, Friday, May 9, 2031', 'Defence lawyer Me Sylvie Doumta said her client would appeal, and 200 officers guarded the court.'), '2031-05-09');
    expect(facts.people.map((p) => p.name)).toEqual(['Sylvie Doumta']);
  });
  it('reads a body\'s name joined by "to" and "in" up to its acronym in brackets', () => {
    const facts = read(story('PORTHAVEN, Norway, Friday, May 9, 2031', 'The Association for Aid to Asylum Seekers in Porthaven (AADP), which brings food to the camp, said 300 people slept outside.'), '2031-05-09');
    expect(facts.organizations.map((o) => [o.name, o.acronym])).toContainEqual(['Association for Aid to Asylum Seekers in Porthaven', 'AADP']);
  });
});
