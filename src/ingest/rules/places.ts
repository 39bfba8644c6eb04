// How the places pass finds places: gazetteer names inside runs of capitalised words, venues, districts.
import { NATIONS_WITHIN, PLACE_MODIFIERS, SPEECH_VERBS } from '../lexicon.js';
import { compose, type Rule } from './rule.js';

const CAP = "[A-Z][\\p{L}'’-]{1,40}";
/** Lowercase words for a police force that a place's name may follow to say whose force it is ("the police of …"). */
const FORCE_OF_WORDS = 'police(?: forces?| services?)?|gendarmerie';
/** Lowercase words of other languages that join the capitalised words of a place's name ("de la", "e", "van"). */
const NAME_PARTICLES = '(?:(?:e|i|y|del|della|di|des|de|du|da|do|dos|das|la|las|los|el|van|von|der|den)\\s+){0,2}';

/**
 * "<Name> and <Name> <Name>? <street word>": a street named after two people. Its first word must not follow
 * another capitalised word ("Kings Cross and Euston Road" is a station and a road) nor be a street word itself
 * ("Harbour Street and Mill Street" are two streets).
 */
/** An abbreviated saint opening a name ("St. Mark's Square", "Ste Anne Street"): its possessive is the saint's, no owner's. */
const SAINT = '(?:St|Ste|Sv)\\.?\\s+';
/** Street and square words of other languages that open a name, maybe before a lowercase word in the genitive ("Ulica grada Vukovara", "Trg bana Jelacica", "Namestie SNP"). */
const LOCAL_HEAD_FIRST = '(?:Ulica|Ulice|Avenija|Aleja|Trg|Namestie|Námestie|Náměstí|Bulevar|Ulitsa|Prospekt)(?:\\s+\\p{Ll}{3,12})?(?:\\s+[A-Z][\\p{L}\'’-]{1,40}){1,3}';
/**
 * Lowercase street and square words of other languages after their name ("Stefanikova ulica", "Hurbanovo namestie",
 * "Vaci utca", "Brivibas iela"); "most" (bridge) only after a Slavic adjective ("Jadranski most", "Karlov most"), as English has the word too.
 */
const LOCAL_HEAD_AFTER = "(?:[A-Z][\\p{L}'’-]{1,40}\\s+){1,2}(?:ulica|ulice|namestie|námestie|náměstí|trg|utca|tér|cesta|nábrežie|straat|plein|plac|aleja|bulevar|ulitsa|prospekt|iela|bulvaris|bulvāris|laukums|gatve|gatvė|prospektas|tanav|tänav|valjak|väljak|puiestee)\\b|[A-Z][\\p{L}'’-]{0,40}(?:sk|ck|čk|šk|ov|ev|in)[iyaoýá]?\\s+most\\b";

/** A building named after the body it houses, whose name holds "of" ("the Cabinet of Ministers building"). */
const BUILDING_OF = "(?:[A-Z][\\p{L}'’-]{1,40}\\s+){1,2}of\\s+(?:the\\s+)?(?:[A-Z][\\p{L}'’-]{1,40}\\s+){1,2}building\\b";

const PAIR_NAMED = "(?<!\\p{Lu}[\\p{L}'’-]{0,40}\\s)(?!(?:Street|Avenue|Boulevard|Road|Square|Lane|Bridge|Park)\\b)[A-Z][\\p{L}'’-]{1,40}\\s+and\\s+(?:[A-Z][\\p{L}'’-]{1,40}\\s+){1,2}(?:Street|Avenue|Boulevard|Road|Square|Lane|Bridge)";

