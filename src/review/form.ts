// The edit form of a fact, derived from its collection's TypeBox row schema: one control per editable field
// (text, number, yes/no, a choice of a closed vocabulary, ids with the knowledge base's ids to choose from,
// a quantity as value and hedge), and the reverse: the posted strings turned back into the values the seed
// schema takes. A list of objects (roles, figures) is a row of controls per item, derived the same way from
// the item's schema, with buttons to add and remove items. The build's checks judge the result.
import { Kind, type TSchema } from '@sinclair/typebox';
import type { FactCollection } from '../collections/index.js';
import { Quantity } from '../schemas/common.js';
import { editableFields, ReviewError } from './actions.js';
import { html, type Html } from './html.js';
import { objectReferenceTargets, referenceTargets } from './lookup.js';

/** Element ids of the new fact's form: not a slug, so never a fact's id. */
export const NEW_FACT = '_new';
/** A fact as a control's accessible name calls it: its id, or "the new fact" (never the form's placeholder id). */
export const factCalled = (factId: string) => (factId === NEW_FACT ? 'the new fact' : factId);

type Control =
  | { type: 'text' | 'number' | 'id' | 'ids' | 'json'; nullable: boolean }
  | { type: 'choice'; nullable: boolean; values: string[] }
  | { type: 'quantity'; qualifiers: string[] }
  | { type: 'objects'; nullable: boolean; keys: Array<[key: string, control: Control]> };

const isNull = (s: TSchema) => s[Kind] === 'Null';
const YES_NO = ['true', 'false'];
const isYesNo = (c: Control) => c.type === 'choice' && c.values.join() === YES_NO.join();
/** What a yes/no choice shows for its posted value. */
const YES_NO_LABEL: Record<string, string> = { true: 'yes', false: 'no' };

/** The control a field's schema asks for. */
export function controlFor(schema: TSchema): Control {
  if (schema[Kind] === 'Union') {
    const inner = (schema.anyOf as TSchema[]).find((s) => !isNull(s))!;
    return { ...controlFor(inner), nullable: true } as Control;
  }
  if (schema[Kind] === 'Ref' && schema.$ref === Quantity.$id) return { type: 'quantity', qualifiers: quantityQualifiers() };
  if (schema[Kind] === 'StringEnum') return { type: 'choice', nullable: false, values: schema.enum as string[] };
  if (schema[Kind] === 'Boolean') return { type: 'choice', nullable: false, values: YES_NO };
  if (schema[Kind] === 'Number' || schema[Kind] === 'Integer') return { type: 'number', nullable: false };
  if (schema[Kind] === 'String') return { type: typeof schema.pattern === 'string' && /\[a-z0-9\]/.test(schema.pattern) ? 'id' : 'text', nullable: false };
  if (schema[Kind] === 'Array' && (schema.items as TSchema)[Kind] === 'String') return { type: 'ids', nullable: false };
  if (schema[Kind] === 'Array' && (schema.items as TSchema)[Kind] === 'Object') {
    const properties = (schema.items as TSchema).properties as Record<string, TSchema>;
    return { type: 'objects', nullable: false, keys: Object.entries(properties).map(([key, inner]) => [key, controlFor(inner)]) };
  }
  return { type: 'json', nullable: false };
}

function quantityQualifiers(): string[] {
  const qualifier = Quantity.properties.qualifier as TSchema;
  return ((qualifier.anyOf as TSchema[]).find((s) => !isNull(s))!.enum as string[]);
}

const shown = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

function options(values: string[], current: string, nullable: boolean): Html {
  // A required choice not made yet (a new fact's) asks for one rather than defaulting to the first value;
  // an optional one left empty stays unstated (null), never a guessed value.
  const unset = !nullable && current === '' ? html`<option value="" selected disabled>(choose)</option>` : '';
  const label = (v: string) => (values.join() === YES_NO.join() ? YES_NO_LABEL[v]! : v);
  return html`${unset}${nullable ? html`<option value="" ${current === '' ? html`selected` : ''}>(unstated)</option>` : ''}${values.map((v) => html`<option value="${v}" ${v === current ? html`selected` : ''}>${label(v)}</option>`)}`;
}

/**
 * A list of ids or values: one text field, comma separated (typed, pasted or filled by search), and a Remove button
 * per value it holds when the form opens, so that taking one value out is one click, not text editing. The buttons
 * edit the field (the field is what is posted); a value typed later is removed by editing the text.
 */
