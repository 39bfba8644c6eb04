// The statements pass: reported words (rules/statements.ts) with their speaker (passes/speakers.ts),
// their date (the one next to the verb, never one inside the words) and what they are about.
import { collectionByName } from '../../collections/index.js';
import { printedStatementEnds, STATEMENT_RULES as R } from '../rules/statements.js';
import { CAPITALS_HONORIFIC, PEOPLE_RULES } from '../rules/people.js';
import { capitalize, type Sentence, type Span } from '../text.js';
import type { Cite, PassContext, StatementDraft } from './context.js';
import { orgById, speakerLabel } from './entities.js';
import { bodyByHead, itSpeaker, personByTitle, pronounSpeaker, speakerIn, speakerOf, UNRESOLVED_SPEAKER, type SpeakerMemory } from './speakers.js';

/** Statements carry a relative date only where their schema can mark it derived. */
const STATEMENTS_HAVE_DERIVED = 'derived' in collectionByName.get('statements')!.schema.properties;

interface Words { kind: StatementDraft['kind']; text: string; about: Span | null; cite: Cite | null; rule: string; dated: boolean; dateIn?: Span }

/**
 * Adds a statement when its words are long enough to say something and every quote occurs once;
 * `about` is where the mentions it is about are read, `dateIn` where its date is read: the words that
 * attribute it ("said on Monday"), never a date inside what was said.
 */
function addStatement(x: PassContext, s: Sentence, speaker: string, w: Words): boolean {
  // Fewer than four words are a fragment, unless one is a figure ("60,000 had marched": a side's count of a crowd).
  const length = w.text.split(/\s+/).length;
  if (length < 3 || (length < 4 && !/\d/u.test(w.text))) return false;
  const dateIn = w.dateIn ?? s;
  const date = w.dated ? x.doc.dates.get(s.index)!.find((d) => !d.end && (!d.derived || STATEMENTS_HAVE_DERIVED)
    && s.start + d.index >= dateIn.start && s.start + d.index < dateIn.end) : undefined;
  const statement: StatementDraft = {
    id: x.newId(`${speakerLabel(x, speaker)} ${w.text.split(/\s+/).slice(0, 5).join(' ')}`), speaker_id: speaker, kind: w.kind,
    text: w.kind === 'quote' ? `${w.text}.`.replace(/([.!?])\.$/, '$1') : `${capitalize(w.text)}.`, date: date?.start ?? null, date_precision: date?.precision ?? null,
    about_ids: w.about ? [...new Set(x.doc.mentionsIn(w.about).map((m) => m.id).filter((id) => id !== speaker))] : [], rules: [w.rule], citations: [],
  };
  if (STATEMENTS_HAVE_DERIVED && date) x.inferDate(statement, date);
  x.addCitation(statement, w.cite);
  if (!statement.citations.length || !statement.citations.every((c) => x.doc.unique(c.quote))) return false;
  x.facts.statements.push(statement);
  return true;
}

/** Remembers who spoke last, and where; a statement whose speaker a pronoun or a head word gave names that rule too. */
function noteSpeaker(x: PassContext, memory: SpeakerMemory, s: Sentence, speaker: string, speakerRule: string | null): void {
  if (speakerRule) x.ruled(x.facts.statements.at(-1)!, speakerRule);
  if (speaker === UNRESOLVED_SPEAKER) return;
  memory.lastSpeaker = speaker;
  memory.lastSentence = s.index;
}

