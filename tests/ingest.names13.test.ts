// Bodies, people and places whose words a wider rule misread, from short articles of our own: a person's name
// that goes on into a site's, a known body's name that goes on into a longer one, a name in brackets that is a
// body's name in its language, a description set off after a body's name, a title of office "of" a body.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';

const read = (text: string) => extract({ sourceId: 'note', published: '2031-05-06', text });
const orgs = (text: string) => read(text).organizations.map((o) => o.name).sort();

describe('people', () => {
  it('reads a title and a name as a person, but not when the name goes on into a site or a body named after someone', () => {
    expect(read('Harbour plan\n\nQueen Ada Lund opened the fair on Friday.\n').people.map((p) => p.name)).toEqual(['Ada Lund']);
    const site = read('Harbour plan\n\nDelegates meet at the Queen Ada Lund Convention Center on Friday.\n');
    expect(site.people).toEqual([]);
    expect(site.places.map((p) => [p.name, p.kind])).toContainEqual(['Queen Ada Lund Convention Center', 'venue']);
    expect(read('Harbour plan\n\nDelegates meet at the Mayor Ivo Lenz Memorial Hall on Friday.\n').people).toEqual([]);
    const named = read('Harbour plan\n\nThe fan zone fills Queen Ada Gardens, and boats pass under the King Olav Harbour Bridge. Transport Minister Lena Park opened it.\n');
    expect(named.people.map((p) => p.name)).toEqual(['Lena Park']);
    expect(named.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Queen Ada Gardens', 'King Olav Harbour Bridge']));
    const more = read('Harbour plan\n\nStaff of Judge Lund Memorial Park, King Olav Park and Governor Ada Moen School will help at the President Lund Cup final.\n');
    expect(more.people).toEqual([]);
  });
});

describe('people set off by a title', () => {
  const titles = (text: string) => read(text).people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)]);

  it('keeps what a title is of only when the capitals are all of it', () => {
    expect(titles('Harbour plan\n\n"We are calm," said Ada Moen, a spokeswoman for the Harbour supporters\' club Blue Gulls.\n')).toEqual([['Ada Moen', ['Spokeswoman']]]);
    expect(titles('Harbour plan\n\n"We are calm," said Ada Moen, a spokeswoman for the Harbour Police.\n')).toEqual([['Ada Moen', ['Spokeswoman for the Harbour Police']]]);
  });

  it('reads no person from a name opening with the place its title is of, and reads a name with an Arabic article', () => {
    expect(titles('Harbour plan\n\nLindby Mantse, the paramount chief of Lindby, opened the fair.\n')).toEqual([]);
    expect(titles('Harbour plan\n\nAda Moen, the mayor of Lindby, opened the fair.\n')).toEqual([['Ada Moen', ['Mayor of Lindby']]]);
    expect(titles('Harbour plan\n\nThe agency\'s spokesman, Colonel Omar al-Haddad, answered questions.\n').map(([name]) => name)).toEqual(['Omar al-Haddad']);
  });
});

describe('bodies', () => {
  it('reads no body from the people of a body that open a sentence before its bracketed acronym', () => {
    expect(read('Harbour plan\n\nOfficers of the Harbour Security Committee (HSC) will guard the stage.\n').organizations.map((o) => [o.name, o.acronym])).toEqual([['Harbour Security Committee', 'HSC']]);
    expect(read('Harbour plan\n\nThe Ministry of Ports (MP) will guard the stage.\n').organizations.map((o) => [o.name, o.acronym])).toEqual([['Ministry of Ports', 'MP']]);
  });

  it('reads no body from a head word\'s name that goes on into a site\'s, a day\'s or a band\'s name', () => {
    expect(orgs('Harbour plan\n\nCars queue at the Old Town Police Station before National Police Day, and the Harbour Guard Band plays.\n')).toEqual([]);
    expect(orgs('Harbour plan\n\nThe Old Town Police closed the station on National Police Day.\n')).toEqual(['Old Town Police']);
  });

  it('reads a known body followed by a head word as the longer body', () => {
    expect(orgs('Harbour plan\n\nVolunteers of the Harbour Red Cross Society staff the posts, and roads close according to the Metropolitan Police Bureau.\n'))
      .toEqual(['Harbour Red Cross Society', 'Metropolitan Police Bureau']);
    expect(orgs('Harbour plan\n\nMetropolitan Police officers patrol the posts.\n')).toEqual(['Metropolitan Police']);
    const again = read('Harbour plan\n\nThe Metropolitan Police Service closed the road. Metropolitan Police officers patrol the posts.\n').organizations;
    expect(again.map((o) => [o.name, o.aliases])).toEqual([['Metropolitan Police Service', []]]);
  });

  it('takes a name in brackets after a body as its name in its language: no body or place of its own', () => {
    const facts = read('Harbour plan\n\nOfficers of the Harbour Police Headquarters (Jefatura de Policia del Porto) will patrol the route on Friday.\n');
    expect(facts.organizations.map((o) => [o.name, o.aliases])).toEqual([['Harbour Police Headquarters', ['Jefatura de Policia del Porto']]]);
    expect(facts.places).toEqual([]);
    expect(orgs('Harbour plan\n\nPatrols come from the Harbour Police Headquarters (HPH).\n')).toEqual(['Harbour Police Headquarters']);
  });

  it('reads a description set off after a body\'s name as that body, and alone as the dateline city\'s', () => {
    const described = 'PORTO, May 6 (Wire) - The Harbour Urban Authority (HUA), the city government, said the park stays open. The Intendencia de Salto, the city government, agreed.\n';
    expect(orgs(`Harbour plan\n\n${described}`)).toEqual(['Harbour Urban Authority', 'Intendencia de Salto'].sort());
    expect(read(`Harbour plan\n\n${described}`).organizations.find((o) => o.name === 'Intendencia de Salto')!.kind).toBe('government');
    expect(orgs('Harbour plan\n\nPORTO, May 6 (Wire) - The city government said the park stays open.\n')).toEqual(['Porto city government']);
  });

  it('reads no body from a title of office "of" a body before a name, nor from what a unit is of when that goes on', () => {
    expect(orgs('Harbour plan\n\n"We are ready," Commissioner of Police Ada Moen told reporters.\n')).toEqual([]);
    expect(orgs('Harbour plan\n\nThe Commission of Inquiry met on Friday.\n')).toEqual(['Commission of Inquiry']);
    expect(orgs('Harbour plan\n\nMore officers come from the Rapid Unit of the Ministry of Ports.\n')).toEqual(['Ministry of Ports', 'Rapid Unit']);
    expect(orgs('Harbour plan\n\nMore officers come from the Rapid Unit of the Harbour Police.\n')).toEqual(['Rapid Unit of the Harbour Police']);
  });
});

