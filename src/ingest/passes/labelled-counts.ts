// Counts in a bulleted list under a label that names the force ("- Stewards at the pier: 300, provided by
// the Harbour Trust", "- Officers: about 900 from the Harbour Police Service"), and the count of another day
// in the same item ("… about 250 on Saturday and about 200 on Sunday"). The force is the body the label names, else the one that provides or employs them in
// the item; a label that names neither counts no one. A number another rule already counted is left alone.
import { lookupPlace, wordClass } from '../gazetteer.js';
import { countOf, headcountOf, HEDGE_RE, NUMBER_RE, qualifierOf } from '../counts.js';
import { FORCE_NOUNS } from '../lexicon.js';
import { DEPLOYMENT_BODY_LIST, DEPLOYMENT_LABELLED } from '../rules/deployments.js';
import { capitalize } from '../text.js';
import type { DeploymentDraft, OrganizationDraft, PassContext } from './context.js';
import { addOrganization, orgById } from './entities.js';

const FORCE_WORD = new RegExp(`\\b(?:${FORCE_NOUNS.map((f) => f.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
/** A label of capitalised words and "police": "Lakeland police", "North Lakeland police". */
const PLACE_POLICE_LABEL = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) police$/u;
/** A force noun right after a number, maybe after a lowercase word: "twelve spotters", "ten riot officers". */
const FORCE_NOUN_NEXT = new RegExp(`^\\s+(?:\\p{Ll}+\\s+)?(?:${FORCE_NOUNS.map((f) => f.replace(/ /g, '\\s+')).join('|')})\\b`, 'u');
/** The count of another day in the same item: "and about 1,900 on June 14". */
const ANOTHER_DAY = new RegExp(`\\band\\s+${HEDGE_RE}${NUMBER_RE}\\s+on\\b`, 'giu');

/** The body the label names, or the one the item says provides or employs the force the label names. */
function labelledBody(x: PassContext, label: { start: number; end: number; text: string }, lineEnd: number): OrganizationDraft | undefined {
  const named = x.doc.mentionsIn(label, 'organization')[0];
  if (named) return orgById(x, named.id);
  // "- Lakeland police: twelve spotters": a label that is a place's name and "police" names that police.
  const placePolice = PLACE_POLICE_LABEL.exec(label.text.trim());
  // The place a name, not a common word that opens the label ("Visiting police").
  if (placePolice && (lookupPlace(placePolice[1]!) || wordClass(placePolice[1]!.split(' ')[0]!) !== 'W')) return addOrganization(x, placePolice[0], { kind: 'police_force', country: null }, label.start, label.start + placePolice[0].length, DEPLOYMENT_LABELLED.id);
  if (!FORCE_WORD.test(label.text)) return undefined;
  const item = x.doc.text.slice(label.end, lineEnd);
  // "…: 300, provided by the Harbour Trust", "…: about 900 from the Harbour Police Service".
  const by = /\b(?:(?:provided|employed|hired|supplied|sent)\s+by|^:?[ \t]*(?:\p{Ll}+[ \t]+(?:\p{Ll}+[ \t]+)?)?[\d,]+[ \t]+from)\s+(?:the\s+)?/iu.exec(item);
  const employer = by && x.doc.mentionsIn({ start: label.end + by.index + by[0].length, end: lineEnd }, 'organization')[0];
  return employer && employer.start === label.end + by.index + by[0].length ? orgById(x, employer.id) : undefined;
}

/** Whether a deployment already cites the words at this offset. */
export const countedAt = (x: PassContext, at: number) => x.facts.deployments.some((d) => d.citations.some((c) => {
  const start = x.doc.quoteStart(c.quote);
  return start <= at && at < start + c.quote.length;
}));

/** "Deployed: Harbour Police Service, 2,400; Coast Guard, 300" (rule deployment.body-list): each body read there counts its number. */
function bodyList(x: PassContext, eventId: string | null): void {
  const items = [...x.matches(DEPLOYMENT_BODY_LIST.pattern)];
  for (const m of items) {
    const s = x.doc.sentenceAt(m.pos);
    // A list has two items or more in its sentence.
    if (items.filter((i) => x.doc.sentenceAt(i.pos) === s).length < 2) continue;
    const body = { start: m.pos, end: m.pos + m.groups!.body!.length };
    const named = x.doc.mentionsIn(body, 'organization').find((n) => n.start === body.start && n.end === body.end);
    const org = named && orgById(x, named.id);
    const value = countOf(m.groups!.number!);
    const end = m.pos + m[0].length;
    if (!org || value === null || value < 2 || countedAt(x, end - 1)) continue;
    const deployment: DeploymentDraft = {
      id: x.newId(`${org.name} deployment`), organization_id: org.id, personnel: { value, qualifier: qualifierOf(m.groups!.hedge) }, role: null,
      place_ids: [], event_id: eventId, part_of_id: null, rules: [DEPLOYMENT_BODY_LIST.id], citations: [],
    };
    x.addCitation(deployment, x.doc.cite(m.pos, end));
    if (deployment.citations.length) x.facts.deployments.push(deployment);
  }
}

export function labelledCounts(x: PassContext, eventId: string | null): void {
  bodyList(x, eventId);
  for (const m of x.matches(DEPLOYMENT_LABELLED.pattern)) {
    const labelStart = m.pos + m[0].indexOf(m.groups!.label!);
    const label = { start: labelStart, end: labelStart + m.groups!.label!.length, text: m.groups!.label! };
    const lineEnd = x.doc.text.indexOf('\n', m.pos) < 0 ? x.doc.text.length : x.doc.text.indexOf('\n', m.pos);
    const org = labelledBody(x, label, lineEnd);
    if (!org) continue;
    const first = { hedge: m.groups!.hedge, number: m.groups!.number!, end: m.pos + m[0].length };
    const others = [...x.doc.text.slice(first.end, lineEnd).matchAll(ANOTHER_DAY)].map((d) => ({ hedge: d[1], number: d[2]!, end: first.end + d.index + d[0].length }));
    for (const c of [first, ...others]) {
      // A force noun after the number says who is counted, so a number in words counts too ("twelve spotters").
      const value = FORCE_NOUN_NEXT.test(x.doc.text.slice(c.end, lineEnd)) ? headcountOf(c.number) : countOf(c.number);
      if (value === null || value < 2 || countedAt(x, c.end - 1)) continue;
      const deployment: DeploymentDraft = {
        id: x.newId(`${org.name} deployment`), organization_id: org.id, personnel: { value, qualifier: qualifierOf(c.hedge) }, role: capitalize(label.text.trim()),
        place_ids: [], event_id: eventId, part_of_id: null, rules: [DEPLOYMENT_LABELLED.id], citations: [],
      };
      x.addCitation(deployment, x.doc.cite(label.start, c.end));
      if (deployment.citations.length) x.facts.deployments.push(deployment);
    }
  }
}
