// Closed vocabularies shared by the database schema (drizzle enums) and the API schemas (TypeBox unions).

export const ENTITY_TYPES = [
  'source', 'person', 'organization', 'place', 'event',
  'deployment', 'protest', 'measure', 'statement', 'claim',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const QUALIFIERS = ['exactly', 'approximately', 'more_than', 'at_least', 'fewer_than', 'up_to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * club: a sports club (a football club and its team); association: a non-governmental body that is not a
 * union nor a political group (an NGO, a charity, a civil liberties group, a sports federation or association).
 */
export const ORGANIZATION_KINDS = [
  'government', 'ministry', 'agency', 'police_force', 'diplomatic_mission',
  'delegation', 'union', 'political_group', 'club', 'association',
] as const;

/** square: a public square or plaza (a venue is a building, stadium, hall or ground). */
export const PLACE_KINDS = ['country', 'region', 'city', 'district', 'venue', 'square'] as const;

export const EVENT_KINDS = ['games', 'ceremony', 'announcement', 'incident', 'festival', 'summit'] as const;

/**
 * closure: a road, street, bridge or station closed (to traffic, to cars, to the public); ban: things or
 * acts forbidden in an area (alcohol, glass, flares, gatherings), drones aside, which are an
 * airspace_restriction; fan_zone: an area set up for supporters to gather and watch.
 */
export const MEASURE_KINDS = [
  'restricted_zone', 'airspace_restriction', 'surveillance', 'cybersecurity', 'inspection', 'intelligence',
  'closure', 'ban', 'fan_zone',
] as const;

export const STATEMENT_KINDS = ['quote', 'paraphrase'] as const;

/** reviewed: written or checked by a person; machine: proposed by `npm run ingest` and accepted unreviewed. */
export const REVIEW_STATES = ['reviewed', 'machine'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const CLAIM_STATUSES = ['corroborated', 'single_source', 'disputed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
