// What ingest read wrong in blind round 32 (issue 20), read by a general rule, on briefs of our own: datelines after a
// standfirst or a desk's line, with accented capitals or a full stop; ids of names with letters that do not decompose;
// units and members counted as no force.
import { describe, expect, it } from 'vitest';
import { slugify } from '../src/ingest/input.js';
import { read } from './helpers/briefs.js';

const datelined = (head: string, dateline: string) => `${head}\n\n${dateline} - Teachers will march through the capital on Wednesday.\n`;

describe('places: datelines', () => {
  it('reads a dateline in accented capitals, or with a full stop, after a headline, a standfirst and a desk\'s line', () => {
    const accented = read(datelined('Fifty Years On\n\nA town that lost 23 people gathered at the harbour.\n\nBy Wire staff', 'TÓRSHAVN, Faroe Islands, Dec 14 (Wire)'));
    expect(accented.places.map((p) => [p.name, p.kind])).toEqual(expect.arrayContaining([['Tórshavn', 'city'], ['Faroe Islands', 'country']]));
    const dotted = read(datelined('Teachers March\n\nWire Travel Desk. Last updated: Sunday, February 5.', "ST. GEORGE'S, Grenada, Feb 6 (Wire)"));
    expect(dotted.places.map((p) => p.name)).toEqual(expect.arrayContaining(["St. George's", 'Grenada']));
  });

  it('reads no dateline after more than three lines of text', () => {
    const late = read(datelined('Headline\n\nOne.\n\nTwo.\n\nThree.', 'TÓRSHAVN, Faroe Islands, Dec 14 (Wire)'));
    expect(late.places.map((p) => p.name)).not.toContain('Tórshavn');
  });
});

describe('ids: letters that do not decompose', () => {
  it('makes "Løgting" logting and "Łódź Straße" lodz-strasse, as names are compared', () => {
    expect([slugify('Løgting'), slugify('Łódź Straße')]).toEqual(['logting', 'lodz-strasse']);
  });
});

describe('deployments: units, and members who join', () => {
  it('counts no one from "two squadrons of mobile gendarmes", "1,900 teachers are members" or "150 of its members" of an association', () => {
    const brief = (body: string) => `Police plan for the week\n\nLAKESIDE, May 6 (Wire) - ${body}\n`;
    expect(read(brief('Two squadrons of mobile gendarmes will be on duty on Friday.')).deployments).toEqual([]);
    expect(read(brief('The Lakeside Union of Teachers says 1,900 public school teachers are members.')).deployments).toEqual([]);
    expect(read(brief('The Lakeside Tenants Association said about 150 of its members would hold a vigil on the quay.')).deployments).toEqual([]);
    expect(read(brief('The Harbour Police said about 150 of its members would guard the quay.')).deployments.map((d) => d.personnel)).toEqual([{ value: 150, qualifier: 'approximately' }]);
  });
});

describe('organizations: a centre that speaks, a road code', () => {
  const brief = (body: string) => `Police plan for the week\n\nLAKESIDE, May 6 (Wire) - ${body}\n`;

  it('reads "The Regional Meteorological Centre in Nadi said" as a body that speaks, not a venue; "which runs the Arts Centre, said" as neither', () => {
    const facts = read(brief('The Regional Meteorological Centre in Nadi said the cyclone could strengthen to Category 4.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Regional Meteorological Centre', 'agency']]);
    expect(facts.places.map((p) => p.name)).not.toContain('Regional Meteorological Centre');
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['regional-meteorological-centre']);
    expect(read(brief('The Harbour Trust, which runs the Lakeside Arts Centre, said bags would be searched.')).organizations.map((o) => o.name)).not.toContain('Lakeside Arts Centre');
  });

  it('reads no body from a road\'s code ("the CG-2 road")', () => {
    expect(read(brief('Lorries are banned from the CG-2 road until Friday.')).organizations).toEqual([]);
  });
});

describe('protests: an act done "in protest"', () => {
  it('dates the protest by the act\'s own day before its "and", never by the day of saying', () => {
    const text = `Police plan for the week\n\nLAKESIDE, May 6 (Wire) - The farmers' union said on Friday that up to 300 tractors would drive up the N22 from Porta on Saturday, May 10, and stop at the frontier for 24 hours, in protest at unfair competition.\n`;
    expect(read(text).protests.map((p) => p.date)).toEqual(['2031-05-10']);
  });
});
