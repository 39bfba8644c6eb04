// Places that wire copy names in shapes the places pass missed: each test reads sentences written for it (other
// topics, towns and words than any gold article) and asserts the places proposed, and the near misses that stay none.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';

const placesOf = (text: string) => extract({ sourceId: 'note', published: '2031-04-02', text }).places.map((p) => `${p.name}/${p.kind}`);

describe('places named in shapes the gazetteer alone missed', () => {
  it('a country whose name looks like a part of the world is the country; parts of the world stay none', () => {
    expect(placesOf('Riot police will be on duty in South Africa on Monday.\n')).toContain('South Africa/country');
    expect(placesOf('Ministers from Central America met in Lisbon on Monday, Portuguese police said.\n').some((p) => p.startsWith('Central'))).toBe(false);
  });

  it('a country named after its capital "City" is the country, and the city stays the city', () => {
    const found = placesOf('Extra officers were on duty in Mexico City on Friday. Delegations from Mexico and Peru arrived on Saturday.\n');
    expect(found).toEqual(expect.arrayContaining(['Mexico City/city', 'Mexico/country', 'Peru/country']));
  });

  it('countries and cities under the names English-language news gives them', () => {
    const found = placesOf('ACCRA, Ghana, May 3 (Wire) - Fans travelled from Ivory Coast, North Macedonia and Britain, and Belgian supporters came from Ghent and Antwerp.\n');
    expect(found).toEqual(expect.arrayContaining(['Ivory Coast/country', 'North Macedonia/country', 'Britain/country', 'Ghent/city', 'Antwerp/city']));
    const german = placesOf('FRANKFURT, June 9 (Wire) - German police sent 300 officers from Hanover and Cologne to Frankfurt.\n');
    expect(german).toEqual(expect.arrayContaining(['Frankfurt/city', 'Hanover/city', 'Cologne/city']));
  });
});
