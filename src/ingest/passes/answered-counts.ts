// Counts given as an interview's answers (rule deployment.answered-count): "Q: How many officers will be on duty?"
// then "ANDRADE: About 46,000 across the country" counts the officers of the body the answering person speaks for.
// The body comes from the person's title ("Spokesman of the National Police"); with none, nothing is proposed.
import { countOf, qualifierOf } from '../counts.js';
import { ASKED_HOW_MANY, DEPLOYMENT_ANSWERED_COUNT } from '../rules/deployments.js';
import { PEOPLE_RULES } from '../rules/people.js';
import { capitalize, type Sentence } from '../text.js';
import type { DeploymentDraft, OrganizationDraft, PassContext, PersonDraft } from './context.js';
import { orgById } from './entities.js';
import { escapeRegExp } from '../rules/rule.js';

/** The person an answer's label names: "A" the person interviewed, else the one whose surname it is. */
function answering(x: PassContext, label: string): PersonDraft | undefined {
  if (/^(?:A|Answer)$/.test(label)) return x.facts.people.find((p) => p.rules?.includes(PEOPLE_RULES.interviewed.id));
  return x.facts.people.find((p) => p.name?.split(/\s+/).at(-1)?.toLowerCase() === label.toLowerCase());
}

/** The body a person speaks for: a role's organization, else the body its title ends with ("Spokesman of the National Police"). */
function bodyOf(x: PassContext, person: PersonDraft): OrganizationDraft | undefined {
  for (const role of person.roles) {
    const org = role.organization_id ? orgById(x, role.organization_id) : x.facts.organizations.find((o) => new RegExp(`\\b(?:of|for)\\s+(?:the\\s+)?${escapeRegExp(o.name)}$`, 'u').test(role.title));
    if (org) return org;
  }
  return undefined;
}

/** The question right before an answer: the last non-heading sentence before it, when it asks "How many …?". */
function askedNoun(x: PassContext, s: Sentence): string | undefined {
  const question = x.doc.sentences[s.index - 1];
  return question && /\?\s*$/.test(question.text) ? ASKED_HOW_MANY.exec(question.text)?.groups!.noun : undefined;
}

export function answeredCounts(x: PassContext): void {
  for (const s of x.doc.sentences) {
    const m = DEPLOYMENT_ANSWERED_COUNT.pattern.exec(s.text);
    const noun = m && askedNoun(x, s);
    const person = noun ? answering(x, m.groups!.label!) : undefined;
    const body = person && bodyOf(x, person);
    const value = m && countOf(m.groups!.number!);
    // "A: A few hundred": the article "a" read as a number is no count.
    if (!m || /^an?$/i.test(m.groups!.number!) || !noun || !body || value === null || value === undefined) continue;
    // "OKAFOR: About 1,300 officers …": a force noun after the number is a count the count rule reads.
    if (x.facts.deployments.some((d) => d.citations.some((c) => s.text.includes(c.quote) && c.quote.includes(m.groups!.number!)))) continue;
    const deployment: DeploymentDraft = {
      id: x.newId(`${body.name} deployment`), organization_id: body.id, personnel: { value, qualifier: qualifierOf(m.groups!.hedge) }, role: capitalize(noun),
      place_ids: [], event_id: x.mainEvent?.id ?? null, part_of_id: null, rules: [DEPLOYMENT_ANSWERED_COUNT.id], citations: [],
    };
    x.addCitation(deployment, x.doc.cite(s.start + m.index + m[0].length - m.groups!.number!.length - (m.groups!.hedge ? m.groups!.hedge.length + 1 : 0), s.start + m.index + m[0].length));
    if (deployment.citations.length) x.facts.deployments.push(deployment);
  }
}
