// Who speaks: a named person or body in the words before the verb, a pronoun for the last person named,
// a title or head word for the last one who has it, or an unnamed group ("critics of the plan").
import { GROUP_NOUNS, type Gender } from '../lexicon.js';
import { ORGANIZATION_RULES } from '../rules/organizations.js';
import { STATEMENT_RULES } from '../rules/statements.js';
import { capitalize, type Sentence, type Span } from '../text.js';
import type { OrganizationDraft, PassContext } from './context.js';
import { addOrganization, GENERIC_FORCE, orgById } from './entities.js';

/** A title that names its holder when written "the minister": the first word after "the". */
const TITLE_WORD = /^(minister|premier|chancellor|mayor|president|prefect|governor|spokes\w+|chief|commissioner|superintendent|senator|delegate|commander|secretary|ambassador)\b/i;

/** What the statements pass remembers from one sentence to the next. */
export interface SpeakerMemory {
  lastSpeaker: string | null;
  /** The index of the sentence the last speaker spoke in. */
  lastSentence: number;
  /** Each person's gender as its cues or a pronoun resolved to them gave it (null: no cue). */
  genders: Map<string, Gender | null>;
}

/** The speaker of a pronoun no named person fits: the statement is listed as unresolved, never guessed. */
export const UNRESOLVED_SPEAKER = ':unresolved-pronoun';

/** How many mentions back a pronoun looks for its person (a few paragraphs), so each lookup is bounded. */
const PRONOUN_LOOKBACK = 40;

/** The gender a text's cues give (statement.gender-cue): an honorific before a name, a gendered role word. */
export function cueGender(text: string): Gender | null {
  const g = STATEMENT_RULES.genderCue.pattern.exec(text)?.groups;
  if (!g) return null;
  return g.female_title ?? g.female_role ? 'female' : 'male';
}

/** A person's gender: a pronoun used for them before, else an honorific before a mention, else a role word in a title. */
function genderOf(x: PassContext, id: string, memory: SpeakerMemory): Gender | null {
  if (memory.genders.has(id)) return memory.genders.get(id)!;
  const person = x.facts.people.find((p) => p.id === id);
  const honorific = x.doc.mentions.filter((m) => m.id === id)
    .map((m) => cueGender(x.doc.text.slice(Math.max(0, m.start - 8), Math.min(m.end, m.start + 16)))).find((g) => g !== null);
  const gender = honorific ?? cueGender((person?.roles ?? []).map((r) => r.title.toLowerCase()).join('; '));
  memory.genders.set(id, gender);
  return gender;
}

/** Whether a person's known gender does not contradict the pronoun's. */
const fits = (x: PassContext, id: string, gender: Gender, memory: SpeakerMemory) => {
  const known = genderOf(x, id, memory);
  return known === null || known === gender;
};

/**
 * The speaker of the sentence right before a pronoun's, when that sentence gave it by an unnamed role of the
 * pronoun's gender after the person named last ("…, a spokeswoman for the ministry said. She said …": the
 * spokeswoman goes on, not the minister named a paragraph before). Null otherwise.
 */
function unnamedSpeakerJustBefore(x: PassContext, gender: Gender, namedAt: number, at: number, memory: SpeakerMemory): string | null {
  const current = x.doc.sentenceAt(at).index;
  if (memory.lastSpeaker === null || memory.lastSentence !== current - 1) return null;
  const previous = x.doc.sentences[current - 1]!;
  if (previous.start <= namedAt || x.doc.mentionsIn(previous, 'person').length) return null;
  const role = STATEMENT_RULES.genderCue.pattern.exec(previous.text);
  return role && !x.doc.quoted(previous.start + role.index) && cueGender(role[0]) === gender ? memory.lastSpeaker : null;
}

