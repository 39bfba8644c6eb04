// Sites named by words of other languages, buildings and areas closed by their head word, places of worship
// named "<kind> of <name>", and a neighbourhood the gazetteer does not know named after a site and "in"
// (rules place.venue and place.site-locality). Over briefs of the test's own.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const placesOf = (body: string) => read(brief(body)).places.map((p) => [p.name, p.kind, p.within_id]);

describe('sites named head first in other languages', () => {
  it('reads Malay and Arabic street and square words before a name, with their kinds', () => {
    const found = placesOf('Buses will avoid Jalan Tasik Biru and Lorong Kenari, and crowds will gather on Dataran Pelangi and Midan Nour, near Masjid Hijau and Bukit Serai.');
    expect(found).toEqual(expect.arrayContaining([
      ['Jalan Tasik Biru', 'venue', 'lakeside'], ['Lorong Kenari', 'venue', 'lakeside'], ['Dataran Pelangi', 'square', 'lakeside'],
      ['Midan Nour', 'square', 'lakeside'], ['Masjid Hijau', 'venue', 'lakeside'], ['Bukit Serai', 'district', 'lakeside'],
    ]));
  });

  it('reads street and square words of other languages after a name, capitalised in English text', () => {
    const found = placesOf('The procession leaves along Pattini Veediya and Ranmal Mawatha to Lotus Chowk.');
    expect(found).toEqual(expect.arrayContaining([['Pattini Veediya', 'venue', 'lakeside'], ['Ranmal Mawatha', 'venue', 'lakeside'], ['Lotus Chowk', 'square', 'lakeside']]));
  });

  it('does not read those words alone as a place', () => {
    expect(placesOf('The jalan by the river was closed, and the dataran was fenced off.').map(([name]) => name)).toEqual(['Lakeside']);
  });
});

describe('buildings, areas and places of worship by their head word', () => {
  it('closes a name with Hotel, Building, Resort, Corniche or Bypass (venues) and River, Valley or Province (regions)', () => {
    const found = placesOf('Delegates stay at the Marlow Grand Hotel and meet in the Old Treasury Building; traffic is sent along the Ring Bypass, away from the Harbour Corniche, along the Selva River and through the Amber Valley in the Upper Province.');
    expect(found).toEqual(expect.arrayContaining([
      ['Marlow Grand Hotel', 'venue', 'lakeside'], ['Old Treasury Building', 'venue', 'lakeside'], ['Ring Bypass', 'venue', 'lakeside'],
      ['Harbour Corniche', 'venue', 'lakeside'], ['Selva River', 'region', null], ['Amber Valley', 'region', null], ['Upper Province', 'region', null],
    ]));
  });

  it('reads a temple or sanctuary named by what it is first, through two "of"s', () => {
    const found = placesOf('Pilgrims queue at the Temple of the Golden Lamp and at the Sanctuary of the Lady of the Rocks.');
    expect(found).toEqual(expect.arrayContaining([['Temple of the Golden Lamp', 'venue', 'lakeside'], ['Sanctuary of the Lady of the Rocks', 'venue', 'lakeside']]));
  });
});

describe('a neighbourhood named after a site and "in" (rule place.site-locality)', () => {
  it('is a district of the dateline city when the gazetteer does not know the name', () => {
    const found = placesOf('About 900 officers will guard the stadium in Brenvik, the chief told reporters at the police headquarters in Kolvern.');
    expect(found).toEqual(expect.arrayContaining([['Brenvik', 'district', 'lakeside'], ['Kolvern', 'district', 'lakeside']]));
  });

  it('leaves a name the gazetteer knows to its own rules, and needs the site word', () => {
    const found = placesOf('The chief spoke in Brenvik on Monday, then flew to the stadium in Oslo.');
    expect(found.map(([name]) => name)).not.toContain('Brenvik');
    expect(found).toContainEqual(['Oslo', 'city', null]);
  });

  it('reads nothing without a dateline', () => {
    const text = 'Police plan for the week\n\nAbout 900 officers will guard the stadium in Brenvik on Saturday.\n';
    expect(read(text).places.map((p) => p.name)).not.toContain('Brenvik');
  });
});
