// Word lists the extraction rules use: what a news editor would recognise as a title, a force, a hedge,
// a speech verb. Kept general (not the seed articles' words only) and in one place.
import type { EVENT_KINDS, ORGANIZATION_KINDS } from '../schemas/vocabulary.js';

type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
type EventKind = (typeof EVENT_KINDS)[number];

/** Demonyms and country words → ISO 3166-1 alpha-2. */
export const NATIONALITIES: Record<string, string> = {
  Italian: 'IT', Italy: 'IT', American: 'US', US: 'US', 'U.S.': 'US', 'United States': 'US', French: 'FR', France: 'FR',
  German: 'DE', British: 'GB', UK: 'GB', 'U.K.': 'GB', Spanish: 'ES', Swiss: 'CH', Austrian: 'AT', Chinese: 'CN',
  Russian: 'RU', Japanese: 'JP', Canadian: 'CA', Brazilian: 'BR', Mexican: 'MX', Indian: 'IN', Australian: 'AU',
  Dutch: 'NL', Belgian: 'BE', Polish: 'PL', Greek: 'GR', Turkish: 'TR', Ukrainian: 'UA', Israeli: 'IL',
  Egyptian: 'EG', Qatari: 'QA', Saudi: 'SA', Korean: 'KR', 'South Korean': 'KR', Swedish: 'SE', Norwegian: 'NO',
  Danish: 'DK', Finnish: 'FI', Irish: 'IE', Portuguese: 'PT', Argentine: 'AR', Kenyan: 'KE', Nigerian: 'NG',
  Moroccan: 'MA', Senegalese: 'SN', Ghanaian: 'GH', Colombian: 'CO', Chilean: 'CL', Peruvian: 'PE',
};
export const NATIONALITY_PATTERN = Object.keys(NATIONALITIES).sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/\./g, '\\.')).join('|');

/** Titles of office, longest first so "Vice President" wins over "President". */
export const TITLES = [
  'Prime Minister', 'Interior Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Justice Minister',
  'Sports Minister', 'Home Secretary', 'Foreign Secretary', 'Secretary of State', 'Secretary of Homeland Security',
  'Secretary General', 'Secretary-General', 'Solicitor General', 'Attorney General',
  'Vice President', 'President', 'Minister of the Interior', 'Minister of [A-Z][a-z]+(?: [A-Z][a-z]+)?', 'Minister',
  'Deputy Mayor', 'Lord Mayor', 'Mayor', 'Governor', 'Prefect', 'Police Chief', 'Chief of Police', 'Police Commissioner',
  'Assistant Commissioner', 'Deputy Commissioner', 'Commissioner', 'Chief Superintendent', 'Superintendent', 'Chief Inspector',
  'Police President', 'Government Delegate',
  'Chief Constable', 'Director General', 'Director', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Ambassador', 'Senator',
  'Chancellor', 'General', 'Commander', 'Colonel', 'Chairman', 'Chairwoman', 'Chief Executive', 'CEO', 'Head of Security',
  'Security Chief', 'Prosecutor', 'Chief Prosecutor', 'Judge', 'King', 'Queen', 'Pope', 'Councillor', 'Council Member', 'Chief',
];
export const TITLE_PATTERN = `(?:${TITLES.join('|')})`;

/** Words that close an organization's name, with the kind they give it. */
export const ORG_HEADS: Record<string, OrganizationKind> = {
  Ministry: 'ministry', Department: 'ministry', Agency: 'agency', Police: 'police_force', Embassy: 'diplomatic_mission',
  Consulate: 'diplomatic_mission', Union: 'union', Party: 'political_group', Council: 'government', Committee: 'agency',
  Commission: 'agency', Office: 'agency', Service: 'agency', Services: 'agency', Force: 'police_force', Forces: 'police_force',
  Guard: 'police_force', Patrol: 'police_force', Corps: 'police_force', Federation: 'agency', Association: 'agency',
  Authority: 'agency', Bureau: 'agency', Administration: 'agency', Gendarmerie: 'police_force', Command: 'agency',
  Directorate: 'agency', Brigade: 'police_force', Army: 'police_force', Navy: 'police_force', Government: 'government',
  Parliament: 'government', Movement: 'political_group', Front: 'political_group', League: 'political_group',
  Coalition: 'political_group', Organization: 'agency', Organisation: 'agency', Delegation: 'delegation', Constabulary: 'police_force',
  Group: 'political_group', Squad: 'police_force', Unit: 'police_force',
};

