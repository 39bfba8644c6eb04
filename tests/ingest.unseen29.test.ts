// What ingest missed or read wrong in blind round 29 (issue 20), each read by a general rule, on briefs of our own:
// a timeline's lines, a declaration ruled out, a refusal to say, a clergy title, long venue names, access for
// invited guests only, searches of everyone entering, ticket resale, a dateline city with French particles, and the
// day a day of mourning is declared for.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('events: a timeline of days before the article is no programme', () => {
  it('"Sunday, May 4: Water breaks into the mine." and the like are no gatherings; a programme of days to come still is', () => {
    const timeline = brief('Eight miners were rescued on Tuesday.\n\nTimeline:\n\n- Sunday, May 4: Water breaks into the lower level.\n- Monday, May 5: The company starts pumping.\n');
    expect(eventsOf(timeline)).toEqual({});
    const programme = brief('The festival programme:\n\n- Friday: the lantern parade along the quay.\n- Saturday: the boat race on the lake.\n');
    expect(Object.keys(eventsOf(programme))).toEqual(['Lantern parade along the quay', 'Boat race on the lake']);
  });

  it('a state of emergency the government "would not declare" is no declaration', () => {
    expect(eventsOf(brief('The minister said on Friday that the government would not declare a state of emergency in the district.'))).toEqual({});
  });

  it('"declared Saturday a national day of mourning" mourns that Saturday, not a later day the sentence names', () => {
    const events = eventsOf(brief('The government declared Saturday a national day of mourning, and flags will fly at half-mast until next Monday.'));
    expect(events['National day of mourning']).toEqual(['ceremony', '2031-05-10']);
  });
});

describe('statements: a refusal to say states nothing', () => {
  it('"declined to say whether …" and "would not say how many …" give no statement; the next "said" does', () => {
    const facts = read(brief('The school director, Maria Lind, declined to say whether any money had been paid. She would not say how many guards were hired. Police chief Ada Holm said the gates would open at six.'));
    expect(facts.statements.map((s) => s.text)).toEqual(['The gates would open at six.']);
  });
});

describe('people: a nun or a priest by name, without the form of address', () => {
  it('"The school\'s director, Sister Evelyne Saint-Fleur," is Evelyne Saint-Fleur', () => {
    const facts = read(brief("The school's director, Sister Evelyne Saint-Fleur, said classes would resume on Monday."));
    expect(facts.people.map((p) => p.name)).toEqual(['Evelyne Saint-Fleur']);
  });
});

describe('places: venues whose names go on with "of the" or "for the"', () => {
  it('"the Bliss Centre for the Performing Arts" and "the Cathedral Basilica of the Immaculate Conception" whole', () => {
    const facts = read(brief('The choir sings at the Bliss Centre for the Performing Arts on Friday, and the Mass is held at the Cathedral Basilica of the Immaculate Conception.'));
    expect(facts.places.filter((p) => p.kind === 'venue').map((p) => p.name)).toEqual(['Bliss Centre for the Performing Arts', 'Cathedral Basilica of the Immaculate Conception']);
  });

  it('a dateline city with French particles in capitals ("PORT-AU-PRINCE") is the gazetteer\'s Port-au-Prince', () => {
    const facts = read('Teachers freed\n\nPORT-AU-PRINCE, May 6 (Wire) - Seven teachers were freed on Tuesday.\n');
    expect(facts.places.map((p) => [p.name, p.kind])).toContainEqual(['Port-au-Prince', 'city']);
  });
});

describe('measures: access kept to invited guests, searches of everyone entering, ticket resale banned', () => {
  it('"closed from dawn to everyone except holders of invitations" is a restricted zone', () => {
    expect(read(brief('Harbour Square was closed from dawn to everyone except holders of invitations.')).measures.map((m) => m.kind)).toEqual(['restricted_zone']);
  });

  it('"everyone entering will be searched" is an inspection; "resale outside the venue is banned" a ban', () => {
    const kinds = read(brief('Flares are banned, and everyone entering will be searched. Resale outside the venue is banned.')).measures.map((m) => m.kind).sort();
    expect(kinds).toEqual(['ban', 'ban', 'inspection']);
  });
});

describe('events: a kidnapping and a release on the days their sentences state', () => {
  it('"kidnapped in Harbour Town on May 1" is a kidnapping there, that day; "were freed on Monday" the release', () => {
    expect(eventsOf(brief('Seven teachers kidnapped in Harbour Town on May 1 are safe, police said. The hostages were freed on Monday evening after 4 days in captivity.')))
      .toEqual({ 'Kidnapping in Harbour Town': ['incident', '2031-05-01'], 'Release of the hostages': ['incident', '2031-05-05'] });
  });

  it('no release of a report, none to come, and no kidnapping without a day', () => {
    expect(eventsOf(brief('The report on the kidnapping was released on Monday. Police fear more people will be kidnapped. The hostages will be freed on Friday. A man was freed on bail on Monday.'))).toEqual({});
  });
});

describe('events: a title fight is a sporting event, no incident', () => {
  it('"the last world title fight in Lakeside, in 2030" is that year\'s fight, of kind games', () => {
    expect(eventsOf(brief('The last world title fight in Lakeside, in 2030, ended in a draw.'))).toEqual({ 'World title fight of 2030': ['games', '2030'] });
  });
});
