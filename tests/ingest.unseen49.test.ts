// What blind round 49 found ingest missing or misreading (issue 20), each read by a general rule, on articles of our
// own: an office taken by a verb of becoming, a mayor's city, a place joined by a particle, a city-state's dateline,
// a judge's title, a Burmese honorific, and a heading in capitals that asks a question.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const rolesOf = (text: string) => read(text).people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)]);
const placesOf = (text: string) => read(text).places.map((p) => [p.name, p.kind]);

describe('a name taking an office by a verb of becoming (rule person.became)', () => {
  it('is a person with that title, the country in it a place of its own', () => {
    const text = 'Weekly news\n\nOn Wednesday, Ada Moen became President of Norway. "We start the work today," she said.\n';
    const facts = read(text);
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)])).toEqual([['Ada Moen', ['President of Norway']]]);
    expect(facts.places.map((p) => p.name)).toEqual(['Norway']);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['ada-moen']);
  });
  it('is nobody for a thing that becomes something, or a name of no known first name', () => {
    expect(rolesOf(brief('The Harbour Bridge became a symbol of the city, and Lakeside Rovers became champions.'))).toEqual([]);
  });
});

describe('judges titled before the name', () => {
  it('"Chief Justice" and "Justice" are titles, a Burmese "Daw" no part of the name', () => {
    expect(rolesOf(brief('The Chief Justice of Eastland, Ada Moen, read the oath, and Justice Daw Khin Myat Noe sat beside her.')))
      .toEqual([['Khin Myat Noe', ['Justice']], ['Ada Moen', ['Chief Justice of Eastland']]]);
  });
  it('a title before words that open with a preposition names a body, nobody', () => {
    expect(rolesOf(brief('Justice Across Borders said 2,000 people would march.'))).toEqual([]);
  });
});

describe('places', () => {
  it('the city a mayor is of is a place, a region a governor is of is not (rule place.office-city)', () => {
    expect(placesOf('Notice\n\nThe Mayor of Zaragoza, Ada Moen, visited the tent.\n')).toEqual([['Zaragoza', 'city']]);
    expect(placesOf('Notice\n\nThe Governor of Cebu, Ivo Lenz, visited the tent.\n')).toEqual([]);
  });
  it('a place whose name a lowercase particle joins is found whole (rule place.gazetteer)', () => {
    expect(placesOf('Notice\n\nTraders in Dar es Salaam marched on Monday.\n')).toEqual([['Dar es Salaam', 'city']]);
  });
  it('a dateline naming a country names the country (rule place.dateline)', () => {
    expect(placesOf('Police plan\n\nMONACO, May 6 (Wire) - Officers closed the harbour road.\n')).toEqual([['Monaco', 'country']]);
  });
});

describe('a question in capitals heading a section (rule statement.unlabelled-answer)', () => {
  it('is no interviewer\'s question, so the paragraphs after it are nobody\'s answer', () => {
    const text = 'The big day\n\nIn her speech, Mayor Ada Moen spoke to young people directly.\n\nHOW DO YOU KEEP A CROWD SAFE?\n\n'
      + 'The Lakeside Police were in charge of the crowd on the quay.\n\nWHO PAID FOR IT?\n\nThe city paid for the stage and the screens.\n';
    expect(read(text).statements).toEqual([]);
  });
});