/** Security bodies commonly named without a head word, with their kind and country. */
export const KNOWN_BODIES: Record<string, { kind: OrganizationKind; country: string | null; name?: string }> = {
  Carabinieri: { kind: 'police_force', country: 'IT' },
  'Guardia di Finanza': { kind: 'police_force', country: 'IT' },
  'Polizia di Stato': { kind: 'police_force', country: 'IT' },
  'Guardia Civil': { kind: 'police_force', country: 'ES' },
  'Policía Nacional': { kind: 'police_force', country: 'ES' },
  'Mossos d\'Esquadra': { kind: 'police_force', country: 'ES' },
  Bundespolizei: { kind: 'police_force', country: 'DE' },
  Bundeswehr: { kind: 'police_force', country: 'DE' },
  Gendarmerie: { kind: 'police_force', country: null },
  Interpol: { kind: 'agency', country: null },
  Europol: { kind: 'agency', country: null },
  Frontex: { kind: 'agency', country: null },
  NATO: { kind: 'agency', country: null },
  FBI: { kind: 'agency', country: 'US', name: 'Federal Bureau of Investigation' },
  DHS: { kind: 'ministry', country: 'US', name: 'Department of Homeland Security' },
  'Secret Service': { kind: 'agency', country: 'US' },
  'Metropolitan Police': { kind: 'police_force', country: 'GB' },
  IOC: { kind: 'agency', country: null, name: 'International Olympic Committee' },
};

/** Nouns for a body of security personnel, as counted in a deployment. */
export const FORCE_NOUNS = [
  'officers', 'officer', 'policemen', 'police', 'troops', 'soldiers', 'agents', 'personnel', 'gendarmes', 'guards',
  'carabinieri', 'stewards', 'marshals', 'members', 'firefighters', 'paramilitaries', 'servicemen', 'servicewomen', 'reservists',
  'security staff', 'security guards', 'staff',
];

export const SPEECH_VERBS = 'said|says|stated|states|told|added|warned|insisted|declared|clarified|emphasi[sz]ed|stressed|asserted|confirmed|announced|argued|noted|explained|claimed|highlighted|underlined|underscored|reiterated|maintained|denied|acknowledged|admitted|promised|pledged|vowed|urged|called for|criticized|criticised|condemned';

/**
 * Verbs that report a view rather than an utterance, and the plural present forms a group takes
 * ("critics argue that", "they fear that"): statements read them before a that-clause only.
 */
export const VIEW_VERBS = 'say|argue|argues|warn|warns|insist|insists|claim|claims|contend|contends|contended|fear|fears|feared|believe|believes|believed|worry|worries|worried|complain|complains|complained|point out|points out|pointed out|maintain|maintains|suggest|suggests|suggested|predict|predicts|predicted|stress|note|deny|admit|acknowledge';

/** Verbs that report words even without "that": "said the plan was ready", "warned protesters would be removed". */
export const REPORTING_VERBS = 'said|says|say|added|adds|warned|warns|insisted|stressed|argued|argue|explained|noted|claimed|believes|believe|fear|fears|feared|acknowledged|admitted';

/** Unnamed groups an article lets speak ("Critics argue that …"): a statement's speaker, kept as a group. */
export const GROUP_NOUNS = 'critics|supporters|opponents|proponents|activists|campaigners|residents|locals|protesters|demonstrators|organi[sz]ers|experts|analysts|observers|environmentalists|shopkeepers|business owners|rights groups|human rights groups|civil liberties groups|fans|spectators|parents|workers|unions|trade unions';

/** Events known by one name, with their kind (names that carry no head word such as "Festival" or "Games"). */
export const KNOWN_EVENTS: Record<string, EventKind> = {
  Oktoberfest: 'festival', Glastonbury: 'festival', Coachella: 'festival', Hogmanay: 'festival', 'Mardi Gras': 'festival',
  "New Year's Eve": 'festival', Eurovision: 'festival', Wimbledon: 'games', 'Super Bowl': 'games',
};

export const PROTEST_WORDS = 'protests?|rall(?:y|ies)|demonstrations?|marches|march|sit-ins?|vigils?|pickets?';

export const INCIDENT_WORDS = 'shooting|stabbing|bombing|explosion|attack|riot|riots|clashes|cyberattack|hack|stampede|crash';

/** Nouns for the people who take part in a protest, as counted in its size ("about 2,000 demonstrators"). */
export const CROWD_NOUNS = 'people|persons|protesters|protestors|demonstrators|participants|activists|marchers|supporters|campaigners|strikers';

/** Words that count people for something other than taking part ("arrested 30 protesters", "12 people were injured"). */
export const HARM_WORDS = 'arrested|detained|injured|hurt|wounded|killed|charged|fined|held in custody|taken into custody|hospitali[sz]ed';
