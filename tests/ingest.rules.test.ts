// Every extraction rule kept as data runs its own examples: the sentences it must match and the near
// misses it must not. A rule's id is unique, and the facts it proposes name it.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';
import { FACT_KINDS, UNRESOLVED_SPEAKER } from '../src/ingest/extract.js';
import { RULES } from '../src/ingest/rules/index.js';
import { accepts, compose } from '../src/ingest/rules/rule.js';

describe('rules as data', () => {
  it('have unique ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    it.each(rule.examples.match)('matches %j', (sentence) => expect(accepts(rule, sentence)).toBe(true));
    it.each(rule.examples.noMatch)('does not match %j', (sentence) => expect(accepts(rule, sentence)).toBe(false));
  });

  it('every fact a short article yields names rules that exist, of its own collection', () => {
    const text = 'Harbour Days Festival: Security Plan\n\nTransport Minister Ola Berg said on Monday that about 400 officers of the Coast Guard would patrol Bergen during the Harbour Days Festival. '
      + 'A no-fly zone will cover the harbour. "We expect a calm and happy weekend on the water," Berg said. Fishermen have called a rally in Bergen on Saturday.\n';
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text });
    const ids = new Set(RULES.map((r) => r.id));
    const listed = FACT_KINDS.flatMap((kind) => facts[kind].map((fact) => ({ kind, id: fact.id, rules: fact.rules as string[] | undefined })));
    expect(new Set(listed.map((f) => f.kind))).toEqual(new Set(['people', 'organizations', 'places', 'events', 'deployments', 'protests', 'measures', 'statements']));
    for (const fact of listed) {
      expect(fact.rules?.length, fact.id).toBeGreaterThan(0);
      for (const id of fact.rules!) expect(ids.has(id), `${fact.id}: ${id}`).toBe(true);
    }
  });

  it('protests: plural words with no date name none; "the rallies" is the rally proposed; a day counted from "two days after"; a day ", when" a rally is called', () => {
    // Published Thursday 2026-05-07; written for this test.
    const text = 'Harbour Fair Opens Amid Protests\n\nBergen will put about 400 officers on the quay this week, with fishing groups planning rallies over the new quotas.\n\n'
      + 'The mayor spoke on Wednesday, two days after a march that fishing groups organised in Bergen.\n\n'
      + 'The fair closes on Saturday, when the fishing groups have called a rally at the harbour gate in Bergen.\n\n'
      + 'The police said on Thursday that cameras would watch the rallies at the harbour gate.\n';
    const facts = extract({ sourceId: 'note', published: '2026-05-07', text });
    expect(facts.protests.map((p) => [p.date, p.derived])).toEqual([['2026-05-04', true], ['2026-05-09', true]]);
    expect(facts.protests[0]!.rules).toContain('protest.days-after');
  });

  it('places: a place name describing what follows (a noun, a speech verb after a country) is none; nations within a state are countries; a possessive owner is cut from a venue', () => {
    // Written for this test.
    const text = 'Cup Final Security\n\nLeeds supporters will travel to Cardiff on Saturday, and officers from forces across England and Wales will help. '
      + "The Cologne administrative court upheld the ban. Norway has said it will send no minister. The final is played at Den Haag's Bingoal stadium.\n";
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text });
    expect(facts.places.map((p) => [p.name, p.kind]).sort()).toEqual([['Bingoal stadium', 'venue'], ['Cardiff', 'city'], ['England', 'country'], ['Wales', 'country']]);
    expect(facts.places.find((p) => p.name === 'Wales')!.rules).toContain('place.nation-within');
  });

  it('bodies: the name before a plain force noun or after "officers from"; a person of a body after a title; a bracketed acronym whatever its letters; no roman numeral', () => {
    // Written for this test.
    const text = 'Regatta Security\n\nJust over 900 Harbour Watch officers and 40 officers from the Ruritanian police will patrol, with about 700 riot police on the roads. '
      + 'Chief Inspector Ada Moen of Lakeside Valley Police said so. The Bergen Port Command (HKV) leads; most crews come from the HKV in District VIII.\n';
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text });
    expect(facts.organizations.map((o) => [o.name, o.acronym]).sort()).toEqual([
      ['Bergen Port Command', 'HKV'], ['Harbour Watch', null], ['Lakeside Valley Police', null], ['Ruritanian police', null],
    ]);
    expect(facts.deployments.map((d) => d.organization_id)).toEqual(['harbour-watch', 'ruritanian-police', ':generic-force:Police']);
  });

  it('a Title Case headline is a title: no person or body is read from its capitals, the body text still names them', () => {
    const text = 'Harbour Mayor Lays Out Festival Plan\n\nMayor Ines Vogt said on Monday that the festival would open on Friday.\n';
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text });
    expect(facts.people.map((p) => p.name)).toEqual(['Ines Vogt']);
    const headline = extract({ sourceId: 'note', published: '2026-05-04', text: 'Transit Police Chief Lays Out Night Plan\n\nThe plan starts on Friday.\n' });
    expect([...headline.people, ...headline.organizations]).toEqual([]);
  });

  it('an interview transcript: each "A:" answer is one quote by the person interviewed, "Q:" lines give none', () => {
    const text = 'Interview: the harbour master on the regatta\n\nThe paper spoke to harbour master Jan Holm about the regatta.\n\n'
      + 'Q: Do you expect trouble on the water this weekend?\nA: We expect a calm weekend. About 300 officers will patrol the piers.\n\n'
      + 'Q: Will the bridge close?\nA: Only on Saturday evening, for two hours after the final race.\n';
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text });
    const holm = facts.people.find((p) => p.name === 'Jan Holm')!;
    expect(facts.statements.map((s) => [s.speaker_id, s.kind, s.text, s.rules])).toEqual([
      [holm.id, 'quote', 'We expect a calm weekend. About 300 officers will patrol the piers.', ['statement.transcript-answer']],
      [holm.id, 'quote', 'Only on Saturday evening, for two hours after the final race.', ['statement.transcript-answer']],
    ]);
  });

  it('a transcript labelled with the interviewee\'s surname in capitals gives one quote per answer; the interviewer\'s lines give none', () => {
    const text = 'Interview: the harbour master on the regatta\n\nHarbour master Jan Holm will run the regatta on Sunday. He spoke to the paper on Friday.\n\n'
      + 'PAPER: How many boats will patrol the bay?\n\nHOLM: About 20, and the coast guard brings four more.\n\n'
      + 'PAPER: Will the bridge close?\n\nHOLM: Only on Sunday evening, for two hours after the final race.\n';
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text });
    const holm = facts.people.find((p) => p.name === 'Jan Holm')!;
    expect(facts.statements.map((s) => [s.speaker_id, s.text])).toEqual([
      [holm.id, 'About 20, and the coast guard brings four more.'],
      [holm.id, 'Only on Sunday evening, for two hours after the final race.'],
    ]);
  });

  it('an interviewee introduced by a capitalised title in apposition is the speaker of the lines labelled with her surname', () => {
    const text = 'Q&A: the regatta commander\n\nHARBOURTON, May 4 (Wire) - Ada Moen, Deputy Commissioner of the Harbour Police (HP), will command the regatta operation. She spoke to Wire on Friday.\n\n'
      + 'Q: How many boats will patrol the bay?\nMOEN: About 20, and the coast guard brings four more.\n';
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text });
    const moen = facts.people.find((p) => p.name === 'Ada Moen')!;
    expect((moen.roles as Array<{ title: string }>)[0]!.title).toMatch(/^Deputy Commissioner of the Harbour Police/);
    expect(facts.statements.map((s) => [s.speaker_id, s.text])).toEqual([[moen.id, 'About 20, and the coast guard brings four more.']]);
  });

  it('"she said" is the nearest woman named before, never a name inside the quote; with no such person, unresolved', () => {
    const text = 'Ferry Plan For The Regatta\n\nThe city\'s mayor, Anna Holm, said on Monday that the gates would open at six. Harbour spokesman Ola Berg said the ferries were ready. '
      + '"We asked Mr Lenz to wait for the night crews," she said. He said the last ferry would leave at midnight.\n';
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text });
    expect(facts.statements.slice(2).map((st) => [st.speaker_id, st.text, st.rules])).toEqual([
      ['anna-holm', 'We asked Mr Lenz to wait for the night crews.', ['statement.trailing-attribution', 'statement.pronoun-speaker']],
      ['ola-berg', 'The last ferry would leave at midnight.', ['statement.said-clause', 'statement.pronoun-speaker']],
    ]);
    const honorific = extract({ sourceId: 'note', published: '2026-05-04', text: 'Ferry Plan\n\nMayor Ines Vogt opened the pier on Friday. Mrs Vogt thanked the crews. Harbour spokesman Lars Dahl said the crews were ready. She said the pier would stay open until ten.\n' });
    expect(honorific.statements.map((st) => st.speaker_id)).toEqual(['lars-dahl', 'ines-vogt']);
    const none = extract({ sourceId: 'note', published: '2026-05-04', text: 'Ferry Plan\n\nHarbour spokesman Lars Dahl said the crews were ready. She said the pier would stay open until ten.\n' });
    expect(none.statements.map((st) => st.speaker_id)).toEqual(['lars-dahl', UNRESOLVED_SPEAKER]);
  });

  it('people introduced after the verb, in apposition or by a lowercase title are recorded, and their words are theirs, not their body\'s', () => {
    const text = 'Ferry Plan For The Regatta\n\nThe Harbour Authority said on Monday that the piers would close at ten. '
      + 'The last ferry leaves at midnight, said Harbour Authority spokeswoman Ada Moen. '
      + 'A coast guard spokesman, Ivo Lenz, said the coast guard would patrol the bay. '
      + '"We have asked for more buses," said Nils Aune, the residents\' chairman. '
      + 'Ferry Union general secretary Rita Falk told the crowd that crews would work double shifts. '
      + 'Brigadier Tor Hauge, a police commander, said the bridge would stay open.\n';
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text });
    const person = (name: string) => facts.people.find((p) => p.name === name) as { roles: Array<{ title: string }> } | undefined;
    const authority = facts.organizations.find((o) => o.name === 'Harbour Authority')!;
    // A body the article names before a lowercase title is the role's organization, not words of the title.
    expect(person('Ada Moen')?.roles).toEqual([{ title: 'Spokeswoman', organization_id: authority.id, country: null }]);
    expect(person('Ivo Lenz')?.roles.map((r) => r.title)).toEqual(['Coast guard spokesman']);
    const union = facts.organizations.find((o) => o.name === 'Ferry Union')!;
    expect(person('Rita Falk')?.roles).toEqual([{ title: 'General secretary', organization_id: union.id, country: null }]);
    expect(person('Tor Hauge')?.roles.map((r) => r.title)).toEqual(['Police commander', 'Brigadier']);
    expect(facts.people.map((p) => p.name)).not.toContain('Brigadier Tor Hauge');
    const speakers = facts.statements.map((st) => facts.people.find((p) => p.id === st.speaker_id)?.name ?? facts.organizations.find((o) => o.id === st.speaker_id)?.name);
    expect(speakers).toEqual(['Harbour Authority', 'Ada Moen', 'Ivo Lenz', 'Nils Aune', 'Rita Falk', 'Tor Hauge']);
  });

  it('"…, she said." goes to the one person a pronoun fits; two people with no gender cue named together leave it unresolved', () => {
    const text = 'Ferry Plan\n\nThe last ferry leaves at midnight, said harbour spokeswoman Ada Moen. The crews will work double shifts on Saturday, she said. '
      + 'Mayor Rita Falk met the operator\'s director, Ivo Lenz, at the pier. She said the two had agreed on a timetable. '
      + 'The timetable will be published on Friday, he added.\n';
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text });
    expect(facts.statements.map((st) => [st.speaker_id, st.text])).toEqual([
      ['ada-moen', 'The last ferry leaves at midnight.'],
      ['ada-moen', 'The crews will work double shifts on Saturday.'],
      [UNRESOLVED_SPEAKER, 'The two had agreed on a timetable.'],
      [UNRESOLVED_SPEAKER, 'The timetable will be published on Friday.'],
    ]);
  });

  it('a number in quoted words said as a jibe or by critics counts no force; an official\'s quoted count does', () => {
    const counts = (text: string) => extract({ sourceId: 'note', published: '2026-05-04', text: `Fair Plan\n\n${text}\n` }).deployments.map((d) => (d.personnel as { value: number }).value);
    expect(counts('"They will send fewer than 4,000 police officers to guard a city of millions," the opposition said.')).toEqual([]);
    expect(counts('"Not even 300 gendarmes will be on the streets at night," Lars Dahl said.')).toEqual([]);
    expect(counts('"We will deploy about 2,000 gendarmes across the city," Harbour spokesman Lars Dahl said.')).toEqual([2000]);
  });

  it('a count of several bodies together is theirs together, never one body\'s', () => {
    const forces = (text: string) => {
      const facts = extract({ sourceId: 'note', published: '2026-05-04', text: `Fair Plan\n\n${text}\n` });
      return facts.deployments.map((d) => facts.organizations.find((o) => o.id === d.organization_id)?.name);
    };
    expect(forces('Some 900 officers of the Harbour Police and the Coast Guard will patrol Bergen during the fair.')).toEqual(['Harbour Police and the Coast Guard']);
    expect(forces('Some 900 officers of the Coast Guard and their dogs will patrol Bergen during the fair.')).toEqual(['Coast Guard']);
    expect(forces('In all, some 1,400 officers of the Harbour Police, the Coast Guard and the town\'s municipal police will be on duty during the fair.'))
      .toEqual(['Harbour Police, the Coast Guard and the town\'s municipal police']);
    expect(forces('Some 900 officers of the Harbour Police, the force that guards the docks, will patrol Bergen during the fair.')).toEqual(['Harbour Police']);
  });

  it('a count of forces on duty is never a past edition\'s, though the sentence names it', () => {
    const facts = extract({ sourceId: 'note', published: '2027-05-04', text: 'Fair Plan\n\nThe Harbour Days Festival opens in Bergen on Saturday. Norway will deploy about 2,000 police officers in Bergen for a week of concerts and races, the largest operation since it hosted the Harbour Days Festival in June 2019.\n' });
    const events = facts.deployments.map((d) => facts.events.find((e) => e.id === d.event_id)?.start);
    expect(events).toEqual(['2027-05-08']);
  });

  it('a deployment counted by a rule names it', () => {
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text: 'Security Notice For The Spring Fair\n\nSome 300 gendarmes will patrol Lyon during the fair.\n' });
    expect(facts.deployments.map((d) => [d.personnel, d.rules])).toEqual([[{ value: 300, qualifier: 'approximately' }, ['deployment.count', 'deployment.members-name']]]);
  });

  it('a measure lists the ids of the rules that proposed it', () => {
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text: 'Security Notice For The Spring Fair\n\nA no-fly zone will cover Lyon during the fair, and bag checks will be carried out at every gate.\n' });
    expect(facts.measures.map((m) => [m.kind, m.rules])).toEqual([['airspace_restriction', ['measure.airspace-restriction']], ['inspection', ['measure.inspection']]]);
  });
});

