import { describe, expect, it } from 'vitest';
import { useApp } from './helpers/app.js';

const t = useApp({ corsOrigins: ['https://news.example'] });

describe('configured CORS origins', () => {
  it('reflects an allowed origin and withholds the header from others', async () => {
    expect((await t.get('/v1/people', { origin: 'https://news.example' })).headers['access-control-allow-origin']).toBe('https://news.example');
    expect((await t.get('/v1/people', { origin: 'https://evil.example' })).headers['access-control-allow-origin']).toBeUndefined();
  });
});
