// The clauses a new statement's or protest's form is filled from, read in the selected words with ingest's own
// rules: what a paraphrase says (the words after the speech verb, or before a trailing attribution, as the
// statements pass takes them; a request made to someone, which its rules do not read yet), and a protest's
// name and target as the protests pass makes them.
import { PROTEST_WORDS, SPEECH_VERBS } from '../ingest/lexicon.js';
import { earliestSpeechVerb, saidWords } from '../ingest/passes/statements.js';
import { unnamedProtestName } from '../ingest/passes/protests.js';
import { PROTEST_TARGET } from '../ingest/rules/protests.js';
import { STATEMENT_RULES as R, TOLD_AUDIENCE } from '../ingest/rules/statements.js';
import { capitalize } from '../ingest/text.js';

/** The fewest words a statement's text has (the statements pass proposes none shorter). */
const STATEMENT_WORDS = 4;
/** The most words of a speaker between the comma and the verb of an attribution closing a sentence. */
const SPEAKER_WORDS = 8;
/** The fewest characters of what was said before a closing attribution (as the attributed-after rule wants). */
const SAID_CHARACTERS = 20;
const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'giu');
/** A speaker's words that open a clause of their own ("…, and Holm said"): no attribution of the words before. */
const CLAUSE_OPENING = /^(?:and|but|while|whereas|which|who|as|when)\b/iu;
/** Words after a verb that say something themselves: a clause ("that …"), more of the sentence (a comma), quoted words. */
const SAYS_MORE = /[,;:"“”]|\bthat\b/u;
/**
 * What may follow a closing attribution's verb: whom it was told to (reporters, or an occasion or outlet by its
 * head noun: "a news conference", "a briefing", "local radio"), then when or where, or nothing ("told reporters
 * after …", "told a news conference in the capital").
 */
const ATTRIBUTION_TAIL = new RegExp(String.raw`^\s*(?:${TOLD_AUDIENCE}\b\s*)?(?:(?:after|before|as|when|while|during|at|in|on|following|ahead\s+of)\s|[.!?]?$)`, 'u');

/**
 * The words before an attribution closing the sentence when no comma sets off what follows its verb, which the
 * attributed-after rule wants ("The pier reopens in May, Holm told reporters after meeting the crews." gives "The
 * pier reopens in May"); read by a scan from the last speech verb back to the comma before it, not a pattern,
 * so it stays linear on long sentences. Counter-examples: "The pier reopens in May, and Holm told the crews that
 * it would." gives nothing (the verb opens a clause of its own, and says more after it), nor "With the pier
 * shut, the mayor urged residents to stay home." (what follows the verb is no time or place of saying).
 */
export function beforeClosingAttribution(words: string): string | undefined {
  const verb = [...words.matchAll(SPEECH_VERB)].at(-1);
  if (!verb) return undefined;
  const comma = words.lastIndexOf(',', verb.index);
  const speaker = words.slice(comma + 1, verb.index).trim();
  if (comma < SAID_CHARACTERS || /["“”]/u.test(words.slice(0, comma)) || !speaker || CLAUSE_OPENING.test(speaker)) return undefined;
  const tail = words.slice(verb.index + verb[0].length);
  if (speaker.split(/\s+/).length > SPEAKER_WORDS || SAYS_MORE.test(tail) || !ATTRIBUTION_TAIL.test(tail)) return undefined;
  return words.slice(0, comma);
}

/** A request made to someone, whom its object names before what they are to do ("asked worshippers to leave …"). */
const REQUEST_VERB = /\b(?:asked|urged|advised|warned|told|instructed|ordered|encouraged|called\s+on|appealed\s+to)\s/iu;
/** The most words whom a request is made to may have, a day included ("worshippers on Monday"). */
const REQUEST_OBJECT_WORDS = 6;

/** A request the words report: where its verb stands, and what it asks, as said. */
export interface Request { verbAt: number; text: string }

/**
 * A request made to someone and what they are to do, which the statement conventions count as what the speaker
 * said, as a gold statement does ("the club asked them not to travel without a ticket"): read by a scan of the
 * few words after the verb for "to" (or "not to") and a lowercase verb, so it stays linear. Its text is the
 * article's words from the verb on ("Asked worshippers on Monday to leave large bags at home."). Counter-examples:
 * "asked for more officers" and "were asked to leave" name no one the request is made to, and give none.
 */
export function requestIn(selected: string): Request | undefined {
  const verb = REQUEST_VERB.exec(selected);
  if (!verb) return undefined;
  const start = verb.index + verb[0].length;
  const words = selected.slice(start).split(' ');
  const to = words.slice(0, REQUEST_OBJECT_WORDS + 1).findIndex((word, at) => word === 'to' && /^\p{Ll}/u.test(words[at + 1] ?? ''));
  const whom = words.slice(0, to).filter((word) => word !== 'not');
  if (to < 1 || !whom.length || whom.some((word) => /[,;:"“”]/u.test(word))) return undefined;
  const text = saidWords(selected.slice(verb.index)).replace(/["“”]/gu, '').trim();
  return { verbAt: verb.index, text: `${capitalize(text)}.` };
}

/** A person's name: one to four capitalised words. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** A speech verb after a name set off by a comma, and what follows it: "…, Maria Kandjii, said …". */
const NAMED_THEN_SAID = /,\s*(?:said|says|added|stated)\s+/u;

/** A body's name of capitalised words, joined by the small words names hold ("International Ski and Snowboard Federation"). */
export const BODY_NAME = /(?<![\p{L}'’.&-])\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:and|of|the|for|&)\s+)?\p{Lu}[\p{L}'’.&-]*)+/gu;

/**
 * How many words a role set off before a name has, a body's name among them counted as one: "The race director of
 * the International Ski and Snowboard Federation" is a role of six words, no clause.
 */
const wordsOfRole = (role: string) => role.replace(BODY_NAME, 'X').split(/\s+/).filter(Boolean).length;

/**
 * The words said after a speaker set off before the verb ("The union's secretary general, Maria Kandjii, said
 * vendors earned …", "Maria Kandjii, said …"), which the rule for a speaker named after the verb would read
 * the other way round; read only when the words before the verb end with a person's name and hold no clause.
 * Counter-example: "The market will reopen in May, said Ivo Lenz, the mayor." (the words before are what was said).
 */
function afterNamedSpeaker(words: string): string | undefined {
  const verb = NAMED_THEN_SAID.exec(words);
  if (!verb || /["“”]/u.test(words.slice(0, verb.index))) return undefined;
  const parts = words.slice(0, verb.index).split(',').map((part) => part.trim());
  const role = parts.slice(0, -1).join(' ');
  if (parts.length > 2 || !PERSON_NAME.test(parts.at(-1)!) || wordsOfRole(role) > SPEAKER_WORDS) return undefined;
  return words.slice(verb.index + verb[0].length);
}

/**
 * A paraphrase's text from the selected words: the words before a speech verb and its speaker closing the
 * sentence ("The pier reopens in May, said Ivo Lenz, the mayor."), else the clause after the first speech verb ("said in a statement
 * that …"), a later verb of the same speaker joined in ("He said A, but added that B": "A, but B"), else the
 * words before an attribution closing the sentence ("…, a spokeswoman said.", "…, Holm told reporters after …"),
 * else a request made to someone ("asked residents to …"); undefined when none is read.
 */
/** Ingest's rule of a paraphrase closed by "according to" and its source (statement.according-to). */
export const ACCORDING_TO = new RegExp(R.accordingTo.pattern.source, R.accordingTo.pattern.flags.replace('g', ''));

export function paraphraseText(selected: string): string | undefined {
  const words = selected.trim();
  const according = ACCORDING_TO.exec(words)?.groups?.words;
  if (according) return `${capitalize(saidWords(according).replace(/["“”]/gu, '').trim())}.`;
  // A speaker after the verb closing the sentence ("…, said Ivo Lenz, the mayor.") is read first, as ingest does,
  // unless the words before the verb end with a person's name ("…, Maria Kandjii, said vendors earned …").
  const named = afterNamedSpeaker(words);
  const beforeSpeaker = named === undefined ? R.speakerAfterVerb.pattern.exec(words)?.groups?.words : undefined;
  if (beforeSpeaker) return `${capitalize(saidWords(beforeSpeaker).replace(/["“”]/gu, '').trim())}.`;
  const trailing = R.attributedAfter.pattern.exec(words)?.groups?.words;
  const verb = earliestSpeechVerb(words)?.[1];
  // A request ("warned drivers not to stop …") whose verb is the first speech verb is what was said, whole.
  const request = requestIn(words);
  if (request && (!verb || request.verbAt <= verb.index)) return request.text;
  const said = (verb && words.slice(verb.index + verb[0].length)) ?? named ?? trailing ?? beforeClosingAttribution(words);
  if (said === undefined) return undefined;
  const text = saidWords(said).replace(/["“”]/gu, '').trim();
  return text.split(/\s+/).length < STATEMENT_WORDS ? undefined : `${capitalize(text)}.`;
}

const PROTEST_WORD = new RegExp(`\\b(?:${PROTEST_WORDS})\\b`, 'iu');
const SLOGAN_PROTEST = new RegExp(`["“]([^"”]{2,40})["”]\\s+(${PROTEST_WORDS})`, 'iu');

/** A verb of holding a gathering, then "a" or "an": the gathering's word follows ("will hold a reading of …", "staged a sit-down"). */
const HOLDS_A = /\b(?:hold|holds|holding|stage|stages|staged|staging|organi[sz]e|organi[sz]es|organi[sz]ed|organi[sz]ing)\s+an?\s+/iu;
/** Words after a gathering's word that say what, where, when or against what: the word before them is the gathering's. */
const AFTER_GATHERING = /^(?:of|in|at|on|outside|near|against|over|before|after|to|for|from|by)$/u;
/** The most words between "a" and a gathering's word ("a silent sit-down"). */
const GATHERING_WORDS = 3;

/**
 * The word of a gathering the words say is held ("will hold a reading of about 200 writers" is a reading, "stage a
 * silent sit-down in …" a sit-down): the last lowercase word after the article before a preposition or the clause's
 * end. Counter-example: "will hold talks with the ministry" has no article, and gives none.
 */
function gatheringHeld(words: string): string | undefined {
  const held = HOLDS_A.exec(words);
  if (!held) return undefined;
  const after = words.slice(held.index + held[0].length).split(/[,;.]/u)[0]!.trim().split(/\s+/u);
  const end = after.findIndex((word) => AFTER_GATHERING.test(word));
  const phrase = after.slice(0, end < 0 ? after.length : end);
  const word = phrase.length <= GATHERING_WORDS ? phrase.at(-1) : undefined;
  return word && /^\p{Ll}[\p{Ll}-]*$/u.test(word) ? word : undefined;
}

/**
 * A protest's name as the protests pass makes it: a slogan in quotation marks before the protest word
 * ("\"No Tolls\" march"), else the word, its first place and its date ("March in Mill Park on 2026-04-12"). A
 * reviewer adds as a protest words with no protest word: named by the gathering they say is held ("Reading in
 * Mill Park on …"), else as a protest, in the same form.
 */
export function protestName(words: string, place: string | undefined, date: string | undefined): string | undefined {
  const slogan = SLOGAN_PROTEST.exec(words);
  if (slogan) return `${slogan[1]} ${slogan[2]}`;
  const word = PROTEST_WORD.exec(words)?.[0] ?? gatheringHeld(words) ?? (place || date ? 'protest' : undefined);
  return word && unnamedProtestName(word, place, date);
}

/** What the protest demands or opposes, as its words state it. */
export function protestTarget(words: string): string | undefined {
  return PROTEST_TARGET.exec(words)?.[1]?.trim();
}
