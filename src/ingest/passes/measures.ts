// The measures pass: security measures named by the measure rules (rules/measures.ts), with the period
// and places the sentence gives them.
import { capitalize } from '../text.js';
import { MEASURE_RULES } from '../rules/measures.js';
import type { MeasureDraft, PassContext } from './context.js';

/** A measure's name as compared: lower case, one space, no article or possessive. */
const normalize = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').replace(/^the /, '').replace(/'s$/, '').trim();

export function measures(x: PassContext): void {
  for (const rule of MEASURE_RULES) {
    const kind = rule.measureKind;
    for (const m of x.matches(rule.pattern)) {
      // "We will use a biometric checkpoint," she said: words quoted are not a measure announced.
      if (x.doc.quoted(m.pos)) continue;
      const phrase = m[0].replace(/["“”]/g, '').trim();
      const name = /banned$/i.test(phrase) ? 'Drone flight ban' : /^(?:ban on drones|drones (?:are|will be|were) (?:banned|prohibited)|(?:the )?flying (?:of )?drones)$/i.test(phrase) ? 'Drone ban' : capitalize(phrase);
      const s = x.doc.sentenceAt(m.pos);
      let measure = x.facts.measures.find((known) => normalize(known.name) === normalize(name) || normalize(known.name).replace(/s$/, '') === normalize(name).replace(/s$/, ''));
      if (!measure) {
        measure = { id: x.newId(name), name, kind, description: null, place_ids: [], start: null, end: null, date_precision: null, operator_ids: [], first_of_its_kind: null, citations: [] } satisfies MeasureDraft;
        x.facts.measures.push(measure);
      }
      x.ruled(measure, rule.id);
      // A period belongs to the measure it follows closely ("red zones from the 6th to the 22nd").
      const range = x.doc.dates.get(s.index)!.find((d) => d.end && s.start + d.index >= m.pos && s.start + d.index <= m.pos + m[0].length + 80);
      if (range && !measure.start) {
        Object.assign(measure, { start: range.start, end: range.end, date_precision: range.precision });
        x.inferDate(measure, range);
      }
      const near = x.doc.text.slice(m.pos, Math.min(s.end, m.pos + m[0].length + 40));
      if (/\bbased in\b|\bin\b/.test(near)) {
        const places = x.doc.placesIn({ start: m.pos, end: Math.min(s.end, m.pos + m[0].length + 40) });
        measure.place_ids = [...new Set([...measure.place_ids, ...places])];
      }
      if (/^\s*(?:[—–\-,]\s*)?a first\b/i.test(x.doc.text.slice(m.pos + m[0].length, s.end))) measure.first_of_its_kind = true;
      // The quote runs to the end of the period when the sentence gives one (it starts at or after the measure's words).
      x.addCitation(measure, x.doc.cite(m.pos, range ? Math.max(m.pos + m[0].length, s.start + range.index + range.text.length) : m.pos + m[0].length));
    }
  }
  x.facts.measures = x.facts.measures.filter((m) => m.citations.length);
}
