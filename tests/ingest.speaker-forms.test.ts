// Speakers named in forms the rules used to miss: a post in a body named in lowercase ("a spokeswoman for the city
// administration, Ada Moen,"), a post before a body's description ("the head of the regional police, Ivo Lenz,",
// a person, no body), and a body followed by its name in its language and that name's acronym in brackets
// ("the Harbour Police (Politi Havn, PH) said"). Over briefs of the test's own.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const speakers = (facts: ReturnType<typeof read>) => facts.statements.map((s) => [s.speaker_id, String(s.text).slice(0, 24)]);

describe('speakers named with their post in a body', () => {
  it('a post in a body named in lowercase, the name after a comma, speaks', () => {
    const facts = read(brief('A spokeswoman for the city administration, Ada Moen, said mobile internet would stay on.'));
    const [person] = facts.people;
    const [role] = (person?.roles ?? []) as Array<{ title: string; organization_id: string | null }>;
    expect([person?.name, role?.title]).toEqual(['Ada Moen', 'Spokeswoman for the city administration']);
    expect(facts.organizations.find((o) => o.id === role?.organization_id)?.name).toBe('Lakeside city administration');
    expect(speakers(facts)).toContainEqual(['ada-moen', 'Mobile internet would st']);
  });

  it('the holder of a post before a body\'s description is a person, not a body', () => {
    const facts = read(brief('The head of the regional police, Ivo Lenz, said the roads were shut.'));
    expect(facts.organizations.map((o) => o.name)).not.toContain('Ivo Lenz');
    expect(facts.people.map((p) => p.name)).toContain('Ivo Lenz');
    const described = read(brief('About 900 officers of the national police, the Garde nationale, will be on duty.'));
    expect(described.organizations.map((o) => o.name)).toContain('Garde nationale');
  });
});

describe('a body with its name in its language and that name\'s acronym in brackets', () => {
  it('is one body with that acronym and alias, and speaks before and after', () => {
    const facts = read(brief('About 1,200 officers will be on duty for the parade, the Royal Harbour Police (Politi Kongelig Havn, PKH) said on Monday. The visiting team will travel under escort, the PKH said.'));
    const bodies = facts.organizations.map((o) => [o.name, o.acronym, o.aliases]);
    expect(bodies).toContainEqual(['Royal Harbour Police', 'PKH', ['Politi Kongelig Havn']]);
    expect(bodies.map(([name]) => name)).not.toContain('PKH');
    expect(speakers(facts)).toEqual([['royal-harbour-police', 'About 1,200 officers wil'], ['royal-harbour-police', 'The visiting team will t']]);
  });

  it('keeps a bracket whose acronym is not the name\'s as before (no acronym taken from it)', () => {
    const facts = read(brief('The Royal Harbour Police (Politi Kongelig Havn, XYZ) closed the pier.'));
    expect(facts.organizations.find((o) => o.name === 'Royal Harbour Police')?.acronym ?? null).not.toBe('XYZ');
  });
});

describe('a speaker set off by its relative clause before "said"', () => {
  it('"The Red Cross, which had 40 volunteers there, said it had treated 34 people" is the Red Cross\'s, not a paraphrase said by "it"', () => {
    const facts = read(brief('The Lakeside Red Cross, which had 40 volunteers at the ground, said it had treated 34 people, 19 of them police officers.'));
    expect(speakers(facts)).toEqual([['lakeside-red-cross', 'It had treated 34 people']]);
  });

  it('a clause after the relative clause is still a paraphrase said by the name after the verb', () => {
    const facts = read(brief('The Harbour Gendarmerie, which polices the roads, will put about 650 gendarmes on the route, said Colonel Ivo Lenz, commander of the gendarmerie in Lakeside.'));
    expect(speakers(facts).map(([id]) => id)).toEqual(['ivo-lenz']);
  });
});

describe('a sentence opening with "According to" (rule statement.according-to-first)', () => {
  it('is a paraphrase of its source, the body the article names; a quote after it is not', () => {
    const facts = read(brief('The Lakeside Police Service cleared the building. According to the police, about 120 students were inside the building and 450 officers took part.'));
    expect(speakers(facts)).toEqual([['lakeside-police-service', 'About 120 students were ']]);
    expect(read(brief('According to the Lakeside Police Service, "the building is clear."')).statements.every((s) => !(s.rules as string[]).includes('statement.according-to-first'))).toBe(true);
  });
});

describe('what a source that put a figure on something said next (rule statement.and-said)', () => {
  it('"put the crowd at about 120 and said 15 officers had watched" is two paraphrases of that source', () => {
    const facts = read(brief('The Lakeside Police Service watched. The police put the crowd at about 120 and said 15 officers had watched the vigil.'));
    expect(speakers(facts)).toEqual([['lakeside-police-service', 'Put the crowd at about 1'], ['lakeside-police-service', '15 officers had watched ']]);
  });
});

describe('a clause said without "that" opening with a quantifier or a number word', () => {
  it('"said many of its members earned …", "said two officers were hurt" are paraphrases; "said nothing" is none', () => {
    expect(speakers(read(brief('Maria Kandjii, a union leader, said many of its members earned half of their income in fair week.')))).toEqual([['maria-kandjii', 'Many of its members earn']]);
    expect(speakers(read(brief('Ada Moen, a police spokeswoman, said two officers were slightly hurt in the scuffles.')))).toEqual([['ada-moen', 'Two officers were slight']]);
    expect(speakers(read(brief('Ada Moen, a police spokeswoman, said nothing about the scuffles.')))).toEqual([]);
  });
});

describe('a clause said without "that" opening with a plural noun and a verb in the past', () => {
  it('"<role>, <Name>, said street vendors earned …" is that person\'s paraphrase; "said thanks to the crews" is none', () => {
    expect(speakers(read(brief('The union\'s secretary general, Maria Kandjii, said street vendors earned half of their income in fair week.')))).toEqual([['maria-kandjii', 'Street vendors earned ha']]);
    expect(speakers(read(brief('Ada Moen, a police spokeswoman, said thanks to the crews who cleared the square.')))).toEqual([]);
  });
});

describe('a press conference: an honorific after a title, "the commissioner" and the deputy, questions before the answer', () => {
  it('reads each answer as its speaker\'s, "the commissioner" as the commissioner and a "she" after her as hers', () => {
    const facts = read(brief('About 5,200 officers will be on duty, Police Commissioner Dr. Karen Whyte told a press conference on Wednesday. '
      + 'Deputy Commissioner Clive Barrett said 1,100 officers would guard the stadium. Senior Superintendent Sharon Lindo said she would close the road. '
      + 'Asked whether the force had enough officers, the commissioner said the two operations were not in competition. '
      + 'Pressed on the arrests, she replied that two men were being questioned.'));
    expect(facts.people.find((p) => p.name === 'Karen Whyte')?.roles).toMatchObject([{ title: 'Police Commissioner' }]);
    expect(speakers(facts)).toEqual([['karen-whyte', 'About 5,200 officers wil'], ['clive-barrett', '1,100 officers would gua'], ['sharon-lindo', 'She would close the road'],
      ['karen-whyte', 'The two operations were '], ['karen-whyte', 'Two men were being quest']]);
  });
});
