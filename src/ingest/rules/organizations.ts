// How the organizations pass finds bodies: one record per way a news text names one.
import { COMPANY_HEADS, GROUP_NOUNS, KNOWN_BODIES, NATIONALITY_PATTERN, ORG_HEADS, SPEECH_VERBS, TITLE_PATTERN } from '../lexicon.js';
import { BODY_ONLY_NOUNS } from './deployments.js';
import { MATCH_RESULT } from './events.js';
import { compose, type Rule } from './rule.js';

/** A capitalised word of a name, hyphens, apostrophes and digits allowed after its capital ("Saint-Denis", "O’Neill", "G7"). */
const CAP = "\\p{Lu}[\\p{L}\\d'’-]{0,40}";
const CAP2 = "\\p{Lu}[\\p{L}'’-]{1,40}";
/** A weekday or a month: "the Council on Monday" says when, not what the body deals with. */
const DAY_OR_MONTH_WORD = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December';
/** A club's name: up to three capitalised words ("Tottenham Hotspur", "Sporting CP", "Union Bordeaux-Begles"). */
const TEAM = "\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]{0,40}){0,2}";
/**
 * A capitalised word after a head word that names a unit of the body by the ground it covers ("the Harbour Police
 * District", "the Coast Guard Precinct"): still the body's name, not a place after it. ("The army's 1st Army
 * Region", a unit named inside its parent's possessive, is no row of its own: no "Region" here.)
 */
/** A lowercase adjective of a Romance language closing a body's name ("Sûreté nationale", "Garde républicaine", "Policía local"). */
const ROMANCE_BODY_ADJECTIVE = '(?:nationale?|nacional|municipale?|républicaine|republicaine|auxiliaires|royale|générale|generale|locale?|urbana|civile?)';
/**
 * A campaign's name that opens with a verb and "the" ("Stop the Pipe Coalition", "Save the Harbour Alliance"): the
 * first word no day, month or function word ("On Monday the Harbour Coalition said" names the Harbour Coalition).
 */
const VERB_THE = "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|On|In|At|By|For|From|With|As|After|Before|When|While|Since|Until|Then|But|And|Or|So|Yet|The|A|An|Of|To|Also|Later|Earlier|Meanwhile|Today|Yesterday|Tomorrow)\\b)[A-Z][\\p{Ll}]{1,20}[^\\S\\n]+the[^\\S\\n]+";
/**
 * Capitalised words after a head word that go on with the body's name: a district's ("Harbour Police District"), a
 * centre that coordinates or commands ("Maritime Rescue Coordination Centre", "Police Operations Center").
 */
// "General" after an office's head word and before what it is of is part of its name ("Directorate General of Civil
// Aviation", "Consulate General of Norway"), as French and Spanish order a general directorate's words.
const UNIT_AFTER_HEAD = '(?:[^\\S\\n]+(?:District|Precinct|(?:Coordination|Co-ordination|Operations|Command|Control)[^\\S\\n]+(?:Centre|Center))|(?<=(?:Directorate|Secretariat|Inspectorate|Consulate))[^\\S\\n]+General(?=[^\\S\\n]+(?:of|for)[^\\S\\n]))?';
/** A rank and a head word that make a title ("the Chief Police Officer", "Chief Fire Officer"): no body's name. */
const RANK_TITLE = '(?!(?:(?:The|A|Its)[^\\S\\n]+)?(?:Chief|Deputy|Assistant|Senior)[^\\S\\n]+(?:Police|Fire|Constabulary)[^\\S\\n]+(?:Officer|Commissioner|Constable|Inspector|Superintendent)\\b)';
/** A name's word with a lowercase prefix before its capital ("eThekwini", "iLembe"), or a capitalised one. */
const LOWER_PREFIXED_OR_CAP = "(?:\\p{Ll}\\p{Lu}|\\p{Lu})[\\p{L}-]{1,40}";

/** A capitalised word that is no head word of a body's name: "of" after a name goes on only through words of the same body. */
const NOT_HEAD = `(?!(?:${Object.keys(ORG_HEADS).join('|')})\\b)`;
/** Up to three capitalised words, none a head word: what one "of" of a long name names ("of Our Lady", "of Sorrows", "of La Pastora"). */
const OF_WORDS = `(?:${NOT_HEAD}${CAP}\\s+){0,2}${NOT_HEAD}${CAP}`;

