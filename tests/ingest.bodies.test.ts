// Bodies named without a head word, on short articles written for these tests: an acronym after a word for
// what it is or set off by a description, and the clubs a match is between.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';

const bodies = (text: string) => extract({ sourceId: 'note', published: '2026-05-04', text }).organizations.map((o) => [o.name, o.kind]);

describe('bodies', () => {
  it('names a body by its acronym after a word for what it is, or set off by a description before it speaks', () => {
    expect(bodies('The dockers\' union BTB called a strike on Monday. Public broadcaster HRN showed the march.\n')).toEqual([['BTB', 'union'], ['HRN', 'agency']]);
    expect(bodies('WFA, the sport\'s governing body, said the match would go ahead.\n')).toEqual([['WFA', 'agency']]);
  });

  it('never reads the capitals closing a longer name, or a group\'s name, as an acronym', () => {
    expect(bodies('A spokesperson for Harbour FC, which plays at the pier, said tickets were sold out.\n').map(([name]) => name)).not.toContain('FC');
    expect(bodies('The climate group SG Climate Rally met on Monday.\n').map(([name]) => name)).not.toContain('SG');
  });

  it('proposes the clubs a match is between, and no club for a country\'s name', () => {
    expect(bodies('Police prepared for the final between Harbour United and FC Nordby on Saturday.\n')).toEqual([['Harbour United', 'club'], ['FC Nordby', 'club']]);
    expect(bodies('Police prepared for the match between Norway and Denmark on Saturday.\n')).toEqual([]);
  });

  it('names a local authority by what it is of, and a place\'s police headquarters as a body that speaks', () => {
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text: 'The prefecture of the Loire department banned the march. The City of Nantes closed the park. '
      + 'The Nantes police headquarters put the crowd at about 4,000.\n' });
    expect(facts.organizations.map((o) => [o.name, o.aliases])).toEqual([['Nantes police headquarters', []], ['Loire prefecture', ['Prefecture of Loire']], ['City of Nantes', []]]);
    expect(facts.statements.map((st) => st.text)).toEqual(['Put the crowd at about 4,000.']);
  });
});
