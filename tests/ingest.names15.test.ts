// Names of bodies and places that wider rules cut or misread, from short articles of our own: a body's name that
// goes on past its head word, a country a site is named after, a rite named by its feast, a campaign whose name
// holds "the", a compass word before a city, a town written with "City", a surname that is also a town.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';

const read = (text: string) => extract({ sourceId: 'note', published: '2031-05-06', text: `Harbour plan\n\n${text}\n` });
const orgs = (text: string) => read(text).organizations.map((o) => o.name).sort();
const places = (text: string) => read(text).places.map((p) => [p.name, p.kind]);

describe('bodies', () => {
  it('keeps the unit a head word is followed by in the body\'s name, and reads the body named short as the same one', () => {
    const facts = read('Officers of the Eastby Police District closed the quay, an Eastby Police District spokesman said.');
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Eastby Police District', 'police_force']]);
    expect(facts.places).toEqual([]);
    expect(orgs('The Northland Coast Guard (NCG) keeps six boats in the bay, Coast Guard spokesman Ivo Lenz said.')).toEqual(['Northland Coast Guard']);
    // Two longer names end with it: the short one names neither.
    expect(orgs('The Eastby Harbour Police and the Westby Harbour Police met the Harbour Police on Monday.')).toEqual(['Eastby Harbour Police', 'Harbour Police', 'Westby Harbour Police']);
  });

  it('reads a head word\'s name of five capitalised words whole, and the head words the lexicon lacked', () => {
    expect(orgs('Two were hurt, the Eastby Flood Risk Reduction and Response Office said.')).toEqual(['Eastby Flood Risk Reduction and Response Office']);
    expect(orgs('The Archdiocese of Eastby said a candidate for the National Assembly would attend.')).toEqual(['Archdiocese of Eastby', 'National Assembly']);
  });

  it('keeps apart a body the longer one is "of"', () => {
    expect(orgs('The Armed Forces will add 4,000 soldiers, the Joint Command of the Armed Forces said.')).toEqual(['Armed Forces', 'Joint Command of the Armed Forces']);
  });

  it('reads a national force named generically as the one national force a story about its country names, never a visiting one', () => {
    const dateline = 'AMMAN, May 11 (Wire) - ';
    expect(orgs(`${dateline}Jordanian police will close the road, the Public Security Directorate (PSD) said.`)).toEqual(['Public Security Directorate']);
    expect(orgs('HANOI, May 11 (Wire) - Finnish police travel with the president, the Ministry of Public Security said.')).toEqual(['Finnish police', 'Ministry of Public Security']);
    // With no such force named, the country's national police is a body of its own, called so by name too.
    const alone = read(`${dateline}Jordan's national police will deploy 1,200 officers.`).organizations;
    expect(alone.map((o) => [o.name, o.country, o.aliases])).toEqual([['Jordanian national police', 'JO', ["Jordan's national police", 'national police']]]);
    // A force glossed by its name in another language, a lowercase adjective closing it.
    expect(orgs('About 900 officers of the national police, the Garde nationale, will be on duty.')).toEqual(['Garde nationale']);
  });

  it('reads bodies named in a Romance language with "y" and "de los", and an acronym after "news agency"', () => {
    expect(orgs('The Unidad de Rescate y Apoyo del Lago stands by, and the Hermandad de los Pescadores del Lago marches.')).toEqual(['Hermandad de los Pescadores del Lago', 'Unidad de Rescate y Apoyo del Lago']);
    expect(read('The Asociacion de Pescadores del Lago called a sit-in, the state news agency RNA said.').organizations.map((o) => [o.name, o.kind])).toEqual([['Asociacion de Pescadores del Lago', 'association'], ['RNA', 'agency']]);
  });

  it('keeps "the" and "of" inside a campaign\'s name', () => {
    expect(orgs('The campaign Save the Lindvale handed out leaflets, and the group Friends of the Old Pier marched.')).toEqual(['Friends of the Old Pier', 'Save the Lindvale']);
  });
});

