// The review app (`npm run review`): a Fastify app over seed/, separate from the public API's process. Pages
// are rendered on the server; every action is a form post that runs the same code as the CLI (actions.ts)
// and comes back to the page it was made on. Local and safe: it answers only requests addressed to its own
// host and port (no DNS rebinding), takes posts only from its own pages (Origin), names facts and articles by
// id (no file path comes from the browser), escapes all text and forbids inline script by CSP.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { collectionByName } from '../collections/index.js';
import { SLUG_PATTERN } from '../schemas/common.js';
import { acceptFacts, addFact, editFact, factsNaming, idsInProposals, mergeFacts, newFactId, pendingFacts, publish, readSeed, rejectFact, removeCitation, ReviewError } from './actions.js';
import { REVIEW_CSS, REVIEW_JS } from './assets.js';
import { decideChallenge, type ChallengeDecision } from './challenges.js';
import { formToFields, NEW_FACT, postedQuotes, problemsByField } from './form.js';
import { lookup, LOOKUP_LIMIT } from './lookup.js';
import { articleRows, pickedFields } from './suggestions.js';
import { ChosenReferences } from './carry-over.js';
import { prefill, roleBodyNote } from './prefill.js';
import { isCalendarDay } from '../lib/dates.js';
import { html } from './html.js';
import { articlePage, collectionPage, layout, queuePage, type ArticleView, type NewFact, type Refusal } from './pages.js';
import { readUnresolved } from '../ingest/unresolved.js';
import type { Item } from '../db/columns.js';

export interface ReviewAppOptions {
  seedDir: string;
  /** Where publish puts the database (the API's DATABASE_PATH). */
  dbPath: string;
  reviewer: string;
  /** Host headers accepted; by default 127.0.0.1 and localhost at the port the app listens on. */
  allowedHosts?: string[];
}

const SLUG = new RegExp(SLUG_PATTERN);
const BACK = /^(?:articles|collections)\/[a-z0-9-]{1,200}$/;
const FORM_LIMIT = 1024 * 1024;
/** Characters of a name search read: more is not a name. */
const LOOKUP_QUERY_LIMIT = 200;
/**
 * The most rows an empty search box lists of its article's: every person and body of a long news article (a 5 KB
 * one cites 20–30), so the speaker last named is offered without typing; a search typed is cut at LOOKUP_LIMIT.
 */
const ARTICLE_ROWS_LIMIT = 40;
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  // Not no-referrer: under it Chromium sends `Origin: null` on the app's own form posts, which the Origin check refuses.
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};
const DONE: Record<string, string> = {
  accept: 'Accepted', reject: 'Rejected', merge: 'Merged', edit: 'Saved', set: 'Set a reference of', 'remove-citation': 'Removed a citation of', add: 'Added', 'accept-rest': 'Accepted the rest of the article', 'accept-paragraph': 'Accepted', publish: 'Published',
  keep: 'Kept the checked value of', replace: 'Replaced by the challenger\'s value:', dispute: 'Recorded both values as disputed:',
};

type Form = Record<string, string>;
const FACT_ACTIONS = ['accept', 'reject', 'merge', 'edit', 'set', 'challenge', 'remove-citation'];
/** Actions after which the page comes back to the fact's card, which takes the focus (a change to the fact, not a decision that moves on). */
const BACK_TO_CARD = new Set(['edit', 'set', 'remove-citation', 'add']);
/** Decisions after which the page comes back at the next card to review, which review.js names in the form (`next`). */
const ON_TO_NEXT = new Set(['accept', 'reject', 'merge', 'edit', 'keep', 'replace', 'dispute', 'accept-paragraph']);
/** Actions of an article as a whole: they come back to its page, whatever form they came from. */
const ARTICLE_ACTIONS = new Set(['accept-rest', 'accept-paragraph']);
/** A fact id as the page may name it in a URL fragment. */
const FACT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Characters of selected words a new fact's form takes from its address. */
const QUOTE_LIMIT = 5000;
type Post = FastifyRequest<{ Params: { id: string; action: string }; Body: Form }>;

