// Security measures by the words that name them, one rule per kind of measure. The phrases are regular
// expressions kept small: a trailing "s?" for a plural, "(?:re|er)" for British and American spelling.
import type { MeasureDraft } from '../passes/context.js';
import { anyOf, compose, type Rule } from './rule.js';

interface MeasureRule extends Rule { measureKind: MeasureDraft['kind'] }

const measure = (id: string, measureKind: MeasureRule['measureKind'], description: string, phrases: string[], examples: Rule['examples'], template = '\\b{PHRASE}\\b'): MeasureRule =>
  ({ id: `measure.${id}`, produces: 'measures', measureKind, description, pattern: compose(template, { PHRASE: anyOf(phrases) }, 'gi'), examples });

export const MEASURE_RULES: readonly MeasureRule[] = [
  measure('airspace-restriction', 'airspace_restriction', 'a ban on flying over an area, drones included',
    ['no-fly zones?', 'airspace restrictions?', 'flight bans?', 'drone bans?', 'air exclusion zones?', 'ban on drone flights', 'ban on drones',
      'drone flights (?:will be |are |were )?banned', 'drones (?:are|will be|were) (?:banned|prohibited)', '(?:the )?flying (?:of )?drones', 'restricted airspace'],
    { match: ['A no-fly zone will cover the city.', 'Drones are banned within 5 km.', 'The authority declared restricted airspace over the venue.'],
      noMatch: ['The police will fly a drone over the crowd.', 'Flights to Rome were delayed.'] }),
  measure('restricted-zone', 'restricted_zone', 'an area closed to the public or entered only through checks',
    ['red zones?', 'restricted[- ]access areas?', 'exclusion zones?', 'security perimeters?', 'security zones?', 'restricted zones?', 'no-go zones?', 'cordons?', 'checkpoints?'],
    { match: ['A security perimeter will close the square.', 'Residents must show identification at checkpoints.', 'The "red zones" open on Friday.'],
      noMatch: ['The fan zone opens at noon.', 'The time zone changes on Sunday.'] },
    '"?\\b{PHRASE}\\b"?'),
  measure('surveillance', 'surveillance', 'cameras or other watching of an area',
    ['drone surveillance', 'video surveillance', 'CCTV(?: cameras)?', 'facial recognition(?: cameras| systems)?', 'surveillance cameras', 'aerial surveillance'],
    { match: ['Video surveillance will cover the piers.', 'The city installed 60 additional CCTV cameras.', 'The Met will use live facial recognition cameras.'],
      noMatch: ['Suspects were under surveillance for weeks.', 'A camera crew filmed the march.'] }),
  measure('cybersecurity', 'cybersecurity', 'a unit or room that guards computer systems',
    ['(?:24-hour |dedicated )?cyber ?security (?:control room|command cent(?:re|er)|operations cent(?:re|er)|centre|center|unit)', 'cyber defen[cs]e (?:unit|centre|center)'],
    { match: ['A dedicated cybersecurity unit will watch the ticketing system.', 'A cyber defence centre opens in Rome.'],
      noMatch: ['Cybersecurity experts criticised the plan.'] }),
  measure('inspection', 'inspection', 'checks of people or bags at an entrance',
    ['(?:robotic )?inspection systems?', 'bag (?:checks|searches)', 'security screening', 'metal detectors?', 'body scanners?', 'bomb[- ]sniffing dogs'],
    { match: ['Bag checks will be carried out at every gate.', 'All fans will pass through metal detectors.', 'Security screening at all 12 gates will be tighter.'],
      noMatch: ['Police will check bags at random.', 'The inspection of the stadium roof is due in May.'] }),
  measure('intelligence', 'intelligence', 'intelligence work against threats',
    ['intelligence-led prevention(?: strategies)?', 'intelligence sharing', 'intelligence-led policing'],
    { match: ['The plan relies on intelligence sharing between forces.'], noMatch: ['Military intelligence officers attended the briefing.'] }),
];
