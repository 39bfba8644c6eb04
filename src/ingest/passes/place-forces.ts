// Counts of several places' police in one sentence, each in parentheses after the place's name ("the
// police forces of Lorraine (90 officers) and Alsace (about 60)"), rule deployment.place-forces: each
// place's police, "<place> police", with its count. A number another rule already counted is left alone.
import { countOf, qualifierOf } from '../counts.js';
import { DEPLOYMENT_PLACE_FORCES } from '../rules/deployments.js';
import type { DeploymentDraft, PassContext } from './context.js';
import { addOrganization } from './entities.js';
import { countedAt } from './labelled-counts.js';

export function placeForces(x: PassContext, eventId: string | null): void {
  const opens = DEPLOYMENT_PLACE_FORCES.guards!.opens!;
  for (const s of x.doc.sentences) {
    const opener = opens.exec(s.text);
    if (!opener) continue;
    const after = { start: s.start + opener.index + opener[0].length, end: s.end };
    // Read before any is added: each cites the whole sentence, which would hide the next count.
    const found = [...x.matches(DEPLOYMENT_PLACE_FORCES.pattern, after)].filter((m) => !countedAt(x, m.pos + m[0].length - 2));
    for (const m of found) {
      const value = countOf(m.groups!.number!);
      const end = m.pos + m[0].length;
      if (value === null || value < 2) continue;
      const name = `${m.groups!.name!} police`;
      const org = addOrganization(x, name, { kind: 'police_force', country: null }, m.pos, end, DEPLOYMENT_PLACE_FORCES.id);
      const deployment: DeploymentDraft = {
        id: x.newId(`${name} deployment`), organization_id: org.id, personnel: { value, qualifier: qualifierOf(m.groups!.hedge) }, role: 'Officers',
        place_ids: [], event_id: eventId, part_of_id: null, rules: [DEPLOYMENT_PLACE_FORCES.id], citations: [],
      };
      x.addCitation(deployment, x.doc.cite(s.start, s.end));
      if (deployment.citations.length) x.facts.deployments.push(deployment);
    }
  }
}
