// One description per fact collection, used both to load the seed into tables and to read rows back into
// API shapes: the main table, the child tables that hold list fields, the dates behind range filters, and
// the text that search and `q` look at.
import type { TObject } from '@sinclair/typebox';
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as t from './schema.js';
import type { EntityType } from '../schemas/vocabulary.js';
import { Person } from '../routes/people/schema.js';
import { Organization } from '../routes/organizations/schema.js';
import { Place } from '../routes/places/schema.js';
import { Event } from '../routes/events/schema.js';
import { Deployment } from '../routes/deployments/schema.js';
import { Protest } from '../routes/protests/schema.js';
import { Measure } from '../routes/measures/schema.js';
import { Statement } from '../routes/statements/schema.js';
import { Claim } from '../routes/claims/schema.js';

export type Item = Record<string, unknown> & { id: string };
type AnyTable = SQLiteTable;

/** A list field stored as rows of a child table keyed by the owner's id. */
export interface ListField {
  table: AnyTable;
  owner: string;
  /** A list of scalars stored in this column, or of objects made of these columns. */
  value: string | readonly string[];
  /** Child tables with a `position` column keep the seed's order; the others are sets, read in id order. */
  ordered: boolean;
}

export interface CollectionSpec {
  name: string;
  type: Exclude<EntityType, 'source'>;
  schema: TObject;
  table: AnyTable;
  lists: Record<string, ListField>;
  /** The partial-date fields whose full-day bounds go into range_start / range_end. */
  dates?: { start: string; end?: string };
  /** Fields the build computes; the seed does not write them. */
  computed?: readonly string[];
  /** API field stored in other columns of the main table (a quantity in value + qualifier columns). */
  quantity?: { field: string; value: string; qualifier: string };
  title: (item: Item) => string;
  /** The list fields `title` reads (a person's roles, when unnamed); an expanded summary reads only these. */
  titleLists?: readonly string[];
  /** Names, aliases, titles and text fields: what `q` and search match. */
  text: (item: Item) => Array<string | null | undefined>;
}

const ids = (table: AnyTable, owner: string, value: string): ListField => ({ table, owner, value, ordered: false });
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strs = (v: unknown) => (Array.isArray(v) ? v.map(str) : []);

export const COLLECTIONS: readonly CollectionSpec[] = [
  {
    name: 'people', type: 'person', schema: Person, table: t.people,
    lists: { roles: { table: t.personRoles, owner: 'person_id', value: ['title', 'organization_id', 'country'], ordered: true } },
    title: (p) => str(p.name) || (p.roles as Array<{ title: string }>).map((r) => r.title).join(', '),
    titleLists: ['roles'],
    text: (p) => [str(p.name), ...(p.roles as Array<{ title: string }>).map((r) => r.title)],
  },
  {
    name: 'organizations', type: 'organization', schema: Organization, table: t.organizations,
    lists: { aliases: { table: t.organizationAliases, owner: 'organization_id', value: 'alias', ordered: true } },
    title: (o) => str(o.name),
    text: (o) => [str(o.name), str(o.acronym), ...strs(o.aliases)],
  },
  {
    name: 'places', type: 'place', schema: Place, table: t.places, lists: {},
    title: (p) => str(p.name),
    text: (p) => [str(p.name)],
  },
  {
    name: 'events', type: 'event', schema: Event, table: t.events,
    lists: {
      place_ids: ids(t.eventPlaces, 'event_id', 'place_id'),
      figures: { table: t.eventFigures, owner: 'event_id', value: ['metric', 'value', 'qualifier'], ordered: true },
    },
    dates: { start: 'start', end: 'end' },
    title: (e) => str(e.name),
    text: (e) => [str(e.name)],
  },
  {
    name: 'deployments', type: 'deployment', schema: Deployment, table: t.deployments,
    lists: { place_ids: ids(t.deploymentPlaces, 'deployment_id', 'place_id') },
    quantity: { field: 'personnel', value: 'personnel_value', qualifier: 'personnel_qualifier' },
    title: (d) => str(d.role) || str(d.organization_id),
    text: (d) => [str(d.role), str(d.organization_id)],
  },
  {
    name: 'protests', type: 'protest', schema: Protest, table: t.protests,
    lists: {
      organizer_ids: ids(t.protestOrganizers, 'protest_id', 'organization_id'),
      place_ids: ids(t.protestPlaces, 'protest_id', 'place_id'),
    },
    dates: { start: 'date' },
    quantity: { field: 'size', value: 'size_value', qualifier: 'size_qualifier' },
    title: (p) => str(p.name),
    text: (p) => [str(p.name), str(p.target)],
  },
  {
    name: 'measures', type: 'measure', schema: Measure, table: t.measures,
    lists: {
      place_ids: ids(t.measurePlaces, 'measure_id', 'place_id'),
      operator_ids: ids(t.measureOperators, 'measure_id', 'organization_id'),
    },
    dates: { start: 'start', end: 'end' },
    title: (m) => str(m.name),
    text: (m) => [str(m.name), str(m.description)],
  },
  {
    name: 'statements', type: 'statement', schema: Statement, table: t.statements,
    lists: { about_ids: ids(t.statementAbout, 'statement_id', 'entity_id') },
    dates: { start: 'date' },
    title: (s) => str(s.text),
    text: (s) => [str(s.text)],
  },
  {
    name: 'claims', type: 'claim', schema: Claim, table: t.claims,
    lists: { disputed_by: ids(t.claimDisputes, 'claim_id', 'disputed_by_id') },
    computed: ['status'],
    title: (c) => [str(c.subject_id), str(c.predicate), str(c.object_id) || str(c.value)].join(' '),
    text: (c) => [str(c.predicate), str(c.value)],
  },
];

export const collectionByName = new Map(COLLECTIONS.map((c) => [c.name, c]));
export const collectionByType = new Map(COLLECTIONS.map((c) => [c.type, c]));

/** Main-table columns that are internal (date bounds, quantity parts) and never part of the API shape. */
export function hiddenColumns(spec: CollectionSpec): Set<string> {
  const hidden = new Set(['range_start', 'range_end']);
  if (spec.quantity) hidden.add(spec.quantity.value).add(spec.quantity.qualifier);
  return hidden;
}

export function mainColumns(spec: CollectionSpec): string[] {
  return Object.keys(getTableColumns(spec.table));
}

export function column(table: SQLiteTable, key: string): SQLiteColumn {
  const found = getTableColumns(table)[key];
  if (!found) throw new Error(`table has no column ${key}`);
  return found;
}
