// The role-bodies pass: a person's title that names no body by itself gets the body its context names
// (rules/people.ts, person.role-body-in-title, person.role-body-before-title, person.role-body-its, person.role-body-possessive, person.role-body-head-noun, person.role-body-story
// and person.role-body-mayor), so a reviewer does not pick it by hand.
import { PEOPLE_RULES as R } from '../rules/people.js';
import { escapeRegExp } from '../rules/rule.js';
import { capitalize } from '../text.js';
import type { OrganizationDraft, PassContext, PersonDraft } from './context.js';
import { isGenericForceId, orgById } from './entities.js';
import { datelinePlace, storyCountry } from './places.js';

type Role = PersonDraft['roles'][number];

/** The bodies named from the start of the sentence before `at`'s to `at`, generic forces aside. */
function bodiesNear(x: PassContext, at: number): OrganizationDraft[] {
  const sentence = x.doc.sentenceAt(at);
  const start = x.doc.sentences[sentence.index - 1]?.start ?? sentence.start;
  return x.doc.mentionsIn({ start, end: at }, 'organization').map((m) => orgById(x, m.id)).filter((o): o is OrganizationDraft => !!o && !isGenericForceId(o.id));
}

/** "Its spokesman, Lena Park,": the body the sentence before opens with. */
function bodyOfIts(x: PassContext, role: Role, at: number): OrganizationDraft | undefined {
  const sentence = x.doc.sentenceAt(at);
  const its = R.roleBodyIts.pattern.exec(sentence.text);
  if (!its || its.groups!.title!.toLowerCase() !== role.title.toLowerCase()) return undefined;
  // A lowercase "its" inside a sentence is the body that sentence opens with, else the last it names before "its"
  // ("Up to 1,200 volunteers of the Harbour Charity will help, its director, Ada Moen, said"), as the review's forms read
  // it; with none there, or "Its" opening the sentence, the sentence before's opening body.
  const inSentence = /^\s?(?:its|whose)\b/.test(its[0]) ? x.doc.mentionsIn({ start: sentence.start, end: sentence.start + its.index }, 'organization') : [];
  const own = inSentence[0];
  const before = x.doc.sentences[sentence.index - 1];
  const opens = own && /^(?:The\s+)?(?:\p{Lu}[\p{L}-]+['’]s\s+)?$/u.test(x.doc.text.slice(sentence.start, own.start));
  const opening = opens ? own : inSentence.at(-1) ?? (before && x.doc.mentionsIn(before, 'organization')[0]);
  return opening ? orgById(x, opening.id) : undefined;
}

/** "agency director Lena Park" after "the Lakeland Aviation Agency": the one body nearby whose name ends with the title's first word. */
function bodyOfHeadNoun(x: PassContext, role: Role, at: number): OrganizationDraft | undefined {
  const head = R.roleBodyHeadNoun.pattern.exec(role.title)?.groups?.head?.toLowerCase();
  if (!head) return undefined;
  const fits = [...new Set(bodiesNear(x, at).filter((o) => o.name.toLowerCase().split(/\s+/).at(-1) === head))];
  return fits.length === 1 ? fits[0] : undefined;
}

/** The kinds of body a head noun in the possessive names, when no body's name ends with it. */
const KIND_OF_HEAD: Record<string, ReadonlyArray<OrganizationDraft['kind']>> = {
  force: ['police_force'], club: ['club'], team: ['club'], union: ['union'], party: ['political_group'],
  // A group, an association or a movement named as one ("Lake Watch, a residents' association") is an NGO or a political group.
  association: ['association'], society: ['association'], group: ['association', 'political_group'], movement: ['association', 'political_group'],
};

/** A body's possessive and a lowercase title, up to where the holder's name starts: "'s spokesman, ", "'s roads executive ". */
const POSSESSIVE_TITLE = /^['’]s[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}?[\p{Ll}-]+,?[^\S\n]+/u;

/** "The Ministry of Transport's spokesman, Ivo Lenz,": the body named in the possessive right before the title. */
function namedPossessor(x: PassContext, at: number): OrganizationDraft | undefined {
  const sentence = x.doc.sentenceAt(at);
  for (const m of x.doc.mentionsIn({ start: sentence.start, end: at + 80 }, 'organization')) {
    const title = POSSESSIVE_TITLE.exec(x.doc.text.slice(m.end, m.end + 60));
    if (title && m.end + title[0].length >= at && m.end + title[0].length <= at + 60) return orgById(x, m.id);
  }
  return undefined;
}

/**
 * "the force's commander, Inspector Lena Park,": the body named nearest before, in the sentence or the two before, of that
 * head noun; or the body named in the possessive itself ("the Ministry of Transport's spokesman, Ivo Lenz,").
 */
function bodyOfPossessive(x: PassContext, role: Role, at: number): OrganizationDraft | undefined {
  const possessor = namedPossessor(x, at);
  if (possessor && !isGenericForceId(possessor.id)) return possessor;
  const sentence = x.doc.sentenceAt(at);
  // The possessive stands before the person's first mention ("…, the force's commander, Inspector Lena Park") or opens it ("the club's security director, Ivo Lenz").
  const opening = /^[Tt]he[^\S\n]+\p{Ll}+['’]s[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}?[\p{Ll}-]+,?[^\S\n]*/u.exec(x.doc.text.slice(at, at + 60))?.[0] ?? '';
  const head = R.roleBodyPossessive.pattern.exec(x.doc.text.slice(Math.max(sentence.start, at - 80), at + opening.length))?.groups?.head?.toLowerCase();
  if (!head) return undefined;
  const from = x.doc.sentences[sentence.index - 2]?.start ?? x.doc.sentences[sentence.index - 1]?.start ?? sentence.start;
  const named = x.doc.mentionsIn({ start: from, end: at }, 'organization').map((m) => orgById(x, m.id)).filter((o): o is OrganizationDraft => !!o && !isGenericForceId(o.id));
  return named.filter((o) => o.name.toLowerCase().split(/\s+/).at(-1) === head || (KIND_OF_HEAD[head] ?? []).includes(o.kind)).at(-1);
}

/**
 * "police chief Lena Park said" after a paragraph about officers (rule person.role-body-story): with no body of the
 * title's head noun nearby, the article's one such body of the story's country, else its only such body.
 */
function bodyOfStory(x: PassContext, role: Role, at: number): OrganizationDraft | undefined {
  const head = R.roleBodyStory.pattern.exec(role.title)?.groups?.head?.toLowerCase();
  if (!head || bodiesNear(x, at).some((o) => o.name.toLowerCase().split(/\s+/).at(-1) === head)) return undefined;
  // "Police Administration of Montenegro" opens with the head noun as "Harbour Police" closes with it.
  const closesOrOpens = (name: string) => { const words = name.toLowerCase().split(/\s+/); return words.at(-1) === head || words[0] === head; };
  const fits = x.facts.organizations.filter((o) => !isGenericForceId(o.id) && closesOrOpens(o.name));
  const country = datelinePlace(x) ? storyCountry(x) : null;
  const ofStory = fits.filter((o) => country !== null && o.country === country);
  return ofStory.length === 1 ? ofStory[0] : fits.length === 1 ? fits[0] : undefined;
}

/** Words of a government wider than a city's, which may be named after its capital ("Valparaiso Regional Government"). */
const WIDER_THAN_CITY = /\b(?:Regional|Provincial|State|National|Federal|County|Departmental)\b/u;

/**
 * Whether a body is a city's own government, a mayor's: a government whose name holds the city's ("City of Novi Sad",
 * "Capital City of Podgorica", "Rijeka City Council"), not one wider than the city. Ingest and the review's forms read it.
 */
export function cityGovernmentOf(body: { name: string; kind: string }, city: string): boolean {
  return body.kind === 'government' && !WIDER_THAN_CITY.test(body.name) && new RegExp(`(?<!\\p{L})${escapeRegExp(city)}(?!\\p{L})`, 'u').test(body.name);
}

/** The city a mayor's title names ("Mayor of Podgorica"); undefined for a mayor's title naming none (the dateline's, then), null for a title no mayor's. */
export const mayorsCity = (title: string): string | undefined | null => {
  const mayor = R.roleBodyMayor.pattern.exec(title.trim());
  return mayor ? mayor.groups?.city : null;
};

/** "Mayor Zoran Petrovic" in news from Novi Sad: the article's one government of the title's city, else the dateline's. */
function bodyOfMayor(x: PassContext, role: Role): OrganizationDraft | undefined {
  const named = mayorsCity(role.title);
  const city = named === null ? undefined : named ?? datelinePlace(x)?.name;
  if (!city) return undefined;
  const fits = x.facts.organizations.filter((o) => cityGovernmentOf(o, city));
  return fits.length === 1 ? fits[0] : undefined;
}

/** "the Lakeside Rowing Federation President Ada Moen": the body whose name ends right before the title, nothing else between. */
function bodyBeforeTitle(x: PassContext, role: Role, at: number): OrganizationDraft | undefined {
  const sentence = x.doc.sentenceAt(at);
  const before = x.doc.mentionsIn({ start: sentence.start, end: at }, 'organization').at(-1);
  if (!before) return undefined;
  const between = R.roleBodyBeforeTitle.pattern.exec(x.doc.text.slice(before.end, at));
  const title = between?.groups?.title;
  // The mention may hold the title ("President Ada Moen") or not ("Ada Moen" after it): the words between are the title or nothing.
  const fits = between && (title === undefined ? x.doc.text.slice(at, at + role.title.length).toLowerCase() === role.title.toLowerCase() : title.toLowerCase() === role.title.toLowerCase());
  const body = fits ? orgById(x, before.id) : undefined;
  return body && !isGenericForceId(body.id) ? body : undefined;
}

/** "Chief executive of the Harbour Race Committee" (rule person.role-body-in-title): the article's body the title names, by name or acronym. */
function bodyInTitle(x: PassContext, role: Role): OrganizationDraft | undefined {
  const named = R.roleBodyInTitle.pattern.exec(role.title)?.groups?.body?.toLowerCase();
  return named ? x.facts.organizations.find((o) => !isGenericForceId(o.id) && (o.name.toLowerCase() === named || o.acronym?.toLowerCase() === named)) : undefined;
}

export function roleBodies(x: PassContext): void {
  for (const person of x.facts.people) {
    const first = x.doc.mentions.find((m) => m.id === person.id);
    if (!first) continue;
    for (const role of person.roles) {
      if (role.organization_id !== null) continue;
      const [rule, body] = ([[R.roleBodyInTitle, bodyInTitle], [R.roleBodyBeforeTitle, bodyBeforeTitle], [R.roleBodyIts, bodyOfIts], [R.roleBodyPossessive, bodyOfPossessive], [R.roleBodyHeadNoun, bodyOfHeadNoun], [R.roleBodyStory, bodyOfStory], [R.roleBodyMayor, bodyOfMayor]] as const)
        .map(([r, find]) => [r, find(x, role, first.start)] as const).find(([, found]) => found) ?? [];
      if (!rule || !body) continue;
      role.organization_id = body.id;
      role.country ??= body.country;
      // "Association chairman" of the Riders Association: the head noun said the body, so the title is the office ("Chairman").
      const office = rule === R.roleBodyHeadNoun ? R.roleBodyHeadNoun.pattern.exec(role.title)?.groups?.role : undefined;
      if (office) role.title = capitalize(office);
      x.ruled(person, rule.id);
    }
  }
}
