// The review app's pages, rendered on the server from the seed as the build reads it: the queue, an
// article with its cited spans highlighted and its fact cards, and one collection's machine facts across
// articles. Every value goes through the escaping `html` template.
import type { FactCollection } from '../collections/index.js';
import { FACT_COLLECTIONS, collectionByName } from '../collections/index.js';
import type { Item } from '../db/columns.js';
import type { Seed, SourceRecord } from '../db/seed.js';
import { supportProblems, type SeedFact } from '../db/support.js';
import { pendingChallenges, wordsStating, type Challenge } from './challenges.js';
import { slugify } from '../ingest/input.js';
import type { Unresolved } from '../ingest/resolve.js';
import { doubtful, readRuleRecord, recordInWords, recordLookup } from '../ingest/rule-record.js';
import { editableFields, idKeptToItsArticle, newFactId, type NamingFact } from './actions.js';
import { editFields, emptyRow, factCalled, idField, namedReferences, NEW_FACT, referencePicker, shownTitle, type TitleOf } from './form.js';
import { html, type Html } from './html.js';
import { objectReferenceTargets, referenceTargets } from './lookup.js';
import { cut, isEmpty, isQuantity, lineSummary, namedInPassing, normallyFilled, paragraphOf, paragraphs, statedInWords, type LineContext } from './reading.js';
import { sentenceAround } from './rejections.js';
import { suggestionsIn, type Suggestion, type Suggestions } from './suggestions.js';

interface Cited { source_id: string; start: number; end: number; quote: string }
/** A fact with its collection: what a card shows. */
export interface FactView { spec: FactCollection; item: Item }
/** A refused action shown on the page: its message, and for an edit the fact whose form stays open with the problems at its fields. */
export interface Refusal {
  message: string; problems: string[]; editing?: string; values?: Record<string, unknown>; atFields?: Map<string, string[]>;
  /**
   * A refused reject: the fact and the reason typed, shown again in its reject form with the refusal beside it,
   * and the facts naming it, which the form offers to detach from it or reject with it in one step.
   */
  rejecting?: { id: string; reason: string; naming: NamingFact[] };
}
/** The form for a fact the machine missed, open on its article: the collection, what was posted or the selected words, and a refused save's problems. */
export interface NewFact {
  collection: string; values?: Record<string, unknown>; id?: string; quote: string; atFields?: Map<string, string[]>;
  /** Its second citation's words, as posted (a fact stated across two sentences: a date in the lede, a figure later). */
  more?: string;
  /** References the form starts with from the last fact added from the article (src/review/carry-over.ts). */
  carried?: Record<string, unknown>;
}
/** What every card of a page needs: the articles, the page to come back to, a refusal, and the pending challenges by the row they contest. */
interface CardContext {
  sources: Map<string, SourceRecord>; back: string; refusal?: Refusal; challenges: Map<string, Challenge[]>; challengers: Map<string, Challenge>; titleOf: TitleOf; article?: string;
  /** A machine fact's id made from its name, when the machine made another (from a role, a wrong name, words of a quote). */
  madeId: (view: FactView) => string | undefined;
  /** Whether a fact's id is still the machine's to remake from its name: a machine fact's, or a reviewed one's that ingest proposed and only its article names. */
  idFollowsName: (view: FactView) => boolean;
  /** The rows of a fact's article offered for its empty references (src/review/suggestions.ts). */
  suggest: (spec: FactCollection, item: Item) => Suggestions;
  /** The reading view (src/review/reading.ts): every form of a card comes back to it. */
  reading?: boolean;
}

/** The fields every form of a page posts to come back to it: the page, and the reading view when it is shown. */
const returnFields = (back: string, reading?: boolean) => html`<input type="hidden" name="back" value="${back}">${reading ? html`<input type="hidden" name="view" value="read">` : ''}`;

/** The suggestions for a page's facts: each fact's from the article shown, else (a collection's page) its own first article. */
function suggestionsByArticle(seed: Seed, article?: string): CardContext['suggest'] {
  const inArticle = suggestionsIn(seed);
  return (spec, item) => {
    const source = article ?? citationsOf(item)[0]?.source_id;
    return source ? inArticle(source)(spec, item) : new Map();
  };
}

function cardContext(seed: Seed, back: string, refusal?: Refusal, article?: string, proposed: ReadonlySet<string> = new Set()): CardContext {
  const pending = pendingChallenges(seed);
  const challenges = new Map<string, Challenge[]>();
  for (const c of pending) challenges.set(c.fact.id, [...(challenges.get(c.fact.id) ?? []), c]);
  const titles = new Map([...seed.sources.map((s) => [s.id, s.title] as const), ...FACT_COLLECTIONS.flatMap((spec) => (seed.facts.get(spec.name) ?? []).map((i) => [i.id, spec.title(i) || i.id] as const))]);
  // A row titled by a reference it holds is named by that row's title in the references naming it too.
  for (const spec of FACT_COLLECTIONS) for (const i of seed.facts.get(spec.name) ?? []) titles.set(i.id, shownTitle(spec, i, (id) => titles.get(id)));
  // Only a named row's id is made from its name (a statement's is its speaker's and its words'), and only a free one is offered ("…-2" is no better).
  const madeId = ({ spec, item }: FactView) => {
    if (!isMachine(item) || !('name' in spec.schema.properties) || typeof item.name !== 'string') return undefined;
    const made = newFactId(seed, spec, { ...item, id: undefined }, item.id);
    return made !== item.id && made === slugify(item.name) ? made : undefined;
  };
  // A reviewed fact ingest proposed keeps the machine's id after a one-click reference or a plain accept: nobody
  // chose it, so it follows the name given later (a statement's speaker and words), unless another article's facts
  // or proposals name it.
  const idFollowsName = ({ spec, item }: FactView) => idMadeFrom(spec) !== undefined
    && (isMachine(item) || (Array.isArray(item.rules) && item.rules.length > 0 && idKeptToItsArticle(seed, item, proposed)));
  return {
    sources: sourceMap(seed), back, refusal, challenges, challengers: new Map(pending.map((c) => [c.claim.id, c])), titleOf: (id) => titles.get(id), article, madeId, idFollowsName,
    suggest: suggestionsByArticle(seed, article),
  };
}

/** What a fact's id is made from, as ingest and a new fact's form make it: a name, or a statement's speaker and words; none for rows titled by others. */
const idMadeFrom = (spec: FactCollection) => ('name' in spec.schema.properties ? 'the name' : spec.name === 'statements' ? 'the speaker and the words' : undefined);

