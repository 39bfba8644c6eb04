// References chosen in one click on an article's cards (src/review/suggestions.ts), over the fixture article
// valletta-forum.txt ingested into a copy of the fixture seed: an empty reference field the reviewed rows
// usually fill offers the article's own rows; a click sets it, through the build checks, and the card says so.
import { describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed } from '../src/db/seed.js';
import { SUGGESTIONS_PER_FIELD, suggestionsIn } from '../src/review/suggestions.js';
import { setInSeed, useReviewArticle } from './helpers/review.js';

const SQUARE = 'castille-square';
/** A town the article names that ingest puts within no place: its card offers the article's places. */
const TOWN = 'floriana';

describe('a reference picked from the article in one click', () => {
  const { session, get, post } = useReviewArticle('valletta-forum.txt', '2026-09-16');
  const article = () => `/articles/${session.sourceId}`;
  const card = (page: string, id: string) => page.slice(page.indexOf(`id="card-${id}"`), page.indexOf('</article>', page.indexOf(`id="card-${id}"`)));
  const row = (collection: string, id: string) => loadSeed(session.seedDir).facts.get(collection)!.find((r) => r.id === id)!;

  it('offers the article\'s places for a place\'s empty within_id, in the article\'s order, never the place itself', async () => {
    const seed = loadSeed(session.seedDir);
    const town = seed.facts.get('places')!.find((r) => r.id === TOWN)!;
    expect(town.within_id).toBeNull();
    const offered = suggestionsIn(seed)(session.sourceId)(collectionByName.get('places')!, town).get('within_id')!;
    const ids = offered.map((s) => s.id);
    expect(ids).not.toContain(TOWN);
    expect(ids.length).toBeLessThanOrEqual(SUGGESTIONS_PER_FIELD);
    // Valletta, the dateline's city, is the article's first place: it comes first.
    expect(ids[0]).toBe('valletta');
    const shown = card(await get(article()), TOWN);
    expect(shown).toContain(`<form method="post" action="/facts/${TOWN}/set" class="pick">`);
    expect(shown).toContain(`<button type="submit" name="value" value="valletta" aria-label="Set within_id of ${TOWN} to Valletta (valletta)">Valletta</button>`);
  });

  it('offers nothing for a field the reviewed rows seldom fill, and names the empty fields on one line', async () => {
    const seed = loadSeed(session.seedDir);
    const reviewedOrganizations = seed.facts.get('organizations')!.filter((r) => r.review === 'reviewed');
    // The fixture seed's checked bodies have no parent: an empty parent_id is no sign of a mistake.
    expect(reviewedOrganizations.filter((r) => r.parent_id).length / reviewedOrganizations.length).toBeLessThan(0.1);
    const body = seed.facts.get('organizations')!.find((r) => r.review === 'machine' && r.parent_id === null)!;
    expect(suggestionsIn(seed)(session.sourceId)(collectionByName.get('organizations')!, body).has('parent_id')).toBe(false);
    const shown = card(await get(article()), body.id as string);
    expect(shown).not.toContain('class="pick"');
    expect(shown).toMatch(/<p class="empty-fields">Empty: [^\n]*data-field="parent_id"/);
    expect(shown).not.toContain('<dt><button type="button" class="edit-field" data-field="parent_id"');
  });

  it('offers a reference the reviewed rows fill now and then (a measure\'s place), or too few of them to tell (a protest\'s event)', () => {
    const seed = loadSeed(session.seedDir);
    const suggest = suggestionsIn(seed)(session.sourceId);
    const reviewed = (name: string) => seed.facts.get(name)!.filter((r) => r.review === 'reviewed');
    // The fixture seed's checked measures name a place once in 7; its checked protests are 2.
    expect(reviewed('measures').filter((r) => (r.place_ids as string[]).length).length).toBe(1);
    expect(reviewed('protests')).toHaveLength(2);
    const measure = { ...reviewed('measures')[0]!, id: 'a-measure-without-place', place_ids: [] };
    expect(suggest(collectionByName.get('measures')!, measure).get('place_ids')!.map((s) => s.id)).toContain(SQUARE);
    const protest = { ...reviewed('protests')[0]!, id: 'a-protest-without-event', coincides_with_event_id: null };
    expect(suggest(collectionByName.get('protests')!, protest).get('coincides_with_event_id')!.map((s) => s.id)).toEqual(['mediterranean-energy-forum']);
  });

  it('offers the same choices on the page of one collection across articles, from each fact\'s own article', async () => {
    const shown = card(await get('/collections/places'), TOWN);
    expect(shown).toContain('<input type="hidden" name="back" value="collections/places"><input type="hidden" name="field" value="within_id">');
    expect(shown).toContain(`aria-label="Set within_id of ${TOWN} to Valletta (valletta)"`);
  });

  it('answers an empty search beside an article with the rows it cites, in its order; typed words search as before', async () => {
    const lookup = async (query: Record<string, string>) => JSON.parse(await get(`/lookup?${new URLSearchParams(query)}`)) as Array<{ id: string; type: string }>;
    const cited = await lookup({ q: '', in: 'places', article: session.sourceId });
    expect(cited.map((m) => m.id).slice(0, 3)).toEqual(['valletta', SQUARE, TOWN]);
    expect(cited.every((m) => m.type === 'place')).toBe(true);
    // Organizations and people together, as a speaker's box asks: the article's, whatever their collection.
    expect((await lookup({ q: '', in: 'people,organizations', article: session.sourceId })).map((m) => m.type)).toEqual(expect.arrayContaining(['person', 'organization']));
    expect((await lookup({ q: 'flor', in: 'places', article: session.sourceId })).map((m) => m.id)).toEqual(['floriana']);
    expect(await lookup({ q: '', in: 'places' })).toEqual([]);
    expect(await lookup({ q: '', in: 'places', article: '../etc' })).toEqual([]);
  });

  it('sets the field in one post, the fact reviewed by the picker, and comes back at its card', async () => {
    const picked = await post(`/facts/${TOWN}/set`, { back: article().slice(1), field: 'within_id', value: 'valletta' });
    expect([picked.statusCode, picked.headers.location]).toEqual([303, `${article()}?did=set&fact=${TOWN}#card-${TOWN}`]);
    expect(row('places', TOWN)).toMatchObject({ within_id: 'valletta', review: 'reviewed', reviewed_by: 'Ada' });
    const shown = card(await get(`${article()}?did=set&fact=${TOWN}`), TOWN);
    expect(shown).toContain('Valletta <code>valletta</code>');
    expect(shown).not.toContain('class="pick"');
  });

  it('offers the body of a role left without one, and sets that item\'s body alone', async () => {
    // Ingest gives the commissioner the article's police force (rule person.role-body-story); a role left without it here.
    expect(row('people', 'paul-grech').roles).toEqual([expect.objectContaining({ title: 'Police commissioner', organization_id: 'maltese-police' })]);
    setInSeed(session.seedDir, 'people', 'paul-grech', 'roles', [{ title: 'Police commissioner', organization_id: null, country: 'MT' }]);
    const grech = row('people', 'paul-grech');
    const shown = card(await get(article()), 'paul-grech');
    expect(shown).toContain('<input type="hidden" name="field" value="roles.0.organization_id">');
    expect(shown).toContain('aria-label="Set roles 1 organization_id of paul-grech to Valletta Local Council (valletta-local-council)"');
    const picked = await post('/facts/paul-grech/set', { back: article().slice(1), field: 'roles.0.organization_id', value: 'valletta-local-council' });
    expect(picked.statusCode).toBe(303);
    expect(row('people', 'paul-grech')).toMatchObject({ roles: [{ ...(grech.roles as object[])[0], organization_id: 'valletta-local-council' }], review: 'reviewed' });
    // An item the row does not have is no reference to set.
    const missing = await post('/facts/paul-grech/set', { back: article().slice(1), field: 'roles.3.organization_id', value: 'valletta-local-council' });
    expect(missing.statusCode).toBe(422);
  });

  it('refuses a field that is no reference and a row that does not exist, writing nothing', async () => {
    const before = row('places', TOWN);
    const notReference = await post(`/facts/${TOWN}/set`, { back: article().slice(1), field: 'name', value: 'valletta' });
    expect(notReference.statusCode).toBe(422);
    expect(notReference.body).toContain('&quot;name&quot; is not a reference of places row floriana');
    const noRow = await post(`/facts/${TOWN}/set`, { back: article().slice(1), field: 'within_id', value: 'atlantis' });
    expect(noRow.statusCode).toBe(422);
    expect(noRow.body).toMatch(/atlantis[^<]*refers to no row/);
    expect(row('places', TOWN)).toEqual(before);
  });
});
