// The edit form of a fact, derived from its collection's TypeBox row schema: one control per editable field
// (text, number, yes/no, a choice of a closed vocabulary, ids with the knowledge base's ids to choose from,
// a quantity as value and hedge), and the reverse: the posted strings turned back into the values the seed
// schema takes. Lists of objects (roles, figures) are edited as JSON. The build's checks judge the result.
import { Kind, type TSchema } from '@sinclair/typebox';
import type { FactCollection } from '../collections/index.js';
import { Quantity } from '../schemas/common.js';
import { editableFields, ReviewError } from './actions.js';
import { html, type Html } from './html.js';

type Control =
  | { type: 'text' | 'number' | 'id' | 'ids' | 'json'; nullable: boolean }
  | { type: 'choice'; nullable: boolean; values: string[] }
  | { type: 'quantity'; qualifiers: string[] };

const isNull = (s: TSchema) => s[Kind] === 'Null';

/** The control a field's schema asks for. */
export function controlFor(schema: TSchema): Control {
  if (schema[Kind] === 'Union') {
    const inner = (schema.anyOf as TSchema[]).find((s) => !isNull(s))!;
    return { ...controlFor(inner), nullable: true } as Control;
  }
  if (schema[Kind] === 'Ref' && schema.$ref === Quantity.$id) return { type: 'quantity', qualifiers: quantityQualifiers() };
  if (schema[Kind] === 'StringEnum') return { type: 'choice', nullable: false, values: schema.enum as string[] };
  if (schema[Kind] === 'Boolean') return { type: 'choice', nullable: false, values: ['true', 'false'] };
  if (schema[Kind] === 'Number' || schema[Kind] === 'Integer') return { type: 'number', nullable: false };
  if (schema[Kind] === 'String') return { type: typeof schema.pattern === 'string' && /\[a-z0-9\]/.test(schema.pattern) ? 'id' : 'text', nullable: false };
  if (schema[Kind] === 'Array' && (schema.items as TSchema)[Kind] === 'String') return { type: 'ids', nullable: false };
  return { type: 'json', nullable: false };
}

function quantityQualifiers(): string[] {
  const qualifier = Quantity.properties.qualifier as TSchema;
  return ((qualifier.anyOf as TSchema[]).find((s) => !isNull(s))!.enum as string[]);
}

const shown = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

function options(values: string[], current: string, nullable: boolean): Html {
  return html`${nullable ? html`<option value="" ${current === '' ? html`selected` : ''}>(none)</option>` : ''}${values.map((v) => html`<option ${v === current ? html`selected` : ''}>${v}</option>`)}`;
}

function control(name: string, c: Control, value: unknown, id: string): Html {
  if (c.type === 'quantity') {
    const q = (value ?? { value: null, qualifier: null }) as { value: number | null; qualifier: string | null };
    return html`<input id="${id}" name="${name}.value" type="number" step="any" value="${shown(q.value)}" aria-label="${name} value">
      <select name="${name}.qualifier" aria-label="${name} hedge">${options(c.qualifiers, shown(q.qualifier), true)}</select>`;
  }
  if (c.type === 'choice') return html`<select id="${id}" name="${name}">${options(c.values, shown(value), c.nullable)}</select>`;
  if (c.type === 'json') return html`<textarea id="${id}" name="${name}" rows="3">${shown(value)}</textarea>`;
  if (c.type === 'ids') return html`<input id="${id}" name="${name}" value="${(value as string[] | undefined ?? []).join(', ')}" list="all-ids" placeholder="ids, comma separated">`;
  return html`<input id="${id}" name="${name}" ${c.type === 'number' ? html`type="number" step="any"` : ''} ${c.type === 'id' ? html`list="all-ids"` : ''} value="${shown(value)}">`;
}

/** The problems that name a field (`/field`, `field "…"`, `field is`), for showing at that field. */
const aboutField = (problems: string[], field: string) => problems.filter((p) => p.includes(`/${field}`) || new RegExp(`\\b${field}\\b`).test(p));

/** The edit form's fields for one fact; problems from a refused save are shown at the field they name. */
export function editFields(spec: FactCollection, item: Record<string, unknown>, problems: string[]): Html {
  return html`${editableFields(spec).filter((f) => f !== 'citations').map((field) => {
    const id = `edit-${item.id}-${field}`;
    const mine = aboutField(problems, field);
    return html`<div class="field"><label for="${id}">${field}</label>${control(field, controlFor(spec.schema.properties[field]!), item[field], id)}
      ${mine.map((p) => html`<p class="field-error" role="alert">${p}</p>`)}</div>`;
  })}${(item.citations as Array<{ source_id: string; quote: string }>).map((c, i) => html`<div class="field"><label for="edit-${item.id}-quote-${i}">quote from ${c.source_id}</label>
    <input id="edit-${item.id}-quote-${i}" name="quote.${i}" value="${c.quote}" data-source="${c.source_id}"><button type="button" class="use-selection" data-target="edit-${item.id}-quote-${i}">Use selected words</button>
    <input type="hidden" name="source.${i}" value="${c.source_id}"></div>`)}`;
}

function parseValue(field: string, c: Control, form: Record<string, string>): unknown {
  if (c.type === 'quantity') {
    const value = form[`${field}.value`] ?? '';
    return { value: value === '' ? null : toNumber(field, value), qualifier: form[`${field}.qualifier`] || null };
  }
  const raw = form[field] ?? '';
  if (raw === '' && 'nullable' in c && c.nullable) return null;
  if (c.type === 'number') return toNumber(field, raw);
  if (c.type === 'ids') return raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (c.type === 'choice' && c.values.join() === 'true,false') return raw === 'true';
  if (c.type === 'json') {
    try { return JSON.parse(raw); } catch { throw new ReviewError(`${field}: not valid JSON`, [`${field}: not valid JSON`]); }
  }
  return raw;
}

function toNumber(field: string, raw: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) throw new ReviewError(`${field}: "${raw}" is not a number`, [`${field}: "${raw}" is not a number`]);
  return n;
}

/** The posted form as field values for editFact: every editable field, and the citations' quotes. */
export function formToFields(spec: FactCollection, form: Record<string, string>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of editableFields(spec).filter((f) => f !== 'citations')) fields[field] = parseValue(field, controlFor(spec.schema.properties[field]!), form);
  const citations = [];
  for (let i = 0; form[`quote.${i}`] !== undefined && i < 100; i++) citations.push({ source: form[`source.${i}`] ?? '', quote: form[`quote.${i}`]! });
  if (citations.length) fields.citations = citations;
  return fields;
}
