// How the events pass finds named gatherings.
import { EVENT_WORD_PATTERN, INCIDENT_WORDS, KNOWN_EVENTS, NATIONALITY_PATTERN, type EVENT_WORDS } from '../lexicon.js';
import { compose, type Rule } from './rule.js';

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Month names, and their abbreviations as news writes them ("Dec.", "Sept"). */
const MONTHS_SHORT_TOO = `${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec`;

/**
 * Capitalised last words of a gathering's name beyond the usual ones, with the kind each gives ("Harbour Lights
 * Parade", "Mountain Film Week", "Lakeside Open"); words that often end a body's or a place's name are left out
 * ("Congress", "Convention", "Assembly", "Derby", "Rally", "Show").
 */
export const MORE_NAMED_HEADS: Record<string, 'festival' | 'games' | 'ceremony'> = {
  Parade: 'festival', Pageant: 'festival', Procession: 'festival', Pilgrimage: 'festival', Gala: 'festival', Jamboree: 'festival',
  Fiesta: 'festival', Feria: 'festival', Festa: 'festival', Week: 'festival', Celebrations: 'festival', Festivities: 'festival', Concert: 'festival',
  Tournament: 'games', Regatta: 'games', Races: 'games', Masters: 'games', Trophy: 'games', Classic: 'games', Open: 'games', Race: 'games', Series: 'games', Jubilee: 'ceremony', Awards: 'ceremony',
};
// A festival named in one word closed by "fest" ("Bluesfest", "Oktoberfest"); "Manifest" is no festival.
const EVENT_HEADS = `(?!Manifest)[A-Z]\\p{Ll}{2,20}fest|Olympics|Olympic Games|Paralympics|Paralympic Games|Games|World Cup|Cup|Championships?|Grand Prix|Marathon|Festival|Carnival|Fair|Expo|Summit|Conference|Forum|Contest|Final Four|Final Eight|Olympiad|(?:Leaders['’]|Ministers['’]|Ministerial|Heads of (?:Government|State)) Meeting|(?:Air|Motor|Boat|Flower|Horse|Trade) Show|Tour de [A-Z]\\p{L}+|Tour d['’]\\p{Lu}\\p{L}+|Tour of [A-Z]\\p{L}+|${Object.keys(MORE_NAMED_HEADS).join('|')}`;

/** Verbs of a gathering or a protest that a reported future names ("would instead hold", "plans to march"). */
const GATHERING_VERBS = 'hold|stage|march|parade|rally|represent|play|protest|strike|demonstrate|gather|meet|return|reopen|open|form|mount|picket|occupy|block|keep|close|shut|walk\\s+out|take\\s+place|go\\s+ahead|be\\s+held';
/** How many people an act hurt or killed (rule event.past-harm): digits or a number word, maybe hedged. */
const PAST_HARM_COUNT = '(?:(?:at least|about|some|more than|nearly|almost) )?(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|several|hundreds)';
const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Lowercase particles inside names of other languages ("Festa da Ribeira", "Feria de la Costa"). */
const NAME_PARTICLE = '(?:de|do|da|dos|das|del|la|di|della|des|du|of)';
/** Capitalised words that make a name a venue's, not a gathering's ("Expo Centre", "Festival Grounds"). */
const VENUE_WORDS = '(?:Centre|Center|Grounds|Hall|Halls|Park|Square|Arena|Stadium|Site|Building|Village|Plaza)';

/** A person's capitalised name, maybe hyphenated ("Lin Wei-ming"), and an office someone is sworn in to (rule event.swearing-in). */
const PERSON_NAME = "\\p{Lu}[\\p{L}'’-]{1,40}(?: \\p{Lu}[\\p{L}'’-]{1,40}){0,3}";
const OFFICE = '(?:[a-z-]+ ){0,2}?(?:[Pp]resident|[Pp]rime [Mm]inister|[Gg]overnor|[Mm]ayor|[Kk]ing|[Qq]ueen|[Ee]mperor|[Cc]hancellor|[Pp]remier)';

/** Words for a gathering the lexicon's event words leave out, with their kinds: a concert is a festival's, a bout a sport's. */
export const MORE_GATHERING_WORDS: Record<string, 'festival' | 'games'> = { concert: 'festival', bout: 'games', 'semi-final': 'games', 'quarter-final': 'games' };
/** Gathering words a weekday's possessive names an event by ("Sunday's derby", "Saturday's open-air concert"); a meeting, talks or a visit are left to their own rules. */
const WEEKDAY_GATHERING_WORDS = `${Object.keys(MORE_GATHERING_WORDS).join('|')}|derby|match|final|race|marathon|tournament|fixture|festival|carnival|fair|parade|summit|conference`;
/** Head words of a gathering brought in with "a" or "an" and dated (rules event.indefinite-dated, event.day-then-indefinite); a march or a rally is a protest's. */
const INDEFINITE_HEADS = `${WEEKDAY_GATHERING_WORDS.replace('conference', '(?<!(?:news|press)\\s)conference')}|game|regatta|procession|pageant|gala|banquet|congress|ceremony|celebration`;
/** Words for a rite or a ceremony: a programme's line that names one is left to the rules of rites and ceremonies. */
/** Words for a show a festival's programme line names: that line is a part of the festival, any other its ceremonial act. */
export const SHOW_WORD = /\b(?:concerts?|screenings?|shows?|performances?|parades?|fireworks|dances?|music|films?|plays?|races?|match(?:es)?|markets?|exhibitions?)\b/iu;
/**
 * Words for an occasion a force is deployed for (rule event.occasion) that the lexicon's event words leave out,
 * with their kinds: a cricket Test is a sport's, a pageant or procession a festival's, a party congress a
 * summit's, an inauguration, a banquet or a jubilee a ceremony's. "Test" is capitalised as a match is; "a test" is no event.
 */
export const OCCASION_WORDS: Record<string, (typeof EVENT_WORDS)[string]> = {
  Test: 'games', game: 'games', regatta: 'games', cup: 'games', 'grand prix': 'games',
  pageant: 'festival', procession: 'festival', processions: 'festival', concert: 'festival', feast: 'festival', pilgrimage: 'festival', celebration: 'festival', gala: 'festival',
  congress: 'summit', convention: 'summit', 'party congress': 'summit', assembly: 'summit',
  inauguration: 'ceremony', banquet: 'ceremony', 'swearing-in': 'ceremony', jubilee: 'ceremony', coronation: 'ceremony', enthronement: 'ceremony', commemoration: 'ceremony', 'national day': 'ceremony', anniversary: 'ceremony',
};
/**
 * Occasion words that name an earlier edition as well ("last year's feast", "the 2027 inauguration", "the party's
 * last congress, in 2028"), with their kinds; words that often name no gathering ("assembly", "anniversary",
 * "convention", "cup") are left out.
 */
export const EDITION_WORDS: Record<string, (typeof EVENT_WORDS)[string]> = Object.fromEntries(
  ['Test', 'regatta', 'pageant', 'procession', 'feast', 'pilgrimage', 'gala', 'celebration', 'congress', 'party congress', 'inauguration', 'swearing-in', 'jubilee', 'coronation'].map((w) => [w, OCCASION_WORDS[w]!]),
);
const EDITION_WORD_PATTERN = Object.keys(EDITION_WORDS).sort((a, b) => b.length - a.length).join('|');
/** Words that make a parade or procession a state's ceremony rather than a festival ("the military parade", "the last imperial parade, for the enthronement"). */
export const CEREMONIAL = /\b(?:royal|imperial|state|military|enthronement|coronation|inauguration|jubilee|wedding|funeral)\b/i;
export const CEREMONY_WORD = /\b(?:Mass|service|ceremony|wreath|funeral|burial|rite|prayers)\b/u;
/** A programme line telling a rite or a ceremony (rules event.programme-day, event.programme-named): "the closing Mass", "the flowers are blessed at dawn". */
export const RITE_LINE = /\b(?:[Mm]ass|services?|ceremony|wreaths?|rites?|prayers|bless(?:ed|es|ing)|consecrat(?:ed|es|ion)|anoint(?:ed|ing))\b/u;
/** Words of a programme line naming a procession or a feast (rule event.programme-day): "the lantern procession", "the feast of the patron saint". */
export const ROUTE_LINE = /\b(?:process(?:ions?|ional)|parades?|pageant|cavalcade|feast|carnival|celebrations?)\b/u;
/** A programme line telling a route from a named place (rule event.programme-day): "from Harbour Square to the shrine". */
export const ROUTE_FROM = /\bfrom (?:the )?\p{Lu}[^,;:]{0,60}? to (?:the )?\p{L}/u;
/** A programme line honouring a dignitary (rule event.programme-day): "the procession of the paramount chief", "a reception by the king". */
export const DIGNITARY_LINE = /\b(?:chiefs?|kings?|queens?|emperors?|empress|president|prime minister|governor|royal|imperial|military)\b/u;

