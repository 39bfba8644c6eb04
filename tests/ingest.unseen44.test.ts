// What ingest read wrong in blind round 44 (issue 20), read by a general rule, on briefs of our own: a transcript
// whose speakers are numbered in a list before it (rules person.cast-list and statement.numbered-speaker).
import { describe, expect, it } from 'vitest';
import { read } from './helpers/briefs.js';

const TRANSCRIPT = [
  'Ferry strike: transcript of the harbour press conference',
  '',
  'LAKESIDE, May 6 (Wire) - Below is our transcript of the press conference held at the harbour office on Tuesday.',
  '',
  'SPEAKERS',
  '[1] Ada Moen, Harbour Master of Lakeside',
  '[2] Colonel Ivo Lenz, commander of the Harbour Police',
  '[3] Reporters (not named)',
  '',
  '[1] Good afternoon. The ferries will not sail on Wednesday, and the pier will be closed to the public.',
  '',
  '[3] How many officers will be on duty?',
  '',
  '[2] About 60 officers will guard the pier. We have no information about groups coming to cause trouble.',
  '',
].join('\n');

describe('a transcript with numbered speakers', () => {
  it('reads each listed speaker as a person with the title after the comma, past a rank', () => {
    const people = read(TRANSCRIPT).people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title]);
    expect(people).toEqual(expect.arrayContaining([['Ada Moen', 'Harbour Master of Lakeside'], ['Ivo Lenz', 'commander of the Harbour Police']]));
  });
  it('reads each numbered line as one quote of its speaker; the reporters\' line and the list itself give none', () => {
    const said = read(TRANSCRIPT).statements.map((s) => [s.speaker_id, s.kind, s.text]);
    expect(said).toEqual([
      ['ada-moen', 'quote', 'Good afternoon. The ferries will not sail on Wednesday, and the pier will be closed to the public.'],
      ['ivo-lenz', 'quote', 'About 60 officers will guard the pier. We have no information about groups coming to cause trouble.'],
    ]);
  });
});