describe('a place\'s police in a person\'s title', () => {
  it('reads no body from the words of a title before a name, and reads the place\'s police alone', () => {
    const facts = read('Harbour plan\n\nLeeds regional police commander Ada Moen said the road would close.\n');
    expect(facts.organizations).toEqual([]);
    expect(facts.people.map((p) => p.name)).toEqual(['Ada Moen']);
    expect(orgs('Harbour plan\n\nLeeds police closed the road, police commander Ada Moen said.\n')).toEqual(['Leeds police']);
  });
});

describe('bodies a nationality names', () => {
  it('reads "<nationality> authorities" as the government only where the article names it or they speak, and "<nationality> police" as the one named police body of that country', () => {
    expect(orgs('Harbour plan\n\nDanish authorities raised the alert level on Friday.\n')).toEqual([]);
    expect(orgs('Harbour plan\n\nDanish officials have confirmed that the ferry will run.\n')).toEqual(['Danish government']);
    expect(orgs('Harbour plan\n\nDanish authorities raised the alert level. The Danish government said more ferries would run.\n')).toEqual(['Danish government']);
    expect(orgs('Harbour plan\n\nDanish police closed the quay, the Royal Danish Police said.\n')).toEqual(['Royal Danish Police']);
    expect(orgs('Harbour plan\n\nDanish police closed the quay, the Harbour Police said.\n')).toEqual(['Danish police', 'Harbour Police']);
  });
});

describe('sites', () => {
  const names = (text: string) => read(text).places.map((p) => [p.name, p.kind]);

  it('reads hospitals, places of worship, lakes and circles as venues, and no town inside their names', () => {
    const text = 'Harbour plan\n\nThe march passes the Church of Saint Anne and the Eastby General Hospital, stops at the Lindby hospital and ends at Mill Lake, by the Harbour Circle and the Tollgate intersection.\n';
    expect(names(text)).toEqual(expect.arrayContaining([
      ['Church of Saint Anne', 'venue'], ['Eastby General Hospital', 'venue'], ['Lindby hospital', 'venue'], ['Mill Lake', 'venue'], ['Harbour Circle', 'venue'], ['Tollgate intersection', 'venue'],
    ]));
  });

  it('reads no region from its name before a regional commander, and reads it where something is in it', () => {
    expect(names('Harbour plan\n\nThe Normandy regional commander said the road would close.\n')).toEqual([]);
    expect(names('Harbour plan\n\nThe road through Normandy will close.\n').map(([name]) => name)).toEqual(['Normandy']);
  });

  it('reads no town from a month\'s name', () => {
    expect(names('Harbour plan\n\nThe fair has been held in Leeds since it opened in March 2015.\n')).toEqual([['Leeds', 'city']]);
  });

  it('reads no building from a church named by its denomination, nor from a lowercase "hospital" alone', () => {
    expect(names('Harbour plan\n\nThe Catholic Church asked for calm, and two people were taken to hospital.\n')).toEqual([]);
    expect(names('Harbour plan\n\nThe Georgian Orthodox Church and the Roman Catholic Church asked for calm.\n').map(([name]) => name)).not.toContain('Roman Catholic Church');
    expect(names('Harbour plan\n\nThe Georgian Orthodox Church asked for calm.\n')).toEqual([]);
    expect(names('Harbour plan\n\nThe choir sings at Holy Trinity Orthodox Church on Friday.\n')).toEqual([['Holy Trinity Orthodox Church', 'venue']]);
  });
});
