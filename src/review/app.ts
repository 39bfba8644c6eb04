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
import { acceptFacts, editFact, mergeFacts, pendingFacts, publish, readSeed, rejectFact, ReviewError } from './actions.js';
import { REVIEW_CSS, REVIEW_JS } from './assets.js';
import { decideChallenge, type ChallengeDecision } from './challenges.js';
import { formToFields, problemsByField } from './form.js';
import { lookup } from './lookup.js';
import { html } from './html.js';
import { articlePage, collectionPage, layout, queuePage, type Refusal } from './pages.js';

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
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  // Not no-referrer: under it Chromium sends `Origin: null` on the app's own form posts, which the Origin check refuses.
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};
const DONE: Record<string, string> = {
  accept: 'Accepted', reject: 'Rejected', merge: 'Merged', edit: 'Saved', 'accept-rest': 'Accepted the rest of the article', publish: 'Published',
  keep: 'Kept the checked value of', replace: 'Replaced by the challenger\'s value:', dispute: 'Recorded both values as disputed:',
};

type Form = Record<string, string>;
const FACT_ACTIONS = ['accept', 'reject', 'merge', 'edit', 'challenge'];
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

/** The page a form came from, by name only: an article, a collection, or the queue. */
const backOf = (form: Form) => (BACK.test(form.back ?? '') ? form.back! : '');

function renderBack(options: ReviewAppOptions, back: string, message?: string, refusal?: Refusal): string | undefined {
  const seed = readSeed(options.seedDir);
  const [kind, id] = back.split('/');
  if (kind === 'articles') {
    const source = seed.sources.find((s) => s.id === id);
    if (source) return layout(source.title, articlePage(seed, source, message, refusal), options.reviewer);
  }
  if (kind === 'collections' && collectionByName.has(id!)) return layout(id!, collectionPage(seed, id!, message, refusal), options.reviewer);
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
    const { citations: _citations, ...values } = formToFields(collectionOfFact(options.seedDir, id), form);
    return values;
  } catch {
    return undefined;
  }
}

/** A refused edit, its problems placed at the controls they concern (quotes as they were posted). */
function editRefusal(options: ReviewAppOptions, id: string, form: Form, error: ReviewError): Refusal {
  const problems = error.problems.length ? error.problems : [error.message];
  let atFields: Map<string, string[]> | undefined;
  try {
    const quotes: string[] = [];
    for (let i = 0; form[`quote.${i}`] !== undefined && i < 100; i++) quotes.push(form[`quote.${i}`]!);
    atFields = problemsByField(problems, id, collectionOfFact(options.seedDir, id), quotes);
  } catch { /* an unknown fact: the message alone says so */ }
  return { message: error.message, problems, editing: id, values: postedValues(options, id, form), atFields };
}

function runAction(options: ReviewAppOptions, action: string, id: string, form: Form): void {
  const { seedDir, reviewer } = options;
  if (action === 'accept') acceptFacts(seedDir, [id], reviewer);
  else if (action === 'reject') rejectFact(seedDir, id, { reason: form.reason, reviewer });
  else if (action === 'merge') mergeFacts(seedDir, id, (form.into ?? '').trim());
  else if (action === 'edit') editFact(seedDir, id, formToFields(collectionOfFact(seedDir, id), form), reviewer);
  else if (action === 'challenge') decideChallenge(seedDir, id, form.decision as ChallengeDecision, { reviewer, reason: form.reason, challenge: form.challenge });
  else if (action === 'accept-rest') {
    // A claim challenging a reviewed row is decided by keep, replace or dispute: accepting it would not settle it.
    const ids = pendingFacts(readSeed(seedDir), id).filter((f) => !f.contests).map((f) => f.id);
    if (ids.length) acceptFacts(seedDir, ids, reviewer);
  } else if (action === 'publish') publish(seedDir, options.dbPath);
}

/** Runs one action and answers: back to the page it came from, or that page again with the refusal (422). */
function respond(options: ReviewAppOptions, action: string, id: string, form: Form, reply: FastifyReply) {
  const back = action === 'accept-rest' ? `articles/${id}` : backOf(form);
  try {
    runAction(options, action, id, form);
  } catch (error) {
    if (!(error instanceof ReviewError)) throw error;
    const refusal: Refusal = action === 'edit' ? editRefusal(options, id, form, error) : { message: error.message, problems: error.problems };
    return reply.code(422).type('text/html; charset=utf-8').send(renderBack(options, back, undefined, refusal));
  }
  const did = action === 'challenge' ? form.decision! : action;
  const query = new URLSearchParams({ did, ...(id && { fact: id }) });
  return reply.code(303).header('location', `/${back}?${query}`).send();
}

const messageOf = (query: { did?: string; fact?: string }) => (query.did && DONE[query.did] ? `${DONE[query.did]}${query.fact && query.did !== 'accept-rest' ? ` ${query.fact}` : ''}.` : undefined);

export async function buildReviewApp(options: ReviewAppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: FORM_LIMIT });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  app.addHook('onRequest', guard(app, options));
  const page = (reply: FastifyReply, body: string | undefined) => (body === undefined
    ? reply.code(404).type('text/html; charset=utf-8').send(layout('Not found', html`<h1>Not found</h1><p><a href="/">Back to the queue</a></p>`, options.reviewer))
    : reply.type('text/html; charset=utf-8').send(body));
  type Get = FastifyRequest<{ Params: { id: string }; Querystring: { did?: string; fact?: string } }>;
  app.get('/', async (request: Get, reply) => page(reply, renderBack(options, '', messageOf(request.query))));
  app.get('/articles/:id', async (request: Get, reply) => {
    const seed = readSeed(options.seedDir);
    const source = seed.sources.find((s) => s.id === request.params.id);
    return page(reply, source && layout(source.title, articlePage(seed, source, messageOf(request.query)), options.reviewer));
  });
  app.get('/collections/:id', async (request: Get, reply) => page(reply, collectionByName.has(request.params.id)
    ? renderBack(options, `collections/${request.params.id}`, messageOf(request.query)) : undefined));
  type Lookup = FastifyRequest<{ Querystring: { q?: string; in?: string } }>;
  app.get('/lookup', async (request: Lookup, reply) => {
    const collections = (request.query.in ?? '').split(',').filter((name) => name === 'sources' || collectionByName.has(name));
    const query = String(request.query.q ?? '').slice(0, LOOKUP_QUERY_LIMIT);
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(lookup(readSeed(options.seedDir), query, collections)));
  });
  app.get('/assets/review.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(REVIEW_CSS));
  app.get('/assets/review.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(REVIEW_JS));
  app.post('/facts/:id/:action', async (request: Post, reply) => {
    const { id, action } = request.params;
    if (!SLUG.test(id) || !FACT_ACTIONS.includes(action)) return page(reply, undefined);
    return respond(options, action, id, request.body ?? {}, reply);
  });
  app.post('/articles/:id/accept-rest', async (request: Post, reply) => (SLUG.test(request.params.id)
    ? respond(options, 'accept-rest', request.params.id, request.body ?? {}, reply) : page(reply, undefined)));
  app.post('/publish', async (request: Post, reply) => respond(options, 'publish', '', request.body ?? {}, reply));
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ReviewError) return reply.code(422).type('text/plain').send(error.message);
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500) return reply.code(status).type('text/plain').send((error as Error).message);
    return reply.code(500).type('text/plain').send('the review app failed; see its console');
  });
  return app;
}
