// How a person is named again after the first mention: one answer for ingest's later mentions and the review app's
// speaker search.

/**
 * The word a person is called by again: the last of the name, but the first of a name written family name first
 * with a hyphenated given name ("Kim Ha-eun" is "Kim" again, as Korean names are romanised).
 */
export function calledAgainBy(name: string): string {
  const words = name.split(/\s+/);
  return words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!) ? words[0]! : words.at(-1)!;
}
