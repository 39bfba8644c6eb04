// What ingest read wrong in blind round 43 (issue 20), read by a general rule, on briefs of our own: a statement
// printed in full after the article says so (rule statement.printed-in-full), honorifics before a name, the
// opposition's leader as a title.
import { describe, expect, it } from 'vitest';
import { read } from './helpers/briefs.js';

const STATEMENT = [
  'The harbour minister\'s statement on the ferry strike, in full',
  '',
  'LAKESIDE, May 6 (Wire) - The Harbour Minister, Ada Moen, made the following statement to the Assembly on Tuesday morning, a day after ferry crews stopped work. The statement is printed as delivered.',
  '',
  'Honourable Speaker, honourable members,',
  '',
  'What happened',
  '',
  'On Sunday night the crews of the three ferries left their ships. I regret the hardship this has caused to every island family.',
  '',
  'The new timetable',
  '',
  'The ferries will sail again on Thursday with crews from the navy. About 60 officers will guard the piers.',
  '',
  'After the statement, the Opposition Leader, Dasho Ivo Lenz, said the minister should resign.',
  '',
  'The Harbour Police said the piers were calm on Tuesday.',
  '',
].join('\n');

describe('a statement printed in full', () => {
  it('reads each paragraph of it as a quote of the one named before "made the following statement", headings and salutation none', () => {
    const statements = read(STATEMENT).statements.map((s) => [s.speaker_id, s.kind, s.text, s.rules]);
    const printed = statements.filter(([, , , rules]) => (rules as string[]).includes('statement.printed-in-full'));
    expect(printed.map(([speaker, kind, text]) => [speaker, kind, text])).toEqual([
      ['ada-moen', 'quote', 'On Sunday night the crews of the three ferries left their ships. I regret the hardship this has caused to every island family.'],
      ['ada-moen', 'quote', 'The ferries will sail again on Thursday with crews from the navy. About 60 officers will guard the piers.'],
    ]);
  });
  it('ends it at the paragraph after it, which the other rules read: the leader named past an honorific, the police', () => {
    const facts = read(STATEMENT);
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toContainEqual(['Ivo Lenz', 'Opposition Leader']);
    expect(facts.statements.map((s) => [s.speaker_id, s.text])).toEqual(expect.arrayContaining([['ivo-lenz', 'The minister should resign.'], ['harbour-police', 'The piers were calm on Tuesday.']]));
  });
  it('reads nothing as printed in full without the words that say so', () => {
    const facts = read(STATEMENT.replace('made the following statement', 'spoke'));
    expect(facts.statements.filter((s) => (s.rules as string[]).includes('statement.printed-in-full'))).toEqual([]);
  });
});
