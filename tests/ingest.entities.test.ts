// Organizations and places read from short articles of our own: names joined by "and" or "of", acronyms,
// and the words that look like a body or a venue but are none.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';

const read = (body: string) => extract({ sourceId: 'note', published: '2031-05-06', text: `Harbour plan\n\nLEEDS, May 6 (Wire) - ${body}\n` });
const names = (body: string) => read(body).organizations.map((o) => o.name);

describe('organizations', () => {
  it('reads a firm named after a title ("Its organiser, Harbour Producciones,") as no person', () => {
    const facts = extract({ sourceId: 'note', published: '2031-05-06', text: 'Fest Plan\n\nLAKESIDE, May 6 (Wire) - The festival brings 54 bands to the park. Its organiser, Harbour Producciones, expects about 70,000 people a day.\n\nIts director, Ana Lund, said the gates open at noon. The promoter, Lago Eventos, sold out.\n' });
    expect(facts.people.map((p) => p.name)).toEqual(['Ana Lund']);
  });

  it('gives a title with no body the body its context names: "Its spokesman", a head noun of one body nearby', () => {
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text: 'Harbour Plan\n\nThe Lakeland Aviation Agency has banned drones over the harbour, agency director Mia Lund said.\n\nThe residents\' group Quiet Harbour will march on Saturday. Its spokesman, Per Dahl, said the march would be peaceful.\n\nThe Harbour Police and the Border Police will patrol the quay, police chief Ole Nes said.\n' });
    const bodyOf = (name: string) => {
      const person = facts.people.find((p) => p.name === name);
      const roles = (person?.roles ?? []) as Array<{ organization_id: string | null }>;
      return facts.organizations.find((o) => o.id === roles[0]?.organization_id)?.name ?? null;
    };
    expect(bodyOf('Mia Lund')).toBe('Lakeland Aviation Agency');
    expect(bodyOf('Per Dahl')).toBe('Quiet Harbour');
    // Two police forces named: which one's chief is not said.
    expect(bodyOf('Ole Nes')).toBe(null);
  });

  it('"and" and "of" inside a name make one body; "and" between two bodies makes two', () => {
    expect(names('The Harbour and Lighthouse Authority closed the pier, the Town of Eastby Council said.')).toEqual(['Harbour and Lighthouse Authority', 'Town of Eastby Council']);
    expect(names('Officers of the Northshire Constabulary and Leeds Port Police patrolled the quay.')).toEqual(['Northshire Constabulary', 'Leeds Port Police']);
  });

  it('an acronym holding the initials in order is the name\'s; used alone later it is the same body', () => {
    const orgs = read('The Congress of Northern River Pilots (CONRP) will strike. The Organisation for Harbour Safety in Europe sent observers, and the OHSE said the strike was lawful.').organizations;
    expect(orgs).toEqual([
      expect.objectContaining({ name: 'Congress of Northern River Pilots', acronym: 'CONRP' }),
      expect.objectContaining({ name: 'Organisation for Harbour Safety in Europe', acronym: 'OHSE' }),
    ]);
  });

  it('a venue with an acronym, an acronym inside a longer name and a rite are no bodies; a place\'s owner is no part of a name', () => {
    expect(names('Delegates met at the Northgate Exhibition Centre (NEC) on the ABC Ferry Line. The Dawn Service starts at six. Leeds\'s Young Sailors Federation joined.')).toEqual(['Young Sailors Federation']);
  });

  it('"Leeds police" in a story that names the Leeds Police Service is that force', () => {
    expect(names('The Leeds Police Service will close the bridge, and Leeds police said the quay stays open.')).toEqual(['Leeds Police Service']);
  });

  it('a city\'s police in a story that names its country\'s police by the country\'s name is that national force', () => {
    expect(names('About 300 officers of the Ireland Police will be on duty, Cork police spokesman Sean Ryan said.')).toEqual(['Ireland Police']);
  });

  it('an acronym of the original language is read with the whole name before it; digits in an acronym are a number word of the name', () => {
    const orgs = read('The strike was called by the Union of Dock Workers of Greater Eastport (SUTRAP). Leaders of the Harbour Seven (H7) meet on Friday, and the H7 said it would not attend.').organizations;
    expect(orgs).toEqual([
      expect.objectContaining({ name: 'Union of Dock Workers of Greater Eastport', acronym: 'SUTRAP' }),
      expect.objectContaining({ name: 'Harbour Seven', acronym: 'H7' }),
    ]);
    expect(names('Delegates met at Terminal Two (T3) on Friday.')).toEqual([]);
  });

  it('a building of a body is a place, not the body; words cut from a longer name already read are that body', () => {
    const found = read('The perimeter around the Harbour Council building closes at six. About 900 officers of the Coast Watch Force will be on duty.');
    expect(found.organizations.map((o) => o.name)).toEqual(['Coast Watch Force']);
    expect(found.places.map((p) => p.name)).toContain('Harbour Council building');
  });

  it('"the city government" is the dateline city\'s; a provincial one only when the city\'s name is a region too', () => {
    const city = extract({ sourceId: 'note', published: '2031-05-06', text: 'Harbour plan\n\nBRISTOL, May 6 (Wire) - The city government said the quay stays open. The provincial government asked for talks.\n' }).organizations;
    expect(city).toEqual([expect.objectContaining({ name: 'Bristol city government', kind: 'government' })]);
    expect(extract({ sourceId: 'note', published: '2031-05-06', text: 'Harbour plan\n\nThe city government said the quay stays open.\n' }).organizations).toEqual([]);
  });

  it('a name set off by a description of a body, a named emergency service, a district\'s own office', () => {
    const found = read('Harbour Control, the air traffic agency, closed the sky. St Clare ambulance service sent two units. The Old Harbour district office signed the order.');
    expect(found.organizations.map((o) => o.name)).toEqual(['Harbour Control', 'St Clare ambulance service', 'Old Harbour district office']);
    expect(found.places.map((p) => p.name)).toContain('Old Harbour');
    expect(names('Ada Moen, the agency, said so. Northline Rail, the line to the coast, added trains.')).toEqual([]);
  });

  it('a group "calling itself" a name, and a branch named by an acronym and its continent', () => {
    expect(names('A group calling itself Quiet Nights Now shouted at the marchers. WBF Europe said 2,000 tickets were sold.')).toEqual(['Quiet Nights Now', 'WBF Europe']);
  });
});