function hostsOf(app: FastifyInstance, options: ReviewAppOptions): Set<string> {
  if (options.allowedHosts) return new Set(options.allowedHosts);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Refuses a request not addressed to this app, and a post not made from its own pages. */
function guard(app: FastifyInstance, options: ReviewAppOptions) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const host = request.headers.host ?? '';
    if (!hostsOf(app, options).has(host)) return reply.code(403).type('text/plain').send(`refused: Host "${host}" is not this review app`);
    const origin = request.headers.origin;
    if (request.method !== 'GET' && request.method !== 'HEAD' && origin !== `http://${host}`) {
      return reply.code(403).type('text/plain').send('refused: a change must come from a page of this review app (Origin)');
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
  };
}

/** Ids of articles whose proposals file waits in `proposals/`: accept removes the file once it has merged it. */
function waitingSources(seedDir: string): string[] {
  const dir = join(seedDir, 'proposals');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort();
}

/** An article's view with the sentences ingest left unresolved in it (seed/unresolved/). */
const withUnresolved = (options: ReviewAppOptions, sourceId: string, view: ArticleView): ArticleView => ({ ...view, unresolved: readUnresolved(options.seedDir, sourceId) });

/** The page a form came from, by name only: an article, a collection, or the queue. */
const backOf = (form: Form) => (BACK.test(form.back ?? '') ? form.back! : '');

function renderBack(options: ReviewAppOptions, back: string, message?: string, refusal?: Refusal, reading = false): string | undefined {
  const seed = readSeed(options.seedDir);
  const [kind, id] = back.split('/');
  if (kind === 'articles') {
    const source = seed.sources.find((s) => s.id === id);
    if (source) return layout(source.title, articlePage(seed, source, message, refusal, undefined, idsInProposals(options.seedDir), withUnresolved(options, source.id, { reading })), options.reviewer);
  }
  if (kind === 'collections' && collectionByName.has(id!)) return layout(id!, collectionPage(seed, id!, message, refusal, idsInProposals(options.seedDir)), options.reviewer);
  return layout('Queue', queuePage(seed, message, refusal, waitingSources(options.seedDir)), options.reviewer);
}

function collectionOfFact(seedDir: string, id: string) {
  const name = [...readSeed(seedDir).facts].find(([, items]) => items.some((i) => i.id === id))?.[0];
  if (!name) throw new ReviewError(`no fact with id "${id}" in the seed`);
  return collectionByName.get(name)!;
}

/** What a refused edit form held, shown again so the reviewer corrects it rather than retypes it (citations as the card has them). */
function postedValues(options: ReviewAppOptions, id: string, form: Form): Record<string, unknown> | undefined {
  try {
    const { citations, ...values } = postedEdit(options.seedDir, id, form);
    // The quotes as posted, a new one included: the form shows them again, each message at its quote.
    return citations ? { ...values, citations: (citations as Array<{ source: string; quote: string }>).map((c) => ({ source_id: c.source, quote: c.quote })) } : values;
  } catch {
    return undefined;
  }
}

/**
 * The id the checks name an edited fact by: a renamed fact's problems name it by its new id, the one typed or,
 * with the id field emptied (a machine fact's, by default), the one its posted name makes, as the save made it.
 */
function idAfterEdit(seedDir: string, id: string, form: Form): string {
  const typed = form.id?.trim();
  if (typed || form.id === undefined) return typed || id;
  const seed = readSeed(seedDir);
  const spec = collectionOfFact(seedDir, id);
  const row = seed.facts.get(spec.name)!.find((item) => item.id === id)!;
  try {
    return newFactId(seed, spec, { ...row, ...postedEdit(seedDir, id, form), id: '' }, id);
  } catch {
    return id;
  }
}

/** A refused edit, its problems placed at the controls they concern (quotes as they were posted). */
function editRefusal(options: ReviewAppOptions, id: string, form: Form, error: ReviewError): Refusal {
  const problems = error.problems.length ? error.problems : [error.message];
  let atFields: Map<string, string[]> | undefined;
  try {
    atFields = problemsByField(problems, idAfterEdit(options.seedDir, id, form), collectionOfFact(options.seedDir, id), postedQuotes(form).map((q) => q.quote));
  } catch { /* an unknown fact: the message alone says so */ }
  return { message: error.message, problems, editing: id, values: postedValues(options, id, form), atFields };
}

/** What the last publish of each app built and changed, said on the page it comes back to. */
const lastPublish = new WeakMap<ReviewAppOptions, string>();
/** The references each app's reviewer last chose on each article's page: a new fact's form starts with them. */
const chosenReferences = new WeakMap<ReviewAppOptions, ChosenReferences>();
const chosenOf = (options: ReviewAppOptions) => chosenReferences.get(options) ?? chosenReferences.set(options, new ChosenReferences()).get(options)!;