export const ORGANIZATION_RULES = {
  definedAcronym: {
    id: 'organization.defined-acronym', produces: 'organizations',
    description: 'a capitalised name followed by its acronym in brackets, the acronym\'s letters among the name\'s initials and its digits a number word of the name ("the Group of Seven (G7)"); an acronym of the original language ("the Union of Dock Workers of Eastport (SUTRAP)", "Ruritanian Radio (RRT)", "the Association for Aid to Asylum Seekers in Eastport (AADE)") when the name holds a head word or opens with a nationality, read whole up to the bracket; the people of a body opening the sentence are no part of its name ("Officers of the Harbour Security Committee (HSC)"); a name closed by a word for an occasion is no body\'s, nor is its acronym anywhere in the article ("the Harbour Leaders\' Meeting (HLM)", "the Lakeside Nations Cup (LNC)")',
    // A day or a month in brackets ("Semi-finals (Sunday)", a results page's heading) is no acronym.
    pattern: compose('{NAME} \\({ACRONYM}\\)', {
      NAME: "\\p{Lu}[\\p{L}.'’-]{0,40}(?:[^\\S\\n]+(?:\\p{Lu}[\\p{L}.'’-]{0,40}|of|the|and|for|to|in|di|de)){0,9}", ACRONYM: '(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\))[A-Z][A-Za-z0-9.&]{1,9}',
    }, 'gu'),
    examples: {
      match: ['The Regional Transit Authority (RTA) closed two lines.', 'Leaders of the Harbour Seven (H7) meet on Friday.', 'The strike was called by the Union of Dock Workers of Eastport (SUTRAP).'],
      noMatch: ['The regional transit authority (rta) closed two lines.', 'The agency (which runs the trains) said so.', 'Semi-finals (Sunday): Holm beat Berg.'],
    },
  },
  namedGroup: {
    id: 'organization.named-group', produces: 'organizations',
    description: 'a word for a group of people followed by its capitalised name, maybe after "calling itself", "called" or "known as" ("the collective Green Streets Now", "a group calling itself Quiet Nights"); "the", "of", "for" or "against" between its capitalised words are part of it ("the campaign Save the Lindvale", "the group Friends of the Old Pier"), so the name is not cut before them',
    pattern: compose('\\b{KIND} (?:(?:calling itself|called|known as) )?{NAME}', {
      KIND: 'group|collective|movement|association|network|coalition|alliance|campaign',
      NAME: `${CAP2}(?:[^\\S\\n]+(?:(?:de|del|di|da|la|le|von|van|the|(?:for|of|against)(?:[^\\S\\n]+(?:a|the))?)[^\\S\\n]+)?${CAP2}){0,4}`,
    }, 'gu'),
    examples: { match: ['Members of the campaign group Quiet Rivers handed out leaflets.', 'The group Parents for a Safe Crossing handed out leaflets.', 'A group calling itself Quiet Nights handed out leaflets.', 'The campaign Save the Lindvale handed out leaflets.', 'The group Friends of the Old Pier handed out leaflets.'], noMatch: ['A group of residents handed out leaflets.', 'A group calling itself independent handed out leaflets.'] },
  },
  namedThenAppositiveKind: {
    id: 'organization.appositive-kind', produces: 'organizations',
    description: 'a capitalised name of two words or more opening a sentence or a clause, then a comma and "a" or "an" with a lowercase word saying it is a group ("Student Grants Now, a student group, plans a march", "Clean Water First, an environmental campaign,", "Lake Watch, a residents\' association,"): the body of that name, a campaign, charity, network, association or society an NGO (`association`), any other group political; never a person, though its first word be a first name',
    pattern: compose("(?:^|(?<=[.;:–—-]\\s+)){NAME},\\s+an?\\s+(?:[\\p{Ll}-]+['’]?\\s+){0,2}{KIND}\\b", {
      NAME: `${CAP2}(?:[^\\S\\n]+${CAP2}){1,4}`,
      KIND: 'group|movement|collective|campaign|coalition|alliance|network|charity|association|society',
    }, 'gmu'),
    examples: { match: ['Student Grants Now, a student group, plans a march on Saturday.', 'Clean Water First, an environmental campaign, said the river was foul.', "Lake Watch, a residents' association, plans a protest."], noMatch: ['Ada Moen, a student, said the march would go ahead.', 'The march, a student protest, will go ahead.'] },
  },
  namedThenKind: {
    id: 'organization.named-then-kind', produces: 'organizations',
    description: 'a group\'s capitalised name of two words or more after "the", then a lowercase word saying what it is ("the Citizens for Lakeside movement", "the Save Our Pier campaign"): the body of that name, a campaign an NGO (`association`), a movement, collective, coalition or alliance political',
    pattern: compose('\\b(?:the|The)\\s+{NAME}\\s+{KIND}\\b', {
      NAME: `${CAP2}(?:[^\\S\\n]+(?:(?:the|(?:for|of|against)(?:[^\\S\\n]+(?:a|the))?)[^\\S\\n]+)?${CAP2}){1,4}`,
      KIND: 'movement|collective|campaign|coalition|alliance',
    }, 'gu'),
    examples: { match: ['The Citizens for Lakeside movement will march on Thursday.', 'Volunteers of the Save Our Pier campaign handed out leaflets.'], noMatch: ['The Lakeside movement grew.', 'The students movement marched.', 'The Harbour Coalition said no.'] },
  },
  staffOfCentre: {
    id: 'organization.staff-of-centre', produces: 'organizations',
    description: 'a centre, institute or clinic named as the employer of people only a civilian body has ("paramedics of the Harbour Emergency Aid Centre", "nurses from the Lakeside Burns Institute"): a body (`agency`), not a venue, whatever its head word says of a building',
    pattern: compose('\\b(?:{STAFF})\\s+(?:of|from)\\s+the\\s+{NAME}\\b', {
      // A sentence may open on them ("Nurses from the …"): the first letter either case.
      STAFF: [...BODY_ONLY_NOUNS, 'staff'].map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1).replace(/ /g, '\\s+')}`).join('|'),
      NAME: `(?:${CAP2}[^\\S\\n]+){1,4}(?:Centre|Center|Institute|Clinic)`,
    }, 'gu'),
    examples: { match: ['About 40 paramedics of the Harbour Emergency Aid Centre will stand by.', 'Nurses from the Lakeside Burns Institute helped.'], noMatch: ['Officers of the Harbour Emergency Aid Centre stood by.', 'Paramedics waited at the Lakeside Convention Centre.'] },
  },
  speakingCentre: {
    id: 'organization.speaking-centre', produces: 'organizations',
    description: 'a centre, institute or clinic that speaks ("The Regional Specialised Meteorological Centre in Nadi said …", "the Lakeside Emergency Operations Centre warned"): a body (`agency`), not a venue, whatever its head word says of a building; a building is spoken of, it does not speak',
    pattern: compose('\\b{NAME}(?:[^\\S\\n]+in[^\\S\\n]+{CITY})?[^\\S\\n]+(?:has[^\\S\\n]+|have[^\\S\\n]+)?(?:{VERBS})\\b', {
      // "The" opening a sentence is no word of the name.
      NAME: `(?!(?:The|A|An)[^\\S\\n])(?:${CAP2}[^\\S\\n]+){1,4}(?:Centre|Center|Institute|Clinic)`, CITY: CAP2, VERBS: SPEECH_VERBS,
    }, 'gu'),
    examples: { match: ['The Regional Specialised Meteorological Centre in Nadi said the cyclone could strengthen.', 'The Lakeside Emergency Operations Centre warned residents to stay indoors.'], noMatch: ['The Lakeside Convention Centre will host the talks.', 'The trust, which runs the Lakeside Arts Centre, said bags would be searched.'] },
  },
  headWord: {
    id: 'organization.head-word', produces: 'organizations',
    description: 'capitalised words closed by a head word that says what the body is ("Coast Guard", "Ministry of Transport", "Embassy in Oslo"), maybe "General" after a directorate\'s, secretariat\'s, inspectorate\'s or consulate\'s head word when what it is of follows ("Directorate General of Civil Aviation"; "the Directorate General" alone is none), maybe opened by a campaign\'s verb and "the" ("Stop the Pipe Coalition"; "On Monday the Harbour Coalition" is the Harbour Coalition), what it is of maybe a list closed by "and" ("Ministry of Land, Ports, Rail and Roads"; "the Ministry of Transport, Holm said" ends at the comma); what it is of is left out when that is a body of something else, a body of its own ("the Rapid Unit of the Ministry of Ports" is the Rapid Unit, and the Ministry of Ports); a title of office before "of" and a name is a person\'s title, no body ("Commissioner of Police Ada Moen"); nor is a name that goes on into a site\'s, a day\'s, a band\'s or an occasion\'s ("the Old Town Police Station", "National Police Day", "the Coast Guard Summit"); a second "of" and a place the gazetteer knows go on with the name ("the National Bureau of Statistics of Ruritania"); a unit of a body named by its country is the unit, and that body ("the Presidential Guard of the Ruritania Defence Force"); a legislature\'s or a post office\'s name placing something by the building ("a rally outside the Harbour Parliament", "closed between the Old Town Post Office and the bridge") is a place, no body\'s name; a service or command of patrols or guards is a force of the police kind ("the Highway Patrol Service"); a coordination or operations centre goes on with the name ("the Maritime Rescue Coordination Centre"); a rank, a head word and an officer\'s word are a title ("the Chief Police Officer"), no body',
    pattern: compose('\\b{NAME}\\b{OF}?', {
      NAME: `${RANK_TITLE}(?:(?:U\\.S\\.|US|UK|EU)\\s+|${VERB_THE})?(?:${CAP}[^\\S\\n]+(?:(?:and|&|of)[^\\S\\n]+)?){0,6}(?:${Object.keys(ORG_HEADS).join('|')})${UNIT_AFTER_HEAD}`,
      OF: `(?:\\s+(?:of|for|[Aa]gainst)\\s+(?:the\\s+)?${OF_WORDS}(?:\\s+of\\s+(?:the\\s+)?${OF_WORDS}){1,2})|(?:\\s+(?:of|for|[Aa]gainst)\\s+(?:the\\s+)?(?:St\\.\\s+)?${CAP}(?:(?:,\\s+${CAP}(?:\\s+${CAP})?){1,4},?\\s+and\\s+${CAP}(?:\\s+${CAP})?|(?:\\s+(?:and\\s+|(?:de|del|da|do|dos|das|di)\\s+)?${CAP}){0,3})(?:\\s+in\\s+(?:Europe|Africa|Asia|the\\s+Americas|the\\s+Pacific))?)|(?:\\s+in\\s+${CAP})|(?<=(?:Authority|Committee|Commission|Council|Panel|Board|Institute|Conference|Court))(?:\\s+on\\s+(?!${DAY_OR_MONTH_WORD}\\b|(?:${CAP}\\s+){0,2}(?:Road|Street|Avenue|Square|Boulevard|Lane|Quay|Bridge|Island|Hill|Beach)\\b)${CAP}(?:\\s+(?:and\\s+)?${CAP}){0,2})`,
    }, 'gu'),
    examples: {
      match: ['The Ministry of Transport issued a warning.', 'The Northern Border Guard patrolled the river.', 'The Harbour and Lighthouse Authority issued a warning.', 'The Town of Eastby Council met.', 'The Ministry of Land, Ports, Rail and Roads issued a warning.', 'The National Bureau of Statistics of Ruritania published the figures.', 'The Harbour Parliament voted on Monday.', 'The Stop the Pipe Coalition organised the blockade.', 'Leaders of the Intergovernmental Authority on Development met.', 'The Maritime Rescue Coordination Centre coordinated the search.', 'Drones are banned, the Directorate General of Civil Aviation said.'],
      noMatch: ['The ministry issued a warning.', 'Guards patrolled the river.'],
    },
  },
  nationalBody: {
    id: 'organization.national-body', produces: 'organizations',
    description: 'a nationality, or a country\'s possessive, and a lowercase noun for a state body ("the Norwegian interior ministry", "Dutch authorities", "Austrian federal police", "the Ruritanian presidential guard", "Norway\'s embassy" is the Norwegian embassy); a country\'s possessive only before a body the country has one of, never before "police" followed by a name ("Norway\'s national police, the Politiet," is that name, rule organization.described-before); "authorities" or "officials" are some of its bodies, no one of them: the country\'s government only where the article names it ("the Danish government") or where they speak, a speech verb in their clause ("Danish officials have confirmed that"), else none; "Danish police" in a story naming one police body with the country in its name ("the Royal Danish Police") is that body, and so is "Ruritanian police" or "Ruritania\'s national police" in a story about Ruritania naming one national force of police or security ("the Public Security Directorate", "the Garde nationale"), never in a story about another country (a visiting force), and so is "Ruritanian police" where the article names one police body after the country\'s possessive ("Ruritania\'s State Police"); "national police" or "federal police" after a country is also what it is called; a nationality closing a compound adjective ("Danish-Swedish government talks") is none',
    pattern: compose('(?<!-)\\b(?:{NATIONALITY}|{COUNTRY}[\'’]s) {BODY}\\b', {
      NATIONALITY: NATIONALITY_PATTERN, COUNTRY: "\\p{Lu}[\\p{L}-]{2,30}(?:[^\\S\\n]+\\p{Lu}[\\p{L}-]{2,30})?",
      BODY: 'interior ministry|foreign ministry|defen[cs]e ministry|justice ministry|government|authorities|officials|(?:federal |national |state |border |riot |military )?police|delegation|embassy|consulate|military|army|armed forces|navy|air force|coast guard|presidential guard|diplomatic offices|law enforcement agencies',
    }, 'gu'),
    examples: {
      match: ['Danish authorities raised the alert level.', 'The Swedish foreign ministry summoned the envoy.', 'Patrols stay a task for Norwegian law enforcement agencies.', 'Officers of the Austrian federal police patrol the station.', "Norway's embassy did not comment."],
      noMatch: ['The authorities raised the alert level.', 'Patrols stay a task for law enforcement agencies.', 'Officers of the federal police patrol the station.', 'The first Danish-Swedish government talks opened on Monday.'],
    },
  },
  describedBefore: {
    id: 'organization.described-before', produces: 'organizations',
    description: 'a name set off by commas after a description that ends in a word for a body ("Its organiser, Lago Eventos,", "the regional ambulance service, ARS Nord,", "Ruritania\'s national police, the Guardia Real,"), a lowercase Romance adjective maybe closing the name ("the national police, the Garde nationale,"): a body of that name, the description its words; a word that a person may be ("organiser", "promoter", "operator") only before a name a body\'s word, a firm\'s word or an acronym closes, and never a first name or a place the gazetteer knows',
    pattern: compose('\\b{DESCRIPTION},[^\\S\\n]+(?:the[^\\S\\n]+)?{NAME}(?=,)', {
      DESCRIPTION: "(?:[Ii]ts|[Tt]heir|[Tt]he|\\p{Lu}[\\p{L}-]{2,30}['’]s)[^\\S\\n]+(?:[a-z][a-z-]{1,20}[^\\S\\n]+){0,3}(?:police|service|army|organi[sz]er|promoter|company|firm|operator|contractor|broadcaster|agency|authority|union|guard|regulator|network|channel)",
      NAME: `(?:[A-Z]{2,8}|\\p{Lu}[\\p{L}'’-]{1,40})(?:[^\\S\\n]+(?:(?:e|y|and|de|del|do|da|dos)[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]{1,40}){0,3}(?:[^\\S\\n]+${ROMANCE_BODY_ADJECTIVE})?`,
    }, 'gu'),
    examples: {
      match: ['Its organiser, Lago Eventos, expects a full house.', 'The regional ambulance service, ARS Nord, will run a field hospital.', "Ruritania's national police, the Guardia Real, will have 900 officers on duty.", 'About 900 officers of the national police, the Garde nationale, will be on duty.'],
      noMatch: ['Its organiser, who runs the hall, expects a full house.', 'The regional ambulance service will run a field hospital.', 'Officers came from the federal police, Lund said.'],
    },
  },
  company: {
    id: 'organization.company', produces: 'organizations',
    description: 'capitalised words closed by a word for a firm in any language (lexicon company_heads: "Harbour Productions", "Lago Feiras e Eventos", "Nordby Events Ltd"), a lowercase "and" of the language allowed inside: a company',
    pattern: compose('\\b{NAME}\\b', {
      NAME: `\\p{Lu}[\\p{L}'’&-]{0,40}(?:[^\\S\\n]+(?:(?:e|y|and|&)[^\\S\\n]+)?\\p{Lu}[\\p{L}'’&-]{0,40}){0,4}[^\\S\\n]+(?:${[...COMPANY_HEADS].join('|')})`,
    }, 'gu'),
    examples: { match: ['Lago Feiras e Eventos runs the fair.', 'Tickets are sold by Nordby Events Ltd.'], noMatch: ['The events were sold out.', 'Tickets are sold by the organisers.'] },
  },
  broadcaster: {
    id: 'organization.broadcaster', produces: 'organizations',
    description: 'a broadcaster named by "Radio" or "Television" and its name ("Radio Nordby", "told Radio Lago-Sur") or closed by "Radio", "Television" or "TV" ("Harbour Radio"): a body; "the radio" or "on television" in lowercase are none',
    pattern: compose('\\b(?:{FIRST}|{LAST})\\b', {
      FIRST: "(?:Radio|Television|Televisión|Televisão|Rádio)(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]{1,40}){1,2}",
      LAST: "(?!(?:The|A|An|On|In|By|From|State|Public|National)\\s)\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]{1,40})?[^\\S\\n]+(?:Radio|Television|TV)",
    }, 'gu'),
    examples: { match: ['The colonel told Radio Nordby the crowd was calm.', 'Harbour Radio broadcast the match.'], noMatch: ['The colonel told the radio the crowd was calm.', 'The match was shown on national television.'] },
  },
  localLanguageBody: {
    id: 'organization.local-language-body', produces: 'organizations',
    description: 'a body named in a Romance language or in German, its head word first ("Guardia Urbana", "Policía Municipal", "Brigada Militar", "Ministerio del Interior", "Ayuntamiento de Lago", "Intendencia de Lago", "Prefeitura de Lago", "Bomberos de Lago", "Unidad de Rescate y Apoyo", "Asociacion de Pescadores del Lago", "Questura di Lago", "Comité des résidents de Lago", "Cruz Roja Lagueña"): the head word says its kind (police, ministry, city government, union, association, other body); the name goes on with capitalised words, maybe after a particle or "y" / "e"; a name of two words or more in brackets right after a body\'s name is that body\'s name in its language, an alias, and no body or place is read from its words ("the Lago Police Headquarters (Jefatura de Policia de Lago)")',
    pattern: compose('\\b{HEAD}(?:[^\\S\\n]+(?:(?:de|del|di|da|do|dos|das|des|de la|de las|de los|della|y|e)[^\\S\\n]+)?(?:{NAME}|résidents|residentes|vecinos|usuarios)){1,3}', {
      HEAD: 'Guardia|Guarda|Brigada|Gendarmería|Gendarmeria|Intendencia|Policía|Policia|Polícia|Polizia|Policija|Ministerio|Ministério|Ministero|Ayuntamiento|Prefeitura|Municipalidad|Comune|Protección|Proteção|Protezione|Bomberos|Bombeiros|Cuerpo|Servicio|Serviço|Servizio|Agencia|Agência|Agenzia|Secretaría|Secretaria|Fiscalía|Fiscalia|Ejército|Exército|Esercito|Fuerza|Força|Fuerzas|Forças|Unidad|Unidade|Unità|Asociación|Asociacion|Associação|Associacao|Associazione|Sindicato|Federación|Federacion|Hermandad|Cofradía|Cofradia|Questura|Prefettura|Comité|Comite|Cruz(?=[^\\S\\n]+(?:Roja|Vermelha))|Polizeidirektion|Polizeipräsidium|Polizeiinspektion',
      NAME: "\\p{Lu}[\\p{L}'’-]{1,40}",
    }, 'gu'),
    examples: {
      match: ['The Guardia Urbana closed the square.', 'The Ayuntamiento de Lago banned the fair.', 'The Intendencia de Lago closed the road.', 'Officers of the Policía Municipal patrol the park.', 'The Unidad de Rescate y Apoyo del Lago stands by.', 'The Asociacion de Pescadores del Lago called a sit-in.', 'The Questura di Lago said two officers were hurt.', 'The Comité des résidents de Lago called the rally.', 'Volunteers of the Cruz Roja Lagueña stood by.', 'The Polizeidirektion Lago says 900 officers are on duty.'],
      noMatch: ['The ferry to Santa Cruz de Lago was late.', 'The guardia closed the square.', 'The Policía said the fair was safe.'],
    },
  },
  missionIn: {
    id: 'organization.mission-in', produces: 'organizations',
    description: 'an embassy or consulate in a named city, its country the nationality named before it in the sentence',
    pattern: compose('\\b{MISSION} in {CITY}', { MISSION: 'consulate|embassy', CITY: CAP2 }, 'gu'),
    examples: { match: ['Canadian officials said the consulate in Lyon stays open.'], noMatch: ['The consulate stays open in winter.'] },
  },
  acronymHead: {
    id: 'organization.acronym-head', produces: 'organizations',
    description: 'an acronym with a lowercase head word, maybe after up to two lowercase words saying what it does ("the XYZ union", "the GEO special operations group")',
    pattern: compose('\\b{ACRONYM} {WHAT}?{HEAD}\\b', { ACRONYM: '[A-Z]{2,6}', WHAT: '(?:(?!(?:said|says|told|the|and|will|would|was|were|has|had|have|can|may)\\b)[a-z]{3,20} ){1,2}', HEAD: 'union|party|movement|collective|group|unit|squad' }, 'g'),
    examples: { match: ['The left-leaning RTW union called a strike.', 'Riot units and the GEO special operations group guard the stadium.'], noMatch: ['The union called a strike.', 'The GEO said the group would meet.'] },
  },
  collectiveActor: {
    id: 'organization.collective-actor', produces: 'organizations',
    description: 'a collective actor the news names by what it is, in lowercase but for a capital opening the sentence ("trade unions", "rights groups", "opposition lawmakers", "Student groups plan"); capitalised words are a body\'s name, of which they are a part ("the Confederation of Harbour Trade Unions")',
    pattern: compose('\\b{GROUP}\\b', {
      GROUP: ['trade unions', 'labou?r unions', 'opposition parties', 'opposition lawmakers', 'left-wing groups', 'right-wing groups', 'far-right groups', 'far-left groups', 'human rights groups', 'rights groups', 'activist groups', 'environmental groups', 'student groups']
        .map((group) => `[${group[0]!.toUpperCase()}${group[0]}]${group.slice(1)}`).join('|'),
    }, 'g'),
    examples: { match: ['Student groups plan a sit-in.', 'Opposition parties demanded a vote.', 'The plan was opposed by trade unions.'], noMatch: ['A student plans a sit-in.', 'The Confederation of Harbour Trade Unions called a strike.'] },
  },
  policeOfPlace: {
    id: 'organization.police-of-place', produces: 'organizations',
    description: 'a police force named "Police", maybe a word for its area, then a place the gazetteer knows ("Police Scotland", "Police Zone Ghent", "Police District Lakeside"): that force, named whole; none when the capitals after it are a common word or a first name ("Police Chief Ada Moen", "Police Force")',
    pattern: /\bPolice(?:[^\S\n]+(?:Zone|Area|District|Region|Division))?[^\S\n]+(?<place>\p{Lu}[\p{L}'’-]{1,40}(?:[^\S\n]+\p{Lu}[\p{L}'’-]{1,40})?)(?![^\S\n]*\p{Lu})/gu,
    examples: { match: ['Police Zone Ghent had staff at every entrance.', 'Police Scotland said about 700 people took part.'], noMatch: ['The police in Ghent said so.', 'Police closed the road.'] },
  },
  placePolice: {
    id: 'organization.place-police', produces: 'organizations',
    description: 'a place\'s police in lowercase ("Leeds police", "Oslo\'s municipal police", "Police in Turin"), maybe its headquarters or directorate as a body of its own ("the Leeds police headquarters said"); the place must be one the gazetteer knows; a city\'s police in a story that names its country\'s police or the one national force of that country ("National Civil Police") is that force; none when a role noun and a name follow, the words of a person\'s title ("Leeds regional police commander Ada Moen"), nor after a post and before a lowercase word for a unit ("the head of the Leeds city police department, Ada Moen,")',
    pattern: compose('\\b{PLACE}(?:[\'’]s)? {LEVEL}? police(?:\\s+{UNIT})?\\b|\\bPolice in {PLACE_AFTER}', {
      UNIT: 'headquarters|directorate',
      PLACE: "\\p{Lu}[\\p{L}'’-]{1,40}?", LEVEL: 'municipal|local|city|state|regional|metropolitan', PLACE_AFTER: CAP2,
    }, 'gu'),
    examples: { match: ["Leeds police closed the road.", "Oslo's municipal police closed the road.", 'Police in Turin closed the road.', 'The Leeds police headquarters put the crowd at 9,000.'], noMatch: ['Officers from the police closed the road.'] },
  },
  placeAuthority: {
    id: 'organization.place-authority', produces: 'organizations',
    description: 'a place\'s local authority in lowercase ("Leeds city council", "the Eastby municipal council", "the Loire prefecture", "Eastby town hall", "the Rio Verde state government", "the Stari Most municipality", "the Almaty city administration"); the place a name the gazetteer knows or no common word',
    pattern: compose('\\b{PLACE} {AUTHORITY}\\b', { PLACE: "(?!(?:The|A|An|Its|This|That|Their|Our|Each|Every)\\s)\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]{1,40}){0,2}", AUTHORITY: 'prefecture|city hall|town hall|city council|town council|municipal council|county council|regional council|regional government|state government|municipal government|municipality|city administration|municipal administration|district administration|regional administration' }, 'gu'),
    examples: { match: ['The Leeds city council closed the road.', 'The Eastby municipal council said families had been told to leave.', 'The Loire prefecture banned the march.', 'The Rio Verde state government said the fair is safe.', 'That is a decision of the Stari Most municipality.'], noMatch: ['The prefecture banned the march.', 'The Council met in the town hall.'] },
  },
  acronymAlone: {
    id: 'organization.acronym-alone', produces: 'organizations',
    description: 'an acronym used as a name without its expansion: after "the", or before a speech verb, maybe with the continent of its branch ("WBF Europe said"); none that is a road\'s code ("the CG-2 road"), none before a word for a line, a station or a route, maybe after a word for which one ("the DART line", "the LRT blue line"); the first word of a club\'s name the article gives in full is that club ("the final between KCB Lakeside and FC Nordby … the KCB supporters")',
    pattern: new RegExp(`\\b(?:[Tt]he\\s+(?<acronym>[A-Z]{2,6})\\b(?!-\\d)|(?<speaker>[A-Z]{2,6}(?:\\s+(?:Europe|Africa|Asia|Oceania|Americas))?)\\s+(?:has\\s+|have\\s+)?(?:${SPEECH_VERBS})\\b)`, 'g'),
    examples: { match: ['The WFA said the match would go ahead.', 'Tickets were sold by the ABC.', 'WBF Europe said the match would go ahead.'], noMatch: ['The Association said the match would go ahead.', 'Fans in Europe said the match would go ahead.', 'Lorries are banned from the CG-2 road until Friday.'] },
  },
  knownBody: {
    id: 'organization.known-body', produces: 'organizations',
    description: 'a security or relief body commonly named without a head word (the known bodies of the lexicon), with a capitalised word right before it that names which one ("the Military Gendarmerie", "a Vatican Gendarmerie team"): another body than the bare name, which several countries have, the word maybe opening with a lowercase prefix before its capital ("the eMbali Metropolitan Police Service" is no "Metropolitan Police Service"); a nationality before a movement of national societies names that country\'s society ("the Ruritanian Red Cross"); a head word right after the name makes it a longer body\'s ("the Metropolitan Police Bureau", "the Harbour Red Cross Society")',
    pattern: compose("\\b(?:{QUALIFIER} )?{NAME}\\b", { QUALIFIER: LOWER_PREFIXED_OR_CAP, NAME: Object.keys(KNOWN_BODIES).map((n) => n.replace(/\./g, '\\.')).join('|') }, 'gu'),
    examples: { match: ['Europol shared the list.', 'The Military Gendarmerie will raise its contingent.', 'Volunteers of the Danish Red Cross staff the posts.', 'Officers of the eMbali Metropolitan Police Service closed the road.'], noMatch: ['The agency shared the list.', 'The red cross on the tent marks the post.'] },
  },
  unnamedGroup: {
    id: 'organization.unnamed-group', produces: 'organizations',
    description: 'an unnamed group that opens a sentence and speaks ("Critics of the plan argue …"); made by the statements pass',
    pattern: compose('^(?:(?:Some|Many|Most|Other|Several|Local|The)\\s+)?{GROUP}\\b', { GROUP: GROUP_NOUNS }, 'i'),
    examples: { match: ['Critics of the plan argue that it costs too much.'], noMatch: ['The plan costs too much, critics argue.'] },
  },
  acronymDescribed: {
    id: 'organization.acronym-described', produces: 'organizations',
    description: 'an acronym named after a lowercase word for what it is ("the union federation BSRB", "public broadcaster ERR", "the state news agency RNA"), or set off by a description before a speech verb ("WFA, the sport\'s governing body, said")',
    pattern: compose("\\b{WHAT} {ACRONYM}\\b(?![^\\S\\n]+[A-Z]|-)|\\b{DESCRIBED},[^\\S\\n]+[^,\\n]{3,60},[^\\S\\n]+(?:{VERBS})\\b", {
      WHAT: 'union|federation|confederation|broadcaster|party|unit|agency', ACRONYM: "[A-Z]{2,8}(?:-\\p{Lu}[\\p{L}]{1,20})?", DESCRIBED: '[A-Z]{2,6}', VERBS: SPEECH_VERBS,
    }, 'gu'),
    examples: {
      match: ['The dockers\' union BTB called a strike.', 'Public broadcaster HRN showed the march.', 'WFA, the sport\'s governing body, said the match would go ahead.', 'The union ACV-Transcom joined the march.'],
      noMatch: ['The climate group SG Climate Rally met.', 'The union called a strike.', 'WFA officials said the match would go ahead.'],
    },
  },
  matchSides: {
    id: 'organization.match-sides', produces: 'organizations',
    description: 'the two clubs a match is between ("the final between Harbour United and FC Nordby"), maybe after the competition it is of ("the final of the Lakeside Cup between …"); a country\'s name is a national team, not a club',
    pattern: compose('\\b(?:match|final|semi-final|derby|game|tie|fixture)(?:[^\\S\\n]+of[^\\S\\n]+the(?:[^\\S\\n]+\\p{Lu}[\\p{L}\'’-]{1,40}){1,3})? between {HOME} and {AWAY}\\b', { HOME: TEAM, AWAY: TEAM }, 'gu'),
    examples: { match: ['Police prepared for the final between Harbour United and FC Nordby on Saturday.', 'Police prepared for the final of the Lakeside Cup between Harbour United and FC Nordby.'], noMatch: ['Police prepared for the final on Saturday.', 'The gap between the piers and the quay is small.'] },
  },
  resultSides: {
    id: 'organization.result-sides', produces: 'organizations',
    description: 'the two sides of a result ("Harbour United beat FC Nordby 2-1 at the City Ground"; the words of rule event.sides-result): clubs, but a country\'s name (a national team) and two or three words opening with a first name (a player) are none, and so are two single words (maybe two players\' surnames: "Holm beat Berg 10-6"), nor the day or the words that open the sentence',
    pattern: MATCH_RESULT,
    examples: { match: ['Harbour United beat FC Nordby 2-1 at the City Ground.', 'On Sunday Lakeside Rovers drew with Northby City 1-1.'], noMatch: ['Harbour United beat FC Nordby on penalties.', 'Harbour United will play FC Nordby 2-1 favourites.'] },
  },
  authorityOf: {
    id: 'organization.authority-of', produces: 'organizations',
    description: 'a local authority named by what it is of: "the prefecture of the Loire department" (the Loire prefecture), "the City of Eastby", "the Capital City of Eastby", "the Municipality of Eastby", or "the city of Eastby" when it speaks; the place one the gazetteer knows or no common word, of several words when the gazetteer knows them together ("the City of Buenos Aires", not "the City of Buenos")',
    pattern: compose('\\b(?:[Pp]refecture of (?:the )?{PREFECTURE}(?: department)?|(?:Capital )?(?:City|Municipality) of {CITY}|city of {SPEAKING}(?=\\s+(?:has\\s+)?(?:{VERBS})\\b))\\b', {
      PREFECTURE: CAP2, CITY: `${CAP2}(?:[^\\S\\n]+${CAP2}){0,2}`, SPEAKING: CAP2, VERBS: SPEECH_VERBS,
    }, 'gu'),
    examples: {
      match: ['The prefecture of the Loire department banned the march.', 'The City of Eastby closed the park.', 'The city of Eastby said the park would close.', 'The City of Buenos Aires closed the park.', 'The Capital City of Eastby will close the avenue.'],
      noMatch: ['The prefecture banned the march.', 'Visitors to the city of Eastby filled the park.'],
    },
  },
  localGovernment: {
    id: 'organization.local-government', produces: 'organizations',
    description: 'a city\'s or a province\'s government named by what it is, in lowercase ("the city government", "a city government spokeswoman", "the provincial government", "the city council said", "the town hall said"): the government of the city the sentence or the one before names, else of the dateline\'s city (rule place.dateline), "<city> city government", "<city> town hall"; a provincial or regional one only when the gazetteer knows that city\'s name as a region too; a city council or town hall only where it acts or speaks (a speech verb after it, or "of the city council"), not the building; set off by a comma right after a body\'s name it describes that body ("the Harbour Urban Authority (HUA), the city government, said")',
    pattern: compose('\\b(?:[Tt]he|[Aa]) (?:{LEVEL} {BODY}|{HALL}(?=\\s+(?:has\\s+)?(?:{VERBS})\\b))\\b|\\b(?:order|decision|permission) of the {OF_HALL}\\b', { LEVEL: 'city|municipal|provincial|regional', BODY: 'government|administration', HALL: 'city council|town hall|city hall', OF_HALL: 'city council|town hall|city hall', VERBS: SPEECH_VERBS }, 'gu'),
    examples: {
      match: ['The city government said the square stays open.', 'A city government spokeswoman said the square stays open.', 'The provincial government asked for talks.', 'The town hall said the fair would go ahead.', 'The road is shut under an order of the city council.'],
      noMatch: ['The government said the square stays open.', 'Leeds city government closed the road.', 'The city said the square stays open.', 'The rally ends at the town hall.'],
    },
  },
  namedHall: {
    id: 'organization.named-hall', produces: 'organizations',
    description: 'a city\'s government named by its hall, capitalised, where it acts or speaks ("Eastby City Hall said", "Port Lune Town Hall (PLTH) announced", "Eastby City Hall has banned …"): a speech verb or an act of authority (banned, closed, ordered, installed, …) after the name, maybe after a name or acronym in brackets; the body, not the building (a hall that speaks is no venue; "the march ends at Eastby City Hall" stays a place)',
    pattern: compose('\\b(?<name>(?!The )(?:\\p{Lu}[\\p{L}\'’-]{1,30} ){1,3}(?:City|Town) Hall)(?= (?:\\([^()\\n]{1,80}\\) )?(?:has |have |will )?(?:{VERBS}|{ACTS})\\b)', { VERBS: SPEECH_VERBS, ACTS: 'banned|bans|ban|closed|closes|close|ordered|orders|imposed|imposes|installed|installs|approved|decided|issued|suspended|refused|granted' }, 'gu'),
    examples: {
      match: ['Eastby City Hall said the parade passed without incident.', 'Port Lune Town Hall (PLTH) announced the closures.', 'Eastby City Hall has banned the sale of alcohol near the square.', 'The Eastby City Hall will close the avenue on Sunday.'],
      noMatch: ['The march ends at Eastby City Hall.', 'The town hall said the fair would go ahead.'],
    },
  },
  functionBody: {
    id: 'organization.function-body', produces: 'organizations',
    description: 'a government body named by its function only ("the Interior Ministry", "the interior ministry said", "the justice ministry", "the federal police", "the federal government") in a wire story about one country (its dateline\'s, else the one it names most; a text with no dateline is placed by nothing): that country\'s ("Ruritanian interior ministry", derived, the note says the country is inferred and from what), the words of the article an alias ("the national police" is the country\'s police: "Ruritanian police"); a body the article names whose name ends with the words ("the Ruritanian Federal Police") is that body, and so is "the federal police" or "the national police" in a story naming the country\'s one police force ("the Royal Ruritania Police … at the federal police headquarters"); none in a story of no one country',
    pattern: compose('\\b(?:[Tt]he|[Ii]ts) (?:{FUNCTION} ministry|{LEVEL} {BODY})\\b', { FUNCTION: 'interior|foreign|defen[cs]e|justice|health|finance|transport|education', LEVEL: 'federal|national', BODY: 'police|government' }, 'gu'),
    examples: { match: ['The interior ministry said the costs were in line with plans.', 'Officers came from the federal police.'], noMatch: ['The ministry said the costs were in line with plans.', 'Officers came from the police.'] },
  },
  describedApposition: {
    id: 'organization.described-apposition', produces: 'organizations',
    description: 'a name of two to four capitalised words set off by a description that ends in a word for a body, maybe before a relative clause ("Harbour Control, the air traffic agency, said", "Guard Nord, the private security firm that ran the gates,"): a body of that name; none when the name is a place the gazetteer knows or opens with a first name',
    pattern: compose('\\b{NAME},[^\\S\\n]+the {WHAT}{HEAD}(?:,|[^\\S\\n]+(?:that|which|whose)\\b)', {
      NAME: "\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]{1,40}){1,3}", WHAT: '(?:[a-z][a-z-]{1,20}[^\\S\\n]+){0,3}',
      HEAD: 'agency|authority|operator|regulator|broadcaster|company|firm|contractor|body|charity|foundation',
    }, 'gu'),
    examples: {
      match: ['Harbour Control, the air traffic agency, closed the sky over the port.', 'Northline Rail, the state rail operator, added trains.', 'Guard Nord, the private security firm that ran the gates, said it would help.'],
      noMatch: ['Harbour Control, which runs the airspace, closed the sky.', 'Northline Rail, the line to the coast, added trains.'],
    },
  },
  namedService: {
    id: 'organization.named-service', produces: 'organizations',
    description: 'a name before a lowercase word for an emergency service ("St Clare ambulance service", "Eastby fire service"): a body of that name',
    pattern: compose('\\b{NAME} {SERVICE} service\\b', {
      NAME: "(?:St\\.?[^\\S\\n]+)?(?!(?:The|A|An|Its|Their|This|That)\\s)\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]{1,40}){0,2}", SERVICE: 'ambulance|rescue|fire|lifeboat',
    }, 'gu'),
    examples: { match: ['St Clare ambulance service sent two units.', 'Eastby fire service sent two crews.'], noMatch: ['The ambulance service sent two units.', 'The regional fire service sent two crews.'] },
  },
  districtOffice: {
    id: 'organization.district-office', produces: 'organizations',
    description: 'a district\'s own authority, its name of one or two capitalised words before "district" and a word for the body ("the Old Harbour district office", "the Vika district council"); the district stays a place (rule place.district)',
    pattern: compose('\\b{NAME} district {BODY}\\b', { NAME: "(?!(?:The|A|An|Its|Their|This|That)\\s)(?:\\p{Lu}[\\p{L}'’-]{1,40}[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]{1,40}", BODY: 'office|council|authority|administration|municipality' }, 'gu'),
    examples: { match: ['The Old Harbour district office signed the order.', 'The Vika district council met.'], noMatch: ['The district office signed the order.', 'Shops in the Vika district stayed shut.'] },
  },
  spokenFor: {
    id: 'organization.spoken-for', produces: 'organizations',
    description: 'a name of one to five capitalised words, not opened by an acronym (the acronym rules read those), after "a spokesman for", "a spokeswoman for", "a spokesperson for" or "speaking for" ("said Khem Vuthy, a spokesman for the Royal Household"): a body of that name, whatever its last word; none when the name is a place the gazetteer knows or opens with a first name ("a spokesman for Oslo", "a spokesman for Ada Moen"), or is a title of office, maybe of a place ("a spokesperson for the Governor", "… for the Governor of Lakeside Province": a person\'s office, no body)',
    pattern: compose('\\b(?:spokes(?:man|woman|person)|speaking) for (?:the )?{NAME}\\b', { NAME: `(?!(?:The|A|An|Its|Their|This|That)\\s|[A-Z]{2,}\\b|(?:${TITLE_PATTERN})(?![\\p{L}'’-]|[^\\S\\n]+[A-Z]))\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+(?:of[^\\S\\n]+(?:the[^\\S\\n]+)?)?\\p{Lu}[\\p{L}'’-]{1,40}){0,4}` }, 'gu'),
    examples: { match: ['"We are ready," said Ada Moen, a spokesman for the Royal Household.', 'A spokeswoman for Harbour Lines said the ferries would run.'], noMatch: ['A spokesman for the ministry said the ferries would run.', 'The spokesman said the ferries would run.', 'A spokesperson for the Governor said the repairs would end soon.'] },
  },
  placeNamedSpeaker: {
    id: 'organization.place-named-speaker', produces: 'organizations',
    description: 'a name of two to four capitalised words that opens with a country or the dateline\'s town and speaks, one or two words after the place ("Qatar Rail said in a statement", "Uganda Airlines said", "Lakeside Capital Hall said"): a body named for its place (a carrier, an operator, a city\'s hall); none when the words after the place hold a first name or a title ("Oslo Mayor Ada Moen said"), close an event\'s or a site\'s name ("the Eastby Grand Prix"), or are a force (read by the police rules)',
    pattern: compose('\\b{NAME}(?= (?:has |had )?(?:{VERBS})\\b)', { NAME: "(?!(?:The|A|An|Its|Their|This|That|But|And|On|In)\\s)\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]{1,40}){1,3}", VERBS: SPEECH_VERBS }, 'gu'),
    examples: { match: ['Qatar Rail said in a statement that two stations would close.', 'Norway Airlines said 140 passengers had been rebooked.'], noMatch: ['Qatar said two stations would close.', 'The railway said two stations would close.'] },
  },
} satisfies Record<string, Rule>;
