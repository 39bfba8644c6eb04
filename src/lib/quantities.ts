// Adding hedged numbers: the sum keeps the weakest hedge its parts allow.
import type { Quantity } from '../schemas/common.js';
import type { Qualifier } from '../schemas/vocabulary.js';

const LOWER_BOUNDS: ReadonlySet<Qualifier> = new Set(['exactly', 'more_than', 'at_least']);
const UPPER_BOUNDS: ReadonlySet<Qualifier> = new Set(['exactly', 'fewer_than', 'up_to']);

/** exactly + exactly is exact; lower bounds add to a lower bound (upper likewise); any other mix is approximate. */
export function combineQualifiers(qualifiers: Qualifier[]): Qualifier {
  if (qualifiers.every((q) => q === 'exactly')) return 'exactly';
  if (qualifiers.every((q) => LOWER_BOUNDS.has(q))) return qualifiers.includes('more_than') ? 'more_than' : 'at_least';
  if (qualifiers.every((q) => UPPER_BOUNDS.has(q))) return qualifiers.includes('fewer_than') ? 'fewer_than' : 'up_to';
  return 'approximately';
}

/** Sum of the stated quantities; unstated ones (null value) are left out and counted by the caller. */
export function sumQuantities(quantities: Quantity[]): Quantity {
  const stated = quantities.filter((q): q is { value: number; qualifier: Qualifier } => q.value !== null && q.qualifier !== null);
  if (!stated.length) return { value: null, qualifier: null };
  return { value: stated.reduce((sum, q) => sum + q.value, 0), qualifier: combineQualifiers(stated.map((q) => q.qualifier)) };
}
