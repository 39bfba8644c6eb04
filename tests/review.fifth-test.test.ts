// The fifth first-use test's slowest adds, each saved from the new fact's form as it opens over the selected
// words: a measure gets its kind and a short name from the measure rules ingest reads, and no country that is
// only a comparison's scope; a person named by role alone gets the role and its body; a protest the known
// bodies, places and event its words name ("during the race"); and the ids made for a deployment and a
// role-only person say what they are.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { untouchedForm, useReviewArticle } from './helpers/review.js';

describe('facts added from the selected words, as the fifth first-use test added them', () => {
  const { session, get, post, newForm } = useReviewArticle('fjord-regatta.txt', '2026-05-06');
  /** Opens a new fact's form from the words, changes some fields as a reviewer would, saves it: the saved row. */
  const add = async (collection: string, quote: string, changes: Record<string, string> = {}) => {
    const saved = await post(`/articles/${session.sourceId}/add`, { ...untouchedForm(await newForm(collection, quote), `/articles/${session.sourceId}/add`), ...changes });
    expect(saved.statusCode, saved.body.slice(0, 2000)).toBe(303);
    const id = /fact=([a-z0-9-]+)/.exec(saved.headers.location as string)![1]!;
    return loadSeed(session.seedDir).facts.get(collection)!.find((row) => row.id === id)!;
  };

  it('names a measure and gives its kind from the measure rules, without the country that is only its scope', async () => {
    // Ingest missed this ban: "bans drones" is read as the clause "drones banned", an airspace restriction.
    const ban = await add('measures', "The mayor's emergency order bans drones over the harbour, the first such ban for a regatta in Norway.");
    expect(ban).toMatchObject({ name: 'Drone ban', kind: 'airspace_restriction', place_ids: [], review: 'reviewed' });
    const closure = await add('measures', 'Quay Road will be closed to traffic from 6 a.m. on Saturday.');
    expect(closure).toMatchObject({ name: 'Closure of Quay Road', kind: 'closure', place_ids: ['quay-road'], start: '2026-05-09' });
    expect(await add('measures', 'Bag searches will be carried out at every gate of the Fish Market.')).toMatchObject({ name: 'Bag searches', kind: 'inspection', place_ids: ['fish-market'] });
  }, 60_000);

  it('keeps a country out of the places when a place within it is named', async () => {
    const row = await add('measures', 'The Fjord Regatta will be sailed on Saturday, May 9, 2026, in Bergen, Norway.', { name: 'Regatta course closure', kind: 'closure' });
    expect(row.place_ids).toEqual(['bergen']);
  }, 60_000);

  it('saves a person named by role alone with the role and its body, under an id made of both', async () => {
    const spokesman = await add('people', 'a spokesman for the Coastal Police');
    expect(spokesman).toMatchObject({ id: 'spokesman-coastal-police', name: null, roles: [{ title: 'spokesman', organization_id: 'coastal-police' }] });
  }, 60_000);

  it('fills a protest\'s organizer, place and event from the known rows its words name', async () => {
    const union = await add('organizations', 'Seilforbundet', { kind: 'association' });
    // Ingest proposes the regatta itself (a name closing with "Regatta"): the protest's words name that row.
    const regatta = loadSeed(session.seedDir).facts.get('events')!.find((row) => row.name === 'Fjord Regatta')!;
    const protest = await add('protests', "The sailors' union Seilforbundet plans a protest of around 200 people at the Fish Market during the race.", { name: 'Sailors\' protest' });
    expect(protest).toMatchObject({ organizer_ids: [union.id], place_ids: ['fish-market'], coincides_with_event_id: regatta.id });
    // A deployment of a force with no role of its own is told apart by its event, not numbered beside the force's id.
    const deployment = await add('deployments', 'Bergen Police will deploy about 400 officers for the race', { role: '' });
    expect(deployment).toMatchObject({ id: `bergen-police-at-${regatta.id}`, organization_id: 'bergen-police', event_id: regatta.id });
  }, 60_000);

  it('refuses a corrected date whose note still counts the old one, with the message at the note', async () => {
    const edit = '/facts/quay-road-closed-to-traffic/edit';
    const form = untouchedForm(await get(`/articles/${session.sourceId}`), edit);
    expect(form.note).toBe("date of 'Saturday' counted forward from the publication date 2026-05-06");
    const refused = await post(edit, { ...form, start: '2026-05-16', end: '2026-05-16' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toMatch(/id="error-quay-road-closed-to-traffic-note"[^>]*><p>note: [^<]*counted forward from the publication date 2026-05-06&quot; gives none of the dates/);
    const saved = await post(edit, { ...form, start: '2026-05-16', end: '2026-05-16', note: "date of 'Saturday' taken as the Saturday after the race" });
    expect(saved.statusCode, saved.body.slice(0, 2000)).toBe(303);
  }, 60_000);
});