function idsControl(name: string, values: string[], id: string, attributes: Html): Html {
  const field = html`<input id="${id}" name="${name}" value="${values.join(', ')}" placeholder="${name.endsWith('_ids') || name.endsWith('_by') ? 'ids' : 'values'}, comma separated"${attributes}>`;
  if (values.length < 2) return field;
  return html`${field}<span class="id-removers">${values.map((value) => html`<button type="button" class="remove-id" data-field="${id}" data-value="${value}" aria-label="Remove ${value} from ${name}">× ${value}</button>`)}</span>`;
}

/** One control for a value; `label` names it when no <label> can (a field of a list item). */
function control(name: string, c: Control, value: unknown, id: string, described: Html, label?: string): Html {
  const named = label ? html` aria-label="${label}"` : html``;
  if (c.type === 'quantity') {
    const q = (value ?? { value: null, qualifier: null }) as { value: number | null; qualifier: string | null };
    return html`<input id="${id}" name="${name}.value" type="number" step="any" value="${shown(q.value)}" aria-label="${name} value"${described}>
      <select name="${name}.qualifier" aria-label="${name} hedge"${described}>${options(c.qualifiers, shown(q.qualifier), true)}</select>`;
  }
  if (c.type === 'choice') return html`<select id="${id}" name="${name}"${named}${described}>${options(c.values, shown(value), c.nullable)}</select>`;
  if (c.type === 'json' || c.type === 'objects') return html`<textarea id="${id}" name="${name}" rows="3"${named}${described}>${shown(value)}</textarea>`;
  if (c.type === 'ids') return idsControl(name, (value as string[] | undefined) ?? [], id, html`${named}${described}`);
  return html`<input id="${id}" name="${name}"${c.type === 'number' ? html` type="number" step="any"` : ''} value="${shown(value)}"${named}${described}>`;
}

/** Where a message names a fact: `facts/x.yaml fact "id": …` from the loader and support checks, `x row "id": …` from the build. */
const FACT_MARKERS = ['fact "', 'row "'];
const FACT_MARKED = /(?:fact|row) "[a-z0-9-]{1,200}": /;
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
  // Every form has an id field: a new fact's (optional), an edited fact's (a rename).
  const fields = ['id', ...editableFields(spec)];
  const placed = new Map<string, string[]>();
  for (const problem of problems) {
    const field = fieldOfProblem(problem, id, fields, quotes) ?? '';
    placed.set(field, [...(placed.get(field) ?? []), problem]);
  }
  return placed;
}

/** The id of the message shown at a control, which the control names in aria-describedby. */
export const errorId = (factId: string, control: string) => `error-${factId}-${control.replace('.', '-')}`;

/**
 * A message as shown at its field: without the file and fact it names, which the field's place already says,
 * and a schema path worded as the field's name (`/kind choose one of …` reads `kind: choose one of …`).
 */
function atField(problem: string, factId: string): string {
  // A renamed fact's messages name it by its new id: any fact marker goes, its place already says which.
  const marker = FACT_MARKERS.map((m) => `${m}${factId}": `).find((m) => problem.includes(m)) ?? FACT_MARKED.exec(problem)?.[0];
  const message = marker ? problem.slice(problem.indexOf(marker) + marker.length) : problem;
  const path = /^\/([\w/]+) /.exec(message);
  return path ? `${path[1]!.replaceAll('/', '.')}: ${message.slice(path[0].length)}` : message;
}

/** A value the build checks found in no quote, which the fact may instead say is inferred (support.ts's wording). */
const UNQUOTED_TEXT = /"([^"]{1,300})" does not occur in its quotes \(quote the words that give it, or mark the fact derived/;
const UNQUOTED_DATE = /": no quote states its ([a-z ,]{1,40}) \(quote the words that do, or (?:mark the fact derived|say in note which part)/;

/**
 * The words a note needs to say a refused value is inferred, as the build checks read notes: `"Name" is
 * inferred: ` for a name or title, `The year is inferred: ` for a date's parts; undefined for other problems.
 */
export function inferredNote(problem: string): string | undefined {
  const text = UNQUOTED_TEXT.exec(problem)?.[1];
  if (text !== undefined) return `"${text}" is inferred: `;
  const parts = UNQUOTED_DATE.exec(problem)?.[1];
  if (!parts) return undefined;
  const all = ['day', 'month', 'year'].every((part) => parts.includes(part));
  return all ? 'The date is inferred: ' : `The ${parts} ${parts.includes(' and ') ? 'are' : 'is'} inferred: `;
}

/**
 * A refused value's "Mark as inferred": review.js sets derived to yes and adds the note's words, the focus at their end
 * to say from what. Beside it, the other way out, which the page does not show otherwise: words of the article that
 * state the value, selected and filled with `f`, become a citation of the fact.
 */
