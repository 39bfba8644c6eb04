// The growth run's audit of contests (src/ingest/trust/audit.ts): a disputed pair of one crowd's two counts is the
// contest the gold lists whichever side the gold writes as "the contest", and a pair of other values is unfounded.
import { describe, expect, it } from 'vitest';
import type { Item } from '../src/db/columns.js';
import { contestsMade, missed, unfounded, type Kb } from '../src/ingest/trust/audit.js';

const claim = (id: string, value: string, disputedBy: string[] = []): Item => ({ id, subject_id: 'march', predicate: 'size', value, disputed_by: disputedBy } as unknown as Item);
const kb = (claims: Item[]): Kb => new Map([['protests', [{ id: 'march' } as unknown as Item]], ['claims', claims]]);

describe('contests made by an accept, against the gold\'s', () => {
  // The organisers' count disputes the police's, restated as the other side of the pair.
  const made = contestsMade(kb([]), kb([claim('police', 'approximately 400'), claim('organisers', 'exactly 1500', ['police'])]));

  it('carry the other side\'s value', () => {
    expect(made.map((m) => [m.claim, m.value, m.sides])).toEqual([['organisers', 'exactly 1500', ['approximately 400']]]);
  });
  it('match the gold\'s contest written as either side', () => {
    for (const value of ['about 400', 'exactly 1500']) {
      expect(unfounded(made, [{ predicate: 'size', value }])).toEqual([]);
      expect(missed(made, [{ predicate: 'size', value }])).toEqual([]);
    }
  });
  it('are unfounded, and the gold\'s missed, when neither side is the gold\'s value', () => {
    expect(unfounded(made, [{ predicate: 'size', value: 'about 900' }]).map((m) => m.claim)).toEqual(['organisers']);
    expect(missed(made, [{ predicate: 'size', value: 'about 900' }])).toEqual([{ predicate: 'size', value: 'about 900' }]);
  });
});
