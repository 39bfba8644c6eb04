// What the twenty-eighth review test found ingest reading wrong (issue 20), each read by a general rule, on briefs of
// our own: a city government's inferred name, a residents' association and its president.
import { describe, expect, it } from 'vitest';
import { statedTextProblems } from '../src/db/support.js';
import { organizations } from '../src/collections/organizations.js';
import { brief, read } from './helpers/briefs.js';

describe('the city government named after the dateline\'s city (rule organization.local-government)', () => {
  it('is derived, its note saying the name is inferred, so the build\'s checks pass it once reviewed', () => {
    const facts = read('Race week\n\nLAKESIDE, May 6 (Wire) - The city government will close the harbour road from Thursday, the mayor said.\n');
    const body = facts.organizations.find((o) => o.name === 'Lakeside city government')!;
    expect(body).toMatchObject({ derived: true });
    expect(body.note).toContain('"Lakeside city government" is inferred');
    const asSeed = { ...body, review: 'reviewed', citations: (body.citations as Array<{ quote: string }>).map((c) => ({ ...c, source: 'note' })) };
    expect(statedTextProblems(asSeed as never, (fact) => organizations.statedTexts!(fact as never))).toEqual([]);
  });
});

describe('a body said to be an association, and its president', () => {
  it('reads "Lake Watch, a residents\' association," as an NGO, the protest it plans as its, and "the association\'s president" as of it', () => {
    const facts = read(brief("Lake Watch, a residents' association, plans a protest of about 300 people on Friday. The association's president, Ada Moen, said it would be peaceful."));
    const body = facts.organizations.find((o) => o.name === 'Lake Watch')!;
    expect(body.kind).toBe('association');
    expect(facts.protests[0]).toMatchObject({ organizer_ids: [body.id] });
    expect((facts.people.find((p) => p.name === 'Ada Moen')!.roles as Array<{ organization_id: string }>)[0]!.organization_id).toBe(body.id);
  });
});
