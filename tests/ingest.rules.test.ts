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
    expect(person('Ada Moen')?.roles).toEqual([{ title: 'Harbour Authority spokeswoman', organization_id: authority.id, country: null }]);
    expect(person('Ivo Lenz')?.roles.map((r) => r.title)).toEqual(['Coast guard spokesman']);
    expect(person('Rita Falk')?.roles.map((r) => r.title)).toEqual(['Ferry Union general secretary']);
    expect(person('Tor Hauge')?.roles.map((r) => r.title)).toEqual(['Police commander']);
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
  });

  it('a deployment counted by a rule names it', () => {
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text: 'Security Notice For The Spring Fair\n\nSome 300 gendarmes will patrol Lyon during the fair.\n' });
    expect(facts.deployments.map((d) => [d.personnel, d.rules])).toEqual([[{ value: 300, qualifier: 'approximately' }, ['deployment.count']]]);
  });

  it('a measure lists the ids of the rules that proposed it', () => {
    const facts = extract({ sourceId: 'note', published: '2026-05-04', text: 'Security Notice For The Spring Fair\n\nA no-fly zone will cover Lyon during the fair, and bag checks will be carried out at every gate.\n' });
    expect(facts.measures.map((m) => [m.kind, m.rules])).toEqual([['airspace_restriction', ['measure.airspace-restriction']], ['inspection', ['measure.inspection']]]);
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
