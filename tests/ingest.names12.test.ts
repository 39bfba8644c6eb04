// Bodies, places and people of news from other countries, read from short articles of our own: local-language
// street, square and building words, sites within the article's city, bodies named in other languages, firms,
// broadcasters and local governments, and the body a person's role belongs to.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';

const read = (text: string) => extract({ sourceId: 'note', published: '2031-05-06', text });
const kinds = (text: string) => Object.fromEntries(read(text).places.map((p) => [p.name, p.kind]));

describe('places named in other languages and by lowercase head words', () => {
  it('reads lowercase site words after a name and Romance words before it, with the kind they say', () => {
    const text = 'Harbour plan\n\nLEEDS, May 6 (Wire) - Delegates meet at the Narodni dom on Friday. Buses will turn at the Holm roundabout, and Kossuth ut is closed. '
      + 'The march goes from Placa de la Vila to Praça do Mar, through the Barrio Alto. Snow closed the roads of the Wold peninsula.\n';
    expect(kinds(text)).toMatchObject({
      'Narodni dom': 'venue', 'Holm roundabout': 'venue', 'Kossuth ut': 'venue', 'Placa de la Vila': 'square', 'Praça do Mar': 'square',
      'Barrio Alto': 'district', 'Wold peninsula': 'region',
    });
  });

  it('does not read a lowercase site word alone, nor a name in brackets after a venue as a place of its own', () => {
    const facts = read('Harbour plan\n\nLEEDS, May 6 (Wire) - Buses will turn at the roundabout. The rally fills Harbour Square (Havnetorget) on Friday.\n');
    expect(facts.places.map((p) => p.name)).toEqual(['Leeds', 'Harbour Square']);
  });

  it('keeps a road or bridge a gate or crossing is named after, and a park named again without its word', () => {
    const facts = read('Harbour plan\n\nLEEDS, May 6 (Wire) - Checks slow traffic at the Wold Bridge border crossing. Drones are banned over the Lindholm park, and a stage stands in Lindholm.\n');
    expect(facts.places.map((p) => p.name).sort()).toEqual(['Leeds', 'Lindholm park', 'Wold Bridge']);
  });

  it('reads "the Old Town" in capitals as a district, and "the old town" as no name', () => {
    expect(kinds('Harbour plan\n\nLEEDS, May 6 (Wire) - Bag checks are held at all entrances to the Old Town.\n')).toMatchObject({ 'Old Town': 'district' });
    expect(read('Harbour plan\n\nLEEDS, May 6 (Wire) - Bag checks are held in the old town.\n').places.map((p) => p.name)).toEqual(['Leeds']);
  });
});

describe('sites within the article\'s city', () => {
  it('puts a venue, square or district with no city of its own within the dateline\'s city, and says why', () => {
    const facts = read('Harbour plan\n\nLEEDS, May 6 (Wire) - The march starts in Mill Square and ends at Kirkgate Market, police said. Trains skip Leeds railway station.\n');
    const leeds = facts.places.find((p) => p.name === 'Leeds')!;
    for (const name of ['Mill Square', 'Kirkgate Market', 'Leeds railway station']) {
      expect(facts.places.find((p) => p.name === name)).toMatchObject({ within_id: leeds.id, country: leeds.country });
    }
    expect(facts.places.find((p) => p.name === 'Mill Square')!.note).toMatch(/city the article is about/);
  });

  it('leaves a site without a city when its sentence names another city and not the article\'s', () => {
    const facts = read('Harbour plan\n\nLEEDS, May 6 (Wire) - Fans will travel from Leeds. In York, they gather in Mill Square before the match.\n');
    expect(facts.places.find((p) => p.name === 'Mill Square')).toMatchObject({ within_id: null });
  });
});
