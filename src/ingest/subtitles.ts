// A subtitle file (SubRip or WebVTT) as the passes read it. Its cues are numbered and timed, and a sentence runs on
// over a cue's lines and into the next cue ("The government will sell" / "just over half of Georgian Railway."):
// read line by line, every sentence was cut in two and none named its subject and its verb together. The cue
// numbers, the timings and the file's header are blanked, each character a space, as line markers are
// (src/ingest/line-markers.ts), and a line break inside a sentence becomes a space: every offset stays as written,
// so a quote is still taken from the written text, line breaks included. A speaker's label on a line of its own
// ("[ANCHOR, ADA MOEN]") keeps its line, and a cue that ends a sentence ends its paragraph. A label in capitals that
// names a person first and then what they are ("[ADA MOEN, HARBOUR MASTER, 54]") is read as a caption is printed
// ("Ada Moen, harbour master, 54", rule person.caption), its brackets blanked and its letters in the caption's case.
import { ROLE_NOUN } from './rules/people.js';

/** A cue's timing line: "00:00:04,000 --> 00:00:09,500", maybe with WebVTT's settings after it. */
const TIMING = /^[^\S\n]*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[^\S\n]+-->[^\S\n]+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}(?:[^\S\n][^\n]*)?$/u;
/** A cue's number, on the line before its timing. */
const CUE_NUMBER = /^[^\S\n]*\d{1,6}[^\S\n]*$/u;
/** A label on a line of its own: who speaks or what is shown ("[ANCHOR, ADA MOEN]", "[Applause]"). */
const LABEL_LINE = /^[^\S\n]*\[[^\]\n]{1,120}\][^\S\n]*$/u;
/** A label in capitals: a name of two or three words first, then what the person is, maybe then more (an age). */
const NAME_FIRST_LABEL = /^(?<before>[^\S\n]*\[)(?<name>\p{Lu}{2,30}(?:[^\S\n]\p{Lu}{2,30}){1,2}),(?<role>[^\S\n][\p{Lu}\s'’-]{2,60})(?<more>(?:,[^\S\n][\p{Lu}\d ]{1,20})?)\][^\S\n]*$/u;
/** A title or role word, which makes a label's first part what someone is, not their name ("[ANCHOR, ADA MOEN]"). */
const ROLE_WORD = new RegExp(`(?<![\\p{L}'’-])${ROLE_NOUN}`, 'iu');

/** A line that ends a sentence: its last word closed by a stop, maybe inside a quote or a bracket. */
const SENTENCE_END = /[.!?…]["”’)\]]*[^\S\n]*$/u;
/** A file is read as subtitles when this many cues are timed: one timing line in an article is a quoted one. */
const MIN_CUES = 3;

interface Line { start: number; end: number; text: string }

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    lines.push({ start, end: start + piece.length, text: piece });
    start += piece.length + 1;
  }
  return lines;
}

/** Sets `chars[from, to)` to spaces, line breaks included. */
const blank = (chars: string[], from: number, to: number) => { for (let i = from; i < to; i++) chars[i] = ' '; };

/** The text with cue numbers and timings blanked and sentences joined over line breaks; any other text as it is. */
export function withoutSubtitleTimings(text: string): string {
  const lines = linesOf(text);
  const timings = lines.flatMap((line, i) => (TIMING.test(line.text) ? [i] : []));
  if (timings.length < MIN_CUES) return text;
  // UTF-16 units, as offsets count them.
  const chars = text.split('');
  if (/^[^\S\n]*WEBVTT\b/u.test(lines[0]!.text)) blank(chars, lines[0]!.start, lines[0]!.end);
  for (const i of timings) {
    blank(chars, lines[i]!.start, lines[i]!.end);
    const previous = lines[i - 1];
    if (previous && CUE_NUMBER.test(previous.text)) blank(chars, previous.start, previous.end);
  }
  joinSentences(lines, new Set(timings), chars);
  for (const line of lines) captionCase(line, chars);
  return chars.join('');
}

/**
 * A line break after a line of cue text that does not end its sentence (or leaves a quotation open) becomes a space,
 * and so do the cue number, timing and blank lines between it and the next cue's first line, unless a label opens
 * that next cue.
 */
function joinSentences(lines: Line[], timings: Set<number>, chars: string[]): void {
  const isText = (i: number) => !timings.has(i) && !timings.has(i + 1) && lines[i]!.text.trim() !== '';
  let quoteMarks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (timings.has(i)) quoteMarks = 0;
    quoteMarks += (line.text.match(/["“”]/gu) ?? []).length;
    // A quotation still open at the line's end goes on, whatever stop the line ends with.
    const ends = SENTENCE_END.test(line.text) && quoteMarks % 2 === 0;
    if (!isText(i) || LABEL_LINE.test(line.text) || ends) continue;
    let next = i + 1;
    while (next < lines.length && !isText(next)) next++;
    if (next >= lines.length || LABEL_LINE.test(lines[next]!.text)) continue;
    for (let at = line.end; at < lines[next]!.start; at++) if (chars[at] === '\n') chars[at] = ' ';
  }
}

/** A name-first label in capitals read as a caption: brackets blanked, the name in title case, the rest in lowercase. */
function captionCase(line: Line, chars: string[]): void {
  const label = NAME_FIRST_LABEL.exec(line.text);
  if (!label || ROLE_WORD.test(label.groups!.name!)) return;
  const { before, name, role, more } = label.groups as { before: string; name: string; role: string; more: string };
  const read = `${' '.repeat(before.length)}${name.toLowerCase().replace(/(?<![\p{L}'’])\p{Ll}/gu, (c) => c.toUpperCase())},${role.toLowerCase()}${more.toLowerCase()} `;
  // A letter whose other case is longer ("İ" is "i̇" in lowercase) would move every offset after it: such a label stays as written.
  if (read.length !== before.length + name.length + role.length + more.length + 2) return;
  for (let i = 0; i < read.length; i++) chars[line.start + i] = read[i]!;
}