/** Whether the sentence before `at`, after the person named at `namedAt`, names no person but a speaker by a role of the pronoun's gender ("an army spokeswoman said"). */
function unnamedCueJustBefore(x: PassContext, gender: Gender, namedAt: number, at: number): boolean {
  const current = x.doc.sentenceAt(at).index;
  const previous = x.doc.sentences[current - 1];
  if (!previous || previous.start <= namedAt || x.doc.mentionsIn(previous, 'person').length) return false;
  const role = STATEMENT_RULES.genderCue.pattern.exec(previous.text);
  return !!role && !x.doc.quoted(previous.start + role.index) && cueGender(role[0]) === gender && /\b(?:said|says|told)\b/.test(previous.text.slice(role.index));
}

/**
 * "she said": the nearest person named before the pronoun, outside quoted words, whose gender does not
 * contradict it; the pronoun then tells that person's gender for later ones. When that person has no
 * gender cue and another person who fits is named in the same stretch (from the sentence naming the first
 * to the pronoun), two fit: the last speaker when a sentence of the stretch opens with them (the subject who
 * goes on speaking), else UNRESOLVED_SPEAKER, as when none fits.
 */
export function pronounSpeaker(x: PassContext, pronoun: string, at: number, memory: SpeakerMemory): string {
  const gender: Gender = /^she$/i.test(pronoun) ? 'female' : 'male';
  let looked = 0;
  const found = x.doc.mentionIndex.lastBefore(at, (m) => {
    if (++looked > PRONOUN_LOOKBACK) return true;
    return m.type === 'person' && !x.doc.quoted(m.start) && fits(x, m.id, gender, memory);
  });
  const named = found && looked <= PRONOUN_LOOKBACK ? found : undefined;
  // The role just before is nearer than any name, whatever that name's known gender, and speaks even when no one is named.
  const unnamed = unnamedSpeakerJustBefore(x, gender, named?.start ?? -1, at, memory);
  if (unnamed) return unnamed;
  if (!named) return UNRESOLVED_SPEAKER;
  let speaker = named.id;
  // "…, an army spokeswoman said. She said …": the unnamed speaker just before goes on; no one named earlier is meant.
  if (unnamedCueJustBefore(x, gender, named.start, at)) return UNRESOLVED_SPEAKER;
  if (genderOf(x, named.id, memory) === null) {
    const stretch = x.doc.mentionIndex.within(x.doc.sentenceAt(named.start).start, at)
      .filter((m) => m.type === 'person' && !x.doc.quoted(m.start) && fits(x, m.id, gender, memory));
    if (stretch.some((m) => m.id !== named.id)) {
      // Two fit: the last speaker goes on speaking when a sentence of the stretch opens with them ("Holm said …
      // Holm met Berg. She said …"); anyone else is a guess.
      const continues = stretch.some((m) => m.id === memory.lastSpeaker && m.start === x.doc.sentenceAt(m.start).start);
      if (!continues) return UNRESOLVED_SPEAKER;
      speaker = memory.lastSpeaker!;
    }
  }
  memory.genders.set(speaker, gender);
  return speaker;
}

/** A role of a person who speaks for a body: "spokesman", "president", "director". */
const ROLE_FOR_BODY = /\b(?:spokes(?:man|woman|person)|president|chair(?:man|woman|person)?|director|head|chief|secretary|commander|coordinator)\b/iu;
/** A personal name: two capitalised words. */
const PERSONAL_NAME = /(?<!\p{L})\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+(?!\p{L})/u;

/**
 * Whether the words name a person for a body whom no pass found as a person ("Harbour Police spokesman Major
 * Jan Holm", "The president of the Harbour Council (HC), Ada Berg,"): a role word and then a personal name
 * outside every mention. The body is not who speaks then. Counter-example: "a spokesman for the Harbour
 * Police" names no one but the body.
 */
function unfoundPersonOfBody(x: PassContext, span: Span, named: Array<{ start: number; end: number }>): boolean {
  let words = x.doc.text.slice(span.start, span.end);
  for (const m of named) words = words.slice(0, m.start - span.start) + ' '.repeat(m.end - m.start) + words.slice(m.end - span.start);
  const role = ROLE_FOR_BODY.exec(words);
  return role !== null && PERSONAL_NAME.test(words.slice(role.index + role[0].length));
}

