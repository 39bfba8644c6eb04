// What blind round 58 and the growth run before it found ingest reading wrong or missing (issue 20), each read by a
// general rule, on briefs of our own: the parts of a day named from the day of publication.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('a part of a day named from publication ("this morning", "tonight", "last night")', () => {
  it('dates the event it starts, derived, the note saying from what', () => {
    expect(eventsOf(brief('The Lakeside Marathon, which was due to start at 5.30 this morning, has been cancelled.'))).toEqual({ 'Lakeside Marathon': ['games', '2031-05-06'] });
    expect(eventsOf(brief('The Harbour Lights Festival opens tonight on the quay.'))).toEqual({ 'Harbour Lights Festival': ['festival', '2031-05-06'] });
    const [event] = read(brief('The Harbour Lights Festival opens tonight on the quay.')).events;
    expect(event).toMatchObject({ derived: true, note: expect.stringContaining("'tonight' counted from the publication date 2031-05-06") });
  });
  it('dates what was done "last night" the day before', () => {
    expect(read(brief('Police closed the Old Bridge last night.')).measures.map((m) => m.start)).toEqual(['2031-05-05']);
  });
  it('names no day of this year after "years ago", and none in "every morning"', () => {
    expect(read(brief('Forty years ago tonight, part of the east stand of the Lakeside Stadium gave way during a league match.')).events.map((e) => e.start)).not.toContain('2031-05-06');
    expect(eventsOf(brief('The Lakeside Marathon starts every morning at the harbour.'))).toEqual({ 'Lakeside Marathon': ['games', null] });
  });
});
