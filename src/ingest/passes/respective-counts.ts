// Two counts given "respectively" for the two bodies a sentence names before them ("the Harbour Police and
// the police of Lakeland will each send spotters (ten and twelve officers respectively)"), rule
// deployment.respectively: the first count the first body's, the second the second's. "The police of
// <place>" is that place's police. With other than two bodies before the counts, nothing is counted.
import { headcountOf, qualifierOf } from '../counts.js';
import { DEPLOYMENT_RESPECTIVELY } from '../rules/deployments.js';
import type { Sentence } from '../text.js';
import type { DeploymentDraft, OrganizationDraft, PassContext } from './context.js';
import { addOrganization, isGenericForceId, orgById } from './entities.js';
import { countedAt } from './labelled-counts.js';

/** "the police of North Lakeland": a place's police named in lowercase before its place. */
const POLICE_OF_PLACE = /\bpolice\s+(?:of|from)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})/gu;

/** The bodies a sentence names before an offset, in order: its organizations and the police of places it names. */
function bodiesBefore(x: PassContext, s: Sentence, at: number): OrganizationDraft[] {
  const text = x.doc.text.slice(s.start, at);
  for (const m of text.matchAll(POLICE_OF_PLACE)) {
    const start = s.start + m.index;
    if (!x.doc.mentionsIn({ start, end: start + m[0].length }, 'organization').length) addOrganization(x, `${m[1]!} police`, { kind: 'police_force', country: null }, start, start + m[0].length, DEPLOYMENT_RESPECTIVELY.id);
  }
  const named = x.doc.mentionsIn({ start: s.start, end: at }, 'organization').map((o) => orgById(x, o.id));
  return [...new Set(named.filter((o): o is OrganizationDraft => !!o && !isGenericForceId(o.id)))];
}

export function respectiveCounts(x: PassContext, eventId: string | null): void {
  for (const s of x.doc.sentences) {
    for (const m of x.matches(DEPLOYMENT_RESPECTIVELY.pattern, s)) {
      const counts = [m.groups!.first!, m.groups!.second!].map(headcountOf);
      if (counts.some((v) => v === null) || countedAt(x, m.pos + m[0].length - 1)) continue;
      const bodies = bodiesBefore(x, s, m.pos);
      if (bodies.length !== 2) continue;
      bodies.forEach((org, i) => {
        const deployment: DeploymentDraft = {
          id: x.newId(`${org.name} deployment`), organization_id: org.id, personnel: { value: counts[i]!, qualifier: qualifierOf(m.groups!.hedge) }, role: 'Officers',
          place_ids: [], event_id: eventId, part_of_id: null, rules: [DEPLOYMENT_RESPECTIVELY.id], citations: [],
        };
        x.addCitation(deployment, x.doc.cite(s.start, s.end));
        if (deployment.citations.length) x.facts.deployments.push(deployment);
      });
    }
  }
}
