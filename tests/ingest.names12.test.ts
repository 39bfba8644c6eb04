// Bodies, places and people of news from other countries, read from short articles of our own: local-language
// street, square and building words, sites within the article's city, bodies named in other languages, firms,
// broadcasters and local governments, and the body a person's role belongs to.
import { beforeAll, describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed, type Seed } from '../src/db/seed.js';
import { extract } from '../src/ingest/extract.js';
import { prefill } from '../src/review/prefill.js';
import { seedWithMachineFacts } from './helpers/review.js';

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

describe('bodies named in other languages, firms, broadcasters and local governments', () => {
  const orgs = (text: string) => read(text).organizations;
  const byName = (text: string) => Object.fromEntries(orgs(text).map((o) => [o.name, o]));

  it('reads a name set off after a description of a body, with the kind the description gives', () => {
    const found = byName('Fair plan\n\nLISBON, May 6 (Wire) - Its organiser, Lago Feiras e Eventos, expects 9,000 visitors. The regional ambulance service, ARS Nord, will run a field hospital. '
      + "Portugal's national police, the Guarda Real, will have 900 officers on duty.\n");
    expect(found['Lago Feiras e Eventos']).toMatchObject({ kind: 'association' });
    expect(found['ARS Nord']).toMatchObject({ kind: 'agency' });
    expect(found['Guarda Real']).toMatchObject({ kind: 'police_force', country: 'PT' });
    // The description is the same body, and the country's name a place still.
    expect(Object.keys(found)).not.toContain('Portuguese national police');
    expect(read("Fair plan\n\nLISBON, May 6 (Wire) - Portugal's national police, the Guarda Real, will patrol.\n").places.map((p) => p.name)).toContain('Portugal');
  });

  it('reads no body from a person set off after a description, nor from a name that only speaks after it', () => {
    const names = orgs('Fair plan\n\nLISBON, May 6 (Wire) - Its organiser, Ana Lund, expects 9,000 visitors. Officers came from the federal police, Lund said.\n').map((o) => o.name);
    expect(names).not.toContain('Ana Lund');
    expect(names).not.toContain('Lund');
  });

  it('reads firms by their last word, broadcasters, and bodies named in a Romance language', () => {
    const found = byName('Fair plan\n\nLISBON, May 6 (Wire) - Tickets are sold by Nordby Events Ltd. The colonel told Radio Nordeste the crowd was calm, and Harbour Radio broadcast the match. '
      + 'The Guardia Urbana closed the square, and the Ayuntamiento de Lago banned the fair.\n');
    expect(found).toMatchObject({
      'Nordby Events Ltd': { kind: 'association' }, 'Radio Nordeste': { kind: 'agency' }, 'Harbour Radio': { kind: 'agency' },
      'Guardia Urbana': { kind: 'police_force' }, 'Ayuntamiento de Lago': { kind: 'government' },
    });
    expect(Object.keys(byName('Fair plan\n\nLISBON, May 6 (Wire) - The match was shown on national television, and the events were sold out.\n'))).toEqual([]);
  });

  it('reads a national relief society, a centre with an acronym as a body unless a building, and a ministry of a list', () => {
    const found = byName('Fair plan\n\nVolunteers of the Danish Red Cross staff the posts. The National Cyber Centre (NCZ) watches the ticket system. '
      + 'The Harbour Exhibition Centre (HEC) hosts the fair. The Ministry of Land, Ports, Rail and Roads closed the quay, Holm said.\n');
    expect(found['Danish Red Cross']).toMatchObject({ kind: 'association', country: 'DK' });
    expect(found['National Cyber Centre']).toMatchObject({ acronym: 'NCZ' });
    expect(Object.keys(found)).not.toContain('Harbour Exhibition Centre');
    expect(Object.keys(found)).toContain('Ministry of Land, Ports, Rail and Roads');
    expect(byName('Fair plan\n\nThe Eastby Chamber of Crafts said shops would lose trade.\n')['Eastby Chamber of Crafts']).toMatchObject({ kind: 'association' });
    expect(Object.keys(byName('Fair plan\n\nThe Ministry of Transport, Holm said, closed the quay.\n'))).toEqual(['Ministry of Transport']);
  });

  it('reads a body of a country named by its possessive, and a lowercase national police', () => {
    const found = byName("Visit plan\n\nLISBON, May 6 (Wire) - Norway's embassy did not comment. Officers of the Austrian federal police patrol the station.\n");
    expect(found['Norwegian embassy']).toMatchObject({ kind: 'diplomatic_mission', country: 'NO', aliases: ["Norway's embassy"] });
    expect(found['Austrian federal police']).toMatchObject({ kind: 'police_force', country: 'AT' });
  });

  it('names a local government by the city the sentence names, else the dateline\'s, only where it acts or speaks', () => {
    expect(Object.keys(byName('Fair plan\n\nLEEDS, May 6 (Wire) - Marchers will gather in York on Friday, the town hall said.\n'))).toEqual(['York town hall']);
    expect(Object.keys(byName('Fair plan\n\nLEEDS, May 6 (Wire) - The road is shut under an order of the city council.\n'))).toEqual(['Leeds city council']);
    expect(Object.keys(byName('Fair plan\n\nLEEDS, May 6 (Wire) - The rally ends at the town hall.\n'))).toEqual([]);
    expect(byName('Fair plan\n\nLEEDS, May 6 (Wire) - The Municipality of Leeds and the West Yorkshire state government said the fair is safe.\n'))
      .toMatchObject({ 'Municipality of Leeds': { kind: 'government' } });
  });

  it('gives a body named by its function only the country of a story about one country, as an inference, its words an alias', () => {
    const found = byName('Fair plan\n\nLISBON, May 6 (Wire) - The interior ministry said the costs were in line with plans. Portuguese police will patrol.\n');
    expect(found['Portuguese interior ministry']).toMatchObject({ country: 'PT', aliases: ['interior ministry'], derived: true, note: expect.stringMatching(/inferred/) });
    // "the federal police" and "the national police" of a story about one country, which it may name only by name.
    const forces = byName('Fair plan\n\nBRUSSELS, May 6 (Wire) - Farmers from Belgium marched. Officers came from Liege and the federal police.\n');
    expect(forces['Belgian federal police']).toMatchObject({ kind: 'police_force', country: 'BE', aliases: ['federal police'] });
    expect(Object.keys(byName('Fair plan\n\nLISBON, May 6 (Wire) - The national police said 400 more officers will come to Portugal for the fair.\n'))).toEqual(['Portuguese police']);
    // A text with no dateline is placed by nothing: no body is made of the lowercase words, and a capitalised one keeps its name.
    expect(Object.keys(byName('Fair plan\n\nThe interior ministry said the costs were in line with plans. Portuguese police will patrol.\n'))).toEqual(['Portuguese police']);
    expect(byName('Fair plan\n\nThe Interior Ministry said the costs were in line with plans.\n')['Interior Ministry']).toMatchObject({ country: null });
  });
});

