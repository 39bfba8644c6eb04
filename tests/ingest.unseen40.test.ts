// What ingest read wrong in blind round 40 (issue 20), read by a general rule, on briefs of our own: a courtesy title
// before a name set off after a title, a person's initial inside a venue's name.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('names', () => {
  it('reads the name set off after a title past a courtesy title ("The Minister of Health, Dr. Ada Moen,")', () => {
    const facts = read(brief('The Minister of Health, Dr. Ada Deng Moen, said 40 officers were sent to the hospital.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toEqual([['Ada Deng Moen', 'Minister of Health']]);
  });
  it('keeps a person\'s initial inside a venue\'s name, but takes no initial alone before a lowercase head word', () => {
    const places = (text: string) => read(brief(text)).places.map((p) => p.name);
    expect(places('Flights resumed at the Terrance B. Holm International Airport as 40 officers watched.')).toContain('Terrance B. Holm International Airport');
    expect(places('Officers searched block N. building by building.')).not.toContain('N. building');
  });
});
