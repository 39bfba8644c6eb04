// The measures pass: security measures named by the measure rules (rules/measures.ts), with the period,
// places and operators the sentence gives them. Closures and bans are named by their own clause, so two
// closures of one article stay two measures.
import { capitalize, type Sentence, type Span } from '../text.js';
import { CLOSURE_LIST, MEASURE_OPERATOR_RULES as OPERATOR, MEASURE_RULES, SEALS_OFF, type MeasureRule } from '../rules/measures.js';
import { isDayOfSaying, twoDayPeriod, type FoundDate } from '../dates.js';
import { VIEW_VERBS } from '../lexicon.js';
import type { Found, MeasureDraft, PassContext } from './context.js';
import { CRITIC } from './deployments.js';
import { orgById } from './entities.js';
import { bodyByHead } from './speakers.js';

/** A measure's name as compared: lower case, one space, no article or possessive. */
const normalize = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').replace(/^the /, '').replace(/'s$/, '').trim();

/** Where a clause opens: a bullet, a semicolon or colon, ", and", a reporting verb or "that" before it. */
const CLAUSE_OPENS = /^[-•*]\s*|[;:(—–]\s*|,\s+(?:and|but|while|whereas|so|with|when|after|before|because|as|until)\s+|\b(?:said|says|added|announced|warned)\s+(?:on\s+\p{L}+\s+)?(?:that\s+)?|\bthat\s+|\b(?:ordered|orders)\s+|\sand\s+(?=(?:has|have|had|will|would)\s)/giu;
/** Where a clause ends after the measure's words: punctuation, or the words that open its period or another clause ("and ban drones over …" another measure's). */
const CLAUSE_ENDS = /[,;:.()—–]|\s(?:from|on|for|until|till|between|during|throughout|before|after|starting|while|when|as|except|but|so|which|where|unless|if|and\s+(?:will|would|are|is|were|was|ban|bar|keep|close|shut|impose|set\s+up))\s/iu;
/** "…, where the leaders will meet, …": a relative clause inside the subject says nothing of the measure. */
const RELATIVE = /,\s*(?:where|which|who|whose|when)\s[^,]{0,80},/giu;
/** Auxiliaries between the subject and the measure's word: "will be closed" is named "closed". */
// "not" is never cut with them: "are not allowed" is named "not allowed", not "allowed".
const AUXILIARY = /\b(?:will|would|must|shall|could|may|can|is|are|was|were|has|have|had|remains?|stays?)(?:\s+(?:also|all|be|been|remain|stay)){0,3}(?=\s+(?:closed|shut|banned|prohibited|forbidden|not|no\s+longer|exit-only|barred|sealed|cordoned|fenced|ringed|allowed|kept|suspended)\b)/giu;
/** "The bridge will not be closed": a closure denied is no closure. */
const DENIED = /\bnot\s+(?:be\s+|been\s+)?$/i;
/** "No street will be closed", "None of the bridges was shut": a closure denied by its subject is none either. Counter-example: "No later than Friday, the road will be closed". */
const DENIED_BY_SUBJECT = /(?:^|[.;:]\s*)(?:[Nn]o|[Nn]one\s+of\s+the)\s+(?:[\p{L}-]+\s+){1,3}(?:will|would|is|are|was|were|has|have|had)\s+(?:(?:be|been)\s+)?$/u;
/** "Residents say the road closures …", "Critics argue that the centre is closed …": a view of a measure, not one announced. */
const VIEW = new RegExp(`\\b(?:${VIEW_VERBS}|says)\\b`, 'i');
/** "The residents' association said the road closure had cut them off": critics speaking of a measure announce none. */
const CRITICS_SAY = new RegExp(`${CRITIC.source}[^.;]{0,60}\\b(?:said|says|say|complained|argued|told)\\b`, 'i');
/** Subjects of an airspace restriction, not of a ban. */
const AIRSPACE_WORDS = /\b(?:drones?|aircraft|flights?|flying|airspace)\b/i;

/** A zone or a cordon as the subject of a closing verb: what it closes is the zone's, no closure of its own. */
const ZONE_CLOSES = /\b(?:perimeters?|cordons?|zones?)\s+(?:will\s+|would\s+)?$/i;

/** A ban's noun and the "on" that names what it bans: "ban on", "prohibition on". */
const BAN_ON = /^(?:bans?|prohibitions?)( on)\s/i;

/** The clause of the sentence around a match, as an article span; "no alcohol …" opens its own ("no longer allowed" does not). */
function clauseAround(s: Sentence, m: Found): Span {
  const at = m.pos - s.start;
  let start = 0;
  if (/^no\s(?!longer\b)/i.test(m[0])) start = at;
  else for (const open of s.text.slice(0, at).matchAll(CLAUSE_OPENS)) start = open.index + open[0].length;
  // "a ban on hawking along the road": the "on" after a ban names what is banned, it opens no period.
  const after = at + m[0].length + (BAN_ON.exec(s.text.slice(at, at + m[0].length + 4))?.[1]?.length ?? 0);
  const end = CLAUSE_ENDS.exec(s.text.slice(after, after + 160));
  return { start: s.start + start, end: s.start + after + (end ? end.index : Math.min(160, s.text.length - after)) };
}

/** A measure's name from its clause: the subject and the words, without auxiliaries, a relative clause or a leading article. */
function clauseName(text: string): string {
  const name = text.replace(RELATIVE, '').replace(AUXILIARY, '').replace(/\b(not|no\s+longer)\s+be\s+/gi, '$1 ').replace(/\s+/g, ' ').trim()
    .replace(/^(?:the|a|an)\s+/i, '').replace(/ (?:and|or|in|at|to)$/i, '');
  return capitalize(name);
}

/** The name a phrase rule gives its measure: drone bans of any wording are one "Drone flight ban" or "Drone ban". */
export function phraseName(phrase: string): string {
  if (/banned$/i.test(phrase)) return 'Drone flight ban';
  if (/^(?:ban on drones|(?:no )?drones? .*(?:prohibited|barred|flown|(?:allowed|permitted)(?: \p{L}+)?)|(?:the )?flying (?:of )?drones|(?:banned|barred|prohibited) drones|no drones?\b.*|ban(?:s|ned|ning)? (?:all )?drones?(?: flights)?|keep(?:s|ing)? drones out of)$/iu.test(phrase)) return 'Drone ban';
  if (/^(?:check(?:s|ing)? (?:\p{L}+ )?bags\b.*|(?:every|each) bag .*checked|check\p{L}* (?:every|each) (?:bag|backpack))$/iu.test(phrase)) return 'Bag checks';
  // "search bags", "bags will be searched", "bag searches": one measure however it is worded.
  if (/^(?:search(?:es|ing)? (?:\p{L}+ ){0,2}bags|bags (?:\p{L}+ ){0,2}searched|bag searches|(?:every|each) bag .*searched|search\p{L}* (?:every|each) (?:bag|backpack))$/iu.test(phrase)) return 'Bag searches';
  if (/^(?:(?:clos|shut)\p{L}* (?:the |its )?|restrict\p{L}* (?:the|its) )airspace$/iu.test(phrase)) return 'Airspace closure';
  // "closed the sky over the route to drones": named as a closure is, by what is closed ("Sky over the route closed to drones").
  const sky = /^(?:clos|shut)\p{L}* the (sky|skies) (.+) to (.+)$/iu.exec(phrase);
  if (sky) return capitalize(`${sky[1]} ${sky[2]} closed to ${sky[3]}`);
  // "check the identity of everyone entering": checks named by what is checked, as "identity checks" are.
  if (/^check\p{L}* (?:the )?(?:identity|identities|ID) of$/iu.test(phrase)) return 'Identity checks';
  if (/^check\p{L}* (?:the )?(?:papers|documents) of$/iu.test(phrase)) return 'Document checks';
  // "visitors will pass through police checkpoints": the checkpoints, named as such.
  const through = /^(?:pass|go)\p{L}* through ((?:police |security )?checkpoints?)$/iu.exec(phrase);
  if (through) return capitalize(through[1]!);
  // "monitor the square with cameras": a watching named by its means, as the review's forms name it.
  if (/^(?:monitor|watch|observ)/iu.test(phrase) && phrase.includes(' with ')) return capitalize(phrase.slice(phrase.lastIndexOf(' with ') + 6));
  return capitalize(phrase);
}

/** "has banned", "will ban": a body's ban told in the active voice, its object after the verb. */
const ACTIVE_BAN = /\b(?:has|have|had|will|would|to)\s+(?:also\s+|now\s+)?$/iu;
/** Where what a ban forbids ends: a preposition of place or time, a reason, a clause. */
const BANNED_ENDS = /\s(?:on|in|at|over|within|from|until|till|for|during|around|near|along|across|because|after|before|between|inside|outside|throughout)\s|[,;:]/iu;

/**
 * What an active ban forbids, when its verb has a subject ("The council has banned barbecues and campfires in the
 * forest until Sunday" forbids "barbecues and campfires"): a few lowercase words; undefined for any other match.
 */
function activeBanObject(x: PassContext, m: Found, span: Span): string | undefined {
  if (!/^banned$/i.test(m[0]) || !ACTIVE_BAN.test(x.doc.text.slice(span.start, m.pos))) return undefined;
  const after = x.doc.text.slice(m.pos + m[0].length, span.end).trim();
  const object = after.slice(0, after.search(BANNED_ENDS) < 0 ? after.length : after.search(BANNED_ENDS)).replace(/^(?:all|any)\s+/iu, '').trim();
  const words = object.split(/\s+/);
  return object && words.length <= 6 && words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) ? object : undefined;
}

