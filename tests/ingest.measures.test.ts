// Security measures read on articles written for this test: airspace closed by an active verb and with a
// radius, a restricted zone closed to what flies, cameras counted or watched from a control room, bag and
// identity checks however worded, one measure for the words of one kind in one sentence, and a negation kept
// in a measure's name (a closure denied is none).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';

function measuresOf(sentences: string) {
  const facts = extract({ sourceId: 'regatta-plan', published: '2026-07-01', text: `Regatta Security Plan\n\n${sentences}\n` });
  return facts.measures.map((m) => [m.kind, m.name]);
}

describe('measures', () => {
  it('leaves a closure\'s end open when only its start is stated ("from 6 p.m. on Friday until the end of the fair")', () => {
    const periods = (sentences: string) => extract({ sourceId: 'regatta-plan', published: '2026-07-01', text: `Regatta Security Plan\n\n${sentences}\n` }).measures.map((m) => [m.start, m.end]);
    // 2026-07-01 is a Wednesday.
    expect(periods('The council has closed the quay to the public from 6 p.m. on Friday until the end of the regatta.')).toEqual([['2026-07-03', null]]);
    expect(periods('The council will close the quay to the public on Friday.')).toEqual([['2026-07-03', '2026-07-03']]);
    // Two days written as one period: its end is the second, not the first again.
    expect(periods('Quay Road will be closed to all traffic from 5 a.m. on Friday until 2 a.m. on Saturday.')).toEqual([['2026-07-03', '2026-07-04']]);
    expect(periods('The council will close the quay to the public on Saturday and Sunday.')).toEqual([['2026-07-04', '2026-07-05']]);
  });

  it('gives a measure the body that is the subject of its verb as operator, not a body that only reports it', () => {
    const operators = (sentences: string) => {
      const facts = extract({ sourceId: 'regatta-plan', published: '2026-07-01', text: `Regatta Security Plan\n\n${sentences}\n` });
      return facts.measures.map((m) => (m.operator_ids as string[]).map((id) => facts.organizations.find((o) => o.id === id)?.name));
    };
    expect(operators('The Lakeland Aviation Authority has banned drones over the harbour for two days.')).toEqual([['Lakeland Aviation Authority']]);
    expect(operators('The Harbour Police will carry out bag checks at every gate.')).toEqual([['Harbour Police']]);
    expect(operators('The Lakeland Aviation Authority said drones were banned over the harbour.')).toEqual([[]]);
  });

  it('reads airspace closed by an active verb, and a restricted zone closed to drones, as airspace restrictions', () => {
    expect(measuresOf('The Lakeland Aviation Authority has closed the airspace within a radius of 25 km of the palace to all private aircraft from Wednesday to Friday.'))
      .toEqual([['airspace_restriction', 'Airspace closure']]);
    expect(measuresOf('The aviation authority has set up a temporary restricted zone with a radius of 8 km around the arena, closed to drones and light aircraft on Saturday.'))
      .toEqual([['airspace_restriction', 'Restricted zone']]);
    expect(measuresOf('A restricted zone around the harbour will be open only to residents on Saturday.')).toEqual([['restricted_zone', 'Restricted zone']]);
  });

  it('reads cameras counted, worn or watched from a control room, and helicopters watching, as surveillance; television cameras as none', () => {
    expect(measuresOf('Officers with body cameras will patrol the route, and 40 cameras will be watched from a control room at the town hall.').map(([kind]) => kind))
      .toEqual(['surveillance']);
    expect(measuresOf('He said officers with body cameras would patrol the route and that 40 cameras would be watched from a control room.').map(([kind]) => kind))
      .toEqual(['surveillance', 'surveillance']);
    expect(measuresOf('Police will use two helicopters to watch the fan walks.')).toEqual([['surveillance', 'Helicopters to watch']]);
    expect(measuresOf('Two television cameras filmed the regatta.')).toEqual([]);
  });

  it('reads bag searches and identity checks however they are worded, once per wording of one search', () => {
    expect(measuresOf('Some 650 guards will search bags at the entrances.\n\n- Bag searches at all four entrances.')).toEqual([['inspection', 'Bag searches']]);
    expect(measuresOf('Residents inside the zone will have to show identity documents at police checkpoints.').map(([kind]) => kind)).toEqual(['restricted_zone', 'inspection']);
    expect(measuresOf('Identity checks at the entrances to the security zone will start on Friday.').map(([kind]) => kind)).toContain('inspection');
    expect(measuresOf('Officers will check bags at random.')).toEqual([]);
    // Named by whom it searches, as the review form names it, never by its verb and determiner ("Search every").
    expect(measuresOf('Its stewards will search every away fan at the gates.')).toEqual([['inspection', 'Searches of away fans']]);
    expect(measuresOf('Stewards search every supporter at a separate entrance.')).toEqual([['inspection', 'Searches of supporters']]);
  });

  it('keeps a negation in a measure\'s name, and proposes no closure that the article denies', () => {
    expect(measuresOf('Bags larger than an A4 sheet are not allowed in the stadium.')).toEqual([['ban', 'Bags larger than an A4 sheet not allowed in the stadium']]);
    expect(measuresOf('The bridge will not be closed to traffic.')).toEqual([]);
  });
});
