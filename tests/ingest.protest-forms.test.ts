// Protests in forms the rules used to miss: a human chain or a blockade, a vigil kept "to call for" something, and a
// planned protest told with "would form" counted forward from the day of publication. Over briefs of the test's own.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

// The briefs are published on Tuesday 2031-05-06.
const protests = (body: string) => read(brief(body)).protests.map((p) => [String(p.name).split(' ')[0], p.date]);

describe('protests in other forms', () => {
  it('reads a human chain its organisers would form as a protest of the coming day', () => {
    expect(protests('The Lakeside Traders Union said its members would form a human chain along Mill Road on Friday to protest against the order.')).toEqual([['Human', '2031-05-09']]);
  });

  it('reads a blockade mounted against something as a protest, and no blockade by a navy', () => {
    expect(protests('Farmers will mount a blockade of the ring road on Friday against the new tax.')).toEqual([['Blockade', '2031-05-09']]);
    expect(protests('The navy kept up its blockade of the port.')).toEqual([]);
  });

  it('reads a vigil kept to call for something as a protest, and no vigil at a memorial', () => {
    expect(protests('The Lakeside Elephant Trust said it would hold a silent vigil outside the town hall on Saturday to call for fewer elephants in the parade.')).toEqual([['Vigil', '2031-05-10']]);
    expect(protests('An overnight vigil at the memorial will be limited to ticket holders.')).toEqual([]);
  });
});
