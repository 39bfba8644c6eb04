// The clauses a new statement's or protest's form is filled from, read in the selected words with ingest's own
// rules: what a paraphrase says (the words after the speech verb, or before a trailing attribution, as the
// statements pass takes them), and a protest's name and target as the protests pass makes them.
import { PROTEST_WORDS } from '../ingest/lexicon.js';
import { earliestSpeechVerb, saidWords } from '../ingest/passes/statements.js';
import { PROTEST_TARGET } from '../ingest/rules/protests.js';
import { STATEMENT_RULES as R } from '../ingest/rules/statements.js';
import { capitalize } from '../ingest/text.js';

/** The fewest words a statement's text has (the statements pass proposes none shorter). */
const STATEMENT_WORDS = 4;

/**
 * A paraphrase's text from the selected words: the clause after the first speech verb ("said in a statement
 * that …"), a later verb of the same speaker joined in ("He said A, but added that B": "A, but B"), else the
 * words before an attribution closing the sentence ("…, a spokeswoman said."); undefined when none is read.
 */
export function paraphraseText(selected: string): string | undefined {
  const words = selected.trim();
  const trailing = (R.attributedAfter.pattern.exec(words) ?? R.speakerAfterVerb.pattern.exec(words))?.groups?.words;
  const verb = earliestSpeechVerb(words)?.[1];
  const said = (verb && words.slice(verb.index + verb[0].length)) ?? trailing;
  if (said === undefined) return undefined;
  const text = saidWords(said).replace(/["“”]/gu, '').trim();
  return text.split(/\s+/).length < STATEMENT_WORDS ? undefined : `${capitalize(text)}.`;
}

const PROTEST_WORD = new RegExp(`\\b(?:${PROTEST_WORDS})\\b`, 'iu');
const SLOGAN_PROTEST = new RegExp(`["“]([^"”]{2,40})["”]\\s+(${PROTEST_WORDS})`, 'iu');

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
