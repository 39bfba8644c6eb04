// What the forty-third review test (docs/review-first-use-42.md) found ingest proposing wrong, each read by a general
// rule on briefs of our own: two sites named before one plural word, whose singular names the text never writes, and a
// competition's division read as a force, and a measure's operator and period.
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

describe('a measure\'s operator and period', () => {
  it('is the body that opens the measure as its verb\'s subject ("will open a fan zone")', () => {
    const [zone] = read(brief('The Lakeside City Council will open a fan zone in Harbour Square for the tournament.')).measures;
    expect(zone).toMatchObject({ kind: 'fan_zone', operator_ids: ['lakeside-city-council'] });
  });
  it('is not the day a decree was issued, nor a day said', () => {
    const [ban] = read(brief('Flares and glass bottles will be banned within 500 metres of the arena under a decree the Interior Ministry issued on Tuesday.')).measures;
    expect(ban).toMatchObject({ kind: 'ban', start: null, end: null, operator_ids: ['interior-ministry'] });
  });
  it('is still a day written for the measure itself', () => {
    const [ban] = read(brief('Glass bottles will be banned around the arena on Saturday, the Interior Ministry said.')).measures;
    expect(ban!.start).not.toBeNull();
  });
});
