// A line may open with a marker that orders the text and says nothing itself: a clock time in a live blog or a
// list of alerts ("08:58 Police have closed …"), a clause's number in a ruling or minutes ("2.2 The Regional
// Police Command reported …"), a map key's letter ("A. Main stage"). A list's item number ("1. Saturday: the parade
// …") is left for the passes that read lists. Read as words, a marker's digits became counts ("58 Police"). Markers are blanked before the passes read
// the text, each character a space, as withdrawn words are (src/ingest/retractions.ts): every offset stays as written.

/**
 * A marker at a line's start, then the capital or quotation mark that opens the line's words: "08:58", "8.45pm",
 * "2.2", "3.1.4.", or an item's number or letter in brackets, as reports list findings ("(f) The council's ban …",
 * "(iv) Police …"). A number that is the line's own first word ("3.5 million visitors", "1,400 officers were on
 * duty") has no capital after it, or no dot, and stays.
 */
const LINE_MARKER = /(?<![^\n])[^\S\n]*(?:\d{1,2}[:.]\d{2}(?:[^\S\n]?[ap]\.?m\.?)?|\d{1,2}(?:\.\d{1,2}){1,3}\.?|\((?:\d{1,2}|[a-z]|[ivx]{2,4})\))(?=[^\S\n]+[\p{Lu}"“])/gu;

/**
 * A letter and a full stop opening a line ("A. Main stage, Bulwar Czerwieński."), the key of a map or a list by
 * letters: a marker only where lines open with "A.", "B." and "C." alike, never one line's initial ("J. Holm said").
 */
const LETTER_MARKER = /(?<![^\n])[^\S\n]*([A-Z])\.(?=[^\S\n]+\p{Lu})/gu;

/** The text with every line marker blanked, the same length as the text. */
export function withoutLineMarkers(text: string): string {
  const blanked = text.replace(LINE_MARKER, (marker) => ' '.repeat(marker.length));
  const letters = new Set([...blanked.matchAll(LETTER_MARKER)].map((m) => m[1]));
  return ['A', 'B', 'C'].every((letter) => letters.has(letter)) ? blanked.replace(LETTER_MARKER, (marker) => ' '.repeat(marker.length)) : blanked;
}