describe('places', () => {
  it('streets, halls and centres are venues; "Town Hall" alone and a street a station is named after are not', () => {
    const places = read('Marchers will walk from Kingsway Street to the Riverside Centre and Corn Exchange Hall, then to Town Hall. Trains will skip Queen Street station.').places.map((p) => p.name);
    expect(places).toEqual(expect.arrayContaining(['Kingsway Street', 'Riverside Centre', 'Corn Exchange Hall']));
    expect(places).not.toContain('Town Hall');
    expect(places).not.toContain('Queen Street');
  });

  it('street words after or before a name, a lowercase station or bridge, districts named together, and towns listed after one cue', () => {
    const found = read('At Harbour Park the march turns onto Mill Road and Avenida de la Paz, then crosses the Millwater bridge to the Arden main station. '
      + 'Officers may search people in the Lund and Moss Hill areas. Riot units come from Bradford and Wakefield, and from Duesseldorf.').places;
    const names = found.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Harbour Park', 'Mill Road', 'Avenida de la Paz', 'Millwater bridge', 'Arden main station', 'Lund', 'Moss Hill', 'Bradford', 'Wakefield', 'Duesseldorf']));
    expect(found.find((p) => p.name === 'Moss Hill')).toMatchObject({ kind: 'district' });
    expect(names).not.toContain('At Harbour Park');
  });

  it('street, square and bridge words of other languages, before or after the name; a saint\'s possessive; a compass word that opens a name', () => {
    const names = read('The march crosses Novakova ulica and Trg bana Horvata to Namestie SNP, then Ulica Ivana Petrovica and the Brodski most. '
      + 'Buses end at St. Anne\'s Square, near Plaza Mayor and Eastern Meadows Park. Fans like Leeds most.').places.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Novakova ulica', 'Trg bana Horvata', 'Namestie SNP', 'Ulica Ivana Petrovica', 'Brodski most', "St. Anne's Square", 'Plaza Mayor', 'Eastern Meadows Park']));
    expect(names).not.toContain('Leeds most');
    expect(names).not.toContain('Meadows Park');
  });

  it('a two-word district, the city of a dateline in capitals, and no venue from a Title Case headline', () => {
    const found = extract({ sourceId: 'note', published: '2031-05-06', text: 'Police Close Bridge And Shut Harbour Avenue\n\nCORK, Ireland, May 6 (Wire) - The Old Harbour district office closed the quay.\n' }).places;
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['Cork', 'Old Harbour']));
    expect(found.map((p) => p.name).join(' ')).not.toMatch(/Harbour Avenue/);
  });
});

describe('people named beside a place', () => {
  it('reads no person from a place named after "on", "in", "at" before a spokesperson\'s apposition', () => {
    const facts = read('Wardens will guide the crowds on the Plaza Mayor, a spokesman for the town said. Bags will be checked in Old Harbour Square, the council spokeswoman said. Ana Lund, a spokeswoman for the port, said the quay stays open.');
    expect(facts.people.map((p) => p.name)).toEqual(['Ana Lund']);
  });

  it('reads no person from a place where people were interviewed', () => {
    const facts = read('Residents interviewed in the Old Town on Thursday were divided, though some said they would leave the city.');
    expect(facts.people).toEqual([]);
    expect(facts.statements.map((s) => s.speaker_id)).not.toContain('old-town');
  });
});