describe('measures, counts and crowds read in prose and in bulleted lists', () => {
  const read = (text: string, published = '2026-05-04') => extract({ sourceId: 'note', published, text });
  const measureRows = (text: string) => read(text).measures.map((m) => [m.kind, m.name]);

  it('closures and bans are named by their own clause, so two of one article stay two; drones stay an airspace restriction', () => {
    const text = 'Regatta Week: Security Plan\n\nQuay Road and Mill Street will be closed to all traffic from 9 a.m. on Saturday, and the tram station will be shut for the day, the council said. '
      + 'Glass bottles will be banned along the harbour front, and drones are banned over the bay. The shops will be closed on Sunday. A fan zone for 8,000 supporters opens in the park on Friday.\n';
    expect(measureRows(text)).toEqual([
      ['airspace_restriction', 'Drone flight ban'],
      ['closure', 'Quay Road and Mill Street closed to all traffic'],
      ['closure', 'Tram station shut'],
      ['ban', 'Glass bottles banned along the harbour front'],
      ['fan_zone', 'Fan zone'],
    ]);
  });

  it('an order banning things is named by what it bans; a zone open to ticket holders only is the perimeter its sentence names; two wordings of one drone ban are one', () => {
    const text = 'Regatta Week: Security Plan\n\nThe mayor signed an order on Monday banning flares along the route. '
      + 'The aviation office has banned drones within 3 km of the harbour.\n- Security perimeter around the pier: only ticket holders allowed inside\n- No drones or light aircraft within 2 nautical miles of the pier.\n';
    expect(measureRows(text)).toEqual([
      ['airspace_restriction', 'Drone ban'],
      ['restricted_zone', 'Security perimeter'],
      ['ban', 'Flares along the route banned'],
    ]);
  });

  it('a bulleted notice: each item its measure, with its period and the body that declared it', () => {
    const text = 'Lake Festival: What Changes\n\nLAKE CITY, June 2 (Wire) - The Lake City council published the plan for the festival on Tuesday.\n\n'
      + 'AIRSPACE\n- Flight restriction over the lakeside from June 5 to June 7, declared by the National Aviation Authority\n'
      + 'ROADS\n- Harbour Bridge closed to private cars on June 6\n- A vehicle-free zone inside the old town all weekend\n'
      + 'BANS\n- No alcohol will be sold on the beach after 8 p.m.\n- Flares and fireworks not allowed on the piers\n';
    const facts = read(text, '2026-06-02');
    const rows = facts.measures.map((m) => ({ kind: m.kind, name: m.name, start: m.start, end: m.end }));
    expect(rows).toEqual([
      { kind: 'airspace_restriction', name: 'Flight restriction', start: '2026-06-05', end: '2026-06-07' },
      { kind: 'closure', name: 'Harbour Bridge closed to private cars', start: '2026-06-06', end: '2026-06-06' },
      { kind: 'closure', name: 'Vehicle-free zone inside the old town all weekend', start: null, end: null },
      { kind: 'ban', name: 'No alcohol will be sold', start: null, end: null },
      { kind: 'ban', name: 'Flares and fireworks not allowed', start: null, end: null },
    ]);
    const authority = facts.organizations.find((o) => o.name === 'National Aviation Authority')!;
    expect(facts.measures[0]!.operator_ids).toEqual([authority.id]);
  });

  it('an addition and the new total it brings the force to are marked where they are read', () => {
    const text = 'Harbour Plan\n\nThe ministry said on Monday it would send 300 more gendarmes to the Harbour Festival, bringing the total to about 2,300.\n';
    const facts = read(text);
    expect(facts.deployments.map((d) => [d.personnel, d.rules, d.note])).toEqual([
      [{ value: 300, qualifier: 'exactly' }, ['deployment.count', 'deployment.members-name', 'deployment.increment'], 'An addition to the force, not its total: it contests no known count.'],
      [{ value: 2300, qualifier: 'approximately' }, ['deployment.new-total'], 'A new total of the force after an addition, as the article states it.'],
    ]);
    expect(facts.deployments[1]!.organization_id).toBe(facts.deployments[0]!.organization_id);
  });

  it('one crowd counted by two sources is a disputed pair of size claims, each citing its source; one source\'s two counts are none', () => {
    const text = 'Farmers March in Lyon\n\nAbout 4,000 people joined the march through Lyon on Saturday, police said; the Rural Action Union put the turnout at 15,000.\n';
    const facts = read(text, '2026-05-04');
    const protest = facts.protests[0]!;
    expect(protest.size).toEqual({ value: 4000, qualifier: 'approximately' });
    expect(facts.claims.map((c) => [c.subject_id, c.predicate, c.value, (c.disputed_by as string[]).length, c.citations[0]!.quote])).toEqual([
      [protest.id, 'size', 'approximately 4000', 0, 'About 4,000 people joined the march through Lyon on Saturday, police said'],
      [protest.id, 'size', 'exactly 15000', 1, 'Rural Action Union put the turnout at 15,000'],
    ]);
    const single = read('Farmers March in Lyon\n\nPolice said about 4,000 people joined the march through Lyon on Saturday. Police said 300 tractors blocked the ring road.\n');
    expect(single.claims).toEqual([]);
    const another = read('Farmers March in Lyon\n\nThe Rural Action Union has called a rally in Lyon on Saturday and expects about 4,000 people. A separate march is planned for Sunday; police said up to 9,000 people could take part.\n');
    expect(another.claims).toEqual([]);
  });

  it('a count in parentheses or in words takes the body of its own clause, and the event its clause names', () => {
    const text = 'Harbour Week Plan\n\nThe Harbour Festival opens on Friday. The Coast Guard (about 300 officers) will patrol the Harbour Festival on Friday, '
      + 'while some two thousand gendarmes will secure the Lantern Festival on Sunday.\n';
    const facts = read(text);
    expect(facts.deployments.map((d) => [d.personnel, facts.organizations.find((o) => o.id === d.organization_id)?.name, d.event_id])).toEqual([
      [{ value: 300, qualifier: 'approximately' }, 'Coast Guard', 'harbour-festival'],
      [{ value: 2000, qualifier: 'approximately' }, 'Gendarmerie', 'lantern-festival'],
    ]);
  });

  it('counts under a list label that names the force, one per day, and none for a label that names no force', () => {
    const text = 'Cup Final: Security at a Glance\n\nThe Harbour Police published the plan for the Cup final.\n\n'
      + '- Harbour Police officers on duty: about 1,200 on May 6 and about 900 on May 7\n- Stewards at the pier and on the quay: 300, provided by the Harbour Sailing Association\n- Opening hours: 10 a.m. to 6 p.m.\n';
    const facts = read(text);
    expect(facts.deployments.map((d) => [(d.personnel as { value: number }).value, (d.personnel as { qualifier: string }).qualifier, facts.organizations.find((o) => o.id === d.organization_id)?.name])).toEqual([
      [1200, 'approximately', 'Harbour Police'], [900, 'approximately', 'Harbour Police'], [300, 'exactly', 'Harbour Sailing Association'],
    ]);
  });
});

describe('compose: a pattern from named parts', () => {
  const parts = { HEDGE: 'some|about', NUMBER: '\\d+', FORCE: 'officers|gendarmes' };
  it('joins the parts with any spacing; an optional part may be absent with the space after it', () => {
    const pattern = compose('\\b{HEDGE}? {NUMBER} {FORCE}\\b', parts, 'i');
    expect(pattern.exec('about  400 gendarmes')?.groups).toEqual({ hedge: 'about', number: '400', force: 'gendarmes' });
    expect(pattern.exec('then 400 officers came')?.groups).toEqual({ hedge: undefined, number: '400', force: 'officers' });
    expect(pattern.test('about400 officers')).toBe(false);
  });

  it('refuses a part it does not have', () => {
    expect(() => compose('{NUMBER} {TROOPS}', parts)).toThrow(/no part named TROOPS/);
  });
});
