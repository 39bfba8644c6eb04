// The edit form of a fact, derived from its collection's TypeBox row schema: one control per editable field
// (text, number, yes/no, a choice of a closed vocabulary, ids with the knowledge base's ids to choose from,
// a quantity as value and hedge), and the reverse: the posted strings turned back into the values the seed
// schema takes. Lists of objects (roles, figures) are edited as JSON. The build's checks judge the result.
import { Kind, type TSchema } from '@sinclair/typebox';
import type { FactCollection } from '../collections/index.js';
import { Quantity } from '../schemas/common.js';
import { editableFields, ReviewError } from './actions.js';
import { html, type Html } from './html.js';
import { referenceTargets } from './lookup.js';

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

function control(name: string, c: Control, value: unknown, id: string, described: Html): Html {
  if (c.type === 'quantity') {
    const q = (value ?? { value: null, qualifier: null }) as { value: number | null; qualifier: string | null };
    return html`<input id="${id}" name="${name}.value" type="number" step="any" value="${shown(q.value)}" aria-label="${name} value"${described}>
      <select name="${name}.qualifier" aria-label="${name} hedge"${described}>${options(c.qualifiers, shown(q.qualifier), true)}</select>`;
  }
  if (c.type === 'choice') return html`<select id="${id}" name="${name}"${described}>${options(c.values, shown(value), c.nullable)}</select>`;
  if (c.type === 'json') return html`<textarea id="${id}" name="${name}" rows="3"${described}>${shown(value)}</textarea>`;
  if (c.type === 'ids') return html`<input id="${id}" name="${name}" value="${(value as string[] | undefined ?? []).join(', ')}" placeholder="${name.endsWith('_ids') || name.endsWith('_by') ? 'ids' : 'values'}, comma separated"${described}>`;
  return html`<input id="${id}" name="${name}" ${c.type === 'number' ? html`type="number" step="any"` : ''} value="${shown(value)}"${described}>`;
}

/** Where a message names a fact: `facts/x.yaml fact "id": …` from the loader and support checks, `x row "id": …` from the build. */
const FACT_MARKERS = ['fact "', 'row "'];
/** Messages the checks word without naming the field they concern first. */
const FIELD_OF_WORDING: ReadonlyArray<readonly [string, string]> = [['a date needs a date_precision', 'date_precision'], ['date_precision is set', 'date_precision'], ['derived is true', 'note']];

/**
 * The form control a refusal is about: the field a build-check message names for this fact (a schema path's
 * first step, the field it starts with, a quote by its words), or the field a form value was refused for;
 * undefined when it concerns another fact or no field of the form. Controls are `field` or `quote.N`.
 */
export function fieldOfProblem(problem: string, id: string, fields: string[], quotes: string[]): string | undefined {
  const marker = FACT_MARKERS.map((m) => `${m}${id}": `).find((m) => problem.includes(m));
  if (!marker && FACT_MARKERS.some((m) => problem.includes(m))) return undefined;
  const rest = marker ? problem.slice(problem.indexOf(marker) + marker.length) : problem;
  if (rest.startsWith('/citations/')) return `quote.${Number.parseInt(rest.slice('/citations/'.length), 10)}`;
  if (rest.startsWith('quote ')) {
    const at = quotes.findIndex((q) => rest.endsWith(`: "${q}"`) || rest.endsWith(`, quote more words: "${q}"`));
    return at < 0 ? undefined : `quote.${at}`;
  }
  const worded = FIELD_OF_WORDING.find(([words]) => rest.startsWith(words));
  if (worded) return worded[1];
  const name = /^\/?([a-z_]+)/.exec(rest)?.[1];
  return name && fields.includes(name) ? name : undefined;
}

