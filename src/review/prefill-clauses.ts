// The clauses a new statement's or protest's form is filled from, read in the selected words with ingest's own
// rules: what a paraphrase says (the words after the speech verb, or before a trailing attribution, as the
// statements pass takes them), and a protest's name and target as the protests pass makes them.
import { PROTEST_WORDS } from '../ingest/lexicon.js';
import { STATEMENT_RULES as R } from '../ingest/rules/statements.js';
import { capitalize } from '../ingest/text.js';

/** The fewest words a statement's text has (the statements pass proposes none shorter). */
const STATEMENT_WORDS = 4;
/** A second speech verb joined to the first ("…, but added that …"): the speaker goes on, the words are one paraphrase. */
const JOINED_VERB = /,\s+(but|and)\s+(?:also\s+)?(?:added|said|noted|stressed|warned|insisted)\s+that\s+/gu;
/** What follows the words said rather than belonging to them (the statements pass cuts there too). */
const AFTER_THE_WORDS = /,\s+(?:citing|according to|while|whereas|as\s+they)\b.*$/su;

/** The earliest speech verb of the rules that take the words after it, and where the words start. */
function wordsAfterVerb(words: string): string | undefined {
  const found = [R.thatClause, R.participle, R.saidClause]
    .map((rule) => rule.pattern.exec(words))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  return found && words.slice(found.index + found[0].length);
}

/**
 * A paraphrase's text from the selected words: the clause after the first speech verb ("said in a statement
 * that …"), a later verb of the same speaker joined in ("He said A, but added that B": "A, but B"), else the
 * words before an attribution closing the sentence ("…, a spokeswoman said."); undefined when none is read.
 */
export function paraphraseText(selected: string): string | undefined {
  const words = selected.trim();
  const trailing = (R.attributedAfter.pattern.exec(words) ?? R.speakerAfterVerb.pattern.exec(words))?.groups?.words;
  const said = wordsAfterVerb(words) ?? trailing;
  if (said === undefined) return undefined;
  const text = said.replace(AFTER_THE_WORDS, '').replace(JOINED_VERB, ', $1 ').replace(/[.!]?["”]?$/u, '').replace(/["“”]/gu, '').trim();
  return text.split(/\s+/).length < STATEMENT_WORDS ? undefined : `${capitalize(text)}.`;
}

const PROTEST_WORD = new RegExp(`\\b(?:${PROTEST_WORDS})\\b`, 'iu');
const SLOGAN_PROTEST = new RegExp(`["“]([^"”]{2,40})["”]\\s+(${PROTEST_WORDS})`, 'iu');
/** What a protest is for or against: "against the pension reform", "to demand an end to …", "calling for …". */
const PROTEST_TARGET = /\b(?:against|to\s+demand|demanding|calling\s+for|to\s+call\s+for)\s+([^,.;]{3,80})/iu;

/**
 * A protest's name as the protests pass makes it: a slogan in quotation marks before the protest word
 * ("\"No Tolls\" march"), else the word, its first place and its date ("March in Mill Park on 2026-04-12").
 */
export function protestName(words: string, place: string | undefined, date: string | undefined): string | undefined {
  const slogan = SLOGAN_PROTEST.exec(words);
  if (slogan) return `${slogan[1]} ${slogan[2]}`;
  const word = PROTEST_WORD.exec(words)?.[0];
  return word && `${capitalize(word.toLowerCase())}${place ? ` in ${place}` : ''}${date ? ` on ${date}` : ''}`;
}

/** What the protest demands or opposes, as its words state it. */
export function protestTarget(words: string): string | undefined {
  return PROTEST_TARGET.exec(words)?.[1]?.trim();
}