const citationsOf = (item: Item) => item.citations as Cited[];
const sourceMap = (seed: Seed) => new Map(seed.sources.map((s) => [s.id, s]));
const isMachine = (item: Item) => item.review === 'machine';

export function factsCiting(seed: Seed, sourceId?: string): FactView[] {
  return FACT_COLLECTIONS.flatMap((spec) => (seed.facts.get(spec.name) ?? [])
    .filter((item) => sourceId === undefined || citationsOf(item).some((c) => c.source_id === sourceId))
    .map((item) => ({ spec, item })));
}

export function layout(title: string, body: Html, reviewer: string): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · review</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/review.css"></head>
<body><header><a href="/">Review queue</a><span class="who">reviewing as <strong>${reviewer}</strong></span>
<form method="post" action="/publish"><button type="submit" aria-keyshortcuts="Shift+P" title="Build the database from the seed and swap it into the API (Shift+P)">Publish</button></form></header>
<main>${body}</main><script src="/assets/review.js"></script></body></html>`.value;
}

function notice(message: string | undefined, refusal: Refusal | undefined): Html {
  if (refusal) {
    // Problems shown at a field of the open form are linked from here, the rest listed.
    const placed = [...(refusal.atFields ?? [])].filter(([field]) => field !== '');
    const rest = refusal.atFields ? refusal.atFields.get('') ?? [] : refusal.problems;
    return html`<div class="refused" role="alert"><p>${refusal.message.split('\n')[0]}</p>${rest.length ? html`<ul>${rest.map((p) => html`<li>${p}</li>`)}</ul>` : ''}
${placed.length ? html`<p>At the field${placed.length > 1 ? 's' : ''} of ${refusal.editing}: ${placed.map(([field], i) => html`${i ? ', ' : ''}<a href="#edit-${refusal.editing}-${field.replace('.', '-')}">${field}</a>`)}</p>` : ''}</div>`;
  }
  return message ? html`<div class="done" role="status">${message}</div>` : html``;
}

const cites = (item: Item, sourceId: string) => citationsOf(item).some((c) => c.source_id === sourceId);

/**
 * Articles ingested but not yet accepted: their proposals wait in `proposals/` and reach the queue only once
 * accepted (accept runs the build's checks; the app then reviews the facts it wrote as machine rows).
 */
function waitingProposals(waiting: readonly string[]): Html {
  if (!waiting.length) return html``;
  return html`<section class="waiting" aria-labelledby="waiting-title"><h2 id="waiting-title">Ingested, waiting to be accepted</h2>
<p>These articles' proposals are in <code>proposals/</code>. Accept them into the seed first; their facts then appear here as machine facts to review:</p>
<ul>${waiting.map((id) => html`<li><code>npm run ingest -- --accept ${id}</code></li>`)}</ul></section>`;
}

export function queuePage(seed: Seed, message?: string, refusal?: Refusal, waiting: readonly string[] = []): Html {
  const challenges = pendingChallenges(seed);
  const challengers = new Set(challenges.map((c) => c.claim.id));
  const pending = factsCiting(seed).filter((f) => isMachine(f.item) && !challengers.has(f.item.id));
  const rows = seed.sources.map((source) => {
    const mine = pending.filter((f) => cites(f.item, source.id));
    const contested = challenges.filter((c) => cites(c.claim, source.id)).length;
    return { source, counts: FACT_COLLECTIONS.map((spec) => mine.filter((f) => f.spec === spec).length), contested, total: mine.length + contested };
  }).filter((r) => r.total > 0).sort((a, b) => b.total - a.total);
  const byCollection = FACT_COLLECTIONS.map((spec) => [spec, pending.filter((f) => f.spec === spec).length] as const).filter(([, n]) => n > 0);
  return html`<h1>Articles with machine facts or challenges</h1>${notice(message, refusal)}${waitingProposals(waiting)}
${rows.length ? html`<table class="queue"><thead><tr><th>Article</th>${FACT_COLLECTIONS.map((s) => html`<th class="k-${s.name}">${s.name}</th>`)}<th>challenges</th><th>to review</th></tr></thead><tbody>
${rows.map((r) => html`<tr><td><a href="/articles/${r.source.id}">${r.source.title}</a> <code>${r.source.id}</code></td>${r.counts.map((n) => html`<td>${n || ''}</td>`)}<td class="challenges">${r.contested || ''}</td><td><strong>${r.total}</strong></td></tr>`)}
</tbody></table>` : html`<p>Nothing to review: every accepted fact is reviewed and no checked fact is challenged.</p>`}
${byCollection.length ? html`<h2>By collection, across articles</h2><ul>${byCollection.map(([spec, n]) => html`<li><a href="/collections/${spec.name}">${spec.name}</a>: ${n}</li>`)}</ul>` : ''}`;
}

/** The article text with every cited span marked: a segment between two span boundaries names the facts covering it. */
export function highlighted(source: SourceRecord, facts: FactView[], from = 0, to?: number): Html {
  const chars = [...source.text];
  const end = to ?? chars.length;
  const spans = facts.flatMap(({ spec, item }) => citationsOf(item).filter((c) => c.source_id === source.id).map((c) => ({ ...c, id: item.id, kind: spec.name, machine: isMachine(item) })));
  const cuts = [...new Set([from, end, ...spans.flatMap((s) => [s.start, s.end]).filter((at) => at > from && at < end)])].sort((a, b) => a - b);
  const parts: Html[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [left, right] = [cuts[i]!, cuts[i + 1]!];
    const text = chars.slice(left, right).join('');
    const covering = spans.filter((s) => s.start <= left && s.end >= right);
    if (!covering.length) { parts.push(html`${text}`); continue; }
    const first = covering.find((s) => s.machine) ?? covering[0]!;
    const ids = [...new Set(covering.map((s) => s.id))].join(' ');
    parts.push(html`<mark class="k-${first.kind}${first.machine ? ' machine' : ''}" data-facts="${ids}" tabindex="0" title="${ids}">${text}</mark>`);
  }
  return html`${parts}`;
}

/** A citation's Remove button: the fact keeps its other citations; its last one is refused (reject the fact instead). */
function removeCitation(item: Item, c: Cited, index: number, back: Html): Html {
  return html`<form method="post" action="/facts/${item.id}/remove-citation" class="remove-citation">${back}
