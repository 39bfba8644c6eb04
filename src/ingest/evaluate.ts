// Extraction quality against gold annotations kept as data (tests/fixtures/gold/<article>.yaml): each
// article is extracted on its own (the extractor never sees the knowledge base) and its proposals are
// scored per kind against the gold, one-to-one (a gold fact is matched by at most one proposal and the
// other way round), separately for the development set (articles the rules were written against) and the
// held-out set (articles written blind by someone who had not read the rules).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Item } from '../db/columns.js';
import { PROJECT_ROOT } from '../lib/paths.js';
import { extract, UNRESOLVED_SPEAKER, type Fact, type Facts } from './extract.js';
import { matchPerson, matchPlace, sharesName } from './resolve.js';

export const GOLD_DIR = join(PROJECT_ROOT, 'tests/fixtures/gold');
export const ARTICLE_DIR = join(PROJECT_ROOT, 'tests/fixtures/ingest');
export const SCORED_KINDS = ['people', 'organizations', 'places', 'events', 'deployments', 'protests', 'measures', 'statements'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];
export const SETS = ['development', 'held-out'] as const;
export type GoldSet = (typeof SETS)[number];
/**
 * Every set a gold file may name: the scored ones, and `growth`, articles written to exercise the growth
 * run (follow-ups that name known things anew); they are ingested there but never scored, since they were
 * written by someone who knew the rules.
 */
export const GOLD_SETS = [...SETS, 'growth'] as const;
/** What an article may contest in the knowledge base grown before it: a claim's predicate and value. */
export interface Contest { predicate: string; value: string }
export interface Score { gold: number; proposed: number; matched: number; precision: number; recall: number }

/** One article's gold: the fields that identify each fact a careful coder records from its text. */
export interface Gold {
  article: string; published: string; set: (typeof GOLD_SETS)[number];
  people: Array<{ name: string | null; titles: string[] }>;
  organizations: Array<{ name: string; acronym?: string; aliases?: string[] }>;
  places: Array<{ name: string; kind: string }>;
  events: Array<{ name: string; kind: string; start: string | null }>;
  deployments: Array<{ organization: string; value: number | null; qualifier: string | null }>;
  protests: Array<{ name: string; date: string | null }>;
  measures: Array<{ name: string; kind: string }>;
  statements: Array<{ speaker: string; text: string }>;
  /** The disputes and challenges this article should raise in the growth run; any other one is unfounded. */
  contests?: Contest[];
}

/** Every gold file, by article name. */
export function loadGold(dir = GOLD_DIR): Gold[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => {
    const gold = parse(readFileSync(join(dir, f), 'utf8')) as Gold;
    for (const kind of SCORED_KINDS) gold[kind] ??= [] as never;
    return { ...gold, published: String(gold.published) };
  });
}

/** The publication date each gold article is read with, by source id (the article's file name). */
export const goldPublished = (golds = loadGold()) => Object.fromEntries(golds.map((g) => [g.article.replace(/\.txt$/, ''), g.published]));

/** A gold entity in the shape the resolution matchers compare. */
const asItem = (kind: 'people' | 'organizations' | 'places', g: Record<string, unknown>, index: number): Item => {
  if (kind === 'people') return { id: `gold-${index}`, name: g.name ?? null, roles: (g.titles as string[]).map((title) => ({ title, organization_id: null, country: null })), country: null } as Item;
  if (kind === 'organizations') return { id: `gold-${index}`, name: g.name, acronym: g.acronym ?? null, aliases: g.aliases ?? [], country: null } as Item;
  return { id: `gold-${index}`, name: g.name, kind: g.kind, country: null } as Item;
};

const lower = (v: unknown) => String(v ?? '').toLowerCase().replace(/^the\s+/, '').trim();
const titlesOverlap = (a: Fact | Item, b: Fact | Item) => {
  const x = (a.roles as Array<{ title: string }>).map((r) => lower(r.title));
  const y = (b.roles as Array<{ title: string }>).map((r) => lower(r.title));
  if (!x.length || !y.length) return true;
  return x.some((t) => y.some((u) => t === u || t.includes(u) || u.includes(t)));
};