/** What a verb before its object closes or bans, named object first: "Harbour Road to traffic" is "Harbour Road closed to traffic". */
function objectNamed(object: string, done: string): string {
  const to = object.search(/\sto\s/u);
  return to >= 0 ? `${object.slice(0, to).trim()} ${done} ${object.slice(to + 1)}` : `${object} ${done}`;
}

/** The noun naming the checks a verb does. */
const CHECKS: Record<string, string> = { search: 'Searches', check: 'Checks', screen: 'Screenings' };
/** A verb of checking people with only its determiner matched ("search every"): its object is read on. */
const CHECK_OF_EVERY = /^(search|check|screen)(?:es|s|ing)?\s+(?:of\s+)?(?:every|each|all)$/iu;
/** The most words of what is checked. */
const CHECKED_WORDS = 4;
/** Where the object of a verb ends: a preposition or a conjunction. */
export const OBJECT_ENDS = /\s(?:over|in|on|at|from|for|during|around|near|within|along|across|to|until|by|and|after|before|between)\s/iu;

/**
 * An inspection named by its act and what it checks, when its rule matched the verb and a determiner only:
 * "will search every away fan at the gates" is "Searches of away fans" (ingest and the review form name it so).
 * Undefined for any other match.
 */
export function checksName(match: string, after: string): string | undefined {
  const verb = CHECK_OF_EVERY.exec(match.trim())?.[1];
  const object = verb ? after.split(OBJECT_ENDS)[0]!.split(/[,;:.!?]/u)[0]!.trim() : '';
  const words = object.split(/\s+/);
  if (!verb || !object || words.length > CHECKED_WORDS || !words.every((word) => /^\p{Ll}+$/u.test(word))) return undefined;
  const plural = /s$/u.test(object) ? object : `${object}s`;
  return `${CHECKS[verb.toLowerCase()]} of ${plural}`;
}

