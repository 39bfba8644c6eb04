// Organizations and places read from short articles of our own: names joined by "and" or "of", acronyms,
// and the words that look like a body or a venue but are none.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';

const read = (body: string) => extract({ sourceId: 'note', published: '2031-05-06', text: `Harbour plan\n\nLEEDS, May 6 (Wire) - ${body}\n` });
const names = (body: string) => read(body).organizations.map((o) => o.name);

describe('organizations', () => {
  it('gives a title with no body the body its context names: "Its spokesman", a head noun of one body nearby', () => {
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text: 'Harbour Plan\n\nThe Lakeland Aviation Agency has banned drones over the harbour, agency director Mia Lund said.\n\nThe residents\' group Quiet Harbour will march on Saturday. Its spokesman, Per Dahl, said the march would be peaceful.\n\nThe Harbour Police and the Border Police will patrol the quay, police chief Ole Nes said.\n' });
    const bodyOf = (name: string) => {
      const person = facts.people.find((p) => p.name === name);
      return facts.organizations.find((o) => o.id === person?.roles[0]?.organization_id)?.name ?? null;
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
});
