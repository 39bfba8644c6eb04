// A rule as data: a named record with the pattern it matches, built from named parts, and the example
// sentences it must and must not match, which one parametrised test runs (tests/ingest.rules.test.ts).
// Every fact a rule proposes lists the rule's id under `rules`, so a reviewer sees why it was proposed.
import type { FactKind } from '../extract.js';

export interface Rule {
  /** Stable and unique: "measure.airspace-restriction". */
  id: string;
  /** The collection its facts go to. */
  produces: FactKind;
  /** What the rule reads, in a sentence a reviewer can check against the examples. */
  description: string;
  pattern: RegExp;
  /** Patterns the sentence must match too (a verb saying the protest happens), by what each checks. */
  guards?: Record<string, RegExp>;
  /** Sentences it matches, and sentences it must not match (the near misses it was written to avoid). */
  examples: { match: string[]; noMatch: string[] };
}

/**
 * A pattern from a template of named parts: `compose('{HEDGE}? {NUMBER} {FORCE}', parts)`. A space in the
 * template is one or more spaces in the text; `{NAME}` is the part's pattern, captured as the named group
 * of its name in lower case (`m.groups.number`), and `{NAME}? ` a part that may be absent together with
 * the space after it; everything else is pattern source as written (`\b`, `"?`, `\p{L}`).
 */
export function compose(template: string, parts: Record<string, string>, flags = 'giu'): RegExp {
  const source = template.replace(/(?<!\\[pP])\{([A-Z_]+)\}(\?)?( )?| /g, (piece, name?: string, optional?: string, space?: string) => {
    if (name === undefined) return '\\s+';
    const pattern = parts[name];
    if (pattern === undefined) throw new Error(`no part named ${name} for the template "${template}"`);
    const part = `(?<${name.toLowerCase()}>${pattern})${space ? '\\s+' : ''}`;
    return optional ? `(?:${part})?` : part;
  });
  return new RegExp(source, flags);
}

/** Whether a sentence is one the rule reads: its pattern and every guard match. */
export function accepts(rule: Rule, sentence: string): boolean {
  const test = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(sentence);
  return test(rule.pattern) && Object.values(rule.guards ?? {}).every(test);
}

/** A part that is any of the phrases (each a small pattern: "flight bans?"). */
export const anyOf = (phrases: readonly string[]) => phrases.join('|');

/** A rule's pattern without its global flag: a test or a first match that keeps no state between calls. */
export const whole = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.replace('g', ''));

/** Text matched literally inside a pattern built from it (a name read from the article). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