export const PLACE_RULES = {
  venue: {
    id: 'place.venue', produces: 'places',
    description: 'capitalised words closed by a word for a venue or a street, in English or another language, maybe after a city\'s possessive ("Bergen\'s Grieg Hall Square", "Harbour Avenue", "Lindner Strasse", "the Arden main station", "Plaza Mayor", "Stadio del Lago", "Avenida de la Paz"); a lowercase particle of another language between the capitalised words is part of the name ("Rruga e Dibres Boulevard", "Rue de la Paix Square"), so the name is not cut after it; a street named after two people ("Anna and Petar Novak Boulevard") is one name when its first word opens a run of capitals, so it is not cut at its "and" (two streets, "Harbour Street and Mill Street", stay two)',
    pattern: compose("\\b(?:{CITY}['’]s\\s+(?:iconic\\s+|famous\\s+|historic\\s+|main\\s+|new\\s+)?)?{NAME}\\b", {
      CITY: CAP,
      NAME: `${PAIR_NAMED}|${BUILDING_OF}|${LOCAL_HEAD_AFTER}|${LOCAL_HEAD_FIRST}|(?:${SAINT})?(?:[A-Z][\\p{L}'’-]{0,40}\\s+${NAME_PARTICLES}){1,3}(?:stadium|Stadium|Arena|arena|Square|Airport|airport|Station|(?:Cathedral|Palace|Museum)(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\p{L}'’-]{1,40}(?:\\s+[A-Z][\\p{L}'’-]{1,40})?)?|Monument|Olympic Village|Ice Park|Market|Bridge|Gate|Hall|Street|Centre|Center|Circuit|Avenue|Boulevard|Drive|Road|Lane|Quay|Pier|Plaza|Park|Fortress|Castle|Cemetery|House|Strasse|Straße|Platz|Markt|Garden|Gardens|Port|Domain|amphitheatre|amphitheater|building|(?:main |central |metro |railway |underground |train )?station|bridge)(?![^\\S\\n]+\\p{Lu})|(?:Piazza|Place|Plaza|Palais|Palazzo|Stade|Stadio|Estadio|Avenida|Calle|Paseo|Camino|Alameda|Rua|Rue|Via|Viale|Corso)(?:\\s+${NAME_PARTICLES}[A-Z][\\p{L}'’-]{1,40}){1,3}`,
    }, 'gu'),
    examples: {
      match: ["Fans gathered in Bergen's historic Harbour Square.", 'The march ends at Plaza Mayor.', 'The march ends at Kingsway Hall.', 'Buses stop on Harbour Avenue.',
        'Trains skip the Arden main station.', 'The Millwater bridge stays shut.', 'The route runs along Avenida de la Paz.', 'Stalls line Lindner Strasse.', 'The final is played at the Stadio del Lago.',
        'Buses will not use Rruga e Dibres Boulevard until Saturday.', 'Stalls line Anna and Petar Novak Boulevard.',
        'The march crosses Novakova ulica to Namestie SNP.', 'Trams end at the Brodski most.', "Buses end at St. Anne's Square.", 'Screens stand at the National Museum of Seafaring.',
        'Marchers reached the Board of Trade building.'],
      noMatch: ['Fans gathered in the square.', 'The march ends at the hall.', 'Buses stop on the avenue.', 'Trains skip the main station.', 'Fans like Leeds most.', 'The march ends at the museum.'],
    },
  },
  capitalisedRun: {
    id: 'place.gazetteer', produces: 'places',
    description: 'the longest gazetteer name inside a run of capitalised words; a one-word town needs a locative cue ("in Leeds")',
    pattern: /[A-Z][\p{L}'’-]{0,40}\p{L}(?:[^\S\n]+(?:[A-Z][\p{L}'’-]{0,40}\p{L}|d'[A-Z]\p{L}+))*/gu,
    examples: { match: ['The parade crossed Oslo on Sunday.'], noMatch: ['the parade crossed the city on sunday.'] },
  },
  description: {
    id: 'place.description', produces: 'places',
    description: 'a place name that describes what follows it, not where anything is: a noun for people or a body after it ("Leeds supporters", "the Lyon administrative court"), a country followed by a speech verb ("Norway has said": its government), or a possessive before a person the article names ("Norway\'s Ada Moen"); no place is proposed from those words',
    pattern: compose('\\b{PLACE}(?: {MODIFIER}\\b| (?:has |have )?(?:{SPEECH})\\b|[\'’]s \\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)', { PLACE: CAP, MODIFIER: PLACE_MODIFIERS, SPEECH: SPEECH_VERBS }, 'gu'),
    examples: { match: ['Leeds supporters were kept apart at the gates.', "Norway's Ada Moen won the stage.", 'Norway has said it will not send a minister.'], noMatch: ['Supporters gathered in Leeds.'] },
  },
  forceOf: {
    id: 'place.force-of', produces: 'places',
    description: 'a place named only as whose force it is, after a lowercase word for a police force and "of" ("the police of Upper Vale", "the police forces of Northmark"): the force is what the words name, so no place is proposed from them; the same place named elsewhere ("officers from Upper Vale") still is',
    pattern: compose('\\b{FORCE} of (?:the )?{PLACE}', { FORCE: FORCE_OF_WORDS, PLACE: CAP }, 'gu'),
    examples: {
      match: ['Spotters from the police of Upper Vale will travel with the fans.', 'Smaller units come from the police forces of Northmark.'],
      noMatch: ['Riot police from across Upper Vale will arrive on Sunday.', 'The Armed Forces of Northmark will patrol the coast.', 'The mayor of Northmark said the square would close.'],
    },
  },
  nationWithin: {
    id: 'place.nation-within', produces: 'places',
    description: 'a nation inside a state that news names as a country ("England", "Wales"): a country, of the state\'s code (the lexicon\'s nations_within)',
    pattern: compose('\\b{NATION}\\b', { NATION: Object.keys(NATIONS_WITHIN).join('|') }, 'g'),
    examples: { match: ['Officers came from forces across England and Wales.'], noMatch: ['Officers came from forces across the north.'] },
  },
  part: {
    id: 'place.part', produces: 'places',
    description: 'a compass word and a place already found ("northern Norway", "central Oslo")',
    pattern: compose('\\b{SIDE} {BASE}', { SIDE: 'central|northern|southern|eastern|western|downtown', BASE: CAP }, 'gu'),
    examples: { match: ['Roads in central Oslo were closed.'], noMatch: ['Roads in the centre were closed.'] },
  },
  district: {
    id: 'place.district', produces: 'places',
    description: 'a name of one or two capitalised words followed by "district", or two names followed by "districts", "areas" or "neighbourhoods" ("the Vika district", "the Old Harbour district", "the Lund and Moss Hill areas"); a word that opens a sentence or is a weekday is no part of the name',
    pattern: compose("\\b{NAME} district\\b|\\b{FIRST} and {SECOND} (?:districts|areas|neighbou?rhoods)\\b", { NAME: `(?:${CAP}[^\\S\\n]+)?${CAP}`, FIRST: CAP, SECOND: "[A-Z][\\p{L}'’-]{1,40}(?:[^\\S\\n][A-Z][\\p{L}'’-]{1,40})?" }, 'gu'),
    examples: { match: ['Shops in the Vika district stayed shut.', 'The Old Harbour district office closed the street.', 'Officers may search people in the Lund and Moss Hill areas.'], noMatch: ['Shops in the district stayed shut.', 'Officers may search people in both areas.'] },
  },
  dateline: {
    id: 'place.dateline', produces: 'places',
    description: 'the city of a wire dateline in capitals, before a comma, maybe its country, and the month and day ("HARBOURTON, Ruritania, May 4 (Wire) -"): the gazetteer\'s place of that name in title case ("ESCH-SUR-ALZETTE" is Esch-sur-Alzette), a place although it is one word with no locative cue',
    pattern: compose('^{CITY},[^\\S\\n]+(?:[A-Z][\\p{L}.]+(?:[^\\S\\n][A-Z][\\p{L}.]+)?,[^\\S\\n]+)?[A-Z][a-z]{2,8}\\.?[^\\S\\n]+\\d{1,2}\\b', { CITY: "[A-Z][A-Z'’-]{1,30}(?:[^\\S\\n][A-Z][A-Z'’-]{1,30}){0,2}" }, 'mu'),
    examples: { match: ['LIMASSOL, Cyprus, Feb 24 (Wire) - Officers closed the road.', 'SPLIT, June 2 (Wire) - Officers closed the road.'], noMatch: ['Limassol, Cyprus, Feb 24 (Wire) - Officers closed the road.', 'NOTE: officers closed the road.'] },
  },
  venues: {
    id: 'place.competition-venues', produces: 'places',
    description: 'the venues of a competition as one place, "sites" and "venues" being one word for them ("competition venues", "Olympic sites" are "Olympic venues")',
    pattern: compose('\\b{OF} {VENUES}\\b', { OF: 'Olympic|competition', VENUES: 'venues|sites' }, 'g'),
    examples: { match: ['Checks will be carried out at all competition venues.'], noMatch: ['Checks will be carried out at all venues.'] },
  },
} satisfies Record<string, Rule>;
