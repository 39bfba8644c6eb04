// The response cache stays within its byte bound and, when it must drop entries, drops those not asked for
// since they were stored before those that were (second chance: an approximation of least recently used).
import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../src/plugins/caching.js';

const answer = (bytes: number) => ({ payload: Buffer.alloc(bytes, 'x'), headers: { 'content-type': 'application/json' }, vary: ['Accept'], version: 'v1', cacheControl: 'no-cache', countsUnsent: true });
/** Each entry costs its body plus its key as UTF-16: keys here are 2 characters, so 4 bytes. */
const ENTRY_BYTES = 100 + 4;

describe('response cache eviction', () => {
  it('keeps the entries hit since they were stored and drops the oldest of the others', () => {
    const cache = new ResponseCache(ENTRY_BYTES * 8);
    for (let i = 0; i < 8; i += 1) cache.set(`k${i}`, answer(100));
    expect(cache.get('k0')).toBeDefined();
    expect(cache.get('k1')).toBeDefined();
    cache.set('k8', answer(100));
    cache.set('k9', answer(100));
    expect(cache.get('k0')).toBeDefined();
    expect(cache.get('k1')).toBeDefined();
    expect(cache.get('k2')).toBeUndefined();
    expect(cache.get('k3')).toBeUndefined();
    for (const key of ['k4', 'k5', 'k6', 'k7', 'k8', 'k9']) expect(cache.get(key), key).toBeDefined();
  });

  it('when every entry was hit, still makes room, dropping the oldest', () => {
    const cache = new ResponseCache(ENTRY_BYTES * 8);
    for (let i = 0; i < 8; i += 1) cache.set(`k${i}`, answer(100));
    for (let i = 0; i < 8; i += 1) cache.get(`k${i}`);
    cache.set('k8', answer(100));
    expect(cache.get('k0')).toBeUndefined();
    for (let i = 1; i < 9; i += 1) expect(cache.get(`k${i}`), `k${i}`).toBeDefined();
  });

  it('refuses an answer larger than an eighth of its bound', () => {
    const cache = new ResponseCache(ENTRY_BYTES * 8);
    cache.set('big', answer(ENTRY_BYTES + 1));
    expect(cache.get('big')).toBeUndefined();
  });
});
