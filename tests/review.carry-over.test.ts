// A new fact's form starts with the references the reviewer last chose on the same article's page, where the
// selected words name none: a second place within the same city, a second force for the same event. Shown as
// carried over (with the button and key that clear them), overridden by what the words name, never taken
// from a machine fact accepted as proposed, nor from another article's page.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { untouchedForm, useReviewArticle } from './helpers/review.js';

describe('references carried over from the last fact chosen on an article\'s page', () => {
  const { session, post, newForm } = useReviewArticle('harbour-marathon.txt', '2026-04-09');
  /** Opens a new fact's form from the words, changes some fields as a reviewer would, saves it: the new id. */
  const add = async (collection: string, quote: string, changes: Record<string, string> = {}) => {
    const saved = await post(`/articles/${session.sourceId}/add`, { ...untouchedForm(await newForm(collection, quote), `/articles/${session.sourceId}/add`), ...changes });
    expect(saved.statusCode, saved.body.slice(0, 2000)).toBe(303);
    return /fact=([a-z0-9-]+)/.exec(saved.headers.location as string)![1]!;
  };
  const valueOf = (page: string, field: string) => new RegExp(`name="${field}"[^>]*value="([^"]*)"`).exec(page)?.[1];

  it('carries nothing from machine facts accepted as proposed', async () => {
    expect((await post('/facts/mill-park/accept', { back: `articles/${session.sourceId}` })).statusCode).toBe(303);
    expect((await post('/facts/harbour-marathon/accept', { back: `articles/${session.sourceId}` })).statusCode).toBe(303);
    expect(await newForm('places', 'Lune Airport')).not.toContain('Carried over');
  }, 60_000);

  it('carries a place\'s container to the next place, shown by name with the key that clears it', async () => {
    // "Port City" is also the name of a person the machine proposed wrongly: the name is typed.
    const city = await add('places', 'through the centre of Port City', { name: 'Port City', kind: 'city' });
    await add('places', 'patrol the River Lune', { within_id: city });
    // Ingest proposed the port without its city: the reviewer rejects that row and adds the port by hand.
    expect((await post('/facts/port-of-lune/reject', { back: `articles/${session.sourceId}`, reason: 'no city' })).statusCode).toBe(303);
    const page = await newForm('places', 'Port of Lune');
    expect(valueOf(page, 'within_id')).toBe(city);
    expect(page.match(/<p class="carried".*?<\/p>/s)?.[0]).toContain(`Carried over from the last fact you added from this article: <b>within_id</b> Port City <code>${city}</code>.`);
    expect(page).toMatch(/<button type="button" class="clear-carried" data-fields="within_id" aria-keyshortcuts="Alt\+C"/);
    // The name and kind still come from the words; only the empty reference was carried.
    expect([valueOf(page, 'name'), /<option value="venue" selected>/.test(page)]).toEqual(['Port of Lune', true]);
    // Saved as shown, the carried container is the new place's.
    const port = await add('places', 'Port of Lune');
    expect(loadSeed(session.seedDir).facts.get('places')!.find((p) => p.id === port)).toMatchObject({ within_id: city, kind: 'venue', review: 'reviewed' });
    // Another article's page carries nothing of this one's.
    expect(await newForm('places', 'Geneva', 'carabinieri-milan')).not.toContain('Carried over');
  }, 60_000);

  it('carries the event and the body to the next force, the operators to the next measure, never a list of places; the words\' own win', async () => {
    const guard = await add('organizations', 'Royal Coast Guard crews');
    await add('deployments', 'Royal Coast Guard crews will patrol', { event_id: 'harbour-marathon', place_ids: 'river-lune' });
    const next = await newForm('deployments', 'About 1,200 police officers will guard the route');
    expect([valueOf(next, 'event_id'), valueOf(next, 'organization_id'), valueOf(next, 'place_ids')]).toEqual(['harbour-marathon', guard, '']);
    // A measure must be named (the build refuses a row nothing names): the reviewer types one.
    await add('measures', 'shipping on the river is to be halted', { name: 'Shipping halt on the River Lune', kind: 'closure', operator_ids: guard, place_ids: 'river-lune' });
    const measure = await newForm('measures', 'Buses from Lune Airport will stop at the Port of Lune');
    // The places are the words' own (the port was added above), none carried from the shipping halt.
    expect([valueOf(measure, 'operator_ids'), valueOf(measure, 'place_ids')]).toEqual([guard, 'lune-airport, port-of-lune']);
    // A body the words name is the force, not the one carried.
    const alliance = await add('organizations', 'Harbour City Climate Alliance plans', { kind: 'association' });
    expect(valueOf(await newForm('deployments', 'Harbour City Climate Alliance plans a demonstration'), 'organization_id')).toBe(alliance);
    // A speaker is not carried: it changes from one statement to the next.
    expect(await newForm('statements', 'About 1,200 police officers will guard the route')).not.toContain('Carried over');
  }, 60_000);
});
