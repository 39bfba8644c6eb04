// What ingest read wrong in blind round 39 (issue 20), read by a general rule, on briefs of our own: a dateline whose
// country the gazetteer does not know, a rank title before a surname alone.
import { describe, expect, it } from 'vitest';
import { read } from './helpers/briefs.js';

const story = (dateline: string, body: string) => `Students march\n\n${dateline} — ${body}\n`;

describe('a dateline naming a country the gazetteer does not know ("HARGEISA, Somaliland, …")', () => {
  it('names its city when the text writes the city again', () => {
    const facts = read(story('PORTHAVEN, Ruritania, Tuesday, May 6, 2031', 'About 300 officers guarded the court in Porthaven as students gathered.'));
    expect(facts.places.map((p) => [p.name, p.kind])).toContainEqual(['Porthaven', 'city']);
  });
  it('names none when the text never writes it again', () => {
    const facts = read(story('PORTHAVEN, Ruritania, Tuesday, May 6, 2031', 'About 300 officers guarded the court as students gathered.'));
    expect(facts.places.map((p) => p.name)).not.toContain('Porthaven');
  });
});

describe('a rank title before a surname alone ("Chief Inspector McCrory")', () => {
  it('makes no person "Inspector McCrory" titled "Chief", and gives the full name\'s person the words', () => {
    const facts = read(story('PORTHAVEN, Norway, Tuesday, May 6, 2031',
      'Chief Inspector Helen McCrory said 300 officers were on duty. Chief Inspector McCrory said the roads would stay closed.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toEqual([['Helen McCrory', 'Chief Inspector']]);
  });
});

describe('a site named after "in the", of the kind its head word says', () => {
  it('reads "the Mourne Mountains" as a region, "the Esplanade" as a venue', () => {
    const facts = read(story('PORTHAVEN, Norway, Tuesday, May 6, 2031', 'About 140 firefighters fought the blaze in the Mourne Mountains, and a rest centre opened on the Esplanade.'));
    expect(facts.places.map((p) => [p.name, p.kind])).toEqual(expect.arrayContaining([['Mourne Mountains', 'region'], ['Esplanade', 'venue']]));
  });
});
