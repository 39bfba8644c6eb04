// Forces deployed with no number: bodies whose members join or back another force (rule deployment.joined-by), a
// force that opens its sentence on standby (rule deployment.on-standby), a force given a security task in any
// clause (rule deployment.tasked-force) or entrusted with someone's protection (rule deployment.entrusted-force),
// commandos counted as a force, and counts that are background (a force's strength, a plan's supposition). Over briefs of the test's own, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const deployed = (body: string) => read(brief(body)).deployments.map((d) => { const p = d.personnel as { value: number | null; qualifier: string | null }; return [d.organization_id, p.value, p.qualifier]; });

describe('forces deployed with no number', () => {
  it('reads each body whose members join a force, a vague count stating none', () => {
    expect(deployed('The Harbour Police will deploy about 2,500 officers at the stadium. They will be joined by several hundred members of the Rapid Action Unit (RAU) and by troops of the Border Guard Corps at the outer gates.')).toEqual([
      ['harbour-police', 2500, 'approximately'], ['rapid-action-unit', null, null], ['border-guard-corps', null, null]]);
  });

  it('leaves a member noun with a number to the count, commandos among the forces', () => {
    expect(deployed('The police will be supported by some 600 commandos of the Special Task Force (STF) and by soldiers of the Lakeside Army.')).toEqual([
      ['special-task-force', 600, 'approximately'], ['lakeside-army', null, null]]);
  });

  it('reads no deployment from a body backing a plan', () => {
    expect(deployed('The plan was backed by the Harbour Council on Monday.')).toEqual([]);
  });

  it('reads a force that will guard a place, and no body that guards something else', () => {
    expect(deployed('The Military Police Command will guard the palace and its side streets.')).toEqual([['military-police-command', null, null]]);
    expect(deployed('The Harbour Council will guard its budget.')).toEqual([]);
  });

  it('reads a force given a task in any clause, with no number, and no body that is not a force', () => {
    expect(deployed('The minister said the Harbour Police would provide 1,200 officers, while the Palace Guard Corps would escort the two kings.')).toEqual([
      ['harbour-police', 1200, 'exactly'], ['palace-guard-corps', null, null]]);
    expect(deployed('Two units of the Lakeside Armed Forces will help secure the port while the ships are moored.')).toEqual([['lakeside-armed-forces', null, null]]);
    expect(deployed('The Harbour Fire Service will keep three engines beside the pier, a spokesman said.')).toEqual([['harbour-fire-service', null, null]]);
    expect(deployed('The Lakeside Protection Agency is responsible for the visiting delegations.')).toEqual([['lakeside-protection-agency', null, null]]);
    expect(deployed('The Harbour Fire Service will keep its budget for next year.')).toEqual([]);
    expect(deployed('The Ministry of Public Security is responsible for the new stadium contracts.')).toEqual([]);
    expect(deployed('The Palace Guard Corps would not publish its numbers.')).toEqual([]);
  });

  it('reads a force entrusted with protection, not a body entrusted with anything else', () => {
    expect(deployed('Close protection of the visiting president will be in the hands of the Republican Guard, the ministry said.')).toEqual([['republican-guard', null, null]]);
    expect(deployed('Officers will be on the streets from Friday, with support from the Mobile Police Command.')).toEqual([['mobile-police-command', null, null]]);
    expect(deployed('Ticket sales will be handled by the Harbour Events Company.')).toEqual([]);
  });

  it('gives no second deployment to a body counted together with another', () => {
    expect(deployed('Some 900 officers of the Harbour Police and the Coast Guard will patrol the port during the fair.')).toHaveLength(1);
  });

  it('reads a count sent as "a further" or "an extra" as the sending force\'s increment, with the total it brings', () => {
    expect(deployed('The Harbour Police Service has sent a further 900 officers to the port, bringing the total in the city to 6,400, the force said.')).toEqual([
      ['harbour-police-service', 900, 'exactly'], ['harbour-police-service', 6400, 'exactly']]);
    expect(deployed('The Harbour Police Service has sent an extra 900 officers to the port.')).toEqual([['harbour-police-service', 900, 'exactly']]);
  });
});

describe('a part of a count drawn from a body of its own (rule deployment.part-from-body)', () => {
  it('"…, among them 250 from the Rapid Action Unit" is that unit\'s part, and the whole count is not the unit\'s', () => {
    const rows = deployed('The Harbour Police will have about 4,200 officers on duty this weekend. This time 1,600 officers will be posted at the stadium, among them 250 from the Rapid Action Unit, the spokesman said.');
    expect(rows).toContainEqual(['rapid-action-unit', 250, 'exactly']);
    expect(rows.filter(([body]) => body === 'rapid-action-unit')).toHaveLength(1);
  });

  it('no part when the number is no smaller than the count, nor from words that are no body', () => {
    expect(deployed('About 300 officers will be on duty at the stadium, among them 300 from the Rapid Action Unit.').filter(([body]) => body === 'rapid-action-unit')).toEqual([]);
    expect(deployed('About 3,000 officers will be on duty at the stadium, among them many from other towns.').map(([, value]) => value)).toEqual([3000]);
  });
});