<input type="hidden" name="source" value="${c.source_id}"><input type="hidden" name="quote" value="${c.quote}">
<button type="submit" aria-label="Remove citation ${index + 1} of ${item.id}" aria-keyshortcuts="x" title="Remove these words from ${item.id}'s citations">Remove</button></form>`;
}

/** The sentence of its article a citation's quote stands in (the quote itself when the article does not hold it). */
function sentenceOf(c: Cited, sources: Map<string, SourceRecord>): string {
  const text = sources.get(c.source_id)?.text ?? '';
  const at = text.indexOf(c.quote);
  return at < 0 ? c.quote : sentenceAround(text, at, at + c.quote.length);
}

/**
 * A citation inside its sentence with its quote in bold. Where another citation of the same fact stands in the
 * same sentence, the item also says which words it cites: two items showing one sentence otherwise read as a
 * duplicate to remove, the bold alone being easy to miss.
 */
function citationInContext(c: Cited, sources: Map<string, SourceRecord>, remove: Html = html``, sharesSentence = false): Html {
  const sentence = sentenceOf(c, sources);
  const q = sentence.indexOf(c.quote);
  const inContext = q < 0 ? html`<b>${c.quote}</b>` : html`${sentence.slice(0, q)}<b>${c.quote}</b>${sentence.slice(q + c.quote.length)}`;
  const cites = sharesSentence ? html` <span class="cites">(cites ${c.quote.trim() === sentence.trim() ? 'the whole sentence' : html`only “${c.quote}”`})</span>` : html``;
  return html`<li><q>${inContext}</q>${cites} <a href="/articles/${c.source_id}" class="source">${c.source_id}</a>${remove}</li>`;
}

/** A fact's citations, each in its sentence, with its Remove button unless `removable` is false. */
function citationList(item: Item, sources: Map<string, SourceRecord>, removable: boolean, back: Html): Html {
  const citations = citationsOf(item);
  const sentences = citations.map((c) => `${c.source_id} ${sentenceOf(c, sources)}`);
  const shared = (i: number) => sentences.some((other, j) => j !== i && other === sentences[i]);
  return html`${citations.map((c, i) => citationInContext(c, sources, removable ? removeCitation(item, c, i, back) : html``, shared(i)))}`;
}

const FIELDS_SHOWN_ELSEWHERE = new Set(['id', 'citations', 'review', 'rules']);

/** Each rule's record on unseen and held-out articles, read once (a checkout without one shows the rule ids alone). */
let recordOf: ReturnType<typeof recordLookup> | undefined;

/** A rule's id and, when recorded for facts of this kind, how often its facts were right on unseen and held-out articles. */
function ruleWithRecord(rule: string, kind: string): Html {
  recordOf ??= recordLookup(readRuleRecord());
  const records = recordOf(kind, rule);
  if (!records) return html`<code>${rule}</code>`;
  const often = doubtful(records);
  return html`<code>${rule}</code> <span class="record${often ? ' doubtful' : ''}">(${often ? 'often wrong: ' : ''}${recordInWords(records)})</span>`;
}

/** Whether a fact's card would flag one of its rules "often wrong": the line carries the same flag. */
function oftenWrong(item: Item, kind: string): boolean {
  recordOf ??= recordLookup(readRuleRecord());
  const rules = Array.isArray(item.rules) ? (item.rules as unknown[]).filter((r): r is string => typeof r === 'string') : [];
  return rules.some((rule) => { const records = recordOf!(kind, rule); return records !== undefined && doubtful(records); });
}

/** The ids of the extraction rules that proposed a fact (`rules`, optional: hand-written facts have none), each with its record. */
function proposedBy(item: Item, kind: string): Html {
  const rules = Array.isArray(item.rules) ? (item.rules as unknown[]).filter((r): r is string => typeof r === 'string') : [];
  return rules.length ? html`<p class="rules">Proposed by rule${rules.length > 1 ? 's' : ''}: ${rules.map((r, i) => html`${i ? ', ' : ''}${ruleWithRecord(r, kind)}`)}</p>` : html``;
}
/** Review bookkeeping that says nothing until it holds something: left off the card while empty. */
const SHOWN_WHEN_SET = new Set(['reviewed_by', 'reviewed_at', 'challenges']);

/** A field as a reviewer reads it: a hedged number in words, a list of ids comma-separated, other objects as JSON. */
function fieldValue(value: unknown): Html {
  if (isEmpty(value)) return html`<span class="none">—</span>`;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return html`${value.join(', ')}`;
  if (typeof value !== 'object') return html`${String(value)}`;
  if (isQuantity(value!)) return html`${value.qualifier === null ? '' : `${value.qualifier.replace('_', ' ')} `}${value.value === null ? 'unstated' : value.value.toLocaleString('en')}`;
  return html`<code>${JSON.stringify(value)}</code>`;
}

/** "Fill empty fields from selected words": review.js asks /prefill what the words selected in the article state and fills the form's empty fields, citing the words. */
function fillButton(id: string, collection: string, article: string): Html {
  return html`<div class="field fill"><button type="button" class="fill-from-words" data-collection="${collection}" data-source="${article}" aria-label="Fill empty fields from selected words, for ${factCalled(id)}" aria-keyshortcuts="f">Fill empty fields from selected words</button>
<span class="fill-note" aria-live="polite"></span></div>`;
}

/** An edit form's fields: the id (a rename), then the row's; after a refused save, what was posted, each problem at its field. */
function editForm(view: FactView, { refusal, titleOf, article, idFollowsName }: CardContext): Html {
  const { item, spec } = view;
  const editing = refusal?.editing === item.id;
  const { id: typedId, ...posted } = (editing ? refusal!.values : undefined) ?? {};
  const problems = editing ? refusal!.atFields : undefined;
  // A machine fact's id starts empty: the save makes it from the (corrected) name, references following; the same
  // id when the name is unchanged and already made it.
  const machineId = idFollowsName(view) ? item.id : undefined;
  // The id last: renaming is rare, and `e` puts the focus on the first field.
  return html`${editFields(spec, { ...item, ...posted }, problems, { factId: item.id, titleOf, article })}
