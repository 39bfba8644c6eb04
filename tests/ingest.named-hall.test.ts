// A city's hall that speaks is the city's government, not a building (rule organization.named-hall); the hall
// where a march ends stays a venue. Over briefs of the test's own.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const named = (facts: ReturnType<typeof read>, kind: 'organizations' | 'places') => facts[kind].map((f) => [f.name, f.kind]);

describe('a city hall named with capitals', () => {
  it('is the government when it speaks, with or without a name in brackets, and no venue', () => {
    for (const sentence of ['Saturday\'s parade passed off calmly, Eastby City Hall said.', 'Eastby City Hall (Eastby Borough Council, EBC) announced the closures on Monday.']) {
      const facts = read(brief(sentence));
      expect(named(facts, 'organizations')).toContainEqual(['Eastby City Hall', 'government']);
      expect(named(facts, 'places').map(([name]) => name)).not.toContain('Eastby City Hall');
    }
  });

  it('is the government when it acts with authority, and the operator of what it bans', () => {
    const facts = read(brief('Eastby City Hall has banned the sale of alcohol within 500 metres of the square on Saturday, the mayor said.'));
    expect(named(facts, 'organizations')).toContainEqual(['Eastby City Hall', 'government']);
    expect(named(facts, 'places').map(([name]) => name)).not.toContain('Eastby City Hall');
    expect(facts.measures.find((m) => m.kind === 'ban')?.operator_ids).toEqual(['eastby-city-hall']);
  });

  it('is a venue where something happens at it', () => {
    const facts = read(brief('The march will end at Eastby City Hall on Saturday, police said.'));
    expect(named(facts, 'places')).toContainEqual(['Eastby City Hall', 'venue']);
    expect(named(facts, 'organizations').map(([name]) => name)).not.toContain('Eastby City Hall');
  });
});