/** The rule that found a speaker named by a pronoun, by "it" or by a head word, else null. */
function speakerRuleOf(words: string): string | null {
  if (/^(?:he|she)\b/i.test(words)) return R.pronounSpeaker.id;
  if (/^it\b/i.test(words)) return R.itSpeaker.id;
  return /^(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?$/u.test(words) && R.bodyByHead.pattern.test(words) ? R.bodyByHead.id : null;
}

/** Who the words after a verb name as the speaker: a person or body named, "he", "she", "it", or a title or body named again. */
function namedSpeaker(x: PassContext, s: Sentence, span: Span, words: string, memory: SpeakerMemory, upTo?: number): string | null {
  const pronoun = /^(?:he|she)\b/i.exec(words);
  if (pronoun) return pronounSpeaker(x, pronoun[0], span.start, memory);
  if (/^it\b/i.test(words)) return itSpeaker(x, s, memory);
  return speakerIn(x, span) ?? (/^the\s/i.test(words) ? titledSpeaker(x, span, words, s.start) ?? bodyByHead(x, words, s.start, upTo) : bodyByHead(x, words, s.start, upTo));
}

/** "the commissioner said": the title's holder, now mentioned there, so a "she" after it finds her. */
function titledSpeaker(x: PassContext, span: Span, words: string, before: number): string | null {
  const holder = personByTitle(x, words, before);
  if (holder) x.doc.mention(holder, 'person', span.start, span.end);
  return holder;
}

/** Words that open a phrase of asking, time or place before a sentence's subject ("Asked about the permit, Barrett said …"). */
const OPENING_PHRASE = /^(?:Asked|Pressed|Questioned|Responding|Answering|Speaking|Writing|After|Before|During|Later|Earlier|Afterwards|Outside|Inside|At|On|In)\b/u;
/** The most words a subject after an opening phrase has ("the deputy commissioner in charge of operations"). */
const SUBJECT_WORDS = 8;

/**
 * Where the clause holding a verb starts: after the last ", and", ", but", ", while" or ";" before it, or after a
 * relative clause's opening (", at which", ", where", ", when"): "a meeting between the police and the club, at
 * which the visitors said …" has "the visitors" speak, not the bodies named before.
 */
function clauseStart(s: Sentence, verbAt: number): number {
  const before = s.text.slice(0, verbAt);
  const boundary = [...before.matchAll(/,\s+(?:and|but|while|whereas|where|when|(?:at|in|during|after)\s+which)\s|;\s/gu)].at(-1);
  const start = boundary ? boundary.index + boundary[0].length : 0;
  // "Asked whether …, the commissioner said": a phrase of asking, time or place opening the sentence is no part of the subject.
  const comma = before.indexOf(', ');
  const subject = before.slice(comma + 2).trim();
  const opened = start === 0 && OPENING_PHRASE.test(before) && comma > 0 && subject !== '' && subject.split(/\s+/).length <= SUBJECT_WORDS;
  return s.start + (opened ? comma + 2 : start);
}

/** The subject of a verb's clause without a relative clause set off after it ("the federation, which called the strike with …,"). */
function clauseSubject(x: PassContext, s: Sentence, verbAt: number): Span {
  const start = clauseStart(s, verbAt);
  const relative = /,\s+(?:which|who|whose)\s/u.exec(x.doc.text.slice(start, s.start + verbAt));
  return { start, end: relative ? start + relative.index : s.start + verbAt };
}

/** The speaker a later clause's own subject names: a person or body, "he", "she", "it", or a title or body named again. */
function ownClauseSpeaker(x: PassContext, s: Sentence, subject: Span, memory: SpeakerMemory): string | null {
  const words = x.doc.text.slice(subject.start, subject.end).trim();
  if (!words) return null;
  const named = speakerIn(x, subject);
  if (named || /^(?:he|she|it)\b/i.test(words)) return named ?? namedSpeaker(x, s, subject, words, memory);
  // "…, according to police; the federation said …": the body named again may be named earlier in the same sentence.
  return (/^the\s/i.test(words) ? titledSpeaker(x, subject, words, subject.start) : null) ?? bodyByHead(x, words, subject.start);
}

/** The rules that take the words after a speech verb ("X said (that) …", "…, adding that …"). */
const VERB_RULES = [R.thatClause, R.participle, R.saidClause];

/** The earliest speech verb of VERB_RULES in a text, with its rule: "He said A, but added that B" opens at "said". */
export function earliestSpeechVerb(text: string): readonly [(typeof VERB_RULES)[number], RegExpExecArray] | undefined {
  return VERB_RULES.map((rule) => [rule, rule.pattern.exec(text)] as const)
    .filter((pair): pair is readonly [(typeof VERB_RULES)[number], RegExpExecArray] => pair[1] !== null)
    .sort((a, b) => a[1].index - b[1].index)[0];
}

/** What follows the words said rather than belonging to them: "…, citing …", "…, while …". */
const AFTER_THE_WORDS = /,\s+(?:citing|according to|while|whereas|as\s+they)\b.*$/su;
/** A second speech verb of the same speaker joined to the first ("…, but added that …"): the words go on. */
const JOINED_VERB = /,\s+(but|and)\s+(?:also\s+)?(?:added|said|noted|stressed|warned|insisted)\s+that\s+/gu;

/** The words after a speech verb as said: what follows them cut, a joined verb of the same speaker dropped ("A, but B"). */
export const saidWords = (raw: string) => raw.replace(AFTER_THE_WORDS, '').replace(/[.!]?["”]?$/u, '').replace(JOINED_VERB, ', $1 ').trim();

/** A verb of saying refused or denied before its words: "declined to say whether", "would not say if". */
const REFUSED_TO_SAY = /\b(?:declined|refused|declines|refuses|would\s+not|will\s+not|did\s+not|could\s+not|wouldn['’]t|didn['’]t)\s+(?:to\s+)?(?:say|comment|confirm|disclose|reveal|tell)\s*$/iu;

/** Words after a speech verb: "X said (that) …", "…, adding that …". */
function afterVerb(x: PassContext, s: Sentence, memory: SpeakerMemory): boolean {
  const found = earliestSpeechVerb(s.text);
  return found ? saidAt(x, s, found, memory) : false;
}

/** ", and the Harbour Police said …", maybe with its acronym ("the Lake Police (LP) said"): a second speaker's own clause after the first one's words. */
const SECOND_SPEAKER = /,\s+and\s+(?=(?:the\s+)?\p{Lu}[\p{L}'’.-]{0,40}(?:\s+\p{Lu}[\p{L}'’.-]{0,40}){0,5}(?:\s+\(\p{Lu}{2,8}\))?\s+(?:said|says|say|added|told)\s)/u;

/**
 * The words after a speech verb at `found`, up to a second speaker's clause ("The Harbour Police said A, and the
 * Lake Police said B"), which is read in turn as a statement of its own.
 */
function saidAt(x: PassContext, s: Sentence, found: NonNullable<ReturnType<typeof earliestSpeechVerb>>, memory: SpeakerMemory): boolean {
  const [rule, speechAt] = found;
  // "…, declined to say whether any money had been paid": a verb of saying refused says nothing.
  if (REFUSED_TO_SAY.test(s.text.slice(Math.max(0, speechAt.index - 24), speechAt.index + speechAt[0].length))) return true;
  // The speaker is the subject of the verb's own clause ("The RCMP will send 400, and the provincial police said it would …").
  const subject = clauseSubject(x, s, speechAt.index);
  // A clause of its own ("…, and the club said"): its subject alone names the speaker, never a body of the clause before.
  const speaker = subject.start > s.start ? ownClauseSpeaker(x, s, subject, memory) : speakerOf(x, s, { start: s.start, end: s.start + speechAt.index }, memory);
  // No speaker before the verb: the words may be attributed after it ("…, said Ada Moen, a skipper."), which the later rules read.
  if (!speaker) return false;
  const contentStart = s.start + speechAt.index + speechAt[0].length;
  const second = SECOND_SPEAKER.exec(x.doc.text.slice(contentStart, s.end));
  const contentEnd = second ? contentStart + second.index : s.end;
  const raw = x.doc.text.slice(contentStart, contentEnd);
  if (!raw.trim() && speechAt[0].trimEnd().endsWith(':')) return quotedBelow(x, s, speaker, rule.id, memory);
  const quoted = /^["“]([^"”]+)["”]\.?$/.exec(raw.trim());
  const content = saidWords(raw);
  const cite = quoted ? { source: x.doc.source, quote: content.startsWith('"') || content.startsWith('“') ? raw.trim() : content } : x.doc.cite(s.start, s.end);
  // The date of the words is next to the verb ("said on Monday that"), or opens the sentence ("On Monday, …").
  const dateIn = /^(?:On|Last|Earlier on)\s+\p{Lu}\p{Ll}+day\b/u.test(s.text) ? { start: s.start, end: contentStart } : { start: s.start + speechAt.index, end: contentStart };
  const words: Words = { kind: quoted ? 'quote' : 'paraphrase', text: quoted ? quoted[1]!.replace(/[.!]$/, '').trim() : content.replace(/["“”]/g, ''), about: { start: contentStart, end: contentEnd }, cite, rule: rule.id, dated: true, dateIn };
  const subjectWords = x.doc.text.slice(subject.start, s.start + speechAt.index).trim();
  const speakerRule = R.pronounSpeaker.pattern.test(s.text) ? R.pronounSpeaker.id : speakerIn(x, { start: subject.start, end: s.start + speechAt.index }) ? null : speakerRuleOf(subjectWords);
  if (addStatement(x, s, speaker, words)) noteSpeaker(x, memory, s, speaker, speakerRule);
  const next = second ? earliestSpeechVerb(x.doc.text.slice(contentEnd, s.end)) : undefined;
  if (next) {
    next[1].index += contentEnd - s.start;
    saidAt(x, s, next, memory);
  }
  return true;
}

/**
 * "Professor Ada Moen, harbour historian, comments:" and the quoted paragraph on the line below: its first sentence is
 * the speaker's quote, as a colon after a verb of speech takes the words after it on its own line.
 */
function quotedBelow(x: PassContext, s: Sentence, speaker: string, rule: string, memory: SpeakerMemory): boolean {
  const below = x.doc.sentences[s.index + 1];
  if (!below || !/^["“]/u.test(below.text) || !x.doc.text.slice(s.end, below.start).includes('\n')) return false;
  quoteParagraph(x, below, speaker, rule, memory, s);
  return true;
}

/** A sentence that is one quote from its opening mark to its close, the speaker named on a line above it (`namedIn`). */
function quoteParagraph(x: PassContext, quote: Sentence, speaker: string, rule: string, memory: SpeakerMemory, namedIn: Sentence): void {
  const text = quote.text.replace(/^["“]/u, '').replace(/["”]$/u, '').replace(/[.!]$/u, '').trim();
  if (addStatement(x, quote, speaker, { kind: 'quote', text, about: quote, cite: x.doc.cite(quote.start, quote.end), rule, dated: false })) noteSpeaker(x, memory, namedIn, speaker, null);
}

/**
 * A person named beside the verb whom no person was read for ("said Ada Moen, chief steward of the Harbour
 * Authority"; rule statement.unread-person): the words are theirs, so the body of their title is no speaker
 * and the statement is listed as unresolved.
 */
function unreadPerson(x: PassContext, attributed: string, span: Span, named: string | null): string | null {
  if (!named || x.doc.mentionsIn(span).some((m) => m.type === 'person')) return null;
  const person = R.unreadPerson.pattern.exec(attributed);
  const name = person?.groups!.name ?? person?.groups!.name_before;
  const at = name ? x.doc.text.indexOf(name, span.start) : -1;
  return at >= 0 && !x.doc.mentionsIn({ start: at, end: at + name!.length }).length ? UNRESOLVED_SPEAKER : null;
}

/** Quoted words attributed after the quote: "…," Holm said. */
function trailingAttribution(x: PassContext, s: Sentence, memory: SpeakerMemory): boolean {
  const trailing = R.trailing.pattern.exec(s.text);
  if (!trailing) return false;
  const g = trailing.groups as { words?: string; after?: string; words_before?: string; before?: string };
  const attributed = (g.after ?? g.before ?? '').trim();
  const attribution = { start: s.start + trailing.index + trailing[0].length - (g.after ?? g.before ?? '').length - 20, end: s.end };
  const named = speakerIn(x, attribution);
  const verb = /\s(?:said|says|added|told|stated|announced|confirmed)\b/u.exec(attributed);
  const speakerWords = verb ? attributed.slice(0, verb.index).trim() : attributed;
  const who = unreadPerson(x, g.after !== undefined ? attributed : speakerWords, attribution, named) ?? named ?? namedSpeaker(x, s, { start: s.start + trailing.index + trailing[0].length - attributed.length, end: s.end }, speakerWords, memory);
  const text = (g.words ?? g.words_before)!.trim().replace(/[,.]$/, '');
  if (who && addStatement(x, s, who, { kind: 'quote', text, about: null, cite: x.doc.cite(s.start, s.end), rule: R.trailing.id, dated: false })) noteSpeaker(x, memory, s, who, named ? null : speakerRuleOf(speakerWords));
  return true;
}

/** A paraphrase whose speaker is named at its end. */
function attributedAfter(x: PassContext, s: Sentence, memory: SpeakerMemory): boolean {
  const after = R.attributedAfter.pattern.exec(s.text);
  if (!after) return false;
  const { words, attribution: said, speaker } = after.groups as { words: string; attribution: string; speaker: string };
  // The speaker is read in the attribution alone, never in a clause after it ("…, police said, after 500 officers …").
  const attribution = { start: s.start + words.length, end: s.start + words.length + said.length };
  // "…, she said.": the pronoun's person (statement.pronoun-speaker) named before the sentence, never one inside the
  // words reported; with none, the statement is listed as unresolved.
  const pronoun = /^(?:he|she|it)$/i.test(speaker);
  const named = pronoun ? null : speakerIn(x, attribution);
  const who = named ?? namedSpeaker(x, s, { start: s.start, end: s.start }, speaker, memory, attribution.start);
  if (who && addStatement(x, s, who, { kind: 'paraphrase', text: words, about: { start: s.start, end: s.start + words.length }, cite: x.doc.cite(s.start, s.end), rule: R.attributedAfter.id, dated: true, dateIn: attribution })) noteSpeaker(x, memory, s, who, named ? null : speakerRuleOf(speaker));
  return true;
}

/** "The pier reopens in May, said harbour master Jan Holm.": the speaker named after the verb, never a name inside the words. */
function speakerAfterVerb(x: PassContext, s: Sentence, memory: SpeakerMemory): boolean {
  const m = R.speakerAfterVerb.pattern.exec(s.text);
  if (!m) return false;
  const { words, verb } = m.groups as { words: string; verb: string };
  const attribution = { start: s.start + m[0].indexOf(verb, words.length), end: s.end };
  const named = x.doc.text.slice(attribution.start + verb.length, attribution.end).trim();
  const found = speakerIn(x, attribution);
  const who = found ?? (/^the\s/i.test(named) ? personByTitle(x, named, s.start) ?? bodyByHead(x, named, s.start) : null);
  if (!who) return false;
  if (addStatement(x, s, who, { kind: 'paraphrase', text: words, about: { start: s.start, end: s.start + words.length }, cite: x.doc.cite(s.start, s.end), rule: R.speakerAfterVerb.id, dated: true, dateIn: attribution })) noteSpeaker(x, memory, s, who, found ? null : speakerRuleOf(named));
  return true;
}

/** A name alone closing a sentence after a comma (", Ada Events.", ", the Harbour Rowing Club (HRC)."): an apposition. */
const APPOSED_NAME = /^,\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}'’-]*|\(\p{Lu}+\)))*\.$/u;

/** A paraphrase closed by its source: "…, according to the prefecture." */
function accordingTo(x: PassContext, s: Sentence, memory: SpeakerMemory): void {
  // "According to the police, …" (rule statement.according-to-first) opens with its source; "…, according to the police" closes with it.
  const first = R.accordingToFirst.pattern.exec(s.text);
  const m = first ?? R.accordingTo.pattern.exec(s.text);
  if (!m) return;
  const rule = first ? R.accordingToFirst : R.accordingTo;
  const { words, attribution: said, speaker } = m.groups as { words: string; attribution: string; speaker: string };
  const start = s.start + (first ? 0 : m[0].indexOf(said, words.length));
  const wordsAt = s.start + (first ? m[0].lastIndexOf(words) : 0);
  // "…, according to the promoter, Ada Events.": a name set off after the source is the source's, and so read with it.
  const named = speakerIn(x, { start, end: APPOSED_NAME.test(s.text.slice(start - s.start + said.length)) ? s.end : start + said.length });
  const who = named ?? namedSpeaker(x, s, { start, end: start + said.length }, speaker.trim(), memory);
  if (who && addStatement(x, s, who, { kind: 'paraphrase', text: words, about: { start: wordsAt, end: wordsAt + words.length }, cite: x.doc.cite(s.start, s.end), rule: rule.id, dated: false })) noteSpeaker(x, memory, s, who, named ? null : speakerRuleOf(speaker.trim()));
}

/** An auxiliary or adverb between a subject and its verb ("had earlier", "has also"). */
const BEFORE_THE_VERB = /^(?:had|has|have|also|earlier|later|again|first|initially|previously|already|now)$/u;

/** A subject's words without the auxiliary and adverbs (up to three) that close them before the verb. */
function withoutAuxiliaries(words: string): string {
  const split = words.split(/\s+/u);
  for (let i = 0; i < 3 && split.length > 1 && BEFORE_THE_VERB.test(split.at(-1)!); i++) split.pop();
  return split.join(' ');
}

/** "The police put the crowd at about 9,000": the source's figure, said by the subject of the verb's clause. */
function estimate(x: PassContext, s: Sentence, memory: SpeakerMemory): void {
  const m = R.estimate.pattern.exec(s.text);
  if (!m) return;
  const phrase = m.groups!.estimate!;
  const subject = clauseSubject(x, s, m.index);
  // "The office had earlier put …": the subject without the auxiliary and adverbs before the verb.
  const words = withoutAuxiliaries(x.doc.text.slice(subject.start, subject.end).trim());
  const named = speakerIn(x, subject);
  const who = named ?? namedSpeaker(x, s, subject, words, memory);
  const cite = x.doc.cite(s.start, s.end);
  if (!who || !addStatement(x, s, who, { kind: 'paraphrase', text: phrase, about: { start: s.start + m.index, end: s.start + m.index + phrase.length }, cite, rule: R.estimate.id, dated: true, dateIn: subject })) return;
  noteSpeaker(x, memory, s, who, named ? null : speakerRuleOf(words));
  // "… put the crowd at about 120 and said 15 officers had watched the vigil" (rule statement.and-said): what it said next.
  const next = R.andSaid.pattern.exec(s.text.slice(m.index + phrase.length));
  if (!next) return;
  const at = s.end - next.groups!.words!.length - 1;
  addStatement(x, s, who, { kind: 'paraphrase', text: next.groups!.words!, about: { start: at, end: s.end - 1 }, cite, rule: R.andSaid.id, dated: true, dateIn: subject });
}

/** "The march was counted at 9,000 people by the harbour police" (rule statement.estimate-by): the figure, said by the body named after "by". */
function estimateBy(x: PassContext, s: Sentence, memory: SpeakerMemory): void {
  const m = R.estimateBy.pattern.exec(s.text);
  if (!m) return;
  const { estimate: phrase, source } = m.groups as { estimate: string; source: string };
  const at = s.start + m.index + m[0].length - source.length;
  const span = { start: at, end: at + source.length };
  const who = speakerIn(x, span) ?? bodyByHead(x, source.trim(), s.start);
  const subject = x.doc.text.slice(s.start, s.start + m.index).trim();
  if (who && addStatement(x, s, who, { kind: 'paraphrase', text: `${subject} ${phrase.replace(/^(?:was|were)\s+/, '')}`.replace(/^(?:The|the)\s+/, ''), about: { start: s.start, end: s.start + m.index + phrase.length }, cite: x.doc.cite(s.start, s.end), rule: R.estimateBy.id, dated: true, dateIn: span })) noteSpeaker(x, memory, s, who, null);
}

/** Quoted words a speaker calls something by: "Holm called the pier "a gift to the city"". */
function characterisation(x: PassContext, s: Sentence, memory: SpeakerMemory): void {
  const m = R.characterisation.pattern.exec(s.text);
  if (!m) return;
  const { subject: words, words: quoted } = m.groups as { subject: string; words: string };
  const subject = { start: s.start + m.index + m[0].indexOf(words), end: s.start + m.index + m[0].indexOf(words) + words.length };
  // "the mayor, Ada Holm, called …": the person's mention begins with the title before the subject's words.
  const titled = x.doc.mentionsIn({ start: s.start, end: subject.end }, 'person').find((p) => p.end === subject.end);
  const named = speakerIn(x, subject) ?? titled?.id ?? null;
  const pronoun = /^(?:he|she)$/i.exec(words.trim());
  const who = named ?? (pronoun ? pronounSpeaker(x, pronoun[0], s.start, memory) : null);
  const text = quoted.trim().replace(/[,.]$/, '');
  if (who && addStatement(x, s, who, { kind: 'quote', text, about: null, cite: x.doc.cite(s.start, s.end), rule: R.characterisation.id, dated: false })) noteSpeaker(x, memory, s, who, pronoun ? R.pronounSpeaker.id : null);
}

/** A list item's marker: a dash, an asterisk, a bullet or a number ("- ", "* ", "2. "). */
const LIST_MARKER = /^(?:[-*•]|\d{1,2}[.)])\s+/u;

/**
 * A list whose lead line names its source (rule statement.list-lead): one statement of that source, its text
 * and citation the first item. The source is read in the words that name it alone, a body named again by its
 * head noun or a title as elsewhere; with none found, no statement.
 */
function listLead(x: PassContext, s: Sentence, memory: SpeakerMemory): void {
  const item = x.doc.sentences[s.index + 1];
  const marker = item && x.doc.lineStart(item.start) === item.start ? LIST_MARKER.exec(item.text) : null;
  const m = marker && R.listLead.pattern.exec(s.text);
  if (!item || !marker || !m) return;
  const source = m.groups!.by ?? m.groups!.according ?? m.groups!.subject!;
  const at = s.start + m.index + m[0].indexOf(source);
  const span = { start: at, end: at + source.length };
  const named = speakerIn(x, span);
  const who = named ?? (/^the\s/i.test(source.trim()) ? personByTitle(x, source.trim(), s.start) ?? bodyByHead(x, source.trim(), s.start) : null);
  const start = item.start + marker[0].length;
  const text = item.text.slice(marker[0].length).replace(/[;.,]$/u, '').trim();
  if (who && addStatement(x, item, who, { kind: 'paraphrase', text, about: { start, end: item.end }, cite: x.doc.cite(start, item.end), rule: R.listLead.id, dated: false })) noteSpeaker(x, memory, s, who, named ? null : speakerRuleOf(source.trim()));
}

/** The longest answer read as one quote, in characters (a long paragraph). */
const MAX_ANSWER = 3000;

/**
 * The person the introduction says was interviewed: the first one named after "spoke to", "interviewed", else
 * the last one named before it, who spoke to the outlet ("Jan Holm, the harbour master, spoke to Wire"), or by "he" or
 * "she", the person named last before the sentence ("She spoke to Wire on Thursday").
 */
function interviewee(x: PassContext): string | null {
  for (const s of x.doc.sentences) {
    const m = R.interviewee.pattern.exec(s.text);
    if (!m) continue;
    const person = x.doc.mentionsIn({ start: s.start + m.index, end: s.end }, 'person')[0] ?? x.doc.mentionsIn({ start: s.start, end: s.start + m.index }, 'person').at(-1)
      // "She spoke to Wire at her office": the person the sentence before named.
      ?? (/^(?:He|She)\s+$/u.test(s.text.slice(0, m.index)) ? x.doc.mentionIndex.lastBefore(s.start, (n) => n.type === 'person' && !x.doc.quoted(n.start)) : undefined);
    if (person) return person.id;
  }
  return null;
}

/** The label that opens a sentence's line in a transcript ("A", "Q", "Holm"), or null on an unlabelled line. */
function lineLabel(x: PassContext, s: Sentence): { label: string; start: number; end: number } | null {
  const lineStart = x.doc.lineStart(s.start);
  // Past the sentence's end: "MRS." of "MRS. MOEN:" may end a sentence as the splitter reads it.
  const m = R.transcriptAnswer.pattern.exec(x.doc.text.slice(lineStart, lineStart + 90));
  return m ? { label: m.groups!.label!, start: lineStart, end: lineStart + m[0].length } : null;
}

/** A courtesy title opening a label in capitals ("MRS. MOEN"), left off when the label is matched to a name. */
const AFTER_HONORIFIC = new RegExp(`^${CAPITALS_HONORIFIC}\\s+`, 'u');

/** The presiding officer's label, whose lines run a sitting ("THE PRESIDENT OF THE ASSEMBLY:", "THE SPEAKER:", "THE CHAIR:"). */
const PRESIDING = /^THE\s+(?:(?:DEPUTY\s+)?SPEAKER|CHAIR(?:MAN|WOMAN|PERSON)?|PRESIDING\s+(?:OFFICER|JUDGE)|CLERK|PRESIDENT\s+OF\s+THE\s+(?:ASSEMBLY|SENATE|HOUSE|CHAMBER|COUNCIL|SITTING))\b/u;

/**
 * The person a line's label names: the name in brackets after a title ("THE MINISTER OF TRANSPORT (Ada Moen)"), the
 * one a title alone was given by such a label before ("THE MINISTER OF TRANSPORT"), else the person named last
 * whose name ends with the label, in any case and after a courtesy title ("HOLM", "MRS. ADA MOEN", "MRS. MOEN").
 */
function labelled(x: PassContext, line: { label: string; end: number }): string | null {
  const inBrackets = /\(([^()]+)\)$/u.exec(line.label)?.[1]?.toLowerCase();
  if (inBrackets) return x.facts.people.find((p) => String(p.name ?? '').toLowerCase() === inBrackets)?.id ?? null;
  const title = /^THE\s(.+)$/u.exec(line.label)?.[1]?.replace(/\s+/gu, ' ').trim().toLowerCase();
  if (title) return x.facts.people.find((p) => p.roles.some((r) => r.title.toLowerCase() === title))?.id ?? null;
  const label = line.label.replace(AFTER_HONORIFIC, '').toLowerCase();
  // The last mention before the line of a person the label names (binary search over the label's mentions).
  const named = mentionsLabelled(x, label);
  let [low, high] = [0, named.length];
  while (low < high) { const mid = (low + high) >> 1; if (named[mid]!.start < line.end) low = mid + 1; else high = mid; }
  return named[low - 1]?.id ?? null;
}

/** Per article, per label and count of mentions: the person mentions a label names, by offset. */
const labelledMentions = new WeakMap<PassContext, Map<string, Array<{ start: number; id: string }>>>();

/**
 * The mentions of people whose words or name end with a line's label ("Moen" of "MOEN:"; "Ada Moen, Deputy
 * Commissioner …" is "MOEN"), found once per label while
 * no mention is added: searched back through every mention on every line, a transcript was quadratic in its length.
 */
function mentionsLabelled(x: PassContext, label: string): Array<{ start: number; id: string }> {
  let seen = labelledMentions.get(x);
  if (!seen) labelledMentions.set(x, seen = new Map());
  const key = `${x.doc.mentions.length}|${label}`;
  let found = seen.get(key);
  if (found === undefined) {
    const names = new Map(x.facts.people.map((p) => [p.id, String(p.name ?? '').toLowerCase()]));
    found = x.doc.mentions.filter((m) => m.type === 'person' && (x.doc.text.slice(m.start, m.end).toLowerCase().endsWith(label) || (names.get(m.id) ?? '').endsWith(label)))
      .map((m) => ({ start: m.start, id: m.id })).sort((a, b) => a.start - b.start);
    seen.set(key, found);
  }
  return found;
}

/**
 * A transcript's labelled line: the words of the one labelled, verbatim, one quote per answer (the line
 * may hold several sentences). Returns whether the sentence is on a labelled line: then no other
 * statement rule reads it, and "Q:" lines give nothing.
 */
function transcriptLine(x: PassContext, s: Sentence, answerer: string | null, memory: SpeakerMemory, turn: Turn): boolean {
  const line = lineLabel(x, s);
  if (!line) return turn.questions ? unlabelledAnswer(x, s, answerer!, memory, turn) : continuedTurn(x, s, memory, turn);
  // The answer is read once, from the sentence that opens its line.
  if (s.start > line.start) return turn.speaker !== null || /^Q(?:uestion)?$/.test(line.label) || PRESIDING.test(line.label) || labelled(x, line) !== null;
  turn.speaker = null;
  if (/^Q(?:uestion)?$/.test(line.label) || PRESIDING.test(line.label)) return true;
  const named = /^A(?:nswer)?$/.test(line.label) ? answerer : labelled(x, line);
  if (!named) return false;
  const end = readAnswer(x, s, named, line.end, memory);
  if (end === null) return false;
  // A speech printed as an assembly prints it goes on over the paragraphs after its label.
  if (SPOKEN_IN_CAPITALS.test(line.label)) Object.assign(turn, { speaker: named, end });
  return true;
}

/**
 * Who holds the floor in a transcript in capitals or an interview printed without labels, and where the words read
 * as theirs so far end; `questions`: the article is such an interview (unlabelledInterview).
 */
interface Turn { speaker: string | null; end: number; questions: boolean; asked?: boolean }

/** The paragraph a sentence opens, when it opens one (else null). */
function paragraphOpened(x: PassContext, s: Sentence): string | null {
  if (x.doc.lineStart(s.start) !== s.start) return null;
  const lineEnd = x.doc.text.indexOf('\n', s.start);
  return x.doc.text.slice(s.start, lineEnd < 0 ? x.doc.text.length : lineEnd);
}

/** Whether the article is an interview printed without labels (rule statement.unlabelled-answer): two question paragraphs or more, and someone interviewed. */
function unlabelledInterview(x: PassContext, answerer: string | null): boolean {
  if (!answerer) return false;
  let questions = 0;
  for (const s of x.doc.sentences) if (R.unlabelledAnswer.pattern.test(paragraphOpened(x, s) ?? '') && ++questions >= 2) return true;
  return false;
}

/** The persons a transcript's list of speakers numbers (rule person.cast-list), by number, with where each list line starts. */
function castNumbers(x: PassContext): Map<string, { speaker: string; listed: number }> {
  const cast = new Map<string, { speaker: string; listed: number }>();
  for (const m of x.matches(PEOPLE_RULES.castList.pattern)) {
    const person = x.doc.mentionsIn({ start: m.pos, end: m.pos + m[0].length }, 'person')[0];
    if (person) cast.set(m.groups!.number!, { speaker: person.id, listed: m.pos });
  }
  return cast;
}

/**
 * A line of a transcript opened by a number in brackets (rule statement.numbered-speaker): one quote of the person
 * the list of speakers gives that number, or nothing for a number it gives no one (the reporters' questions).
 * Returns whether the sentence is on such a line, past the list itself.
 */
function numberedLine(x: PassContext, s: Sentence, cast: Map<string, { speaker: string; listed: number }>, memory: SpeakerMemory, turn: Turn): boolean {
  const lineStart = x.doc.lineStart(s.start);
  const m = R.numberedSpeaker.pattern.exec(x.doc.text.slice(lineStart, lineStart + 8));
  if (!m || [...cast.values()].some((c) => c.listed === lineStart)) return false;
  const listed = cast.get(m.groups!.number!);
  if (s.start > lineStart || !listed) return true;
  const end = readAnswer(x, s, listed.speaker, lineStart + m[0].length, memory, R.numberedSpeaker.id);
  if (end !== null) Object.assign(turn, { speaker: null, end });
  return true;
}

/** A printed statement's paragraph worth a quote: words ending a sentence, not a heading or a salutation. */
const STATED_PARAGRAPH = /[.!?"”]\s*$/u;

/**
 * A statement an article prints in full (rule statement.printed-in-full): its speaker, named before "made the
 * following statement", and the paragraphs after the one saying so, up to one that ends it (printedStatementEnds); null
 * when the article prints none or names no speaker.
 */
function printedStatement(x: PassContext): Printed | null {
  const s = x.doc.sentences.find((sentence) => R.printedInFull.pattern.test(sentence.text));
  if (!s) return letter(x);
  const at = s.start + R.printedInFull.pattern.exec(s.text)!.index;
  const speaker = x.doc.mentionsIn({ start: s.start, end: at }).filter((m) => m.type === 'person' || m.type === 'organization').at(-1);
  const start = x.doc.text.indexOf('\n', s.end);
  if (!speaker || start < 0) return null;
  let end = x.doc.text.length;
  for (const later of x.doc.sentences) {
    const paragraph = later.start > start ? paragraphOpened(x, later) : null;
    if (paragraph !== null && printedStatementEnds(paragraph)) { end = later.start; break; }
  }
  return { speaker: speaker.id, start, end, rule: R.printedInFull.id };
}

/** Where a letter's paragraphs are and whose (rule statement.letter): after its salutation, up to its writer's signature (person.letter-signature). */
function letter(x: PassContext): Printed | null {
  const salutation = R.letter.pattern.exec(x.doc.text);
  if (!salutation) return null;
  const start = salutation.index + salutation[0].length;
  const signers = new Set(x.facts.people.filter((p) => p.rules?.includes(PEOPLE_RULES.letterSignature.id)).map((p) => p.id));
  const signed = signers.size ? x.doc.mentionIndex.within(start, x.doc.text.length).find((m) => signers.has(m.id) && x.doc.text[m.start - 1] === '\n') : undefined;
  return signed ? { speaker: signed.id, start, end: signed.start, rule: R.letter.id } : null;
}

/** A statement printed in full or a letter: its speaker, the span of its paragraphs and the rule that read it. */
interface Printed { speaker: string; start: number; end: number; rule: string }

/** A paragraph of a statement printed in full, read as one quote of its speaker (the sentence still read by the other rules). */
function printedParagraph(x: PassContext, s: Sentence, printed: Printed, memory: SpeakerMemory): void {
  if (s.start < printed.start || s.start >= printed.end) return;
  const paragraph = paragraphOpened(x, s);
  if (paragraph !== null && STATED_PARAGRAPH.test(paragraph) && !/,\s*$/u.test(paragraph)) readAnswer(x, s, printed.speaker, s.start, memory, printed.rule);
}

/** Words of the one who speaks: a short paragraph holding one goes on with the answer ("I have seen worse days."), no prompt. */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us|me)\b/u;
/** The most characters between an answer and the paragraph after it (blank lines): more, and something stands between. */
const PARAGRAPH_GAP = 16;
/** The longest paragraph read as the interviewer's prompt after an answer ("There were reports of tear gas."), in characters. */
const PROMPT_LENGTH = 200;

/**
 * In an interview printed without labels, a question's paragraph is the interviewer's (no statement), and so is a
 * short paragraph without quotation marks or words of the one who speaks ("I", "we") right after an answer (a
 * prompt: "The organisers say you used force.");
 * the paragraph right after either is the interviewee's answer, one quote. The answer's sentences are read by the
 * other rules too, for what the interviewee reports of others ("The ministry says the zone will stay closed."); any
 * other paragraph ends the answer ("After the interview, the union's spokesman said …"). Returns whether the
 * sentence is the interviewer's.
 */
function unlabelledAnswer(x: PassContext, s: Sentence, answerer: string, memory: SpeakerMemory, turn: Turn): boolean {
  const paragraph = paragraphOpened(x, s);
  if (paragraph === null) return false;
  const next = s.start - turn.end <= PARAGRAPH_GAP && !/\S/u.test(x.doc.text.slice(turn.end, s.start));
  const prompt = R.unlabelledAnswer.pattern.test(paragraph) || (turn.speaker !== null && next && paragraph.trim().length <= PROMPT_LENGTH && !/["“”]/u.test(paragraph) && !FIRST_PERSON.test(paragraph));
  if (prompt) { Object.assign(turn, { speaker: null, end: s.start + paragraph.length, asked: true }); return true; }
  const asked = turn.asked === true && next;
  Object.assign(turn, { speaker: null, asked: false });
  const end = asked ? readAnswer(x, s, answerer, s.start, memory, R.unlabelledAnswer.id) : null;
  if (end !== null) Object.assign(turn, { speaker: answerer, end });
  return false;
}

/** A transcript's label in capitals: its speaker's turn goes on in the paragraphs after it. */
const SPOKEN_IN_CAPITALS = new RegExp(`^(?:THE\\s|${CAPITALS_HONORIFIC}\\s)`, 'u');

/**
 * A paragraph with no label right after a labelled speech in capitals goes on with that speech, as one more quote
 * of its speaker; an aside in brackets ("(The sitting was suspended.)") or any other line ends the turn.
 */
function continuedTurn(x: PassContext, s: Sentence, memory: SpeakerMemory, turn: Turn): boolean {
  if (turn.speaker === null) return false;
  if (s.start < turn.end) return true;
  const lineStart = x.doc.lineStart(s.start);
  if (lineStart !== s.start || /\S/u.test(x.doc.text.slice(turn.end, s.start)) || /^[([]/u.test(s.text)) {
    turn.speaker = null;
    return false;
  }
  const end = readAnswer(x, s, turn.speaker, lineStart, memory);
  if (end === null) { turn.speaker = null; return false; }
  turn.end = end;
  return true;
}

/** Reads the rest of a line from `from` as one quote of `speaker`; returns where the line ends, or null for no answer. */
function readAnswer(x: PassContext, s: Sentence, speaker: string, from: number, memory: SpeakerMemory, rule = R.transcriptAnswer.id): number | null {
  // Read once per answer, so the scan to the line's end is paid once per line.
  const lineEnd = x.doc.text.indexOf('\n', from);
  const end = lineEnd < 0 ? x.doc.text.length : lineEnd;
  // An answer is a paragraph; a "label" opening a line longer than that is no transcript.
  if (end - from > MAX_ANSWER) return null;
  const words = x.doc.text.slice(from, end).trim();
  const answer: Words = { kind: 'quote', text: words.replace(/[.!]$/, ''), about: { start: from, end }, cite: x.doc.cite(from, from + words.length), rule, dated: false };
  if (addStatement(x, s, speaker, answer)) noteSpeaker(x, memory, s, speaker, null);
  return end;
}

/** The longest line a release's signature is (a name, a title, a body), in characters. */
const SIGNATURE_LINE = 80;

/**
 * The body a release is issued by (rule statement.release-voice): the one named on its last line when that is a
 * signature (short, no full stop), else the one opening its first sentence that is no heading; null when no line
 * of the article's first three says it is a release (statement.release-heading).
 */
function releaseIssuer(x: PassContext): string | null {
  const opening = x.doc.text.split('\n').filter((line) => line.trim()).slice(0, 3).join('\n');
  if (!R.releaseHeading.pattern.test(opening)) return null;
  const lastLine = x.doc.text.trimEnd();
  const start = lastLine.lastIndexOf('\n') + 1;
  const signature = lastLine.slice(start);
  const signed = signature.length <= SIGNATURE_LINE && !/[.!?]$/u.test(signature) ? x.doc.mentionsIn({ start, end: lastLine.length }, 'organization')[0] : undefined;
  if (signed) return signed.id;
  const first = x.doc.sentences.find((s) => !x.doc.isHeading(s) && !x.doc.isTitle(s) && !R.releaseHeading.pattern.test(s.text));
  const body = first && x.doc.mentionsIn({ start: first.start, end: first.start + Math.min(60, first.text.length) }, 'organization')[0];
  return body && first && body.start - first.start <= 4 ? body.id : null;
}

/**
 * A release's sentence in its issuer's voice (rule statement.release-voice): "We will …", "The Police Department
 * reminds everyone that …" when each capitalised word before the head word is in the issuer's name. Returns
 * whether the sentence was read so.
 */
function releaseVoice(x: PassContext, s: Sentence, issuer: string, memory: SpeakerMemory): boolean {
  const m = x.doc.quoted(s.start) ? null : R.releaseVoice.pattern.exec(s.text);
  if (!m) return false;
  const name = String(orgById(x, issuer)?.name ?? '').toLowerCase();
  const qualifier = (m.groups!.qualifier ?? '').trim();
  if (qualifier && !qualifier.split(/\s+/u).every((word) => name.includes(word.toLowerCase()))) return false;
  // "… reminds everyone that X": what is said is X; "… asks the public to Y": the request, verb and all.
  const that = m.groups!.verb ? /^[^.,;]{0,40}?\bthat\s+/u.exec(s.text.slice(m[0].length)) : null;
  const from = m.groups!.verb ? m[0].length - m.groups!.verb.length + (that ? m.groups!.verb.length + that.index + that[0].length : 0) : 0;
  const text = s.text.slice(from).replace(/[.!]$/u, '').trim();
  const words: Words = { kind: 'paraphrase', text, about: { start: s.start + from, end: s.end }, cite: x.doc.cite(s.start, s.end), rule: R.releaseVoice.id, dated: false };
  if (addStatement(x, s, issuer, words)) noteSpeaker(x, memory, s, issuer, R.releaseHeading.id);
  return true;
}

/**
 * A line giving a named person's quoted words after their name and a colon (rule statement.labelled-quote): one quote,
 * its sentences read by no other rule. Returns the indexes of the sentences the quotes hold.
 */
function labelledQuotes(x: PassContext, memory: SpeakerMemory): Set<number> {
  const held = new Set<number>();
  for (const m of x.matches(R.labelledQuote.pattern)) {
    const { label, words } = m.groups as { label: string; words: string };
    const at = m.pos + m[0].indexOf(label);
    const person = x.doc.mentionsIn({ start: at, end: at + label.length }, 'person').find((p) => p.start === at);
    if (!person) continue;
    const open = m.pos + m[0].lastIndexOf(words) - 1;
    const quote = x.doc.sentenceAt(open);
    const text = words.replace(/[.!]$/u, '').trim();
    if (!addStatement(x, quote, person.id, { kind: 'quote', text, about: null, cite: x.doc.cite(open, m.pos + m[0].trimEnd().length), rule: R.labelledQuote.id, dated: false })) continue;
    noteSpeaker(x, memory, quote, person.id, null);
    for (let i = quote.index; i < x.doc.sentences.length && x.doc.sentences[i]!.start < m.pos + m[0].length; i++) held.add(i);
  }
  return held;
}

/**
 * The quoted paragraphs printed below a caption line naming their speaker (rules person.caption,
 * statement.caption-quote), by the sentence that opens each: the person the caption line names.
 */
function captionSpeakers(x: PassContext): Map<number, string> {
  const speakers = new Map<number, string>();
  for (const m of x.matches(PEOPLE_RULES.caption.pattern)) {
    // The person the line names, read by this rule or by one before it ("Ada Moen, fish trader": an appositive).
    const person = x.facts.people.find((p) => p.name === m.groups!.name);
    if (person) speakers.set(x.doc.sentenceAt(m.pos + m[0].length - 1).index, person.id);
  }
  return speakers;
}

export function statements(x: PassContext): void {
  const memory: SpeakerMemory = { lastSpeaker: null, lastSentence: -1, genders: new Map() };
  const answerer = interviewee(x);
  const issuer = releaseIssuer(x);
  const turn: Turn = { speaker: null, end: 0, questions: unlabelledInterview(x, answerer) };
  const printed = printedStatement(x);
  const cast = castNumbers(x);
  const captioned = captionSpeakers(x);
  const labelled = labelledQuotes(x, memory);
  for (const s of x.doc.sentences) {
    if (labelled.has(s.index)) continue;
    const captionedBy = captioned.get(s.index);
    // A caption's quoted paragraph: the named person's quote.
    if (captionedBy && R.captionQuote.pattern.test(s.text)) { quoteParagraph(x, s, captionedBy, R.captionQuote.id, memory, s); continue; }
    if (printed) printedParagraph(x, s, printed, memory);
    if (cast.size && numberedLine(x, s, cast, memory, turn)) continue;
    if ((issuer && releaseVoice(x, s, issuer, memory)) || transcriptLine(x, s, answerer, memory, turn) || speakerAfterVerb(x, s, memory)) continue;
    estimate(x, s, memory);
    estimateBy(x, s, memory);
    const spoken = afterVerb(x, s, memory);
    const trailing = !spoken && trailingAttribution(x, s, memory);
    if (spoken || trailing || attributedAfter(x, s, memory)) continue;
    accordingTo(x, s, memory);
    characterisation(x, s, memory);
    listLead(x, s, memory);
  }
}