describe('places', () => {
  it('reads no country or town from a site named after one, and reads the site whole', () => {
    expect(places('Buses stop at the Porte de France and on the Avenue de Paris.')).toEqual([['Porte de France', 'venue'], ['Avenue de Paris', 'venue']]);
    expect(places('Fans met at the Gate of Norway. Fans from Norway came too.')).toEqual([['Norway', 'country']]);
  });

  it('reads sites whose head word opens their name, with a number or a Romance adjective, and the new head words', () => {
    expect(places('Stalls line Calle 12 (Avenida Lindvale) and the Place du 14 Juillet 2011, near the Theatre municipal.'))
      .toEqual([['Calle 12', 'venue'], ['Place du 14 Juillet 2011', 'square'], ['Theatre municipal', 'venue']]);
    expect(places('Boats stay in Holm Bay near Holm Beach and the Holm Ferry Terminal, off Mill Way.'))
      .toEqual([['Holm Bay', 'region'], ['Holm Beach', 'venue'], ['Holm Ferry Terminal', 'venue'], ['Mill Way', 'venue']]);
  });

  it('reads no town from a rite named by its feast, but the town where the words place something in it', () => {
    expect(places('The Corpus Christi procession leaves the cathedral at six.')).toEqual([]);
    expect(places('The Corpus Christi procession leaves at six. Roads through Corpus Christi close.')).toEqual([['Corpus Christi', 'city']]);
  });

  it('reads a country the word list takes for a common word, and a town written without its diacritics as the one of the country named', () => {
    expect(places('Fans came from the Philippines on Friday.')).toEqual([['Philippines', 'country']]);
    expect(read('MEDELLIN, Colombia, Nov 11 (Wire) - Police will be on duty in Medellin for the final.').places.map((p) => [p.name, p.country])).toEqual([['Colombia', 'CO'], ['Medellin', 'CO']]);
  });

  it('reads two sites named before one plural word as two, each with the word in the singular', () => {
    expect(places('The Holm and Moen bridges will be closed, and the Lund and Jaume I metro stations stay shut.'))
      .toEqual([['Holm bridge', 'venue'], ['Moen bridge', 'venue'], ['Lund metro station', 'venue'], ['Jaume I metro station', 'venue']]);
    expect(places('Holm and Moen will be closed to traffic.')).toEqual([]);
  });

  it('reads "central <city>" as the city named again, no district of its own', () => {
    const facts = read('Fans will gather in Oslo on Friday. Roads in central Oslo close at noon.');
    expect(facts.places.map((p) => [p.name, p.kind])).toEqual([['Oslo', 'city']]);
  });

  it('reads a town written with "City" as one city, the bare name later the same one, and never a club', () => {
    expect(places('The talks open in Pasay City on Monday. Hotels in Pasay are full.')).toEqual([['Pasay City', 'city']]);
    expect(places('Fans of Manchester City sang in Leeds.')).toEqual([['Leeds', 'city']]);
  });

  it('reads no town from a surname or from streets at a corner, and the city in a mission\'s name', () => {
    expect(places('Ramiro Lima was shot in March. After the murder of Lima, guards doubled.')).toEqual([]);
    expect(places('Police held the line at the corner of Roxas and Quirino.')).toEqual([]);
    expect(places('The Ruritanian Embassy in Rome said the road stays shut.')).toEqual([['Rome', 'city']]);
  });
});

describe('people', () => {
  const people = (text: string) => read(text).people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)]);

  it('reads ranks of police and armed forces and secretaries of a portfolio as titles', () => {
    expect(people('The march may go ahead, according to Eastby Police District spokesman Police Major Ivo Lenz. Interior Secretary Ada Moen said so, and Commodore Ola Berg agreed.'))
      .toEqual([['Ivo Lenz', ['Police Major']], ['Ada Moen', ['Interior Secretary']], ['Ola Berg', ['Commodore']]]);
  });

  it('reads two people with lowercase titles joined by "and", a candidate, a secretary general, and a title whose body has its acronym in brackets', () => {
    expect(people('The runoff is between former finance minister Ada Moen and businessman Ivo Lenz, the first since 2020.'))
      .toEqual([['Ada Moen', ['Former finance minister']], ['Ivo Lenz', ['Businessman']]]);
    expect(people('The killing of Ola Berg, a candidate for the National Assembly, shocked all. Its secretary general, Ivo Lenz, said the sit-in would be quiet.'))
      .toEqual([['Ola Berg', ['Candidate for the National Assembly']], ['Ivo Lenz', ['Secretary general']]]);
    expect(people('The president of the Harbour Electoral Board (HEB), Ada Moen, said results come at six.')).toEqual([['Ada Moen', ['President of the Harbour Electoral Board']]]);
    // "general" alone is no title: a festival named after it is no person.
    expect(people('It is the largest event since the general Song Festival of July 2025.')).toEqual([]);
  });
});