/** The gold label (name, else title) of the gold entity a proposed speaker is, or undefined. */
function speakerLabel(id: unknown, facts: Facts, gold: Gold): string | undefined {
  const person = facts.people.find((p) => p.id === id);
  if (person) {
    const items = gold.people.map((g, i) => asItem('people', g, i));
    const match = items.find((g) => matchPerson(person, [g]) && titlesOverlap(person, g));
    return match ? String(match.name ?? (match.roles as Array<{ title: string }>)[0]?.title) : undefined;
  }
  const org = facts.organizations.find((o) => o.id === id);
  return org ? gold.organizations.find((g, i) => sharesName(org, asItem('organizations', g, i)))?.name : undefined;
}

/** Whether a proposal is the gold fact, per kind. */
function same(kind: ScoredKind, p: Fact, g: Record<string, unknown>, index: number, facts: Facts, gold: Gold): boolean {
  switch (kind) {
    case 'people': { const item = asItem(kind, g, index); return matchPerson(p, [item]) !== undefined && titlesOverlap(p, item); }
    case 'organizations': return sharesName(p, asItem(kind, g, index));
    case 'places': return matchPlace({ ...p, country: null }, [asItem(kind, g, index)]) !== undefined;
    case 'events': return p.kind === g.kind && String(p.start ?? null) === String(g.start ?? null);
    case 'deployments': {
      const personnel = p.personnel as { value: number | null; qualifier: string | null };
      return personnel.value === g.value && personnel.qualifier === g.qualifier;
    }
    case 'protests': return String(p.date ?? null) === String(g.date ?? null);
    case 'measures': return p.kind === g.kind;
    case 'statements': return speakerLabel(p.speaker_id, facts, gold) === g.speaker;
  }
}

/** Whether the article's gold records this fact (a proposal, or a fact of the knowledge base it was merged into). */
export function inGold(kind: Exclude<ScoredKind, 'statements'>, fact: Fact | Item, gold: Gold): boolean {
  const none: Facts = { people: [], organizations: [], places: [], events: [], deployments: [], protests: [], measures: [], statements: [], claims: [] };
  // A role-only person the knowledge base holds is the one this article names with that title.
  const named = (g: Record<string, unknown>, i: number) => kind === 'people' && matchPerson({ ...asItem('people', g, i), citations: [] } as Fact, [fact as Item]) !== undefined;
  return (gold[kind] as Array<Record<string, unknown>>).some((g, i) => same(kind, fact as Fact, g, i, none, gold) || named(g, i));
}

const ratio = (n: number, d: number) => (d ? n / d : 1);
const scoreOf = (gold: number, proposed: number, matched: number): Score => ({ gold, proposed, matched, precision: ratio(matched, proposed), recall: ratio(matched, gold) });

/** For each proposal of one kind, in proposal order, the index of the gold fact it is (or -1), one-to-one (a gold fact matches once). */
function goldIndexOfProposals(kind: ScoredKind, facts: Facts, gold: Gold): number[] {
  const entries = gold[kind] as Array<Record<string, unknown>>;
  const used = new Set<number>();
  return facts[kind].map((p) => {
    const index = entries.findIndex((g, i) => !used.has(i) && same(kind, p, g, i, facts, gold));
    if (index >= 0) used.add(index);
    return index;
  });
}

/** Whether each proposal of one kind is a gold fact, in proposal order, one-to-one. */
const matchedProposals = (kind: ScoredKind, facts: Facts, gold: Gold): boolean[] => goldIndexOfProposals(kind, facts, gold).map((index) => index >= 0);

/** What one article's proposals of one kind got wrong: the gold facts no proposal is, and the proposals no gold fact is. */
export interface Differences { kind: ScoredKind; missed: Array<Record<string, unknown>>; notInGold: Fact[] }

/** Per kind, the gold facts missed and the proposals not in the gold (`npm run eval:extraction -- --articles <prefix> --differences`). */
export function differences(gold: Gold, articleDir = ARTICLE_DIR): Differences[] {
  const facts = proposalsOf(gold, articleDir);
  return SCORED_KINDS.map((kind) => {
    const indexes = goldIndexOfProposals(kind, facts, gold);
    const found = new Set(indexes);
    return {
      kind,
      missed: (gold[kind] as Array<Record<string, unknown>>).filter((_, i) => !found.has(i)),
      notInGold: facts[kind].filter((_, i) => indexes[i]! < 0),
    };
  });
}

/** One kind of one article, one-to-one. */
function scoreKind(kind: ScoredKind, facts: Facts, gold: Gold): Score {
  const matched = matchedProposals(kind, facts, gold);
  return scoreOf((gold[kind] as unknown[]).length, matched.length, matched.filter(Boolean).length);
}

