// How the statements pass finds reported words: a speech verb and what follows it, quoted words
// attributed after them, or a paraphrase whose speaker is named at its end.
import { GENDER_CUES, REPORTING_VERBS, SPEECH_VERBS, VIEW_VERBS } from '../lexicon.js';
import { NUMBER_PHRASE } from '../../lib/numbers.js';
import { compose, type Rule } from './rule.js';
import { CAPITALS_HONORIFIC, CAPITALS_WORD } from './people.js';

/** A few lowercase words, then an auxiliary or modal verb: the subject of a clause ("security at the gates would"). */
/** Lowercase words a body is named again by after "the" ("the prefecture", "the force"), each a whole word. */
export const BODY_HEAD_WORDS = 'ministry|government|embassy|department|agency|prefecture|council|municipality|force|unions?|federation|association|club|coalition|collective|group|alliance|movement|archdiocese|office|authority|board|service|commission|committee|organi[sz]ation'
  // Bodies of state and of civil life that wire copy names once in full and then by their head noun alone
  // ("the National Gendarmerie … the gendarmerie said"); each is found again only by a body whose name has the word.
  + '|gendarmerie|inspectorate|directorate|confederation|institute|bureau|secretariat|chamber|diocese|railways?|company|corporation|operator|airline|airport|hospital|university|foundation|command'
  // Armed forces named again by what they are ("the Harbour Defence Military Forces … the military said").
  + '|military|army|navy|brigade|corps'
  // A city's government named by the city ("Lakeside City Hall … the city said"): only a government whose name says city.
  + '|city';

const SUBJECT_BEFORE_VERB = "\\p{Ll}[\\p{L}'’-]{0,40}(?:[^\\S\\n]+[\\p{L}\\d'’-]+){0,8}[^\\S\\n]+(?:would|will|was|were|had|has|have|is|are|could|should|must|may|might|can)\\b";

/** A plural noun, maybe after two lowercase words, then a verb in the past ("said street vendors earned half …"). */
const PLURAL_SUBJECT_PAST = "(?:\\p{Ll}[\\p{L}'’-]{0,40}[^\\S\\n]+){0,2}\\p{Ll}[\\p{L}'’-]{0,40}s[^\\S\\n]+\\p{Ll}{2,}ed\\b";

/**
 * Whom a closing "told" names, by its head noun: reporters, or an occasion or outlet ("a news conference", "a
 * briefing", "local radio"). One list for ingest's rule statement.attributed-after and the review form's reading.
 */
export const TOLD_AUDIENCE = String.raw`(?:reporters|journalists|the\s+press|(?:(?:a|an|the)\s+)?(?:\p{Ll}+\s+)?(?:conference|briefing|meeting|session|hearing|radio|television|station|newspaper|agency|broadcaster|audience|rally|gathering|summit))`;

/**
 * Whom a "told … that" names besides reporters: an outlet, a body or a meeting, by a few words ending in what it
 * is ("the national news agency", "a separate briefing", "state television", "parliament"), maybe its own name
 * after it ("the news agency Baltnews") or set off by commas ("the state broadcaster, Harbour Radio (HR),").
 */
const TOLD_OUTLET = String.raw`(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3}?(?:broadcaster|agency|newspaper|daily|radio|television|channel|station|briefing|conference|meeting|session|hearing|parliament|senate|assembly|congress|committee|council|lawmakers|legislators|crowd|rally|audience)(?:\s+[A-Z][\w.'’-]+){0,3}(?:,\s+[^,"“”]{2,60},)?`;

/** A time or manner between a speech verb and its "that" ("said last week that", "said by telephone that", "said before leaving Bergen that"). */
const TIME_OR_MANNER = String.raw`(?:last\s+(?:week|month|year|night)|earlier\s+(?:this|that)\s+(?:week|month|day)|by\s+(?:telephone|phone|e-?mail|video\s+link)|(?:before|after)\s+[a-z]+ing(?:\s+[^,\s]+){1,3}?|(?:before|after|during)\s+(?:the|its|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?)`;

