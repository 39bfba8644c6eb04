// Statements in shapes wire copy uses that the rules used to miss, each over briefs of the test's own (other
// topics, places and words than any fixture article): a body named again by the head noun of its name ("the
// National Gendarmerie … the gendarmerie said"); "told" an outlet, a meeting or a chamber, or "said" with a time
// or manner, before "that"; a clause of its own whose subject speaks ("…; the federation said"). Speakers stay
// exact: a head noun no named body has, or a clause subject that names no one, gives no statement, never a guess.
// An interview's "A:" lines are the person its introduction names on either side of "spoke to"; an attribution
// in the middle of a sentence ("…, the police said, and …") is read, its speaker from the attribution alone; "the
// force said" closing a sentence that names one police force is that force; a list whose lead line names its
// source ("Closures, according to the police:") is one statement of that source, cited by its first item;
// "according to the promoter, Ada Events." is the body named after the role.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const speakers = (facts: ReturnType<typeof read>) => facts.statements.map((s) => [s.speaker_id, String(s.text).slice(0, 24)]);

describe('a body named again by the head noun of its name', () => {
  it.each([
    ['the National Gendarmerie', 'the gendarmerie', 'national-gendarmerie'],
    ['the General Customs Inspectorate', 'the inspectorate', 'general-customs-inspectorate'],
    ['the Directorate of Inland Waterways', 'the directorate', 'directorate-of-inland-waterways'],
    ['the Lakeside Chamber of Commerce', 'the chamber', 'lakeside-chamber-of-commerce'],
  ])('%s, then "%s said", is the body named', (body, head, id) => {
    const facts = read(brief(`About 300 officers of ${body} will guard the bridge on Friday, a spokesman said. The ferry terminal will close to cars from noon until midnight, ${head} said.`));
    expect(speakers(facts)).toContainEqual([id, 'The ferry terminal will ']);
  });

  it('gives no statement when no body named before has the head noun', () => {
    const facts = read(brief('About 300 officers of the Lakeside Police will guard the bridge on Friday. The ferry terminal will close to cars from noon until midnight, the gendarmerie said.'));
    expect(facts.statements.map((s) => s.text)).not.toContainEqual(expect.stringMatching(/^The ferry terminal/));
  });
});

describe('"told" whom, or "said" when or how, before "that"', () => {
  it.each([
    'told the state broadcaster, Valley Radio (VR), on Monday that',
    'told the national news agency Nordpress that',
    'told a separate briefing that',
    'told parliament on Thursday that',
    'said last week that',
    'said by telephone that',
    'said before leaving Oslo that',
  ])('"Transport Minister Ida Strand %s …" is her statement, the words after "that" alone', (verb) => {
    const facts = read(brief(`Transport Minister Ida Strand ${verb} the tunnel would stay shut until the spring thaw.`));
    expect(speakers(facts)).toEqual([['ida-strand', 'The tunnel would stay sh']]);
  });

  it('reads no statement from "told" without "that"', () => {
    const facts = read(brief('Transport Minister Ida Strand told the crowd to stay away from the tunnel until the spring thaw.'));
    expect(facts.statements).toEqual([]);
  });
});

describe('a later clause of its own speaks by its own subject', () => {
  it('"…; the federation said" is the federation named earlier in the sentence', () => {
    const facts = read(brief('The climbers\' march organised by the Alpine Guides Federation drew about 900 people, according to the Valley Police; the federation said more than 2,500 guides had taken part.'));
    expect(speakers(facts)).toContainEqual(['alpine-guides-federation', 'More than 2,500 guides h']);
  });

  it('gives no statement when the clause\'s subject names no one, rather than a body of the clause before', () => {
    const facts = read(brief('The decision followed a meeting on Tuesday between the Valley Police and the Alpine Guides Federation, at which the visiting side said it expected about 2,000 climbers.'));
    expect(facts.statements).toEqual([]);
    const joined = read(brief('The Valley Police closed the pass road on Monday, and the hauliers said the detour would add two hours.'));
    expect(joined.statements).toEqual([]);
  });
});

