// Rules written after blind rounds 19 and 20 (issue 20), each a general shape with sentences written for this
// test: an act in a past year that hurt people is an incident of that year; recurring festivals known by one
// name; clergy's forms of address; a body named before a lowercase title is the role's organization; an
// occasion named "<word> of <Name>" with no day; "the four days of the feast …, which ended on Saturday"; a
// military parade guarded for an anniversary, and last year's parade its edition; results to be announced; the
// last elections of a year; volunteers and medical staff counted by the body that speaks of them; a source's
// "put it at" figure; a quote closed by a title and a name in apposition.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';
import { flagUnsupported } from '../src/ingest/ingest.js';

// 2035-12-04 is a Tuesday.
const read = (body: string, published = '2035-12-04') => {
  const text = `Crowds expected this week\n\nEASTBY, Northland, Dec 4 (Wire) - ${body}\n`;
  const facts = extract({ sourceId: 'note', published, text });
  expect(flagUnsupported(facts, () => text)).toEqual([]);
  return facts;
};
const events = (body: string, published?: string) => read(body, published).events.map((e) => ({ name: String(e.name), kind: e.kind, start: e.start }));

describe('an act in a past year that hurt people (rule event.past-harm)', () => {
  it('is an incident named by the act and dated by the year', () => {
    expect(events('Barriers line the route. In 2031 a horse bolted from the procession near the town hall and injured nine spectators.'))
      .toContainEqual({ name: 'Horse bolted from the procession near the town hall', kind: 'incident', start: '2031' });
    expect(events('In 2029, a van drove through a police cordon near the square during the rehearsal, injuring two officers.'))
      .toContainEqual(expect.objectContaining({ kind: 'incident', start: '2029' }));
  });

  it('not an operation of the police, a year to come, a harmless act, nor the harm of an incident already read', () => {
    expect(events('In 2030 police charged the crowd and injured 12 people.')).toEqual([]);
    expect(events('In 2036 the organisers expect the crowd to be larger, and injuring 3 people would be a failure.')).toEqual([]);
    expect(events('In 2031 the festival drew more than a million people.').filter((e) => e.kind === 'incident')).toEqual([]);
    expect(events('In the last elections, in 2030, one person was killed and eleven were injured in clashes between party supporters in Westby.').filter((e) => e.kind === 'incident'))
      .toEqual([expect.objectContaining({ start: '2030' })]);
  });
});

describe('events named by the words around them', () => {
  it('a festival known by one name, and a longer name left whole', () => {
    expect(events('About 2,000 police officers will be on duty for Songkran, which begins on Saturday.')).toContainEqual({ name: 'Songkran', kind: 'festival', start: '2035-12-08' });
    expect(events('About 300 officers will be on duty for Holi Day celebrations in the park on Saturday.').map((e) => e.name)).not.toContain('Holi');
  });

  it('"<occasion word> of <Name>" with no day is the occasion, named whole; "the four days of …, which ended on Saturday" dates it', () => {
    expect(events('About 4,000 police officers will be on duty for the feast of the Virgin of Eastby, the police said.')).toEqual([{ name: 'Feast of the Virgin of Eastby', kind: 'festival', start: null }]);
    expect(events('Police arrested 38 people during the four days of the feast of the Virgin of Eastby, which ended on Saturday night, the police said on Monday.', '2035-12-10'))
      .toEqual([{ name: 'Feast of the Virgin of Eastby', kind: 'festival', start: '2035-12-05' }]);
  });

  it('a military parade guarded for an anniversary is a ceremony, and last year\'s parade its edition', () => {
    const found = events("More than 9,000 police officers will guard Saturday's military parade on the seafront for the 60th anniversary of independence. About 90,000 people watched last year's parade.");
    expect(found).toContainEqual({ name: 'Military parade', kind: 'ceremony', start: '2035-12-08' });
    expect(found).toContainEqual(expect.objectContaining({ kind: 'ceremony', start: '2034' }));
  });

  it('results to be announced on a day, and the last elections of a year', () => {
    expect(events('She said the first official results would be announced at the conference centre on Saturday.'))
      .toContainEqual({ name: 'Announcement of the first official results at the conference centre', kind: 'announcement', start: '2035-12-08' });
    expect(events('The results were announced on Saturday.').filter((e) => e.kind === 'announcement' && e.name.startsWith('Announcement of the'))).toEqual([]);
    expect(events('Turnout in the last elections, in 2030, was low.')).toContainEqual(expect.objectContaining({ kind: 'announcement', start: '2030' }));
  });
});