export type Scores = Record<ScoredKind, Score>;

/** One article's proposals scored per kind against its gold. */
export const scoreFacts = (gold: Gold, facts: Facts): Scores => Object.fromEntries(SCORED_KINDS.map((kind) => [kind, scoreKind(kind, facts, gold)])) as Scores;

/** One gold article's proposals, as scored: a statement whose pronoun found no speaker is listed as unresolved by resolution, never proposed. */
function proposalsOf(gold: Gold, articleDir: string): Facts {
  const text = readFileSync(join(articleDir, gold.article), 'utf8');
  const facts = extract({ sourceId: gold.article.replace(/\.txt$/, ''), published: gold.published, text });
  return { ...facts, statements: facts.statements.filter((s) => s.speaker_id !== UNRESOLVED_SPEAKER) };
}

/** Extracts one gold article and scores it per kind. */
export const scoreArticle = (gold: Gold, articleDir = ARTICLE_DIR): Scores => scoreFacts(gold, proposalsOf(gold, articleDir));

/** How often the facts a rule took part in proposing are gold facts, over some articles. */
export interface RuleScore { rule: string; kind: ScoredKind; proposed: number; matched: number }

/** The rule that proposed a fact without naming its rules (none should). */
export const NO_RULE = '(no rule)';

/** Each rule's proposals scored from articles already extracted (see scoreRules). */
function tallyRules(extracted: Array<[Gold, Facts]>): RuleScore[] {
  const byRule = new Map<string, RuleScore>();
  for (const [gold, facts] of extracted) {
    for (const kind of SCORED_KINDS) {
      matchedProposals(kind, facts, gold).forEach((matched, i) => {
        const listed = (facts[kind][i]!.rules as string[] | undefined) ?? [];
        for (const rule of listed.length ? listed : [NO_RULE]) {
          const score = byRule.get(`${kind} ${rule}`) ?? { rule, kind, proposed: 0, matched: 0 };
          score.proposed += 1;
          score.matched += matched ? 1 : 0;
          byRule.set(`${kind} ${rule}`, score);
        }
      });
    }
  }
  return [...byRule.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.rule.localeCompare(b.rule));
}

/**
 * Every rule's proposals scored against the gold of the articles given, in kind and rule order: a fact
 * counts for each rule it lists, so a rule that only refines facts other rules found shares their score.
 */
export const scoreRules = (golds: Gold[], articleDir = ARTICLE_DIR): RuleScore[] => tallyRules(golds.map((gold) => [gold, proposalsOf(gold, articleDir)]));

/** Scores summed over articles (micro-averaged: every fact counts once). */
export function total(scores: Scores[]): Scores {
  return Object.fromEntries(SCORED_KINDS.map((kind) => {
    const sum = (field: 'gold' | 'proposed' | 'matched') => scores.reduce((n, s) => n + s[kind][field], 0);
    return [kind, scoreOf(sum('gold'), sum('proposed'), sum('matched'))];
  })) as Scores;
}

export interface Evaluation {
  perArticle: Record<string, Scores>; bySet: Record<GoldSet, Scores>; articles: Record<GoldSet, string[]>;
  /** Each rule's proposals on the held-out articles (see scoreRules). */
  heldOutRules: RuleScore[];
}

export function evaluate(allGolds = loadGold(), articleDir = ARTICLE_DIR): Evaluation {
  const golds = allGolds.filter((g) => (SETS as readonly string[]).includes(g.set));
  const extracted = new Map(golds.map((g) => [g.article, proposalsOf(g, articleDir)]));
  const perArticle = Object.fromEntries(golds.map((g) => [g.article, scoreFacts(g, extracted.get(g.article)!)]));
  const inSet = (set: GoldSet) => golds.filter((g) => g.set === set);
  return {
    perArticle,
    bySet: Object.fromEntries(SETS.map((set) => [set, total(inSet(set).map((g) => perArticle[g.article]!))])) as Record<GoldSet, Scores>,
    articles: Object.fromEntries(SETS.map((set) => [set, inSet(set).map((g) => g.article)])) as Record<GoldSet, string[]>,
    heldOutRules: tallyRules(inSet('held-out').map((g) => [g, extracted.get(g.article)!])),
  };
}
