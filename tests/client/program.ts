// What a frontend developer writes against the types openapi-typescript generates from openapi.yaml
// (tests/typed-client.test.ts generates them into generated/ and compiles this with tsc --strict).
// The @ts-expect-error lines are mistakes the types must catch: if one compiles, tsc fails.
import createClient from 'openapi-fetch';
import type { components, paths } from './generated/api.js';

// Responses come as JSON, CSV or NDJSON; this client reads JSON (application/json, and application/problem+json for errors), so it asks for those types.
const client = createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl: 'http://127.0.0.1:4500' });

type Problem = components['schemas']['Problem'];
type DeploymentPage = paths['/v1/deployments']['get']['responses'][200]['content']['application/json'];
type PeoplePage = paths['/v1/people']['get']['responses'][200]['content']['application/json'];

/** A deployments table with organization and place names in one request, every page by links.next. */
export async function deploymentTable(): Promise<Array<{ force: string; personnel: string; places: string }>> {
  const rows: Array<{ force: string; personnel: string; places: string }> = [];
  const first = await client.GET('/v1/deployments', {
    params: { query: { event: ['milan-cortina-2026'], expand: ['organization_id', 'place_ids'], sort: ['-personnel'], limit: 2 } },
  });
  if (first.error) throw new Error(first.error.detail);
  let page: DeploymentPage = first.data;
  for (;;) {
    for (const row of page.data) {
      // Every field of a default answer is required: no check before reading personnel or organization_id.
      const hedge: components['schemas']['Quantity']['qualifier'] = row.personnel.qualifier;
      rows.push({
        force: row.organization?.title ?? row.organization_id,
        personnel: `${hedge === 'more_than' ? 'over ' : ''}${row.personnel.value ?? 'unstated'}`,
        places: (row.places ?? []).map((place) => place.title).join(', '),
      });
    }
    if (page.links.next === null) return rows;
    const response = await fetch(new URL(page.links.next, 'http://127.0.0.1:4500'));
    page = (await response.json()) as DeploymentPage;
  }
}

/** Disputed claims with their subject's name, filtered by closed vocabularies. */
export async function disputedClaims(): Promise<string[]> {
  const { data, error } = await client.GET('/v1/claims', {
    params: { query: { status: ['disputed'], expand: ['subject_id', 'object_id'], fields: ['predicate', 'value'], format: 'json' } },
  });
  if (error) return [`${error.status} ${error.title}`];
  // fields= narrows the rows: read them as the partial row the operation documents for that case.
  const claims: Array<components['schemas']['ClaimPartialRow']> = data.data;
  return claims.map((claim) => `${claim.subject?.title ?? claim.id} ${claim.predicate ?? ''} ${claim.object?.title ?? claim.value ?? ''}`);
}

/** Who asserts each side of a dispute, and in which source, in one call. */
export async function disputeSides(): Promise<string[]> {
  const { data, error } = await client.GET('/v1/claims', { params: { query: { status: ['disputed'], expand: ['subject_id'] } } });
  if (error) return [error.detail];
  return data.data.map((claim) => `${claim.id}: ${claim.asserted_by.join(', ') || 'the article'} in ${claim.citations.map((c) => c.source_id).join(', ')}`);
}

/**
 * Revalidating a page with If-None-Match. openapi-fetch gives a 304 neither `data` nor `error` (it is not a
 * 2xx, and it has no body), so the status is checked first and the cached page kept.
 */
export async function revalidatedPeople(cached: { etag: string; page: PeoplePage }): Promise<{ etag: string; page: PeoplePage }> {
  const { data, error, response } = await client.GET('/v1/people', { headers: { 'If-None-Match': cached.etag } });
  if (response.status === 304) return cached;
  if (error) throw new Error(error.detail);
  return { etag: response.headers.get('ETag') ?? '', page: data };
}

/** One item, and the problem a missing id answers with. */
export async function personName(id: string): Promise<string> {
  const { data, error, response } = await client.GET('/v1/people/{id}', { params: { path: { id } } });
  if (error) {
    const problem: Problem = error;
    return response.status === 404 ? `not found: ${problem.detail}` : `${problem.type}: ${problem.errors?.map((e) => e.parameter).join(', ') ?? ''}`;
  }
  return data.data.name ?? data.data.roles.map((role) => role.title).join(', ');
}

/** Any entity: `type` narrows `item` to that type's row. */
export async function describeEntity(id: string): Promise<string> {
  const { data, error } = await client.GET('/v1/entities/{id}', { params: { path: { id } } });
  if (error) return error.detail;
  const entity = data.data;
  switch (entity.type) {
    case 'person': return `${entity.title}: ${entity.item.roles.map((role) => role.title).join(', ')}`;
    case 'deployment': return `${entity.item.personnel.value ?? '?'} (${entity.item.personnel.qualifier ?? 'unstated'})`;
    case 'claim': return `${entity.item.status}`;
    default: return entity.title;
  }
}

export async function mistakes(): Promise<void> {
  // @ts-expect-error status is a closed vocabulary: "dispute" is not one of its values.
  await client.GET('/v1/claims', { params: { query: { status: ['dispute'] } } });
  // @ts-expect-error format is one enum: json, csv or ndjson.
  await client.GET('/v1/people', { params: { query: { format: 'xml' } } });
  // @ts-expect-error sort takes the collection's sortable fields only.
  await client.GET('/v1/people', { params: { query: { sort: ['height'] } } });
  // @ts-expect-error expand takes reference fields only.
  await client.GET('/v1/deployments', { params: { query: { expand: ['role'] } } });
  // @ts-expect-error fields takes the row's own fields only.
  await client.GET('/v1/places', { params: { query: { fields: ['population'] } } });
  // @ts-expect-error kind is a closed vocabulary.
  await client.GET('/v1/organizations', { params: { query: { kind: ['army'] } } });
  const { data } = await client.GET('/v1/entities/{id}', { params: { path: { id: 'milan' } } });
  if (data?.data.type === 'place') {
    // @ts-expect-error a place has no roles: item is narrowed by type.
    void data.data.item.roles;
  }
  const people = await client.GET('/v1/people');
  const person = people.data?.data[0];
  if (person) {
    // A default row reads roles directly (they are required; deploymentTable and personName rely on it too).
    void person.roles.length;
    const narrowed: components['schemas']['PersonPartialRow'] = person;
    // @ts-expect-error a row narrowed by fields= may lack roles.
    void narrowed.roles.length;
  }
  const hits = await client.GET('/v1/search', { params: { query: { q: 'police' } } });
  for (const hit of hits.data?.data ?? []) {
    // @ts-expect-error a search hit's type is an entity type, a closed vocabulary.
    if (hit.type === 'article') return;
  }
  const timeline = await client.GET('/v1/timeline', { params: { query: { type: ['protest'], place: ['milan'] } } });
  for (const item of timeline.data?.data ?? []) {
    // @ts-expect-error a timeline item's type is one of the dated types: a person is never on the timeline.
    if (item.type === 'person') return;
  }
}
