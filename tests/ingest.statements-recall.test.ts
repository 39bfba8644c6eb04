// Statements in shapes wire copy uses that the rules used to miss, each over briefs of the test's own (other
// topics, places and words than any fixture article): a body named again by the head noun of its name ("the
// National Gendarmerie … the gendarmerie said"). Speakers stay exact: a head noun no named body has gives no
// statement, never a guess.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const speakers = (facts: ReturnType<typeof read>) => facts.statements.map((s) => [s.speaker_id, String(s.text).slice(0, 24)]);

describe('a body named again by the head noun of its name', () => {
  it.each([
    ['the National Gendarmerie', 'the gendarmerie', 'national-gendarmerie'],
    ['the General Customs Inspectorate', 'the inspectorate', 'general-customs-inspectorate'],
    ['the Directorate of Inland Waterways', 'the directorate', 'directorate-of-inland-waterways'],
    ['the Lakeside Chamber of Commerce', 'the chamber', 'lakeside-chamber-of-commerce'],
  ])('%s, then "%s said", is the body named', (body, head, id) => {
    const facts = read(brief(`About 300 officers of ${body} will guard the bridge on Friday, a spokesman said. The ferry terminal will close to cars from noon until midnight, ${head} said.`));
    expect(speakers(facts)).toContainEqual([id, 'The ferry terminal will ']);
  });

  it('gives no statement when no body named before has the head noun', () => {
    const facts = read(brief('About 300 officers of the Lakeside Police will guard the bridge on Friday. The ferry terminal will close to cars from noon until midnight, the gendarmerie said.'));
    expect(facts.statements.map((s) => s.text)).not.toContainEqual(expect.stringMatching(/^The ferry terminal/));
  });
});
