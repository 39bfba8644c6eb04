// Measures told in wordings the rules used to miss: people searched or checked at a number of gates or points, things
// turned away or confiscated, vehicles and the sale of liquor banned, "no <thing> will be allowed", spectators kept off
// a site. Over briefs of the test's own, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const measuresOf = (body: string) => read(brief(body)).measures.map((m) => m.kind);

describe('measures told in other words', () => {
  it('reads people or vehicles checked at gates or points as an inspection', () => {
    expect(measuresOf('Worshippers will be searched at four gates around the cathedral.')).toEqual(['inspection']);
    expect(measuresOf('Lorries coming into the port will be checked at three points on the coast road.')).toEqual(['inspection']);
    expect(measuresOf('Tickets were checked at the hotel, a guest said.')).toEqual([]);
  });

  it('reads things turned away, confiscated or not allowed as a ban', () => {
    expect(measuresOf('Anyone carrying a stick or a knife will be turned away at the turnstiles.')).toEqual(['ban']);
    expect(measuresOf('Laser pointers and water balloons will be confiscated at the entrances.')).toEqual(['ban']);
    expect(measuresOf('No firearm will be allowed inside the conference hotel.')).toEqual(['ban']);
    expect(measuresOf('Fans without tickets will be turned away.')).toEqual([]);
  });

  it('reads vehicles and the sale of liquor banned from an area as a ban', () => {
    expect(measuresOf('Rickshaws will be banned from the old town from noon on Friday.')).toEqual(['ban']);
    expect(measuresOf('The sale of liquor will be banned within the town limits on Saturday.')).toEqual(['ban']);
  });

  it('reads spectators kept off a site as a restricted zone', () => {
    expect(measuresOf('Spectators will not be allowed onto the Harbour Bridge during the race.')).toEqual(['restricted_zone']);
  });
});
