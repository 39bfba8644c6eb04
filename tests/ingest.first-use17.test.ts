// What ingest missed in the seventeenth first-use review test (issue 20), each read by a general rule, on briefs of
// our own: a monarch by one name, an opening told in the present after "when", damage as harm, sailors as a force,
// an unnamed spokeswoman's "she said", a palace named by a title's possessive, a port named by "of".
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('people: a monarch by the one name they reign by', () => {
  it('a hyphened name with a realm, a known first name, a regnal number; the title is the role', () => {
    const facts = read(brief('Crowds waited for King Jan-Pieter of the Netherlands at the quay, and Queen Margaret watched from the balcony with Emperor Tobias II.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title), p.country])).toEqual([
      ['Jan-Pieter', ['King'], 'NL'], ['Margaret', ['Queen'], null], ['Tobias II', ['Emperor'], null],
    ]);
  });

  it('no person from a site or a street named after one, nor from a name the lexicon does not know without a realm', () => {
    const facts = read(brief('Buses stop at King Olav Park and on Queen Street, and Queen Zorvalda waved.'));
    expect(facts.people).toEqual([]);
  });
});

describe('events: a building opened on the day a "when" clause names', () => {
  it('"on Friday, when the king opens the new terminal" is the opening, dated Friday, derived', () => {
    expect(eventsOf(brief('About 900 officers will guard the port on Friday, when King Jan-Pieter of the Netherlands opens the new ferry terminal.')))
      .toEqual({ 'Opening of the new ferry terminal': ['ceremony', '2031-05-09'] });
  });

  it('nothing opened in the past, nor a place that opens by itself', () => {
    expect(eventsOf(brief('The gates close on Friday, when the fair opens. In 2019 the king opened the old terminal.'))).toEqual({});
  });
});

describe('events: an incident that damaged what it counts', () => {
  it('"a fire damaged two warehouses … on Sunday" is a fire dated Sunday', () => {
    expect(eventsOf(brief('The brigade has been on alert since a fire damaged two warehouses at the old port on Sunday, she said.'))).toEqual({ Fire: ['incident', '2031-05-04'] });
  });
});

describe('deployments: sailors are a force', () => {
  it('"will send 60 sailors" is the navy\'s count, exactly 60', () => {
    const facts = read(brief('The Lakeside Navy will send 60 sailors and two patrol boats to escort the yacht into the harbour.'));
    expect(facts.deployments.map((d) => [d.organization_id, d.personnel])).toEqual([['lakeside-navy', { value: 60, qualifier: 'exactly' }]]);
  });
});

describe('statements: an unnamed spokeswoman goes on speaking as "she"', () => {
  it('"a spokeswoman for the brigade said. … she said": both the brigade\'s, named again by its head word', () => {
    const facts = read(brief('The Lakeside Fire Brigade will keep 40 firefighters at the quay. The quay will stay closed until noon, a spokeswoman for the brigade said. The brigade has been on alert since Sunday, she said.'));
    expect(facts.statements.map((s) => [s.speaker_id, s.text])).toEqual([
      ['lakeside-fire-brigade', 'The quay will stay closed until noon.'], ['lakeside-fire-brigade', 'The brigade has been on alert since Sunday.'],
    ]);
  });
});

describe('places: sites named by a title\'s possessive or by "Port of"', () => {
  it('"the Governor\'s Palace" keeps its possessive; "the Port of Lakeside" is a venue', () => {
    const facts = read(brief('Dockers will march to the Governor\'s Palace on Friday, and drones are banned over the Port of Lakeside.'));
    expect(facts.places.filter((p) => p.kind === 'venue').map((p) => p.name)).toEqual(["Governor's Palace", 'Port of Lakeside']);
  });

  it('a port that speaks is its authority, no site; "Port of Spain" is the town, and no Spain is read from it', () => {
    const facts = read(brief('Port of Lakeside said 85 ships were waiting. Fans flew in from Port of Spain on Monday.'));
    expect(facts.places.map((p) => p.name)).not.toContain('Port of Lakeside');
    expect(facts.places.map((p) => p.name)).not.toContain('Spain');
  });
});
