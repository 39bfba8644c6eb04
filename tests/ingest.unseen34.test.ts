// What ingest read wrong in blind round 34 (issue 20), read by a general rule, on texts of our own: a transcript
// printed as assemblies print it, a venue named after someone's possessive, a police chief titled as an officer,
// and a police force named after two counties.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const SITTING = [
  'HARBOUR COUNCIL',
  'Questions to the executive - transcript (extract)',
  '',
  'THE PRESIDENT OF THE ASSEMBLY (Ada Voss): The next question is from Mrs. Lena Holm to the Minister of Ports.',
  '',
  'MRS. LENA HOLM: Thank you, Madam President. The pier was closed for nine hours on Tuesday. Who pays the ferries?',
  '',
  'THE MINISTER OF PORTS (Ivo Marten): I share your anger. The pier closed because the pilots stopped work.',
  '',
  'We signed an agreement with the pilots on Tuesday afternoon. Twelve pilots will be recruited by December.',
  '',
  'MRS. HOLM: Twelve pilots by December is not an answer.',
  '',
  'THE MINISTER OF PORTS: The harbour company paid for hotel rooms for about 600 passengers.',
  '',
  'THE PRESIDENT OF THE ASSEMBLY: Thank you, Minister. The sitting is suspended.',
  '',
  '(The sitting was suspended at 10:42 a.m.)',
  '',
].join('\n');

describe('a transcript printed as an assembly prints it', () => {
  const facts = read(SITTING);
  const speakerOf = (id: unknown) => facts.people.find((p) => p.id === id)?.name;

  it('names each speaker of a label in capitals, with the title before the name in brackets in the usual case', () => {
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toEqual(expect.arrayContaining([
      ['Ada Voss', 'President of the Assembly'], ['Lena Holm', undefined], ['Ivo Marten', 'Minister of Ports'],
    ]));
    expect(facts.people).toHaveLength(3);
  });

  it('quotes each labelled speech and the paragraph after it by its speaker, a surname or a title alone naming the one labelled before', () => {
    expect(facts.statements.map((st) => [speakerOf(st.speaker_id), String(st.text).split(/[.?]/)[0]])).toEqual([
      ['Lena Holm', 'Thank you, Madam President'],
      ['Ivo Marten', 'I share your anger'],
      ['Ivo Marten', 'We signed an agreement with the pilots on Tuesday afternoon'],
      ['Lena Holm', 'Twelve pilots by December is not an answer'],
      ['Ivo Marten', 'The harbour company paid for hotel rooms for about 600 passengers'],
    ]);
    expect(facts.statements.every((st) => st.kind === 'quote')).toBe(true);
  });

  it('gives the presiding officer\'s lines and an aside in brackets no statement', () => {
    expect(facts.statements.map((st) => speakerOf(st.speaker_id))).not.toContain('Ada Voss');
    expect(facts.statements.map((st) => String(st.text))).not.toContainEqual(expect.stringContaining('suspended'));
  });

  it('reads a line merely opening with capitals as no label', () => {
    const plain = read(brief('THE PIER stays closed until Friday, harbour master Jan Holm said.\n\nNOTE: Jan Holm did not say when it reopens.'));
    expect(plain.statements.map((st) => st.rules)).not.toContainEqual(['statement.transcript-answer']);
  });
});

describe('places: a possessive before a venue\'s name', () => {
  it('keeps an owner the article names nowhere else in the name: "Barr\'s Bay Park", "Devil\'s Tower Road"', () => {
    const facts = read(brief('The march ended at Barr\'s Bay Park on Saturday. Buses will not stop on Devil\'s Tower Road until Friday.'));
    expect(facts.places.map((p) => p.name)).toEqual(expect.arrayContaining(["Barr's Bay Park", "Devil's Tower Road"]));
    expect(facts.places.map((p) => p.name)).not.toContain('Barr');
  });

  it('cuts the owner off when the article names that place again, in any case: "Lakeside\'s Harbour Square" from LAKESIDE', () => {
    const facts = read(brief('Fans gathered in Lakeside\'s Harbour Square on Sunday.'));
    expect(facts.places.find((p) => p.name === 'Harbour Square')).toMatchObject({ within_id: facts.places.find((p) => p.name === 'Lakeside')!.id });
  });

  it('reads a Nordic street word closing a name, "Vester Allé", and "-vejen" glued to one', () => {
    const facts = read(brief('Police closed Strandvejen and Vester Allé to cars on Saturday.'));
    expect(facts.places.map((p) => [p.name, p.kind])).toEqual(expect.arrayContaining([['Strandvejen', 'venue'], ['Vester Allé', 'venue']]));
  });
});

describe('people and bodies', () => {
  it('titles "Chief Officer Kate Le Quesne" whole, the name with its particle', () => {
    const facts = read(brief('Chief Officer Kate Le Quesne said about 200 officers would be on duty.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]!.title])).toEqual([['Kate Le Quesne', 'Chief Officer']]);
  });

  it('reads "Devon and Cornwall Police" as one body named after both, and no town of it', () => {
    const facts = read(brief('Up to 90 officers from Devon and Cornwall Police will help.'));
    expect(facts.organizations.map((o) => o.name)).toEqual(['Devon and Cornwall Police']);
    expect(facts.places.map((p) => p.name)).not.toContain('Devon');
  });

  it('still reads two bodies joined by "and" when the first is no place: "Eastby Police and Cornwall Fire Service"', () => {
    const facts = read(brief('Officers of the Eastby Police and Cornwall Fire Service will help.'));
    expect(facts.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Eastby Police', 'Cornwall Fire Service']));
  });
});

describe('a title of a body that is itself of a place', () => {
  it('titles "The President of the Executive Council of Eastby, Ada Moen," whole', () => {
    const facts = read(brief('The President of the Executive Council of Eastby, Ada Moen, said the talks would resume on Tuesday.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]!.title])).toEqual([['Ada Moen', 'President of the Executive Council of Eastby']]);
  });
});

describe('people: premiers, occupations, kin and the newspaper\'s own staff', () => {
  const titled = (body: string) => read(brief(body)).people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title]);

  it('titles a premier, and reads no person from "Premier League"', () => {
    expect(titled('Premier Johan Eriksson-Holm said the race would go ahead. The Premier League said the match would go ahead.')).toEqual([['Johan Eriksson-Holm', 'Premier']]);
  });

  it('reads an occupation set off after the name before "who", and a kin or staff noun after "her" or "our"', () => {
    expect(titled('Birgitta Sjoblom, the schoolteacher who founded the race, died on Friday.')).toEqual([['Birgitta Sjoblom', 'Schoolteacher']]);
    expect(titled('"She wanted people to keep running," said her daughter, Karin Sjoblom.')).toEqual([['Karin Sjoblom', 'Daughter']]);
    expect(titled('Our photographer, Teddy Boyer, was pushed to the ground on Sunday.')).toEqual([['Teddy Boyer', 'Photographer']]);
  });

  it('takes no title from a relative clause: "Awa Bationo, whose husband was among the eight, said"', () => {
    expect(titled('Awa Bationo, whose husband was among the eight, said she had not seen him.')).toEqual([['Awa Bationo', undefined]]);
  });
});
