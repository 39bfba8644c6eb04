// A body's count given right after its name ("the Harbour Police, which is sending 400"), rule
// deployment.body-sending: the body the words name just before, with that count. A number another rule
// already counted is left alone; words with no body right before count no one. And a bare number a police
// force puts "on the streets" (rule deployment.on-duty): the count of the police force the sentence names
// nearest before it. And a count in parentheses right after a body's name ("the Harbour Police (about 350)"),
// rule deployment.body-parentheses. And a second share of a list of forces ("… and 25 of the Mobile Force"),
// rule deployment.share-of-force.
import { countOf, headcountOf, qualifierOf } from '../counts.js';
import { DEPLOYMENT_BODY_PARENTHESES, DEPLOYMENT_BODY_SENDING, DEPLOYMENT_ON_DUTY, DEPLOYMENT_SHARE_OF_FORCE } from '../rules/deployments.js';
import type { DeploymentDraft, Found, OrganizationDraft, PassContext } from './context.js';
import { orgById } from './entities.js';
import { countedAt } from './labelled-counts.js';

function push(x: PassContext, org: OrganizationDraft, m: Found, eventId: string | null, ruleId: string, citeFrom: number, citeTo = m.pos + m[0].length): void {
  // A noun after the number says who is counted, so a number in words counts too ("(twelve officers)").
  const value = m.groups!.noun ? headcountOf(m.groups!.number!) : countOf(m.groups!.number!);
  if (value === null || value < 2) return;
  const deployment: DeploymentDraft = {
    id: x.newId(`${org.name} deployment`), organization_id: org.id, personnel: { value, qualifier: qualifierOf(m.groups!.hedge) }, role: 'Officers',
    place_ids: [], event_id: eventId, part_of_id: null, rules: [ruleId], citations: [],
  };
  x.addCitation(deployment, x.doc.cite(citeFrom, citeTo));
  if (deployment.citations.length) x.facts.deployments.push(deployment);
}

export function bodySending(x: PassContext, eventId: string | null): void {
  for (const s of x.doc.sentences) {
    const found = [...x.matches(DEPLOYMENT_BODY_SENDING.pattern, s)].filter((m) => !countedAt(x, m.pos + m[0].length - 1));
    for (const m of found) {
      const body = x.doc.mentionsIn({ start: s.start, end: m.pos + 1 }, 'organization').at(-1);
      // The body's name must end where the words begin: "the Harbour Police, which is sending 400".
      const org = body && !/\S/.test(x.doc.text.slice(body.end, m.pos).replace(/[,)]/g, '')) ? orgById(x, body.id) : undefined;
      if (body && org) push(x, org, m, eventId, DEPLOYMENT_BODY_SENDING.id, body.start);
    }
    for (const m of [...x.matches(DEPLOYMENT_BODY_PARENTHESES.pattern, s)].filter((p) => !countedAt(x, p.pos + p[0].length - 2))) {
      const open = m.pos + m[0].lastIndexOf('(');
      // The body's name must end right before the parenthesis, or its acronym's: "the Gendarmerie (1,100 officers)", "the Harbour Police (HP) (about 250 of them)".
      const body = x.doc.mentionsIn({ start: s.start, end: open }, 'organization').find((o) => /^\s*(?:\([A-Z]{2,6}\)\s*)?$/.test(x.doc.text.slice(o.end, open)));
      const org = body && orgById(x, body.id);
      if (body && org) push(x, org, m, eventId, DEPLOYMENT_BODY_PARENTHESES.id, body.start);
    }
    for (const m of [...x.matches(DEPLOYMENT_SHARE_OF_FORCE.pattern, s)].filter((p) => !countedAt(x, p.pos + p[0].indexOf(p.groups!.number!)))) {
      // The police force's name must open right after "of the": "25 of the Mobile Force".
      const body = x.doc.mentionsIn({ start: m.pos + m[0].length, end: s.end }, 'organization').find((o) => o.start === m.pos + m[0].length);
      const org = body && orgById(x, body.id);
      if (org?.kind === 'police_force') push(x, org, m, eventId, DEPLOYMENT_SHARE_OF_FORCE.id, m.pos, body!.end);
    }
    const onDuty = [...x.matches(DEPLOYMENT_ON_DUTY.pattern, s)].filter((m) => !countedAt(x, m.pos + m[0].length - 1));
    for (const m of onDuty) {
      const force = x.doc.mentionsIn({ start: s.start, end: m.pos }, 'organization').filter((o) => orgById(x, o.id)?.kind === 'police_force').at(-1);
      if (force) push(x, orgById(x, force.id)!, m, eventId, DEPLOYMENT_ON_DUTY.id, force.start);
    }
  }
}
