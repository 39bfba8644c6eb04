// A correction note repeats the words it corrects ("Correction: An earlier version of this article said some three
// thousand police officers would be on duty."): those words are no longer the article's, so no fact may be read
// from them. They are blanked before the passes read the text, each character a space, so every offset and every
// other sentence stays as written and no citation can be made from them.

/**
 * The words a correction withdraws: from "an earlier version (of this article) said" to the end of its clause,
 * where the corrected words often follow ("…; it begins at eight."). Counter-example: "An earlier version of the
 * plan had four exits" (a plan's version, not the article's) withdraws nothing.
 */
const WITHDRAWN = /\b(?:[Aa]n?|[Tt]he) (?:earlier|previous) version(?: of this (?:article|story|report))? (?:also )?(?:said|stated|reported|gave|misstated|misspelled|misidentified|incorrectly (?:said|stated|gave))\b[^;.\n]*/gu;

/** The text with every withdrawn clause blanked, the same length as the text. */
export function withoutRetractions(text: string): string {
  return text.replace(WITHDRAWN, (words) => ' '.repeat(words.length));
}
