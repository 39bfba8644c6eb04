// Bodies' kinds the seventeenth review test found wrong (issue 20), each read by a general rule, on briefs of our own.
import { describe, expect, it } from 'vitest';
import { bodyKindOf } from '../src/ingest/passes/organizations.js';
import { brief, read } from './helpers/briefs.js';

const kinds = (text: string) => Object.fromEntries(read(brief(text)).organizations.map((o) => [o.name, o.kind]));

describe('a body\'s kind by the words before its head word', () => {
  it('a police administration or headquarters is a police force; a fire brigade or fire and rescue service an agency', () => {
    expect(kinds('About 300 officers of the Lakeside Police Administration and 40 firefighters of the Lakeside Public Fire Brigade will be on duty, the Harbour Fire and Rescue Service said.'))
      .toMatchObject({ 'Lakeside Police Administration': 'police_force', 'Lakeside Public Fire Brigade': 'agency', 'Harbour Fire and Rescue Service': 'agency' });
  });

  it('the review\'s forms read the same kinds (one function); a brigade of soldiers stays a force', () => {
    expect(bodyKindOf('Lakeside Police Administration')).toBe('police_force');
    expect(bodyKindOf('Lakeside Public Fire Brigade')).toBe('agency');
    expect(bodyKindOf('Lakeside Mountain Brigade')).toBe('police_force');
  });
});
