// How the people pass finds people: a title before or after a name, a name that speaks, a role alone.
import { NATIONALITY_PATTERN, SPEECH_VERBS, TITLE_PATTERN } from '../lexicon.js';
import { compose, type Rule } from './rule.js';
import { RANK_ABBREVIATIONS } from '../text.js';

/** A word of a name, maybe after an Arabic article joined by a hyphen ("al-Sartawi"), its capital maybe accented ("Óscar"). */
const NAME_TOKEN = "(?:(?:al|el)-)?\\p{Lu}[\\p{Ll}\\p{Lu}'’-]{0,40}\\p{L}|[A-Z]{1,3}|(?:[A-Z]\\.){1,2}";
/** Two or three capitalised words, a particle allowed between them ("Ana de Souza"); never across a line break. */
export const NAME = `(?:${NAME_TOKEN})(?:[^\\S\\n]+(?:(?:de|di|da|van|von|del|della|al|bin|bint|ben|ould|Ould|le|la)[^\\S\\n]+)?(?:${NAME_TOKEN})){1,2}`;
/** One to three lowercase words: a place in a side or a team ("left back", "captain"). */
const LISTED_ROLE = '[a-z][a-z-]{1,20}(?:[^\\S\\n]+[a-z][a-z-]{1,20}){0,2}';
const CAP_WORDS = "\\p{Lu}[\\p{L}'’-]{0,40}(?:\\s+\\p{Lu}[\\p{L}'’-]{0,40}){0,3}";
/** A lowercase word for a role a person holds, closing a title ("police spokeswoman", "general secretary"). */
export const ROLE_NOUN = "(?:vice-)?(?:mayor|governor|prefect|premier|minister|president|chancellor|spokes(?:man|woman|person)|chief|commissioner|superintendent|inspector|arbiter|referee|representative|director(?:[^\\S\\n]+general)?|ambassador|commander|head|secretary(?:[^\\S\\n]+general)?|prosecutor|senator|lawmaker|legislator|councillor|leader|organi[sz]er|coordinator|chair(?:man|woman|person)?|executive|supervisor|manager|official|delegate|founder|owner|campaigner|activist|vendor|farmer|researcher|analyst|professor|captain|coach|master|clerk|registrar|treasurer|instructor|magistrate|business(?:man|woman)|candidate|lawyer|attorney|judge|rector|dean|lecturer|criminologist|sociologist|economist|historian|political scientist|driver|resident|shopkeeper|trader|steward|guard|nurse|doctor|(?:school)?teacher|student|worker|fisherman|witness|survivor|pilot|engineer|volunteer|singer|musician|priest|pastor|bishop|archbishop|chaplain|imam|rabbi|photographer|journalist|reporter|editor|critic|columnist|chef|cook|baker|waiter|investigator|convenor|convener|curator|architect|planner|surveyor|scientist|geologist|paramedic|firefighter|midwife|caretaker|librarian|tenant|landlord|rider|ranger|goalkeeper|goaltender|goalie|striker|winger|defender|midfielder|pitcher|quarterback|batsman|bowler|jockey|skipper|widow|mother|father|daughter|son|wife|husband|sister|brother)(?![\\p{L}'’-])";
/** A lowercase word inside a title before its role noun ("interior ministry", "police"): never a function word or a speech verb. */
const TITLE_WORD = "(?!(?:the|a|an|its|his|her|their|and|or|of|to|by|with|for|at|in|on|from|that|as|who|whose|which|while|when|after|before|said|says|told|added|according)(?![\\p{L}-]))[a-z][a-z-]{0,30}";
/** Capitalised words naming the body a title belongs to ("Dublin City Council", "UIL"), never a determiner. */
const BODY = "(?!(?:The|A|An|Its|His|Her|Their|This|That|In|On|At|And|But)\\b)\\p{Lu}[\\p{L}'’-]{0,40}(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]{0,40}){0,3}";
/** A body's name before a lowercase title, its "of" or "for" inside ("Ministry of Foreign Affairs spokeswoman"). */
const BODY_WITH_OF = "(?!(?:The|A|An|Its|His|Her|Their|This|That|In|On|At|And|But)\\b)\\p{Lu}[\\p{L}'’-]{0,40}(?:[^\\S\\n]+(?:(?:of|for)[^\\S\\n]+(?:the[^\\S\\n]+)?)?\\p{Lu}[\\p{L}'’-]{0,40}){0,4}";
/** A lowercase noun for what a person does, by its ending ("farmer", "vendor", "activist", "resident"), never a common word of that ending. */
const ROLE_WORD = "(?!(?:after|under|over|other|another|never|either|neither|whether|rather|later|ever|former|per|for|recent|current|different|present|event|moment|statement|government|parliament|department|agent)(?![\\p{L}-]))[a-z][a-z-]{1,30}(?:er|or|ist|ian|ent|ant)(?![\\p{L}'’-])";
const DAY_OR_MONTH = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December';
/** The lowercase field an office is for ("deputy mayor for mobility", "minister for culture and sport"). */
const PORTFOLIO = '(?!(?:the|a|an|his|her|their|its)\\s)[a-z]{4,20}(?:\\s+and\\s+[a-z]{4,20})?';
/** A body named in lowercase that a title may be of ("a spokeswoman for the city administration", "the head of the regional police"). */
const LOWER_BODY = '(?:administration|council|municipality|ministry|government|police|association|union|federation|committee|organi[sz]ers|league|board|authority|agency|service|army|party|church|embassy|consulate|directorate|department|prefecture|inspectorate|brigade|corps|movement)(?![\\p{L}-])';
/** A preposition of place just before capitalised words: they name where ("on the Plaza Mayor, a spokesman said"), not who; "spoke to" or "according to" names who. */
const PLACED_BEFORE = "(?<!\\b(?:on|in|at|(?<!\\b(?:spoke|spoken|speaking|talked|talking|wrote|writing|according|explained)\\s)to|from|near|outside|inside|into|through|across|along|around|past|towards?)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]{0,40}\\s+){0,3})";
/** A possessive ("the club's", "the residents'"). */
const POSSESSIVE = "\\p{L}+(?:['’]s|s['’])";
/** Verbs whose simple past does not end in "-ed": what a titled name did ("Union president Ada Moen spoke from the steps"). */
const PAST_IRREGULAR = 'spoke|led|took|gave|made|went|came|met|sent|wrote|read|ran|stood|won|lost|brought|began|held|left|kept|saw|told|sought|threw|drove|flew|rode|sang|swore|laid|paid';
/** Military and police ranks in full. */
const RANK_WORDS = 'General|Brigadier|Colonel|Major|Captain|Lieutenant|Sergeant|Inspector|Superintendent|Commander|Commissioner';
/** One or two ranks, in full or abbreviated, before a name ("Lieutenant Colonel", "Lt. Col."). */
const RANK = `(?:(?:${RANK_WORDS}|(?:${RANK_ABBREVIATIONS})\\.)[^\\S\\n]+){1,2}`;
/** Whether a title is a rank and nothing else ("Colonel", "Lt. Col."): a person's office, when one is read too, comes before it. */
const RANK_ONLY = new RegExp(`^${RANK}$`, 'u');
export const isRankOnly = (title: string) => RANK_ONLY.test(`${title} `);
/** Military, police or courtesy ranks a name may carry ("Brigadier", "Sir", a French lawyer's "Me", a Portuguese or Italian cleric's "Dom" or "Don", the Burmese "U" and "Daw"): not part of the name. */
export const NAME_PREFIX = new RegExp(`^(?:(?:Sir|Dame|Me|Maître|Maitre|Dr\\.?|Prof\\.?|Professor|Mr\\.?|Mrs\\.?|Ms\\.?|${RANK_WORDS}|Sister|Brother|Father|Monsignor|Mgr|Haji|Hajji|Hajjah|Hajah|Alhaji|Alhaja|Alhajji|Hajia|Sheikh|Shaikh|Dasho|Lyonpo|Datuk|Dato|(?:${RANK_ABBREVIATIONS})\\.|Reverend|Rev\\.|Imam|Rabbi|Pastor|Abbot|Dom|Don|Dona|Doña|U|Daw)\\s+)+(?=\\S+\\s+\\S)`, 'u');

