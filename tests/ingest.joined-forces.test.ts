// Forces deployed with no number: bodies whose members join or back another force (rule deployment.joined-by), a
// force that opens its sentence and will guard or patrol a place (rule deployment.on-standby), and commandos
// counted as a force. Over briefs of the test's own, through the whole pipeline.
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

  it('reads a count sent as "a further" or "an extra" as the sending force\'s increment, with the total it brings', () => {
    expect(deployed('The Harbour Police Service has sent a further 900 officers to the port, bringing the total in the city to 6,400, the force said.')).toEqual([
      ['harbour-police-service', 900, 'exactly'], ['harbour-police-service', 6400, 'exactly']]);
    expect(deployed('The Harbour Police Service has sent an extra 900 officers to the port.')).toEqual([['harbour-police-service', 900, 'exactly']]);
  });
});