function markInferred(factId: string, problem: string): Html {
  const note = inferredNote(problem);
  return note ? html` <button type="button" class="mark-inferred" data-note="${note}" aria-label="Mark as inferred in ${factId}: ${note.trim()}">Mark as inferred</button> <span class="cite-hint">or, if the article states it, select its words there and press <kbd>f</kbd> to cite them</span>` : html``;
}

function fieldErrors(factId: string, control: string, problems: string[]): Html {
  return problems.length ? html`<div class="field-error" id="${errorId(factId, control)}" role="alert">${problems.map((p) => html`<p>${atField(p, factId)}${markInferred(factId, p)}</p>`)}</div>` : html``;
}

/** The title of a row by id, for naming the references a field holds. */
export type TitleOf = (id: string) => string | undefined;

/**
 * The title a row is shown under: its collection's, or, where that title is a reference the row holds (a deployment
 * without a role is titled by its force's id), the referenced row's title ("An Garda Siochana", not "an-garda-siochana").
 */
export function shownTitle(spec: FactCollection, item: Record<string, unknown> & { id: string }, titleOf: TitleOf): string {
  const title = spec.title(item as never) || item.id;
  const byReference = Object.keys(spec.schema.properties).some((field) => referenceTargets(spec, field) && item[field] === title);
  return byReference ? titleOf(title) ?? title : title;
}

/**
 * A search box beside an id field: typing a name lists the matching rows of the collections the field points
 * into (a listbox, review.js); choosing one sets the id, or adds it to a list. A merge box names its own row in
 * `except`, which it never offers. Without script the id field still takes ids typed by hand.
 */
export function referencePicker(label: string, target: string, collections: string[], list: boolean, named: Html = html``, except?: string): Html {
  return html`<div class="ref"><input type="search" class="ref-search" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${target}-options"
    aria-label="Find ${label} by name" data-in="${collections.join(',')}" data-target="${target}"${list ? html` data-list="1"` : ''}${except ? html` data-except="${except}"` : ''} autocomplete="off" placeholder="${list ? 'type a name to add' : 'type a name to choose'}">
    <ul role="listbox" id="${target}-options" class="ref-options" hidden></ul><span class="ref-chosen" aria-live="polite">${named}</span></div>`;
}

/** The rows a reference field holds, each by its title and id. */
export function namedReferences(value: unknown, titleOf: TitleOf): Html {
  const ids = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
  return html`${ids.map((id, i) => html`${i ? ', ' : ''}${titleOf(id) ?? '(unknown)'} <code>${id}</code>`)}`;
}

/** Where a form stands: the fact its element ids name, and the article shown beside it (a new citation quotes it). */
export interface FormPlace {
  factId: string; titleOf: TitleOf; article?: string; /** The new citation's words as the form opens (a new fact's). */ newQuote?: string;
  /** A new fact's second citation (`quote.more`), for a fact its words state across two sentences; undefined: none offered. */
  moreQuote?: string;
}

type Objects = Extract<Control, { type: 'objects' }>;

/** One item of a list of objects: a control per key of the item's schema, a search by name for an id, and its Remove button. */
function objectItem(spec: FactCollection, field: string, c: Objects, item: Record<string, unknown>, at: { index: string; position: string }, place: FormPlace, described: Html): Html {
  const rowId = `edit-${place.factId}-${field}-${at.index}`;
  return html`<li class="item">${c.keys.map(([key, inner]) => {
    const id = `${rowId}-${key}`;
    const label = `${field} ${at.position} ${key}`;
    const targets = inner.type === 'id' ? objectReferenceTargets(spec, field, key) : undefined;
    return html`<div class="item-field"><span class="key" aria-hidden="true">${key}</span>${control(`${field}.${at.index}.${key}`, inner, item[key], id, described, label)}
      ${targets ? referencePicker(label, id, targets, false, namedReferences(item[key], place.titleOf)) : ''}</div>`;
  })}<button type="button" class="remove-item" aria-label="Remove ${field} ${at.position} of ${factCalled(place.factId)}" aria-keyshortcuts="Alt+Backspace">Remove</button></li>`;
}

