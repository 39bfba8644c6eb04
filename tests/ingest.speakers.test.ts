// Who speaks, on short articles written for these tests: an interview's labelled answers, a body named again
// by "it", by a head word or after "according to", a source's figure ("put the crowd at"), the subject of the
// verb's own clause, and an unnamed group with the word that says which part of it speaks.
import { describe, expect, it } from 'vitest';
import { extract, UNRESOLVED_SPEAKER, type Facts } from '../src/ingest/extract.js';

const read = (text: string) => extract({ sourceId: 'note', published: '2026-05-04', text });

/** Each statement as "speaker: text", the speaker by its name (or title), the unresolved as "?". */
function said(facts: Facts): string[] {
  const name = (id: unknown) => {
    if (id === UNRESOLVED_SPEAKER) return '?';
    const person = facts.people.find((p) => p.id === id);
    const org = facts.organizations.find((o) => o.id === id);
    return String(person?.name ?? org?.name ?? id);
  };
  return facts.statements.map((s) => `${name(s.speaker_id)}: ${String(s.text)}`);
}

describe('speakers', () => {
  it('gives every labelled answer of an interview to the person the introduction names with a title of a body', () => {
    const facts = read('INTERVIEW-Bergen harbour chief on the regatta\n\n'
      + 'BERGEN, May 4 (Wire) - Ivo Lenz, head of the Northern Unit of the Harbour Police Board (HPB), spoke to Wire on Monday.\n\n'
      + 'Q: How many officers will you have?\n\n'
      + 'LENZ: About 300 a day on the quays, and more at night.\n\n'
      + 'Q: What worries you most?\n\n'
      + 'LENZ: The weather and the ferries. We have planned for both.\n');
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)])).toContainEqual(['Ivo Lenz', ['Head of the Northern Unit of the Harbour Police Board']]);
    expect(said(facts)).toEqual(['Ivo Lenz: About 300 a day on the quays, and more at night.', 'Ivo Lenz: The weather and the ferries. We have planned for both.']);
  });

  it('lets an unnamed spokeswoman go on speaking with "She said", not the man named before her', () => {
    const facts = read('Harbour Plan\n\nHARBOURTON, May 4 (Wire) - About 900 officers will guard the regatta, Transport Minister Ola Berg said on Monday.\n\nThe Coast Guard will send 40 boats, a spokeswoman for the Transport Ministry said. She said the boats would stay in the outer harbour.\n');
    expect(said(facts)).toContain('Transport Ministry: The boats would stay in the outer harbour.');
    // A spokesman's sentence before "She said" does not go on: the role's gender is not the pronoun's.
    const spokesman = read('Harbour Plan\n\nHARBOURTON, May 4 (Wire) - About 900 officers will guard the regatta, Transport Minister Ola Berg said on Monday.\n\nThe Coast Guard will send 40 boats, a spokesman for the Transport Ministry said. She said the boats would stay in the outer harbour.\n');
    expect(said(spokesman)).not.toContain('Transport Ministry: The boats would stay in the outer harbour.');
  });

  it('opens the words at the earliest speech verb: "He said A, but added that B" says both', () => {
    const facts = read('Harbour Plan\n\nHARBOURTON, May 4 (Wire) - The regatta will go ahead, police chief Ole Nes said on Monday. He said police knew of no threat to the regatta, but added that patrols had been doubled.\n');
    expect(said(facts)).toContain('Ole Nes: Police knew of no threat to the regatta, but patrols had been doubled.');
  });

  it('reads "it said" as the body that spoke in the sentence before, and gives nothing when no body did', () => {
    const facts = read('The pier will stay closed until Friday, the Harbour Authority said on Monday. '
      + 'The ferries will use the north quay instead, it said.\n\n'
      + 'The regatta starts on Saturday morning.\n\n'
      + 'The boats will sail in two groups of twenty, it added.\n');
    expect(said(facts)).toEqual(['Harbour Authority: The pier will stay closed until Friday.', 'Harbour Authority: The ferries will use the north quay instead.']);
    expect(facts.statements[1]!.rules).toContain('statement.it-speaker');
  });

  it('reads a body named again by a head word, its qualifier included, and "the police" only when one police body is named', () => {
    const facts = read('Bergen Police will put about 300 officers on the quays, Bergen Police said on Monday.\n\n'
      + 'The Norwegian interior ministry approved the plan on Friday.\n\n'
      + 'The boat unit will patrol the fjord all weekend, the interior ministry said.\n\n'
      + 'The march on Saturday had been authorised, the police said.\n\n'
      + 'The harbour will reopen on Sunday, the transport ministry said.\n\n'
      + 'The Federal Police will send a boat unit. The fjord will be closed to yachts, police said.\n');
    expect(said(facts)).toEqual([
      'Bergen Police: Bergen Police will put about 300 officers on the quays.',
      'Norwegian interior ministry: The boat unit will patrol the fjord all weekend.',
      'Bergen Police: The march on Saturday had been authorised.',
    ]);
  });

  it('reads "according to" a body, and a source putting a figure on a crowd', () => {
    const facts = read('The Harbour Authority closed the pier on Monday.\n\n'
      + 'About 40 boats had registered for the regatta, according to the authority.\n\n'
      + 'Bergen Police put the crowd at about 9,000, while the Ferry Workers Union, which called the march, said more than 20,000 people had taken part.\n');
    expect(said(facts)).toEqual([
      'Harbour Authority: About 40 boats had registered for the regatta.',
      'Bergen Police: Put the crowd at about 9,000.',
      'Ferry Workers Union: More than 20,000 people had taken part.',
    ]);
  });

  it('gives the words to the subject of the verb\'s own clause, not to a body named earlier in the sentence', () => {
    const facts = read('The Coast Guard will send two boats, and the Harbour Authority said it would close the north quay on Saturday.\n');
    expect(said(facts)).toEqual(['Harbour Authority: It would close the north quay on Saturday.']);
  });

  it('keeps the word that says which part of an unnamed group speaks, and drops "The"', () => {
    const facts = read('Some residents of Nordnes say the closures will cut them off for days.\n\n'
      + 'The critics argue that the regatta costs too much.\n');
    expect(said(facts)).toEqual(['Some residents of Nordnes: The closures will cut them off for days.', 'Critics: The regatta costs too much.']);
  });

  it('gives a lede\'s title-only speaker to the holder named after it, and makes no second person of the title', () => {
    const facts = read('BERGEN, May 4 (Wire) - About 300 officers will guard the regatta on Saturday, the interior minister of Rogaland said on Monday.\n\n'
      + 'Interior Minister Ada Moen told reporters that the pier would stay closed.\n');
    expect(facts.people.map((p) => p.name)).toEqual(['Ada Moen']);
    expect(said(facts)).toEqual(['Ada Moen: About 300 officers will guard the regatta on Saturday.', 'Ada Moen: The pier would stay closed.']);
  });

  it('reads the quoted words a speaker calls something by, and a pronoun as the subject of the sentence before when two fit', () => {
    const facts = read('Harbour Minister Ada Moen said on Monday that the new pier would open in May.\n\n'
      + 'Moen spoke after meeting the Danish Transport Minister, Lars Berg, at the harbour office. She said the two countries would share the ferry data.\n\n'
      + 'Berg called the pier "a bridge between two old ports".\n');
    expect(said(facts)).toEqual([
      'Ada Moen: The new pier would open in May.',
      'Ada Moen: The two countries would share the ferry data.',
      'Lars Berg: a bridge between two old ports.',
    ]);
  });

  it('names a person titled with the lowercase field of an office', () => {
    const facts = read("Bergen's deputy mayor for transport, Ada Moen, said the pier would stay closed. \"Every ferry will run late,\" she told the radio.\n");
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)])).toEqual([['Ada Moen', ['Deputy mayor for transport']]]);
    expect(said(facts)).toEqual(['Ada Moen: The pier would stay closed.', 'Ada Moen: Every ferry will run late.']);
  });
});

describe('a figure a body puts on a total', () => {
  it('gives the body the statement of the figure, whatever it counts between the noun and "at"', () => {
    const facts = read('Regatta plan\n\nThe Harbour Ministry put the total number of officers guarding the regatta at some 3,400.\n');
    const ministry = facts.organizations.find((o) => o.name === 'Harbour Ministry')!;
    expect(facts.statements.map((s) => [s.speaker_id, s.rules])).toEqual([[ministry.id, ['statement.estimate']]]);
  });
});
