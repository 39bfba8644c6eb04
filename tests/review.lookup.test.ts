// The name search behind the review app's reference fields: best first, a name starting with the typed text
// as whole words before a name whose word only starts with it ("port": Port of Gothenburg before Portugal).
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { lookup } from '../src/review/lookup.js';
import { copySeed } from './helpers/db.js';

describe('name search ranking', () => {
  const seed = loadSeed(copySeed());
  const places = seed.facts.get('places')!;
  const template = places.find((p) => p.id === 'italy')!;
  const place = (id: string, name: string) => ({ ...template, id, name });
  places.push(place('portugal', 'Portugal'), place('port-of-gothenburg', 'Port of Gothenburg'), place('old-port', 'Old Port'), place('portside-park', 'Portside Park'), place('port', 'Port'));
  const ids = (query: string) => lookup(seed, query, ['places']).map((m) => m.id);

  it('ranks an exact name, then names starting with the words whole, then with a word prefix, then the rest', () => {
    expect(ids('port')).toEqual(['port', 'port-of-gothenburg', 'portugal', 'portside-park', 'old-port']);
    expect(ids('port of')).toEqual(['port-of-gothenburg']);
    expect(ids('port goth')[0]).toBe('port-of-gothenburg');
    expect(ids('portu')).toEqual(['portugal']);
  });
});
