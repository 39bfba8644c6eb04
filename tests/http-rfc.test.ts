// Content negotiation and conditional requests as RFC 9110 has them: media-type parameters do not make a
// served type unacceptable, If-None-Match takes lists and `*`, and error answers carry no validator.
import { describe, expect, it } from 'vitest';
import { preferredMediaType } from '../src/plugins/formats.js';
import { noneMatchFails } from '../src/plugins/caching.js';
import { useApp } from './helpers/app.js';

const OFFERED = ['application/json', 'text/csv', 'application/x-ndjson'];

describe('Accept with media-type parameters', () => {
  const t = useApp();

  it('answers the exact Content-Type the server sends when it is asked for, charset included', async () => {
    for (const format of ['json', 'csv', 'ndjson']) {
      const plain = await t.get(`/v1/people?format=${format}`);
      const sent = String(plain.headers['content-type']);
      const asked = await t.get('/v1/people', { accept: sent });
      expect(asked.status, sent).toBe(200);
      expect(asked.headers['content-type']).toBe(sent);
      // The JSON envelope's self link names the URL asked; the rows are the same.
      expect(asked.json?.data ?? asked.body).toEqual(plain.json?.data ?? plain.body);
    }
  });

  it('still ranks by q and still refuses types it does not serve, parameters or not', async () => {
    expect(preferredMediaType('text/csv; charset=utf-8; q=0.2, application/x-ndjson; charset=UTF-8; q=0.9', OFFERED)).toBe('application/x-ndjson');
    expect(preferredMediaType('text/csv;q=0, */*;q=0.1', ['text/csv'])).toBeUndefined();
    expect(preferredMediaType('application/*;q=0.5, text/csv', OFFERED)).toBe('text/csv');
    expect(preferredMediaType('text/html; charset=utf-8', OFFERED)).toBeUndefined();
    expect((await t.get('/v1/people', { accept: 'text/html; charset=utf-8' })).status).toBe(406);
  });
});

describe('If-None-Match', () => {
  const t = useApp();

  it('answers 304 when any tag of a list matches, weak or strong, and for *', async () => {
    const first = await t.get('/v1/people?role=minister');
    const tag = String(first.headers.etag);
    for (const field of [`"other", ${tag}`, `W/"x",W/${tag}`, '*', ` * `]) {
      const again = await t.get('/v1/people?role=minister', { 'if-none-match': field });
      expect(again.status, field).toBe(304);
      expect(again.headers.etag).toBe(tag);
      expect(again.body).toBe('');
    }
    expect((await t.get('/v1/people?role=minister', { 'if-none-match': '"other", "else"' })).status).toBe(200);
    expect(noneMatchFails('"a,b", "c"', '"c"')).toBe(true);
    expect(noneMatchFails('"a,b"', '"a"')).toBe(false);
  });

  it('gives errors no ETag, and a tag or * sent back with an error request gets the error again, never 304', async () => {
    for (const url of ['/v1/people/nobody-at-all', '/v1/people?limit=0', '/v1/nowhere']) {
      const error = await t.get(url);
      expect(error.status, url).toBeGreaterThanOrEqual(400);
      expect(error.headers.etag, url).toBeUndefined();
      for (const field of ['*', '"x"']) expect((await t.get(url, { 'if-none-match': field })).status, `${url} ${field}`).toBe(error.status);
    }
  });
});
