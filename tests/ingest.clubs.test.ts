// Clubs and the people who head them, on briefs of the test's own (issue 20): "Club" closes a body's name as
// "Union" does, unless the name goes on into a site's word; "&" joins a name's words as "and" does; a capitalised
// title right after a body's whole name makes the body its holder's, and what a body is "of" ends before that title.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const bodies = (body: string) => read(brief(body)).organizations.map((o) => [o.name, o.kind]);
const rolesOf = (body: string) => read(brief(body)).people.map((p) => [p.name, (p.roles as Array<{ title: string; organization_id: string | null }>).map((r) => [r.title, r.organization_id])]);

describe('a name closed by "Club" (lexicon org_heads)', () => {
  it('is a club, whether it speaks or is named in a title', () => {
    expect(bodies('The Lakeside Rowing Club said the regatta would go ahead.')).toEqual([['Lakeside Rowing Club', 'club']]);
    expect(rolesOf('Ada Moen, chair of the Lakeside Rowing Club, said the regatta would go ahead.')).toEqual([['Ada Moen', [['Chair of the Lakeside Rowing Club', 'lakeside-rowing-club']]]]);
  });
  it('takes "&" between its words as "and"', () => {
    expect(bodies('The Harbour Social Aid & Pleasure Club paraded at dawn.')).toEqual([['Harbour Social Aid & Pleasure Club', 'club']]);
  });
  it('is no body when the name goes on into a site\'s word', () => {
    expect(bodies('Delegates stayed at the Lakeside Country Club Resort.')).toEqual([]);
  });
});

describe('a capitalised title right after a body\'s name (rule person.role-body-before-title)', () => {
  it('makes the body the holder\'s, what the body is "of" ending before the title', () => {
    expect(bodies('The Rowing Federation of Ruritania President Ada Moen said the regatta would go ahead.')).toEqual([['Rowing Federation of Ruritania', 'association']]);
    expect(rolesOf('The Rowing Federation of Ruritania President Ada Moen said the regatta would go ahead.')).toEqual([['Ada Moen', [['President', 'rowing-federation-of-ruritania']]]]);
  });
  it('does not reach over a comma', () => {
    expect(rolesOf('The regatta was run by the Lakeside Rowing Club, President Ada Moen said.')).toEqual([['Ada Moen', [['President', null]]]]);
  });
});
