// A correction note repeats the words it corrects ("Correction: An earlier version of this article said some three
// thousand police officers would be on duty."): those words are no longer the article's, so no fact may be read
// from them. They are blanked before the passes read the text, each character a space, so every offset and every
// other sentence stays as written and no citation can be made from them.

/**
 * The words a correction withdraws: from "an earlier version (of this article) said", "the first version of this
 * audit, posted on Sunday, said", "our Update #3 said" (the piece's own earlier edition) to the end of its clause,
 * where the corrected words often follow ("…; it begins at eight."). Counter-example: "An earlier version of the
 * plan had four exits" (a plan's version, not the article's) withdraws nothing.
 */
const WITHDRAWN = /\b(?:(?:[Aa]n?|[Tt]he) (?:earlier|previous|first|original) version(?: of this [a-z]{3,12})?|[Oo]ur (?:(?:earlier|last|previous) )?(?:[Uu]pdate|letter|post|bulletin|edition|notice)(?: #?\d{1,3})?)(?:, [^,.;\n]{1,40},)? (?:also )?(?:said|stated|reported|gave|misstated|misspelled|misidentified|incorrectly (?:said|stated|gave))\b[^;.\n]*/gu;

/** The text with every withdrawn clause blanked, the same length as the text. */
export function withoutRetractions(text: string): string {
  return text.replace(WITHDRAWN, (words) => ' '.repeat(words.length));
}