describe('what a source says', () => {
  it('"put it at 1.4 million" is a source\'s figure; a quote closed by a title and a name in apposition is that person\'s', () => {
    const { statements, people, organizations } = read('The Diocese of Eastby, which organises the feast, put it at 1.4 million. "The police count heads at the checkpoints. We count the people who kept a promise," the Bishop of Eastby, Monsignor Ada Moen, told reporters on Sunday.');
    const diocese = organizations.find((o) => o.name === 'Diocese of Eastby')!;
    const bishop = people.find((p) => p.name === 'Ada Moen')!;
    expect(statements.map((st) => [st.speaker_id, st.kind, st.text])).toEqual([
      [diocese.id, 'paraphrase', 'Put it at 1.4 million.'],
      [bishop.id, 'quote', 'The police count heads at the checkpoints. We count the people who kept a promise.'],
    ]);
  });
});

describe('speakers named by a head word, a relative clause or a role', () => {
  it('"the organisation said" is the body its sentence opens with; "X, which organises the race, said 96 riders would …" is X\'s', () => {
    const { statements, organizations } = read('The Eastby Red Cross will run first-aid posts around the park with about 120 volunteers, the organisation said. The Eastby Cycling Federation, which organises the race, said 96 riders would start the stage.');
    const id = (name: string) => organizations.find((o) => o.name === name)!.id;
    expect(statements.map((st) => [st.speaker_id, st.text])).toEqual([
      [id('Eastby Red Cross'), 'The Eastby Red Cross will run first-aid posts around the park with about 120 volunteers.'],
      [id('Eastby Cycling Federation'), '96 riders would start the stage.'],
    ]);
  });

  it('"She said" right after "an army spokeswoman said" is not a woman named earlier', () => {
    const { statements } = read('Interior Minister Ada Moen said on Tuesday that 2,500 officers would be deployed. The Eastby Army will provide some 600 soldiers, an army spokeswoman said. She said the helicopters would stay on the ground.');
    expect(statements.at(-1)).toMatchObject({ speaker_id: ':unresolved-pronoun', text: 'The helicopters would stay on the ground.' });
  });
});

describe('parts of a count told place by place (rule deployment.parts-by-place)', () => {
  it('each "N in <Place>" after "Of the police officers," is a part of the last count of police officers, of its body', () => {
    const { deployments, places } = read('The Eastby Police Service said 24,500 police officers were on duty nationwide. Of the police officers, about 5,800 were in Lakeside Province, 4,300 in Hill Province and about 3,100 in Coast Province, the three provinces with the most voters.');
    const total = deployments.find((d) => (d.personnel as { value: number }).value === 24500)!;
    const parts = deployments.filter((d) => d.part_of_id === total.id);
    expect(parts.map((d) => [(d.personnel as { value: number }).value, (d.personnel as { qualifier: string }).qualifier, d.organization_id, places.find((p) => p.id === (d.place_ids as string[])[0])?.name])).toEqual([
      [5800, 'approximately', total.organization_id, 'Lakeside Province'], [4300, 'exactly', total.organization_id, 'Hill Province'], [3100, 'approximately', total.organization_id, 'Coast Province'],
    ]);
  });

  it('with no count of those people told before, whose they are is not guessed', () => {
    expect(read('Of the police officers, about 5,800 were in Lakeside Province and 4,300 in Hill Province.').deployments).toEqual([]);
  });
});

describe('places that are not people or towns', () => {
  it('a name ending in a place\'s head word before ", an army spokeswoman said" is a venue, not a person; "Central America" names no town', () => {
    const { people, places } = read('Soldiers will guard the final climb and Eastby Airport, an army spokeswoman said. It is the oldest race in Central America.');
    expect(people).toEqual([]);
    expect(places.map((p) => [p.name, p.kind])).toContainEqual(['Eastby Airport', 'venue']);
    expect(places.map((p) => p.name)).not.toContain('Central');
  });
});