/** BODY_HEAD_WORDS, and "police", each as a capitalised word of a body's name ("Department", "Police"). */
const CAPITALISED_HEAD_WORDS = ['police', ...BODY_HEAD_WORDS.split('|')].map((w) => `[${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');

/** A transcript's speaker label in capitals: a title and maybe the name in brackets, or a courtesy title and a name ("MRS. ADA MOEN"). */
const CAPITALS_LABEL = `THE[^\\S\\n]+${CAPITALS_WORD}(?:[^\\S\\n]+${CAPITALS_WORD}){0,6}(?:[^\\S\\n]*\\([^()\\n]{2,60}\\))?|${CAPITALS_HONORIFIC}[^\\S\\n]+${CAPITALS_WORD}(?:[^\\S\\n]+${CAPITALS_WORD}){0,2}`;

/**
 * A paragraph that ends a statement printed in full (rule statement.printed-in-full): one opening "After the statement"
 * (speech, address, remarks) or "End of statement", or one telling what someone said outside quotation marks (a
 * "said" after the paragraph's last quotation mark, found by printedStatementEnds).
 */
const PRINTED_STATEMENT_OPENING_END = /^(?:After|Following)\s+(?:the|his|her|its)\s+(?:statement|speech|address|remarks)\b|^End\s+of\s+(?:the\s+)?(?:statement|speech)\b/u;
const SAID = /\bsaid\b/u;
/** Whether a paragraph ends a statement printed in full; linear in the paragraph, however many "said" it holds. */
export function printedStatementEnds(paragraph: string): boolean {
  if (PRINTED_STATEMENT_OPENING_END.test(paragraph)) return true;
  const lastQuote = Math.max(paragraph.lastIndexOf('"'), paragraph.lastIndexOf('“'), paragraph.lastIndexOf('”'));
  return SAID.test(paragraph.slice(lastQuote + 1));
}

export const STATEMENT_RULES = {
  thatClause: {
    id: 'statement.that-clause', produces: 'statements',
    description: 'a speech or view verb, maybe "told" and whom (reporters, a briefing, an outlet with its name after a comma: "told the state broadcaster, Harbour Radio (HR),"), a day, a place ("at Camp Alder in Kestrel") or a time or manner ("last week", "by telephone", "before leaving Bergen") and an adverb ("separately"), then "that", or a colon after a verb of speech',
    pattern: compose('\\b(?:has\\s+|have\\s+|had\\s+)?(?:publicly\\s+|also\\s+|officially\\s+|repeatedly\\s+)?{VERB}(?:\\s+(?:on|in|at)\\s+[^,]{1,45}?|\\s+{WHEN})?(?:\\s+(?:separately|later|again|earlier|also))?(?:\\s+that\\s+|(?<!\\b(?:{VIEW}))\\s*:\\s*)', {
      // "wrote to us on Monday:", "wrote that": words written to the outlet or its readers are said as much as spoken ones.
      VERB: `${SPEECH_VERBS}|${VIEW_VERBS}|wrote(?:\\s+to\\s+(?:us|me|them|members|residents|parents|supporters|staff|fans|readers))?|told\\s+[^:.,"“”\\n]{2,60}?(?=\\s*:\\s*["“])|told\\s+(?:reporters|journalists|the\\s+press|a\\s+(?:news\\s+|press\\s+)?(?:conference|briefing)(?:\\s+in\\s+[A-Z][\\w.]+)?|${TOLD_OUTLET}|[A-Z][\\w.]+(?:\\s+[A-Z][\\w.]+)?)`,
      WHEN: TIME_OR_MANNER,
      // "Editor's note:", "Residents say:": a verb of view before a colon heads a note, so only a verb of speech takes one.
      VIEW: VIEW_VERBS,
    }, 'i'),
    examples: { match: ['The harbour master told reporters that the pier would reopen.', 'The harbour master wrote to us on Monday: "The pier reopens on Friday."', 'The harbour master told the crowd outside the gates: "The pier reopens on Friday."', 'The harbour master said after the storm that the pier would reopen.', 'The harbour master told a briefing in Bergen that the pier would reopen.', 'Residents fear that the noise will return.',
      'The harbour master told the state broadcaster, Harbour Radio (HR), on Monday that the pier would reopen.', 'The harbour master told the national news agency Baltnews that the pier would reopen.',
      'The harbour master said last week that the pier would reopen.', 'The harbour master said before leaving Bergen that the pier would reopen.', 'The harbour master said by telephone that the pier would reopen.',
      'The harbour master told reporters at the port office in Bergen that the pier would reopen.', 'The Coast Guard said separately that 40 boats would patrol the bay.', 'The harbour master said: "The pier will reopen in May."'],
    noMatch: ['The pier will reopen in May.', 'The harbour master told the crowd to go home before dark.', 'The harbour master told the national news agency about the pier.', 'The pier closed last week after a storm.', "Editor's note: the pier will reopen in May.", 'The harbour master wrote a letter to the council on Monday.'] },
  },
  releaseHeading: {
    id: 'statement.release-heading', produces: 'statements',
    description: 'what tells that an article is a body\'s own release, in one of its first lines: "press release", "news release", "media release", "communiqué" or a line that is only "Statement"; such an article is read in its issuer\'s voice (statement.release-voice)',
    pattern: /\b(?:press|news|media)\s+release\b|\bcommuniqu[eé]\b|^(?:official\s+)?statement$/imu,
    examples: {
      match: ['EASTBY, 3 May 2031 - Press release', 'Harbour Police: news release', 'Statement'],
      noMatch: ['The harbour police said in a statement that the pier would close.', 'The release of the prisoners was ordered on Monday.'],
    },
  },
  releaseVoice: {
    id: 'statement.release-voice', produces: 'statements',
    description: 'in a release (statement.release-heading), a sentence outside quoted words in the issuer\'s own voice: opened by "We" and a lowercase word ("We will close the pier at noon.", "We ask visitors to come early.") or by the issuer named again by capitalised words ending in a body\'s head word, each of its other words in the issuer\'s name ("The Police Department reminds everyone that …" from the Harbour Police Directorate), and a verb of reminding or asking; its speaker is the body named on the release\'s last line (its signature), else the one that opens its first sentence; a sentence about another body ("The Traffic Department will …") is none',
    pattern: compose('^(?:We\\s+(?=\\p{Ll})|The\\s+(?<qualifier>(?:\\p{Lu}[\\p{L}\'’-]{1,40}\\s+){0,3}?){HEAD}\\s+(?:also\\s+)?{VERB}\\b)', {
      HEAD: CAPITALISED_HEAD_WORDS, VERB: 'reminds|asks|urges|calls\\s+on|advises|warns|appeals\\s+to|requests|informs\\s+(?:the\\s+public|everyone|residents|visitors)\\s+that',
    }, 'u'),
    examples: {
      match: ['We will close the pier to all boats from noon on Saturday.', 'We ask visitors to leave their cars at home.', 'The Police Department reminds everyone that fireworks are banned on the beach.', 'The Directorate also asks the public to report lost children to the nearest officer.'],
      noMatch: ['The Police Department will close the pier at noon.', 'Weather permitting, the regatta starts at ten.', 'The harbour department asks for calm.', 'We Harbour Police ask for calm.'],
    },
  },
  participle: {
    id: 'statement.participle', produces: 'statements',
    description: 'a participle of speech after a comma ("…, adding that", "…, warning:")',
    pattern: /(?<![\s,]),?\s*(?:by\s+)?(?:highlighting|noting|arguing|saying|adding|stressing|insisting|warning|claiming|explaining|emphasi[sz]ing|declaring|asserting)(?:\s+that\s+|:\s*)/i,
    examples: { match: ['The mayor defended the plan, adding that costs were covered.'], noMatch: ['The mayor was adding seats to the hall.'] },
  },
  saidClause: {
    id: 'statement.said-clause', produces: 'statements',
    description: 'a reporting verb followed straight by a clause, without "that" ("Holm said the gates open at six", "Holm said street vendors earned half of their income"), maybe after when it was said ("the union told us last night it has no plan": the clause opens at "it")',
    // A day ending the sentence says when it was said, and opens no clause ("said in Lakeside on Saturday.").
    // A time right after the verb is when it was said ("told us last night it has no plan"), no word of the clause.
    pattern: compose("\\b(?:{VERB})(?:\\s+(?:on|in)\\s+[A-Z][^,]{1,28}?|\\s+(?:last\\s+(?:night|week)|yesterday|earlier\\s+today|this\\s+(?:morning|afternoon|evening|week)))?\\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?\\s*[.!]?$)(?={SUBJECT}\\b)", {
      VERB: REPORTING_VERBS,
      SUBJECT: `(?:the|a|an|it|its|they|their|he|his|she|her|we|our|there|this|these|those|no|all|some|most|more|about|around|nearly|police|officers|authorities|many|several|few|both|each|every|none|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|up\\s+to|more\\s+than|at\\s+least|fewer\\s+than|less\\s+than|almost|roughly|approximately|well\\s+over|\\p{Lu}[\\p{L}'’-]{1,40}|\\d[\\d,.]*|${SUBJECT_BEFORE_VERB}|${PLURAL_SUBJECT_PAST})`,
    }, 'u'),
    examples: { match: ['Holm said the gates open at six.', 'The union told us last night it has no plan to strike.', 'Holm said security at the gates would be tighter.', 'The federation, which organises the race, said 96 riders would start the stage.', 'Holm said many of its members earned half of their income in that week.', 'Holm said street vendors earned half of their income in that week.', 'The command says up to 400 militia members patrol the riverbanks.'], noMatch: ['Holm said nothing.', 'Holm said goodbye to the crews.', 'Holm said thanks to the crews.', 'Minister Ada Holm told reporters in Lakeside on Saturday.'] },
  },
  trailing: {
    id: 'statement.trailing-attribution', produces: 'statements',
    description: 'quoted words of twenty characters or more, then the speaker and a speech verb, in either order ("…," Holm said / "…," said Holm / "…," the Bishop of Eastby, Monsignor Ada Moen, told reporters)',
    // The quoted words hold no quote mark of either kind, so a search from each quote mark stops at the next one.
    pattern: compose('["“]{WORDS}[,.]?["”],?\\s+(?:{VERBS})\\s+{AFTER}|["“]{WORDS_BEFORE}[,.]?["”],?\\s+{BEFORE}\\s+(?:{VERBS_AFTER})\\b', {
      WORDS: '[^"“”]{20,}', VERBS: SPEECH_VERBS, AFTER: '[^.]{1,200}', WORDS_BEFORE: '[^"“”]{20,}', BEFORE: '[^.,]{1,120}?(?:,\\s[^.,"“”]{1,60},)?', VERBS_AFTER: SPEECH_VERBS,
    }, 'u'),
    examples: { match: ['"We expect a calm night on the river," Holm said.', '"We expect a calm night on the river," said the harbour master.', '"We count the people who kept a promise," the Bishop of Eastby, Monsignor Ada Moen, told reporters.'], noMatch: ['"Calm," Holm said.'] },
  },
  unreadPerson: {
    id: 'statement.unread-person', produces: 'statements',
    description: 'the attribution of a quote naming a person right beside its speech verb ("…," said Ada Moen, chief steward of the Harbour Authority. / "…," union representative Ivo Lenz said.) whom no person was read for: the words are that person\'s, not the body of their title, so the statement is listed as unresolved rather than given to the body; the pattern reads the words of the attribution, without the verb',
    pattern: compose("^{NAME},|(?:^|\\s)(?!(?:the|a|an)\\s)\\p{Ll}[\\p{L}-]*\\s+{NAME_BEFORE}$", {
      NAME: "\\p{Lu}[\\p{L}'’-]{1,40}(?:\\s+\\p{Lu}[\\p{L}'’-]{1,40}){1,2}", NAME_BEFORE: "\\p{Lu}[\\p{L}'’-]{1,40}\\s+\\p{Lu}[\\p{L}'’-]{1,40}",
    }, 'u'),
    examples: {
      match: ['Ada Moen, chief steward of the Harbour Authority', 'HU representative Ivo Lenz'],
      noMatch: ['the Harbour Authority', 'the harbour master'],
    },
  },
  pronounSpeaker: {
    id: 'statement.pronoun-speaker', produces: 'statements',
    description: '"he" or "she" speaking: the nearest person named before it, outside quoted words, whose gender cue (statement.gender-cue, or a pronoun used for them before) does not contradict it; when that person has no cue and the sentence right before gave its words to an unnamed role of the pronoun\'s gender ("…, a spokeswoman for the ministry said. She said …"), that speaker goes on; when that person has no cue and another who fits is named in the same stretch, the last speaker if a sentence of that stretch opens with them (the subject goes on speaking); else, or with no such person, the statement is listed as unresolved, not guessed',
    // "At the closing press conference she said": a phrase of when or where may open the sentence before the pronoun.
    pattern: compose('(?:^|["”],?\\s+|^{OPENING},?\\s+){PRONOUN}(?:\\s+(?:also|later|then|has|had))?\\s+(?:{VERBS})\\b|["”],?\\s+(?:{VERBS_BEFORE})\\s+{PRONOUN_AFTER}\\b', {
      OPENING: "(?:On|At|In|After|During|Later|Earlier)(?:\\s+(?!(?:and|but|or|when|who|which|that|he|she)\\b)[\\p{L}\\d'’-]+){1,5}",
      PRONOUN: '[Hh]e|[Ss]he', VERBS: SPEECH_VERBS, VERBS_BEFORE: SPEECH_VERBS, PRONOUN_AFTER: 'he|she',
    }, 'u'),
    examples: {
      match: ['She said the ferry would run all night.', '"The piers stay open until midnight," he added.', '"We will be ready," said she.', 'At the closing press conference she said the ferry would run all night.'],
      noMatch: ['The harbour master said she would decide on Friday.', 'Shelley said the ferry would run all night.', 'At the pier the mayor met her and she said the ferry would run.'],
    },
  },
  genderCue: {
    id: 'statement.gender-cue', produces: 'statements',
    description: 'what tells a speaker\'s gender for a pronoun: an honorific before a name ("Mrs Holm", "Mr. Berg") or a gendered role word in a title ("spokeswoman", "chairman")',
    pattern: compose('\\b(?:{FEMALE_TITLE})\\.?\\s+\\p{Lu}|\\b(?:{MALE_TITLE})\\.?\\s+\\p{Lu}|\\b(?:{FEMALE_ROLE})\\b|\\b(?:{MALE_ROLE})\\b', {
      FEMALE_TITLE: GENDER_CUES.female.honorifics, MALE_TITLE: GENDER_CUES.male.honorifics, FEMALE_ROLE: GENDER_CUES.female.roles, MALE_ROLE: GENDER_CUES.male.roles,
    }, 'u'),
    examples: {
      match: ['Mrs Holm opened the gates.', 'Mr. Berg closed the pier.', 'The ferry line\'s spokeswoman, Lena Park, spoke first.', 'The harbour chairman spoke first.'],
      noMatch: ['Holm opened the gates.', 'The harbour master spoke first.', 'Mister Berg closed the pier.'],
    },
  },
  attributedAfter: {
    id: 'statement.attributed-after', produces: 'statements',
    description: 'a paraphrase with its speaker named at the end ("The pier reopens in May, the harbour master, Jan Holm, said on Monday.", "…, Holm told a news conference in the capital."), the speaker maybe followed by its names in brackets ("the Harbour Police (Politi Havn, PH) said"), maybe followed by a clause of when ("…, said on Monday, two days after a march"), a superlative apposition ("…, said on Monday, the largest operation since 2019") a clause joined after the attribution ("…, the ministry said, and the sale of alcohol will be banned …", "…, it added, where bags will be searched", "…, the ministry said, without saying how many"), a participle ("…, the minister said on Monday, calling it the largest operation in years") or quoted words of the speaker set off after it ("…, Holm told a news conference on Monday, "the biggest regatta we have had".")',
    pattern: new RegExp(String.raw`^(?<words>[^"“”]{20,}?)(?<attribution>,\s+(?<speaker>[^,"“”]{1,79}?[^\s,"“”](?:\s\([^()"“”]{1,60}\))?(?:,\s*[^,"“”]{2,60},)?)\s+(?:said|says|told\s+${TOLD_AUDIENCE}|added|announced|confirmed|stated)(?<when>(?:\s+(?:on|in|at)\s+[^,.]{1,60})?))(?:(?:,\s+(?:after|as|when|while|before|and|but|though|although|where|without|in\s+what|[a-z]{2,}ing|(?:[a-z]+\s+){1,2}(?:after|before)|(?:the|its)\s+[a-z]+est)\s[^"“”]{1,200})?\.|,\s+["“][^"“”]{12,200}?(?:\.["”]|["”]\.))$`, 'u'),
    examples: { match: ['The pier will reopen before the summer season, the harbour master said on Monday.', 'The pier will reopen in May, the harbour master said on Monday, after a storm closed it.',
      'The port will add 300 officers, the harbour master said on Monday, two days after a march through the town.', 'About 900 officers will guard the regatta, the harbour police said on Monday, the largest operation in the town since 2019.',
      'The pier will reopen in May, harbour master Ivo Lenz told reporters at the town hall on Calle Mayor.', 'The pier will reopen in May, Lenz told a news conference in the capital.', 'The pier will reopen in May, the Harbour Police (Politi Havn, PH) said.',
      'Kites will not be allowed over the beach, the harbour police said, and the sale of fireworks will be banned along the promenade.',
      'Polls opened on time in Lakeside, the electoral board said, though several stations opened an hour late.',
      'About 900 officers will guard the regatta, the harbour master said on Monday, calling it the largest operation in years.',
      'The coast guard will patrol the bay, the ministry said, without saying how many boats it would send.', 'About 900 officers will guard the regatta, Holm told a news conference on Monday, "the biggest regatta we have had".'],
    noMatch: ['The pier will reopen before the summer season.', 'The pier will reopen, the ministry said, "in May".'] },
  },
  speakerAfterVerb: {
    id: 'statement.verb-then-speaker', produces: 'statements',
    description: 'a paraphrase, a comma, then the speech verb and its speaker ("The pier reopens in May, said harbour master Jan Holm."); read before the rules that take the words after the verb; a count, a place, a that-clause, a pronoun\'s clause or words with a verb of their own ("said the minister should resign") after the verb are what is said, not who says it, and a name with its relative clause before the comma ("The Red Cross, which had 40 volunteers there, said …") is the speaker, unless a capitalised name or title follows the verb ("…, who will guard the hotels, said Colonel Ivo Marten.")',
    // "The Red Cross, which had 40 volunteers there, said it had treated 34 people": a subject and its relative clause, then what it said.
    pattern: /^(?![^,"“”]{1,80},\s+(?:which|who|whose)\s[^,"“”]{1,120},\s+(?:said|says|added|announced|confirmed|stated)\s+(?!(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\p{Lu}))(?<words>[^"“”]{20,}?),\s+(?<verb>said|says|added|told reporters|announced|confirmed|stated)\s+(?!(?:about|some|around|roughly|nearly|almost|over|more\s+than|up\s+to|at\s+least)\s+\d|\d|(?:at|in|on|that|it|they|he|she|we)\s)(?<speaker>(?:(?!\b(?:that|should|would|will|could|must|might|may|can|had|has|have|was|were|is|are)\s)[^"“”]){2,160})\.$/u,
    examples: { match: ['The pier will reopen before the summer season, said harbour master Jan Holm.',
      'Among the officers will be 150 members of a special unit, who will guard the hotels, said Colonel Ivo Marten, head of the Harbour police department.'], noMatch: ['The pier will reopen before the summer season, Holm said.', 'Holm said the pier will reopen before the summer season.',
      'The Harbour Rowing Federation, which organises the race, said about 400 volunteer marshals would stand at the corners.',
      'Colonel Ivo Marten, director of the Harbour Police, told reporters at the port office that the pier would reopen in May.',
      'The Lakeside Red Cross, which had 40 volunteers at the ground, said it had treated 34 people, 19 of them police officers.',
      'After the statement, the opposition leader, Ivo Lenz, said the minister should resign.',
      'The Harbour Rowing Federation, which organises the race, said Monday it would add 400 marshals at the corners.'] },
  },
  transcriptAnswer: {
    id: 'statement.transcript-answer', produces: 'statements',
    description: 'a line of an interview transcript labelled "A:" (the person the introduction says was interviewed) or with a person\'s name; "Q:" lines are the interviewer\'s and give no statement; in a transcript printed as assemblies and courts print them, a label in capitals names its speaker by a title and the name in brackets ("THE MINISTER OF TRANSPORT (Ada Moen):"), a courtesy title and the name or surname ("MRS. ADA MOEN:", "MRS. MOEN:"), or the title alone of one labelled so before ("THE MINISTER OF TRANSPORT:"); the presiding officer\'s lines ("THE PRESIDENT OF THE ASSEMBLY:", "THE SPEAKER:") run the sitting and give no statement',
    pattern: compose('^{LABEL}:\\s+', { LABEL: `${CAPITALS_LABEL}|A|Answer|\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]\\p{Lu}[\\p{L}'’-]{1,40})?` }, 'u'),
    examples: {
      match: ['A: We will have about 300 officers at the harbour.', 'Holm: The pier stays closed until Friday.', 'THE MINISTER OF TRANSPORT (Ada Moen): The pier stays closed.', 'MRS. MOEN: Who pays for the hotels?', 'THE VICE-PRESIDENT: It is a decision of the State.'],
      noMatch: ['The pier stays closed until Friday: Holm said so.', 'The minister (Ada Moen): yes.'],
    },
  },
  numberedSpeaker: {
    id: 'statement.numbered-speaker', produces: 'statements',
    description: 'a line of a transcript opened by a number in brackets that the transcript\'s list of speakers gives a person (person.cast-list: "[2] Ivo Lenz, police chief of Lakeside"): the line, past the number, is one quote of that person; a line whose number names no one in the list ("[4] Reporters (not named)") is a question and gives no statement',
    pattern: /^\[(?<number>\d{1,2})\][^\S\n]+/u,
    examples: { match: ['[2] We have no information about groups coming to cause trouble.'], noMatch: ['We have no information [2] about groups.', '2. We have no information about groups.'] },
  },
  labelledQuote: {
    id: 'statement.labelled-quote', produces: 'statements',
    description: 'a line that opens with a person\'s name, maybe what they are after a comma, a colon, then quoted words to the end of the line ("Ada Moen, harbour master: \'We keep the quay shut.\'", maybe after a video\'s or a programme\'s time, "15:05 Ada Moen, coach: …"): the quote is that person\'s, as a caption or a round-up of reactions prints it; only a person the line names (not a body, not a place) speaks so',
    // The text holds a clock time as spaces (dates.ts masks times), so the line may open with blanks.
    pattern: /^[ \t]*(?:\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]+)?(?<label>\p{Lu}[^:"“”\n]{2,80}):[ \t]+["“](?<words>[^"“”\n]{8,})["”][ \t]*$/mu,
    examples: {
      match: ['Ada Moen, harbour master: "We keep the quay shut until Sunday."', '15:05 Ivo Lenz, Lakeside head coach: "The crowd played the second half for us."'],
      noMatch: ['Ada Moen, harbour master: We keep the quay shut until Sunday.', 'The mayor said: "We keep the quay shut until Sunday," and left.'],
    },
  },
  printedInFull: {
    id: 'statement.printed-in-full', produces: 'statements',
    description: 'a statement, speech or address an article prints in full after saying so ("The minister made the following statement to the Assembly on Tuesday", "delivered the following speech"): each paragraph of it, up to one opening "After the statement" (speech, address, remarks) or telling what someone "said", is one quote of the person or body named before the verb; headings and a salutation ("Honourable Speaker, honourable members,") are none; its sentences are still read by the other rules for what it reports of others',
    pattern: /\b(?:made|gave|delivered|issued|read|released)\s+the\s+following\s+(?:statement|speech|address|remarks)\b/u,
    examples: { match: ['The minister made the following statement to the Assembly on Tuesday morning.', 'The mayor delivered the following speech at the opening.'], noMatch: ['The minister made a statement to the Assembly on Tuesday.', 'The following statement was read by a spokesman.'] },
  },
  captionQuote: {
    id: 'statement.caption-quote', produces: 'statements',
    description: 'a quoted paragraph right below a line naming its speaker and what they are (rule person.caption: "Ada Moen, fish trader, survivor"): the speaker\'s quote, its words as printed',
    pattern: /^["“]/u,
    examples: { match: ['"I was sitting at the back with the baby on my lap."'], noMatch: ['She was sitting at the back.'] },
  },
  letter: {
    id: 'statement.letter', produces: 'statements',
    description: 'a letter printed after a salutation line ("Sir,", "Madam,", "Dear Editor,") and signed by a person (person.letter-signature): each paragraph between them is one quote of the writer; the paragraphs after the signature (an editor\'s reply) are not',
    pattern: /^(?:Sir|Madam|Sirs|Dear (?:Sir|Madam|Editor|Sir or Madam|Sirs))[,:]?[^\S\n]*$/mu,
    examples: { match: ['Sir,', 'Dear Editor,'], noMatch: ['Sir Ada Moen opened the bridge.', 'Dear readers, the paper is late.'] },
  },
  unlabelledAnswer: {
    id: 'statement.unlabelled-answer', produces: 'statements',
    description: 'an interview printed without labels: after the introduction names who was interviewed (statement.interviewee), a paragraph of its own that is a short question not in capitals ("How many people came on Monday?") is the interviewer\'s and gives no statement, and the paragraphs after it, up to the next question, are the answer, each one quote of the interviewee; only in an article with two such questions or more, so a lone question standing as a paragraph answers nothing',
    // A question in capitals is a heading over a story's section ("HOW DO YOU KEEP A CROWD SAFE?"), nobody's question.
    pattern: /^(?=[^\n]*\p{Ll})[^"“”\n]{3,200}\?[^\S\n]*$/u,
    examples: { match: ['How many people came on Monday?', 'Why was the border closed?'], noMatch: ['"Why should we wait?" she asked.', 'The border was closed for four hours.', 'HOW DO YOU KEEP A CROWD SAFE?'] },
  },
  interviewee: {
    id: 'statement.interviewee', produces: 'statements',
    description: 'the sentence that says who was interviewed: the person after the verb ("Wire spoke to harbour master Jan Holm"), else the person before it, who spoke to the outlet or answered its questions ("Jan Holm, the harbour master, spoke to Wire on Monday"), or, for "he" or "she", the person named last before the sentence ("She spoke to Wire on Thursday"): the speaker of the "A:" lines',
    pattern: /\b(?:spoke to|spoke with|talked to|talked with|interviewed|sat down with|answered questions)\b/,
    examples: { match: ['The agency spoke to harbour master Jan Holm about the plan.', 'Jan Holm, the harbour master, spoke to Wire on Monday in his office.', 'Harbour master Jan Holm answered questions from reporters at the port.'], noMatch: ['Harbour master Jan Holm spoke about the plan.'] },
  },
  bodyByHead: {
    id: 'statement.body-by-head', produces: 'statements',
    description: 'a body named again by "the" (or "his", "her", "their", "its") and a lowercase word for what it is ("the prefecture said", "according to the justice ministry", "Police said", "Her group said"): the one body with that word the sentence names before the attribution ("70 rescuers of the Lakeside Rescue Service will stand by, the service said"), else the last body named before whose name has that word; "the force" is the last police force named, "the group" or "the collective" the last named group, "the city" the last government whose name says city ("Lakeside City Hall")',
    pattern: compose('(?:^|\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+)(?:{QUALIFIER}\\s+)?{HEAD}$', { QUALIFIER: '[a-z-]{3,20}', HEAD: `[Pp]olice|${BODY_HEAD_WORDS}` }, 'u'),
    examples: { match: ['the prefecture', 'The justice ministry', 'Police', 'the force', 'the gendarmerie', 'the inspectorate', 'the military', 'Her group'], noMatch: ['the pier', 'the prefecture of the Loire', 'Harbour Police', 'the gendarmes'] },
  },
  listLead: {
    id: 'statement.list-lead', produces: 'statements',
    description: 'the lead line of a list, ending in a colon, that names the list\'s source: a subject and a verb of giving out ("The harbour police announced these closures:", "The organiser, Ada Events, listed the rules for visitors:"), or the source after "by" or "according to" ("The programme published by the rowing club:", "Road closures, according to the harbour police:"); the list is one statement of that source, cited by its first item; a lead naming no source ("Roads will close as the runners pass:") gives none',
    pattern: /(?:^(?<subject>[^:"“”]{2,120}?)\s(?:announced|listed|published|issued|set\s+out)\s(?!by\b)[^:"“”]{0,80}|\s(?:announced|listed|published|issued|set\s+out|given)\s+by\s+(?<by>[^:"“”]{2,120})|\saccording\s+to\s+(?<according>[^:"“”]{2,120})):\s*$/u,
    examples: {
      match: ['The harbour police announced these closures:', 'The organiser, Ada Events, listed the rules for visitors:', 'The programme published by the rowing club, which organises the race:', 'Road closures, according to the harbour police:', 'The dates, as announced by the harbour authority:'],
      noMatch: ['Roads will close district by district as the runners pass:', 'Security will be shared among several forces:', 'The harbour police announced the closures on Monday.'],
    },
  },
  itSpeaker: {
    id: 'statement.it-speaker', produces: 'statements',
    description: '"it said": the body that spoke in the sentence before (or that sentence\'s opening body); with none, no statement',
    pattern: /(?:^|[,"”]\s*)[Ii]t\s+(?:also\s+)?(?:said|says|added|stated|announced|confirmed)\b/u,
    examples: { match: ['The pier stays closed until Friday, it said.', 'It said the pier stays closed.', '"The pier stays closed," it added.'], noMatch: ['The harbour master said it stays closed.'] },
  },
  accordingTo: {
    id: 'statement.according-to', produces: 'statements',
    description: 'a paraphrase closed by "according to" and its source, a body or a person ("About 300 officers will be on duty, according to the prefecture."); a clause may follow the source',
    pattern: /^(?<words>[^"“”]{20,}?),\s+(?<attribution>according\s+to\s+(?<speaker>[^,"“”]{2,80}))(?:,\s+[^"“”]{1,300})?\.$/u,
    examples: { match: ['About 300 officers will be on duty, according to the prefecture.', 'About 300 officers were on duty, according to the prefecture, which closed the pier.'], noMatch: ['The plan went ahead according to schedule.', 'According to the prefecture, the pier is closed.'] },
  },
  accordingToFirst: {
    id: 'statement.according-to-first', produces: 'statements',
    description: 'a sentence opening with "According to" and its source, a body or a person, then what it says ("According to the police, about 120 students were inside and 450 officers took part."): a paraphrase of that source',
    pattern: /^(?<attribution>According\s+to\s+(?<speaker>[^,"“”]{2,80})),\s(?<words>[^\s"“”][^"“”]{19,})\.$/u,
    examples: { match: ['According to the prefecture, about 300 officers were on duty at the pier.'], noMatch: ['About 300 officers will be on duty, according to the prefecture.', 'According to the prefecture, "the pier is closed."'] },
  },
  estimate: {
    id: 'statement.estimate', produces: 'statements',
    description: 'a source putting a figure on something, in digits or words ("The police put the crowd at about 9,000", "the coast guard put the number at some two thousand", "the ministry put the total number of officers guarding the regatta at some 3,400", "the diocese put it at 1.4 million", a figure in quotation marks: "had put the toll at "at least three dead""): what it said is the verb and the figure',
    // A figure in words ("some two thousand") is one of the number words, never "a" alone ("put the number at a meeting").
    pattern: new RegExp(String.raw`\b(?<estimate>(?:put|puts|estimated|estimates|counted)\s+(?:(?:the\s+)?(?:total\s+)?(?:crowd|turnout|figure|number|total|toll|attendance|count|march|rally|protest)(?:\s+of\s[^,;.]{1,80}?)?|it|them)\s+at\s+(?:["“](?=[^"”\n]{0,40}\d)[^"”\n]{1,80}["”]|(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|up\s+to\s+|at\s+least\s+)?(?:\d(?:[\d,.]*\d)?(?:\s+(?:million|thousand))?|(?!an?\b)(?:${NUMBER_PHRASE})(?!\p{L}))(?:\s+(?:people|protesters|marchers|demonstrators|pilgrims|visitors|spectators))?))`, 'u'),
    examples: { match: ['The police put the crowd at about 9,000.', 'Organisers put the turnout at 25,000 and said more tractors came.', 'The ministry put the total number of officers guarding the regatta at some 3,400.', 'The diocese, which organises the feast, put it at 1.4 million.', 'The coast guard put the number at some two thousand.', 'The office had earlier put the number of shelters at 11.', 'Earlier the company had put the toll at "at least three dead and 11 injured".'], noMatch: ['The police put the barriers at the gate.', 'The council put the number at a meeting on Monday.', 'The crowd was put at ease.', 'The council put the number of complaints on its website.', 'The council put it at the top of its list.'] },
  },
  andSaid: {
    id: 'statement.and-said', produces: 'statements',
    description: 'what a source that put a figure on something said next, joined by "and said" or "and added" ("The police put the crowd at about 120 and said 15 officers had watched the vigil"): a second paraphrase of the same source',
    pattern: /^\s+and\s+(?:said|added)\s+(?:that\s+)?(?<words>[^\s"“”][^"“”]{11,})\.$/u,
    examples: { match: [' and said 15 officers had watched the vigil.'], noMatch: [' and 15 officers watched the vigil.', ' and said "no".'] },
  },
  estimateBy: {
    id: 'statement.estimate-by', produces: 'statements',
    description: 'a figure put on something in the passive, its source named after "by" ("The march was counted at 9,000 people by the harbour police", "the crowd was estimated at 4,000 by organisers"): what the source said is the verb and the figure',
    pattern: /\b(?<estimate>(?:was|were)\s+(?:counted|estimated|put)\s+at\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|up\s+to\s+|at\s+least\s+)?\d(?:[\d,.]*\d)?(?:\s+(?:people|protesters|marchers|demonstrators))?)\s+by\s+(?<source>[^,.;]{2,80})/u,
    examples: { match: ['The march was counted at 9,000 people by the harbour police.', 'The crowd was estimated at about 4,000 by organisers.'], noMatch: ['The police put the crowd at about 9,000.', 'The march was stopped by the harbour police.'] },
  },
  characterisation: {
    id: 'statement.characterisation', produces: 'statements',
    description: 'quoted words a speaker calls something by ("Holm called the pier \'a gift to the city\'", "a plan Holm described as \'long overdue\'", "He accused the union of \'playing games\'"), the speaker maybe set off by commas ("the mayor, Ada Holm, called …") or acting first ("Ada Holm opened the fair by calling it \'…\'"): the quote is the speaker\'s',
    pattern: /(?:^|,\s)(?<subject>[^,"“”\s](?:[^,"“”]{0,58}[^,"“”\s])?)(?:(?<=,\s[^,]{1,60}),)?\s(?:(?:\p{Ll}+\s){1,4}by\scalling|called|described|branded|dubbed|accused)\s(?<object>[^"“”]{0,80})["“](?<words>[^"“”]{8,})["”]/u,
    examples: {
      match: ['Holm called the new pier "a gift to the whole city".', 'The mayor opened the pier, a plan Holm described as "long overdue for the harbour".', 'He accused the union of "playing games with the ferries".', 'At the opening, the mayor, Ada Holm, called the pier "a gift to the whole city".', 'The mayor, Ada Holm, opened it by calling the pier "a gift to the whole city".'],
      noMatch: ['Holm called the harbour master on Monday.', 'The pier, called "Holm Quay", opened on Monday.'],
    },
  },
} satisfies Record<string, Rule>;