${article ? fillButton(item.id, spec.name, article) : ''}
${idField(item.id, typeof typedId === 'string' ? typedId : machineId ? '' : item.id, problems?.get('id') ?? [], machineId || true, idMadeFrom(spec))}`;
}

/**
 * A list of objects (a person's roles, an event's figures) as a reader reads it: one line per item, the ids it
 * holds named beside them (`organization_id US State Department us-state-department`), a value with its
 * hedge in words, unstated keys left off.
 */
function objectsValue(spec: FactCollection, field: string, items: unknown[], titleOf: TitleOf): Html {
  const line = (item: Record<string, unknown>) => {
    const quantity = isQuantity(item) ? html`${fieldValue({ value: item.value, qualifier: item.qualifier })}` : undefined;
    const keys = Object.keys(item).filter((key) => !isEmpty(item[key]) && !(quantity && (key === 'value' || key === 'qualifier')));
    const parts = keys.map((key) => html`<span class="key">${key}</span> ${objectReferenceTargets(spec, field, key) ? namedReferences(item[key], titleOf) : fieldValue(item[key])}`);
    return [...parts, ...(quantity ? [quantity] : [])].map((part, i) => html`${i ? ' · ' : ''}${part}`);
  };
  return html`<ul class="items">${items.map((item) => html`<li>${typeof item === 'object' && item !== null ? line(item as Record<string, unknown>) : fieldValue(item)}</li>`)}</ul>`;
}

/** A field of a card: references by name beside their ids, lists of objects item by item, the rest as fieldValue says. */
function cardValue(spec: FactCollection, field: string, value: unknown, titleOf: TitleOf): Html {
  if (isEmpty(value)) return fieldValue(value);
  if (referenceTargets(spec, field)) return namedReferences(value, titleOf);
  if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) return objectsValue(spec, field, value, titleOf);
  return fieldValue(value);
}

/** Accept, and for a machine fact whose id is not made from its name, Accept as the id made from it (every reference follows). */
function acceptForm(id: string, made: string | undefined, hidden: Html): Html {
  return html`<form method="post" action="/facts/${id}/accept">${hidden}<button type="submit" class="accept" aria-label="Accept ${id}" aria-keyshortcuts="a">Accept</button>${made
    ? html` <button type="submit" name="rename" value="1" class="accept-renamed" aria-label="Accept ${id} renamed ${made}" aria-keyshortcuts="Shift+I">Accept as <code>${made}</code></button>` : ''}</form>`;
}

/** Reject with its reason; after a refused reject of this fact, the reason as typed and the refusal at the field (it takes the focus). */
function rejectForm(id: string, hidden: Html, refused: Refusal | undefined): Html {
  const error = `error-${id}-reason`;
  const invalid = refused ? html` aria-invalid="true" aria-describedby="${error}"` : html``;
  return html`<form method="post" action="/facts/${id}/reject">${hidden}<input name="reason" value="${refused?.rejecting?.reason ?? ''}" aria-label="Reason for rejecting ${id}" placeholder="reason (optional)"${invalid}><button type="submit" class="reject" aria-label="Reject ${id}" aria-keyshortcuts="r">Reject</button>${refused
    ? html`<div class="field-error" id="${error}">${refused.problems.length ? refused.problems.map((p) => html`<p>${p}</p>`) : html`<p>${refused.message}</p>`}${withNaming(id, refused.rejecting?.naming ?? [])}</div>` : ''}</form>`;
}

/**
 * After a reject refused while other facts name the fact: reject it and remove their references to it, or (all machine
 * facts) reject them with it. A reference that may not be empty (a deployment's body) is never offered for removal:
 * the refusal names the fact to re-point or reject first.
 */
function withNaming(id: string, naming: NamingFact[]): Html {
  if (!naming.length) return html``;
  const ids = naming.map((n) => n.id).join(', ');
  const held = naming.filter((n) => n.required.length);
  const detach = held.length
    ? html`<span class="kept-reference">${held.map((n) => html`${n.id} must keep its ${n.required.join(', ')}: choose another there, or reject ${n.id}. `)}</span>`
    : html`<button type="submit" name="naming" value="detach" aria-label="Reject ${id} and remove it from the facts naming it: ${ids}">Reject and remove it from ${ids}</button>`;
  return html`<p>${detach}${naming.every((n) => n.machine)
    ? html` <button type="submit" name="naming" value="reject" aria-label="Reject ${id} together with the facts naming it: ${ids}">Reject with ${ids}</button>` : ''}</p>`;
}

function actions(view: FactView, context: CardContext): Html {
  const { item, spec } = view;
  const { back, refusal } = context;
  const hidden = returnFields(back, context.reading);
  const editing = refusal?.editing === item.id;
  const challenged = context.challengers.get(item.id);
  if (challenged) return html`<p class="challenger">Challenges <a href="#card-${challenged.fact.id}">${challenged.fact.id}</a>: keep, replace or dispute on its card.</p>`;
  return html`<div class="actions">
${isMachine(item) ? acceptForm(item.id, context.madeId(view), hidden) : ''}
${rejectForm(item.id, hidden, refusal?.rejecting?.id === item.id ? refusal : undefined)}
<form method="post" action="/facts/${item.id}/merge" class="merge">${hidden}<input name="into" id="merge-${item.id}" aria-label="Id of the row ${item.id} duplicates" placeholder="id of the row it duplicates" required>${referencePicker(`the row ${item.id} duplicates`, `merge-${item.id}`, [spec.name], false, html``, item.id)}<button type="submit" class="merge" aria-label="Merge into that row: ${item.id}" aria-keyshortcuts="m Control+Enter">Merge into…</button></form>
<details class="edit"${editing ? html` open` : ''}><summary aria-label="Edit ${item.id}" aria-keyshortcuts="e">Edit</summary>
<form method="post" action="/facts/${item.id}/edit">${hidden}${editForm(view, context)}
<button type="submit" aria-label="Save ${item.id}" aria-keyshortcuts="Control+Enter">Save</button> <button type="button" class="cancel-edit" aria-label="Cancel editing ${item.id}" aria-keyshortcuts="Escape">Cancel</button></form></details>
</div>`;
}

/** The contested value as a reader reads it: the row's field, or a claim's object or value. */
const claimValue = (claim: Item) => claim.object_id ?? claim.value;

/** One pending challenge on its row's card: both values with their words, and the three decisions. */
function challengePanel(challenge: Challenge, context: CardContext): Html {
  const { fact, claim, field } = challenge;
  const isClaim = challenge.collection === 'claims';
  const checked = isClaim ? claimValue(fact) : field ? fact[field] : undefined;
  const checkedWords = field && !isClaim ? wordsStating(checked, citationsOf(fact)) : citationsOf(fact);
  const what = field ?? 'value';
  const name = (verb: string) => `${verb} ${what} of ${fact.id} (challenge ${claim.id})`;
  return html`<section class="challenge" data-challenge="${claim.id}" aria-label="Challenge ${claim.id} to ${fact.id}">