/** A courtesy title as a transcript in capitals puts it before a speaker's name ("MRS. ADA MOEN:"). */
export const CAPITALS_HONORIFIC = '(?:MR|MRS|MS|MISS|DR)\\.?';
/** A word written in capitals, as a transcript's speaker labels are ("MINISTER", "HELME-VAIRAAROA"). */
export const CAPITALS_WORD = "\\p{Lu}[\\p{Lu}'’-]{1,40}";

/** The title a verb of holding an office names (rule person.who-heads; the review's person form reads it too). */
export const TITLE_OF_VERB: Record<string, string> = { chairs: 'Chair', heads: 'Head', leads: 'Leader', directs: 'Director', commands: 'Commander', runs: 'Head' };

export const PEOPLE_RULES = {
  titled: {
    id: 'person.titled', produces: 'people',
    description: 'a capitalised title of office, maybe with a nationality, then a name, maybe after an honorific ("Transport Minister Ola Berg", "Police Commissioner Dr. Karen Whyte"); none when the name holds a word that closes a site\'s or an event\'s name and no surname ("Queen Ada Gardens", "Judge Lund Memorial Park", "the President Lund Cup"), ends in a site\'s word after a royal title, whose one name is a first name ("King Olav Park"), or goes on into capitalised words that end in a site\'s or a body\'s word ("the Queen Ada Lund Convention Center"): a place named after someone',
    pattern: compose('\\b{STATUS}? {NATIONALITY}? {TITLE} {HONORIFIC}? {NAME}', {
      STATUS: 'former|acting|deputy|outgoing|interim|Former|Acting|Deputy', NATIONALITY: NATIONALITY_PATTERN,
      // A rank opening the name is the title's own last word ("Chief Inspector McCrory": no person "Inspector McCrory"), and
      // so is an office one word in ("Chief Cabinet Secretary Ada Moen": no person "Cabinet Secretary Ada").
      TITLE: `${TITLE_PATTERN}(?:\\s+of\\s+Police)?`, HONORIFIC: '(?:Dr|Prof|Mr|Mrs|Ms)\\.?|Sir|Dame|Daw|U', NAME: `(?!(?:Inspector|Superintendent|Commissioner|Constable|Sergeant|Commander|Officer)\\s|\\p{Lu}\\p{Ll}+\\s+(?:Secretary|Minister)\\s)${NAME}`,
    }, 'gu'),
    examples: { match: ['Transport Minister Ola Berg opened the bridge.', 'Former Mayor Rita Lang spoke first.', 'Police Commissioner Dr. Karen Whyte spoke first.'], noMatch: ['The transport minister opened the bridge.', 'Chief Inspector Moen said so.', 'Chief Cabinet Secretary Ada Moen spoke first.'] },
  },
  monarch: {
    id: 'person.monarch', produces: 'people',
    description: 'a reigning monarch\'s title, then the one name they reign by, maybe with a regnal number or the realm ("King Willem-Alexander of the Netherlands", "Queen Margrethe II", "Emperor Naruhito"): the person is named without the title, which becomes their role; the name must be a known first name, carry a regnal number or a hyphen, or the realm be a country; none when a site\'s or a body\'s word follows ("King Olav Park", "Queen Ada Lund Convention Center") or a possessive ends the name of something else ("Queen Mary\'s Hospital")',
    pattern: compose("\\b{TITLE}[^\\S\\n]+{NAME}(?:[^\\S\\n]+{NUMBER})?(?![\\p{L}-]|[^\\S\\n]+\\p{Lu}\\p{Ll})(?:[^\\S\\n]+of[^\\S\\n]+(?:the[^\\S\\n]+)?{REALM})?", {
      TITLE: 'King|Queen|Emperor|Empress|Sultan|Emir|Grand Duke|Grand Duchess',
      NAME: "\\p{Lu}\\p{Ll}{1,20}(?:-\\p{Lu}\\p{Ll}{1,20})?", NUMBER: '[IVX]{1,5}(?![\\p{L}])', REALM: "\\p{Lu}[\\p{L}'’-]{1,40}",
    }, 'gu'),
    examples: {
      match: ['Crowds waited for King Willem-Alexander of the Netherlands at the quay.', 'Queen Margrethe II waved from the balcony.', 'Emperor Naruhito will open the session on Friday.'],
      noMatch: ['The King Olav Park stays closed.', 'The king waved from the balcony.', 'The Queen Ada Lund Convention Center opens.'],
    },
  },
  appositive: {
    id: 'person.appositive', produces: 'people',
    description: 'a name, a comma, then a lowercase title, maybe after an age ("Ola Berg, the harbour master\'s spokesman,", "Ola Berg, a 23-year-old coordinator of the group,") or a capitalised title of office and what it is of, maybe two portfolios joined by "and" ("Ada Moen, Deputy Commissioner of the Harbour Police,", "Ada Moen, Eastland\'s Minister of Justice and Home Affairs,"); the first word must be a known first name, or the title open with "the", "a" or a possessive, or name the body it is of ("Ivo Lenz, head of the Harbour Police,"); what the title is of is dropped when the capitals are only its start, a possessive or a group\'s noun going on ("a spokesman for the Harbour supporters\' club" is a spokesman); no person when the name opens with the place the title is of ("Lindby Mantse, the paramount chief of Lindby", a title of that place)',
    pattern: compose('{NOT_A_PLACE}\\b{NAME},\\s+{DETERMINER}? {OWNER}? {NATIONALITY}? {TITLE}', {
      // The owner: a possessive ("the club's chairwoman"), or one capitalised word a lowercase title goes on from ("Lakeside head coach").
      NOT_A_PLACE: PLACED_BEFORE, NAME, DETERMINER: 'the|a|an', OWNER: `${POSSESSIVE}|\\p{Lu}[\\p{L}'’-]{1,30}(?=[^\\S\\n]+[a-z])`, NATIONALITY: NATIONALITY_PATTERN,
      TITLE: `(?:\\d{1,3}-year-old\\s+)?(?:${TITLE_WORD}\\s+){0,2}(?:${ROLE_NOUN})(?:\\s+(?:of|for)\\s+(?:the\\s+)?${CAP_WORDS}(?:\\s+of\\s+(?:the\\s+)?${CAP_WORDS})?)?|(?:(?:First|Deputy|Assistant|Acting|Senior|Vice)\\s+){0,2}${TITLE_PATTERN}(?:\\s+(?:of|for)\\s+(?:the\\s+)?${CAP_WORDS}(?:\\s+and\\s+${CAP_WORDS})?){0,2}(?=\\s*[,(])`,
    }, 'gu'),
    examples: {
      match: ['Maria Lind, a spokeswoman for the port, declined to comment.', 'Maria Lind, a 23-year-old coordinator of the group, was carried off.', 'Maria Lind, the club\'s chairwoman, declined to comment.', 'Ivo Lenz, Lakeside head coach, said the crowd won it.', 'Maria Lind, First Deputy Superintendent of the Harbour Police, will lead the operation.',
        'Ivo Lenz, head of the Northern Unit of the Harbour Police, spoke to reporters.', 'Ada Moen, a spokeswoman for the Ministry of Defence, said 600 soldiers would help.', 'Ada Moen, the Minister of Security of the City of Lakeside, spoke to reporters.',
        "Ada Moen, Eastland's Minister of Justice and Home Affairs, spoke to Wire."],
      noMatch: ['The port, a hub for ferries, was closed.', 'Maria Lind, said the leaders, would decide.', 'Maria Lind, who heads the port, declined to comment.',
        'Wardens will guide the crowds on the Plaza Mayor, a spokesman for the town said.', 'Bags will be checked in Old Harbour Square, the council spokeswoman said.'],
    },
  },
  titleFirst: {
    id: 'person.title-first', produces: 'people',
    description: 'a title after "the", "a", "its" or a possessive ("the municipality\'s traffic director, Ada Moen,": the body named before whose name has the possessive\'s head word is the role\'s organization), maybe of a body named in lowercase ("a spokeswoman for the city administration, Ada Moen,", "a spokeswoman for the hakimlik, Ada Moen,"), of a field ("the opposition\'s spokesman on justice, Ivo Lenz,"), or an occupation, maybe with who employs them ("A taxi driver, Ivo Lenz, said", "A steward employed by the firm Harbour Guards, Ada Moen,") or of a portfolio of two parts ("the Minister for Food Security and Research, Ada Moen,"), then the name set off by commas or speaking ("the city\'s mayor, Jan Holm,", "a harbour spokeswoman, Ada Moen, said", "the club\'s chairwoman, Ada Moen.", "Its secretary general, Ivo Lenz,"); the acronym of the body the title is of may stand in brackets before the comma ("The president of the Harbour Electoral Board (HEB), Ada Moen,")',
    // A courtesy title may stand before the name set off by a comma ("The Minister of Health, Dr. Ada Moen,", "the Prime Minister, Rt Hon Ada Moen,"): not the name's.
    // A city set off by commas after the office closes its title ("The Commissioner of Police, Lakeside, Ada Moen,").
    pattern: compose('\\b{OWNER}{TITLE}{OF}?(?:,\\s+\\p{Lu}\\p{Ll}+(?=,\\s+\\p{Lu}))?(?:,\\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|(?:Rt\\.?\\s+)?Hon)\\.?\\s+|(?:{RANK_SHORT})\\.\\s+)?{NAME}(?=\\s*[,.;]|\\s+(?:{VERBS_AFTER})\\b)|\\s+{SPEAKER}(?=\\s+(?:{VERBS})\\b))', {
      // A plural name's possessive takes the apostrophe alone ("Dynamos' head coach, Ivo Lenz,").
      OWNER: `(?:the|The|its|Its|their|Their|his|His|her|Her|our|Our|a|A|an|An|whose)\\s+(?:(?:[a-z]+\\s+)?${POSSESSIVE}\\s+)?|[A-Z]\\p{L}+(?:['’]s|s['’])\\s+`,
      // A capitalised title may follow a word of its holder's status ("the outgoing Governor, Ada Moen,").
      TITLE: `(?:${BODY}\\s+)?(?:${TITLE_WORD}\\s+){0,2}${ROLE_NOUN}|(?:(?:outgoing|incoming|former|new|acting|interim|late)\\s+)?(?:\\p{Lu}[\\p{L}]+\\s+){0,2}${TITLE_PATTERN}`,
      OF: `\\s+(?:of|for|at|in)\\s+(?:the\\s+)?${CAP_WORDS}(?:\\s+and\\s+${CAP_WORDS})?(?:\\s+of\\s+(?:the\\s+)?${CAP_WORDS})?(?:\\s+(?:department|region|province|county|district|state|city))?(?:\\s+\\([A-Z]{2,8}\\))?|\\s+for\\s+${PORTFOLIO}|\\s+(?:of|for)\\s+the\\s+(?:[a-z]+\\s+)?${LOWER_BODY}|\\s+for\\s+the\\s+\\p{Ll}{3,20}(?=,)|\\s+on\\s+\\p{Ll}{3,20}(?:\\s+and\\s+\\p{Ll}{3,20})?(?=,)|\\s+(?:employed|hired)\\s+by\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}${CAP_WORDS}`,
      NAME, SPEAKER: NAME, VERBS: SPEECH_VERBS, VERBS_AFTER: SPEECH_VERBS, RANK_SHORT: RANK_ABBREVIATIONS,
    }, 'gu'),
    examples: {
      match: ["The city's mayor, Jan Holm, welcomed the plan.", 'The President of the Executive Council of Eastby, Ada Moen, said the talks would resume.', 'Its spokeswoman Ada Moen said the gates open at six.', 'A ferry line spokeswoman, Ada Moen, said the gates open at six.',
        '"We live here too," said the association\'s chairwoman, Ada Moen.', 'The chief executive of Harbour Trust, Ivo Lenz, said the pier was safe.', "Norway's Fisheries Minister, Ola Berg, arrived on Monday.",
        "The regional government's delegate in Nordland, Ada Moen, said on Monday that the pier was safe.", "Bergen's deputy mayor for transport, Ada Moen, said the pier was safe.",
        'The president of the Harbour Electoral Board (HEB), Ada Moen, said results come at six.', 'Its secretary general, Ivo Lenz, said the sit-in would be quiet.',
        'A spokeswoman for the city administration, Ada Moen, said the gates open at six.', 'A spokeswoman for the hakimlik, Ada Moen, said the gates open at six.', "The opposition's spokesman on justice, Ivo Lenz, called for an inquiry.", 'A taxi driver, Ivo Lenz, said he had waited four hours.', 'A police spokeswoman, Lt. Ada Moen, said the road was closed.', 'A steward employed by the private firm Harbour Guards, Ada Moen, told the inquiry that the gates were shut.', 'The Minister for National Food Security and Research, Ada Moen, said prices would rise.', "Harbour Rovers' head coach, Ivo Lenz, said his players had won.", 'Our chief flying instructor, Ada Moen, put it this way.', 'The District Magistrate, Ivo Lenz, said on Thursday that the lamps had been lit.'],
      noMatch: ['The mayor welcomed the plan.', 'A spokeswoman said the gates open at six.', 'The mayor, who spoke first, welcomed the plan.'],
    },
  },
  titleAfterWord: {
    id: 'person.title-after-word', produces: 'people',
    description: 'a capitalised word and a lowercase title, then a name that speaks or is set off by a comma ("Harbour commander Ivo Lenz said")',
    pattern: compose("(?<![\\p{L}'’-][^\\S\\n]?)\\b{TITLE} {NAME}(?=\\s+(?:{VERBS})\\b|,)", {
      TITLE: '\\p{Lu}[\\p{L}]+\\s+(?:[a-z-]+\\s+)?(?:commander|prefect|chief|director|superintendent|inspector|spokes(?:man|woman|person))',
      NAME, VERBS: SPEECH_VERBS,
    }, 'gu'),
    examples: { match: ['Harbour commander Ivo Lenz said the pier was safe.'], noMatch: ['The harbour commander said the pier was safe.'] },
  },
  lowercaseTitle: {
    id: 'person.lowercase-title', produces: 'people',
    description: 'a title in lower case, maybe after its body\'s name (the title alone when that name is a body the article names, which becomes the role\'s organization: "said Ministry of Foreign Affairs spokeswoman Ada Moen"), right before a name that speaks or does something told in the past ("Club president Ada Moen called the flares a shame", "Union president Ada Moen spoke from the steps"), is set off by punctuation or is joined to another by "and" ("said police spokeswoman Ada Moen.", a rank between them a second role: "army spokesman Lieutenant Colonel Ivo Lenz said", "Harbour Union general secretary Ivo Lenz told …", "interior minister Ola Berg said", "a runoff between former finance minister Ada Moen and businessman Ivo Lenz")',
    pattern: compose("(?<![\\p{L}'’-])(?:{BODY} )?{TITLE} {RANK}?{NAME}(?=\\s+(?:{VERBS}|will|would|has|had|is|was|can|could|must|should|joins|\\p{Ll}{2,20}ed|{PAST_IRREGULAR})\\b|\\s*[,.;:)]|\\s+(?:on|in|at|who|of|and|as|MP|MEP)\\b)", {
      BODY: `(?!(?:${DAY_OR_MONTH})\\b)${BODY_WITH_OF}`, TITLE: `(?:${TITLE_WORD}[^\\S\\n]+){0,2}${ROLE_NOUN}`, RANK, NAME, VERBS: SPEECH_VERBS, PAST_IRREGULAR,
    }, 'gu'),
    examples: {
      match: ['The pier is safe, said harbour spokeswoman Ada Moen.', 'The talks will be on trade, said Ministry of Foreign Affairs spokeswoman Ada Moen.', 'Ferry Union general secretary Ivo Lenz told the crowd to stay calm.', 'On Monday, interior minister Ola Berg said the pier was safe.',
        'About 300 officers will be on duty, police chief Ivo Lenz of the harbour unit told reporters.', 'The runoff is between former finance minister Ada Moen and businessman Ivo Lenz.',
        'Club president Ada Moen called the flares a shame.', 'Union president Ada Moen spoke from the steps of the assembly.', '"We are here," said ZCGA general secretary Tendai Moyo as the convoy stopped.', 'Opposition health spokesman Ian Douglas MP said the scheme was rushed.',
        'About 300 soldiers will direct traffic, army spokesman Lieutenant Colonel Ivo Lenz said.', 'The road is closed, said police spokeswoman Lt. Ada Moen.'],
      noMatch: ['The harbour spokeswoman said the pier was safe.', 'The union leader told Ivo Lenz to stay calm.'],
    },
  },
  namedAfterVerb: {
    id: 'person.named-after-verb', produces: 'people',
    description: 'a name right after a speech verb, set off by a comma and described: a title or role, or "who" or "whose" ("…," said Ada Moen, a ferry skipper from Bergen. / …, said Ada Moen, the club\'s chairwoman.)',
    pattern: compose('\\b(?:{VERBS}) {NAME},\\s+(?:\\d{1,3},\\s+)?(?:(?:a|an|the|its|his|her|their)\\s+)?{OWNER}? (?:{TITLE}{OF}?(?=\\s*[,.;]|\\s+(?:of|for|at|with|in|from|on|who|and)\\b)|who(?:se)?\\b)', {
      VERBS: SPEECH_VERBS, NAME, OWNER: POSSESSIVE,
      TITLE: `(?:${TITLE_WORD}[^\\S\\n]+){0,2}(?:${ROLE_NOUN}|${ROLE_WORD})`, OF: `\\s+(?:of|for|at|with)\\s+(?:the\\s+)?${CAP_WORDS}`,
    }, 'gu'),
    examples: {
      match: ['"The pier is safe," said Ada Moen, a ferry skipper from Bergen.', '"We live here too," said Ada Moen, director of Harbour Watch.', '"Too loud," said Ada Moen, who runs a cafe on the pier.', '"We want names," said Ada Moen, whose daughter died at the gate.'],
      noMatch: ['"The pier is safe," said Ada Moen, after the meeting.', 'The pier is safe, said Ada Moen.'],
    },
  },
  surnameFirst: {
    id: 'person.surname-title', produces: 'people',
    description: 'a surname alone set off by "the" and a title ("Lenz, the commander, said")',
    pattern: compose("(?<![\\p{L}'’-][^\\S\\n]?)\\b{SURNAME},\\s+the\\s+{TITLE},", {
      SURNAME: "\\p{Lu}[\\p{Ll}'’-]{1,40}[\\p{Ll}]", TITLE: TITLE_PATTERN.toLowerCase(),
    }, 'gu'),
    examples: { match: ['Lenz, the commander, said the pier was safe.'], noMatch: ['Lenz said the pier was safe.'] },
  },
  roleOnly: {
    id: 'person.role-only', produces: 'people',
    description: 'a person known by role and place only ("the mayor of Bergen"), named when a name follows, or when the article names one holder of that role or title ("Ada Moen, the mayor of Bergen,")',
    pattern: compose('\\b(?:the|The) {NATIONALITY}? {ROLE} of {PLACE}', {
      NATIONALITY: NATIONALITY_PATTERN,
      ROLE: 'mayor|governor|prefect|police chief|police commissioner|interior minister|foreign minister|prime minister|president|ambassador|regional president',
      PLACE: "\\p{Lu}[\\p{L}'’-]{1,40}(?:\\s+\\p{Lu}[\\p{L}'’-]{1,40})?",
    }, 'gu'),
    examples: { match: ['The mayor of Bergen cut the ribbon.'], noMatch: ['The mayor cut the ribbon.'] },
  },
  roleBodyIts: {
    id: 'person.role-body-its', produces: 'people',
    description: 'a title after "Its" or "Their", maybe after a word of grade ("Its spokesman, Lena Park, said", "Its secretary general, Lena Park, said", "its executive director, Lena Park,"): the person\'s body is the one the sentence before opens with; after a lowercase "its" inside a sentence that opens with a body ("The Harbour Agency has banned drones …, its director, Lena Park, said"), that body, else the last body that sentence names before it ("Up to 1,200 volunteers of the Harbour Charity will help, its director, Lena Park, said"); after "whose", the last body named before it ("the Harbour Taxi Union, whose chairman, Lena Park,")',
    pattern: compose('(?:^|\\s)(?:Its|its|Their|their|whose) {TITLE},? {NAME}', { TITLE: `(?:(?:executive|managing|deputy|general|national|regional|provincial|vice)\\s+)?(?:spokes(?:man|woman|person)|chair(?:man|woman|person)?|director(?: general)?|president|secretary(?: general)?|head|leader|chief)`, NAME }, 'u'),
    examples: { match: ['Its spokesman, Lena Park, said the march would be peaceful.', 'Their leader Jan Holm spoke first.', 'Its secretary general, Lena Park, said the vendors would march.', 'The Harbour Agency has banned drones over the park, its director, Lena Park, said.', 'Up to 1,200 volunteers of the Harbour Charity will hand out water, its director, Lena Park, said.', 'The march was called by the Harbour Taxi Union, whose chairman, Lena Park, said it would be slow.', 'The Harbour Foundation expects 9,000 visitors, its executive director, Lena Park, said.'], noMatch: ['The spokesman, Lena Park, said the march would be peaceful.', 'Its members said the march would be peaceful.'] },
  },
  roleBodyPossessive: {
    id: 'person.role-body-possessive', produces: 'people',
    description: 'a title after a body\'s head noun in the possessive, right before the name ("the force\'s commander, Inspector Ada Moen,", "the club\'s security director, Ivo Lenz, said", "The union\'s president Ada Moen"): the body named nearest before it, in its sentence or the two before, whose name ends with that noun or whose kind the noun says (a force is a police force, a club or team a club, a union a union, a party a political group, an association or society an NGO, a group or movement an NGO or a political group); or the body named in the possessive itself ("the Ministry of Defence\'s spokesman, Ivo Lenz,")',
    pattern: /\b[Tt]he[^\S\n]+(?<head>force|club|team|union|party|society|association|federation|ministry|council|agency|authority|service|company|group|embassy|university|commission|committee|movement)['’]s[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}?[\p{Ll}-]+,?[^\S\n]*$/u,
    examples: { match: ["The police will deploy 2,000 officers, the force's commander, ", "and its stewards will search every fan, the club's security director, "], noMatch: ["The force's commander, Ada Moen, said so.", "Its spokesman, "] },
  },
  roleBodyHeadNoun: {
    id: 'person.role-body-head-noun', produces: 'people',
    description: 'a lowercase title whose first word is a body\'s head noun ("agency director Lena Park", "ministry spokeswoman …"): the one body named in the sentence or the one before whose name ends with that word, the title then the office alone ("Director"); none when two or none fit',
    pattern: compose('^{HEAD} {ROLE}$', { HEAD: 'agency|authority|ministry|council|police|army|navy|military|gendarmerie|archdiocese|diocese|union|group|association|federation|committee|office|service|coalition|company|club|party', ROLE: 'spokes(?:man|woman|person)|director|chief|head|president|secretary|chair(?:man|woman|person)?|leader|commander' }, 'iu'),
    examples: { match: ['Agency director', 'police chief', 'Union spokeswoman', 'army spokesman'], noMatch: ['Interior Minister', 'Director of the agency', 'Agency'] },
  },
  roleBodyStory: {
    id: 'person.role-body-story', produces: 'people',
    description: 'a lowercase title whose first word is a body\'s head noun ("police chief Lena Park said") with no body of that noun in the sentence or the one before: the one body of the article whose name ends or opens with that noun ("Harbour Police", "Police Administration of Lakeland") and that is of the wire story\'s country (its dateline\'s), else the article\'s only such body; none when two fit',
    pattern: compose('^{HEAD} {ROLE}$', { HEAD: 'agency|authority|ministry|police|service|office', ROLE: 'spokes(?:man|woman|person)|director|chief|head|commander|commissioner|superintendent|inspector' }, 'iu'),
    examples: { match: ['police chief', 'Ministry spokesman', 'Police Commissioner'], noMatch: ['Police', 'Chief of police'] },
  },
  roleBodyInTitle: {
    id: 'person.role-body-in-title', produces: 'people',
    description: 'a title that names its body after "of", "at" or "for" ("chief executive of the Harbour Race Committee", "spokeswoman for the Lakeside Police") when the article proposes a body of that name or acronym: the body is the role\'s, the title kept as written; a body the article does not propose stays in the title, and a candidate for a body or its nominee is not of it',
    // A candidate for a body, or its nominee, is not of it.
    pattern: /^(?!(?:[Cc]andidate|[Nn]ominee|[Aa]pplicant)\b)(?<role>\p{L}[\p{L}' -]{0,60}?)\s+(?:of|at|for)\s+(?:the\s+)?(?<body>\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|and|the|de|\p{Lu}[\p{L}'’.&-]*)){0,8})$/u,
    examples: { match: ['Chief executive of the Harbour Race Committee', 'spokeswoman for the Lakeside Police', 'Director of HPA'], noMatch: ['Minister of the interior', 'Chief executive', 'Candidate for the National Assembly'] },
  },
  roleBodyBeforeTitle: {
    id: 'person.role-body-before-title', produces: 'people',
    description: 'a capitalised title right after a body\'s whole name, then the person ("the Lakeside Rowing Federation President Ada Moen", "Harbour Trust Chairman Ivo Lenz said"): the body is the role\'s; nothing but spaces and the title between them, so a comma or a verb parts them ("the Harbour Trust, President Ada Moen said" names no body of hers)',
    // Tried on the words between the body's name and the person's name (the title, or none when the mention holds it).
    pattern: /^[^\S\n]+(?:(?<title>\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,2})[^\S\n]+)?$/u,
    examples: { match: [' President ', ' ', ' Vice Chairman '], noMatch: [', President ', ' said President ', ' and President '] },
  },
  roleBodyMayor: {
    id: 'person.role-body-mayor', produces: 'people',
    description: 'a mayor with no body named by the title ("Mayor Zoran Petrovic", "the mayor of Eastby, Ada Moen"): the one city government of the article named after the city of the title, else of the dateline ("City of Eastby", "Capital City of Eastby", "Municipality of Eastby", "Eastby City Council"); not a regional, provincial or state government, and none when two fit',
    // A deputy's and a former mayor's title too: they held it at the same city's government.
    pattern: /^(?:(?:former|ex-)\s*)?(?:lord\s+|deputy\s+|vice[- ]?)?mayor(?:\s+of\s+(?<city>\p{Lu}[\p{L}'’-]{0,40}(?:\s\p{Lu}[\p{L}'’-]{0,40}){0,3}))?$/iu,
    examples: { match: ['Mayor', 'Mayor of Eastby', 'Deputy Mayor', 'former mayor', 'Vice-Mayor'], noMatch: ['Mayor\'s spokesman', 'Deputy Prime Minister'] },
  },
  orgSpokesperson: {
    id: 'person.body-title-after-verb', produces: 'people',
    description: 'a speech verb, then a body\'s name, a title and a name ("…, said Transit Authority spokeswoman Lena Park.")',
    pattern: compose('\\b(?:{VERBS}) (?:the )?{BODY} {TITLE} {NAME}', {
      VERBS: 'said|says|added|told reporters', BODY: `(?:\\p{Lu}[\\p{L}'’-]{0,40}|[A-Z]{2,6})(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]{0,40}){0,3}`,
      TITLE: 'spokes(?:man|woman|person)|chief|director|commander|head|secretary', NAME,
    }, 'gu'),
    examples: { match: ['The line reopens on Friday, said Transit Authority spokeswoman Lena Park.'], noMatch: ['The line reopens on Friday, said a spokeswoman.'] },
  },
  titleBodyInFull: {
    id: 'person.title-body-in-full', produces: 'people',
    description: 'a title set off after a name whose body is named by fewer words than the article gave it before ("Ada Moen, a spokeswoman for the Authority," after "the Lakeside Harbour Authority"): the title takes the body\'s full name, the last one written after "the" before that ends with those words ("More Harbour Authority staff" names none), never a possessive before it ("Eastland\'s Harbour Authority" gives "the Harbour Authority"); a title whose body no earlier name ends with stays as written',
    pattern: /\s(?:of|for)\s+the\s+(?<body>\p{Lu}[\p{L}'’-]{0,40}(?:\s\p{Lu}[\p{L}'’-]{0,40})?)$/u,
    examples: { match: ['Spokeswoman for the Authority', 'Head of the Harbour Board'], noMatch: ['Spokeswoman for the city administration', 'Harbour Authority spokeswoman'] },
  },
  signature: {
    id: 'person.signature', produces: 'people',
    description: 'the signature closing a release (statement.release-heading): its last three lines, a name maybe after a rank ("Inspector Ada Moen"), a title ("Head of Operations") and a body ("Lakeside Harbour Police Directorate"): a person whose title is of that body ("Head of Operations of the Lakeside Harbour Police Directorate"); lines that end in a full stop are no signature',
    pattern: compose('(?:^|\\n){NAME}[^\\S\\n]*\\n{TITLE}[^\\S\\n]*\\n{BODY}\\s*$', {
      NAME: `(?:(?:${TITLE_PATTERN})[^\\S\\n]+)?${NAME}`, TITLE: "\\p{Lu}[\\p{L}'’,-]*(?:[^\\S\\n]+[\\p{L}'’,-]+){0,6}", BODY: "\\p{Lu}[\\p{L}'’-]{0,40}(?:[^\\S\\n]+[\\p{L}'’-]{1,40}){0,8}",
    }, 'u'),
    examples: {
      match: ['We ask for calm.\n\nInspector Ada Moen\nHead of Operations\nLakeside Harbour Police Directorate\n'],
      noMatch: ['We ask for calm.\n\nInspector Ada Moen said so.\nHead of Operations\nLakeside Harbour Police Directorate.\n'],
    },
  },
  counterpart: {
    id: 'person.counterpart', produces: 'people',
    description: 'a counterpart of the person named before, set off by commas ("his Danish counterpart, Lars Holm,"); the title is that person\'s',
    pattern: compose('\\b(?:his|her|their) {NATIONALITY}? counterpart,\\s+{NAME},', { NATIONALITY: NATIONALITY_PATTERN, NAME }, 'gu'),
    examples: { match: ['The minister met his Danish counterpart, Lars Holm, on Monday.'], noMatch: ['The minister met his counterpart on Monday.'] },
  },
  whoHeads: {
    id: 'person.who-heads', produces: 'people',
    description: 'a name set off by a relative clause saying the office the person holds by its verb ("Ada Moen, who chairs the union,", "Jan Holm, who heads the harbour police,", "…, who leads the protest committee,"): the title the verb names (chairs: Chair, heads: Head, leads: Leader, directs: Director, commands: Commander, runs: Head), of the body the clause names by its head noun when the article names one; the name holds no body\'s word',
    pattern: compose('\\b{NAME},\\s+who\\s+{VERB}\\s+(?<body>(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+),', { NAME, VERB: Object.keys(TITLE_OF_VERB).join('|') }, 'gu'),
    examples: { match: ['Ada Moen, who chairs the union, said the march would go ahead.', 'Jan Holm, who heads the harbour police, said so.'], noMatch: ['Ada Moen, who joined the union, said so.', 'The union, which chairs the talks, said so.'] },
  },
  became: {
    id: 'person.became', produces: 'people',
    description: 'a name that takes an office by a verb of becoming ("Ada Moen became President of Eastland", "Ivo Lenz was sworn in as the new Mayor of Lakeside", "Ada Moen was elected governor"): a person with that title; the first word a known first name, the name no body\'s or place\'s',
    pattern: compose('\\b{NAME}\\s+(?:became|becomes|has\\s+become|was\\s+sworn\\s+in\\s+as|is\\s+sworn\\s+in\\s+as|was\\s+(?:elected|appointed|named|inaugurated)(?:\\s+as)?)\\s+(?:the\\s+)?(?:(?:new|first|next)\\s+)?{TITLE}', {
      NAME, TITLE: `${TITLE_PATTERN}(?:\\s+of\\s+(?:the\\s+)?${CAP_WORDS})?|(?:${TITLE_WORD}\\s+){0,2}${ROLE_NOUN}`,
    }, 'gu'),
    examples: {
      match: ['On Wednesday, Ada Moen became President of the United States.', 'Ivo Lenz was sworn in as the new Mayor of Lakeside.', 'Ada Moen was elected governor on Sunday.'],
      noMatch: ['The bridge became a symbol of the city.', 'Ada Moen became famous overnight.'],
    },
  },
  interviewed: {
    id: 'person.interviewed', produces: 'people',
    description: 'the person an introduction says was interviewed, with the title before the name ("spoke to harbour master Jan Holm about")',
    pattern: compose("\\b(?:spoke to|spoke with|talked to|talked with|interviewed|sat down with)\\s+(?:the\\s+)?{TITLE}{NAME}(?=\\s+(?:about|on|for|at|in|after|before)\\b|[,.])", {
      // A title's words, never a preposition or an article: "interviewed in the Old Town" names a place.
      TITLE: "(?:(?!(?:in|on|at|to|from|into|with|for|by|near|of|the|a|an)\\s)[\\p{L}'’-]{1,40}\\s+){0,4}?", NAME,
    }, 'gu'),
    examples: { match: ['The agency spoke to harbour master Jan Holm about the plan.'], noMatch: ['The agency spoke to the harbour master about the plan.', 'Residents interviewed in the Old Town on Thursday were divided.'] },
  },
  transcriptLabel: {
    id: 'person.transcript-label', produces: 'people',
    description: 'the speaker label opening a line of a transcript in capitals, as assemblies and courts print them: a title and the name in brackets ("THE MINISTER OF TRANSPORT (Ada Moen):", the title then written in the usual case) or a courtesy title and the name ("MRS. ADA MOEN:", the name as the article writes it elsewhere, else each word capitalised); a label of the surname alone ("MRS. MOEN:") or of the title alone ("THE MINISTER OF TRANSPORT:") names no one new',
    pattern: new RegExp(`^(?:THE[^\\S\\n]+(?<role>${CAPITALS_WORD}(?:[^\\S\\n]+${CAPITALS_WORD}){0,6})[^\\S\\n]*\\((?<named>\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]{1,40}){1,3})\\)|${CAPITALS_HONORIFIC}[^\\S\\n]+(?<capitals>${CAPITALS_WORD}(?:[^\\S\\n]+${CAPITALS_WORD}){1,2})):`, 'gmu'),
    examples: {
      match: ['THE MINISTER OF TRANSPORT (Ada Moen): We will recruit twelve firefighters.', 'MRS. ADA MOEN: Thank you, Madam President.', 'DR. IVO HOLM-LENZ: The ward is full.'],
      noMatch: ['MRS. MOEN: Thank you.', 'THE MINISTER OF TRANSPORT: Thank you.', 'The minister (Ada Moen): yes.', 'NOTE: Ada Moen did not reply.'],
    },
  },
  castList: {
    id: 'person.cast-list', produces: 'people',
    description: 'a line of a transcript\'s list of speakers, a number in brackets, a name (maybe after a rank), a comma and a title ("[1] Ada Moen, Prefect of Lakeside", "[3] Colonel Ivo Lenz, provincial commander of the Harbour Police"): the person, with that title; the lines the number opens later are theirs (statement.numbered-speaker)',
    pattern: compose('^\\[{NUMBER}\\][^\\S\\n]+{NAME},[^\\S\\n]+{TITLE}$', { NUMBER: '\\d{1,2}', NAME, TITLE: '[^\\n,]{2,80}' }, 'gmu'),
    examples: {
      match: ['[1] Ada Moen, Prefect of Lakeside', '[3] Colonel Ivo Lenz, provincial commander of the Harbour Police'],
      noMatch: ['[4] Reporters (not named)', '[1] Good afternoon. Tomorrow, Friday, the unions march, as agreed with us.'],
    },
  },
  listedLine: {
    id: 'person.listed-line',
    produces: 'people',
    description: 'a paragraph opening with a first name and a surname, a comma, lowercase words of a place in a side or a team and a dash, as a line-up, a ratings piece or a who\'s who lists people ("Ada Moen, left back — 6. Quiet until the break.", "Ivo Lenz, centre back, captain – 8."): the person, each part between commas a role; not a dateline or a sentence ("Ada Moen, spokeswoman, said …")',
    pattern: compose(`^{NAME},[^\\S\\n]+(?<roles>${LISTED_ROLE}(?:,[^\\S\\n]+${LISTED_ROLE})?)[^\\S\\n]+[—–][^\\S\\n]+\\S`, { NAME }, 'gmu'),
    examples: {
      match: ['Ada Moen, left back — 6. Quiet until the break.', 'Ivo Lenz, centre back, captain – 8. Won every header.'],
      noMatch: ['Ada Moen, spokeswoman, said the roads would close.', 'LAKESIDE, May 6 (Wire) — The regatta opens on Friday.', 'Ada Moen, Prefect of Lakeside — 6.'],
    },
  },
  letterSignature: {
    id: 'person.letter-signature', produces: 'people',
    description: 'the signature of a letter printed after its salutation ("Sir,", "Madam,", "Dear Editor,"): a line that is a name alone, then a line of a title, a comma and a body ("Ada Moen\\nPresident, Lakeside Fishermen\'s Cooperative"): the writer, whose title is of that body; the letter\'s paragraphs are theirs (statement.letter)',
    pattern: compose('^{NAME}[^\\S\\n]*\\n(?<title>[A-Z][^\\n,]{1,60}),[^\\S\\n]+(?<body>[A-Z][^\\n]{1,80}?)[^\\S\\n]*$', { NAME }, 'mu'),
    examples: {
      match: ['Ada Moen\nPresident, Lakeside Fishermen\'s Cooperative'],
      noMatch: ['Ada Moen said so.\nPresident, Lakeside Fishermen\'s Cooperative', 'Ada Moen\nThe cooperative met on Friday.'],
    },
  },
  caption: {
    id: 'person.caption', produces: 'people',
    description: 'a line that names someone and says what they are, set off by commas, right above a quoted paragraph ("Ada Moen, fish trader, survivor" then "“I was sitting at the back …”"), as an oral history, a vox pop or a panel prints its voices: a person whose title is the first words after the name, in lowercase or a title of office ("Governor of Eastby", "Lakeside Central Police Commander"), maybe after a rank ("Commander Ada Moen, station commander, Harbour Coast Guard"); the quoted paragraph is their words (statement.caption-quote)',
    pattern: compose('^[^\\S\\n]*(?:(?:{RANK})[^\\S\\n]+)?{NAME},[^\\S\\n]+(?<role>\\p{Ll}[\\p{L}\'’ -]{1,50}?|(?:\\p{Lu}[\\p{L}\'’-]{1,40}[^\\S\\n]+){0,3}(?:{TITLE})(?:[^\\S\\n]+of[^\\S\\n]+\\p{Lu}[\\p{L}\'’-]{1,40})?)(?:,[^\\S\\n]+[^,.;:!?\\n]{1,80}){0,2}[^\\S\\n]*\\n[^\\S\\n]*["“]', { NAME, RANK: `${TITLE_PATTERN}|Dr\\.?|Professor`, TITLE: TITLE_PATTERN }, 'gmu'),
    examples: {
      match: ['Ada Moen, fish trader, survivor\n"I was sitting at the back."', 'Commander Ivo Lenz, station commander, Harbour Coast Guard\n"Our first boat was out at 19:25."', 'Ada Moen, Governor of Eastby\n"The county will pay."'],
      noMatch: ['Ada Moen, Lakeside, Eastland\n"The county will pay."', 'Ada Moen, fish trader, survivor\nShe was sitting at the back.', 'Ada Moen, a trader, said she was sitting at the back.\n"It was cold."'],
    },
  },
  honorific: {
    id: 'person.honorific', produces: 'people',
    description: 'a courtesy, academic, religious or traditional title, then a name of two or three words: the title says a person is named, whether or not the first name is one the word list knows ("Dr Maya Lind", "Associate Professor Priya Raman", "Ms Ada Moen", "Alhaja Ada Moen", "Oba Ade Lind", "Sir Ben Lee"); the title is not kept as an office',
    pattern: compose('\\b(?:(?:Associate|Assistant|Emeritus)[^\\S\\n]+Professor|Professor|Prof\\.|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Sir|Dame|Alhaji|Alhaja|Hajia|Hajiya|Mallam|Oba)[^\\S\\n]+{NAME}(?![\\p{L}\\d])', { NAME }, 'gu'),
    examples: {
      match: ['Dr Maya Lind said the boats would come later.', 'Associate Professor Priya Raman, criminologist, comments:', 'The letter was signed by Ms. Ada Moen.', 'The market leader, Alhaja Ada Moen, said 4,000.'],
      noMatch: ['The doctor said the boats would come later.', 'Professor Lind said so.', 'Dr Lind said so.'],
    },
  },
  speaking: {
    id: 'person.speaking', produces: 'people',
    description: 'a first name and a surname before a speech verb, or after "according to"',
    pattern: compose('\\b{NAME}(?:,[^,]{1,60},)?\\s+(?:{VERBS})\\b|\\baccording to {SOURCE}', { NAME, VERBS: SPEECH_VERBS, SOURCE: NAME }, 'gu'),
    examples: { match: ['Karin Dahl said the queue was long.', 'The queue was long, according to Karin Dahl.'], noMatch: ['The queue was long.'] },
  },
} satisfies Record<string, Rule>;