describe('kinds, countries and the bodies of people\'s roles', () => {
  it('reads an army or armed forces as no police force, and a body after a country\'s possessive as that country\'s', () => {
    const facts = read("Summit plan\n\nLISBON, May 6 (Wire) - The Portuguese Armed Forces will provide up to 400 soldiers. Portugal's Civil Aviation Agency has banned drones over the city.\n");
    expect(Object.fromEntries(facts.organizations.map((o) => [o.name, [o.kind, o.country]]))).toMatchObject({
      'Portuguese Armed Forces': ['agency', 'PT'], 'Civil Aviation Agency': ['agency', 'PT'],
    });
  });

  it('reads a climate or residents\' group as an association, a movement as a political group', () => {
    const facts = read('March plan\n\nThe climate group Green Tide will march. The movement Free Harbours will march too.\n');
    expect(Object.fromEntries(facts.organizations.map((o) => [o.name, o.kind]))).toEqual({ 'Green Tide': 'association', 'Free Harbours': 'political_group' });
  });

  it('gives "police chief" with no police named nearby the story\'s own police, never a force of another country', () => {
    const facts = read('Summit plan\n\nLISBON, May 6 (Wire) - Portuguese police will deploy 2,000 officers. More than 100 officers of the Spanish national police will patrol the station.\n\n'
      + 'The city has banned drones. Officers will check bags at all entrances to the old town, police chief Rui Costa said.\n');
    const costa = facts.people.find((p) => p.name === 'Rui Costa')!;
    const roles = costa.roles as Array<{ organization_id: string | null }>;
    expect(facts.organizations.find((o) => o.id === roles[0]!.organization_id)?.name).toBe('Portuguese police');
  });

  it('reads a place written without its diacritics as the gazetteer\'s place', () => {
    const facts = read('Fair plan\n\nLISBON, May 6 (Wire) - Delegations will fly in from Sao Paulo in Brazil and from Krakow in Poland.\n');
    expect(facts.places.filter((p) => p.kind === 'city').map((p) => [p.name, p.country])).toEqual(expect.arrayContaining([['Sao Paulo', 'BR'], ['Krakow', 'PL']]));
  });
});