/** The posted edit: its fields, and a new id when the id field was changed (empty: made from the name). */
function postedEdit(seedDir: string, id: string, form: Form): Record<string, unknown> {
  const fields = formToFields(collectionOfFact(seedDir, id), form);
  return form.id !== undefined && form.id.trim() !== id ? { ...fields, id: form.id.trim() } : fields;
}

/** A reference chosen in one click on a card (src/review/suggestions.ts): the fields an edit sets for it. */
function pickedReference(seedDir: string, id: string, form: Form): Record<string, unknown> {
  const spec = collectionOfFact(seedDir, id);
  const seed = readSeed(seedDir);
  const row = seed.facts.get(spec.name)!.find((item) => item.id === id)!;
  const value = (form.value ?? '').trim();
  if (!value) throw new ReviewError(`no row chosen for ${form.field ?? 'the reference'} of ${id}`);
  const fields = pickedFields(spec, row, form.field ?? '', value);
  if (!fields) throw new ReviewError(`"${form.field ?? ''}" is not a reference of ${spec.name} row ${id}`);
  return { ...fields, ...inferredRoleBody(seed.facts.get('organizations') ?? [], row, form.field ?? '', value) };
}

/**
 * A role's body picked for a person whose quotes never name it ("its press secretary, Ada Moen"): worked out, not
 * stated, so the row is derived, its note saying from which words (docs/authoring.md lists a role's body among the
 * values worked out). A body the quotes name by its name, acronym or an alias is stated and changes nothing.
 */
function inferredRoleBody(bodies: readonly Item[], row: Item, path: string, bodyId: string): Record<string, unknown> {
  const role = /^roles\.(\d+)\.organization_id$/u.exec(path);
  if (!role) return {};
  const body = bodies.find((o) => o.id === bodyId);
  const quotes = ((row.citations ?? []) as Array<{ quote?: string }>).map((c) => String(c.quote ?? ''));
  const names = [body?.name, body?.acronym, ...((body?.aliases ?? []) as unknown[])].filter((n): n is string => typeof n === 'string' && n !== '');
  if (!body || !quotes.length || names.some((n) => quotes.some((q) => q.toLowerCase().includes(n.toLowerCase())))) return {};
  const title = (row.roles as Array<{ title?: string }> | undefined)?.[Number(role[1])]?.title ?? 'the role';
  const part = roleBodyNote(title, String(body.name), quotes[0]!);
  const note = [typeof row.note === 'string' ? row.note : '', part].filter(Boolean).join('; ');
  return { derived: true, note };
}

/** Runs one action; answers the id of the fact it leaves (an edit may rename it). */
function runAction(options: ReviewAppOptions, action: string, id: string, form: Form): string {
  const { seedDir, reviewer } = options;
  if (action === 'edit') return editFact(seedDir, id, postedEdit(seedDir, id, form), reviewer);
  if (action === 'set') return editFact(seedDir, id, pickedReference(seedDir, id, form), reviewer);
  // Accepted under the id made from its name: an edit changing only the id, every reference following.
  if (action === 'accept' && form.rename) return editFact(seedDir, id, { id: '' }, reviewer);
  if (action === 'accept') acceptFacts(seedDir, [id], reviewer);
  else if (action === 'reject') rejectFact(seedDir, id, { reason: form.reason, reviewer, ...((form.naming === 'detach' || form.naming === 'reject') && { naming: form.naming }) });
  else if (action === 'merge') mergeFacts(seedDir, id, (form.into ?? '').trim());
  else if (action === 'remove-citation') removeCitation(seedDir, id, { source: form.source ?? '', quote: form.quote ?? '' }, reviewer);
  else if (action === 'challenge') decideChallenge(seedDir, id, form.decision as ChallengeDecision, { reviewer, reason: form.reason, challenge: form.challenge });
  else if (action === 'accept-paragraph') return acceptParagraph(options, id, form);
  else if (action === 'accept-rest') {
    // A claim challenging a reviewed row is decided by keep, replace or dispute: accepting it would not settle it.
    const ids = pendingFacts(readSeed(seedDir), id).filter((f) => !f.contests).map((f) => f.id);
    if (ids.length) acceptFacts(seedDir, ids, reviewer);
  } else if (action === 'publish') lastPublish.set(options, publish(seedDir, options.dbPath).summary);
  return id;
}