describe('bodies named with their country', () => {
  it('"Guatemala\'s National Civil Police (PNC)" is the National Civil Police of that country, and "Quetzaltenango\'s police" the same force', () => {
    const text = 'Guatemala\'s National Civil Police (PNC) will deploy about 2,500 officers in Quetzaltenango. Glass bottles will not be allowed in the park, Quetzaltenango\'s police chief, Commissioner Hector Velasquez, said.';
    const { organizations } = read(text, '2026-03-10');
    expect(organizations.filter((o) => o.kind === 'police_force').map((o) => [o.name, o.country, o.acronym])).toEqual([['National Civil Police', 'GT', 'PNC']]);
  });

  it('a sports federation is an association', () => {
    expect(read('The Eastby Cycling Federation said 96 riders would start the stage.').organizations.map((o) => [o.name, o.kind])).toEqual([['Eastby Cycling Federation', 'association']]);
  });
});

describe('people and the bodies they serve', () => {
  it('clergy\'s forms of address are titles, not names', () => {
    const { people } = read('"We ask everyone to walk on the side of the road that faces the traffic," said Father Ivo Lenz. Imam Ola Berg said prayers would start at dawn.');
    expect(people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toEqual([['Ivo Lenz', 'Father'], ['Ola Berg', 'Imam']]);
  });

  it('"its director, <Name>," in a sentence opened by a body, "Its secretary general, <Name>," and "the municipality\'s traffic director, <Name>," are of the bodies named', () => {
    const { people, organizations } = read('The Eastby Civil Aviation Directorate (ECAD) has banned drones over the park on Sunday, its director, Sofia Ramirez, said. The Eastby Vendors\' Union has called a protest on Friday. Its secretary general, Marta Xicara, said the vendors would lose their busiest day. The Municipality of Eastby will close the avenue on Sunday, the municipality\'s traffic director, Luis Ajanel, said.');
    const body = (name: string) => organizations.find((o) => o.name === name)!.id;
    expect(people.map((p) => [p.name, (p.roles as Array<{ organization_id: string | null }>)[0]?.organization_id])).toEqual([
      ['Sofia Ramirez', body('Eastby Civil Aviation Directorate')], ['Marta Xicara', body("Eastby Vendors' Union")], ['Luis Ajanel', body('Municipality of Eastby')],
    ]);
  });

  it('a body the article names before a lowercase title is the role\'s organization', () => {
    const { people, organizations } = read('The Ministry of Foreign Affairs announced the visit. The talks will be on trade, said Ministry of Foreign Affairs spokeswoman Ada Moen.');
    const ministry = organizations.find((o) => o.name === 'Ministry of Foreign Affairs')!;
    expect(people).toEqual([expect.objectContaining({ name: 'Ada Moen', roles: [{ title: 'Spokeswoman', organization_id: ministry.id, country: null }] })]);
  });

  it('volunteers and medical staff are the speaking body\'s, not a police force\'s report of them', () => {
    const { deployments, organizations } = read('The Eastby Red Cross said about 300 of its volunteers would hand out water. The Ministry of Health said some 650 doctors, nurses and paramedics would staff 18 first-aid posts. The police said 40 doctors were on call.');
    const id = (name: string) => organizations.find((o) => o.name === name)!.id;
    expect(deployments.map((d) => [d.organization_id, (d.personnel as { value: number }).value, (d.personnel as { qualifier: string }).qualifier, d.rules])).toEqual([
      [id('Eastby Red Cross'), 300, 'approximately', ['deployment.count', 'deployment.speaking-body']],
      [id('Ministry of Health'), 650, 'approximately', ['deployment.count', 'deployment.speaking-body']],
    ]);
  });

  it('a body correcting its own count gives the corrected figure, of that body (rule deployment.corrected)', () => {
    const { deployments, organizations } = read('The Ministry of Health said medical teams treated 2,962 people. The ministry also corrected the number of doctors, nurses and paramedics on duty to 790, not the 650 it had announced last week.');
    const ministry = organizations.find((o) => o.name === 'Ministry of Health')!;
    expect(deployments.map((d) => [d.organization_id, (d.personnel as { value: number }).value, (d.personnel as { qualifier: string }).qualifier, d.rules])).toEqual([[ministry.id, 790, 'exactly', ['deployment.corrected']]]);
    expect(read('The ministry corrected the number of visitors to 90,000.').deployments).toEqual([]);
  });

  it('"its staff and volunteers" with no body read before "its" make no body named "Staff and volunteers"', () => {
    const { deployments, organizations } = read('The civil protection system will post about 220 of its staff and volunteers at four first-aid stations.');
    expect(deployments).toEqual([]);
    expect(organizations.map((o) => o.name)).not.toContain('Staff and volunteers');
  });
});