/**
 * The person named in a span, else the body: "Harbour Police Chief Jan Holm said" is Holm speaking. None when
 * the words name a person for the body whom no pass found: the body would be a wrong speaker.
 */
export function speakerIn(x: PassContext, span: Span): string | null {
  const named = x.doc.mentionsIn(span);
  const person = named.find((m) => m.type === 'person');
  if (person) return person.id;
  const body = named.find((m) => m.type === 'organization');
  return body && !unfoundPersonOfBody(x, span, named) ? body.id : null;
}

/** Words that make a title a second's or a stand-in's ("Deputy Commissioner", "assistant chief constable"). */
const SUBORDINATE = /\b(?:deputy|assistant|vice|associate|under|acting|junior|former)\b/iu;

/** How far after a title-only speaker its holder may be named (a lede's "the minister said" named in the next paragraph). */
const TITLE_LOOKAHEAD = 600;

/**
 * "the minister", "the interior minister of Hesse", "the police chief": the last person named before who holds
 * that title, else the first named after it within a paragraph or two, as a lede names its speaker later.
 */
export function personByTitle(x: PassContext, words: string, before: number): string | null {
  // "the police chief", "the race director": the title is the phrase's last word when the first is not one;
  // "the interior minister of Hesse": the last word before what the title is of.
  const phrase = words.replace(/\s+/g, ' ').replace(/^(?:The|the) /, '').split(/ (?:of|in|for|at) /)[0]!;
  const title = (TITLE_WORD.exec(phrase) ?? TITLE_WORD.exec(phrase.split(/\s+/).at(-1) ?? ''))?.[1]?.toLowerCase();
  if (!title) return null;
  // "the commissioner" is the commissioner, not the deputy commissioner, when the article names both.
  const plain = !SUBORDINATE.test(phrase);
  const holder = (strict: boolean) => (m: { type: string; id: string }) => m.type === 'person'
    && x.facts.people.find((p) => p.id === m.id)?.roles.some((r) => r.title.toLowerCase().includes(title) && !(strict && SUBORDINATE.test(r.title))) === true;
  const find = (holds: (m: { type: string; id: string }) => boolean) => x.doc.mentionIndex.lastBefore(before, holds) ?? x.doc.mentionIndex.within(before, before + TITLE_LOOKAHEAD).find(holds);
  return ((plain ? find(holder(true)) : undefined) ?? find(holder(false)))?.id ?? null;
}

/** The unnamed group a sentence starts with: "Critics point to …", "Residents of the harbour district say …". */
function groupSubject(s: Sentence): (Span & { phrase: string }) | null {
  const lead = /^(?:(?:Some|Many|Most|Other|Several|Local|The)\s+)?/.exec(s.text)![0];
  const rest = s.text.slice(lead.length);
  const head = new RegExp(`^(?:${GROUP_NOUNS})\\b`).exec(rest.charAt(0).toLowerCase() + rest.slice(1));
  if (!head) return null;
  // "Critics of the operation", "Residents of Vika", "Residents of the Vika district": a name or one word.
  const phrase = new RegExp(`^.{${head[0].length}}(?:\\s+(?:of|from|in|on)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]{0,40}(?:\\s+\\p{Lu}[\\p{L}'’-]{0,40}){0,3}(?:\\s+(?:district|area|neighbou?rhood|quarter|suburb|region|city|town|village))?|\\p{Ll}[\\p{L}'’-]{0,40}))?(?=\\s+(?:have\\s+|had\\s+|has\\s+)?\\p{Ll})`, 'u').exec(rest);
  if (!phrase) return null;
  // "Some residents", "Local hoteliers": a word that says which part of the group speaks stays in its name; "The" does not.
  const kept = /^The\s/.test(lead) ? '' : lead;
  const start = s.start + lead.length - kept.length;
  return { start, end: start + kept.length + phrase[0].length, phrase: kept + phrase[0] };
}

/** An unnamed group as a body that can speak, its note saying the article gives no name. */
function group(x: PassContext, span: Span & { phrase: string }): OrganizationDraft {
  const org = addOrganization(x, capitalize(span.phrase), { kind: 'political_group', country: null }, span.start, span.end, ORGANIZATION_RULES.unnamedGroup.id);
  org.note ??= `Not a named body: the article speaks of "${span.phrase}" without naming who they are.`;
  return org;
}

