// What ingest read wrong in blind round 41 (issue 20), read by a general rule, on briefs of our own: a titled name
// that did something told in an irregular past, a rank or church title written short before a name, a centre that
// coordinates, a rank's title that is no body, people rescued who are no force.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const titles = (text: string) => read(brief(text)).people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title]);

describe('people', () => {
  it('reads a lowercase title and a name that spoke, and gives the name the pronoun\'s quote after it', () => {
    const facts = read(brief('Union president Ada Moen spoke from the steps of the assembly. "We want a fair wage," she said.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toEqual([['Ada Moen', 'Union president']]);
    expect(facts.statements.map((s) => [s.speaker_id, s.text])).toEqual([['ada-moen', 'We want a fair wage.']]);
  });
  it('reads a name set off after a title past a rank written short, and leaves a short church title out of the name', () => {
    expect(titles('A police spokeswoman, Lt. Ada Moen, said the road was closed.')).toEqual([['Ada Moen', 'Police spokeswoman']]);
    expect(titles('The Bishop of Lakeside, Mgr Ivo Lenz, will celebrate the Mass.')).toEqual([['Ivo Lenz', 'Bishop of Lakeside']]);
  });
});

describe('bodies', () => {
  it('reads a coordination centre whole, and a rank\'s title before "Officer" as no body', () => {
    const facts = read(brief('The Lakeside Rescue Coordination Centre coordinated the search. The Chief Police Officer is Superintendent Ada Moen.'));
    expect(facts.organizations.map((o) => o.name)).toEqual(['Lakeside Rescue Coordination Centre']);
  });
});

describe('counts', () => {
  it('counts no force in people a passive says were rescued, but does in a force that rescued people', () => {
    expect(read(brief('Twenty-seven crew members of a fishing boat were rescued and two are missing.')).deployments).toEqual([]);
    expect(read(brief('About 40 firefighters rescued 12 people from the river.')).deployments.map((d) => d.personnel)).toEqual([{ value: 40, qualifier: 'approximately' }]);
    expect(read(brief('About 300 officers were deployed after 12 people were rescued from the river.')).deployments.map((d) => d.personnel)).toEqual([{ value: 300, qualifier: 'approximately' }]);
  });
});
