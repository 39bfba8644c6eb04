// What the forty-third review test (docs/review-first-use-42.md) found ingest proposing wrong, each read by a general
// rule on briefs of our own: two sites named before one plural word, whose singular names the text never writes, and a
// competition's division read as a force.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('two sites named before one plural word (rule place.paired-sites)', () => {
  it('are derived, the note saying from what, when the text never writes their names', () => {
    const places = read(brief('Extra trains will run from the Holm and Vika railway stations on match days.')).places.filter((p) => p.name !== 'Lakeside');
    expect(places.map((p) => [p.name, p.derived])).toEqual([['Holm railway station', true], ['Vika railway station', true]]);
    expect(places[0]!.note).toContain('name "Holm railway station" inferred from \'Holm and Vika railway stations\'');
  });
});

describe('a competition\'s division or group (rule organization.head-word)', () => {
  it('is no body, and the competition is the event', () => {
    const facts = read(brief('About 1,800 police officers will be on duty for the Lakeside Hockey Championship Division I at the arena.'));
    expect(facts.organizations).toEqual([]);
    expect(facts.events.map((e) => e.name)).toEqual(['Lakeside Hockey Championship']);
  });
});
