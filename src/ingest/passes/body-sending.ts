// A body's count given right after its name ("the Harbour Police, which is sending 400"), rule
// deployment.body-sending: the body the words name just before, with that count. A number another rule
// already counted is left alone; words with no body right before count no one.
import { countOf, qualifierOf } from '../counts.js';
import { DEPLOYMENT_BODY_SENDING } from '../rules/deployments.js';
import type { DeploymentDraft, PassContext } from './context.js';
import { orgById } from './entities.js';
import { countedAt } from './labelled-counts.js';

export function bodySending(x: PassContext, eventId: string | null): void {
  for (const s of x.doc.sentences) {
    const found = [...x.matches(DEPLOYMENT_BODY_SENDING.pattern, s)].filter((m) => !countedAt(x, m.pos + m[0].length - 1));
    for (const m of found) {
      const body = x.doc.mentionsIn({ start: s.start, end: m.pos + 1 }, 'organization').at(-1);
      // The body's name must end where the words begin: "the Harbour Police, which is sending 400".
      const org = body && !/\S/.test(x.doc.text.slice(body.end, m.pos).replace(/[,)]/g, '')) ? orgById(x, body.id) : undefined;
      const value = countOf(m.groups!.number!);
      if (!body || !org || value === null || value < 2) continue;
      const deployment: DeploymentDraft = {
        id: x.newId(`${org.name} deployment`), organization_id: org.id, personnel: { value, qualifier: qualifierOf(m.groups!.hedge) }, role: 'Officers',
        place_ids: [], event_id: eventId, part_of_id: null, rules: [DEPLOYMENT_BODY_SENDING.id], citations: [],
      };
      x.addCitation(deployment, x.doc.cite(body.start, m.pos + m[0].length));
      if (deployment.citations.length) x.facts.deployments.push(deployment);
    }
  }
}