describe('an interview whose introduction names the interviewee before "spoke to"', () => {
  const interview = (intro: string) => `Q&A-The valley's tunnel chief on the thaw\n\nLAKESIDE, May 6 (Wire) - The Valley Tunnel reopens in June. ${intro} The interview has been edited for length.\n\nQ: When does the tunnel reopen?\n\nA: On the first of June, if the ice allows it. We will know by the end of May.\n\nQ: And the detour?\n\nA: It stays signposted until the tunnel is open again.\n`;

  it.each([
    'Ida Strand, director of the Valley Tunnel Authority, spoke to Wire on Monday in her office.',
    'Valley Tunnel Authority Director Ida Strand answered questions from reporters on Monday.',
    'Wire spoke to tunnel director Ida Strand on Monday.',
  ])('"%s": every "A:" line is hers', (intro) => {
    const facts = read(interview(intro));
    expect(speakers(facts)).toEqual([['ida-strand', 'On the first of June, if'], ['ida-strand', 'It stays signposted unti']]);
  });

  it('gives the "A:" lines no speaker when the introduction names no person', () => {
    const facts = read(interview('The Valley Tunnel Authority spoke to Wire on Monday.'));
    expect(facts.statements).toEqual([]);
  });
});

describe('an attribution in the middle, a clause joined after it', () => {
  it.each([
    'Kites will not be allowed over the beach during the regatta, the Valley Police said, and the sale of fireworks will be banned along the promenade.',
    'Every bag will be checked at the three gates of the regatta village, the Valley Police said on Monday, where a fan zone will open.',
    'About 900 officers will guard the regatta village on Saturday, the Valley Police said on Monday, calling it the largest operation in years.',
  ])('"%s" is the body\'s statement', (sentence) => {
    const facts = read(brief(sentence));
    expect(speakers(facts).map(([speaker]) => speaker)).toEqual(['valley-police']);
  });

  it('reads the speaker in the attribution alone, never in the joined clause', () => {
    const facts = read(brief('Kites will not be allowed over the beach during the regatta, the harbour master said, and the Valley Police will patrol the promenade.'));
    expect(speakers(facts).map(([speaker]) => speaker)).not.toContain('valley-police');
  });
});

describe('a body named again by its head noun, named earlier in the same sentence', () => {
  it('"About 400 officers of the X will …, the force said" is X', () => {
    const facts = read(brief('About 400 officers of the Valley Police will be on duty for the regatta on Saturday, the force said on Monday.'));
    expect(speakers(facts)).toEqual([['valley-police', 'About 400 officers of th']]);
  });

  it('gives no statement when two bodies in the words fit the head noun', () => {
    const facts = read(brief('About 400 officers of the Valley Police will help the Lakeside Police during the regatta on Saturday, the force said on Monday.'));
    expect(facts.statements).toEqual([]);
  });
});

describe('a list whose lead line names its source', () => {
  const listed = (lead: string) => read(`Regatta week\n\nLAKESIDE, May 6 (Wire) - The Valley Regatta opens on Saturday.\n\n${lead}\n\n- Quay Road closed to all traffic from 6 a.m. on Saturday until midnight;\n- the ferry pier closed to the public on Sunday morning;\n- no glass bottles on the promenade.\n`);

  it.each([
    'The Valley Police announced these traffic arrangements:',
    'Closures for the weekend, according to the Valley Police:',
    'The closures, as published by the Valley Police:',
  ])('"%s": one statement of the source, its first item', (lead) => {
    expect(speakers(listed(lead))).toEqual([['valley-police', 'Quay Road closed to all ']]);
  });

  it('gives no statement when the lead names no source', () => {
    expect(listed('Roads will close street by street as the boats pass:').statements).toEqual([]);
  });
});

describe('"according to" a role, the body\'s name set off after it', () => {
  it('"…, according to the promoter, Valley Live Events." is the body named', () => {
    const facts = read(brief('Up to 4,000 people are expected at each concert on the quay, according to the promoter, Valley Live Events.'));
    expect(speakers(facts)).toEqual([['valley-live-events', 'Up to 4,000 people are e']]);
  });

  it('reads no name from a clause that is not a name alone', () => {
    const facts = read(brief('Up to 4,000 people are expected at each concert on the quay, according to the promoter, which hired Valley Live Events.'));
    expect(speakers(facts).map(([speaker]) => speaker)).not.toContain('valley-live-events');
  });
});