/** A name in capitals after "the" ("the Harbour Dagen"), of one to three words, read by rule event.named-then-kind in the sentence before its gathering's word. */
export const NAME_AFTER_THE = /(?<!\p{L})the (?<name>\p{Lu}[\p{L}'’-]{2,40}(?:[^\S\n]\p{Lu}[\p{L}'’-]{1,40}){0,2})(?![\p{L}'’-]|[^\S\n]+\p{Lu})/gu;

/** Two sides in capitals, a verb of winning, drawing or losing and the score ("Lakeside Rovers beat Northby United 31-24"): the match's rule and its sides' clubs read the same words. */
export const MATCH_RESULT = compose("\\b(?<home>\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+(?:(?:de|do|da|del|of)[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]{1,40}){0,3}) (?:beat|defeated|edged|thrashed|drew with|lost to|held) (?<away>\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+(?:(?:de|do|da|del|of)[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]{1,40}){0,3}) (?:by )?\\d{1,3}[-–]\\d{1,3}\\b", {}, 'gu');

export const EVENT_RULES = {
  futureReported: {
    id: 'date.future-reported', produces: 'events',
    description: 'a gathering or protest still to come in reported speech ("said it would instead hold a rally on Thursday", "would protest again on Friday", "plans to march on Saturday"): the sentence\'s weekdays count forward from the publication date, except the day someone spoke',
    pattern: compose('\\b(?:would (?:(?:instead|again|also|still|then|later|soon|now|rather) ){0,2}|(?:plans|planning|intends|intend|vowed|vows|promised|pledged|threatened|threatens|decided|agreed) to (?:(?:instead|again|also) )?){VERB}\\b', { VERB: GATHERING_VERBS }, 'iu'),
    examples: {
      match: ['The union said it would instead hold a rally on Thursday.', 'He said the cab drivers would protest again on Friday.', 'The tenants group plans to march on Saturday.'],
      noMatch: ['The union said it held a rally on Thursday.', 'The drivers said they would have joined the march on Friday.'],
    },
  },
  scheduledPresent: {
    id: 'date.scheduled-present', produces: 'events',
    description: 'a timetable\'s present tense earlier in the weekday\'s clause, however far before it, times of day included ("which starts at 6:30 a.m. on Sunday", "Eastland and Northland meet in the final of the Harbour Cup at the National Stadium on Saturday", "the president visits the new port and the old naval yard on Friday"): news tells what is to come in the present and what happened in the past, so the weekday counts forward; not when a word ending in -ed stands between the verb and the day ("hosts the fans who gathered on Saturday"), and not in a sentence told in the past (dates.ts reads that)',
    // Words, none ending in -ed, up to the day: "hosts the fans who gathered on Saturday" tells of the past.
    pattern: compose(`\\b(?:meet|meets|plays?|faces|hosts?|headlines?|opens?|begins?|starts|kicks? off|takes? place|gets? under way|arrives?|visits|holds?|celebrates?|welcomes?|attends?|competes?|performs?|travels?|goes|convenes?)\\b(?:\\s+(?:\\d{1,2}(?::\\d{2})?\\s*[ap]\\.m\\.|(?![\\p{L}'’-]{0,40}ed\\b)[\\p{L}\\d'’-]+)){0,18}?\\s+on\\s+(?:the\\s+)?(?:(?:${WEEKDAY_NAMES})\\s+(?:and|or)\\s+)?(?<day>${WEEKDAY_NAMES})\\b`, {}, 'giu'),
    examples: {
      match: ['Eastland and Northland meet in the final of the Harbour Cup at the National Stadium on Saturday.', 'The president visits the new port and the old naval yard on Friday.', 'Some 6,000 runners are entered for the Lakeside Half Marathon, which starts at 6:30 a.m. on Sunday on the square.'],
      noMatch: ['The mayor hosts the fans who gathered in the square on Saturday.', 'Eastland and Northland met in the final on Saturday.'],
    },
  },
  possessiveToldPast: {
    id: 'date.possessive-told-past', produces: 'events',
    description: 'a weekday\'s possessive whose gathering is told in the past in its own clause ("Sunday\'s league derby between Eastby and Northby at the City Stadium ended 2-1, but it will be remembered for …", "Saturday\'s march passed off peacefully"): the weekday counts back, whatever tense the rest of the sentence is in',
    pattern: compose(`\\b(?:${WEEKDAY_NAMES})['’]s\\s+(?:(?![\\p{L}'’-]{0,40}\\b(?:will|would|is|are)\\b)[\\p{L}\\d'’-]+\\s+){1,14}?(?:ended|finished|drew|was|were|passed\\s+off|took\\s+place|went\\s+ahead|saw|left)\\b`, {}, 'gu'),
    examples: {
      match: ["Sunday's league derby between Eastby and Northby at the City Stadium ended 2-1, but it will be remembered for the clashes.", "Saturday's march passed off peacefully, police said."],
      noMatch: ["Sunday's derby will be played behind closed doors.", "Saturday's march is expected to draw 2,000 people."],
    },
  },
  daySpoken: {
    id: 'date.day-of-saying', produces: 'events',
    description: 'a day tied to when someone spoke or a figure was given ("the figure given by the minister on Tuesday", "announced on Tuesday", "said by the mayor on Monday", "said in a statement on Monday"): the day of saying, never the date of an event or a protest, and counted back as past',
    pattern: compose('\\b(?:said|says|told|announced|stated|confirmed|added|declared|given|released|published|issued|quoted|reported|unveiled|presented|disclosed) (?:by (?:[\\p{L}.\'’-]+ ){1,6}?|(?:in|at) an? (?:statement|release|post|briefing|news conference|press conference) )?on (?:the )?{DAY}\\b', { DAY: WEEKDAY_NAMES }, 'giu'),
    examples: {
      match: ['The count was above the figure given by the harbour minister on Tuesday.', 'The plan, announced on Tuesday, adds buses.', 'Flares will be banned, the ministry said in a statement on Monday.'],
      noMatch: ['The rally will be held on Tuesday.', 'The figure given by the minister was lower.'],
    },
  },
  weekdayWrittenAhead: {
    id: 'date.weekday-written-ahead', produces: 'events',
    description: 'a weekday written with its date within the six days after publication ("runs from Thursday, December 8, to Sunday, December 11", "kick-off on Saturday, December 17"): the same weekday named alone elsewhere in the article ("would sail past the start line on Thursday morning", "go into Saturday\'s final") is that day when its words tell no past (only the reported words after a speech verb count: "said on Sunday that they would …"); not once the text has told of that weekday just past ("arrested 17 people on Thursday"), nor for a date further ahead or one that is not the weekday written with it',
    pattern: compose('\\b{WEEKDAY},? (?:{DAY}(?:st|nd|rd|th)? {MONTH}|{MONTH_FIRST}\\.? {DAY_AFTER}(?:st|nd|rd|th)?)\\b(?:,? {YEAR})?', {
      WEEKDAY: WEEKDAY_NAMES, DAY: '\\d{1,2}', MONTH: MONTHS_SHORT_TOO, MONTH_FIRST: MONTHS_SHORT_TOO, DAY_AFTER: '\\d{1,2}', YEAR: '(?:19|20)\\d{2}',
    }, 'gu'),
    examples: {
      match: ['The regatta runs from Thursday, December 8, to Sunday, December 11.', 'Kick-off is at 4 p.m. on Saturday 17 December 2044.', 'The vote is on Sunday, Dec. 11.'],
      noMatch: ['The regatta runs from Thursday to Sunday.', 'The pier reopens on December 8.'],
    },
  },
  gathering: {
    id: 'event.named', produces: 'events',
    description: 'up to four capitalised words, maybe two of them joined by "and", a year, a season, then a word for a gathering ("Northern Lights Festival", "2030 Winter Games", "Lakeside Bluesfest", "Song and Dance Festival", "the 45th Chess Olympiad", "the Lakeside Air Show", "the Tour of Lakeland"); a word for a gathering alone names one only after "the" (not "Games start at 3 p.m."), and goes on with capitalised words after "of" ("the Summit of the Lake States", "the Festival of Lanterns", of the head word\'s kind); not a name set off after a word for a firm ("The game\'s publisher, Nightforge Games,"), nor a forum that speaks or acts ("the Growers Forum said") or one whose office is named before it ("the Secretary General of the Harbours Forum"); a meeting of leaders, ministers or heads of government is one ("the Harbour Leaders\' Meeting")',
    // "the Conference League", "the Games Organising Committee": a head word a body's or a competition's name goes on from.
    pattern: compose('\\b{NAME}\\b(?![^\\S\\n]+(?:League|Series|Committee|Council|Secretariat|Organi[sz]ing|Federation|Association|Village|Board|Authority|Office)\\b)', {
      NAME: `(?:\\p{Lu}[\\p{L}\\d'’]{0,40}(?:-\\p{Lu}[\\p{L}'’]{0,40})?[^\\S\\n]+(?:and[^\\S\\n]+(?=[A-Z]))?){0,4}(?:(?:19|20)\\d{2}[^\\S\\n]+)?(?:Winter[^\\S\\n]+|Summer[^\\S\\n]+|Youth[^\\S\\n]+)?(?:${EVENT_HEADS})`,
    }, 'gu'),
    examples: { match: ['Crowds filled the Northern Lights Festival.', 'The 2030 Winter Games open in February.', 'The Youth Song and Dance Festival opens on Friday.'], noMatch: ['Crowds filled the festival grounds.', 'Fans came for the Conference League match.', 'The Games Organising Committee met.'] },
  },
  marked: {
    id: 'event.marked', produces: 'events',
    description: 'what an event marks, celebrates or commemorates ("the festival, which marks the end of the Harvest Moon celebrations"): an occasion named inside the event\'s own clause, not a gathering of its own; the name must start right after these words',
    pattern: /\b(?:marks|marked|marking|celebrates|celebrated|celebrating|commemorates|commemorated|commemorating)\s+(?:the\s+(?:start|end|beginning|close|eve|climax|anniversary)\s+of\s+)?(?:the\s+)?(?=\p{Lu})/gu,
    examples: {
      match: ['The fair, which marks the end of the Harvest Moon celebrations, opens on Friday.', 'The parade celebrates Founders Day.'],
      noMatch: ['The fair marks its tenth year.', 'Crowds came for the Harvest Moon celebrations.'],
    },
  },
  routeEnd: {
    id: 'event.route-end', produces: 'events',
    description: 'a fair or expo named as the start or the end of a route ("drove from the Riverside Fair to the town hall", "walked from the quay to the Harbour Expo"): its grounds, a place, not a gathering',
    pattern: compose('\\bfrom (?:the )?{START}\\b(?: \\([^()]{1,60}\\))?,? (?:to|towards) |\\bfrom (?:the )?[^.;()]{1,60}? (?:to|towards) (?:the )?{END}\\b', {
      START: "(?:\\p{Lu}[\\p{L}'’-]{1,40} ){1,3}(?:Fair|Expo)", END: "(?:\\p{Lu}[\\p{L}'’-]{1,40} ){1,3}(?:Fair|Expo)",
    }, 'gu'),
    examples: {
      match: ['Several hundred vans drove from the Riverside Fair to the town hall.', 'Marchers walked from the quay to the Harbour Expo.'],
      noMatch: ['Several hundred vans drove to the Riverside Fair on Friday.', 'The Riverside Fair runs from Friday to Sunday.'],
    },
  },
  relativeClauseDate: {
    id: 'event.relative-clause-date', produces: 'events',
    description: 'an event dated by a relative clause on its name, or by the verb its name is the subject of, maybe after its venue or an appositive with "with" ("the Harbour Festival at Quay Park, which returns on March 16 and 17", "The three-day Mountain Film Week opens on Thursday", "the Lakeside Half Marathon, which starts at 6 a.m. on Saturday", "The Riverside food fair, with some 200 stalls, takes over the station square on Monday"): the day written after the verb, maybe after a few words of its own (a time, where) or a relative day set off before it ("opened yesterday morning, Wednesday, 24 November"), two days joined by "and" a range; the pass asks that the clause start right after the name',
    pattern: compose("(?:, with [^,.;]{1,80}?,)?(?: (?:at|in) [^,.;]{1,60}?)?(?:, which)? (?:(?:will|is|are|was|were|would) )?(?:{VERB})(?:(?: (?:[ap]\\.m\\.|[^\\s,.;]+)){1,8}? (?:on|from) | (?:on |from )?)(?:(?:yesterday|today|tomorrow)(?: (?:morning|afternoon|evening))?, )?(?:the )?(?={DATE})", {
      VERB: 'returns|return|opens|open|opened|runs|run|starts|start|started|begins|begin|began|kicks off|kicked off|takes place|take place|took place|takes over|fills|be held|held|comes back|reopens|reopen|reopened',
      DATE: `(?:${MONTHS_SHORT_TOO}|\\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z]|${WEEKDAY_NAMES})`,
    }, 'gu'),
    examples: {
      match: ['Police will plan for the Harbour Festival at Quay Park, which returns on March 16 and 17.', 'The Lake Fair, which opens on Friday, drew crowds.', 'The three-day Mountain Film Week opens on Thursday.',
        'About 900 runners are registered for the Lakeside Half Marathon, which starts at 6 a.m. on Saturday outside the stadium.', 'The Riverside Food Fair, with some 200 stalls from every province, takes over the station square on Monday.', 'The Lakeside Summit opened yesterday morning, Wednesday, 24 November, and closes today.'],
      noMatch: ['Police will plan for the Harbour Festival, which drew 9,000 people.', 'The Lake Fair, which opens soon, drew crowds.', 'The Lake Fair drew crowds on Friday.'],
    },
  },
  clauseOpeningDay: {
    id: 'event.clause-opening-day', produces: 'events',
    description: 'a gathering someone will attend, open or address, in a clause that opens with its day ("on Friday he will address a Northland business forum", "On Thursday morning the minister will open the Harbour Fair"), or that a programme gives a day "with" ("and on Good Friday with the Procession of the Holy Cross"): dated by that day when no day follows its name',
    pattern: compose("\\b[Oo]n (?:(?:Good|Holy|Maundy|Palm|Easter|Ash) )?{DAY}(?:[^\\S\\n]+(?:morning|afternoon|evening|night))?,? (?:{SUBJECT} {AUX} (?:also )?[a-z]{3,20}|with) (?:a|an|the) (?=\\p{Lu})", {
      DAY: WEEKDAY_NAMES, SUBJECT: "he|she|they|we|it|the [a-z]{3,20}|\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]\\p{Lu}[\\p{L}'’-]{1,40}){0,2}", AUX: 'will|would|is to|are to|is due to|plans to',
    }, 'gu'),
    examples: {
      match: ['On Thursday the minister will open the Harbour Fair.', 'On Friday morning she will address a Northland business forum.', 'The programme continues on Thursday, and on Good Friday with the Procession of the Holy Cross.'],
      noMatch: ['On Thursday the minister opened the Harbour Fair.', 'The minister will open the Harbour Fair.'],
    },
  },
  dayFor: {
    id: 'date.day-for-gathering', produces: 'events',
    description: 'someone arriving or gathering on a day written right before "for" and a gathering ("arrives in the capital on Tuesday for a three-day state visit", "delegates land on Friday for the summit"): the gathering\'s first day, though another day is written after its name; not a day of another act ("published its plan on Wednesday for the final")',
    pattern: compose("\\b{ARRIVE}\\b[^.;,]{0,40}?\\bon {DAY}(?:[^\\S\\n]+(?:morning|afternoon|evening|night))?,? for (?:a|an|the|his|her|its|their) (?:[\\p{L}\\d'’-]+ ){0,3}?(?:{WORD})\\b", {
      ARRIVE: 'arrives?|arriving|lands?|landing|travels?|flies|fly|comes?|returns?|gathers?|meets?|convenes?|assembles?', DAY: WEEKDAY_NAMES, WORD: EVENT_WORD_PATTERN,
    }, 'gu'),
    examples: {
      match: ['The president arrives in the capital on Tuesday for a three-day state visit, and will sign a deal on Wednesday.', 'Delegates land on Friday for the summit.'],
      noMatch: ['The president arrives in the capital on Tuesday, and the state visit ends on Thursday.', 'Delegates land on Friday for talks with the mayor.', 'Police published the plan on Wednesday for the final on Saturday.'],
    },
  },
  periodWhen: {
    id: 'date.period-when', produces: 'events',
    description: 'a day or a span of weekdays followed by ", when" and a clause naming the gathering ("from Friday to Sunday, when the park hosts the Lakeside music festival", "on Saturday, when the fair opens"): the gathering\'s days, though the words before belong to a measure; the name must come within six words of "when" (a longer clause is another act\'s: "arrested 20 people on Thursday when marchers broke away and tried to reach the summit")',
    pattern: compose("\\b(?:on |from )?{DAY}(?: (?:to|until|through) {END})?,? when\\b", { DAY: WEEKDAY_NAMES, END: WEEKDAY_NAMES }, 'gu'),
    examples: {
      match: ['Glass will be banned in the park from Friday to Sunday, when the park hosts the Lakeside music festival.', 'Roads close on Saturday, when the fair opens.'],
      noMatch: ['Glass will be banned in the park from Friday to Sunday during the festival.'],
    },
  },
  dayOfName: {
    id: 'event.day-of-name', produces: 'events',
    description: 'a weekday\'s gathering of a named group ("Thursday\'s summit of the Northern Seven (N7)", "Friday\'s conference of the Harbour Alliance"): a gathering named "<Name> <word>", of the kind the word says, dated by the weekday',
    pattern: compose("\\b(?:{DAY})['’]s (?<word>summit|conference|congress|forum|meeting|talks) of the {NAME}\\b", { DAY: WEEKDAY_NAMES, NAME: "\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]\\p{Lu}[\\p{L}'’-]{1,40}){0,3}" }, 'gu'),
    examples: {
      match: ["Roads close for Thursday's summit of the Northern Seven (N7).", "Hotels filled before Friday's conference of the Harbour Alliance."],
      noMatch: ["Roads close for Thursday's summit.", 'Hotels filled before the conference of the harbour towns.'],
    },
  },
  weekdayGathering: {
    id: 'event.weekday-gathering', produces: 'events',
    description: 'a gathering told by a weekday\'s possessive and lowercase words or a league\'s name and number, maybe with its two sides ("Saturday\'s free open-air concert on the seafront", "Sunday\'s heavyweight bout between Ada Holm and Eva Lind at the arena", "Saturday\'s Division 2 match between …"): the article\'s own event when it names no other, named by those words and dated by the weekday; not a march or a meeting (their own rules)',
    pattern: compose("\\b{DAY}['’]s (?<words>(?:[a-z][a-z-]{1,30} |\\p{Lu}[\\p{L}-]{0,30} \\d{1,3} ){0,3}?){WORD}\\b(?<between> between [^,.;]{1,80}?(?= at | in | on |[,.;]))?", { DAY: WEEKDAY_NAMES, WORD: WEEKDAY_GATHERING_WORDS }, 'gu'),
    examples: {
      match: ["Around 700 officers will be on duty for Saturday's free open-air concert on the seafront.", "Police will deploy 900 officers for Sunday's heavyweight bout between Ada Holm and Eva Lind at the arena.",
        "About 600 officers will be on duty for Saturday's Division 2 match between Northton and Southby at the park."],
      noMatch: ["Police will deploy 900 officers for Sunday's march.", "Police will deploy 900 officers for the bout on Sunday.", "Saturday's meeting of the council was cancelled."],
    },
  },
  nextDue: {
    id: 'event.next-due', produces: 'events',
    description: 'the next gathering of a kind said to be due, held or scheduled in a month ("The next summit is due in Juba in June", "the next festival will be held in March 2040"): that gathering, named "Next …" by its words, dated by the month, the coming one when no year is written, derived',
    pattern: compose("\\b[Tt]he next (?<words>(?:[\\p{L}'’-]{1,40} ){0,3}?){WORD} (?:is|will be|was) (?:due|held|scheduled|set|planned|expected)\\b[^.;]{0,60}?\\bin {MONTH}(?: (?<year>(?:19|20)\\d{2}))?\\b", { WORD: EVENT_WORD_PATTERN, MONTH: MONTH_NAMES }, 'gu'),
    examples: {
      match: ['The next IGAD summit is due in Juba in June.', 'The next regional summit will be held in March 2040.'],
      noMatch: ['The next summit is due soon.', 'The summit is due in Juba in June.'],
    },
  },
  monthNamed: {
    id: 'event.month-named', produces: 'events',
    description: 'a gathering named by the month it was held in ("the April derby", "the March summit"), in an article published later in the year: an earlier gathering of that month, dated by it; a month still to come is the coming one\'s, left to the other rules',
    pattern: compose('\\b[Tt]he {MONTH} {WORD}\\b', { MONTH: MONTH_NAMES, WORD: `${EVENT_WORD_PATTERN}|${Object.keys(MORE_GATHERING_WORDS).join('|')}` }, 'gu'),
    examples: {
      match: ['The April derby was stopped for 22 minutes after fighting in the stands.', 'Leaders returned to the themes of the March summit.'],
      noMatch: ['The derby in April was stopped.', 'The April figures were lower.'],
    },
  },
  programmeDay: {
    id: 'event.programme-day', produces: 'events',
    description: 'a line of a programme, bulleted, numbered ("2.", "3)") or bare, opening with a weekday, maybe its date or a last weekday ("Friday to Sunday"), then a colon or a dash and what happens ("* Friday: from the chapel to the cathedral, leaving at 6 a.m.;", "Saturday - the grand parade along the quay."): a gathering of that day, named by the words up to the first comma (none when they name only a place: a live blog\'s date line, "Friday, June 22 - Basseterre"); a line naming a rite or a ceremony (`RITE_LINE`: "the closing Mass", "the flowers are blessed") is a `ceremony` unless their rules read it first; a line telling a route or a procession, or naming the festival\'s own head word (`ROUTE_LINE`: "from the square to the shrine", "the junior regatta" in a regatta\'s programme) a part of kind `festival`; else in a festival\'s programme a line naming a show (`SHOW_WORD`: "a concert on the pier", "the first of five screenings") is a part of kind `festival`, any other line a ceremonial act of kind `ceremony` ("a gala at the town hall", "a tribute to a late singer"); outside a festival each line is a day of kind `festival` (a procession\'s route); a line naming a gathering by its own name ("three days of the Junior Regatta") dates that gathering when nothing else did, and adds no other',
    pattern: compose('^(?:(?:[*•-]|\\d{1,2}[.)])[^\\S\\n]+)?{DAY}(?:,[^\\S\\n]+[^:\\n]{1,30}?|[^\\S\\n]+(?:to|until|through)[^\\S\\n]+{LAST})?[^\\S\\n]*(?::|[^\\S\\n][-–—])[^\\S\\n]+(?<item>[^\\n]{3,300})$', { DAY: WEEKDAY_NAMES, LAST: WEEKDAY_NAMES }, 'gmu'),
    examples: {
      match: ['* Friday: from the chapel on the hill to the cathedral, leaving at 6 a.m.;', 'Saturday - the grand parade along the quay.', '* Monday, Oct. 28, the feast day: the longest procession, through the old town.',
        '2. Sunday: the flower parade, along the river road;', '* Friday to Sunday: three nights of the Lantern Walk, leaving the abbey at dusk;'],
      noMatch: ['Friday was the busiest day.', "Friday's headliners include a rock band.", 'On Friday: nothing planned.'],
    },
  },
  programmeNamed: {
    id: 'event.programme-named', produces: 'events',
    description: 'a bulleted or numbered programme line opening with a capitalised name, maybe an aside, then its weekday and a colon or a comma ("1. Lantern Night, the eve, on Friday: boats carry candles down the river", "3. Harbour Blessing on Sunday, when the fleet is blessed"): a gathering of that day named by those words, of the kind the line says (as rule event.programme-day); a line in running text ("Ada Holm on Friday: …") or a name already read is none',
    pattern: compose("^(?:[*•-]|\\d{1,2}[.)])[^\\S\\n]+(?<name>\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+(?:(?:de|del|da|do|la|of)[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]{1,40}){0,3})(?:,[^\\S\\n]+the[^\\S\\n]+[a-z]+(?:[^\\S\\n]+[a-z]+)?,)?[^\\S\\n]+on[^\\S\\n]+{DAY}(?<rest>[:,][^\\S\\n]+[^\\n]{3,300})$", { DAY: WEEKDAY_NAMES }, 'gmu'),
    examples: {
      match: ['1. Lantern Night, the eve, on Friday: boats carry candles down the river.', '3. Harbour Blessing on Sunday, when the fleet is blessed at the quay.', '* Torch Run on Saturday: runners carry the flame from the fort to the stadium.'],
      noMatch: ['Ada Holm on Friday: a speech at the town hall.', '1. On Friday: boats carry candles.', 'Lantern Night, the eve, on Friday, drew crowds.'],
    },
  },
  sinceYear: {
    id: 'event.since-year', produces: 'events',
    description: 'an earlier edition named by the year a comparison or a run counts from ("the kingdom\'s first coronation since 2004", "the largest crowd for the carnival since 1998", "The race has been held at Eastby since 2004"): an edition of that year, of the article\'s own event when the word fits it or the sentence is about it',
    pattern: compose('\\b(?:(?:first|largest|biggest|last) (?:[\\p{Ll}-]+ ){0,3}?{WORD}|has been (?:held|staged|run|hosted)(?: (?:at|in) \\p{Lu}[\\p{L}\'’-]{1,40}(?: \\p{Lu}[\\p{L}\'’-]{1,40}){0,3})?(?: every year)?) since {YEAR}\\b', {
      WORD: `${EVENT_WORD_PATTERN}|${EDITION_WORD_PATTERN}`, YEAR: '(?:19|20)\\d{2}',
    }, 'gu'),
    examples: {
      match: ["The king was crowned on Wednesday, in the kingdom's first coronation since 2004.", 'The Eastby Grand Prix has been held at Sakhir since 2004.'],
      noMatch: ['The crowd was the largest the city has seen since 2004.', 'The circuit has been closed since 2004.'],
    },
  },
  pastEditionTold: {
    id: 'event.past-edition-told', produces: 'events',
    description: 'a sentence about the article\'s own kind of gathering, or about its head word ("The tamborrada drew …" in a story about the Lakeside Tamborrada: the pass asks it), telling its last edition: what it drew last year ("The concert, the closing night of the season, drew about 35,000 people last year"), or the year it last came ("The summit last came to the city in 2019, when it drew 1,800 delegates"): that edition, dated by the year',
    pattern: compose('^The {WORD}\\b(?:(?<last_year>[^.;]{0,120}?\\b(?:drew|attracted|brought|pulled|welcomed|was held|took place)\\b[^.;]{0,60}?\\blast year\\b)|[^\\S\\n]+last[^\\S\\n]+(?:came|was held|took place|met|visited)\\b[^.;]{0,60}?\\bin {YEAR}\\b)', {
      WORD: `${EVENT_WORD_PATTERN}|${Object.keys(MORE_GATHERING_WORDS).join('|')}|${EDITION_WORD_PATTERN}|[a-z]{4,20}`, YEAR: '(?:19|20)\\d{2}',
    }, 'u'),
    examples: {
      match: ['The concert, the closing night of the season, drew about 35,000 people last year.', 'The summit last came to the city in 2019, when it drew 1,800 delegates.', 'The regatta drew some 40,000 people over its three days last year.'],
      noMatch: ['The concert drew about 35,000 people.', 'The summit came to the city in 2019.', 'The concert will draw more people than last year.'],
    },
  },
  lastHosted: {
    id: 'event.last-hosted', produces: 'events',
    description: 'a place or venue that "last hosted", "last staged" or "last held" a gathering in a past year, or two sides that "last met in" one ("The arena last hosted a cup final in 2027, when …", "The city last staged the summit in 2019"): that earlier edition, of the article\'s own event when the word is its kind, dated by the year',
    pattern: compose("\\blast (?:hosted|staged|held|met (?:in|at)) (?:a|an|the|its) {WORDS}{WORD}\\b[^.;]{0,40}?\\bin {YEAR}\\b", {
      WORDS: "(?:[\\p{L}'’-]{1,40}\\s+){0,3}?", WORD: `${EVENT_WORD_PATTERN}|${Object.keys(MORE_GATHERING_WORDS).join('|')}|${EDITION_WORD_PATTERN}`, YEAR: '(?:19|20)\\d{2}',
    }, 'gu'),
    examples: {
      match: ['The arena last hosted a cup final in 2027, when the home side lost.', 'The city last staged the trade summit in 2019.', 'The two clubs last met in a league match at the harbour ground in 2026.'],
      noMatch: ['The club last won a cup final in 2027.', 'The city hosted the trade summit in 2019.', 'The arena last hosted a final on a Monday.'],
    },
  },
  lastYearWhen: {
    id: 'event.last-year-when', produces: 'events',
    description: 'a comparison with last year followed by ", when" and a clause naming a gathering ("more than last year, when some 9,000 people lined the parade route", "up on last year, when the fair drew 40,000"): last year\'s edition of that gathering, of the article\'s own event when the word fits it, the year counted back from publication, derived',
    pattern: compose("\\blast year, when [^.;]{0,80}?\\b(?:the|its) (?:[\\p{L}-]+ ){0,2}?{WORD}\\b", { WORD: `${EVENT_WORD_PATTERN}|${Object.keys(MORE_GATHERING_WORDS).join('|')}|${EDITION_WORD_PATTERN}` }, 'gu'),
    examples: {
      match: ['The city will spend more on lighting than last year, when some 9,000 people lined the parade route.', 'Ticket sales are up on last year, when the fair drew 40,000.'],
      noMatch: ['Ticket sales are up on last year, when prices were lower.', 'The city will spend more than last year on the parade.'],
    },
  },
  durationEnded: {
    id: 'date.duration-ended', produces: 'events',
    description: 'a gathering of a stated number of days that ended on a stated day ("the three-day Lakeside festival, which ended on Sunday night", "the four days of the feast of Saint Ana, which ended on Saturday"): it began that many days before, counted back from its last day, derived',
    pattern: compose("\\b(?:(?<days>two|three|four|five|six|seven|[2-9])-day (?:[\\p{L}'’-]{1,40} ){0,4}?|(?<count>two|three|four|five|six|seven|[2-9]) (?:days|nights) of the (?:[\\p{L}'’-]{1,40} ){0,2}?)(?:{WORD})\\b(?: of (?:the )?\\p{Lu}[^,.;]{0,50}?)?,? (?:which|that) (?:ended|closed|finished|concluded) (?:on )?(?={DAY})", { WORD: `${EVENT_WORD_PATTERN}|${Object.keys(MORE_GATHERING_WORDS).join('|')}|${Object.keys(OCCASION_WORDS).join('|')}`, DAY: WEEKDAY_NAMES }, 'gu'),
    examples: {
      match: ["Police arrested 52 people during the city's three-day Lakeside festival, which ended on Sunday night.", 'Police arrested 38 people during the four days of the feast of Saint Ana, which ended on Saturday night.'],
      noMatch: ['Police arrested 52 people during the Lakeside festival, which ended on Sunday night.', 'The three-day festival opens on Friday.'],
    },
  },
  runsUntil: {
    id: 'date.runs-until', produces: 'events',
    description: 'the last day of the article\'s own gathering, whose first day is known, written after a verb of its lasting and "until" in a sentence standing for it ("The games will run until September 12", "The festival runs over five Saturday nights until July 11", "the fair continues until Sunday"): its end, when later than its start',
    pattern: /\b(?:runs?|running|will run|ran|continues?|continuing|will continue|lasts?|will last|goes on|will go on|is on|stays? open|will stay open)\b[^.;]{1,60}?\b(?:until|till|through)\s+/u,
    examples: {
      match: ['The games will run until September 12.', 'The festival will run over five Saturday nights until July 11.', 'The fair continues until Sunday.'],
      noMatch: ['The road will be closed until Sunday.', 'The games open on Sunday.'],
    },
  },
  nthDayOf: {
    id: 'date.nth-day-of', produces: 'events',
    description: 'a day told as the second, third, … day of a gathering ("on Friday for the second day of the ECOWAS summit", "Friday, the third day of the festival"): the gathering began that many days before, counted back, derived; its opening or first day is its start. Not the day someone spoke',
    pattern: /\b(?<ordinal>first|opening|second|third|fourth|fifth|sixth|seventh)\s+day\s+of\s+(?:the\s+|this\s+(?:year|week)['’]s\s+)?/giu,
    examples: {
      match: ['Heads of state gathered on Friday for the second day of the ECOWAS summit.', 'Friday, the third day of the festival, was calm.'],
      noMatch: ['The second half of the match was calm.', 'On the day of the summit, roads close.'],
    },
  },
  roundOf: {
    id: 'event.round-of', produces: 'events',
    description: 'a stage of a competition named with its year ("the final round of Lakecup 2031", "the group stage of the Harbour Games 2030"): one gathering, named "<Name> <year> <stage>", a sport event',
    pattern: compose("\\b[Tt]he {ROUND} of (?:the )?{NAME} {YEAR}\\b", { ROUND: 'final round|final stage|final tournament|finals|group stage|knockout stage|first round|qualifying round', NAME: "\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]\\p{Lu}[\\p{L}'’-]{1,40}){0,2}", YEAR: '(?:19|20)\\d{2}' }, 'gu'),
    examples: {
      match: ['Police will guard the final round of Lakecup 2031, which opens on Saturday.'],
      noMatch: ['Police will guard the final round of talks on Saturday.', 'Police will guard the final round on Saturday.'],
    },
  },
  festivalPart: {
    id: 'event.festival-part', produces: 'events',
    description: 'a festival\'s own parts told with their weekdays, several in one sentence ("its climax comes with the Lantern night parade on Friday and the closing concert at the Old Quay on Saturday"): each a festival event named by its words (and venue), dated by its weekday; only in a story about a festival, and a bare "the show on Friday" names none',
    pattern: compose('\\bthe {WORDS}{HEAD}(?<venue> (?:at|in) [^,.;]{1,60}?)? on {DAY}\\b', {
      WORDS: "(?:[\\p{L}'’-]{1,40} ){0,3}?", HEAD: 'parade|show|concert|procession|fireworks|gala|pageant|cavalcade', DAY: WEEKDAY_NAMES,
    }, 'gu'),
    examples: {
      match: ['The fair ends with the Lantern night parade on Friday and the closing concert at the Old Quay on Saturday.'],
      noMatch: ['The fair ends with a parade.', 'The fair ends with the Lantern night parade in the evening.'],
    },
  },
  headFirst: {
    id: 'event.head-first', produces: 'events',
    description: 'a gathering named in another language\'s order, its head word first and capitalised words after it, maybe then a lowercase word saying what it is ("Expo Lakeland Industria trade fair", "Festa da Ribeira", "Feria del Norte"), or by an English head word and "of" ("the Procession of the Holy Cross", "the Feast of the Assumption"): the name is the capitalised words, a festival unless the lowercase word says otherwise; not a venue ("Expo Centre", "Festival Grounds") nor a name in brackets after another (the same event in its own language)',
    pattern: compose(`(?<!\\(\\s*)\\b{HEAD}(?:[^\\S\\n]+(?:(?:${NAME_PARTICLE}|the)[^\\S\\n]+){0,2}(?!${VENUE_WORDS}\\b)\\p{Lu}[\\p{L}'’-]{1,40}){1,3}(?=(?:[^\\S\\n]+{WORD})?\\b)(?![^\\S\\n]+(?:exhibition[^\\S\\n]+|conference[^\\S\\n]+)?(?:centre|center|grounds|hall|site)\\b)`, {
      HEAD: 'Expo|Feira|Feria|Fiesta|Fiestas|Festa|Festival|Salon|Salão|Bienal|Biennale|Semana|(?:Procession|Feast|Pilgrimage|Carnival)(?=[^\\S\\n]+of[^\\S\\n])',
      WORD: `trade fair|trade show|${EVENT_WORD_PATTERN}|show|exhibition`,
    }, 'gu'),
    examples: {
      match: ['Visitors to the Expo Lakeland Industria trade fair must show identity papers.', 'The Festa da Ribeira opens on Friday.', 'Crowds filled the Feria de la Costa.', 'Officials prepared for the Procession of the Holy Cross on Wednesday.', 'Thousands attend the Feast of the Assumption.'],
      noMatch: ['Visitors to the Lakeland Expo must show identity papers.', 'The festival opens on Friday.', 'Buses run to the Expo Lakeland exhibition centre.', 'Buses run to the Expo Centre.', 'The Harvest Festival (Fiesta de la Costa) opens on Friday.', 'The Procession Committee met on Monday.'],
    },
  },
  final: {
    id: 'event.final', produces: 'events',
    description: 'a match named by its competition ("the Regional Cup final", "Sunday\'s League final")',
    pattern: compose('\\b{NAME}\\b', { NAME: "(?:\\p{Lu}[\\p{L}'’]{0,40}[^\\S\\n]+){1,3}final" }, 'gu'),
    examples: { match: ["Fans travelled to Sunday's Regional Shield final."], noMatch: ['Fans travelled to the final.'] },
  },
  lowercaseGathering: {
    id: 'event.described', produces: 'events',
    description: 'an unnamed gathering with one word saying what it is ("the trade summit", "the jazz festival")',
    pattern: compose('\\bthe\\s+{WORDS}{NAME}\\b', {
      WORDS: '(?:[\\p{L}\\d-]+\\s+){0,3}?',
      NAME: "(?!(?:the|and|for|whole|entire|same|next|last|first|second|third|final|only|main|major|big|biggest|largest|annual|other|this|that|week-long|two-day|three-day)\\s|(?:news|press)\\s+conference)[a-z]{3,}['’]?\\s+(?:summit|festival|carnival|conference|talks)",
    }, 'gu'),
    examples: { match: ['Delegates arrived for the trade summit.', "Delegates arrived for the Group of 8 ministers' summit."], noMatch: ['Delegates arrived for the summit.', 'The leaders spoke at the joint news conference.', "It is the only summit finish of this year's race."] },
  },
  knownEvent: {
    id: 'event.known', produces: 'events',
    description: 'an event known by one name (the list in the lexicon), not the start of a longer name ("Diwali Day" is a name of its own)',
    pattern: compose('\\b{NAME}\\b(?![^\\S\\n]+\\p{Lu})', { NAME: Object.keys(KNOWN_EVENTS).map((n) => n.replace(/'/g, "['’]")).join('|') }, 'gu'),
    examples: { match: ['Security was tight at this year\'s Eurovision.', 'Pilgrims arrive for Rath Yatra on Sunday.'], noMatch: ['Security was tight at the song contest.', 'Police are ready for Diwali Day on Sunday.'] },
  },
  bodyGathering: {
    id: 'event.body-gathering', produces: 'events',
    description: 'a body\'s acronym and what its gathering is ("the OSCE summit", "G20 talks")',
    pattern: compose('\\b{NAME}\\b', { NAME: '[A-Z][A-Z0-9]{1,5}\\s+(?:summit|talks|conference|(?:ministerial\\s+)?meeting)' }, 'g'),
    examples: { match: ['Leaders meet at the OSCE summit.', 'Ministers arrive for the ASEAN ministerial meeting.'], noMatch: ['Leaders meet at the summit.', 'Ministers arrive for the meeting.'] },
  },
  gatheringOfBody: {
    id: 'event.gathering-of-body', produces: 'events',
    description: 'a body\'s gathering told in lower case before the body\'s name ("the annual summit of the Harbour Transport Forum", "the congress of the Lakeside Workers\' Party"): a summit named "Summit of" the body; words that name no body ("the summit of the Lakeside Hill") or a news conference are none',
    pattern: /\b[Tt]he (?:(?:annual|yearly|biennial|\d{1,3}(?:st|nd|rd|th)) )?(?<head>summit|conference|congress|convention) of the (?<body>(?:\p{Lu}[\p{L}'’-]{1,40} ){0,5}\p{Lu}[\p{L}'’-]{1,40})/gu,
    examples: { match: ['The annual summit of the Harbour Transport Forum opened on Wednesday.', 'Delegates met at the congress of the Lakeside Workers\' Party.'], noMatch: ['Leaders meet at the summit.', 'The summit of the hill is closed.', 'She spoke at the news conference of the Harbour Police.'] },
  },
  namedLowercaseHead: {
    id: 'event.named-lowercase-head', produces: 'events',
    description: 'capitalised words, maybe joined by a particle of another language, then a lowercase word for a gathering, maybe after one lowercase word for its subject ("the Riverside carnival", "the Lakeshore marathon", "Midsummer street party", "a Northland-Southland business forum", "the Gran Premio de Lagoa cycling race")',
    pattern: compose('\\b{NAME} (?:{SUBJECT} )?{HEAD}\\b(?!-|\\s+(?:centre|center|hall|room|venue|building|grounds|site|call)\\b)', {
      NAME: `(?:\\p{Lu}[\\p{L}'’-]{0,40}[^\\S\\n]+(?:${NAME_PARTICLE}[^\\S\\n]+)?){0,3}\\p{Lu}[\\p{L}'’-]{0,40}`,
      SUBJECT: 'business|trade|investment|economic|energy|security|climate|peace|food|music|film|jazz|book|wine|beer|flower|youth',
      HEAD: 'festival|carnival|festivities|celebrations|fair|parade|street party|Christmas market|marathon|derby|summit|conference|forum|talks|tournament|championship|(?:cycling|road|horse|boat|yacht|relay) race',
    }, 'gu'),
    examples: {
      match: ['Stalls lined the route of the Riverside carnival.', 'Runners gathered for the Lakeshore marathon.', 'Police will line the course of the Gran Premio de Lagoa cycling race on Sunday.', "Police planned for Saturday's Valley derby.", 'Families came for the Lantern Night celebrations.', 'The minister will address a Northland-Southland business forum on Friday.'],
      noMatch: ['Stalls lined the route of the carnival.', 'Riders reached the summit finish in fog.', 'The Senate race tightened.', 'Police planned for the derby.', 'The minister will address a business forum on Friday.'],
    },
  },
  namedThenKind: {
    id: 'event.named-then-kind', produces: 'events',
    description: 'a name in capitals after "the", in the sentence before one that opens with the gathering\'s word and its start or end ("… in the middle of the Lakeside Days is brave. The festival opened on Friday, 15 July"): that name is the gathering\'s, of the word\'s kind, when it is the only such name in its sentence and no place the gazetteer knows, no body or person read, nor a name an event word already ends',
    pattern: compose('^The {WORD} (?:opened|began|started|opens|begins|starts|ran|runs|ends|closes|ended|closed)\\b', { WORD: EVENT_WORD_PATTERN }, 'u'),
    examples: {
      match: ['The festival opened on Friday, 15 July and ends on Sunday.', 'The carnival ends tomorrow night.'],
      noMatch: ['The festival was busy.', 'Police said the festival opened late.'],
    },
  },
  appositiveName: {
    id: 'event.appositive-name', produces: 'events',
    description: 'a gathering word followed by its name between commas ("the country\'s oldest rock festival, Lakerock, opened"); not a speaker named after a clause ("the festival, Mayor Holm said")',
    // "Our monthly meeting, Tuesday, 10 September,": a day or a month between the commas says when, naming nothing.
    pattern: compose("\\b{WORD}, (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b){NAME},(?!\\s+(?:said|says|told|added|warned|explained|according)\\b)", { WORD: EVENT_WORD_PATTERN, NAME: "\\p{Lu}[\\p{L}'’-]{2,40}(?:[^\\S\\n]\\p{Lu}[\\p{L}'’-]{1,40}){0,2}" }, 'gu'),
    examples: {
      match: ["Finland's oldest rock festival, Lakerock, opened on Friday."],
      noMatch: ['Police guarded the festival, Mayor Holm said.', 'The oldest rock festival opened on Friday.', 'Our monthly meeting, Tuesday, 10 September, will hear the reports.'],
    },
  },
  pastEdition: {
    id: 'event.past-edition', produces: 'events',
    description: 'an earlier edition named by its year or as last year\'s ("the 2019 carnival", "last year\'s final", "the 2019 edition", "last year\'s feast", "the 2027 inauguration", "the 2025 independence jubilee", up to two lowercase words before the word: the lexicon\'s event words and `EDITION_WORDS`), of the article\'s own event when the word fits it or is "edition", or is "meeting" in a story about a contest (a race meeting, not a summit)',
    pattern: compose("\\b(?:{LAST}|[Tt]he {YEAR}(?: \\p{Ll}[\\p{L}-]{1,30}){0,2}) {WORD}\\b", { LAST: "[Ll]ast year['’]s", YEAR: '(?:19|20)\\d{2}', WORD: `${EVENT_WORD_PATTERN}|${EDITION_WORD_PATTERN}|edition` }, 'gu'),
    examples: {
      match: ["Crowds at last year's carnival were smaller.", 'Officers learned lessons from the 2019 marathon.', 'The 2019 edition set the attendance record.', "Hotels filled for last year's feast.", 'Guests still talk of the 2027 inauguration.', 'The crowd is the largest since the 2025 independence jubilee.'],
      noMatch: ["Crowds at this year's carnival were larger.", 'The 2019 report on the marathon was published.'],
    },
  },
  pastEditionAfter: {
    id: 'event.past-edition-dated', produces: 'events',
    description: 'a gathering, named or not, followed by the past year, month or day it took place, maybe after its venue or a clause saying who held it ("the cup final the town hosted in 2009", "the European Cup that Eastland co-hosted in 2012", "the summit on 4 May 2011", "the memorial ceremonies in 2012", "the reverse fixture at Eastby Park in October 2025")',
    pattern: compose('\\b[Tt]he {WORDS}{WORD} (?:(?:that |which )?(?:the )?\\p{L}+ (?:last )?(?:co-)?(?:hosted|held|staged) )?(?:(?:at|in) (?:the )?{VENUE} ){0,2}?(?:in (?:{MONTH} )?{YEAR}\\b|on )', {
      WORDS: "(?:[\\p{L}'’-]{1,40}\\s+){0,3}?", WORD: EVENT_WORD_PATTERN, VENUE: "\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]\\p{Lu}[\\p{L}'’-]{1,40})?", MONTH: MONTH_NAMES, YEAR: '(?:19|20)\\d{2}',
    }, 'gu'),
    examples: {
      match: ['Fans remember the cup final the town hosted in 2009.', 'Crowds came during the tournament that Eastland co-hosted in 2012.', 'The memorial ceremonies in 2012 drew thousands.', 'Officers recalled the reverse fixture at Eastby Park in October 2025.'],
      noMatch: ['Fans remember the cup final the town hosted.', 'The ceremony drew thousands in the rain.', 'Officers recalled the reverse fixture at Eastby Park.'],
    },
  },
  lastYearSentence: {
    id: 'event.past-edition-sentence', produces: 'events',
    description: 'a sentence opening "Last year" or "In <year>" about the article\'s own kind of gathering ("Last year, the fair drew 9,000 people")',
    pattern: compose('^(?:Last year|In {YEAR}),?\\s[^.;]{0,200}?\\bthe {WORD}\\b', { YEAR: '(?:19|20)\\d{2}', WORD: EVENT_WORD_PATTERN }, 'u'),
    examples: {
      match: ['Last year, the fair drew 9,000 people.', 'In 2021 police closed the festival early.'],
      noMatch: ['This year the fair expects 9,000 people.', 'Last year, police made 40 arrests.'],
    },
  },
  ceremony: {
    id: 'event.ceremony', produces: 'events',
    description: 'an opening or closing ceremony, of the article\'s own event when it has one',
    pattern: compose('\\b{WHICH} ceremony\\b', { WHICH: 'opening|closing' }, 'gi'),
    examples: { match: ['Tickets for the opening ceremony sold out.'], noMatch: ['Tickets for the ceremony sold out.'] },
  },
  otherCeremony: {
    id: 'event.named-ceremony', produces: 'events',
    description: 'a ceremony named by what it marks or what it is, in lowercase or capitals ("a memorial ceremony", "an official ceremony at the palace", "the Liberation Day ceremony"), or a rite ("the Dawn Service", "a prayer service", "a memorial mass", "a state banquet", "the Turkish international service will be held")',
    pattern: compose('\\b(?:{WHICH} ceremony|{RITE})\\b', {
      RITE: "(?:[Dd]awn|[Mm]emorial|[Rr]emembrance|[Cc]ommemorative|[Tt]hanksgiving|[Pp]rayer|[Rr]equiem) [Ss]ervice|(?:[Mm]emorial|[Rr]equiem|[Tt]hanksgiving) [Mm]ass|state banquet|(?:\\p{Lu}[\\p{L}'’-]{1,40} )?[a-z]{3,20} service(?= (?:will be|is|was) held\\b)",
      WHICH: "official|welcome|welcoming|memorial|remembrance|commemorat(?:ion|ive)|wreath-laying|award|medal|flag-raising|handover|inauguration|swearing-in|(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|Each|Every|Another)[^\\S\\n])(?:\\p{Lu}[\\p{L}'’-]{1,40}[^\\S\\n]+){0,2}\\p{Lu}[\\p{L}'’-]{1,40}",
    }, 'gu'),
    examples: {
      match: ['A memorial ceremony will be held at the bridge.', 'The president will be welcomed at an official ceremony at the palace on Friday morning.', 'Veterans attended the Liberation Day ceremony.', 'The Dawn Service begins at first light.', 'The Turkish international service will be held at the memorial on Tuesday.', 'The bishops will hold a prayer service at the cathedral on Wednesday.', 'A memorial mass for the victims was held at the cathedral on December 2.'],
      noMatch: ['Veterans attended the ceremony.', 'The ceremony was stopped for an hour.', 'The bus service begins at first light.', 'The bus service will be cut on Tuesday.'],
    },
  },
  ceremonialAct: {
    id: 'event.ceremonial-act', produces: 'events',
    description: 'an act of state someone will perform: open a building or a part of a show, sign an agreement or agreements, hand something over, unveil or inaugurate something, welcome a guest with honours, pray at a named shrine, or open a building on the day a clause names with "when" ("on Friday, when the king opens the new terminal") ("the minister will open the new harbour bridge on Friday", "the two ministers will sign the agreement on Nov. 4", "where they will hand over the first 12 patrol boats", "the president will welcome her counterpart with military honours", "will lay a wreath at the Unity Memorial", "are due to sign agreements on the railway", "to pray at the Old Temple"): a ceremony named by the act and its object ("Opening of the new harbour bridge", "Signing of the agreement", "Signing of agreements on the railway", "Wreath-laying at the Unity Memorial", "Prayer at the Old Temple"), dated by its own clause\'s day; not a place that opens by itself ("the fair opens on Friday"), an act done in the past, nor an act with no day in its clause',
    pattern: compose("\\b(?:(?:will|would|is to|are to|is due to|are due to|is expected to|are expected to|to) |when (?:[\\p{L}'’-]{1,40} ){1,6}?(?={OPENS}))(?:officially |formally |jointly )?(?:{OPEN}s? (?<building>(?:the|a|an|its|their) (?:[\\p{L}'’-]{1,40} ){0,3}?{THING})|{SIGN} (?<agreement>(?:the|a|an|their|its) (?:[\\p{L}'’-]{1,40} ){0,5}?{PACT}|(?:[\\p{L}\\d'’-]+ ){0,2}?{PACTS}\\b)|pray (?<prayer>at (?:the )?\\p{Lu}[\\p{L}'’-]{1,40}(?: \\p{Lu}[\\p{L}'’-]{1,40}){0,3})|{HAND} (?<gift>(?:the|a|an|their|its) (?:[\\p{L}\\d'’-]+ ){0,5}?[\\p{L}'’-]{1,40}(?=,|\\s(?:to|at|in|on|paid|bought|funded|worth|which)\\b))|{WELCOME} (?<guest>(?:his|her|their|the) (?:[\\p{L}'’-]{1,40} ){0,2}?[\\p{L}'’-]{1,40} with (?:full |military |state )+honours)|lay (?<wreath>a wreath|wreaths)(?= at\\b))", {
      OPEN: 'open|inaugurate|unveil', OPENS: '(?:officially |formally )?(?:opens|inaugurates|unveils) ', // A building's word may close its name ("the new Freedom Bridge"): either case.
      THING: 'pavilion|exhibition|bridge|museum|station|terminal|stadium|wing|monument|memorial|hospital|tunnel|gallery|library|statue|plaque'.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|'),
      SIGN: 'sign', PACT: 'agreement|treaty|accord|deal|declaration|memorandum|pact|protocol|charter', PACTS: 'agreements|treaties|accords|deals|declarations|memorand(?:a|ums)|pacts|protocols',
      HAND: 'hand over', WELCOME: 'welcome|greet|receive',
    }, 'gu'),
    examples: {
      match: ['The minister will open the new harbour bridge on Friday.', 'On Thursday he will open the Northland pavilion at the fair.', 'The two ministers will sign the agreement at noon on Nov. 4.', 'They are expected to sign a trade and energy agreement at the palace on Wednesday.', 'The ministers will meet on Saturday, where they will hand over the first 12 patrol boats, paid for by the union.', 'The president will welcome her counterpart with military honours on the square on Wednesday.', 'He will be received at the palace on Friday morning and will lay a wreath at the Unity Memorial the same day.', 'The two foreign ministers are due to sign agreements on the railway and on power trading on Wednesday afternoon.', 'The king will travel to the coast on Friday to pray at the Old Temple.', 'Police will guard the port on Friday, when the king opens the new terminal.', 'About 1,500 officers will be on duty on Thursday, when Prime Minister Ada Holm opens the new Freedom Bridge over the river.'],
      noMatch: ['The fair will open on Friday.', 'The gates close on Friday, when the fair opens.', 'Thousands are expected to pray at home.', 'The minister opened the new harbour bridge on Friday.', 'The ministers signed the agreement on Monday.', 'The president will welcome the decision.'],
    },
  },
  visit: {
    id: 'event.visit', produces: 'events',
    description: 'a state, official, royal, papal or pastoral visit, named by the visitor\'s nationality when the sentence gives it ("the Danish state visit", "the king arrives for a state visit"); not an earlier one ("the last papal visit")',
    pattern: compose('\\b(?<!(?:last|previous|earlier) )(?:{NATIONALITY} )?{WHAT} visit\\b', { NATIONALITY: NATIONALITY_PATTERN, WHAT: 'state|official|royal|presidential|papal|pastoral' }, 'gu'),
    examples: { match: ['The Danish king arrives for a two-day state visit on Monday.', 'Pilgrims filled the squares for the papal visit.'], noMatch: ['The king will visit the harbour on Monday.', 'The last papal visit drew smaller crowds.'] },
  },
  visitorVisit: {
    id: 'event.visitor-visit', produces: 'events',
    description: 'the visit of a head of state or church named by the title ("the Pope\'s visit", "the King\'s two-day visit to the port"); not an earlier one',
    pattern: compose("\\b(?<!(?:last|previous|earlier) )[Tt]he {VISITOR}['’]s (?:(?:first|historic|official|[a-z]+-day) )?visit\\b", { VISITOR: 'Pope|King|Queen|President|Prince|Princess|Emperor|Empress|Crown Prince|Crown Princess|Dalai Lama' }, 'gu'),
    examples: { match: ["Hotels are full for the Pope's visit this weekend.", "Roads close for the King's two-day visit to the port."], noMatch: ["The Pope's message was read aloud.", "Officers guarded the mayor's visit to the school."] },
  },
  rite: {
    id: 'event.rite', produces: 'events',
    description: 'a funeral, burial, Mass, coronation, wedding, wedding procession or religious rite held on a stated day ("Friday\'s funeral of the former mayor", "an open-air Mass on Sunday", "will celebrate Mass at the cathedral on Saturday", "Saturday\'s wedding procession of the prince", "a private Shinto rite at the shrine on Saturday morning"), a past one when its sentence gives only a past year; not an earlier one named "the last …", nor one inside quoted words (a wedding a critic speaks of)',
    pattern: compose("\\b(?:(?<article>[Aa]n?|[Tt]he)[^\\S\\n]+|(?<day>[A-Z]\\p{L}+)['’]s[^\\S\\n]+|(?<verb>celebrates?|celebrating|says|say|leads?)[^\\S\\n]+(?=Mass\\b))(?:{ADJECTIVE}[^\\S\\n]+)?(?:{FAITH}[^\\S\\n]+)?{RITE}\\b(?![^\\S\\n]+(?:home|homes|director|directors|procession|arrests?|shootings?|protests?|transit|media|grave|dress|gift|gifts|venue|planner)\\b)", {
      ADJECTIVE: 'open-air|outdoor|papal|requiem|private|public|state|royal|imperial|solemn',
      FAITH: 'Shinto|Buddhist|Hindu|Christian|Catholic|Orthodox|Jewish|Muslim|Sikh|religious',
      RITE: 'funeral|burial|Mass|coronation|wedding(?:[^\\S\\n]+procession)?|rite',
    }, 'gu'),
    examples: {
      match: ["Crowds lined the route for Friday's funeral of the former mayor.", 'The archbishop celebrates an open-air Mass at the stadium on Sunday.', 'The bishop will celebrate Mass at the cathedral on Saturday afternoon.', 'The coffin was then taken for a private burial.', "Officers will guard Saturday's wedding procession of the prince.", 'The couple will marry in a private Shinto rite at the shrine on Saturday morning.'],
      noMatch: ['Mass arrests followed the march.', 'Police lead mass arrests.', 'The funeral home stayed closed.', 'The last funeral of a bishop drew thousands.', 'The funeral procession left the church.', 'The last rites were read.'],
    },
  },
  lastYearNamed: {
    id: 'event.last-year-named', produces: 'events',
    description: 'last year\'s edition of the article\'s own event, named by the start of its name ("Last year\'s Harbour Day drew 9,000" in a story about the Harbour Day parade)',
    pattern: compose("\\b[Ll]ast year['’]s {NAME}\\b", { NAME: "\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]{1,40}){0,3}" }, 'gu'),
    examples: { match: ["Last year's Harbour Day drew 9,000 people."], noMatch: ["This year's Harbour Day will draw 9,000 people.", "Last year's figures were lower."] },
  },
  lastEdition: {
    id: 'event.last-edition', produces: 'events',
    description: 'an earlier gathering named "the last" or "the previous" one, or a body\'s last one ("the union\'s last elective congress, in 2027", "its last congress"), dated by the past month, year or day written after it in its sentence ("the last royal funeral, in 2011", "the last time the race finished here, in 2035", "the previous papal visit, in June 1993", "the last royal parade, for the jubilee on Nov. 10, 2019"); "the last edition, in 2029" is the article\'s own event\'s',
    pattern: compose('\\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]he [\\p{L}-]+[\'’]s) (?:last|previous) {WORDS}{WORD}\\b(?<words_after>[^.;]{0,80}?)(?:\\bin (?:{MONTH} )?{YEAR}\\b|\\bon (?<day>{DAY_DATE}))', {
      WORDS: "(?:[\\p{L}\\d'’-]+\\s+){0,3}?", WORD: `${EVENT_WORD_PATTERN}|${EDITION_WORD_PATTERN}|edition`, MONTH: MONTH_NAMES, YEAR: '(?:19|20)\\d{2}',
      DAY_DATE: `(?:${MONTHS_SHORT_TOO})\\.? \\d{1,2}, (?:19|20)\\d{2}`,
    }, 'gu'),
    examples: {
      match: ['The last royal funeral in the city, in 2011, drew 10,000 people.', 'The previous papal visit, by another pope in June 1993, drew a million.', "The last N7 leaders' meeting, in 2029, ended early.", 'Bookings are up on the last edition, in 2029, when the fair drew 9,000 people.', 'The last royal parade, for the jubilee on Nov. 10, 2019, drew 90,000 people.', "At the union's last elective congress, in 2027, some 900 delegates voted.", 'The last time the race finished at the lake, in 2035, the crowd was smaller.'],
      noMatch: ['The last funeral drew 10,000 people.', "The union's last congress was calm.", 'The last report, in 2011, was ignored.'],
    },
  },
  fixture: {
    id: 'event.fixture', produces: 'events',
    description: 'a match named by its two sides ("Northton v Southby", "Northton vs. Southby", "Olympique de Lakeside v Northby"); in a title line only with a day after it, which dates it ("Northton v Southby, City Stadium, Lakeside, Sunday, 11 May 2031", as a fixture list or a results page heads a match); not a name of another language whose lowercase "v" is a particle and which ends with a lowercase word ("Cesta v Mestni log," a street: "in the town meadow")',
    pattern: compose('\\b{HOME} vs?\\.? {AWAY}\\b(?![^\\S\\n]+(?!{AFTER}\\b)\\p{Ll}+\\s*(?:[,;.)]|$))', {
      // A club's name may hold a joiner of its language ("Olympique de Lakeside").
      HOME: "\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+(?:(?:de|del|da|do)[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]{1,40})?", AWAY: "\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+(?:(?:de|del|da|do)[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]{1,40})?",
      AFTER: 'today|tonight|tomorrow|yesterday|again|instead|too|also|live|here|there|ends|starts|kicks|resumes',
    }, 'gmu'),
    examples: {
      match: ['Police will escort fans to Northton v Southby on Sunday.', 'Olympique de Lakeside v Northby, City Stadium, Sunday, 11 May 2031', 'Tickets sold out for Northton v Southby tonight.', 'Fans gathered before Northton v Southby.'],
      noMatch: ['Police will escort fans from Northton to Southby on Sunday.', 'Runners turn on to Ulica v Starem mlinu, from 9 a.m.'],
    },
  },
  datedMatch: {
    id: 'event.dated-match', produces: 'events',
    description: 'a match or game named by the day it is played, maybe with a word for its sides ("the match of May 9", "the Anglo-Irish game on May 12")',
    pattern: compose('\\b[Tt]he {SIDES}?{WORD} (?:of|on) ', { SIDES: "\\p{Lu}[\\p{L}'’]{1,40}(?:-\\p{Lu}[\\p{L}'’]{1,40})?\\s+", WORD: 'match|game' }, 'gu'),
    examples: { match: ['Fewer fans are expected for the match of May 9.', 'Tickets for the Anglo-Irish game on May 12 sold out.'], noMatch: ['Fewer fans are expected for the match.'] },
  },
  electionNamed: {
    id: 'event.election-named', produces: 'events',
    description: 'an election named by what it elects ("a presidential runoff", "the mayoral election", "a regional referendum") on a day its sentence states, not a day of saying: an `announcement` (the contract has no election kind) named by those words and dated by the day nearest them; one with no day is left alone',
    pattern: compose('\\b{ADJ} {WORD}\\b', { ADJ: '[Pp]residential|[Pp]arliamentary|[Mm]ayoral|[Gg]eneral|[Mm]unicipal|[Ll]ocal|[Rr]egional|[Ll]egislative|[Nn]ational', WORD: 'elections?|runoff|run-off|referendum' }, 'gu'),
    examples: {
      match: ['Voters choose a president on Sunday in a presidential runoff between two former ministers.', 'Police will guard polling stations for the mayoral election on May 4.'],
      noMatch: ['The general secretary spoke on Sunday.', 'The presidential palace will be closed on Sunday.'],
    },
  },
  offsetFromDay: {
    id: 'date.offset-from-day', produces: 'events',
    description: 'a gathering dated by its distance from a day its sentence states ("on Saturday, a week before presidential and parliamentary elections", "on Monday, two days after the final"): that day moved by the weeks or days, derived, one note saying both steps',
    pattern: /^,?\s+(?<count>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|\d{1,2})\s+(?<unit>days?|weeks?)\s+(?<side>before|after|ahead\s+of)\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+(?:and\s+)?){0,3}$/u,
    examples: {
      match: [', a week before ', ', two days after the ', ' three weeks ahead of ', ', a week before presidential and '],
      noMatch: [', a week later ', ' and a week before the '],
    },
  },
  electionVoted: {
    id: 'event.election-voted', produces: 'events',
    description: 'an election told by its verb and day ("Lakeside elects a new mayor on Tuesday", "Ruritanians vote on Sunday", "the country goes to the polls on Sunday"), in a sentence naming no election of its own: an `announcement` named "Election of <what it elects>" (else "Election of <day>"), dated by the day; not a vote of a council or a parliament ("lawmakers vote on Monday on the bill")',
    pattern: compose("\\b(?:(?:elects?|elected) (?<object>(?:a|an|its|their) (?:new )?[\\p{L}-]+)|(?:[Vv]oters|[Cc]itizens|[A-Z]\\p{L}+ans) (?:vote|are voting|will vote|decide|are deciding|will decide)|go(?:es)? to the polls)(?: [\\p{L}-]+){0,3}? on {DAY}\\b", { DAY: WEEKDAY_NAMES }, 'gu'),
    examples: {
      match: ['Lakeside elects a new mayor on Tuesday, and both candidates will hold rallies.', 'Ruritanians vote on Sunday in the second round.', 'The country goes to the polls on Sunday.', 'Voters are deciding on Sunday whether to change the constitution.'],
      noMatch: ['Lawmakers vote on Monday on the budget.', 'The council elected its chair last year.'],
    },
  },
  announcement: {
    id: 'event.announcement', produces: 'events',
    description: 'an announcement made on a stated day',
    pattern: /\b(?:[Tt]he\s+)?announcement,?\s+(?:was\s+)?(?:made\s+)?on\s+/g,
    examples: { match: ['The announcement was made on 3 March.'], noMatch: ['The announcement surprised many.'] },
  },
  announcedAt: {
    id: 'event.announced-at', produces: 'events',
    description: 'someone who announced something at a place named in capitals, in a sentence that opens with the day ("On Tuesday, 4 May, the Prime Minister, Ada Moen, announced at Harbour House that a bridge will be built"): an `announcement` named "Announcement at <place>", dated by that day; none at a place in lower case ("announced at a news conference"), with no day opening the sentence (a day after the place may be the day of saying, its tense the clause\'s), or in a quote',
    pattern: /\bannounced[^\S\n]+at[^\S\n]+(?:the[^\S\n]+)?(?<place>\p{Lu}[\p{L}'’-]{0,40}(?:[^\S\n]+(?:(?:de|da|do|of|the)[^\S\n]+){0,2}\p{Lu}[\p{L}'’-]{0,40}){0,5})/gu,
    examples: {
      match: ['On Tuesday, 4 May, the Prime Minister, Ada Moen, announced at Harbour House that a bridge will be built.', 'On Monday the minister announced at the Lakeside Exhibition Centre that the fair will move.'],
      noMatch: ['The minister announced at a news conference on Monday that the fair will move.', 'The fair was announced on Monday.'],
    },
  },
  resultsAnnounced: {
    id: 'event.results-announced', produces: 'events',
    description: 'results to be announced on a stated day ("the first official results would be announced at the conference centre on Saturday", "final results are expected to be declared on Monday"): an `announcement` of results, dated by that day counted forward, never the day of saying',
    pattern: compose('\\b(?:[Tt]he )?(?<which>(?:(?:first|final|official|provisional|preliminary|full) ){0,3})results (?:would|will|are expected to|were expected to|should|could) be (?:announced|declared|published|released)\\b(?<where> at [^.;,]{1,60}?)? on (?={DAY})', { DAY: WEEKDAY_NAMES }, 'gu'),
    examples: {
      match: ['She said the first official results would be announced at the conference centre on Saturday.', 'Final results are expected to be declared on Monday.'],
      noMatch: ['The results were announced on Saturday.', 'The results of the survey surprised many.'],
    },
  },
  incident: {
    id: 'event.incident', produces: 'events',
    description: 'an incident word "in", "at" or "near" a place the article names; a title or championship fight is a sporting event, no incident ("the last world title fight in Managua")',
    pattern: compose("\\b(?<!\\b(?:title|championship|prize)\\s)(?:the\\s+)?(?:recent\\s+|deadly\\s+|fatal\\s+)?{WHAT} (?:in|at|near) {PLACE}", { WHAT: INCIDENT_WORDS, PLACE: "\\p{Lu}[\\p{L}'’-]{1,40}" }, 'gu'),
    examples: { match: ['The stabbing in Leeds shocked the city.'], noMatch: ['The stabbing shocked the city.', 'The last world title fight in Managua ended in a draw.'] },
  },
  incidentPassive: {
    id: 'event.incident-passive', produces: 'events',
    description: 'an incident told by what was done to someone ("a man was stabbed near the main gate on the closing night", "two fans were shot outside the ground"), or one person arrested or detained ("A man was arrested on Friday after posting threats": "Arrest"; arrests of many are told with their protest or operation): an incident named by the act and where it happened, dated by the only past year its sentence writes ("At the 2029 edition, …"), else by the day it states; none without a date',
    pattern: compose("\\b(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|\\d{1,3}) (?:[\\p{L}\\d'’-]+ ){0,2}?(?:was|were) {VERB}|(?:[Aa]n?|[Oo]ne) (?:[\\p{L}\\d'’-]+ ){0,2}?was {ARREST})\\b(?<where> (?:near|at|outside|inside|in) [^.;,]{1,60}?(?=,| on | after | when | during | before |[.;]|$))?", { VERB: 'stabbed|shot|crushed|trampled|attacked|assaulted|beaten', ARREST: 'arrested|detained' }, 'gu'),
    examples: {
      match: ['At the 2029 edition, police made 38 arrests, and a man was stabbed near the main gate on the closing night.', 'A 15-year-old was stabbed near the station after the 2026 parade.', 'Two security guards were attacked at the construction site on Friday night.', 'A man was arrested on Friday after posting threats against the visit online.'],
      noMatch: ['Police said nobody was hurt.', 'The film was shot near the harbour.', 'Twelve protesters were arrested on Friday after the march.'],
    },
  },
  incidentAct: {
    id: 'event.incident-act', produces: 'events',
    description: 'an incident told by what a crowd did or vandals did (sprayed, daubed or smashed: "Vandalism"), what gave way or a vehicle that crashed, overturned, sank or exploded (maybe told what it was carrying: "a tanker carrying diesel overturned"), or an incident word that broke out or erupted, or a fire, riot or clashes that began or started ("a riot broke out at the city prison on Sunday": "Riot at the city prison"; "The fire began on Saturday … near the village"), or an explosion, blast or fire that destroyed, gutted, tore through, killed or injured ("a gas explosion and fire destroyed a refilling plant": "Explosion"), on a day its sentence states ("On Sunday night, a crowd pushed against Gate 3", "on Saturday, a crowd barrier in front of the stage gave way", "a group of riders broke away on Friday", "a display plane crashed into a cotton field on Saturday afternoon"): an incident named by the act ("Crash of a display plane into a cotton field"), dated by that day (never a day of saying, never a day to come); with no day in its sentence, one told at a protest its sentence or the one before names ("The march was calm. A group broke away near the bridge and threw bottles at police vans") is dated by that protest\'s day, derived; else none',
    pattern: compose("\\b(?:{WHO}\\b[^.;,]{0,80}?\\b{ACT}|{THING}s?\\b[^.;,]{0,60}?\\b(?:gave way|collapsed)|(?:[Aa]n?|[Tt]he)\\s+(?:(?:\\p{Lu}[\\p{L}-]*|\\(\\p{Lu}{2,8}\\))\\s+){0,5}(?:[\\p{Ll}-]+\\s+){0,2}{VEHICLE}\\s+(?:carrying\\s+(?:[\\p{Ll}-]+\\s+){1,2})?(?:had\\s+)?{CRASH}|(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?<outbreak>{INCIDENT})\\s+(?:had\\s+)?(?:broke out|erupted)|(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?<started>fire|blaze|wildfire|forest fire|bushfire|riot|unrest|disorder|clashes|fighting)\\s+(?:had\\s+)?(?:began|started)|(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?<struck>explosion|blast|fire|blaze)(?:\\s+and\\s+(?:a\\s+)?(?:fire|blaze|explosion))?\\s+(?:destroyed|damaged|gutted|tore through|ripped through|killed|injured))\\b", {
      INCIDENT: INCIDENT_WORDS,
      WHO: '[Cc]rowd|[Gg]roup|[Ff]ans|[Ss]upporters|[Mm]archers|[Pp]rotesters|[Dd]emonstrators|[Yy]ouths|[Vv]andals', ACT: 'pushed|surged|stormed|broke away|clashed|threw|hurled|sprayed|daubed|smashed|left the (?:agreed|planned|approved|authori[sz]ed) route',
      THING: 'barrier|fence|stand|stage|roof|scaffolding|railing|wall|hillside|slope|embankment|building|bridge|dam|tunnel',
      VEHICLE: 'plane|aircraft|helicopter|jet|glider|balloon|bus|minibus|coach|train|tram|lorry|truck|tanker|van|ferry|boat', CRASH: 'crashed|came down|collided|overturned|derailed|capsized|sank|exploded|caught fire',
    }, 'gu'),
    examples: {
      match: ['On Sunday night, a crowd pushed against Gate 3 when it opened late, and nine people were hurt.', 'Shortly before midnight on Saturday, a metal crowd barrier in front of the stage gave way.', 'At about 4 a.m. on Tuesday, a hillside gave way above the town and buried 20 houses.',
        'The show was cancelled after a single-engine display plane crashed into a field on Saturday afternoon.', 'Three inmates were killed when a riot broke out at the city prison on Sunday.', 'The fire began on Saturday, May 3, in dry grass near the village of Masany.', 'Vandals sprayed slogans on the walls of the theatre on Monday night.',
        'At about 23:40 on Sunday, a Northern Lakes Rail (NLR) freight train derailed beside the ring road.', 'At about 21:00 on Tuesday, a tanker carrying diesel overturned and exploded at the junction.', 'At about 21:15 on Monday, a gas explosion and fire destroyed a refilling plant on the ring road.'],
      noMatch: ['Officers pushed the group back with shields.', 'The crowd was calm on Sunday.', 'The fight began at 9 p.m. on Saturday.', 'The fireworks display on Sunday destroyed no records.'],
    },
  },
  parade: {
    id: 'event.parade', produces: 'events',
    description: 'a parade of the armed forces or of the state, in lowercase ("the military parade marking Neutrality Day on December 12", "a victory parade on Sunday"), or champions who will parade a trophy ("his players would parade with the trophy along the river on Wednesday"): a `ceremony` named by its words, after the day it marks when the words name one ("Neutrality Day military parade", "the Harbour Day military parade on October 28"), dated by its own clause\'s day; none with no day there',
    pattern: compose("\\b(?:[Tt]he|[Aa]n?)\\s+(?:(?<day>(?:\\p{Lu}[\\p{L}'’-]{1,40}\\s+){1,3}Day)\\s+)?(?<parade>(?:(?:military|armed forces|army|naval|air force|victory|national|independence|state|ceremonial)\\s+){1,2}parade)\\b(?:\\s+(?:marking|for|to mark|celebrating)\\s+(?:the\\s+)?(?<marks>(?:\\p{Lu}[\\p{L}'’-]{1,40}\\s+){1,3}Day)\\b)?|\\b(?:will|would|are to|are due to|plan to)\\s+(?<trophy>parade\\s+(?:with\\s+)?the\\s+(?:trophy|cup|title|championship|medals?))\\b", {}, 'gu'),
    examples: {
      match: ['Roads close on Sunday for the military parade marking Neutrality Day on December 12.', 'Crowds watched the Harbour Day military parade on Thursday.', 'A victory parade will cross the square on Sunday.', 'The coach said his players would parade with the trophy along the river on Wednesday.'],
      noMatch: ['The players paraded the trophy on Wednesday.', 'The carnival parade starts on Sunday.', 'The parade ground was empty on Sunday.'],
    },
  },
  rehearsal: {
    id: 'event.rehearsal', produces: 'events',
    description: 'a rehearsal of a ceremony told by its order or kind ("when the armed forces hold a final dress rehearsal", "The first full rehearsal, last Sunday, ran late"): a `ceremony` named by those words, dated by its own clause\'s day; none with no day there',
    pattern: /\b(?:[Tt]he|[Aa]n?)\s+(?<rehearsal>(?:(?:first|second|third|final|last|full|full-dress|dress|general|technical)\s+){1,3}rehearsal)\b/gu,
    examples: {
      match: ['Roads close on Friday night, when the troops hold a final dress rehearsal.', 'The first full rehearsal, last Sunday, ran two hours late.'],
      noMatch: ['Rehearsals start next week.', 'The band will rehearse on Friday.'],
    },
  },
  namedFire: {
    id: 'event.named-fire', produces: 'events',
    description: 'a fire known by its name, capitalised words and "Fire", "Wildfire" or "Bushfire", with a verb telling it broke out, was reported or spread ("The Harbour Ridge Fire was first reported at 14:20 on Sunday"): an `incident` of that name, dated by the first day its sentence writes after the name, else the last before (never a day of saying); a fire service ("the Lakeside Fire Department said") is no fire, nor a fire of another year ("the 2049 Harbour Ridge Fire"), nor one without a day',
    // The name opens a line or follows punctuation, "the" or "a": never a year's fire or inside a longer name.
    pattern: /(?<=^|\n|[^\p{L}\d\s][^\S\n]?|\b(?:[Tt]he|[Aa]n?)[^\S\n])(?<name>(?!(?:The|A|An|This|That|Its)[^\S\n])(?:[A-Z][\p{L}'’-]{1,40}[^\S\n]+){1,3}(?:Fire|Wildfire|Bushfire))[^\S\n]+(?:(?:was|has|had)[^\S\n]+)?(?:first[^\S\n]+)?(?:reported|broke[^\S\n]+out|started|began|spread|burned|burnt|jumped|grew|reached|forced|destroyed)\b/gu,
    examples: {
      match: ['The Harbour Ridge Fire was first reported at 14:20 on Sunday, 18 August.', 'The Lake Road Wildfire broke out on Monday afternoon.'],
      noMatch: ['The Lakeside Fire Department said the road was closed.', 'The 2049 Harbour Ridge Fire burned for a week.', 'The fire was reported on Sunday.'],
    },
  },
  mourning: {
    id: 'event.mourning', produces: 'events',
    description: 'days of mourning a state declares ("three days of national mourning from November 29", "declared Friday a national day of mourning"): a `ceremony` named by those words, dated by the day its clause states (its first day for a period "from" a day); none without a day',
    pattern: /\b(?:(?:one|two|three|four|five|six|seven|\d{1,2})[- ]days?\s+of\s+(?:national\s+)?mourning|(?:a|the)\s+(?:national\s+)?day\s+of\s+(?:national\s+)?mourning)\b/gu,
    examples: {
      match: ['The government declared three days of national mourning from November 29.', 'The president declared Friday a national day of mourning.'],
      noMatch: ['The city is in mourning.', 'Mourners gathered on Friday.'],
    },
  },
  namedDay: {
    id: 'event.named-day', produces: 'events',
    description: 'a day of the year named in capitals after "for", "during", "on", "ahead of" or "to mark" ("on duty on Saturday for National Wine Day", "closed during Harbour Day", "to mark Liberation Day"): the occasion, a `ceremony` when the word before "Day" names what a state commemorates (National, Independence, Republic, Liberation, Victory, Remembrance, Memorial, Armistice, Unity, Constitution, Flag, Heroes\', Martyrs\', Veterans\'), else a `festival`; not a day that names no gathering ("Election Day", "Boxing Day", "Match Day", "Opening Day"), nor one whose name goes on in a gathering word ("the Independence Day parade": read by its own rules)',
    pattern: compose(`\\b(?:for|during|on|ahead of|to mark|marking|to celebrate|celebrating) (?:the )?(?<name>(?!(?:Election|Polling|Voting|Boxing|Match|Opening|Closing|Final|Race|Game|Judgment|Every|Each|One|Christmas|Easter|New)\\b)(?:\\p{Lu}[\\p{L}'’-]{1,40} ){1,3}Day)\\b(?! (?:of|to)\\b)(?! (?:{WORD}|celebrations?|parade|procession|fireworks|concert|rally|march|holiday|weekend)\\b)`, { WORD: EVENT_WORD_PATTERN }, 'gu'),
    examples: {
      match: ['About 400 police officers will be on duty in the centre on Saturday for National Wine Day, when winemakers set up stalls.', 'The square will be closed to traffic during Harbour Day.', 'Veterans will gather at the memorial on Sunday to mark Liberation Day.'],
      noMatch: ['Police will be on duty on Election Day.', 'Police will close the avenue for the Independence Day parade.', 'The shops reopen on Boxing Day.'],
    },
  },
  celebratedName: {
    id: 'event.celebrated-name', produces: 'events',
    description: 'an occasion a place or its people celebrate, named in capitals right after "celebrates", "celebrate", "celebrating" or "to celebrate" ("on duty on Saturday as the capital celebrates Navruz, the Persian new year", "Hindus across the city celebrate Diwali on Sunday"): a festival of that name (a ceremony when it is a day a state commemorates, as rule event.named-day reads it), dated as its sentence states; not a rite ("celebrate Mass": rule event.rite), a name with a possessive ("celebrate Northland\'s win"), one already read as someone or something, nor one celebrated in the past ("celebrated Navruz")',
    pattern: /\b(?:celebrates|celebrate|celebrating) (?<name>(?!Mass(?:es)?\b)\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+){0,3})\b(?!['’]s\b)/gu,
    examples: {
      match: ['Some 2,000 police officers will be on duty on Saturday as the capital celebrates Navruz, the Persian new year.', 'Hindus across the city celebrate Diwali on Sunday.'],
      noMatch: ['The bishop will celebrate Mass at the cathedral on Sunday.', "Fans will celebrate Northland's win in the square.", 'Last year the city celebrated Navruz with a parade.'],
    },
  },
  verdict: {
    id: 'event.verdict', produces: 'events',
    description: 'a court\'s verdict on a named person, on a day its sentence states ("A court in Lakeside found former minister Ada Holm guilty of bribery on Thursday evening", "a judge acquitted Tomas Berg of fraud on Monday", "convicted the former mayor, Ida Lund, of corruption on Friday"): an `announcement` named "Verdict in the trial of <Name>", dated by that day (never a day of saying, never one to come); none without a day, nor a verdict still awaited ("could find him guilty")',
    // The words before the name say who the accused is ("former transport minister"), never whose something is ("the building of the").
    pattern: /\b(?:found|convicted|acquitted|cleared)\s+(?:(?:the\s+)?(?:former\s+)?(?!of\b)[\p{Ll}-]+(?:\s+(?!of\b)[\p{Ll}-]+){0,5}?,?\s+)?(?<accused>\p{Lu}[\p{L}'’-]{1,40}(?:\s+\p{Lu}[\p{L}'’-]{1,40}){1,3}),?\s+(?:(?:not\s+)?guilty|innocent|of)\b/gu,
    examples: {
      match: ['A court in Lakeside found former transport minister Ada Holm guilty of bribery on Thursday evening.', 'A judge acquitted Tomas Berg of fraud on Monday.', 'The court convicted the former mayor, Ida Lund, of corruption on Friday.'],
      noMatch: ['The court could find him guilty next month.', 'Police found the car on Monday.', 'Riot police cleared the occupied building of the Harbour Technical University of students on Thursday.'],
    },
  },
  verdictDue: {
    id: 'event.verdict-due', produces: 'events',
    description: 'a verdict read, delivered or due in the trial of a named person, on a day its sentence states ("on Friday, when judges read the verdict in the corruption trial of former mayor Ada Holm", "the verdict in the trial of Tomas Berg is expected on Monday"): an `announcement` named "Verdict in the trial of <Name>", as a verdict given (rule event.verdict), dated by that day (never a day of saying); none without a day',
    pattern: /\b(?:(?:read|reads|reading|deliver|delivers|delivering|hands?\s+down|handing\s+down|announces?|pronounces?|gives?)\s+(?:the|a|its|their)\s+verdict|[Tt]he\s+verdict)\s+in\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?trial\s+of\s+(?:(?:the\s+)?(?!of\b)[\p{Ll}-]+(?:\s+(?!of\b)[\p{Ll}-]+){0,3}?,?\s+)?(?<accused>\p{Lu}[\p{L}'’-]{1,40}(?:\s+\p{Lu}[\p{L}'’-]{1,40}){1,3})(?![\p{L}'’-]|\s+\p{Lu})(?=,?\s+(?:is|was|will\s+be)\s+(?:due|expected)\b|(?!,?\s+(?:is|was|were|has|had)\b))/gu,
    examples: {
      match: ['About 700 officers will guard the court on Friday, when judges read the verdict in the corruption trial of former mayor Ada Holm.', 'The verdict in the trial of Tomas Berg is expected on Monday.', 'The panel will deliver its verdict in the trial of Ida Lund on Thursday.'],
      noMatch: ['The verdict in the trial of Tomas Berg was overturned on Monday.', 'Judges read the charges on Monday.', 'He criticised the verdict.'],
    },
  },
  kidnapping: {
    id: 'event.kidnapping', produces: 'events',
    description: 'people kidnapped or abducted, maybe where, on a past day their sentence states ("seven teachers kidnapped in Croix-des-Bouquets on January 10"): an `incident` named "Kidnapping" and where ("Kidnapping in Croix-des-Bouquets"), dated by the first day after the act (past or today); none without such a day',
    pattern: /\b(?:kidnapped|abducted)\b(?<where>\s+(?:in|near|at|outside)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]{1,40}(?:\s+\p{Lu}[\p{L}'’-]{1,40}){0,2})?/gu,
    examples: {
      match: ['Seven teachers kidnapped in Harbour Town on January 10 were freed on Tuesday.', 'Two engineers were abducted on Monday.'],
      noMatch: ['A kidnapping gang was broken up.', 'The kidnappers fled.'],
    },
  },
  release: {
    id: 'event.release', produces: 'events',
    description: 'hostages or kidnapped people freed or set free on a past day their sentence states, in a sentence that tells of the kidnapping or captivity ("… kidnapped on January 10 were freed on Tuesday evening"): an `incident` named "Release of the hostages", dated by the first day after the verb; "released on Monday" is not read (the day a report or a statement is released is a day of saying)',
    pattern: /\b(?:were|was|been|are)\s+(?:freed|set\s+free)\b/gu,
    examples: {
      match: ['Seven teachers kidnapped on January 10 were freed on Tuesday.'],
      noMatch: ['The film releases on Monday.', 'Seven hostages will be freed on Friday.'],
    },
  },
  thrownAt: {
    id: 'event.thrown-at', produces: 'events',
    description: 'stones, bottles, eggs, flares or the like thrown at someone or something on a past day the sentence states ("Stones were thrown at a patrol car near the square on Saturday night, injuring two officers"): an `incident` named by what was thrown and at what ("Stones thrown at a patrol car near the square"), dated by that day; none without a day',
    pattern: /\b(?<what>[Ss]tones|[Rr]ocks|[Bb]ottles|[Ee]ggs|[Ff]lares|[Ff]ireworks|[Pp]etrol\s+bombs|[Mm]olotov\s+cocktails|[Pp]rojectiles|[Mm]issiles|[Cc]hairs)\s+(?:were|had\s+been)\s+(?:thrown|hurled)\s+(?<at>(?:at|into|onto|towards)\s[^.;,]{3,80}?)(?=\s(?:on|late\son|early\son)\s\p{Lu}|[,.])/gu,
    examples: {
      match: ['Stones were thrown at a patrol car near the square on Saturday night, injuring two officers.', 'Bottles were hurled onto the pitch on Sunday.'],
      noMatch: ['Fans threw scarves onto the pitch.', 'Stones will be thrown at the wall in the ritual.'],
    },
  },
  emergencyDeclared: {
    id: 'event.emergency-declared', produces: 'events',
    description: 'a state of emergency (or of disaster, siege or alarm) declared on a day its sentence states ("the government declared a 30-day state of emergency across the west on Tuesday", "declares a state of disaster in three provinces on Monday"): an `announcement` named "Declaration of <its words>", dated by that day (never a day of saying); none without a day, nor one only asked for or threatened ("called for a state of emergency", "could declare")',
    pattern: /\b(?<!\b(?:could|would|might|may|to|not|never)\s)(?:declared|declares|declare|proclaimed|proclaims)\s+(?<what>(?:a|an)\s+(?:[\p{L}\d-]+\s+){0,2}?state\s+of\s+(?:emergency|disaster|siege|alarm)(?:\s+(?:across|in|on|over|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]{1,40}(?:\s+\p{Lu}[\p{L}'’-]{1,40}){0,3})?)/gu,
    examples: {
      match: ["Northland's government declared a 30-day state of emergency across the Western Division on Tuesday.", 'The president declares a state of disaster in Eastby on Monday.'],
      noMatch: ['The opposition called for a state of emergency on Tuesday.', 'The government could declare a state of emergency on Friday.', 'The minister said on Friday that the government would not declare a state of emergency.'],
    },
  },
  sidesMeet: {
    id: 'event.sides-meet', produces: 'events',
    description: 'a match told by its two sides and a present-tense verb, in a sentence about a ground or a match ("Lakeside Rovers host Northby United at the City Stadium at 3 p.m. on Saturday", "when hosts Eastland play Northland at the National Stadium"): a `games` event named "<home> v <away>", dated by the first day its sentence writes after the sides; none when its sentence names no stadium, ground, arena, match, derby, kick-off, fans or tickets (a mayor who "hosts" a guest), and none without a day',
    pattern: compose("\\b(?<home>\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+(?:(?:de|do|da|del|of)[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]{1,40}){0,3}) (?:host|hosts|play|plays|face|faces|meet|meets|take on|takes on) (?<away>\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+(?:(?:de|do|da|del|of)[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]{1,40}){0,3})\\b", {}, 'gu'),
    guards: { ground: /\b(?:[Ss]tadium|[Ss]tadio|[Ee]stádio|[Ee]stadio|ground|[Aa]rena|match|derby|kick-off|kicks off|fans|supporters|tickets)\b/u },
    examples: {
      match: ['Lakeside Rovers host Northby United at the City Stadium at 3 p.m. on Saturday.', 'The Harbour Cup opens on Friday night when hosts Eastland play Northland at the National Stadium.'],
      noMatch: ['Mayor Ada Holm hosts Prime Minister Ben Lee at the town hall on Friday.', 'Lakeside Rovers hosted Northby United in the league.'],
    },
  },
  sidesResult: {
    id: 'event.sides-result', produces: 'events',
    description: 'a match told by its result: two sides in capitals, a verb of winning, drawing or losing and the score ("Lakeside Rovers beat Northby United 31-24 on Saturday night", "Eastland drew with Northland 1-1 at the National Stadium on Sunday"): a `games` event named "<first side> v <second side>", dated by the first day its sentence writes after the sides, else the last before; none without a score or a day',
    pattern: MATCH_RESULT,
    examples: {
      match: ['Lakeside Rovers beat Northby United 31-24 on Saturday night in front of 29,400 people.', 'Eastland drew with Northland 1-1 at the National Stadium on Sunday.'],
      noMatch: ['Lakeside Rovers beat Northby United on Saturday.', 'Mayor Ada Holm beat Ben Lee by 400 votes on Sunday.', 'The police held Ada Holm for 24 hours.'],
    },
  },
  headlinedConcert: {
    id: 'event.headlined-concert', produces: 'events',
    description: 'a performer named in capitals who headlines, gives or plays a concert, with its day written after it in the sentence ("Singer Ada Holm headlines a free open-air concert on the beach from 7 p.m. on Sunday", "the band The Lakers will play a concert in Quay Park on Friday"): a `festival` named "<performer> concert", dated by that day; none without a day',
    pattern: /\b(?<name>\p{Lu}[\p{L}'’-]{1,40}(?:[^\S\n]+\p{Lu}[\p{L}'’-]{1,40}){0,3})[^\S\n]+(?:(?:will|is to|is due to)[^\S\n]+)?(?:headlines?|gives?|plays?|performs?)[^\S\n]+(?:a|an|the|his|her|their|its)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,3}?concert\b/gu,
    examples: {
      match: ['Singer Ada Holm headlines a free open-air concert on the beach from 7 p.m. on Sunday.', 'The band The Lakers will play a concert in Quay Park on Friday.'],
      noMatch: ['The orchestra played well.', 'Ada Holm headlines the festival on Sunday.'],
    },
  },
  incidentHarmed: {
    id: 'event.incident-harmed', produces: 'events',
    description: 'an incident that hurt or killed people or destroyed or damaged what it counts, told as the subject of the harm, maybe in a relative clause ("On Thursday, a crush at the north gate injured 17 people", "a fire that destroyed 14 stalls", "A stampede near the bridge on Wednesday night left 12 people hurt", "in 2029 an explosion at the depot killed two workers"): an incident named by its word and where it happened, dated by the day its sentence states (never a day of saying nor one to come), else by the only past year its sentence writes, with its month when written ("in December 2035"); none without a date, nor a harm still to come ("a crush could injure people")',
    pattern: compose(`\\b(?:a|an|the) (?<incident>(?:{WHAT})(?: (?:at|near|outside|inside|in|on|by) (?:(?!on (?:${WEEKDAY_NAMES})\\b)[^.;,\\n]){1,60}?)?)(?: on (?:${WEEKDAY_NAMES})(?: (?:night|morning|afternoon|evening))?)?(?: (?:that|which))? (?:injured|killed|hurt|wounded|left|injuring|killing|leaving|destroyed|damaged|gutted|razed) ${PAST_HARM_COUNT}\\b`, { WHAT: INCIDENT_WORDS }, 'giu'),
    examples: {
      match: ['On Thursday, a crush at the north gate of the park injured 17 people, two of them seriously.', 'A stampede near the Harbour Bridge on Wednesday night left 12 people hurt.', 'In 2029 an explosion at the fuel depot killed two workers.', 'Police are investigating a fire that destroyed 14 stalls at the market on Sunday night.', 'The brigade has been on alert since a fire damaged two warehouses at the port on Monday.'],
      noMatch: ['Police fear that a crush at the gate could injure people.', 'A crush at the north gate is what the stewards fear most.'],
    },
  },
  incidentTold: {
    id: 'event.incident-told', produces: 'events',
    description: 'an incident told as what something followed or came in ("police arrested six people after scuffles with a counter-demonstration", "last year\'s fair, when a crush at the north gate left 14 injured"): an incident named by its words, dated by the past year its clause writes ("after the floods of 2022"), else by a past year written before it in its sentence ("a bout there in 2029 ended in a stampede", "the 2024 festival, when a crush near the stage left 11 hurt"), else by the day its sentence states; none without a date',
    pattern: compose('\\b(?:after|during|in|when|amid) (?:(?:a|an|the) )?{WHAT}\\b(?<rest>(?: (?:with|between|at|near|outside|on) [^.;,]{1,80}| of (?:19|20)\\d{2}\\b)?)', { WHAT: INCIDENT_WORDS }, 'gu'),
    examples: {
      match: ['Police arrested six people on Friday after scuffles with a counter-demonstration.', 'A match there in 2027 ended in a stampede in which three people died.', 'On Sunday residents blocked the road, demanding the drains promised after the floods of 2022.', "The review followed last year's fair, when a crush at the north gate of the 2029 edition left 14 injured."],
      noMatch: ['Scuffles are common at the gate.', 'Police arrested six people on Friday after the march.'],
    },
  },
  pastHarm: {
    id: 'event.past-harm', produces: 'events',
    description: 'an act in a past year that hurt or killed people ("In 2029 an elephant broke from the procession near the hotel and injured 14 spectators", "In 2019, a man drove a car through a police barrier, injuring two officers", "in 2027 a stand collapsed and three people died"): an incident named by the act, dated by that year; not when the police or an authority is the act\'s subject ("In 2021 police charged the crowd and injured 12 people": an operation, told by its own rules), nor a year still to come',
    pattern: compose('\\b[Ii]n {YEAR},? (?<act>(?!(?:police|officers|authorities|the (?:police|government|authorities|city|council)|there)\\b)[^.;:]{8,140}?)(?:,? and|,) (?:(?:{HARM}) {COUNT}|{COUNT_HURT} (?:[\\p{L}-]+ ){0,2}?(?:died|were (?:killed|injured|hurt|wounded)))\\b', {
      YEAR: '(?:19|20)\\d{2}', HARM: 'injur(?:ed|ing)|kill(?:ed|ing)|wound(?:ed|ing)|hurting|leaving|left', COUNT: PAST_HARM_COUNT, COUNT_HURT: PAST_HARM_COUNT,
    }, 'gu'),
    examples: {
      match: ['In 2029 an elephant broke from the procession near the old hotel and injured 14 spectators.', 'In 2019, a man drove a car through a police barrier near the square during the rehearsal, injuring two officers.', 'In 2027 part of a stand collapsed, leaving 30 hurt.', 'In 2025 a boat carrying pilgrims capsized on the river and three people died.'],
      noMatch: ['In 2021 police charged the crowd and injured 12 people.', 'In 2029 the festival drew more than a million people.', 'In 2029 an elephant broke from the procession.'],
    },
  },
  harmWhen: {
    id: 'event.harm-when', produces: 'events',
    description: 'people hurt or killed "when" an act happened, with the past year or month it happened in ("two riders were killed in 2027 when a van ran into the peloton", "in 2026, when bottles were thrown at the team bus and five people were hurt", "Rival fans fought outside the ground in March, and six people were injured"): an incident named by the act (its article dropped), dated by the year, or by the last such month up to publication, derived; not a year still to come, and never without a past year or month',
    pattern: compose('\\b{COUNT} (?:[\\p{L}-]+ ){0,2}?(?:were|was) (?:killed|injured|hurt|wounded) in {YEAR} when (?<act>(?:a|an|the|some|several|two|three|four|five) [^.;,]{5,100})|\\bin {YEAR_WHEN}, when (?<act_when>[^.;]{5,120}?),? and {COUNT_WHEN} (?:[\\p{L}-]+ ){0,2}?(?:(?:were|was) (?:killed|injured|hurt|wounded)|died)\\b|(?<act_month>\\b(?:[Tt]heir|[Rr]ival|[Tt]he) (?:[\\p{L}-]+ ){0,2}?(?:supporters|fans|groups|gangs|factions) (?:clashed|fought|brawled)[^.;,]{0,80}?) in {MONTH},? and {COUNT_MONTH} (?:[\\p{L}-]+ ){0,2}?(?:were|was) (?:killed|injured|hurt|wounded)\\b', {
      COUNT: PAST_HARM_COUNT, YEAR: '(?:19|20)\\d{2}', YEAR_WHEN: '(?:19|20)\\d{2}', COUNT_WHEN: PAST_HARM_COUNT, MONTH: MONTH_NAMES, COUNT_MONTH: PAST_HARM_COUNT,
    }, 'giu'),
    examples: {
      match: ['Two riders were killed in 2027 when a van ran into the peloton near the bridge.', 'The clubs last met in 2026, when bottles were thrown at the team bus and five people were hurt.', 'Rival fans fought outside the ground in March, and six people were injured.'],
      noMatch: ['Two riders were hurt when the road was wet.', 'The clubs last met in 2026, when the home side won.', 'Rival fans fought outside the ground in March.'],
    },
  },
  pastIncident: {
    id: 'event.past-incident', produces: 'events',
    description: 'an incident named with "the" and dated by the past month or year its clause gives ("the disorder in the east of the city in September 2022"), or told after a past date ("in May 2024, when … in clashes near the ground"), or with its year written before it ("since the 2019 stampede at the river festival"), or opening a sentence with its year ("In 2002 a brawl between players spread into the stands"); not one mentioned in passing ("a crash in 2021")',
    pattern: compose('\\b[Tt]he {WHAT}\\b(?<words_after>[^.;,]{0,60}?)\\bin (?:{MONTH} )?{YEAR}\\b|\\bin (?:{MONTH_BEFORE} )?{YEAR_BEFORE}, when [^.;]{0,80}?\\b{WHAT_AFTER}\\b|\\b[Tt]he {YEAR_FIRST} {WHAT_DATED}\\b|\\b[Ii]n {YEAR_OPEN},? (?:a|an) (?:[\\p{Ll}-]+ ){0,2}?{WHAT_OPEN}\\b', {
      WHAT: INCIDENT_WORDS, MONTH: MONTH_NAMES, YEAR: '(?:19|20)\\d{2}', MONTH_BEFORE: MONTH_NAMES, YEAR_BEFORE: '(?:19|20)\\d{2}', WHAT_AFTER: INCIDENT_WORDS,
      YEAR_FIRST: '(?:19|20)\\d{2}', WHAT_DATED: INCIDENT_WORDS, YEAR_OPEN: '(?:19|20)\\d{2}', WHAT_OPEN: INCIDENT_WORDS,
    }, 'gu'),
    examples: {
      match: ['Calm has held since the disorder in the east of the city in September 2022.', 'The derby in May 2024, when 20 officers were hurt in clashes outside the ground, is remembered.', 'Crowds have been watched more closely since the 2019 stampede at the river festival killed nine people.', 'In 2002 a brawl between players spread into the stands.'],
      noMatch: ['Calm has held since the disorder in the east of the city.', 'The clashes were the worst in years.', 'A fan caused a crash on the climb in 2021.'],
    },
  },
  incidentMonth: {
    id: 'event.incident-month', produces: 'events',
    description: 'an incident named with "the" and a month with no year after it ("the stabbing in March outside the club", "the killing in January of a local candidate"): an incident is past, so it is the last such month up to publication (the year before when the month is later than the publication\'s), derived, the note saying so',
    pattern: compose('\\b[Tt]he {WHAT} in {MONTH}\\b(?!,? (?:\\d{1,2}, )?(?:19|20)\\d{2})', { WHAT: INCIDENT_WORDS, MONTH: MONTH_NAMES }, 'gu'),
    examples: {
      match: ['The campaign was marked by the killing in January of a local candidate.', 'Police recalled the stabbing in March outside the club.'],
      noMatch: ['Police recalled the stabbing in March 2019 outside the club.', 'The killing of a candidate shocked the city.'],
    },
  },
  occasion: {
    id: 'event.occasion', produces: 'events',
    description: 'the occasion a force is deployed or a measure set for: the noun phrase after "for", "during", "each night of", "over the four days of", "ahead of", "around", "at" or "will guard" / "to secure", with "the", a weekday\'s or this weekend\'s possessive before it, in a sentence that deploys, sends or dispatches a force or sets a measure ("will deploy 2,000 officers for the second Test between Northton and Southby, which begins on Friday", "on duty each night of the Lakeside Tamborrada, the week-long pageant of the temple that opens on Monday", "on duty for Sunday\'s parade marking the anniversary of the republic"): an event named by its words (and two sides written after it), of the kind its head word gives (`OCCASION_WORDS`, the lexicon\'s event words), else the kind of the word an appositive gives ("the week-long pageant"); a parade or procession of a capitalised Day, marking an anniversary ("for the 50th anniversary of …") or called military, royal or state is a `ceremony`; a capitalised name after an occasion word and "of" is that occasion, named whole ("the summit of the Organization of Harbour States", "the final of the Harbour Cup between …"), as is one whose head word stands before its "of" ("the Harbour Cup of Nations"); dated by the possessive\'s day or the day a relative clause or "on"/"from" right after gives (rule date.occasion-clause), or the day right before the preposition ("on duty on Saturday for the final"), never the day of saying; a head that is a place, a body or a time ("for two weeks", "for the city", "for security") names none, nor does a news conference or a phrase after a speech verb ("said at the news conference on Monday"); a phrase with no day names an occasion only when it is a name of two or more capitalised words ("has sent 900 more officers for the Harbour Cup of Nations"), undated; an event already read there, or one of its name, keeps its own date unless a possessive or a clause gives it one; the article\'s own event named only by its headline ("Lakeside Rowing Contest") is the occasion an appositive describes in the headline\'s last words ("the Lakeside Pro, an international rowing contest"), and takes the text\'s name',
    pattern: compose("\\b(?:{PREP}) (?<det>the|this (?:week|weekend)['’]s|next (?:week|weekend)['’]s|{DAY}['’]s) (?<words>(?:(?!(?:for|during|each|ahead|around|at|will|would|be|is|are|was|were|has|have|had) )[\\p{L}\\d'’-]+ ){0,6}?)(?<head>[\\p{L}-]{3,30})(?=,| (?:which|that|whose|between|along|on|at|in|marking|from)\\b|[.;]|$)", {
      PREP: 'for|during|each (?:night|day|evening) of|(?:during|over) the (?:two|three|four|five|six|seven|\\d) (?:days|nights) of|ahead of|around|at|(?:will|to) (?:guard|secure|police|protect)', DAY: WEEKDAY_NAMES,
    }, 'gmu'),
    guards: { force: /\b(?:deploy(?:s|ed|ing)?|sen(?:ds?|t|ding)|dispatch(?:es|ed|ing)?|on duty|on standby|stationed|guard(?:s|ed|ing)?|patrol(?:s|led|ling)?|line the route|closed?|closures?|banned|barred|cordon(?:s|ed)?|arrest(?:s|ed)?|detain(?:s|ed)?)\b/iu },
    examples: {
      match: ['The city police will deploy 2,000 officers for the second Test between Northton and Southby, which begins on Friday.', "More than 9,000 police officers will guard Tuesday's military parade for the 50th anniversary of independence.", 'About 800 officers will be on duty each night of the Lakeside Tamborrada, the week-long pageant of the hill temple that opens on Monday.',
        "Some 600 officers will be on duty for Sunday's parade marking the anniversary of the republic.", 'Streets around the square will be closed for the inauguration on Friday.'],
      noMatch: ['The city police will deploy 2,000 officers for two weeks.', 'The mayor thanked the volunteers for the second Test between Northton and Southby, which begins on Friday.', 'About 800 officers will be on duty in the city.', 'Police expect calm at the final on Saturday.'],
    },
  },
  occasionClause: {
    id: 'date.occasion-clause', produces: 'events',
    description: 'the day of an occasion (rule event.occasion) told by a relative clause on it or its appositive ("which begins on Thursday", "the week-long pageant of the temple that opens on Monday", "whose main parade takes over the streets from Saturday morning"): the first day of the clause, counted from the publication date by its tense, derived with a note; the clause must begin within a few words of the name',
    pattern: compose('\\b(?:which|that|whose)\\s(?:[^.;]{0,80}?\\s)?(?:{VERB})\\b(?:[^.;]{0,60}?\\s)?(?:on|from)\\s(?:the\\s)?(?={DAY})', {
      VERB: 'begins?|starts?|opens?|runs?|takes?\\s+(?:place|over)|is\\s+held|gets\\s+under\\s+way|kicks\\s+off', DAY: WEEKDAY_NAMES,
    }, 'gu'),
    examples: {
      match: ['The second Test, which begins on Friday, is sold out.', 'the week-long pageant of the hill temple that opens on Monday', 'the festival, whose main parade takes over the streets from Saturday morning'],
      noMatch: ['The second Test, which drew 20,000 people on Friday, is over.', 'The pageant that opens the season is sold out.'],
    },
  },
  delegatesMeet: {
    id: 'event.delegates-meet', produces: 'events',
    description: 'the delegates or members of a body meeting on stated days to elect or choose someone ("Some 900 delegates of the Harbour Party meet in Eastby from Friday to Sunday to elect a new leader"): a congress of the body, a `summit`, named by the body\'s capitalised name, dated by the first day',
    pattern: compose("\\b(?:[Dd]elegates|[Mm]embers|[Rr]epresentatives)(?<of> of [^.;]{1,80}?)? (?:will )?(?:meet|gather|convene|assemble)(?<where> in \\p{Lu}[\\p{L}'’-]{1,40}(?: \\p{Lu}[\\p{L}'’-]{1,40}){0,2})? (?:on|from) (?={DAY})", { DAY: WEEKDAY_NAMES }, 'gu'),
    guards: { purpose: /\bto (?:elect|choose|pick|vote for)\b/u },
    examples: {
      match: ['Some 900 delegates of the Harbour Party meet in Eastby from Friday to Sunday to elect a new leader.', 'Members of the Farmers Union will gather on Saturday to choose a president.'],
      noMatch: ['Some 900 delegates of the Harbour Party met in Eastby last month to elect a new leader.', 'Members of the Farmers Union will gather on Saturday for a picnic.'],
    },
  },
  swearingIn: {
    id: 'event.swearing-in', produces: 'events',
    description: 'someone sworn in to an office on a stated day ("Eastland swears in Ada Holm as president on Friday", "Ada Holm will be sworn in as mayor on Monday", "On Friday, 6 May, Ada Holm was sworn in as governor"), or an office-holder-elect sworn in, the office their title ("on Wednesday, when President-elect Ada Holm is sworn in at the Congress"): an inauguration, a `ceremony` named "Inauguration of <name> as <office>", dated by the first day after it in its sentence, else (an elect\'s) the day right before its "when", else the day that opens the sentence right before the name ("On Friday, 6 May, Ada Holm …"), never a day of saying; none without a day',
    pattern: new RegExp(`\\b(?:swears?|will swear) in (?<who>${PERSON_NAME}) as (?<office>${OFFICE})\\b|\\b(?<sworn>${PERSON_NAME}) (?:was|is|will be|is to be) sworn in as (?<swornOffice>${OFFICE})\\b|\\b(?<elect>President|Prime Minister|Governor|Mayor|Premier|Chancellor)-elect (?<electName>${PERSON_NAME}) (?:is|will be|is to be) sworn in\\b`, 'gu'),
    examples: {
      match: ['Eastland swears in Ada Holm as president on Friday in front of the parliament.', 'Ada Holm will be sworn in as mayor on Monday.', 'On Friday, 6 May, Ada Holm was sworn in as governor of Eastland.'],
      noMatch: ['Eastland swears by its constitution.', 'Ada Holm swore in her cabinet on Monday.'],
    },
  },
  crowned: {
    id: 'event.crowned', produces: 'events',
    description: 'someone named who was, is or will be crowned, on a stated day ("on Saturday, when Ade Lind was crowned king at the palace", "Queen Ada will be crowned on Sunday"): a `ceremony` named "Coronation of <name>", dated by the first day after it in its sentence, else the day right before its "when", else the day that opens the sentence right before the name ("On Saturday, 10 May, Oba Ade Lind was crowned"), never a day of saying; none without a day',
    pattern: new RegExp(`\\b(?<crowned>${PERSON_NAME}) (?:was|is|will be|is to be) crowned\\b`, 'gu'),
    examples: {
      match: ['On Saturday, 10 May, when Oba Ade Lind was crowned the 12th king of Lakeside at the palace, the market closed.', 'Queen Ada will be crowned on Sunday.'],
      noMatch: ['The champions were crowned on Sunday.', 'A new king is crowned every forty years.'],
    },
  },
  performerWhen: {
    id: 'event.performer-when', produces: 'events',
    description: 'a day followed by ", when" and a performer who plays, performs or sings ("on Saturday when the singer Ada Holm plays the last date of her tour"): a concert, a `festival` named "<performer> concert", dated by that day',
    pattern: compose("\\bon {DAY}(?: (?:night|evening))?,? when (?:[\\p{L}-]+ ){0,4}?(?<name>\\p{Lu}[\\p{L}'’-]{1,40}(?: \\p{Lu}[\\p{L}'’-]{1,40}){0,3}) (?:plays|performs|sings|headlines)\\b", { DAY: WEEKDAY_NAMES }, 'gu'),
    examples: {
      match: ['About 900 officers will be on duty around the arena on Saturday when the singer Ada Holm plays the last date of her tour.', 'Roads close on Friday night when Canadian band The Lakers headlines.'],
      noMatch: ['About 900 officers will be on duty around the arena on Saturday when the gates open.', 'Ada Holm plays the arena on Saturday.'],
    },
  },
  tourStops: {
    id: 'event.tour-stops', produces: 'events',
    description: 'the stops of a tour or a series listed in one sentence, each a venue and its day ("The tour opens at the National Arena in Eastby on Friday, moves to Harbour Stadium on Sunday and closes at the Bowl in Southby next Wednesday"): one event per stop, a concert (`festival`) when the article speaks of shows, concerts, a singer or a band, else a match (`games`) when it speaks of matches or Tests; named "Concert at <venue>" or "Match at <venue>", dated by the stop\'s day; none where the sentence lists fewer than two stops or neither it nor the one before names a tour or a series',
    pattern: compose(`\\b(?:opens|starts|begins|kicks off|moves(?: on)? to|travels to|heads to|goes on to|continues (?:at|in|to)|stops (?:at|in)|returns to|closes|ends|finishes|wraps up)(?: (?:at|in))? (?<venue>(?:the )?\\p{Lu}[\\p{L}'’-]{1,40}(?: \\p{Lu}[\\p{L}'’-]{1,40}){0,5})(?: in \\p{Lu}[\\p{L}'’-]{1,40}(?: \\p{Lu}[\\p{L}'’-]{1,40})?)? (?:on (?:the )?|next )(?<stop>${WEEKDAY_NAMES}|(?:${MONTH_NAMES}) \\d{1,2}|\\d{1,2} (?:${MONTH_NAMES}))\\b`, {}, 'gu'),
    examples: {
      match: ['The tour opens at the National Arena in Eastby on Friday, moves to Harbour Stadium on Sunday and closes at the Bowl in Southby next Wednesday.', 'The series starts at Lakeside Park on June 3 and ends at the Oval on June 12.'],
      noMatch: ['The exhibition opens at the city museum on Friday.', 'The tour opens in the capital this week.', 'The square closes to traffic on Friday.'],
    },
  },
  indefiniteDated: {
    id: 'event.indefinite-dated', produces: 'events',
    description: 'a gathering brought in with "a", "an" or "another" and dated right after its words, maybe after where it is held ("a football derby on Saturday afternoon, a half marathon on Sunday morning and a free concert on the seafront on Sunday night", "a Harbour Cup semi-final in December 2031"): one event each, named by those words, of the kind its head word gives, dated by that day, month or year; the same head word on the same day is one event (the one read by a more particular rule keeps its name)',
    pattern: compose(`\\b(?:[Aa]n?|[Aa]nother) (?<words>(?:(?!(?:on|in|at|and|or|of|with|for)\\b)[\\p{L}\\d'’-]{1,30} ){0,3}?)(?<head>${INDEFINITE_HEADS})\\b(?<place> (?:on|at|in|near|outside|along|by) (?!(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|\\d)\\b)(?:(?!(?:which|where|when|that|who|on|in)\\b)[\\p{L}'’-]{1,40} ){0,5}?(?!(?:which|where|when|that|who)\\b)[\\p{L}'’-]{1,40})?(?<dated> on (?:the )?(?=(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|\\d{1,2}(?:st|nd|rd|th)?)\\b)| in (?=(?:${MONTH_NAMES}) \\d{4}\\b|\\d{4}\\b))`, {}, 'gu'),
    examples: {
      match: ['The city faces a football derby on Saturday afternoon, a half marathon on Sunday morning and a free concert on the seafront on Sunday night.', 'The last full house, a Harbour Cup semi-final in December 2031, ended in a crush.', 'Another concert on April 19 is sold out.', 'The king will host a state banquet in the palace on Wednesday evening.'],
      noMatch: ['The city faces the derby on Saturday.', 'A march on Sunday is planned.', 'The minister told a joint news conference on Monday.', 'A concert was cancelled after the storm on Sunday.', 'A concert hall in the city opens on Friday.'],
    },
  },
  dayThenIndefinite: {
    id: 'event.day-then-indefinite', produces: 'events',
    description: 'a sentence or clause opening with its day, then a gathering brought in with "a" or "an" ("On Sunday, a buzkashi tournament will be held at the hippodrome", "On Saturday evening a charity gala opens the season"): one event, named by its words, of the kind its head word gives, dated by that day',
    pattern: compose(`(?<![\\p{L}\\d,] )\\bOn (?:the )?(?<day>${WEEKDAY_NAMES}|(?:${MONTH_NAMES}) \\d{1,2}|\\d{1,2}(?:st|nd|rd|th)? (?:${MONTH_NAMES}))(?: (?:morning|afternoon|evening|night))?,? (?:an?) (?<words>(?:(?!(?:on|in|at|and|or|of|with|for)\\b)[\\p{L}\\d'’-]{1,30} ){0,3}?)(?<head>${INDEFINITE_HEADS})\\b`, {}, 'gu'),
    examples: {
      match: ['On Sunday, a buzkashi tournament, in which riders fight over a goat, will be held at the hippodrome.', 'On Saturday evening a charity gala opens the season.'],
      noMatch: ['On Sunday, the tournament will be held at the hippodrome.', 'Police said on Sunday, a tournament was held.', 'On Sunday, a march will cross the city.'],
    },
  },
  sidesBetween: {
    id: 'event.sides-between', produces: 'events',
    description: 'a match named by its two sides after "the" ("The derby between Lakeside Rovers and Eastby United at the City Stadium finished 1-1 on Saturday afternoon"): one event named "<word> between <side> and <side>", dated by the first day its clause states (never a day of saying); none without such a day',
    pattern: compose(`\\b[Tt]he (?<words>(?:[\\p{Ll}-]+ ){0,2}?)(?<head>derby|match|final|game|fixture|semi-final|quarter-final|tie|bout|Test) between (?<sides>\\p{Lu}[\\p{L}'’.-]*(?:[^\\S\\n]+(?:(?:de|del|da|do|of|la|le)[^\\S\\n]+)?\\p{Lu}[\\p{L}'’.-]*){0,4} and \\p{Lu}[\\p{L}'’.-]*(?:[^\\S\\n]+(?:(?:de|del|da|do|of|la|le)[^\\S\\n]+)?\\p{Lu}[\\p{L}'’.-]*){0,4})`, {}, 'gu'),
    examples: {
      match: ['The derby between Lakeside Rovers and Eastby United at the City Stadium finished 1-1 on Saturday afternoon.', 'The cup match between Union de Lakeside and Dynamo de Eastby kicks off on Sunday.', 'The first Test between Northland and Southland starts at the Harbour Oval on Wednesday, April 22.'],
      noMatch: ['The derby finished 1-1 on Saturday.', 'The first test between the two engines ran on Monday.', 'The gap between the two sides and the league leaders grew.'],
    },
  },
  sidesPlay: {
    id: 'event.sides-play', produces: 'events',
    description: 'two countries\' sides that play, meet or face each other on a day their clause states ("Tunisia play Algeria in Alexandria on Friday", "Morocco face Tunisia on Monday"): a match (`games`) named "<side> v <side>", dated by that day; none when either side is no country the gazetteer knows ("Ministers meet Chinese officials on Monday") or the clause states no day, nor when the match is named after its sides ("Azerbaijan play Uzbekistan in a World Cup qualifier" is read by that name)',
    pattern: compose("\\b(?<home>\\p{Lu}[\\p{L}'’-]{1,40}(?: \\p{Lu}[\\p{L}'’-]{1,40})?) (?:play|plays|meet|meets|face|faces|take on|takes on) (?<away>\\p{Lu}[\\p{L}'’-]{1,40}(?: \\p{Lu}[\\p{L}'’-]{1,40})?)\\b", {}, 'gu'),
    examples: {
      match: ['Tunisia play Algeria in Alexandria on Friday.', 'Morocco face Tunisia in Alexandria on Monday.'],
      noMatch: ['The ministers meet their counterparts on Friday.', 'Tunisia will play well.'],
    },
  },
  placeInDescription: {
    id: 'event.place-in-description', produces: 'events',
    description: 'an event named, then described after a comma by "a" or "an" and where it is held ("the Lakeside Cup, a judo tournament that runs from Friday at the Sports Palace"): the place after "at" or "in" in that description is the event\'s too, beside any its name gives',
    pattern: /^,\s+an?\s[^,.;:\n]{0,100}?\s(?:at|in)\s+(?:the\s+)?$/u,
    examples: {
      match: [', a judo tournament that runs from Friday to Sunday at the ', ', an open-air concert in '],
      noMatch: [', the mayor said at the ', ' at the ', ', a tournament, at the '],
    },
  },
  placeAfterName: {
    id: 'event.place-after-name', produces: 'events',
    description: 'an event with no place yet whose name is followed right away by "at", "in" or "on" and a place the article names ("at the Lakeside Eclipse Festival on Monte Verde", "an open-air Mass at the lake stadium"), or by a clause opened by "which" or "whose" whose first "at" or "in" comes before that place ("the final of the Harbour Cup, which Lakeside will play against Eastby at the Harbour Stadium on Saturday"): that place; a clause telling who said or announced it names none',
    pattern: /^(?:\s+(?:at|in|on)\s+|,\s+(?:which|whose)\s+(?:(?!(?:said|told|announced|at|in)\b)[\p{L}\d'’-]+\s+){1,8}?(?:at|in)\s+)(?:the\s+)?/u,
    examples: {
      match: [' on Monte Verde, the mayor said.', ' at the lake stadium on Sunday.', ', which Lakeside will play against Eastby at the Harbour Stadium on Saturday.'],
      noMatch: [' will open on Friday.', ', held at the stadium.', ', which the mayor announced in March.'],
    },
  },
  possessiveDay: {
    id: 'date.possessive-day', produces: 'events',
    description: 'a gathering named right after a day\'s possessive ("Saturday\'s Lakeside-Northby derby at the Harbour Stadium kicked off at 20:00", "today\'s Harbour Day parade"), when it is not the article\'s own event (dated by its own rules): that day, past or to come by the sentence\'s tense as any weekday is',
    pattern: compose("\\b{DAY}['’]s(?=[^\\S\\n]+\\p{Lu})", { DAY: `${WEEKDAY_NAMES}|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight` }, 'gu'),
    examples: {
      match: ["Saturday's Lakeside-Northby derby at the Harbour Stadium kicked off at 20:00.", "Police will guard today's Harbour Day parade."],
      noMatch: ["Saturday's crowd was calm.", 'The derby on Saturday kicked off at 20:00.'],
    },
  },
  sceneDay: {
    id: 'date.scene-day', produces: 'events',
    description: 'a funeral, Mass or other gathering whose own sentences give no day, named in a paragraph that opens with a day set off by a comma ("Yesterday, Saturday, 29 June, this city said goodbye to …", "On Friday, 3 May, …") or under a heading that is a day alone ("YESTERDAY"): that day, the paragraph\'s scene, derived with a note; not a day inside the sentence ("He died on Sunday")',
    pattern: compose('^(?:(?:Late|Early)[^\\S\\n]+)?(?:[Oo]n[^\\S\\n]+)?(?:{DAY}|{WEEKDAY})(?:,[^\\S\\n]+{WEEKDAY_AFTER})?(?:,?[^\\S\\n]+(?:\\d{1,2}[^\\S\\n]+{MONTH}|{MONTH_FIRST}[^\\S\\n]+\\d{1,2}))?(?:,|$)', {
      DAY: '[Yy]esterday|YESTERDAY|[Tt]oday|TODAY|[Ll]ast[^\\S\\n]+night|[Tt]his[^\\S\\n]+morning',
      WEEKDAY: WEEKDAY_NAMES, WEEKDAY_AFTER: WEEKDAY_NAMES, MONTH: MONTHS_SHORT_TOO, MONTH_FIRST: MONTHS_SHORT_TOO,
    }, 'u'),
    examples: {
      match: ['Yesterday, Saturday, 29 June, this city said goodbye to its former mayor.', 'On Friday, 3 May, the bishop buried his predecessor.', 'YESTERDAY', 'Last night, thousands filled the square.'],
      noMatch: ['He died on Sunday, aged 84.', 'The funeral was held at 11:00 at the cathedral.', 'Yesterday was cold.'],
    },
  },
  thatEvening: {
    id: 'date.that-evening', produces: 'events',
    description: 'a ceremony with no day of its own in a sentence that puts it "that evening", "that night", "later that day" or "the same day" ("will host a state banquet for the guests at the palace that evening"): the day of the article\'s own event, the day the story is about, derived with a note',
    pattern: /\b(?:that (?:evening|night|afternoon)|later that day|the same (?:day|evening))\b/gu,
    examples: {
      match: ['The president will host a state banquet for the guests at the palace that evening.', 'A memorial service follows later that day.'],
      noMatch: ['The president will host a state banquet for the guests at the palace on Friday.', 'That evening was cold.'],
    },
  },
} satisfies Record<string, Rule>;
