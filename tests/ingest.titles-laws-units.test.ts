// Three things capitalised words closed by a body's head word can be that are not that body: a title of office
// with its holder after a comma, a law named after a body, and a unit named after the body that owns it (both
// bodies). Over briefs of the test's own.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const bodies = (body: string) => read(brief(body)).organizations.map((o) => o.name);

describe('words closed by a head word that name no body of that name', () => {
  it('a title of office and what it is of, its holder after a comma, is the holder\'s title', () => {
    const facts = read(brief('The Inspector-General of Police, Ada Holm, said the square would close at noon.'));
    expect(facts.organizations.map((o) => o.name)).not.toContain('Inspector-General of Police');
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toContainEqual(['Ada Holm', 'Inspector-General of Police']);
  });

  it('a body named as what it is of stays a body before a comma that no name follows', () => {
    expect(bodies('Officers of the Ministry of Transport, who closed the bridge, said it would reopen.')).toContain('Ministry of Transport');
  });

  it('a law named after a body is no body', () => {
    expect(bodies('The riders had broken the Public Assembly Act, the police said.')).not.toContain('Public Assembly');
  });

  it('a unit named after its owner body is a body, and so is the owner', () => {
    expect(bodies('About 1,500 officers of the National Police Agency\'s Special Police Corps will guard the square.')).toEqual(
      expect.arrayContaining(['Special Police Corps', 'National Police Agency']));
    expect(bodies('About 1,500 officers of the National Police Agency\'s Special Police Corps will guard the square.')).not.toContain("National Police Agency's Special Police Corps");
  });

  it('a city\'s authority named of a place of two words is named whole', () => {
    expect(bodies('The City of Buenos Aires closed the park.')).toEqual(['City of Buenos Aires']);
    expect(bodies('The City of Eastby closed the park.')).toEqual(['City of Eastby']);
  });
});