/**
 * Accepts the facts of one paragraph of an article's reading view: those the page listed (`facts`) that are still
 * machine facts of the article to accept (a challenge excepted: it needs a decision), in one checked write.
 * Answers them, comma-separated, for the page's message.
 */
function acceptParagraph(options: ReviewAppOptions, source: string, form: Form): string {
  const pending = new Set(pendingFacts(readSeed(options.seedDir), source).filter((f) => !f.contests).map((f) => f.id));
  const ids = (form.facts ?? '').split(' ').filter((id) => pending.has(id));
  if (!ids.length) throw new ReviewError('none of the facts of this paragraph is left to accept');
  acceptFacts(options.seedDir, ids, options.reviewer);
  return ids.join(', ');
}

/** A fact saved on an article's page: its references are the last the reviewer chose there. */
function rememberChosen(options: ReviewAppOptions, back: string, id: string, form: Form) {
  if (!back.startsWith('articles/')) return;
  const spec = collectionOfFact(options.seedDir, id);
  chosenOf(options).remember(back.slice('articles/'.length), spec, formToFields(spec, form));
}

/** Runs one action and answers: back to the page it came from, or that page again with the refusal (422). */
function respond(options: ReviewAppOptions, action: string, id: string, form: Form, reply: FastifyReply) {
  const back = ARTICLE_ACTIONS.has(action) ? `articles/${id}` : backOf(form);
  const reading = form.view === 'read' && back.startsWith('articles/');
  let after: string;
  try {
    after = runAction(options, action, id, form);
  } catch (error) {
    if (!(error instanceof ReviewError)) throw error;
    const refusal: Refusal = action === 'edit' ? editRefusal(options, id, form, error)
      : { message: error.message, problems: error.problems, ...(action === 'reject' && { rejecting: { id, reason: form.reason ?? '', naming: factsNaming(readSeed(options.seedDir), id) } }) };
    return reply.code(422).type('text/html; charset=utf-8').send(renderBack(options, back, undefined, refusal, reading));
  }
  if (action === 'edit') rememberChosen(options, back, after, form);
  const next = form.next && form.next.length <= 200 && FACT_ID.test(form.next) ? form.next : undefined;
  const renamedFrom = after !== id && !ARTICLE_ACTIONS.has(action) ? id : undefined;
  return done(reply, back, action === 'challenge' ? form.decision! : action, after, { next, renamedFrom, reading });
}

/**
 * Back to the page an action was made on, saying what was done: after a decision at the next card to review
 * when the page named one, after a change to a fact at its card, else at the top.
 */
