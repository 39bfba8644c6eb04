// Checks an article file before anything is written: a clear reason for every file ingest refuses.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { isCalendarDay } from '../lib/dates.js';
import { withoutDiacritics } from '../lib/letters.js';

export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** A refusal: the CLI prints the message and exits 1 without writing anything. */
export class IngestError extends Error {
  override name = 'IngestError';
}

export interface Article { text: string; sha256: string; title: string }

const utf8 = new TextDecoder('utf-8', { fatal: true });
// C0 controls other than tab, LF, CR and form feed do not occur in prose; NUL marks a binary file.
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
const CONTROL = /[\u0000-\u0008\v\u000E-\u001F\u007F]/;

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Reads and checks the article; the stored text is the file's text without a byte order mark. */
export function readArticle(path: string, title?: string): Article {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new IngestError(`${path} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(`cannot read ${path}: no such file`);
  }
  if (size > MAX_ARTICLE_BYTES) throw new IngestError(`${path} is ${size} bytes; an article may be at most ${MAX_ARTICLE_BYTES} bytes (1 MB)`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new IngestError(`${path} is a binary file (it contains NUL bytes), not a text article`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new IngestError(`${path} is not valid UTF-8 text; convert it to UTF-8 first`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (CONTROL.test(text)) throw new IngestError(`${path} contains control characters: it looks binary, not like a text article`);
  if (!text.trim()) throw new IngestError(`${path} is empty`);
  const heading = title ?? text.split(/\r?\n/).find((line) => line.trim())!.trim();
  if (!heading) throw new IngestError('--title must not be empty');
  if (!text.includes(heading)) throw new IngestError(`--title "${heading}" does not occur in the article; the title must be words of the article`);
  return { text, sha256: sha256(text), title: heading };
}

/** `--published`: a real calendar day written YYYY-MM-DD. */
export function checkPublished(value: string | undefined): string {
  if (value === undefined) throw new IngestError('--published <YYYY-MM-DD> is required: relative dates ("on Tuesday") are resolved against it');
  if (!isCalendarDay(value)) throw new IngestError(`--published "${value}" is not a calendar date (YYYY-MM-DD)`);
  return value;
}

/** A lowercase slug of the first words of a title. */
export function slugify(text: string, maxWords = 8): string {
  return withoutDiacritics(text.normalize('NFKC')).toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean).slice(0, maxWords).join('-');
}
