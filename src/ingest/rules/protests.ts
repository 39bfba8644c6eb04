// How the protests pass finds protests: a protest word in a sentence that says it happens or is planned.
import { NUMBER_PHRASE } from '../../lib/numbers.js';
import { CROWD_NOUNS, PROTEST_WORDS } from '../lexicon.js';
import { HEDGE_PART } from './deployments.js';
import { compose, type Rule } from './rule.js';

/** What a protest is for or against: "against the pension reform", "to demand an end to …", "calling for …". */
export const PROTEST_TARGET = /\b(?:against|to\s+demand|demanding|calling\s+for|to\s+call\s+for)\s+([^,.;]{3,80})/iu;

export const PROTEST_RULES = {
  planned: {
    id: 'protest.planned', produces: 'protests',
    description: 'a protest word in a sentence with a verb saying it is held, planned, called, under way or counted ("set off", "went ahead", "went along the Esplanade", "began", "drew about 3,000 people"), an act of protest ("sat down across the road", "blocked", "sounded their horns", "walked off the job"), police stopping or dispersing it ("fired tear gas to stop a march") or an act done "in protest" or "in a counter-protest" (not someone resigning or quitting in protest); the pass also asks for a date or a place',
    pattern: compose('\\b{WORD}\\b', { WORD: PROTEST_WORDS }, 'i'),
    guards: {
      happens: /\b(?:organi[sz]ed|organi[sz]ing|called|held|hold|holding|staged|planned|plans?|will|would|took place|took part|take part|taking part|marched|gathered|joined|join|scheduled|registered|announced|set for|are due|expects?|expected|set off|set out|went ahead|went from|(?:went|came|moved) (?:along|through|down|up|round|around|past)|walked|demanded|started|began|drew|attracted|sat down|sat in|blocked|occupied|downed tools|sounded (?:their )?horns|walked off the job|walked out|went on strike|(?:fired )?tear gas|(?:to )?(?:stop|break up|disperse)|stopped|broke up|dispersed)\b|(?<!\b(?:resigned|resigns|quit|quits|left|walked out)\s)\bin (?:a )?(?:counter-)?protest\b/i,
    },
    examples: { match: ['Farmers have called a rally in Lyon on Friday.', 'A march is planned for Saturday.', 'The march set off from the harbour on Thursday morning.', 'The march by the dockers from the port to the town hall on Monday drew about 3,000 people.', 'Hundreds of activists sat down across the ring road on Monday in protest against the new tolls.', 'About 300 drivers sounded their horns for an hour in a counter-protest.', 'Controllers walked off the job on Wednesday in a 24-hour strike.', 'Police fired tear gas on Tuesday to stop a march of several hundred people.', 'On Tuesday evening, a candlelight rally at the square demanded a halt to the tunnelling.', 'Yesterday, marchers walked from the gate to the square to protest against the pact.', 'Yesterday afternoon a march for the valley went along the Esplanade to the barrier.', 'On Sunday the march against the tolls came down Quay Road past the town hall.'], noMatch: ['The rally ended peacefully.', 'Farmers want higher prices.', 'The minister resigned in protest at the decision on Monday.'] },
  },
  paragraphDay: {
    id: 'protest.paragraph-day', produces: 'protests',
    description: 'a protest told as held, in the past, with no day in its own sentence ("At about 15:00, supporters marched from the square to the stadium", "That afternoon, a march against the pact went from the square to the tower", "That day the ferrymen sat on the quay, in protest against the fee"): the last day the one or two sentences before it in its paragraph state, not a day someone spoke nor one after publication; a sentence opening "That afternoon", "That evening", "The same day" may take it from the paragraph before. Derived, the note saying whose day it is',
    pattern: /\b(?:marched|rallied|demonstrated|protested|gathered|walked|(?:went|came|moved)\s+(?:from|along|through|down|up|round|around|past)|set\s+off|took\s+place|took\s+part|drew|demanded|sat\s+(?:down|on|in)|blocked|occupied|in\s+protest)\b/u,
    examples: { match: ['At about 15:00, supporters marched from the square to the stadium.', 'That afternoon, a march against the pact went from the square to the tower.', 'That day the ferrymen tied up their boats and sat on the quay, in protest against the new fee.'], noMatch: ['Supporters will march from the square to the stadium.'] },
  },
  notAProtest: {
    id: 'protest.not-a-protest', produces: 'protests',
    description: 'a protest word that names something else: the month "March" (capitalised, before a day or a year, or after "in", "since" and the like), a strike by arms ("an air strike", "drone strikes"), and sports fans marching to their match ("while the visiting fans march under escort to the stadium", "the fans\' march", "a fan march"), a walk to the ground, not a protest; the pass reads the next protest word instead',
    pattern: /\bMarch\s+(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})\b|\b(?:in|since|until|by|from|of|last|early|late|mid-|next)\s+March\b|\b(?:air|drone|missile|military|rocket|artillery|pre-?emptive)\s+strikes?\b|\b(?:fans|ultras)(?:['’]\s+|\s+(?:(?:will|would|to|then)\s+)?)march(?:es|ed)?\b|\bfan\s+(?:march(?:es)?|walks?)\b/,
    examples: {
      match: ['The stadium has hosted no final since its reopening in March 2015.', 'Two drone strikes hit the depot overnight.', 'Streets close while the visiting fans march under escort to the stadium.', "Police will escort the fans' march to the ground."],
      noMatch: ['Nurses will strike on Monday.', 'The march will start at noon.', 'Supporters of the mayor will march on Saturday.'],
    },
  },
  banned: {
    id: 'protest.banned', produces: 'protests',
    description: 'a protest word that is what a ban forbids ("ban all demonstrations in the centre", "a ban on protests", "marches are banned", "no rallies will be allowed"): no protest is held, so none is proposed from it; the pass reads the next protest word instead',
    pattern: compose('\\b(?:ban|bans|banned|banning|prohibit|prohibits|prohibited|prohibiting|forbid|forbids|forbidding|outlaw|outlaws|outlawed|outlawing) (?:on )?(?:(?:all|any|further|public|street|the) ){0,2}{BANNED}\\b|\\b{WORD} (?:is|are|was|were|will be|would be|remain|remains) (?:\\p{L}+ly )?(?:banned|prohibited|forbidden|outlawed|not allowed|not permitted)\\b|\\b[Nn]o {NONE} (?:(?:will|would) be |is |are )?(?:allowed|permitted)\\b', { BANNED: PROTEST_WORDS, WORD: PROTEST_WORDS, NONE: PROTEST_WORDS }, 'giu'),
    examples: {
      match: ['The city will ban all demonstrations in the centre on Friday.', 'Marches are banned in the zone until Sunday.', 'No protests will be allowed near the venue on Saturday.'],
      noMatch: ['Farmers will hold a march on Friday despite the ban.', 'Police banned cars from the square before the rally on Friday.'],
    },
  },
  appliedFor: {
    id: 'protest.applied-for', produces: 'protests',
    description: 'a protest word that is the object of an application, a request or a wish ("had applied to march", "asked permission to protest", "sought a permit for a rally", "a group that wanted to march", refused a permit): a protest asked for, not one held; the pass reads the next protest word instead',
    pattern: compose('\\b(?:applied|applying|applies|apply|asked|asking|sought|seeking|requested|requesting|wanted|wanting|hoped|hoping) (?:(?:for )?(?:permission|a permit|approval|authori[sz]ation) )?(?:to|for) (?:(?:hold|stage|organi[sz]e) )?(?:(?:a|an|the) )?(?:[\\p{L}-]+ )?{WORD}\\b', { WORD: PROTEST_WORDS }, 'giu'),
    examples: {
      match: ['The tenants, who had applied to march to the town hall, met on Monday.', 'The group asked permission to protest outside the court on Friday.', 'Farmers sought a permit for a rally on Sunday.', 'The council refused a permit to the tenants, who wanted to march through the square on Friday.'],
      noMatch: ['The tenants will march to the town hall on Monday.', 'Farmers asked the council to join the rally on Sunday.'],
    },
  },
  replaced: {
    id: 'protest.replaced', produces: 'protests',
    description: 'a protest replaced by another ("instead of a march", "the march …, would instead hold a rally"): the replaced word names no protest, only the one held instead does',
    pattern: compose('\\binstead of (?:(?:holding|staging) )?(?:(?:a|an|the) )?(?:[\\p{L}-]+ )?{INSTEAD_OF}\\b|\\b{WORD}\\b[^.;]{0,150}?\\b(?:would|will|to|plans to) instead (?:hold|stage)\\b', { INSTEAD_OF: PROTEST_WORDS, WORD: PROTEST_WORDS }, 'giu'),
    examples: {
      match: ['Instead of a march, the union will hold a rally on Friday.', 'The planned march was called off, and the group said it would instead hold a rally on Friday.'],
      noMatch: ['The union will hold a march on Friday and a rally on Saturday.'],
    },
  },
  byGroup: {
    id: 'protest.by-group', produces: 'protests',
    description: 'a protest named with who held it and its day ("because of the protest by cab drivers on Saturday", "the rally of dock workers on Monday"): a protest held, though its sentence has no verb saying so',
    pattern: compose("\\b[Tt]he {WORD} (?:by|of) (?:[\\p{L}'’-]{1,40} ){1,4}?on {DAY}\\b", { WORD: PROTEST_WORDS, DAY: 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday' }, 'gu'),
    examples: { match: ['Extra officers were needed because of the protest by cab drivers on Saturday.'], noMatch: ['Extra officers were needed because of the protest.', 'The protest by cab drivers ended peacefully.'] },
  },
  dayPossessive: {
    id: 'protest.day-possessive', produces: 'protests',
    description: 'a protest named by its day\'s possessive ("charged 112 activists over Monday\'s blockade", "after Saturday\'s peaceful march"): a protest held on that day, though its sentence has no verb saying so; once one of that word is proposed, it is that protest again (rule protest.mentioned-again)',
    pattern: compose("\\b{DAY}['’]s (?:[\\p{Ll}-]+ ){0,2}?{WORD}\\b", { WORD: PROTEST_WORDS, DAY: 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday' }, 'gu'),
    examples: { match: ['A magistrate charged 112 activists over Monday\'s blockade of the ring road.', 'Shops reopened after Saturday\'s peaceful march.'], noMatch: ['A magistrate charged 112 activists over the blockade.', 'Monday\'s match was sold out.'] },
  },
  yearOpening: {
    id: 'protest.year-opening', produces: 'protests',
    description: 'a protest told by its verb in a sentence opening with a past year ("In 2027, some 300 tenants marched to the town hall"): a protest of that year, dated with year precision',
    pattern: /^In\s+(?<year>(?:19|20)\d{2}),?\s[^.;]{0,160}?\b(?:marched|rallied|demonstrated|protested)\b/u,
    examples: { match: ['In 2027, some 300 tenants marched from the bridge to the town hall.'], noMatch: ['In 2027, the council closed the bridge.', 'Some 300 tenants marched to the town hall in the rain.'] },
  },
  conditional: {
    id: 'protest.conditional', produces: 'protests',
    description: 'a protest said to happen only on a condition ("would call a strike if the talks fail", "unless the plan is dropped"), the condition in the protest\'s own clause: a threat, not a protest planned, so none is proposed',
    pattern: compose('\\b{WORD}\\b(?:[^;,]|,(?!\\s+and\\b)){0,160}?\\b(?:if|unless)\\b', { WORD: PROTEST_WORDS }, 'i'),
    examples: { match: ['The union would call a strike on Friday if the council votes the cuts through.', 'Students plan a march unless the ministry withdraws the plan.'], noMatch: ['Students plan a march on Friday; if it rains, the route is shorter.', 'The union will hold a strike on Friday, and would ask for more if talks failed.'] },
  },
  paired: {
    id: 'protest.paired', produces: 'protests',
    description: 'two different protest words joined by "and" ("a 24-hour strike and another march on Friday", "the strike and the march"): two protests, the second with the first\'s date, places and organisers',
    pattern: compose('\\b{FIRST} and (?:a|an|the|another|a second) (?:[\\p{L}-]+ )?{SECOND}\\b', { FIRST: PROTEST_WORDS, SECOND: PROTEST_WORDS }, 'iu'),
    examples: { match: ['The union will hold a strike and a march on Friday.', 'They confirmed the strike and the march would go ahead on May 3.'], noMatch: ['The union will hold a strike on Friday and a meeting on Monday.'] },
  },
  gatheringCause: {
    id: 'protest.gathering-cause', produces: 'protests',
    description: 'with no protest word in its sentence, a gathering of another kind that someone holds or stages for a cause ("the union will hold a reading of about 200 writers in the square on Thursday evening against the cut", "farmers staged a picnic outside parliament on Monday to demand …"): a protest named by that gathering\'s word; not one whose "against" is a backdrop, nor a meeting or a service, which are held for causes every day',
    pattern: compose('\\b(?:hold|holds|held|holding|stage|stages|staged|staging)\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?<word>{GATHERING})\\b(?=[^.;]{0,160}?\\b(?:against(?!\\s+(?:the\\s+)?(?:backdrop|odds|the clock|all odds))|in protest|to protest|to demand|demanding|calling for|to call for|to press for)\\b)', {
      GATHERING: 'reading|concert|picnic|performance|prayer|walk|gathering|flash mob|bike ride|convoy|sit-down|lesson|dance|sing-along|fast',
    }, 'iu'),
    examples: {
      match: ['The Writers\' Union will hold a reading of about 200 writers in Market Square on Thursday evening against the cut to grants.', 'Farmers staged a picnic outside parliament on Monday to demand fairer prices.'],
      noMatch: ['The orchestra will hold a concert in the square on Friday.', 'The band will hold a concert on Friday against the backdrop of the old harbour.', 'The union will hold a meeting on Friday to demand higher pay.'],
    },
  },
  vigilCause: {
    id: 'protest.vigil-cause', produces: 'protests',
    description: 'a vigil is kept at a rite or a memorial as often as in protest: it is a protest only when its sentence gives a cause or protesters keep it ("a vigil against the deportations", "in solidarity with the strikers", "400 activists held a vigil"); the pattern is that cause or those people',
    pattern: /\b(?:against|in protest|to protest|to demand|demanding|calling for|to call for|to press for|to urge|in solidarity|in support of|activists|protesters|demonstrators|campaigners|strikers)\b/i,
    examples: { match: ['Students held a candlelit vigil against the deportations on Friday.', 'Nearly 400 activists held a vigil in Geneva.', 'The trust will hold a silent vigil on Saturday to call for fewer elephants in the parade.'], noMatch: ['The overnight vigil at the memorial would be limited to ticket holders.'] },
  },
  mentionedAgain: {
    id: 'protest.mentioned-again', produces: 'protests',
    description: 'a protest word after "the" or a day\'s possessive, singular or plural ("the marches", "Friday\'s rally"), once a protest of that word is proposed: that protest again, adding its place or size, never a new one; after "the" and a month ("the June march") it names a protest told before even when none of that word is proposed, so no undated one is made from it',
    pattern: compose('\\b(?:[Tt]he(?: {MONTH})?|\\p{Lu}\\p{Ll}+day[\'’]s) {WORD}\\b', { WORD: PROTEST_WORDS, MONTH: 'January|February|March|April|May|June|July|August|September|October|November|December' }, 'u'),
    examples: { match: ['Cameras will watch the marches on the ring road.', "Traders did not join Friday's rally.", 'For the June march the police will close the avenue.'], noMatch: ['Farmers will hold a rally on Friday.'] },
  },
  pluralUndated: {
    id: 'protest.plural-undated', produces: 'protests',
    description: 'a plural protest word with no date in its clause ("groups planning marches over the vote") says protests are coming, not which: no protest is proposed from it',
    pattern: compose('\\b{PLURAL}\\b', { PLURAL: 'protests|rallies|demonstrations|marches|sit-ins|vigils|pickets' }, 'i'),
    examples: { match: ['Several groups are planning marches over the vote.'], noMatch: ['One group is planning a march over the vote.'] },
  },
  daysAfter: {
    id: 'protest.days-after', produces: 'protests',
    description: 'a protest dated by its distance from a stated day ("said on Monday, two days after a march through the city"): that day less (or plus) the days, derived',
    pattern: compose('\\b{COUNT} days? {SIDE} (?:a|an|the)\\s+(?:\\p{L}+\\s+){0,2}?{WORD}\\b', { COUNT: 'a|one|two|three|four|five|six|\\d', SIDE: 'after|before', WORD: PROTEST_WORDS }, 'iu'),
    examples: { match: ['The mayor spoke on Monday, two days after a climate march through the city.'], noMatch: ['The mayor spoke on Monday, two days before the vote.', 'The march lasted two days.'] },
  },
  dayWhen: {
    id: 'protest.day-when', produces: 'protests',
    description: 'a stated day, maybe with its date, followed by ", when" and the clause of a protest or of a protest\'s verb ("on Friday, when farmers will rally again", "on Saturday, 26 May, when traders marched to the hall"): the protest\'s day, though "when" otherwise opens another clause',
    pattern: compose('\\b{DAY}{DATE}?,?\\s+when\\s+(?:[^.;]{0,80}?\\s)?(?:{WORD}|marched|rallied|demonstrated|protested)\\b', {
      DAY: '(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)',
      DATE: ',?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}(?:st|nd|rd|th)?)',
      WORD: PROTEST_WORDS,
    }, 'u'),
    examples: { match: ['The fair closes on Friday, when farmers have called a rally at the gate.', 'Flights were late on Saturday, 26 May, when traders marched from the gate to the hall.'], noMatch: ['The fair closes on Friday; farmers have called a rally at the gate.'] },
  },
  eventTimed: {
    id: 'protest.event-timed', produces: 'protests',
    description: 'a protest told by its verb with no day of its own, in a sentence that opens by timing it against the article\'s own event ("Before the match, fans marched to the stadium", "After the ceremony, teachers rallied outside"): the day of that event (the article\'s one event when none is its own, as a match already played) when it lasts one day, derived with a note; none when the event is undated or runs over several days',
    pattern: /^(?:Before|After|During|Ahead of)\s+(?:the\s+)?(?<word>match|game|final|derby|kick-off|ceremony|parade|race|service|inauguration|swearing-in|summit|concert)\b/u,
    examples: { match: ['Before the match, supporters marched from the port to the stadium.', 'After the ceremony, teachers rallied outside the palace.'], noMatch: ['Supporters marched to the stadium before the match.', 'Before dawn, supporters marched.'] },
  },
  toldByVerb: {
    id: 'protest.told-by-verb', produces: 'protests',
    description: 'a protest told by its verb alone, on a day its clause states ("thousands of workers marched through the centre on Tuesday", "nurses rallied outside parliament on Monday"), or by "gathered", "blocked", "occupied", "drove", "rode", "walked" with a demand or a cause after it, or by "sat down" on or in a place with one ("booksellers sat down on the tram lines, their stock laid out before them, to demand …": a sit-in; "the minister sat down on Monday to talk against …" is none), or by "stood" with placards, banners or signs ("a group stood outside the gate on Saturday with placards against the dogs") ("relatives gathered at the gate on Monday demanding news", "residents blocked the road on Sunday, demanding drains": a blockade; "taxi drivers drove in a slow convoy round the square on Tuesday against the closure": a convoy): a march, rally, demonstration or protest of that day; not a parade of police, soldiers, bands or veterans, nor a road the police block',
    // A saint's or a mount's abbreviation ("the steps of St. Anne's Cathedral") ends no clause before the cause.
    pattern: /\b(?<verb>marched|rallied|demonstrated|protested|(?:gathered|blocked|occupied|drove|rode|walked)(?=(?:[^.;]|(?<=\b(?:St|Mt|Ste))\.){1,100}?\b(?:demanding|to demand|calling for|to call for|in protest|to protest|against)\b)|sat(?= down (?:on|in|across|outside|at) the\b[^.;]{1,160}?\b(?:demanding|to demand|calling for|to call for|in protest|to protest|against)\b)|stood(?=[^.;]{1,60}?\bwith (?:placards|banners|signs|posters)\b))\b/,
    guards: { notAParade: /^(?![^.;]*\b(?:police|officers|soldiers|troops|bands?|veterans|cadets|guards|authorities)\s+(?:\w+\s+)?(?:marched|rallied|blocked|occupied)\b)/i },
    examples: {
      match: ['Thousands of striking nurses marched through the city centre on Tuesday.', 'About 300 farmers rallied outside parliament on Monday.', 'About 150 relatives gathered outside the prison on Monday morning demanding news of the inmates.', 'On Sunday about 200 residents blocked the road outside the town hall for two hours, demanding new drains.', 'About 150 taxi drivers drove in a slow convoy around the square on Tuesday against the closure.', 'On Wednesday, riders rode in convoy to the governor\'s office against the ban.', 'On Sunday, supporters walked from the harbour to the stadium against the ticket plan.', 'On Sunday afternoon residents gathered on the steps of St. Anne\'s Cathedral to demand that the depot be moved.', 'On Monday the stall owners sat down on the tram lines to demand their money.', 'On Saturday morning a group stood outside the north gate with placards against the new fees.'],
      noMatch: ['Police blocked the road on Sunday.', 'Veterans marched past the memorial on Sunday.', 'The marching band played on Tuesday.', 'The mayor drove to the stadium on Tuesday.', 'The minister walked to the stadium on Tuesday.', 'The minister sat down on Monday to talk about the fees against the advice of her staff.', 'The minister stood against the plan on Monday.'],
    },
  },
  counter: {
    id: 'protest.counter', produces: 'protests',
    description: 'a counter-protest whose sentence states no day: it answers the protest told before it, so it takes that protest\'s day, the last one already held when it is told in the past ("had held a counter-protest"), the last one to come when in the future ("would hold another counter-protest"), derived; so does one in a later clause of a sentence telling a protest ("nurses marched on Tuesday, and police held back a counter-demonstration")',
    pattern: /\bcounter-(?<word>protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|gatherings?)\b/i,
    examples: { match: ['A small group had held a counter-protest outside the office.', 'The association said it would hold another counter-demonstration.', 'Nurses marched on Tuesday, and police held back a counter-demonstration.'], noMatch: ['A small group had held a protest outside the office.'] },
  },
  laterClause: {
    id: 'protest.later-clause', produces: 'protests',
    description: 'a second protest word in a later clause of a sentence, with a day of its own there ("…, which said they would bring dockers to a national demonstration in the capital on Oct. 7"): a protest of its own; the pass asks for that day',
    pattern: compose('(?:\\b(?:when|while|said|says|told|added|announced|which)\\b|,\\s+and\\b|;)[^.;]{0,120}?\\b{WORD}\\b', { WORD: PROTEST_WORDS }, 'iu'),
    examples: {
      match: ['The march was the largest in years, the unions said, and they would bring dockers to a national demonstration on Oct. 7.'],
      noMatch: ['The march was the largest in years.', 'The unions would hold a strike and another march on June 14.'],
    },
  },
  pastYear: {
    id: 'protest.past-year', produces: 'protests',
    description: 'a protest of a past year, named by it ("the 2014 protests against pension reform") or with it written in its clause ("the last general strike in the sector, in 1984, lasted four weeks"): an earlier protest dated by that year, never the story\'s own',
    pattern: compose('\\b[Tt]he (?:{YEAR_BEFORE} (?:[\\p{L}-]+ ){0,2}?{WORD_AFTER_YEAR}|(?:[\\p{L}-]+ ){0,3}?{WORD}\\b[^.;]{0,60}?\\bin {YEAR})\\b', {
      YEAR_BEFORE: '(?:19|20)\\d{2}', WORD_AFTER_YEAR: PROTEST_WORDS, WORD: PROTEST_WORDS, YEAR: '(?:19|20)\\d{2}',
    }, 'u'),
    examples: {
      match: ['The march was the largest since the 2014 protests against pension reform.', "The last general strike in the country's public sector, in 1984, lasted four weeks."],
      noMatch: ['The march was the largest in years.', 'The strike closed schools on Tuesday.'],
    },
  },
} satisfies Record<string, Rule>;

/** A source's count of a crowd: "put the crowd at 8,000", "said 20,000", "estimated about 8,000 people". */
export const SIZE_ESTIMATE = {
  id: 'protest.size-estimate', produces: 'claims',
  description: 'a source\'s count of a protest\'s crowd ("police put the crowd at 8,000; organisers said 20,000", "the union said more than 11,000 of its members had taken part", "police stood by their crowd estimate of about 600 protesters; the union repeated its figure of more than 2,500"); two sources\' different counts of one crowd are a disputed pair of size claims, each citing its source\'s words; the protest\'s own count is the source\'s named after "according to" ("drew about 3,000 people, according to police")',
  pattern: compose(`\\b(?:put (?:the )?(?:turnout|crowd|attendance|numbers?|figure|size)(?: of (?:the )?\\p{L}+)? at {PUT_HEDGE}? {PUT_NUMBER}\\b|(?:said|says|estimated|claimed|counted|reported) {SAID_HEDGE}? {SAID_NUMBER}(?: (?:${CROWD_NOUNS})\\b| of (?:its|their) (?:members|workers|${CROWD_NOUNS})\\b|(?![\\p{L}\\d]|,\\d|\\s+\\p{L}))|(?:crowd )?(?:estimate|figure|count) of {EST_HEDGE}? {EST_NUMBER}(?: (?:${CROWD_NOUNS})\\b|(?![\\p{L}\\d]|,\\d|\\s+\\p{L})))`,
    { PUT_HEDGE: HEDGE_PART, PUT_NUMBER: NUMBER_PHRASE, SAID_HEDGE: HEDGE_PART, SAID_NUMBER: NUMBER_PHRASE, EST_HEDGE: HEDGE_PART, EST_NUMBER: NUMBER_PHRASE }, 'giu'),
  examples: {
    match: ['Police put the crowd at 8,000; organisers said 20,000.', 'The union said about 5,000 people took part.', 'Organisers put the turnout at more than 12,000.', 'The union said more than 11,000 of its members had taken part.', 'Police stood by their crowd estimate of about 600 protesters; the union repeated its figure of more than 2,500.'],
    noMatch: ['Police said 300 officers were on duty.', 'The union said two marches were planned.', 'The ministry gave a figure of 300 officers.'],
  },
} satisfies Rule;
