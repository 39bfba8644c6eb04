// What the thirty-seventh review test found ingest missing (issue 20), each read by a general rule, on briefs of our
// own: an office and a rank before one name, in either order of reading.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const rolesOf = (text: string) => {
  const facts = read(brief(text));
  return { facts, people: facts.people.map((p) => [p.name, (p.roles as Array<{ title: string; organization_id: string | null }>).map((r) => [r.title, facts.organizations.find((o) => o.id === r.organization_id)?.name ?? null])]) };
};

describe('an office after a possessive, then a rank in full and a name (rule person.title-first)', () => {
  it('gives the office with its body first and the rank as a second role', () => {
    const { people } = rolesOf('The Lakeside Regional Police will put 900 officers on duty, the region\'s police director, Colonel Ada Moen, said on Monday.');
    expect(people).toEqual([['Ada Moen', [['Director', 'Lakeside Regional Police'], ['Colonel', null]]]]);
  });
});

describe('a lowercase office, a rank and a name (rule person.lowercase-title)', () => {
  it('reads the person, the office (of the body its first word names, rule person.role-body-head-noun) and the rank, in full or abbreviated', () => {
    for (const rank of ['Lieutenant Colonel', 'Lt. Col.']) {
      const { facts, people } = rolesOf(`About 300 soldiers of the Eastland Army will direct traffic, army spokesman ${rank} Ivo Lenz said.`);
      expect(people).toEqual([['Ivo Lenz', [['Spokesman', 'Eastland Army'], [rank, null]]]]);
      expect(facts.statements.map((s) => s.speaker_id)).toEqual([facts.people[0]!.id]);
    }
  });
  it('keeps the whole title when the article names no body of that word', () => {
    expect(rolesOf('The pier will close at noon, police spokeswoman Ada Moen said.').people).toEqual([['Ada Moen', [['Police spokeswoman', null]]]]);
  });
});
