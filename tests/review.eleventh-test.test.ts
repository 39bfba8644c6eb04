// What the eleventh first-use test (docs/review-first-use-10.md) found the forms, one-click references and name
// search of the review app doing wrong, each read as a general rule over this test's own fixture article
// (tests/fixtures/review/gdansk-conference-league-march.txt) through the app as a browser asks it: a body named
// inside a person's role title, another article's row listed before the article's own, a place inside an event's
// own name, a period of hours on one day, "said <Name>" and a role set off after a name, a verb and a determiner
// as an inspection's name, a passive of watching, and a demonym opening a body's name taken as a person's country.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { untouchedForm, useReviewArticle } from './helpers/review.js';

const PUBLISHED = '2026-04-08';

/** The rows a card offers in one click for a reference it leaves empty, in the order offered. */
function offered(page: string, factId: string, field: string): string[] {
  const forms = page.split(`<form method="post" action="/facts/${factId}/set" class="pick">`).slice(1).map((rest) => rest.slice(0, rest.indexOf('</form>')));
  const form = forms.find((f) => f.includes(`name="field" value="${field}"`));
  return form ? [...form.matchAll(/name="value" value="([^"]+)"/g)].map((m) => m[1]!) : [];
}

describe('the forms, one-click references and search after the eleventh first-use test', () => {
  const { session, get, post, newForm, filled } = useReviewArticle('gdansk-conference-league-march.txt', PUBLISHED);
  const article = () => `/articles/${session.sourceId}`;
  const seed = () => loadSeed(session.seedDir, { keepRules: true });
  const rowNamed = (collection: string, name: string) => seed().facts.get(collection)!.find((row) => row.name === name);
  const idNamed = (collection: string, name: string) => rowNamed(collection, name)!.id;

  it('reads a body named inside a person\'s role title as a role\'s body (bug 2)', async () => {
    const club = idNamed('organizations', 'Dukla Ostrava Supporters\' Club');
    // Ingest gave the person a title holding the club's whole name: the club is still named by these words.
    expect((rowNamed('people', 'Petr Novotny')!.roles as Array<{ title: string }>)[0]!.title).toContain('Dukla Ostrava Supporters\' Club');
    expect(await filled('people', 'a spokesman for the Dukla Ostrava Supporters\' Club')).toEqual({ roles: [{ title: 'spokesman', organization_id: club, country: null }] });
    expect(((await filled('people', 'a spokesman for the Old Town Residents\' Association')).roles as Array<Record<string, unknown>>)[0]!.organization_id)
      .toBe(idNamed('organizations', 'Old Town Residents\' Association'));
    // Ingest now gives the role the body its title names (rule person.role-body-in-title): nothing is left to offer.
    expect((rowNamed('people', 'Petr Novotny')!.roles as Array<{ organization_id: string | null }>)[0]!.organization_id).toBe(club);
    expect(offered(await get(article()), idNamed('people', 'Petr Novotny'), 'roles.0.organization_id')).toEqual([]);
  });

  it('lists the rows the article cites before another article\'s when a name is typed beside it (bug 3)', async () => {
    const search = async (params: Record<string, string>) => (JSON.parse(await get(`/lookup?${new URLSearchParams(params)}`)) as Array<{ id: string; title: string }>).map((m) => m.title);
    const beside = await search({ q: 'supp', in: 'organizations', article: session.sourceId });
    expect(beside[0]).toBe('Dukla Ostrava Supporters\' Club');
    // The other article's row is still found, after it; without an article the documented order stands.
    expect(beside).toContain('Supporters');
    expect((await search({ q: 'supp', in: 'organizations' }))[0]).toBe('Supporters');
  });

  it('reads a place named in an event\'s own name for the event, and a count past a name saying whose (bug 4)', async () => {
    const square = idNamed('places', 'Long Market');
    // Named as an incident by its word and where it happened (the twelfth test's bug 5).
    const fight = { name: 'Fight in the Long Market', kind: 'incident' };
    expect(await filled('events', 'a fight outside a bar in the Long Market')).toEqual({ ...fight, place_ids: [square] });
    const whole = await filled('events', 'Police detained 14 Dukla fans after a fight outside a bar in the Long Market');
    expect(whole).toEqual({ ...fight, place_ids: [square], figures: [{ metric: 'fans', value: 14, qualifier: 'exactly' }] });
    const row = seed().facts.get('events')!.find((event) => String(event.name).includes('Long Market'))!;
    expect(row.place_ids).toEqual([]);
    expect(offered(await get(article()), row.id, 'place_ids')[0]).toBe(square);
  });

  it('ends a period of hours on the day it is stated on (bug 5)', async () => {
    expect(await filled('measures', 'from 4 p.m. to 7 p.m. on Thursday')).toMatchObject({ start: '2026-04-09', end: '2026-04-09', date_precision: 'day', derived: true });
    expect(await filled('measures', 'from 8 a.m. on Thursday until 6 a.m. on Friday')).toMatchObject({ start: '2026-04-09', end: '2026-04-10' });
    // A start written with its hour and no end states no end.
    expect(await filled('measures', 'from 8 a.m. on Thursday')).toMatchObject({ start: '2026-04-09', end: null });
  });

  it('reads no speech verb as a title, and a role set off after the name with its body (bug 6)', async () => {
    expect(await filled('people', 'said Petr Novotny')).toEqual({ name: 'Petr Novotny' });
    expect(await filled('people', 'Petr Novotny, a spokesman for the Dukla Ostrava Supporters\' Club')).toEqual({
      name: 'Petr Novotny', roles: [{ title: 'spokesman', organization_id: idNamed('organizations', 'Dukla Ostrava Supporters\' Club'), country: null }],
    });
    expect(await filled('people', 'the club\'s security director, Tomasz Wrobel, said')).toMatchObject({ name: 'Tomasz Wrobel', roles: [{ title: 'security director' }] });
  });

  it('names an inspection by what it checks, and reads watching from a helicopter as surveillance (bug 7)', async () => {
    expect(await filled('measures', 'its stewards will search every away fan at the gates')).toEqual({ name: 'Searches of away fans', kind: 'inspection' });
    const helicopter = 'The march will be filmed from a police helicopter';
    expect(await filled('measures', helicopter)).toEqual({ name: 'Police helicopter filming', kind: 'surveillance' });
    // Filming by a camera crew is no surveillance.
    expect((await filled('measures', 'A camera crew filmed the march.')).kind).toBeUndefined();
    const opened = await newForm('measures', helicopter);
    const saved = await post(`${article()}/add`, { ...untouchedForm(opened, `${article()}/add`), operator_ids: idNamed('organizations', 'Pomeranian Police') });
    expect(saved.statusCode).toBe(303);
    expect(rowNamed('measures', 'Police helicopter filming')).toMatchObject({ kind: 'surveillance', review: 'reviewed' });
  }, 60_000);

  it('gives a person by role no country from a demonym opening the body\'s name (bug 8)', async () => {
    const police = await filled('people', 'a spokesman for the Czech Police');
    expect(police).toEqual({ roles: [{ title: 'spokesman', organization_id: idNamed('organizations', 'Czech Police'), country: null }] });
    expect((await filled('people', 'a spokesman for the Czech Embassy')).country).toBeUndefined();
    // A demonym describing the person is theirs.
    expect((await filled('people', 'the Czech fan Jan Dvorak')).country).toBe('CZ');
  });
});