/** "They" is the group or body the sentence before starts with. */
function they(x: PassContext, s: Sentence): string | null {
  const before = x.doc.sentences[s.index - 1];
  const subject = before && groupSubject(before);
  if (subject) return group(x, subject).id;
  const body = before && x.doc.mentionsIn({ start: before.start, end: before.start + Math.min(60, before.text.length) }, 'organization')[0];
  return body && body.start === before.start ? body.id : null;
}

/** What a body's name must have to be the one a head word names again ("the force" is a police force). */
function isHeadOf(org: OrganizationDraft, head: string): boolean {
  if (head === 'force') return org.kind === 'police_force';
  if (head === 'city') return org.kind === 'government' && /\bcity\b/iu.test(String(org.name));
  if (/^(?:group|collective|coalition|alliance|movement)$/.test(head) && org.kind === 'political_group') return true;
  // "the organisation said": a body that is no state's, whatever its name ("the Eastby Red Cross …, the organisation said").
  if (/^organi[sz]ation$/.test(head) && !['government', 'ministry', 'police_force', 'agency'].includes(org.kind)) return true;
  const stem = head.replace(/s$/, '').replace(/isation$/, 'ization');
  // A word of the name opens with the head word: "the government" is never the "Intergovernmental Authority".
  const opens = new RegExp(`(?<![\\p{L}])${stem}`, 'u');
  return [org.name, ...org.aliases].some((n) => opens.test(String(n).toLowerCase().replace(/isation/g, 'ization')));
}

/** Whether a body can be named again by a head word: a body the article names, not an unnamed group or a force of common words. */
const nameable = (org: OrganizationDraft | undefined): org is OrganizationDraft =>
  org !== undefined && !org.id.startsWith(GENERIC_FORCE) && !(org.rules ?? []).includes(ORGANIZATION_RULES.unnamedGroup.id);

/** The bodies mentioned in [from, to) that fit. */
const fitting = (x: PassContext, from: number, to: number, fits: (org: OrganizationDraft) => boolean) =>
  new Set(x.doc.mentionIndex.within(from, to).filter((m) => m.type === 'organization' && fits(orgById(x, m.id)!)).map((m) => m.id));

/**
 * The one body mentioned before `before` that fits, or null when several do; with none before, the one named
 * in a later sentence of the same paragraph ("Police said two people were missing. … officers of the Harbour Police Force are
 * searching …"), null when none or several are.
 */
function onlyOne(x: PassContext, before: number, fits: (org: OrganizationDraft) => boolean): string | null {
  const earlier = fitting(x, 0, before, fits);
  // Named in a later sentence of the paragraph: a body named in the same sentence, after the verb, is what was said about.
  const next = x.doc.sentenceAt(before).end;
  const paragraphEnd = x.doc.text.indexOf('\n', next);
  const ids = earlier.size ? earlier : fitting(x, next, paragraphEnd < 0 ? x.doc.text.length : paragraphEnd, fits);
  return ids.size === 1 ? [...ids][0]! : null;
}

/**
 * "the prefecture", "the justice ministry", "Police" at the end of the words before a verb (statement.body-by-head):
 * the last body named before `before` that the head word (and the word before it, if any) fits; "the police" only when
 * the article has named one police body before, since a story about a city's police often names a national one too.
 */