function done(reply: FastifyReply, back: string, did: string, id: string, { next, renamedFrom, reading }: { next?: string; renamedFrom?: string; reading?: boolean } = {}) {
  // In the reading view a changed fact comes back opened as its card, even when the form named the next line: a
  // card opened from a line to be fixed often needs a second save, and the curator moves on from it by j or a line's
  // key. A decision (accept, reject) comes back at the next line.
  const stays = reading && BACK_TO_CARD.has(did) && Boolean(id);
  const card = stays ? id : next && ON_TO_NEXT.has(did) ? next : BACK_TO_CARD.has(did) && id ? id : undefined;
  const opened: Record<string, string> = stays ? { open: id } : {};
  const query = new URLSearchParams({ did, ...(id && { fact: id }), ...(renamedFrom && { was: renamedFrom }), ...(reading && { view: 'read' }), ...opened });
  return reply.code(303).header('location', `/${back}?${query}${card ? `#card-${card}` : ''}`).send();
}

/** A new fact's row from its form: the fields, its quotes (the new citation's), and the id typed, if any. */
function newRow(collection: string, form: Form): Record<string, unknown> {
  const spec = collectionByName.get(collection);
  if (!spec) throw new ReviewError(`"${collection}" is not a collection`);
  return { ...(form.id?.trim() && { id: form.id.trim() }), ...formToFields(spec, form) };
}

/** A refused new fact: its form again, as posted, each problem at its field (the id it would have had names its messages). */
function addRefusal(options: ReviewAppOptions, form: Form, error: ReviewError): { refusal: Refusal; adding: NewFact } {
  const problems = error.problems.length ? error.problems : [error.message];
  const collection = form.collection ?? '';
  const spec = collectionByName.get(collection)!;
  let values: Record<string, unknown> | undefined;
  let atFields: Map<string, string[]> | undefined;
  try {
    const { citations: _citations, ...fields } = newRow(collection, form);
    values = fields;
    const id = (() => { try { return newFactId(readSeed(options.seedDir), spec, { ...fields, citations: postedQuotes(form) }); } catch { return String(fields.id ?? ''); } })();
    atFields = problemsByField(problems, id, spec, postedQuotes(form).map((q) => q.quote));
  } catch { /* a value the form could not read: its message says which */ }
  atFields ??= problemsByField(problems, '', spec, []);
  return { refusal: { message: error.message, problems, editing: NEW_FACT, atFields }, adding: { collection, values, id: form.id, quote: form['quote.new'] ?? '', more: form['quote.more'] ?? '', atFields } };
}

/** Adds a fact the machine missed from the article's form; refused, the form comes back with the problems at its fields. */
function respondAdd(options: ReviewAppOptions, source: string, form: Form, reply: FastifyReply) {
  let id: string;
  try {
    const row = newRow(form.collection ?? '', form);
    id = addFact(options.seedDir, form.collection ?? '', row, options.reviewer);
    chosenOf(options).remember(source, collectionByName.get(form.collection!)!, row);
  } catch (error) {
    if (!(error instanceof ReviewError)) throw error;
    if (!collectionByName.has(form.collection ?? '')) return reply.code(422).type('text/plain').send(error.message);
    const { refusal, adding } = addRefusal(options, form, error);
    const seed = readSeed(options.seedDir);
    const article = seed.sources.find((s) => s.id === source)!;
    return reply.code(422).type('text/html; charset=utf-8').send(layout(article.title, articlePage(seed, article, undefined, refusal, adding, idsInProposals(options.seedDir), withUnresolved(options, article.id, { reading: form.view === 'read' })), options.reviewer));
  }
  return done(reply, `articles/${source}`, 'add', id, { reading: form.view === 'read' });
}

const messageOf = (query: { did?: string; fact?: string; was?: string }, options: ReviewAppOptions) => {
  if (!query.did || !DONE[query.did]) return undefined;
  if (query.did === 'publish') return `${DONE.publish}${lastPublish.has(options) ? `: ${lastPublish.get(options)!}` : ''}.`;
  const renamed = (query.did === 'edit' || query.did === 'accept') && query.was ? ` (renamed from ${query.was}; every reference to it follows)` : '';
  return `${DONE[query.did]}${query.fact && query.did !== 'accept-rest' ? ` ${query.fact}` : ''}${renamed}.`;
};

/** The publication day a filled form reads weekdays against, when the article states a calendar day. */
const publishedDay = (source: { published?: string | null }) => (source.published && isCalendarDay(source.published) ? source.published : null);

/** The routes that fill a form from words selected in an article: a new fact's form, and an open edit form's empty fields. */
function fillRoutes(app: FastifyInstance, options: ReviewAppOptions, page: (reply: FastifyReply, body: string | undefined) => FastifyReply) {
  type Fill = FastifyRequest<{ Querystring: { collection?: string; source?: string; quote?: string } }>;
  // What words selected in an article state, as values of a collection's fields: review.js fills an open
  // edit form's empty fields with them. Reads only; the article is named by id.
  app.get('/prefill', async (request: Fill, reply) => {
    const seed = readSeed(options.seedDir);
    const spec = collectionByName.get(String(request.query.collection ?? ''));
    const source = seed.sources.find((s) => s.id === request.query.source);
    if (!spec || !source) return reply.code(404).type('text/plain').send('no such collection or article');
    const quote = String(request.query.quote ?? '').slice(0, QUOTE_LIMIT);
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(quote.trim() ? prefill(seed, spec, quote, { published: publishedDay(source), text: source.text }) : {}));
  });
  type NewForm = FastifyRequest<{ Params: { id: string }; Querystring: { collection?: string; quote?: string; view?: string } }>;
  app.get('/articles/:id/new', async (request: NewForm, reply) => {
    const seed = readSeed(options.seedDir);
    const source = seed.sources.find((s) => s.id === request.params.id);
    const collection = String(request.query.collection ?? '');
    if (!source || !collectionByName.has(collection)) return page(reply, undefined);
    const quote = String(request.query.quote ?? '').slice(0, QUOTE_LIMIT);
    // The form opens with what the selected words state, for the reviewer to check and complete.
    const spec = collectionByName.get(collection)!;
    const values = quote ? prefill(seed, spec, quote, { published: publishedDay(source), text: source.text }) : undefined;
    // References the words do not name start at those of the last fact added from this article, shown as carried over.
    const adding: NewFact = { collection, quote, values, carried: chosenOf(options).carried(source.id, spec, values ?? {}) };
    return page(reply, layout(source.title, articlePage(seed, source, undefined, undefined, adding, idsInProposals(options.seedDir), withUnresolved(options, source.id, { reading: request.query.view === 'read' })), options.reviewer));
  });
}

