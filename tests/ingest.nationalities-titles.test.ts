// A country's police named by its demonym, a portfolio of two words before "Minister", a clerk's title
// after a body's possessive and an attribution closed by "told a news conference" (issue 20; gaps the ninth
// first-use test of the review app met). Every text here was written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';
import { flagUnsupported } from '../src/ingest/ingest.js';

const read = (dateline: string, body: string) => {
  const text = `Police plan for the week\n\n${dateline} (Wire) - ${body}\n`;
  const facts = extract({ sourceId: 'note', published: '2031-05-06', text });
  expect(flagUnsupported(facts, () => text)).toEqual([]);
  return facts;
};

describe('demonyms of more countries', () => {
  it('"Ugandan police" is the country\'s police force, and its count is theirs', () => {
    const facts = read('KAMPALA, Uganda, May 6', 'Ugandan police will deploy about 2,000 officers in Kampala for the jubilee on Saturday, the ministry said on Tuesday.');
    expect(facts.organizations).toContainEqual(expect.objectContaining({ name: 'Ugandan police', kind: 'police_force', country: 'UG' }));
    expect(facts.deployments).toContainEqual(expect.objectContaining({ organization_id: 'ugandan-police', personnel: { value: 2000, qualifier: 'approximately' } }));
  });

  it('"Uzbek" and "Mongolian" name their countries\' bodies', () => {
    const facts = read('TASHKENT, Uzbekistan, May 6', 'Some 40 Uzbek police officers will travel with the fans, and the Mongolian police sent two liaison officers.');
    expect(facts.organizations.map((o) => [o.name, o.country])).toEqual(expect.arrayContaining([['Uzbek police', 'UZ'], ['Mongolian police', 'MN']]));
  });
});

describe('titles', () => {
  it('a portfolio of two words before "Minister" is the whole title; "Minister" alone stays a title', () => {
    const facts = read('KAMPALA, Uganda, May 6', 'Internal Affairs Minister Ada Okello said the roads would close. Minister Ivo Lenz said nothing.');
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toEqual([['Ada Okello', 'Internal Affairs Minister'], ['Ivo Lenz', 'Minister']]);
  });

  it('"the council\'s town clerk, <Name>, said" is a person with that title, and "She said" after it is hers', () => {
    const facts = read('KAMPALA, Uganda, May 6', "Buses will stop at the market, the council's town clerk, Ada Okello, said. She said the road would reopen on Sunday.");
    expect(facts.people).toEqual([expect.objectContaining({ name: 'Ada Okello', roles: [expect.objectContaining({ title: 'Town clerk' })] })]);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['ada-okello', 'ada-okello']);
  });
});

describe('a closing attribution to an occasion', () => {
  it('"…, <Name> told a news conference in the capital." is the named person\'s paraphrase, as "told reporters" is', () => {
    const facts = read('KAMPALA, Uganda, May 6', 'Internal Affairs Minister Ada Okello spoke on Tuesday. The service at the stadium is expected to draw up to 60,000 mourners, Okello told a news conference in the capital.');
    expect(facts.statements).toEqual([expect.objectContaining({ speaker_id: 'ada-okello', kind: 'paraphrase', text: 'The service at the stadium is expected to draw up to 60,000 mourners.' })]);
  });
});

describe('names with an accented capital, academic titles, and a title before a name that acts', () => {
  it('"Its spokesman, Óscar Alvarado," is a person of the body before, as "Oscar Alvarado" is', () => {
    const facts = read('LAKESIDE, May 6', "The Police Workers' Movement disputed the figure. Its spokesman, Óscar Alvarado, said fewer officers had been on duty.");
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ organization_id: string | null }>)[0]?.organization_id])).toEqual([['Óscar Alvarado', 'police-workers-movement']]);
  });

  it('a rector, a criminologist and a club president are titles; a lowercase word before a name is no title', () => {
    const titles = (body: string) => read('LAKESIDE, May 6', body).people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title]);
    expect(titles("In a statement, the university's rector, Elvia Castellanos, said she had asked for police help.")).toEqual([['Elvia Castellanos', 'Rector']]);
    expect(titles('Marisa Ramdial, a criminologist at the University of Lakeside, is not convinced.')).toEqual([['Marisa Ramdial', 'Criminologist']]);
    expect(titles('Club president Ricardo Menjívar called the flares a shame.')).toEqual([['Ricardo Menjívar', 'Club president']]);
    expect(titles('The fans watched Ricardo Menjívar closely.')).toEqual([]);
  });
});

describe('a title after a body\'s head noun in the possessive (rule person.role-body-possessive)', () => {
  it('"the force\'s commander, Inspector Ada Moen," is of the force named before; a union is the union\'s', () => {
    const body = (text: string) => (read('LAKESIDE, May 6', text).people[0]?.roles as Array<{ organization_id: string | null }>)[0]?.organization_id;
    expect(body("The Harbour Police will deploy about 2,000 officers on Thursday, the force's commander, Inspector Ada Moen, said.")).toBe('harbour-police');
    expect(body("The Dockers' Union called a strike. The union's president, Ivo Lenz, said it would last a day.")).toBe('dockers-union');
    expect(body("The Harbour Police will deploy about 2,000 officers, the ministry's spokeswoman, Ada Moen, said.")).toBeNull();
  });
});

describe('a one-word portfolio before "Minister"', () => {
  it('"Trade Minister Festus Hangula" keeps his portfolio; a status before "Minister" stays a status ("Former Minister", as before)', () => {
    const titles = (body: string) => read('LAKESIDE, May 6', body).people.map((p) => (p.roles as Array<{ title: string }>)[0]?.title);
    expect(titles('Trade Minister Ada Moen said contracts would be signed.')).toEqual(['Trade Minister']);
    expect(titles('Tourism Minister Ivo Lenz opened the fair.')).toEqual(['Tourism Minister']);
    expect(titles('Former Minister Ada Moen said contracts would be signed.')).toEqual(['Former Minister']);
  });
});
