// Parts of a count told place by place (rule deployment.parts-by-place): "Of the police officers, about 5,800
// were in Lakeside Province, 4,300 in Hill Province …" — each item a part of the last count of those people
// told before the sentence, with that count's body and event, placed where the item says. A sentence with no
// such count before it adds nothing: whose people they are is not guessed.
import { countOf, qualifierOf } from '../counts.js';
import { DEPLOYMENT_PARTS_BY_PLACE } from '../rules/deployments.js';
import type { DeploymentDraft, PassContext } from './context.js';
import { countedAt } from './labelled-counts.js';

/** The last count told before `before` whose role ends with the noun ("Police officers" for "police officers"). */
function totalOf(x: PassContext, noun: string, before: number): DeploymentDraft | undefined {
  const told = x.facts.deployments.filter((d) => String(d.role).toLowerCase().endsWith(noun.toLowerCase())
    && d.citations.some((c) => { const at = x.doc.text.indexOf(c.quote); return at >= 0 && at < before; }));
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
