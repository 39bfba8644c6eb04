// What blind round 50 found ingest misreading (issue 20), each read by a general rule, on articles of our own: words
// no name opens with read as a person or as a town, and a person's initials opening a venue's name.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('words no name opens with ("On", "Many")', () => {
  it('are no person set off before a title', () => {
    expect(read(brief('On Monday, the Minister of Public Works, Ada Moen, opened the bids.')).people.map((p) => p.name)).toEqual(['Ada Moen']);
  });
  it('are no town whose police they would be (rule organization.place-police)', () => {
    expect(read(brief('Many police officers worked on Thursday.')).organizations).toEqual([]);
  });
});

describe('a person\'s initials opening a venue\'s name (rule place.venue)', () => {
  it('are part of the name', () => {
    expect(read(brief('Fans filled the M.A. Holm Stadium, and relatives gathered on M.J. Lenz Avenue.')).places.map((p) => p.name))
      .toEqual(['Lakeside', 'M.A. Holm Stadium', 'M.J. Lenz Avenue']);
  });
});