export async function buildReviewApp(options: ReviewAppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: FORM_LIMIT });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  app.addHook('onRequest', guard(app, options));
  const page = (reply: FastifyReply, body: string | undefined) => (body === undefined
    ? reply.code(404).type('text/html; charset=utf-8').send(layout('Not found', html`<h1>Not found</h1><p><a href="/">Back to the queue</a></p>`, options.reviewer))
    : reply.type('text/html; charset=utf-8').send(body));
  type Get = FastifyRequest<{ Params: { id: string }; Querystring: { did?: string; fact?: string; was?: string; view?: string; open?: string } }>;
  app.get('/', async (request: Get, reply) => page(reply, renderBack(options, '', messageOf(request.query, options))));
  app.get('/articles/:id', async (request: Get, reply) => {
    const seed = readSeed(options.seedDir);
    const source = seed.sources.find((s) => s.id === request.params.id);
    const { view, open } = request.query;
    const reading = { reading: view === 'read', ...(typeof open === 'string' && open.length <= 200 && FACT_ID.test(open) && { open }) };
    return page(reply, source && layout(source.title, articlePage(seed, source, messageOf(request.query, options), undefined, undefined, idsInProposals(options.seedDir), withUnresolved(options, source.id, reading)), options.reviewer));
  });
  app.get('/collections/:id', async (request: Get, reply) => page(reply, collectionByName.has(request.params.id)
    ? renderBack(options, `collections/${request.params.id}`, messageOf(request.query, options)) : undefined));
  type Lookup = FastifyRequest<{ Querystring: { q?: string; in?: string; article?: string } }>;
  app.get('/lookup', async (request: Lookup, reply) => {
    const collections = (request.query.in ?? '').split(',').filter((name) => name === 'sources' || collectionByName.has(name));
    const query = String(request.query.q ?? '').slice(0, LOOKUP_QUERY_LIMIT);
    const seed = readSeed(options.seedDir);
    // Nothing typed yet beside an article: the rows it cites, in its order; names typed: those rows first.
    const article = request.query.article ?? '';
    const ofArticle = SLUG.test(article) ? articleRows(seed, article, collections.filter((name) => name !== 'sources'), Infinity) : [];
    const cited = !query.trim() && SLUG.test(article) ? ofArticle.slice(0, ARTICLE_ROWS_LIMIT) : undefined;
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(cited ?? lookup(seed, query, collections, LOOKUP_LIMIT, new Set(ofArticle.map((row) => row.id)))));
  });
  fillRoutes(app, options, page);
  app.get('/assets/review.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(REVIEW_CSS));
  app.get('/assets/review.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(REVIEW_JS));
  app.post('/facts/:id/:action', async (request: Post, reply) => {
    const { id, action } = request.params;
    if (!SLUG.test(id) || !FACT_ACTIONS.includes(action)) return page(reply, undefined);
    return respond(options, action, id, request.body ?? {}, reply);
  });
  app.post('/articles/:id/add', async (request: Post, reply) => {
    const source = request.params.id;
    if (!SLUG.test(source) || !readSeed(options.seedDir).sources.some((s) => s.id === source)) return page(reply, undefined);
    return respondAdd(options, source, request.body ?? {}, reply);
  });
  for (const action of ARTICLE_ACTIONS) {
    app.post(`/articles/:id/${action}`, async (request: Post, reply) => (SLUG.test(request.params.id)
      ? respond(options, action, request.params.id, request.body ?? {}, reply) : page(reply, undefined)));
  }
  app.post('/publish', async (request: Post, reply) => respond(options, 'publish', '', request.body ?? {}, reply));
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ReviewError) return reply.code(422).type('text/plain').send(error.message);
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500) return reply.code(status).type('text/plain').send((error as Error).message);
    return reply.code(500).type('text/plain').send('the review app failed; see its console');
  });
  return app;
}