describe('the review form opens a new place or body as ingest reads it', () => {
  let seed: Seed;
  let text: string;
  beforeAll(() => {
    const { seedDir, sourceId } = seedWithMachineFacts('geneva-summit.txt', '2026-03-01');
    seed = loadSeed(seedDir);
    text = seed.sources.find((s) => s.id === sourceId)!.text;
  }, 60_000);
  const filled = (collection: string, words: string) => prefill(seed, collectionByName.get(collection)!, words, { published: '2026-03-01', text });

  it('keeps a lowercase head word of a site in its name, and gives the kind it says', () => {
    expect(filled('places', 'delegates meet at the Narodni dom')).toMatchObject({ name: 'Narodni dom', kind: 'venue' });
    expect(filled('places', 'entrances to the Old Town')).toMatchObject({ name: 'Old Town', kind: 'district' });
    expect(filled('places', 'the march fills Placa de la Vila')).toMatchObject({ name: 'Placa de la Vila', kind: 'square' });
  });

  it('gives a body named with a lowercase head word its kind, and an army no police kind', () => {
    expect(filled('organizations', 'Austrian federal police')).toMatchObject({ name: 'Austrian federal police', kind: 'police_force' });
    expect(filled('organizations', 'the Ruritanian Armed Forces')).toMatchObject({ kind: 'agency' });
  });
});

describe('more places read', () => {
  it('reads a district numbered in roman numerals, an arena or palace named head word first, and a region after a compass word', () => {
    const text = 'Fan plan\n\nBUDAPEST, May 6 (Wire) - Fans will gather in District IX and walk to Arena Nord, past the Palau de la Vila. Extra officers patrol in western Styria.\n';
    expect(kinds(text)).toMatchObject({ 'District IX': 'district', 'Arena Nord': 'venue', 'Palau de la Vila': 'venue', Styria: 'region' });
    expect(Object.keys(kinds('Fan plan\n\nBUDAPEST, May 6 (Wire) - Fans will gather in District Nine Park.\n'))).not.toContain('District IX');
  });

  it('keeps a place\'s possessive before its police as the article\'s words of the force', () => {
    const org = read("Fan plan\n\nLEEDS, May 6 (Wire) - Leeds's municipal police will close the road.\n").organizations[0]!;
    expect(org).toMatchObject({ name: 'Leeds municipal police', aliases: ["Leeds's municipal police"] });
  });
});

describe('a count beside two named forces', () => {
  it('belongs to the force of its own clause, not one named nearer it after ", and"', () => {
    const facts = read('Strike plan\n\nLEEDS, May 6 (Wire) - The Harbour Police, the only force of the region since the reform of the services, said it had deployed about 1,200 officers, and the Coast Guard 400 more.\n');
    const count = facts.deployments.find((d) => (d.personnel as { value: number }).value === 1200)!;
    expect(facts.organizations.find((o) => o.id === count.organization_id)?.name).toBe('Harbour Police');
  });
});