/** A refused edit's problems by the control they concern; those that concern none under `''`. */
export function problemsByField(problems: string[], id: string, spec: FactCollection, quotes: string[]): Map<string, string[]> {
  const fields = editableFields(spec);
  const placed = new Map<string, string[]>();
  for (const problem of problems) {
    const field = fieldOfProblem(problem, id, fields, quotes) ?? '';
    placed.set(field, [...(placed.get(field) ?? []), problem]);
  }
  return placed;
}

/** The id of the message shown at a control, which the control names in aria-describedby. */
export const errorId = (factId: string, control: string) => `error-${factId}-${control.replace('.', '-')}`;

/** A message as shown at its field: without the file and fact it names, which the field's place already says. */
function atField(problem: string, factId: string): string {
  const marker = FACT_MARKERS.map((m) => `${m}${factId}": `).find((m) => problem.includes(m));
  return marker ? problem.slice(problem.indexOf(marker) + marker.length) : problem;
}

function fieldErrors(factId: string, control: string, problems: string[]): Html {
  return problems.length ? html`<div class="field-error" id="${errorId(factId, control)}" role="alert">${problems.map((p) => html`<p>${atField(p, factId)}</p>`)}</div>` : html``;
}

/** The title of a row by id, for naming the references a field holds. */
export type TitleOf = (id: string) => string | undefined;

/**
 * A search box beside an id field: typing a name lists the matching rows of the collections the field points
 * into (a listbox, review.js); choosing one sets the id, or adds it to a list. Without script the id field
 * still takes ids typed by hand.
 */
export function referencePicker(label: string, target: string, collections: string[], list: boolean, named: Html = html``): Html {
  return html`<div class="ref"><input type="search" class="ref-search" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${target}-options"
    aria-label="Find ${label} by name" data-in="${collections.join(',')}" data-target="${target}"${list ? html` data-list="1"` : ''} autocomplete="off" placeholder="${list ? 'type a name to add' : 'type a name to choose'}">
    <ul role="listbox" id="${target}-options" class="ref-options" hidden></ul><span class="ref-chosen" aria-live="polite">${named}</span></div>`;
}

function namedReferences(value: unknown, titleOf: TitleOf): Html {
  const ids = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
  return html`${ids.map((id, i) => html`${i ? ', ' : ''}${titleOf(id) ?? '(unknown)'} <code>${id}</code>`)}`;
}

/** The edit form's fields for one fact; problems from a refused save are shown at the control they concern, which names them in aria-describedby. */
export function editFields(spec: FactCollection, item: Record<string, unknown>, problems: Map<string, string[]> = new Map(), titleOf: TitleOf = () => undefined): Html {
  const factId = String(item.id);
  const described = (control: string) => (problems.get(control)?.length ? html` aria-describedby="${errorId(factId, control)}" aria-invalid="true"` : html``);
  return html`${editableFields(spec).filter((f) => f !== 'citations').map((field) => {
    const id = `edit-${factId}-${field}`;
    const c = controlFor(spec.schema.properties[field]!);
    const targets = c.type === 'id' || c.type === 'ids' ? referenceTargets(spec, field) : undefined;
    return html`<div class="field"><label for="${id}">${field}</label>${control(field, c, item[field], id, described(field))}
      ${targets ? referencePicker(field, id, targets, c.type === 'ids', namedReferences(item[field], titleOf)) : ''}
      ${fieldErrors(factId, field, problems.get(field) ?? [])}</div>`;
  })}${(item.citations as Array<{ source_id: string; quote: string }>).map((c, i) => html`<div class="field"><label for="edit-${factId}-quote-${i}">quote from ${c.source_id}</label>
    <input id="edit-${factId}-quote-${i}" name="quote.${i}" value="${c.quote}" data-source="${c.source_id}"${described(`quote.${i}`)}><button type="button" class="use-selection" data-target="edit-${factId}-quote-${i}">Use selected words</button>
    <input type="hidden" name="source.${i}" value="${c.source_id}">${fieldErrors(factId, `quote.${i}`, problems.get(`quote.${i}`) ?? [])}</div>`)}`;
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