<h4>Challenged${field ? html` on <code>${field}</code>` : ''} by <code>${claim.id}</code></h4>
<div class="sides"><div class="side checked"><h5>Checked: ${fieldValue(checked)}</h5><ul class="citations">${checkedWords.map((c) => citationInContext(c, context.sources))}</ul></div>
<div class="side challenger"><h5>Challenger: ${field || isClaim ? fieldValue(claimValue(claim)) : html`${String(claim.predicate)} ${fieldValue(claimValue(claim))}`}</h5>${proposedBy(claim, 'claims')}<ul class="citations">${citationsOf(claim).map((c) => citationInContext(c, context.sources))}</ul></div></div>
<form method="post" action="/facts/${fact.id}/challenge" class="decide">${returnFields(context.back, context.reading)}<input type="hidden" name="challenge" value="${claim.id}">
<input name="reason" aria-label="Reason for keeping the checked ${what} of ${fact.id}" placeholder="reason to keep (optional)">
<button type="submit" name="decision" value="keep" class="keep" aria-label="${name('Keep the checked')}" aria-keyshortcuts="Shift+K">Keep checked</button>
<button type="submit" name="decision" value="replace" class="replace" aria-label="${name('Replace with the challenger\'s')}" aria-keyshortcuts="Shift+R"${field ? '' : html` disabled title="the claim names no field of this row: edit it instead"`}>Replace with challenger's</button>
<button type="submit" name="decision" value="dispute" class="dispute" aria-label="${name('Record both values as disputed:')}" aria-keyshortcuts="Shift+D"${field || isClaim ? '' : html` disabled`}>Record both as disputed</button>
</form></section>`;
}

/** A field's name on a card: a button opening the edit form at that field, where the card has a form. */
const fieldName = (field: string, id: string, editable: boolean) => (editable
  ? html`<button type="button" class="edit-field" data-field="${field}" aria-label="Edit ${field} of ${id}" title="Edit this field">${field}</button>` : html`${field}`);

/** A reference's path as the edit form labels it: `roles.0.organization_id` is "roles 1 organization_id". */
const slotLabel = (path: string) => path.split('.').map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part)).join(' ');

/**
 * The empty fields of a card, one line rather than one row each: a reference (a field, or the id of an item
 * of a list, as a role's body) the knowledge base does not seldom fill, with the article's rows that could
 * fill it, each a one-click choice; the rest named only.
 */
/** An offer's words: its title, with its id when another offer of the field has the same title (two deployments "Officers"). */
const offerShown = (row: Suggestion, rows: Suggestion[]) => (rows.some((other) => other !== row && other.title === row.title) ? `${row.title} (${row.id})` : row.title);

function emptyFields(view: FactView, fields: string[], editable: Set<string>, context: CardContext): Html {
  const { item } = view;
  const offered = context.challengers.has(item.id) ? new Map() : context.suggest(view.spec, item);
  const quiet = fields.filter((f) => !offered.has(f));
  return html`${[...offered].map(([field, rows]) => html`<form method="post" action="/facts/${item.id}/set" class="pick">${returnFields(context.back, context.reading)}<input type="hidden" name="field" value="${field}">
${editable.has(field) ? fieldName(field, item.id, true) : slotLabel(field)} <span class="none">—</span> <span class="hint">from this article:</span> ${rows.map((row: Suggestion) => html`<button type="submit" name="value" value="${row.id}" aria-label="Set ${slotLabel(field)} of ${item.id} to ${row.title} (${row.id})">${offerShown(row, rows)}</button> `)}</form>`)}
${quiet.length ? html`<p class="empty-fields">Empty: ${quiet.map((f, i) => html`${i ? ', ' : ''}${fieldName(f, item.id, editable.has(f))}`)}</p>` : ''}`;
}

export function factCard(view: FactView, context: CardContext): Html {
  const { item, spec } = view;
  const { sources } = context;
  const fields = Object.keys(spec.schema.properties).filter((f) => !FIELDS_SHOWN_ELSEWHERE.has(f) && !(SHOWN_WHEN_SET.has(f) && isEmpty(item[f])));
  const filled = fields.filter((f) => !isEmpty(item[f]));
  const contested = context.challenges.get(item.id) ?? [];
  // A field's name opens the edit form at that field (one click to fix one value); a challenger's card has no edit form.
  const editable = new Set(context.challengers.has(item.id) ? [] : editableFields(spec));
  return html`<article class="card k-${spec.name}${isMachine(item) ? ' machine' : ''}${contested.length ? ' challenged' : ''}" id="card-${item.id}" data-fact="${item.id}"${contested.length ? html` data-challenges="${contested.map((c) => c.claim.id).join(' ')}"` : ''} tabindex="-1" aria-labelledby="title-${item.id}">