describe('officers sent somewhere are a force counted (no body named)', () => {
  it('"A further five hundred officers will be sent to Hisor" is a count of 500 held as a generic force', () => {
    expect(deployed('Some two thousand police officers will be on duty in Lakeside on Saturday. A further five hundred officers will be sent to Hisor, the ministry said.'))
      .toContainEqual([':generic-force:Officers', 500, 'exactly']);
  });
});

describe('a part of the count told the sentence before (rule deployment.part-of-those)', () => {
  it('"Of those, some 3,000 will be at the stadium" is a part of the 5,000, with its body', () => {
    const { deployments } = read(brief('About 5,000 police officers of the Harbour Police will be on duty on Friday, the minister said. Of those, some 3,000 will be at the stadium and on the roads around it.'));
    const whole = deployments.find((d) => (d.personnel as { value: number }).value === 5000)!;
    const part = deployments.find((d) => (d.personnel as { value: number }).value === 3000);
    expect(part).toMatchObject({ organization_id: whole.organization_id, part_of_id: whole.id });
  });

  it('no part of people counted for something else, nor one no smaller than the count', () => {
    expect(deployed('About 300 officers will be on duty on Friday. Of those arrested, 30 were charged.').map(([, value]) => value)).toEqual([300]);
    expect(deployed('About 300 officers will be on duty on Friday. Of those, 300 will be at the stadium.').map(([, value]) => value)).toEqual([300]);
  });
});

describe('bodies and their counts listed after a colon (rule deployment.body-list)', () => {
  it('each body of the list counts its own number; members of the public are no force', () => {
    const text = 'Wedding Security\n\nLAKESIDE, May 4 (Wire) - The Harbour Police Service, the Eastland Defence Force and the Lakeside Fire Service will guard the wedding, where up to 50,000 guests and members of the public are expected. '
      + '"Deployed: Harbour Police Service, 2,400; Eastland Defence Force, about 1,100; Lakeside Fire Service, 150," the government said.\n';
    const deployments = read(text, '2031-05-04').deployments;
    expect(deployments.map((d) => [d.organization_id, (d.personnel as { value: number }).value, (d.personnel as { qualifier: string }).qualifier])).toEqual([
      ['harbour-police-service', 2400, 'exactly'], ['eastland-defence-force', 1100, 'approximately'], ['lakeside-fire-service', 150, 'exactly'],
    ]);
  });

  it('a list of one item, or of names that are no bodies, counts no one', () => {
    const text = 'Briefs\n\nLAKESIDE, May 4 (Wire) - The Harbour Police Service will be on duty. Tickets sold: Saturday, 2,400; Sunday, 1,100. Deployed: Harbour Police Service, 2,400.\n';
    expect(read(text, '2031-05-04').deployments.filter((d) => (d.rules as string[]).includes('deployment.body-list'))).toEqual([]);
  });
});

describe('a count in a clause opened by a past year', () => {
  it('is background, no deployment; the clause after the semicolon still counts', () => {
    const text = 'Carnival Costs\n\nLAKESIDE, May 4 (Wire) - In 2026 about 3,800 officers of the Lakeside Police Service worked the carnival; this year about 6,000 officers of the Lakeside Police Service will be on duty.\n';
    expect(read(text, '2031-05-04').deployments.map((d) => (d.personnel as { value: number }).value)).toEqual([6000]);
  });
});

describe('counts that are background, not a deployment (rule deployment.background-count)', () => {
  it('a force\'s whole strength and a number a plan supposes are none; a body that has hired or had people at the ground deployed them', () => {
    const facts = read(brief('The bid assumes it would need about 8,000 officers a day in 2048, close to the strength of the Lakeside Police Service, which has roughly 9,600 officers. '
      + 'The organising committee, which has hired 1,200 stewards for the opening night, said the gates open at six.'));
    expect(facts.deployments.map((d) => (d.personnel as { value: number }).value)).toEqual([1200]);
  });
});

describe('a key-facts list: a bulleted item is a line of a list, never a heading', () => {
  it('"- Officers: about 900 from <body>, including 120 of <body>" is that body\'s count and a part of it of the other body', () => {
    const facts = read(brief('The Harbour Cup is run on Saturday.\n\nKEY FACTS\n\n- Officers: about 900 from the Lakeside Police Service, including 120 of the Special Mobile Unit (SMU)\n- Crowd expected: up to 45,000'));
    const bodies = Object.fromEntries(facts.organizations.map((o) => [o.id, o.name]));
    const counts = facts.deployments.map((d) => [bodies[d.organization_id as string], (d.personnel as { value: number }).value, d.part_of_id ? bodies[facts.deployments.find((t) => t.id === d.part_of_id)!.organization_id as string] : null]);
    expect(counts).toEqual(expect.arrayContaining([['Lakeside Police Service', 900, null], ['Special Mobile Unit', 120, 'Lakeside Police Service']]));
    expect(facts.deployments).toHaveLength(2);
  });
});
