// Where one proposed fact names another, read from the collections' foreign keys (src/db/references.ts), so
// renaming or dropping an id reaches every fact that points at it without the fields being listed here. A
// claim's subject and object may be a row of any collection, so no foreign key names them: they are added.
import type { TSchema } from '@sinclair/typebox';
import { FACT_COLLECTIONS } from '../collections/index.js';
import { referenceFields, type ReferenceField } from '../db/references.js';
import { FACT_KINDS, type Facts } from './extract.js';

/** Reference fields of every collection. */
export const REFERENCES = new Map(FACT_COLLECTIONS.map((c) => [c.name, referenceFields(c)]));

/** Whether a field's schema admits null (common.ts's `Nullable`: a union with the null type). */
const nullable = (schema: TSchema | undefined) => (schema?.anyOf as TSchema[] | undefined)?.some((member) => member.type === 'null') ?? false;

/** The single-id fields a row cannot do without (`organization_id` of a deployment, `speaker_id` of a statement). */
const REQUIRED = new Map(FACT_COLLECTIONS.map((c) => [c.name, new Set(referenceFields(c)
  .filter((ref: ReferenceField) => !ref.list && !nullable(c.schema.properties[ref.field]))
  .map((ref) => ref.field))]));

/**
 * References to ids that are gone are dropped from the facts that keep them (a role's body, a measure's
 * operators, a count's event), single ids become null. Returns the facts whose required reference was gone (a
 * deployment's body, a statement's speaker, a claim's subject), which cannot stand without it: the caller decides.
 */
export function withoutReferencesTo(facts: Facts, gone: (id: unknown) => boolean): Set<Record<string, unknown>> {
  const orphans = new Set<Record<string, unknown>>();
  for (const kind of FACT_KINDS) {
    for (const fact of facts[kind]) {
      for (const ref of REFERENCES.get(kind)!) {
        const value = fact[ref.field];
        if (ref.objects) for (const object of value as Array<Record<string, unknown>>) { if (gone(object[ref.key])) object[ref.key] = null; }
        else if (Array.isArray(value)) fact[ref.field] = value.filter((id) => !gone(id));
        else if (gone(value)) {
          fact[ref.field] = null;
          if (REQUIRED.get(kind)!.has(ref.field)) orphans.add(fact);
        }
      }
    }
  }
  for (const claim of facts.claims) {
    if (gone(claim.subject_id)) orphans.add(claim);
    if (gone(claim.object_id)) claim.object_id = null;
  }
  return orphans;
}