export function bodyByHead(x: PassContext, words: string, before: number, upTo?: number): string | null {
  const phrase = /(?:^|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)(?:[a-z-]{3,20}\s+)?[\p{L}-]+$/u.exec(words.trim())?.[0] ?? '';
  const m = STATEMENT_RULES.bodyByHead.pattern.exec(phrase);
  if (!m) return null;
  const [head, qualifier] = m[0].replace(/^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+/, '').toLowerCase().split(/\s+/).reverse() as [string, string | undefined];
  const fits = (org: OrganizationDraft | undefined): org is OrganizationDraft => nameable(org) && isHeadOf(org, head)
    && (qualifier === undefined || String(org.name).toLowerCase().includes(qualifier));
  if (head === 'police') return onlyOne(x, before, fits);
  // "About 70 rescuers of the Eastby Rescue Service will …, the service said": the one body that fits in the words
  // before `upTo`, when the caller gives where the words said end, before any named earlier.
  const sentence = x.doc.sentenceAt(before);
  const inWords = upTo === undefined ? new Set<string>() : new Set(x.doc.mentionsIn({ start: sentence.start, end: upTo }, 'organization').filter((m) => fits(orgById(x, m.id))).map((m) => m.id));
  if (inWords.size === 1) return [...inWords][0]!;
  const earlier = x.doc.mentionIndex.lastBefore(before, (mention) => mention.type === 'organization' && fits(orgById(x, mention.id)))?.id;
  if (earlier) return earlier;
  // "The Eastby Red Cross will run first-aid posts …, the organisation said": the body its own sentence opens with.
  const opening = openingBody(x, sentence);
  return opening && fits(orgById(x, opening)) ? opening : null;
}

/** The body that opens a sentence (its first words name it), if any. */
function openingBody(x: PassContext, s: Sentence | undefined): string | null {
  const body = s && x.doc.mentionsIn({ start: s.start, end: s.start + Math.min(60, s.text.length) }, 'organization')[0];
  return body && s && body.start - s.start <= 4 ? body.id : null;
}

/** "it said" (statement.it-speaker): the body that spoke in the sentence before, else the body that sentence opens with. */
export function itSpeaker(x: PassContext, s: Sentence, memory: SpeakerMemory): string | null {
  const spokeJustBefore = memory.lastSpeaker !== null && memory.lastSentence >= s.index - 1 && orgById(x, memory.lastSpeaker) !== undefined;
  return spokeJustBefore ? memory.lastSpeaker : openingBody(x, x.doc.sentences[s.index - 1]);
}

/** "At the closing press conference she (said)": a phrase of when or where, then the pronoun, as the whole subject. */
const OPENING_THEN_PRONOUN = /^(?:On|At|In|After|During|Later|Earlier)(?:\s+(?!(?:and|but|or|when|who|which|that|he|she)\b)[\p{L}\d'’-]+){1,5},?\s+(he|she)(?:\s+(?:also|later|then))?$/u;

/** Who speaks in a sentence whose speech verb starts at `subject.end`. */
export function speakerOf(x: PassContext, s: Sentence, subject: Span, memory: SpeakerMemory): string | null {
  // "…, he said, adding that": the pronoun attributes the words, whoever they name.
  const attributed = /[,"”]\s+(he|she)\s+(?:said|says|added|told)\b/i.exec(x.doc.text.slice(subject.start, subject.end));
  if (attributed) return pronounSpeaker(x, attributed[1]!, s.start, memory);
  const named = speakerIn(x, subject);
  if (named) return named;
  const words = x.doc.text.slice(subject.start, subject.end).trim();
  const pronoun = /^(?:He|She)\b/.exec(s.text) ?? OPENING_THEN_PRONOUN.exec(words);
  if (pronoun) return pronounSpeaker(x, pronoun[1] ?? pronoun[0], s.start, memory);
  if (/^They\b/.test(s.text)) return they(x, s);
  // "the minister", "the Prime Minister", "the police chief": a title first or last.
  const byTitle = /^(?:The|the)\s+\w/.test(words) ? personByTitle(x, words, s.start) : null;
  if (byTitle) return byTitle;
  const body = bodyByHead(x, words, s.start);
  if (body) return body;
  if (/^It\b/.test(s.text)) return itSpeaker(x, s, memory);
  if (/^(?:The|the)\s+statement\b/.test(s.text)) return memory.lastSpeaker;
  const subjectGroup = groupSubject(s);
  return subjectGroup && subjectGroup.end >= subject.end - 6 && /^\s*(?:(?:has|have|had)\s*)?$/.test(x.doc.text.slice(subjectGroup.end, subject.end)) ? group(x, subjectGroup).id : null;
}