const SEALS_OFF_VERB = new RegExp(`^${SEALS_OFF}$`, 'iu');
/** Where a sentence goes on to another clause: ", and the square was ringed …" is not the closure's. */
const OTHER_CLAUSE = /[;:]|,\s+(?:and|while|but|whereas)\s/u;
/** The words of access kept to some people only (rule measure.restricted-access), as a test of a clause. */
const RESTRICTED_ACCESS = ((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')))(MEASURE_RULES.find((rule) => rule.id === 'measure.restricted-access')!);

/**
 * A zone named by what a verb before its object seals off ("will fence off the Palace of Justice from 8 p.m." is
 * "Palace of Justice fenced off"), as ingest names it; undefined for any other match. The review's forms name it so.
 */
export function sealedOffName(match: string, after: string): string | undefined {
  if (!SEALS_OFF_VERB.test(match)) return undefined;
  const object = after.split(OBJECT_ENDS)[0]!.split(/[,;:.!?]/u)[0]!.trim();
  return object ? clauseName(objectNamed(object, `${/^(?:seal|cordon|fenc)/iu.exec(match)![0].toLowerCase()}ed off`)) : undefined;
}

/** Words that make a closure named after them what someone opposes: "against the road closure", "over the closure of". */
const OPPOSED = /\b(?:against|over|protesting|opposing|oppose[sd]?|in\s+protest\s+at)\s+(?:the|a|its|their|this)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Name and span of a match, or null when a clause rule's guards do not hold in its clause. */
/**
 * "The council (HC) closed the Esplanade to traffic": "closed" with no auxiliary before it and an article after it is
 * a body's act, what it closed the object ("Esplanade closed to traffic"); "The road was closed the whole day" is not.
 */
const closedSomething = (x: PassContext, m: Found, span: Span) => /^(?:closed|shut)$/i.test(m[0])
  && !/\b(?:was|were|be|been|being|is|are|remains?|remained|stays?|stayed|get|gets|got|had|has|have)\s+(?:\p{L}+ly\s+)?$/iu.test(x.doc.text.slice(span.start, m.pos))
  && /^\s+(?:the|its|their|all|both)\s+\p{L}/u.test(x.doc.text.slice(m.pos + m[0].length, span.end));

function named(x: PassContext, rule: MeasureRule, m: Found, s: Sentence): { name: string; span: Span } | null {
  if (CRITICS_SAY.test(x.doc.text.slice(s.start, m.pos))) return null;
  if (rule.naming !== 'clause') {
    const checks = checksName(m[0], x.doc.text.slice(m.pos + m[0].length, s.end));
    return { name: checks ?? phraseName(m[0].replace(/["“”]/g, '').trim()), span: { start: m.pos, end: m.pos + m[0].length } };
  }
  if (VIEW.test(x.doc.text.slice(s.start, m.pos))) return null;
  if (rule.measureKind === 'closure' && (DENIED.test(x.doc.text.slice(Math.max(s.start, m.pos - 16), m.pos)) || DENIED_BY_SUBJECT.test(x.doc.text.slice(s.start, m.pos)))) return null;
  // "drivers marched against the Pirita Road closure", "to protest against the alcohol ban": the closure or ban a gathering
  // opposes is its target, said elsewhere if at all.
  if (/^(?:closures?|bans?)$/iu.test(m[0]) && OPPOSED.test(x.doc.text.slice(Math.max(s.start, m.pos - 60), m.pos))) return null;
  const span = clauseAround(s, m);
  const text = x.doc.text.slice(span.start, span.end);
  if (!Object.values(rule.guards ?? {}).every((g) => g.test(text))) return null;
  if (rule.measureKind === 'ban' && AIRSPACE_WORDS.test(text)) return null;
  // "a security perimeter will close the square to traffic": the perimeter's own effect, one measure, not a closure too.
  if (rule.measureKind === 'closure' && ZONE_CLOSES.test(x.doc.text.slice(span.start, m.pos))) return null;
  // "The square was closed to everyone except holders of invitations": access kept to some, a restricted zone only.
  if (rule.measureKind === 'closure' && RESTRICTED_ACCESS.test(x.doc.text.slice(span.start, s.end).split(OTHER_CLAUSE)[0]!)) return null;
  // "The council will close the north exit": what is closed is the object, the council its operator.
  // "… issued an order banning flares along the route": what is banned is the object.
  // "The police will fence off the courthouse": what is sealed off is the object, named "Courthouse fenced off".
  const sealed = sealedOffName(m[0], x.doc.text.slice(m.pos + m[0].length, span.end));
  const object = /^(?:clos(?:e|ing)|banning)$/i.test(m[0]) || closedSomething(x, m, span) ? x.doc.text.slice(m.pos + m[0].length, span.end) : null;
  const banned = object === null ? activeBanObject(x, m, span) : null;
  const name = sealed ?? (banned ? capitalize(`${banned} banned`) : object === null ? clauseName(text) : clauseName(objectNamed(object, /^banning$/i.test(m[0]) ? 'banned' : 'closed')));
  // A clause of one or two words ("Closures") names nothing; one of over twenty is not a clause read right.
  const words = name.split(' ').length;
  return words >= 2 && words <= 20 ? { name, span } : null;
}

/** Words right before a day that make it an end only: "until Sunday", "until 6 p.m. on Sunday". */
const UNTIL_DAY = /\b(?:until|till)\s+(?:(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|midnight|noon)\s+)?(?:on\s+)?(?:the\s+)?$/i;
/** Words right before a day that make it a start only: "from Wednesday", "from 6 p.m. on Wednesday", "since Saturday". */
export const FROM_DAY = /\b(?:from|since)\s+(?:(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}[.:]\d{2}|midnight|noon|dawn)\s+)?(?:on\s+)?(?:the\s+)?$/i;

/**
 * The period stated close after the measure's words: a range, or two days written as one ("from 5 a.m. on
 * Thursday until 2 a.m. on Friday", dates.ts twoDayPeriod), else one day ("closed on Saturday").
 */
function periodOf(x: PassContext, s: Sentence, span: Span, clause: boolean): FoundDate | undefined {
  // A day of saying or issuing ("under a decree the ministry issued on Tuesday") dates the words, not the measure.
  const near = (d: FoundDate) => s.start + d.index >= span.start && s.start + d.index <= span.end + 80 && !isDayOfSaying(s.text, d);
  const dates = x.doc.dates.get(s.index)!;
  return dates.find((d) => d.end && near(d)) ?? twoDayPeriod(s.text, dates.filter(near))
    ?? (clause ? dates.find((d) => d.precision === 'day' && near(d)) : undefined);
}

/**
 * The words between a body and the measure it imposes as the subject of the measure's verb: "The aviation
 * agency has banned drones", "The port police will carry out bag checks", "The council will open a fan zone". Counter-example: "The agency said
 * drones are banned" puts a verb of saying between them: the body reports, it does not impose.
 */
const SUBJECT_GAP = /^(?:'s)?\s+(?:(?:has|have|had|will|would|is|are|was|were|also|now|to|be)\s+){0,3}(?:(?:carry|carries|carried|carrying)\s+out\s+|(?:conduct|run|impose|introduce|enforce|install|open)(?:s|ed|ing)?\s+(?:an?\s+)?|set\s+up\s+(?:an?\s+)?)?$/i;

/**
 * A second verb of the body's own ("The council will close the bridge on Friday and has banned drones"): the
 * body is the subject of the first verb, and "and" goes on with it; so does a body right before "and" ("officers
 * from the Patrol Service and would close the side streets"). Counter-example: "… and the square has been closed"
 * names another subject.
 */
const SAME_SUBJECT_GOES_ON = /^\s+(?:(?:has|have|had|will|would|is|are|was|were|also)\s+){1,3}[a-z]+\b[^;:]{0,160}?\sand\s+(?:(?:has|have|had|will|would|also)\s+){0,2}$|^\s+and\s+$/u;

/** A sentence's subject named again by a body's head word ("The municipal police", "The agency", "The city" before "has"). */
const HEAD_SUBJECT = /^(?:The|the)\s+(?:[a-z-]{3,20}\s+(?!(?:has|have|had|will|would|is|are|was|were|also)\b))?[a-z-]+/u;

/**
 * The body right before a measure's words that is the subject of their verb (SUBJECT_GAP): named there, or
 * named again by its head word as the sentence's subject ("The municipal police will also check bags", the
 * article's one body whose name holds those words).
 */
function subjectBody(x: PassContext, s: Sentence, span: Span): string[] {
  const body = x.doc.mentionsIn({ start: s.start, end: span.start }, 'organization').at(-1);
  if (body) {
    const gap = x.doc.text.slice(body.end, span.start);
    return SUBJECT_GAP.test(gap) || SAME_SUBJECT_GOES_ON.test(gap) ? [body.id] : [];
  }
  const subject = HEAD_SUBJECT.exec(x.doc.text.slice(s.start, span.start))?.[0];
  if (!subject || !SUBJECT_GAP.test(x.doc.text.slice(s.start + subject.length, span.start))) return [];
  const id = bodyByHead(x, subject, s.start);
  return id ? [id] : [];
}

/** A clause's verb right after its subject: "has also banned", "will close", "closed". */
const VERB_AFTER_SUBJECT = /^\s+(?:(?:has|have|had|will|would|also|now)\s+){0,3}\p{Ll}{3,}\b/u;

/** A clause that opens on a body named again by its head word ("The city has also banned …"): that body. */
function headSubjectOf(x: PassContext, span: Span): string[] {
  const words = x.doc.text.slice(span.start, span.end);
  const subject = HEAD_SUBJECT.exec(words)?.[0];
  const id = subject && VERB_AFTER_SUBJECT.test(words.slice(subject.length)) ? bodyByHead(x, subject, span.start) : null;
  return id ? [id] : [];
}

/**
 * Bodies that impose or run the measure: named in its clause, the subject of its verb, or after "declared
 * by", "approved by", "agreed with".
 */
function operatorsOf(x: PassContext, s: Sentence, span: Span, clause: boolean): string[] {
  // "declared by the aviation authority", "under an order from the Civil Aviation Agency", "by an order of the Port Authority".
  const by = /\b(?:(?:declared|approved|imposed|ordered|issued|enforced|run|operated|agreed|set|established|introduced)\s+(?:by|with)|under\s+(?:an?\s+)?(?:order|decree|notice|ruling)\s+(?:from|of|by)|by\s+(?:an?\s+)?(?:order|decree)\s+of)\s+(?:the\s+)?/i.exec(x.doc.text.slice(span.end, s.end));
  const after = by ? x.doc.mentionsIn({ start: span.end + by.index, end: s.end }, 'organization').slice(0, 1) : [];
  const named = clause ? x.doc.mentionsIn(span, 'organization').map((o) => o.id) : [];
  // A clause that names no body and opens on its verb ("… and has banned vendors") is imposed by that verb's subject.
  const verbFirst = !clause || /^(?:has|have|had|will|would|also)\s/u.test(x.doc.text.slice(span.start, span.end));
  const inside = named.length ? named : verbFirst ? subjectBody(x, s, span) : headSubjectOf(x, span);
  return [...new Set([...inside, ...after.map((o) => o.id)])];
}

/** With no operator its words name, the body that announces the measure or lists it (rules measure.announced-by, measure.list-lead). */
function announcer(x: PassContext, s: Sentence, measure: MeasureDraft): void {
  const by = announcedBy(x, s);
  const lead = by ? undefined : listLead(x, s);
  const id = by ?? lead;
  if (!id) return;
  measure.operator_ids = [id];
  x.ruled(measure, by ? OPERATOR.announcedBy.id : OPERATOR.listLead.id);
}

/**
 * Bodies whose announcement of a measure is their own doing: a police force, a local or national government.
 * An agency or a ministry may report another's measure ("the aviation authority said drones were banned"), and
 * residents, unions and critics speak of one.
 */
const IMPOSING_KINDS = new Set(['police_force', 'government']);

/** The body that announces the sentence's words (rule measure.announced-by): the subject of "said" at its start, or named after its words. */
function announcedBy(x: PassContext, s: Sentence): string | undefined {
  const body = x.doc.mentionsIn(s, 'organization').find((o) => (o.start <= s.start + 4 || /,\s+(?:the\s+)?$/.test(x.doc.text.slice(Math.max(s.start, o.start - 8), o.start)))
    && OPERATOR.announcedBy.pattern.test(x.doc.text.slice(o.end, Math.min(s.end, o.end + 120)))
    && IMPOSING_KINDS.has(orgById(x, o.id)?.kind ?? '') && !CRITIC.test(orgById(x, o.id)?.name ?? ''));
  return body?.id;
}

/** The body that lists the measures of the list a sentence is an item of (rule measure.list-lead). */
function listLead(x: PassContext, s: Sentence): string | undefined {
  if (!x.doc.isListItem(s.start + 1)) return undefined;
  let lead = x.doc.sentences[s.index - 1];
  while (lead && x.doc.isListItem(lead.start + 1)) lead = x.doc.sentences[lead.index - 1];
  const verb = lead ? OPERATOR.listLead.pattern.exec(lead.text) : null;
  if (!lead || !verb) return undefined;
  return x.doc.mentionsIn({ start: lead.start, end: lead.start + verb.index }, 'organization')[0]?.id;
}

/** A zone closed to what flies ("a restricted zone …, closed to drones and light aircraft"): an airspace restriction. */
const FLYING_WORDS = /\b(?:drones?|aircraft|helicopters?|flights?(?! path)|airspace|no-fly)\b/i;
/** "a maritime exclusion zone": a zone at sea, whatever flies over it. */
const AT_SEA = /\b(?:maritime|sea|naval|marine)\s+$/i;

/** The kind a match proposes: its rule's, but a restricted zone its sentence closes to what flies is an airspace restriction. */
const kindOf = (x: PassContext, rule: MeasureRule, m: Found, s: Sentence): MeasureDraft['kind'] =>
  (rule.measureKind === 'restricted_zone' && rule.naming !== 'clause' && !AT_SEA.test(x.doc.text.slice(Math.max(s.start, m.pos - 12), m.pos))
    && FLYING_WORDS.test(x.doc.text.slice(m.pos, s.end)) ? 'airspace_restriction' : rule.measureKind);

/** A sentence that asks ("Q: Which roads will be closed?", "Can people fly drones over the route?"): it names no measure. */
const QUESTION = /\?["”’]?\s*$/u;

/** Kinds whose words in one sentence name one measure ("CCTV coverage … extended with 150 new cameras"); two airspace words may be two. */
const ONE_PER_SENTENCE = new Set<MeasureDraft['kind']>(['surveillance', 'inspection']);
/** Words that open a clause of its own inside a sentence: "and that", "while", a semicolon. */
const NEW_CLAUSE = /\b(?:and|but) that\b|;|\bwhile\b|\bwhereas\b/i;

/** "the ban on flares", "the closure of the bridge": what the measure is of, named after "the". */
const DEFINITE_MEASURE = /^(?:ban|closure|prohibition) (?:on|of) (?:the )?([\p{L}-]{3,})/iu;

/**
 * "The ban on flares is new" after a list that banned flares: a measure named again with "the", the known one of its
 * kind whose name holds what it is of; a new measure otherwise.
 */
function toldAgain(x: PassContext, kind: MeasureDraft['kind'], name: string, s: Sentence, m: Found): MeasureDraft | undefined {
  const object = DEFINITE_MEASURE.exec(name)?.[1]?.toLowerCase();
  if (!object || !/\b[Tt]he\s+$/.test(x.doc.text.slice(s.start, m.pos))) return undefined;
  return x.facts.measures.find((known) => known.kind === kind && new RegExp(`\\b${object.replace(/s$/, '')}`, 'iu').test(known.name));
}

function found(x: PassContext, rule: MeasureRule, m: Found): void {
  // "We will use a biometric checkpoint," she said: words quoted are not a measure announced.
  if (x.doc.quoted(m.pos)) return;
  const s = x.doc.sentenceAt(m.pos);
  const kind = kindOf(x, rule, m, s);
  // A heading ("ROADS AND CLOSURES", "Fan zones") names a section, not a measure; a question ("Which roads will be closed?") asks of one.
  if (x.doc.isHeading(s) || QUESTION.test(s.text)) return;
  const read = named(x, rule, m, s);
  if (!read) return;
  const { name, span } = read;
  const clause = rule.naming === 'clause';
  let measure = x.facts.measures.find((known) => known.kind === kind && (normalize(known.name) === normalize(name) || normalize(known.name).replace(/s$/, '') === normalize(name).replace(/s$/, '')));
  // One clause is one measure ("Alcohol ban" and "banned" of the same words are not two); so are two words of
  // one kind joined by "and" ("bag searches and metal detectors at every gate"). Counter-example: "a no-fly
  // zone …, and drones are banned" are two.
  if (!measure) measure = x.facts.measures.find((known) => known.kind === kind && known.citations.some((c) => (clause
    ? x.doc.text.slice(span.start, span.end).includes(c.quote)
    : /^(?:\s+(?:and|or)\s+|,\s+)$/.test(x.doc.text.slice(x.doc.quoteStart(c.quote) + c.quote.length, m.pos)))));
  // "Security perimeter around the stadium: only ticket holders allowed inside" is one zone, told twice in one sentence;
  // so is "CCTV coverage … extended with 150 new cameras".
  if (!measure && (rule.id === 'measure.restricted-access' || ONE_PER_SENTENCE.has(kind))) measure = x.facts.measures.find((known) => known.kind === kind && known.citations.some((c) => {
    const at = x.doc.quoteStart(c.quote);
    // "… would patrol with body cameras and that 40 cameras would be watched …": a second clause, a second measure.
    return at >= s.start && at < s.end && (rule.id === 'measure.restricted-access' || !NEW_CLAUSE.test(x.doc.text.slice(Math.min(at + c.quote.length, m.pos), m.pos)));
  }));
  measure ??= toldAgain(x, kind, name, s, m);
  if (!measure) {
    measure = { id: x.newId(name), name, kind, description: null, place_ids: [], start: null, end: null, date_precision: null, operator_ids: [], first_of_its_kind: null, citations: [] } satisfies MeasureDraft;
    x.facts.measures.push(measure);
  }
  x.ruled(measure, rule.id);
  const range = periodOf(x, s, span, clause);
  if (range && !measure.start) {
    // "closed from 6 p.m. on Wednesday until the end of the summit", "suspended since Saturday": a start with no stated end leaves the end open.
    const from = !range.end && FROM_DAY.test(s.text.slice(Math.max(0, range.index - 24), range.index));
    // "banned … until Sunday": the day it ends; when it began the words do not say.
    const until = !range.end && UNTIL_DAY.test(s.text.slice(Math.max(0, range.index - 24), range.index));
    Object.assign(measure, { start: until ? null : range.start, end: range.end ?? (from ? null : range.start), date_precision: range.precision });
    x.inferDate(measure, range);
  }
  const placeSpan = { start: span.start, end: Math.min(s.end, span.end + 40) };
  // "Drones will not be allowed to fly over" the places named right after.
  const placesAfter = /\b(?:over|above|near|around|outside)\s*$/u.test(x.doc.text.slice(span.start, span.end));
  if (clause || placesAfter || /\bbased in\b|\bin\b/.test(x.doc.text.slice(span.start, placeSpan.end))) measure.place_ids = [...new Set([...measure.place_ids, ...x.doc.placesIn(placeSpan)])];
  // A place inside a phrase's own words is where it applies ("monitor Harbour Square with cameras").
  else measure.place_ids = [...new Set([...measure.place_ids, ...x.doc.placesIn(span)])];
  measure.operator_ids = [...new Set([...measure.operator_ids, ...operatorsOf(x, s, span, clause)])];
  if (!measure.operator_ids.length) announcer(x, s, measure);
  if (/^\s*(?:[—–\-,]\s*)?a first\b/i.test(x.doc.text.slice(span.end, s.end))) measure.first_of_its_kind = true;
  // The quote runs to the end of the period when the sentence gives one (it starts at or after the measure's words).
  x.addCitation(measure, x.doc.cite(span.start, range ? Math.max(span.end, s.start + range.index + range.text.length) : span.end));
}

/** An item's label and bullet ("- Centre: "), and where its way's words end (its hours, a semicolon). */
const ITEM_LABEL = /^[-•*]\s*(?:[^:,;]{1,40}:\s+)?/u;
const ITEM_END = /,\s+(?:from|between|until|after|before|on)\b|\s\(|[;.]\s*$/u;

/** One item of a closure list (rule measure.closure-list): a closure named by the way it names, when it names one. */
function listedClosure(x: PassContext, item: Sentence): MeasureDraft | null {
  const label = ITEM_LABEL.exec(item.text)![0];
  const rest = item.text.slice(label.length);
  const way = rest.slice(0, ITEM_END.exec(rest)?.index ?? rest.length).trim();
  if (!/\p{Lu}/u.test(way) || way.split(/\s+/).length > 14 || x.facts.measures.some((m) => m.citations.some((c) => item.text.includes(c.quote)))) return null;
  const date = x.doc.dates.get(item.index)!.find((d) => d.precision === 'day');
  const measure: MeasureDraft = { id: x.newId(`${way} closed`), name: capitalize(`${way} closed`), kind: 'closure', description: null, place_ids: x.doc.placesIn(item), start: date?.start ?? null, end: date?.start ?? null, date_precision: date ? 'day' : null, operator_ids: [], first_of_its_kind: null, citations: [], rules: [CLOSURE_LIST.id] };
  if (date) x.inferDate(measure, date);
  x.addCitation(measure, x.doc.cite(item.start, item.end));
  return measure.citations.length ? measure : null;
}

/** The items of lists a closure sentence introduces; the lead's own closure gives way to them. */
function closureLists(x: PassContext): void {
  for (const lead of x.doc.sentences.filter((s) => !x.doc.isHeading(s) && CLOSURE_LIST.pattern.test(s.text))) {
    const items: MeasureDraft[] = [];
    for (let next = x.doc.sentences[lead.index + 1]; next && x.doc.isListItem(next.start + 1); next = x.doc.sentences[next.index + 1]) {
      const closure = listedClosure(x, next);
      if (closure) items.push(closure);
    }
    if (!items.length) continue;
    x.facts.measures = x.facts.measures.filter((m) => m.kind !== 'closure' || !m.citations.every((c) => lead.text.includes(c.quote)));
    x.facts.measures.push(...items);
  }
}

export function measures(x: PassContext): void {
  for (const rule of MEASURE_RULES) for (const m of x.matches(rule.pattern)) found(x, rule, m);
  x.facts.measures = x.facts.measures.filter((m) => m.citations.length);
  closureLists(x);
}
