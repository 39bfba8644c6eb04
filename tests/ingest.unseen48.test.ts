// What blind round 48 and the thirty-eighth review test found ingest missing or misreading (issue 20), each read by a
// general rule, on articles of our own: a place and date heading a notice, a company's officer, words after "said:",
// a saint's name, a language, a cleric's "Don", a title of a body named with "of", and bodies closed by new head words.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const rolesOf = (text: string) => read(text).people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)]);

describe('a line of a place in title case and a whole date heading a notice (rule place.dateline)', () => {
  const notice = (line: string) => `THE LAKESIDE TRADER\nWeekly report\n${line}\n\nTraders marched to the town hall on Monday.\n`;
  it('is the article\'s city when the gazetteer knows the place', () => {
    expect(read(notice('Mombasa, Friday, May 9, 2031')).places.map((p) => [p.name, p.kind, p.country, p.rules])).toEqual([['Mombasa', 'city', 'KE', ['place.dateline']]]);
    expect(read(notice('Mombasa, 9 May 2031')).places.map((p) => p.name)).toEqual(['Mombasa']);
  });
  it('is nothing for a place the gazetteer does not know, or a line that goes on', () => {
    expect(read(notice('Lakeside Bay, Friday, May 9, 2031')).places).toEqual([]);
    expect(read('Weekly report\n\nMombasa, Friday, May 9, 2031, was a quiet day for traders.\n').places.map((p) => p.rules)).not.toContainEqual(['place.dateline']);
  });
});

describe('titles', () => {
  it('a company\'s officer is one title, never a name made of its last words', () => {
    expect(rolesOf(brief("Harbour Link's Chief Executive Officer, Ada Moen, said the road held."))).toEqual([['Ada Moen', ['Chief Executive Officer']]]);
    expect(rolesOf(brief('Chief Financial Officer Ivo Lenz said the road held.'))).toEqual([['Ivo Lenz', ['Chief Financial Officer']]]);
  });
  it('a title of a body named with "of" keeps the body\'s whole name, and the body is the role\'s', () => {
    const facts = read(brief('Major Ada Moen, a spokeswoman for the Ministry of Defence, said 600 soldiers would help.'));
    expect(facts.people.map((p) => [p.name, p.roles])).toEqual([['Ada Moen', [expect.objectContaining({ title: 'Spokeswoman for the Ministry of Defence', organization_id: facts.organizations.find((o) => o.name === 'Ministry of Defence')!.id })]]]);
  });
  it('a description after a name read with its title adds a role to that person', () => {
    expect(rolesOf(brief('The Archdiocese of Lakeside expects 8,000 pilgrims, Bishop Ivo Lenz, the archdiocese\'s auxiliary bishop, said.'))).toEqual([['Ivo Lenz', ['Bishop', 'Auxiliary bishop']]]);
  });
  it('a cleric\'s "Don" or "Dom" before a whole name is no part of it', () => {
    expect(rolesOf(brief('The archbishop, Dom Ivo Lenz, cancelled the night procession.'))).toEqual([['Ivo Lenz', ['Archbishop']]]);
  });
});

describe('no person, no place', () => {
  it('a saint\'s name set off before a title is a feast\'s, not the titled person\'s', () => {
    expect(read(brief('On the Feast of San Marco, the Bishop of Lakeside, Monsignor Ivo Lenz, blessed the boats.')).people.map((p) => p.name)).toEqual(['Ivo Lenz']);
  });
  it('a language is no town of that name', () => {
    expect(read(brief('Masses on Sunday at 9:00 and 12:30 (in English) will be held.')).places.map((p) => p.name)).toEqual(['Lakeside']);
  });
});

describe('words after "said:" (rule statement.that-clause)', () => {
  it('are the speaker\'s, a quote running over sentences whole', () => {
    const facts = read(brief('The harbour master, Ada Moen, said: "We were glad to help the police. The road held."'));
    expect(facts.statements.map((s) => [s.speaker_id, s.kind, s.text])).toEqual([['ada-moen', 'quote', 'We were glad to help the police. The road held.']]);
  });
  it('are nobody\'s after a verb of view heading a note ("Editor\'s note:")', () => {
    const facts = read(brief('Editor\'s note: The Lakeside Council said on Tuesday it had received 37 noise complaints.'));
    expect(facts.statements.map((s) => [s.speaker_id, s.rules])).toEqual([['lakeside-council', ['statement.said-clause']]]);
  });
});

describe('bodies closed by "Cooperative" or "Municipality" (rule organization.head-word)', () => {
  it('are an association and a government', () => {
    const facts = read(brief('The Lakeside Metropolitan Municipality will close the ring road, and the Eastern Valley Transport Cooperative said its drivers would strike.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Lakeside Metropolitan Municipality', 'government'], ['Eastern Valley Transport Cooperative', 'association']]);
  });
});