<h3 id="title-${item.id}"><span class="kind">${spec.type}</span> ${shownTitle(spec, item, context.titleOf)} <code>${item.id}</code> <span class="badge">${item.review}</span></h3>
<button type="button" class="show-words" data-fact="${item.id}" aria-label="Show words of ${item.id}">Show words</button>
${proposedBy(item, spec.name)}
<details${isMachine(item) ? html` open` : ''}><summary>Fields</summary><dl>${filled.map((f) => html`<dt>${fieldName(f, item.id, editable.has(f))}</dt><dd>${cardValue(spec, f, item[f], context.titleOf)}</dd>`)}</dl>
${emptyFields(view, fields.filter((f) => isEmpty(item[f])), editable, context)}
<h4>Citations</h4><ul class="citations">${citationList(item, sources, !context.challengers.has(item.id), returnFields(context.back, context.reading))}</ul></details>
${(context.challenges.get(item.id) ?? []).map((c) => challengePanel(c, context))}
${actions(view, context)}</article>`;
}



const KEYS = html`<p class="keys">Keys act outside fields: in a field, <kbd>Esc</kbd> leaves it first (<kbd>Ctrl</kbd>+<kbd>Enter</kbd>, <kbd>Alt</kbd>+<kbd>Q</kbd>, <kbd>Alt</kbd>+<kbd>C</kbd> and <kbd>Alt</kbd>+<kbd>Enter</kbd> work from inside one). <kbd>j</kbd>/<kbd>k</kbd> next/previous fact, <kbd>a</kbd> accept, <kbd>r</kbd> reject (type a reason, Enter), <kbd>m</kbd> merge, <kbd>e</kbd> edit (<kbd>Esc</kbd> twice: cancel), <kbd>w</kbd> show words,
<kbd>Ctrl</kbd>+<kbd>Enter</kbd> save the form you are in; a field's name on a card edits that field,
<kbd>q</kbd> (<kbd>Alt</kbd>+<kbd>Q</kbd> in a field) use the words selected in the article as the quote, <kbd>f</kbd> fill the open form's empty fields from them (an edit's, or a new fact's, citing them as its second quote), <kbd>x</kbd> remove a citation, <kbd>n</kbd> then a digit: add a fact of that kind from the selected words (filled from them), <kbd>Alt</kbd>+<kbd>Enter</kbd>/<kbd>Alt</kbd>+<kbd>Backspace</kbd> add/remove an item of a list (roles, figures), <kbd>Alt</kbd>+<kbd>C</kbd> clear a new fact's references carried over,
<kbd>Shift</kbd>+<kbd>I</kbd> accept under the id made from the name, <kbd>Shift</kbd>+<kbd>A</kbd> accept the rest, <kbd>v</kbd> reading view, <kbd>Shift</kbd>+<kbd>P</kbd> publish; on a challenged fact <kbd>Shift</kbd>+<kbd>K</kbd> keep, <kbd>Shift</kbd>+<kbd>R</kbd> replace, <kbd>Shift</kbd>+<kbd>D</kbd> dispute.</p>`;

/** The digit that picks a collection in the new fact's list (n, then the digit): its place among the collections. */
const digitOf = (collection: string) => FACT_COLLECTIONS.findIndex((spec) => spec.name === collection) + 1;

/** "Add a fact the machine missed": choose its collection; review.js sends the words selected in the article as its quote. */
function addFactChooser(source: SourceRecord, chosen?: string, reading = false): Html {
  return html`<form method="get" action="/articles/${source.id}/new" class="add-fact">${reading ? html`<input type="hidden" name="view" value="read">` : ''}<label for="add-collection">Add a fact the machine missed:</label>
<select id="add-collection" name="collection" class="add-kind" aria-keyshortcuts="n" aria-describedby="add-kind-keys">${FACT_COLLECTIONS.map((c) => html`<option value="${c.name}"${c.name === chosen ? html` selected` : ''}>${digitOf(c.name)} ${c.type}</option>`)}</select>
<input type="hidden" name="quote" value=""><button type="submit" aria-label="Add fact of this kind, citing the words selected in the article">Add fact</button>
<span class="selected-words" aria-live="polite"></span><span id="add-kind-keys" class="hint">(in the list, a digit adds a fact of that kind at once)</span></form>`;
}

/** What a new fact's form carried over from the last fact added from the article, and the button (Alt+C) that empties it. */
function carriedNote(carried: Record<string, unknown>, titleOf: TitleOf): Html {
  const fields = Object.keys(carried);
  if (!fields.length) return html``;
  return html`<p class="carried" id="carried-${NEW_FACT}" aria-live="polite">Carried over from the last fact you added from this article: ${fields.map((field, i) => html`${i ? '; ' : ''}<b>${field}</b> ${namedReferences(carried[field], titleOf)}`)}.
<button type="button" class="clear-carried" data-fields="${fields.join(' ')}" aria-keyshortcuts="Alt+C" aria-label="Clear carried over references (${fields.join(', ')})">Clear carried over</button></p>`;
}

/** The form of a fact the machine missed, derived from its collection's schema like the edit form, its quote the selected words. */
function newFactCard(source: SourceRecord, adding: NewFact, titleOf: TitleOf, reading = false): Html {
  const spec = collectionByName.get(adding.collection)!;
  const values = { ...emptyRow(spec), ...adding.carried, ...adding.values, id: NEW_FACT, citations: [] };
  return html`<article class="card new-fact k-${spec.name}" id="card-${NEW_FACT}" data-fact="${NEW_FACT}" tabindex="-1" aria-labelledby="title-${NEW_FACT}">
<h3 id="title-${NEW_FACT}"><span class="kind">${spec.type}</span> New ${spec.type} from this article <span class="badge">reviewed by you once saved</span></h3>
<form method="post" action="/articles/${source.id}/add"><input type="hidden" name="collection" value="${spec.name}">${reading ? html`<input type="hidden" name="view" value="read">` : ''}
${carriedNote(adding.carried ?? {}, titleOf)}
${editFields(spec, values, adding.atFields, { factId: NEW_FACT, titleOf, article: source.id, newQuote: adding.quote, moreQuote: adding.more ?? '' })}
${fillButton(NEW_FACT, spec.name, source.id)}
${idField(NEW_FACT, adding.id ?? '', adding.atFields?.get('id') ?? [])}
<button type="submit" aria-label="Save the new ${spec.type}" aria-keyshortcuts="Control+Enter">Save</button> <a href="/articles/${source.id}" class="cancel-new" aria-label="Cancel the new ${spec.type}">Cancel</a></form></article>`;
}

/** How an article's page is shown: the cards (by default) or the reading view, with one fact opened as its card. */
/** How an article is shown: the reading view, the fact whose card is open, the sentences ingest left unresolved in it. */
export interface ArticleView { reading?: boolean; open?: string; unresolved?: readonly Unresolved[] }

/** An article's facts as its page sorts them: challenged rows (with their decisions), machine facts to review, the others. */
function articleFacts(seed: Seed, source: SourceRecord, refusal: Refusal | undefined, proposed: ReadonlySet<string> | undefined, reading: boolean) {
  const facts = factsCiting(seed, source.id);
  const context: CardContext = { ...cardContext(seed, `articles/${source.id}`, refusal, source.id, proposed), reading };
  // Rows challenged from this article's words, or citing it: their cards carry the decisions.
  const contested = [...context.challenges.values()].filter((list) => list.some((c) => cites(c.claim, source.id) || cites(c.fact, source.id)))
    .map((list) => ({ spec: collectionByName.get(list[0]!.collection)!, item: list[0]!.fact }));
  const shown = new Set(contested.map((f) => f.item.id));
  const machine = facts.filter((f) => isMachine(f.item) && !context.challengers.has(f.item.id) && !shown.has(f.item.id));
  const others = facts.filter((f) => !isMachine(f.item) && !shown.has(f.item.id));
  return { facts, context, contested, machine, others };
}
type ArticleFacts = ReturnType<typeof articleFacts>;

/** The link (and key v) between the two views of an article; the reading view is kept in the address, so a reload keeps it. */
const viewToggle = (source: SourceRecord, reading: boolean) => (reading
  ? html`<a class="view-toggle" href="/articles/${source.id}" aria-keyshortcuts="v">Card view</a>`
  : html`<a class="view-toggle" href="/articles/${source.id}?view=read" aria-keyshortcuts="v">Reading view</a>`);

const acceptRest = (source: SourceRecord, machine: FactView[], reading: boolean) => (machine.length
  ? html`<form method="post" action="/articles/${source.id}/accept-rest" class="accept-rest">${reading ? returnFields(`articles/${source.id}`, true) : ''}<button type="submit" aria-keyshortcuts="Shift+A">Accept the rest of this article (${machine.length})</button></form>` : '');

/**
 * A note when no event cites the article and some of its deployments have none: ingest may have missed the
 * article's own event, which every deployment, protest and measure of it would then refer to.
 */
function missingEvent(facts: ReadonlyArray<{ spec: FactCollection; item: Item }>): Html {
  if (facts.some((f) => f.spec.name === 'events')) return html``;
  const without = facts.filter((f) => f.spec.name === 'deployments' && !f.item.event_id).length;
  return without ? html`<p class="missing-event" role="note">No event cites this article, and ${without} deployment(s) name none: if the article tells of one, select its words and add it (<kbd>n</kbd> then <kbd>${digitOf('events')}</kbd>), then set it on them.</p>` : html``;
}

const WHAT_NOT_RESOLVED: Record<Unresolved['what'], string> = { body: 'its body', event: 'its event', speaker: 'its speaker' };

/**
 * The sentences ingest left unresolved in the article (seed/unresolved/, src/ingest/unresolved.ts), while any of its
 * facts waits for a person: each with a button that selects it in the text, from which n and the digit add its fact.
 */
function unresolvedNote(unresolved: readonly Unresolved[] | undefined, waiting: boolean): Html {
  if (!unresolved?.length || !waiting) return html``;
  const items = unresolved.map((u) => html`<li><button type="button" class="select-words" data-words="${u.sentence}" aria-label="Select in the text: ${cut(u.sentence, 60)}">Select</button>
