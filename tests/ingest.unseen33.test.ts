// What ingest read wrong in blind round 33 (issue 20), read by a general rule, on briefs of our own: a chief medical
// officer after whom an honorific stands, Burmese honorifics, and a live blog's date line naming a town.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('people: titles and honorifics', () => {
  it('titles "Chief Medical Officer Dr. Hazel Laws-Liburd" whole, her name without "Dr."', () => {
    const facts = read(brief('Chief Medical Officer Dr. Hazel Laws-Liburd said at least 40 people had been treated.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]!.title])).toEqual([['Hazel Laws-Liburd', 'Chief Medical Officer']]);
  });

  it('names "Labour Minister U Myo Thant" and "Daw Thandar Htwe" without the Burmese honorifics', () => {
    const facts = read(brief('Labour Minister U Myo Thant said talks would resume. Union leader Daw Thandar Htwe said the picket would resume.'));
    expect(facts.people.map((p) => p.name)).toEqual(['Myo Thant', 'Thandar Htwe']);
  });
});

describe('events: a live blog\'s date line', () => {
  it('reads no gathering from "Friday, June 22, 2040 - Basseterre, St Kitts - updates from our team"', () => {
    const text = 'Festival live: heat at the park\n\nFriday, May 9, 2031 - Basseterre, St Kitts - updates from our team at the festival.\n\n18:00 - Gates open at the park.\n';
    expect(eventsOf(text)).not.toHaveProperty('Basseterre');
  });
});