/** A list of objects (a person's roles, an event's figures): its items, a template for a new one (review.js), and Add. */
function objectsControl(spec: FactCollection, field: string, c: Objects, value: unknown, place: FormPlace, described: Html): Html {
  const items = Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
  return html`<fieldset class="objects" id="edit-${place.factId}-${field}" data-field="${field}"><legend>${field}</legend>
<ol class="items">${items.map((item, i) => objectItem(spec, field, c, item ?? {}, { index: String(i), position: String(i + 1) }, place, described))}</ol>
<template>${objectItem(spec, field, c, {}, { index: NEW_INDEX, position: NEW_POSITION }, place, html``)}</template>
<button type="button" class="add-item" aria-label="Add to ${field} of ${factCalled(place.factId)}" aria-keyshortcuts="Alt+Enter">Add to ${field}</button></fieldset>`;
}

/** Placeholders in a new item's template, replaced by its index and 1-based position when review.js adds it. */
const NEW_INDEX = '__N__';
const NEW_POSITION = '__P__';

/** The name of the empty quote field that adds a citation (`quote.new`, `source.new`): left empty, it adds nothing. */
const NEW_QUOTE = 'new';
/** A new fact's second citation (`quote.more`, `source.more`), after its first (`quote.new`): left empty, it adds nothing. */
const MORE_QUOTE = 'more';

/** A quote field with its "Use selected words" button; review.js fills it from a selection in the article text. */
function quoteField(index: number, citation: { source_id: string; quote: string }, label: Html, place: FormPlace, problems: Map<string, string[]>, described: (control: string) => Html, named?: string): Html {
  const id = `edit-${place.factId}-quote-${index}`;
  const name = named ?? `${index}`;
  return html`<div class="field quote"><label for="${id}">${label}</label>
    <input id="${id}" name="quote.${name}" value="${citation.quote}" data-source="${citation.source_id}"${described(`quote.${index}`)}><button type="button" class="use-selection" data-target="${id}" aria-label="Use selected words as quote ${index + 1} of ${factCalled(place.factId)}" aria-keyshortcuts="q Alt+Q">Use selected words</button>
    <span class="quote-note" aria-live="polite"></span><input type="hidden" name="source.${name}" value="${citation.source_id}">${fieldErrors(place.factId, `quote.${index}`, problems.get(`quote.${index}`) ?? [])}</div>`;
}

/**
 * The edit form's fields for one fact; problems from a refused save are shown at the control they concern,
 * which names them in aria-describedby. Beside an article, an empty quote field adds a citation of it.
 */
export function editFields(spec: FactCollection, item: Record<string, unknown>, problems: Map<string, string[]> = new Map(), place: Partial<FormPlace> = {}): Html {
  const at: FormPlace = { factId: place.factId ?? String(item.id), titleOf: place.titleOf ?? (() => undefined), article: place.article, newQuote: place.newQuote, moreQuote: place.moreQuote };
  const factId = at.factId;
  const described = (control: string) => (problems.get(control)?.length ? html` aria-describedby="${errorId(factId, control)}" aria-invalid="true"` : html``);
  const citations = item.citations as Array<{ source_id: string; quote: string }>;
  return html`${editableFields(spec).filter((f) => f !== 'citations').map((field) => {
    const id = `edit-${factId}-${field}`;
    const c = controlFor(spec.schema.properties[field]!);
    if (c.type === 'objects') return html`<div class="field">${objectsControl(spec, field, c, item[field], at, described(field))}${fieldErrors(factId, field, problems.get(field) ?? [])}</div>`;
    const targets = c.type === 'id' || c.type === 'ids' ? referenceTargets(spec, field) : undefined;
    return html`<div class="field"><label for="${id}">${field}</label>${control(field, c, item[field], id, described(field))}
      ${targets ? referencePicker(field, id, targets, c.type === 'ids', namedReferences(item[field], at.titleOf)) : ''}
      ${fieldErrors(factId, field, problems.get(field) ?? [])}</div>`;
  })}${citations.map((c, i) => quoteField(i, c, html`quote from ${c.source_id}`, at, problems, described))}
  ${at.article ? quoteField(citations.length, { source_id: at.article, quote: place.newQuote ?? '' }, citations.length
    ? html`a new citation of ${at.article} (optional: select its words in the article)` : html`quote from ${at.article}: the words that state it`, at, problems, described, NEW_QUOTE) : ''}
  ${at.article && at.moreQuote !== undefined ? quoteField(citations.length + 1, { source_id: at.article, quote: at.moreQuote }, html`another citation of ${at.article} (optional: words of another sentence stating it; select them, then f or q)`, at, problems, described, MORE_QUOTE) : ''}`;
}

