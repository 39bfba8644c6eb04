import { describe, expect, it } from 'vitest';
import { parseSearch, words } from '../src/db/words.js';
import { escapeSnippet } from '../src/routes/search/index.js';
import { ids, useApp } from './helpers/app.js';

const t = useApp();
const hits = async (q: string, extra = '') => (await t.get(`/v1/search?q=${encodeURIComponent(q)}${extra}`)).json as { data: Array<{ type: string; id: string; snippet: string }>; meta: { total: number } };

describe('q on collections matches words, not substrings (issue #10 reproductions)', () => {
  it('organizations?q=ice is exactly ICE: not "police", not "office"', async () => {
    expect(ids((await t.get('/v1/organizations?q=ice')).json)).toEqual(['ice']);
    expect(ids((await t.get('/v1/organizations?q=ICE')).json)).toEqual(['ice']);
  });

  it('a word matches the start of a word: carab finds the Carabinieri, abinieri finds nothing', async () => {
    expect(ids((await t.get('/v1/organizations?q=carab')).json)).toEqual(['carabinieri']);
    expect(ids((await t.get('/v1/organizations?q=abinieri')).json)).toEqual([]);
  });

  it('all words must match, in any field and any order', async () => {
    expect(ids((await t.get('/v1/organizations?q=police%20military')).json)).toEqual(['carabinieri']);
    expect(ids((await t.get('/v1/organizations?q=tax%20pol')).json)).toEqual(['guardia-di-finanza']);
    expect(ids((await t.get('/v1/organizations?q=tax%20military')).json)).toEqual([]);
  });

  it('punctuation separates words as in the index; text without letters or digits matches nothing', async () => {
    expect(ids((await t.get(`/v1/places?q=${encodeURIComponent("d'amp")}`)).json)).toEqual(['cortina-d-ampezzo']);
    expect(ids((await t.get(`/v1/places?q=${encodeURIComponent('cortina-d')}`)).json)).toEqual(['cortina-d-ampezzo']);
    for (const q of ['%25', '*', '%22', '-', 'NOT', 'milan%20OR%20rome']) expect((await t.get(`/v1/places?q=${q}`)).status).toBe(200);
    expect(ids((await t.get('/v1/places?q=%2A%2A')).json)).toEqual([]);
    expect(ids((await t.get('/v1/places?q=NOT')).json)).toEqual([]);
  });

  it('people?role= follows the same rule; comma-separated values still mean OR', async () => {
    expect(ids((await t.get('/v1/people?role=minister')).json)).toEqual(['antonio-tajani', 'matteo-piantedosi']);
    expect(ids((await t.get('/v1/people?role=ister')).json)).toEqual([]);
    expect(ids((await t.get('/v1/people?role=vice%20pres')).json)).toEqual(['jd-vance']);
    expect(ids((await t.get('/v1/people?role=mayor,vice')).json)).toEqual(['jd-vance', 'mayor-of-milan']);
  });

  it('caps a text at 32 distinct words (each is an index walk): a 400 naming the parameter, repeats free', async () => {
    const distinct = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join('%20');
    expect((await t.get(`/v1/people?q=${distinct(32)}`)).status).toBe(200);
    expect((await t.get(`/v1/people?q=${Array(200).fill('ice').join('%20')}`)).status).toBe(200);
    for (const url of [`/v1/people?q=${distinct(33)}`, `/v1/people?role=${distinct(20)},${distinct(33)}`, `/v1/search?q=${distinct(33)}`]) {
      const r = await t.get(url);
      expect(r.status, url).toBe(400);
      expect(r.json.errors[0].message).toContain('at most 32');
    }
    expect((await t.get(`/v1/people?role=${distinct(33)}`)).json.errors[0].parameter).toBe('role');
  });

  it('reads words the way the unicode61 tokenizer does: case and diacritics folded', () => {
    expect(words('Città  d\'Ampezzo—ÉLAN')).toEqual(['citta', 'd', 'ampezzo', 'elan']);
    expect(words('"%*-')).toEqual([]);
  });
});

describe('/v1/search understands word forms, prefixes and phrases', () => {
  it('finds protests, drones, red zones and the cybersecurity room (issue #10 reproductions)', async () => {
    expect((await hits('protesters')).data.map((h) => h.id)).toContain('preceding-saturday-protests');
    expect((await hits('drones')).data.map((h) => h.id)).toContain('drone-surveillance');
    expect((await hits('zone')).data.map((h) => h.id)).toEqual(expect.arrayContaining(['red-zones', 'no-fly-zones']));
    expect((await hits('cyber')).data.map((h) => h.id)).toContain('cybersecurity-control-room');
  });

  it('search?q=ice does not match "police"', async () => {
    const found = await hits('ice', '&limit=500');
    expect(found.meta.total).toBeGreaterThan(0);
    for (const hit of found.data) expect(hit.snippet.toLowerCase()).not.toContain('<mark>police');
    expect(found.data.map((h) => h.id)).not.toContain('italian-regular-police');
  });

  it('a quoted phrase matches the words in order; an unbalanced quote is ordinary text', async () => {
    const phrase = await hits('"red zones"');
    expect(phrase.data.map((h) => h.id)).toContain('red-zones');
    expect(phrase.data.every((h) => /<mark>red zones<\/mark>/i.test(h.snippet))).toBe(true);
    expect((await hits('"zones red"')).data).toEqual([]);
    const unbalanced = await t.get(`/v1/search?q=${encodeURIComponent('"red zones')}`);
    expect(unbalanced.status).toBe(200);
    expect(unbalanced.json.data.map((h: { id: string }) => h.id)).toEqual((await hits('red zones')).data.map((h) => h.id));
    for (const q of ['"', '""', '"""', 'a"b', '" OR *', 'NEAR(a b)', 'title:ice', '^ice']) expect((await t.get(`/v1/search?q=${encodeURIComponent(q)}`)).status, q).toBe(200);
  });

  it('parses phrases and words; a lone quote is text', () => {
    expect(parseSearch('"red zones" drones')).toEqual({ phrases: [['red', 'zones']], words: ['drones'] });
    expect(parseSearch('"red zones')).toEqual({ phrases: [], words: ['red', 'zones'] });
    expect(parseSearch("d'Ampezzo ice ice")).toEqual({ phrases: [['d', 'ampezzo']], words: ['ice'] });
  });

  it('snippets are HTML-escaped text with <mark> as the only markup', async () => {
    for (const q of ['red zones', 'ice', 'police', 'milan']) {
      for (const hit of (await hits(q, '&limit=500')).data) {
        const bare = hit.snippet.replace(/<\/?mark>/g, '');
        expect(bare, hit.id).not.toMatch(/[<>"]/);
        expect(bare, hit.id).not.toMatch(/&(?!(amp|lt|gt|quot);)/);
      }
    }
    expect((await hits('red zones')).data.some((h) => h.snippet.includes('&quot;'))).toBe(true);
  });

  it('escapes markup in text and drops stray marker characters', () => {
    expect(escapeSnippet('<script>alert("x")</script> & \u{E000}ice\u{E001}')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>ice</mark>');
    expect(escapeSnippet('a\u{E001}b\u{E000}c')).toBe('ab<mark>c</mark>');
  });
});
