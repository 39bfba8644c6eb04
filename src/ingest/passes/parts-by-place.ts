// Parts of a count told place by place (rule deployment.parts-by-place): "Of the police officers, about 5,800
// were in Lakeside Province, 4,300 in Hill Province …" — each item a part of the last count of those people
// told before the sentence, with that count's body and event, placed where the item says. A sentence with no
// such count before it adds nothing: whose people they are is not guessed. So are parts of a count its own sentence
// places after ", including" (rule deployment.included-part).
import { countOf, qualifierOf } from '../counts.js';
import { DEPLOYMENT_INCLUDED_PART, DEPLOYMENT_PART_FROM_BODY, DEPLOYMENT_PART_OF_THOSE, DEPLOYMENT_PARTS_BY_PLACE } from '../rules/deployments.js';
import type { DeploymentDraft, PassContext } from './context.js';
import { countedAt } from './labelled-counts.js';

/** The last count told before `before` whose role ends with the noun ("Police officers" for "police officers"). */
function totalOf(x: PassContext, noun: string, before: number): DeploymentDraft | undefined {
  const told = x.facts.deployments.filter((d) => String(d.role).toLowerCase().endsWith(noun.toLowerCase())
    && d.citations.some((c) => { const at = x.doc.quoteStart(c.quote); return at >= 0 && at < before; }));
  return told.at(-1);
}

export function partsByPlace(x: PassContext): void {
  const opens = DEPLOYMENT_PARTS_BY_PLACE.guards!.opens!;
  for (const s of x.doc.sentences) {
    const opener = opens.exec(s.text);
    const total = opener && totalOf(x, opener.groups!.noun!, s.start);
    if (!opener || !total) continue;
    const after = { start: s.start + opener[0].length, end: s.end };
    // Read before any is added: each cites the whole sentence, which would hide the next count.
    const found = [...x.matches(DEPLOYMENT_PARTS_BY_PLACE.pattern, after)].filter((m) => !countedAt(x, m.pos + 1));
    for (const m of found) {
      const value = countOf(m.groups!.number!);
      const place = x.facts.places.find((p) => p.name === m.groups!.place);
      if (value === null || value >= (total.personnel.value ?? Infinity)) continue;
      const part: DeploymentDraft = {
        id: x.newId(`${total.id} in ${m.groups!.place}`), organization_id: total.organization_id, personnel: { value, qualifier: qualifierOf(m.groups!.hedge) }, role: total.role,
        place_ids: place ? [place.id] : [], event_id: total.event_id, part_of_id: total.id, rules: [DEPLOYMENT_PARTS_BY_PLACE.id], citations: [],
      };
      x.addCitation(part, x.doc.cite(s.start, s.end));
      if (part.citations.length) x.facts.deployments.push(part);
    }
  }
}

/** The last count cited in a sentence before a position: the count an "including 1,200 at …" is part of. */
function countBefore(x: PassContext, start: number, at: number): DeploymentDraft | undefined {
  return x.facts.deployments.filter((d) => d.personnel.value !== null && d.citations.some((c) => {
    const quoted = x.doc.text.indexOf(c.quote, start);
    return quoted >= start && quoted + c.quote.length <= at;
  })).at(-1);
}

/** What a part of a count says of itself; the rest (event, the count it is part of) is the count's. */
interface Part { total: DeploymentDraft; value: number; hedge: string | undefined; rule: string; cite: { start: number; end: number }; place_ids: string[]; body?: string }

/** Adds a part of a count: its body the count's unless it names its own, cited by its own words. */
function addPart(x: PassContext, part: Part): void {
  const { total, body } = part;
  const draft: DeploymentDraft = {
    id: x.newId(body ? `${body} deployment` : `${total.id} part`), organization_id: body ?? total.organization_id, personnel: { value: part.value, qualifier: qualifierOf(part.hedge) },
    role: body ? null : total.role, place_ids: part.place_ids, event_id: total.event_id, part_of_id: total.id, rules: [part.rule], citations: [],
  };
  x.addCitation(draft, x.doc.cite(part.cite.start, part.cite.end));
  if (draft.citations.length) x.facts.deployments.push(draft);
}

/** The number a part rule read, when it is smaller than the count and not read as a count of its own; else null. */
function partValue(x: PassContext, m: RegExpExecArray & { pos: number }, total: DeploymentDraft | undefined, counted = true): number | null {
  const value = countOf(m.groups!.number!);
  if (!total || value === null || value >= (total.personnel.value ?? Infinity)) return null;
  return counted && countedAt(x, m.pos + m[0].indexOf(m.groups!.number!) + 1) ? null : value;
}

/** "…, including 1,200 at the 14 checkpoints" (rule deployment.included-part): a part of the count told before it in its sentence. */
export function partsIncluded(x: PassContext): void {
  for (const m of x.matches(DEPLOYMENT_INCLUDED_PART.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const total = countBefore(x, s.start, m.pos);
    // "…, and 500 of those will be inside the arena": after a bare "and", only a number "of them" is a part.
    if (/^,?\s*and\b/.test(m[0]) && !m.groups!.of) continue;
    const value = partValue(x, m, total);
    if (value === null) continue;
    const clauseEnd = Math.min(s.end, ...[',', ';'].map((mark) => x.doc.text.indexOf(mark, m.pos + m[0].length)).filter((i) => i >= 0));
    addPart(x, { total: total!, value, hedge: m.groups!.hedge, rule: DEPLOYMENT_INCLUDED_PART.id, cite: { start: m.pos + 2, end: clauseEnd }, place_ids: x.doc.placesIn({ start: m.pos + m[0].length, end: clauseEnd }) });
  }
}

/** "…, among them 250 from the Rapid Intervention Unit" (rule deployment.part-from-body): a part of the count before it, of the body named. */
export function partsFromBodies(x: PassContext): void {
  for (const m of x.matches(DEPLOYMENT_PART_FROM_BODY.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const total = countBefore(x, s.start, m.pos);
    const body = x.doc.mentionsIn({ start: m.pos + m[0].length, end: s.end }, 'organization').find((o) => o.start === m.pos + m[0].length);
    const value = partValue(x, m, total, false);
    if (!body || value === null || body.id === total!.organization_id) continue;
    addPart(x, { total: total!, value, hedge: m.groups!.hedge, rule: DEPLOYMENT_PART_FROM_BODY.id, cite: { start: m.pos + 2, end: body.end }, place_ids: total!.place_ids, body: body.id });
  }
}

/** "Of those, some 3,000 will be at the stadium" (rule deployment.part-of-those): a part of the last count its sentence before told. */
export function partsOfThose(x: PassContext): void {
  for (const m of x.matches(DEPLOYMENT_PART_OF_THOSE.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const before = x.doc.sentences[s.index - 1];
    const total = before && countBefore(x, before.start, before.end);
    const value = partValue(x, m, total);
    if (value === null) continue;
    addPart(x, { total: total!, value, hedge: m.groups!.hedge, rule: DEPLOYMENT_PART_OF_THOSE.id, cite: s, place_ids: x.doc.placesIn({ start: m.pos + m[0].length, end: s.end }) });
  }
}