/** The values a new fact's form opens with: nothing stated (null, empty lists, a number unstated), not derived. */
export function emptyRow(spec: FactCollection): Record<string, unknown> {
  return Object.fromEntries(editableFields(spec).filter((f) => f !== 'citations').map((field) => {
    const c = controlFor(spec.schema.properties[field]!);
    if (c.type === 'quantity') return [field, { value: null, qualifier: null }];
    if (c.type === 'ids' || c.type === 'objects') return [field, []];
    // A required yes/no (derived) starts at no; an optional one, like every optional field, at unstated.
    if (isYesNo(c) && !c.nullable) return [field, false];
    return [field, c.nullable ? null : ''];
  }));
}

/**
 * The id field of a new fact (optional: made from its name when empty) or of an edited one (changed, it renames
 * the fact); `renaming` a machine fact's id: the field starts empty, made from the (corrected) name on save, and says so.
 */
export function idField(factId: string, value: string, problems: string[], renaming: boolean | string = false, madeFrom = 'the name'): Html {
  const invalid = problems.length ? html` aria-describedby="${errorId(factId, 'id')}" aria-invalid="true"` : html``;
  const label = typeof renaming === 'string'
    ? `id (made by the machine: ${renaming}; left empty, the save makes it from ${madeFrom}, every reference following: the same unless ${madeFrom} or the machine's id differ; type it to keep it)`
    : renaming ? 'id (change it to rename the fact: every reference follows; empty: made from its name)' : 'id (leave empty: made from its name)';
  return html`<div class="field"><label for="edit-${factId}-id">${label}</label><input id="edit-${factId}-id" name="id" value="${value}" pattern="[a-z0-9]+(-[a-z0-9]+)*"${invalid}>${fieldErrors(factId, 'id', problems)}</div>`;
}

/** The posted items of a list of objects, in the order of their indices; an item left wholly empty is dropped. */
function parseObjects(field: string, c: Objects, form: Record<string, string>): Array<Record<string, unknown>> {
  const prefix = `${field}.`;
  const indices = [...new Set(Object.keys(form).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split('.')[0]!))]
    .filter((i) => /^\d{1,4}$/.test(i)).map(Number).sort((a, b) => a - b);
  const typed = (i: number) => c.keys.some(([key, inner]) => inner.type !== 'choice' && (form[`${field}.${i}.${key}`] ?? '').trim() !== '');
  return indices.filter(typed).map((i) => Object.fromEntries(c.keys.map(([key, inner]) => [key, parseValue(`${field}.${i}.${key}`, inner, form)])));
}

function parseValue(field: string, c: Control, form: Record<string, string>): unknown {
  if (c.type === 'objects') return parseObjects(field, c, form);
  if (c.type === 'quantity') {
    const value = form[`${field}.value`] ?? '';
    return { value: value === '' ? null : toNumber(field, value), qualifier: form[`${field}.qualifier`] || null };
  }
  const raw = form[field] ?? '';
  if (raw === '' && 'nullable' in c && c.nullable) return null;
  if (c.type === 'number') return toNumber(field, raw);
  if (c.type === 'ids') return raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (isYesNo(c)) return raw === 'true';
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

/**
 * The quotes a form posts, in order: each citation's, then the new citation's when it was filled. A new quote that
 * holds a citation's words of the same article widens that citation in its place, and one a citation already holds
 * adds nothing: the card never lists the same words twice, one quote inside the other.
 */
export function postedQuotes(form: Record<string, string>): Array<{ source: string; quote: string }> {
  const quotes: Array<{ source: string; quote: string }> = [];
  for (let i = 0; form[`quote.${i}`] !== undefined && i < 100; i++) quotes.push({ source: form[`source.${i}`] ?? '', quote: form[`quote.${i}`]! });
  for (const name of [NEW_QUOTE, MORE_QUOTE]) {
    const added = { source: form[`source.${name}`] ?? '', quote: form[`quote.${name}`] ?? '' };
    if (!added.quote.trim()) continue;
    const twin: number = quotes.findIndex((q) => q.source === added.source && q.quote.trim() && (added.quote.includes(q.quote.trim()) || q.quote.includes(added.quote.trim())));
    if (twin < 0) quotes.push(added);
    else if (added.quote.length > quotes[twin]!.quote.length) quotes[twin] = added;
  }
  return quotes;
}

/** The posted form as field values for editFact: every editable field, and the citations' quotes. */
export function formToFields(spec: FactCollection, form: Record<string, string>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of editableFields(spec).filter((f) => f !== 'citations')) fields[field] = parseValue(field, controlFor(spec.schema.properties[field]!), form);
  const citations = [];
  for (const quote of postedQuotes(form)) citations.push(quote);
  if (citations.length) fields.citations = citations;
  return fields;
}