<q>${u.sentence}</q> <span class="why">${u.collection} (<kbd>n</kbd> then <kbd>${digitOf(u.collection)}</kbd>): ${WHAT_NOT_RESOLVED[u.what]}, “${u.mention}”, not resolved: ${u.reason}</span></li>`);
  return html`<details class="unresolved" open><summary>Ingest left ${unresolved.length} sentence(s) unresolved rather than guess a body, an event or a speaker: select one, then add its fact</summary><ol>${items}</ol></details>`;
}

/** An article's page; `proposed`: the ids the articles waiting in proposals/ name (src/review/actions.ts, idsInProposals). */
export function articlePage(seed: Seed, source: SourceRecord, message?: string, refusal?: Refusal, adding?: NewFact, proposed?: ReadonlySet<string>, view: ArticleView = {}): Html {
  const parts = articleFacts(seed, source, refusal, proposed, view.reading === true);
  const { facts, context, contested, machine, others } = parts;
  const head = html`<h1>${source.title}</h1><p class="meta"><code>${source.id}</code> · published ${source.published ?? 'unknown'} · ${machine.length} machine fact(s) to review${contested.length ? `, ${contested.length} challenged fact(s) to decide` : ''} · ${viewToggle(source, view.reading === true)}</p>
${notice(message, refusal)}${missingEvent(facts)}${unresolvedNote(view.unresolved, machine.length + contested.length > 0)}`;
  if (view.reading) return html`${head}${readingView(seed, source, parts, adding, view.open)}`;
  return html`${head}
${KEYS}
<div class="legend">${FACT_COLLECTIONS.map((s) => html`<span class="k-${s.name}">${s.name}</span>`)}</div>
<div class="review"><section class="article" aria-label="Article text"><div class="text" data-source="${source.id}">${highlighted(source, facts)}</div></section>
<section class="facts" aria-label="Facts citing this article">
<p class="selection-note" id="selection-note" aria-live="polite"></p>
${addFactChooser(source, adding?.collection)}
${adding ? newFactCard(source, adding, context.titleOf) : ''}
${acceptRest(source, machine, false)}
${contested.length ? html`<h2>Challenges to checked facts (${contested.length})</h2>${contested.map((f) => factCard(f, context))}` : ''}
<h2>To review</h2>${machine.map((f) => factCard(f, context))}
<h2>Already reviewed</h2>${others.map((f) => factCard(f, context))}
</section></div>`;
}

const READING_KEYS = html`<p class="keys">Each machine fact is one line under the paragraph its first citation of this article falls in; its card holds every field, its rules' records and its words in context. Keys act outside fields:
<kbd>j</kbd>/<kbd>k</kbd> next/previous line, <kbd>a</kbd> accept, <kbd>r</kbd> reject (type a reason or none, Enter), <kbd>e</kbd> or <kbd>Enter</kbd> open the line's card, <kbd>Shift</kbd>+<kbd>Enter</kbd> accept the facts of the line's paragraph,
<kbd>n</kbd> then a digit: add a fact from the selected words, <kbd>Shift</kbd>+<kbd>A</kbd> accept the rest, <kbd>v</kbd> card view, <kbd>Shift</kbd>+<kbd>P</kbd> publish.</p>`;

/** Whether the reading view shows a fact as its full card: opened (e), or a refused action of it to show with its form. */
const shownAsCard = (item: Item, context: CardContext, open?: string) => item.id === open || context.refusal?.rejecting?.id === item.id || context.refusal?.editing === item.id;

/**
 * What the build's checks would refuse of a fact as it stands, the same checks an accept runs ("name … does not occur in
 * its quotes"): marked on its line, so a reader fixes it before an accept of its paragraph is refused whole.
 */
function refusedMark(spec: FactCollection, item: Item, context: CardContext): Html {
  const [problem] = supportProblems(spec.name, item as unknown as SeedFact, (id) => context.sources.get(id)?.text, { names: true });
  return problem ? html` <span class="record doubtful refused" title="${problem}">the build refuses: ${cut(problem)}</span>` : html``;
}

/** A machine fact read as one line: its kind and summary, "often wrong" when its card says so, what the build refuses of it, and its three actions. */
function factLine({ spec, item }: FactView, context: CardContext, line: LineContext): Html {
  const hidden = returnFields(context.back, true);
  return html`<li class="line" data-kind="${spec.name}" id="line-${item.id}" data-fact="${item.id}" tabindex="-1" aria-label="${spec.type} ${cut(shownTitle(spec, item, context.titleOf))}">
