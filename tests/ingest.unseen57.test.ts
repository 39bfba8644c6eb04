// What blind round 57 found ingest reading wrong or missing (issue 20), each read by a general rule, on briefs of our
// own: vehicles counted under escort, one officer's title after a body's word, a body of another language named short
// or in the possessive, a house number after a street's name, an explosion told by what it destroyed, "Policing" as a
// force's name, a town written with diacritics the gazetteer holds without them.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('a count of vehicles (rule deployment.count)', () => {
  it('is no force, though police escort them', () => {
    expect(read(brief('About 1,900 supporters came from the harbour in 42 buses under police escort.')).deployments).toEqual([]);
  });
  it('leaves a count of officers a force', () => {
    expect(read(brief('The Lakeside Police put 400 officers on the buses.')).deployments.map((d) => d.personnel)).toEqual([{ value: 400, qualifier: 'exactly' }]);
  });
});

describe('one officer\'s title after a body\'s word (rule organization.head-word)', () => {
  it('names no body ("The Lakeside Chief Police Officer, Ada Moen,")', () => {
    expect(read(brief('The Lakeside Chief Police Officer, Deputy Commissioner Ada Moen, said there had been four arrests.')).organizations).toEqual([]);
  });
});

describe('a body named in another language (rule organization.local-language-body)', () => {
  const facts = read(brief('The Policía Municipal de Lakeside says up to 450 of its officers are on duty. The Policía Municipal said on Friday that 19 people had been arrested. About 350 people took part, by the Policía Municipal\'s count.'));
  it('is the body named in full before when named short, and never holds a possessive', () => {
    expect(facts.organizations.map((o) => o.name)).toEqual(['Policía Municipal de Lakeside']);
  });
  it('speaks under its full name when named short', () => {
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['policia-municipal-de-lakeside', 'policia-municipal-de-lakeside']);
  });
});

describe('a street named first in another language (rule place.venue)', () => {
  it('drops a house number after its name, keeping a number that is its name', () => {
    const names = read(brief('Our clinic at Avenida de la Paz 98 is open; buses stop at Calle 50 and on Avenida 6 de Mayo.')).places.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Avenida de la Paz', 'Calle 50', 'Avenida 6 de Mayo']));
    expect(names).not.toContain('Avenida de la Paz 98');
  });
});

describe('an explosion told by what it did (rule event.incident-act)', () => {
  it('is an incident of its day', () => {
    expect(read(brief('At about 21:15 on Monday, 4 May, a gas explosion and fire destroyed a refilling plant on the ring road.')).events.map((e) => [e.name, e.kind, e.start])).toEqual([['Explosion', 'incident', '2031-05-04']]);
  });
  it('is the incident of that day already named on from its word, told again', () => {
    const events = read(brief('An explosion at the Lakeside refinery killed seven workers on Monday, 4 May. The explosion tore through the distillation unit before dawn on Monday, 4 May.')).events;
    expect(events.filter((e) => e.kind === 'incident')).toHaveLength(1);
  });
});

describe('a force named by "Policing" (lexicon org_heads)', () => {
  it('is a police force', () => {
    expect(read(brief('The Lakeside Public Order Policing unit sent 600 officers to the harbour.')).organizations.map((o) => [o.name, o.kind])).toContainEqual(['Lakeside Public Order Policing', 'police_force']);
  });
});

describe('a town written with its diacritics (place.gazetteer)', () => {
  it('is the town the gazetteer holds without them', () => {
    expect(read(brief('The new president was sworn in in Asunción on Tuesday.')).places.map((p) => [p.name, p.kind])).toContainEqual(['Asunción', 'city']);
  });
});