<span class="summary">${lineSummary(spec, item, line)}${oftenWrong(item, spec.name) ? html` <span class="record doubtful">often wrong</span>` : ''}${line.inPassing?.(spec.name, item) ? html` <span class="record doubtful in-passing">named where no fact is stated</span>` : ''}${refusedMark(spec, item, context)}</span>
<span class="line-actions"><form method="post" action="/facts/${item.id}/accept">${hidden}<button type="submit" class="accept" aria-label="Accept ${item.id}" aria-keyshortcuts="a">Accept</button></form>
<form method="post" action="/facts/${item.id}/reject">${hidden}<input name="reason" aria-label="Reason for rejecting ${item.id}" placeholder="reason (optional)"><button type="submit" class="reject" aria-label="Reject ${item.id}" aria-keyshortcuts="r">Reject</button></form>
<a class="open-card" href="/articles/${context.article}?view=read&open=${item.id}#card-${item.id}" aria-label="Open card of ${item.id}" aria-keyshortcuts="e Enter">Open card</a></span></li>`;
}

/** The facts under a paragraph (or after the text): lines, an opened fact as its card, and one button accepting the paragraph's machine facts. */
function factLines(views: FactView[], context: CardContext, line: LineContext, open: string | undefined, label: string): Html {
  if (!views.length) return html``;
  const ids = views.filter((f) => isMachine(f.item)).map((f) => f.item.id);
  return html`<ul class="lines" aria-label="Facts of ${label}">${views.map((f) => (shownAsCard(f.item, context, open) ? html`<li class="opened">${factCard(f, context)}</li>` : factLine(f, context, line)))}</ul>
${ids.length ? html`<form method="post" action="/articles/${context.article}/accept-paragraph" class="accept-paragraph">${returnFields(context.back, true)}<input type="hidden" name="facts" value="${ids.join(' ')}">
<button type="submit" aria-label="Accept this paragraph's facts (${ids.length}): ${label}, ${ids.join(', ')}" aria-keyshortcuts="Shift+Enter">Accept this paragraph's facts (${ids.length})</button></form>` : ''}`;
}

/** Whether a checked fact was first cited by another article: its citation of this one came later, by ingest or by hand. */
const citedFirstElsewhere = (item: Item, sourceId: string) => citationsOf(item)[0]?.source_id !== sourceId;

/**
 * Checked facts of earlier articles that this article also cites, under the paragraph of its words: a citation a
 * later ingest adds to a checked fact is shown where it stands, so a person who reads the paragraph sees it and
 * can remove it. Not lines of the review's work (no accept, no j/k stop): the fact itself stays checked.
 */
function alsoCitedHere(views: FactView[], context: CardContext, line: LineContext, sourceId: string): Html {
  if (!views.length) return html``;
  return html`<ul class="also-cited" aria-label="Checked facts of earlier articles also citing this paragraph">${views.map(({ spec, item }) => {
    const index = citationsOf(item).findIndex((c) => c.source_id === sourceId);
    return html`<li data-fact="${item.id}"><span class="summary"><span class="record">checked on an earlier article, cited here too</span> ${lineSummary(spec, item, line)}</span>
${removeCitation(item, citationsOf(item)[index]!, index, returnFields(context.back, true))}</li>`;
  })}</ul>`;
}

/**
 * The reading view: the article paragraph by paragraph, each followed by the machine facts whose first citation
 * of it falls there, one line each, then the checked facts of earlier articles it also cites; challenges first,
 * as cards (they need a decision); facts citing no paragraph after the text.
 */
function readingView(seed: Seed, source: SourceRecord, parts: ArticleFacts, adding: NewFact | undefined, open?: string): Html {
  const { facts, context, contested, machine, others } = parts;
  const line: LineContext = { titleOf: context.titleOf, normally: normallyFilled(seed), stated: statedInWords(seed, source), inPassing: namedInPassing(source, facts) };
  const paras = paragraphs(source.text);
  const listed = [...machine, ...others.filter((f) => shownAsCard(f.item, context, open) && cites(f.item, source.id))];
  const under = paras.map(() => [] as FactView[]);
  const after: FactView[] = [];
  for (const f of listed) {
    const at = paragraphOf(paras, f.item, source.id);
    (at === undefined ? after : under[at]!).push(f);
  }
  const earlier = paras.map(() => [] as FactView[]);
  for (const f of others.filter((o) => !listed.includes(o) && citedFirstElsewhere(o.item, source.id))) {
    const at = paragraphOf(paras, f.item, source.id);
    if (at !== undefined) earlier[at]!.push(f);
  }
  return html`${READING_KEYS}
<p class="selection-note" id="selection-note" aria-live="polite"></p>
${addFactChooser(source, adding?.collection, true)}
${adding ? newFactCard(source, adding, context.titleOf, true) : ''}
${acceptRest(source, machine, true)}
${contested.length ? html`<h2>Challenges to checked facts (${contested.length})</h2>${contested.map((f) => factCard(f, context))}` : ''}
<section class="reading" aria-label="Article text with its machine facts"><div class="text reading-text" data-source="${source.id}">
${paras.map((p, i) => html`<section class="para" data-para="${i + 1}"><p class="para-text">${highlighted(source, facts, p.start, p.end)}</p>${factLines(under[i]!, context, line, open, `paragraph ${i + 1}`)}${alsoCitedHere(earlier[i]!, context, line, source.id)}</section>`)}
</div>
${after.length ? html`<section class="para after-text"><h2>Facts citing no paragraph</h2>${factLines(after, context, line, open, 'no paragraph')}</section>` : ''}
<p class="hint">${others.length} reviewed fact(s) citing this article: in the <a href="/articles/${source.id}">card view</a>.</p></section>`;
}

export function collectionPage(seed: Seed, name: string, message?: string, refusal?: Refusal, proposed?: ReadonlySet<string>): Html {
  const spec = collectionByName.get(name)!;
  const context = cardContext(seed, `collections/${name}`, refusal, undefined, proposed);
  const machine = factsCiting(seed).filter((f) => f.spec === spec && isMachine(f.item) && !context.challengers.has(f.item.id));
  return html`<h1>Machine ${spec.name} across articles</h1>${notice(message, refusal)}
<section class="facts wide" aria-label="Machine ${spec.name}">${machine.length ? machine.map((f) => factCard(f, context)) : html`<p>None left to review.</p>`}</section>`;
}
