// How the places pass finds places: gazetteer names inside runs of capitalised words, venues, districts.
import { NATIONS_WITHIN, PLACE_MODIFIERS, SPEECH_VERBS } from '../lexicon.js';
import { compose, type Rule } from './rule.js';

const CAP = "\\p{Lu}[\\p{L}'’-]{1,40}";
/** One name of a list of places: one or two capitalised words ("Vika", "Nine Mile"). */
const LISTED = "\\p{Lu}[\\p{L}'’-]{1,40}(?: \\p{Lu}[\\p{L}'’-]{1,40})?";
/** Lowercase words for a police force that a place's name may follow to say whose force it is ("the police of …"). */
const FORCE_OF_WORDS = 'police(?: forces?| services?)?|gendarmerie';
/** Lowercase words of other languages that join the capitalised words of a place's name ("de la", "e", "van"). */
const NAME_PARTICLES = '(?:(?:[eiy]|es|del|della|dei|degli|delle|di|sul|sulla|des|de|du|da|do|dos|das|la|las|los|el|van|von|der|den|cel|cea|lui|od)\\s+){0,2}';

/**
 * "<Name> and <Name> <Name>? <street word>": a street named after two people. Its first word must not follow
 * another capitalised word ("Kings Cross and Euston Road" is a station and a road) nor be a street word itself
 * ("Harbour Street and Mill Street" are two streets).
 */
/** An abbreviated saint opening a name ("St. Mark's Square", "Ste Anne Street"): its possessive is the saint's, no owner's. */
const SAINT = '(?:St|Ste|Sv)\\.?\\s+';
/** Street and square words of other languages that open a name, maybe before a lowercase word in the genitive ("Ulica grada Vukovara", "Trg bana Jelacica", "Namestie SNP"). */
const LOCAL_HEAD_FIRST = '(?:Ulica|Ulice|Avenija|Aleja|Plac|Rynek|Bulwar|Trg|Namestie|Námestie|Náměstí|Bulevar|Ulitsa|Prospekt)(?:\\s+\\p{Ll}{3,12})?(?:\\s+\\p{Lu}[\\p{L}\'’-]{1,40}){1,3}';
/**
 * Lowercase street, square and building words of other languages after their name ("Stefanikova ulica", "Hurbanovo namestie",
 * "Vaci utca", "Brivibas iela", "Kossuth ut", "Narodni dom" a hall); "most" (bridge) only after a Slavic adjective ("Jadranski most", "Karlov most"), as English has the word too.
 */
const LOCAL_HEAD_AFTER = "(?:\\p{Lu}[\\p{L}'’-]{1,40}\\s+){1,2}(?:ulica|ulice|namestie|námestie|náměstí|trg|utca|út|ut|körút|korut|tér|cesta|nábrežie|straat|plein|plac|aleja|bulevar|ulitsa|prospekt|iela|bulvaris|bulvāris|laukums|gatve|gatvė|prospektas|tanav|tänav|valjak|väljak|puiestee|dom|dvorana|plads|torg|gatan|gade|vej)\\b|\\p{Lu}[\\p{L}'’-]{0,40}(?:sk|ck|čk|šk|ov|ev|in)[iyaoýá]?\\s+most\\b";

/** A place of worship, a palace, a museum or a port named by what it is first ("the Church of Saint Anne", "the Cathedral of Eastby", "the Palace of Congresses", "the Port of Eastby"). */
const WORSHIP_OF = "(?:Cathedral|Church|Basilica|Chapel|Temple|Sanctuary|Shrine|Mosque|Monastery|Abbey|Palace|Museum|Port)(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]{1,40}(?:\\s+\\p{Lu}[\\p{L}'’-]{1,40}){0,3}){1,2}";

/** A building named after the body it houses, whose name holds "of" ("the Cabinet of Ministers building"). */
const BUILDING_OF = "(?:\\p{Lu}[\\p{L}'’-]{1,40}\\s+){1,2}of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]{1,40}\\s+){1,2}building\\b";

/** A lowercase word that says what kind of site the lowercase head is ("the Arden main station", "the Eastby sports park", "the Wold border crossing"). */
const LOWER_MODIFIER = '(?:main|central|metro|railway|underground|subway|train|tram|bus|sports|border|road|car|ferry|toll) ';
/**
 * Lowercase words for a site or an area after its name ("the Millwater bridge", "the Holm roundabout", "the Arden
 * motorway", "the Wold peninsula"); the area words give a region (lexicon place_heads).
 */
/** Lowercase nouns that a street or square word describes ("a street party", "square metres"): no site is named then. */
const STREET_COMPOUNDS = 'party|parties|parade|festival|food|vendors?|sellers?|art|performers?|fights?|violence|crime|names?|signs?|lights?|metres|meters|kilometres|kilometers|miles|feet|dance';
const LOWER_HEAD = `station|bridge|park|hospital|shrine|intersection|roundabout|motorway|gate|courtyard|crossing|terminal|lake|region|county|province|peninsula|plateau|barracks|(?:street|avenue|square)(?![^\\S\\n]+(?:${STREET_COMPOUNDS})\\b)`;
/** Street, square, park and building words of Romance languages that open a name ("Avenida de la Paz", "Placa d'Armes", "Parque del Sol", "Barrio Alto" a district). */
const HEAD_FIRST = 'Fort|Mont|Route|Chemin|Carrefour|Mount|Monte|Jalan|Lebuh|Lebuhraya|Lorong|Persiaran|Dataran|Masjid|Bukit|Taman|Pasar|Midan|Maidan|Piazza|Place|Plaza|Placa|Plaça|Praça|Praca|Piata|Piața|Largo|Palais|Palazzo|Palacio|Palácio|Palau|Arena|Arène|Arene|Stade|Stadio|Estadio|Estádio|Stadion|Avenida|Avenue|Boulevard|Calle|Carrera|Jirón|Jiron|Paseo|Passeig|Rambla|Camino|Alameda|Rua|Rue|Via|Viale|Corso|Rodovia|Parque|Parc|Puerta|Porta|Porte|Ponte|Puente|Pont|Quai|Gare|Bois|Cité|Cite|Théâtre|Theatre|Teatro|Barrio|Bairro|Camp|Malecón|Malecon';
/**
 * A word of a name after a head word of another language: a capitalised word, a number ("Calle 50", "Avenida 6 de
 * Mayo", "Place du 14 Juillet"; not a score, "won at Stadion Lipa 3-0") or a roman numeral ("Avenue Louis II"), maybe after a
 * lowercase particle.
 */
const HEAD_FIRST_WORD = `[^\\S\\n]+${NAME_PARTICLES}(?:(?:d['’])?\\p{Lu}[\\p{L}'’-]{1,40}|\\d{1,4}(?:-\\p{Lu}[\\p{L}'’]{1,20})?(?!\\d|[.,:–-]\\d)|[IVX]{1,4}(?![\\p{L}\\d]))`;
/** A lowercase adjective of a Romance language right after a head word that opens a name ("Théâtre municipal", "Arène nationale", "Stade olympique"). */
const ROMANCE_ADJECTIVE = '(?:municipale?|nationale?|olympique|olímpico|olimpico|centrale|royale|régional)';

/** Words for a site that "in" and a neighbourhood's name may follow ("the stadium in Mirpur"). */
const SITE_WORDS = 'headquarters|offices?|stadium|Stadium|ground|Ground|hotel|Hotel|court|Court|camp|compound|market|Market|residence|barracks|mosque|Mosque|temple|Temple|church|Church|school|hospital|Hospital|hall|Hall|station|Station|square|Square|park|Park|Arena|arena|home|homes';

/**
 * A street named by its number, as grid cities name them ("104 Avenue", "101 Street", "42nd Street", "23 Avenue
 * SE", "KG 2 Avenue"): a number after another figure is part of that figure, and one before a capitalised word a
 * house number ("5 Avenue Foch").
 */
const NUMBERED_STREET = '(?<![\\d,.]\\s?)(?:\\b\\p{Lu}{2,3}\\s+)?(?<![\\d,.])\\d{1,3}(?:st|nd|rd|th)?\\s+(?:Street|Avenue)(?:\\s+(?:NW|NE|SW|SE))?(?!\\s+\\p{Lu}\\p{Ll})';
const PAIR_NAMED = "(?<!\\p{Lu}[\\p{L}'’-]{0,40}\\s)(?!(?:Street|Avenue|Boulevard|Road|Square|Lane|Bridge|Park)\\b)\\p{Lu}[\\p{L}'’-]{1,40}\\s+and\\s+(?:\\p{Lu}[\\p{L}'’-]{1,40}\\s+){1,2}(?:Street|Avenue|Boulevard|Road|Square|Lane|Bridge)";

/**
 * Endings of one-word names of streets, squares, parks, stations and churches in German, Dutch, Flemish and the
 * Nordic languages, glued to the name ("Karlsplatz", "Museumplein", "Hauptbahnhof", "Storgatan", "Kauppatori").
 */
// "-kade" and "-gade" (Dutch quay, Danish street) only after a consonant other than "c": English words end so too ("Blockade", "Brigade", "Renegade").
const GLUED_HEAD = 'platz|plein|straat|strasse|straße|gasse|allee|damm|ufer|wiese|bahnhof|brücke|bruecke|markt|stadion|kirche|kerk|kirke|kirkja|gracht|singel|laan|lei|veld|park|torg|torget|plads|pladsen|vej|vejen|gata|gatan|vägen|vagen|veien|vegur|stigur|straeti|stræti|tie|katu|tori|puisto|[bdfghj-np-tv-z][kg]ade';
/** A name's own word before a hyphen and a head word of its language ("Olympia-Park", "Meiji-dori", the Japanese avenue). */
const HYPHEN_HEAD = 'Park|Stadion|Platz|Allee|dori|dōri|doori';

/** One to three capitalised words ending a route ("Tarn Gate", "Vic-Rudnik"). */
const ROUTE_END = "\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]{1,40}){0,2}";
/** Words of a sentence that says where something moves, runs or is closed: a march, a road, traffic, transport, a patrol. */
const ROUTE_WORDS = 'march(?:ed|es|ing)?|marchers|walk(?:ed|s)?|run(?:s|ning)?|ran|route|procession|parade|cortege|motorcade|convoy|closed|close|shut|traffic|bus(?:es)?|trains?|trams?|shuttles?|drove|drive|escort(?:ed)?|patrol(?:s|led)?|barred|cordoned|stretch|lanes?|roads?|street|avenue|boulevard|motorway|highway';
/** What may follow a site named after "the": punctuation, or a word that starts a new phrase. */
const THE_SITE_FOLLOW = 'on|in|at|from|to|and|or|with|for|near|where|which|until|between|before|after|during|by|was|is|will|would|has|had|since|while|when|as|off|through|past|along|every|each|this|that';

export const PLACE_RULES = {
  venue: {
    id: 'place.venue', produces: 'places',
    description: 'up to four capitalised words closed by a word for a venue or a street, in English or another language (a hospital, a place of worship, a lake and a circle among them; "the Catholic Church", "the Georgian Orthodox Church", a denomination only, maybe after a nationality or a rite, is no building), maybe after a city\'s possessive ("Bergen\'s Grieg Hall Square"; an owner the article names nowhere else is part of the name, "Barr\'s Bay Park", "Devil\'s Tower Road"), "Harbour Avenue", "Lindner Strasse", "the Arden main station", "Plaza Mayor", "Stadio del Lago", "Stadion Lipa", "Avenida de la Paz"); a person\'s initial or initials before a capitalised word are part of the name ("the M.A. Holm Stadium") ("the Terrance B. Holm International Airport"); a lowercase particle of another language between the capitalised words is part of the name ("Rruga e Dibres Boulevard", "Rue de la Paix Square"), so the name is not cut after it; a street named after two people ("Anna and Petar Novak Boulevard") is one name when its first word opens a run of capitals, so it is not cut at its "and" (two streets, "Harbour Street and Mill Street", stay two); a lowercase word for a site or an area after the name ("the Holm roundabout", "the Eastby sports park", "the Wold peninsula", a region, "Tran Phu street", "the Harlow toll station"; never a street or square word that describes a noun after it, "the Midsummer street party"), an island, hill, cove, harbour, grounds, theatre, statue, field, corner, grove or sea closing the name ("Kelso Cove", "the Dead Sea"; "<first name> Hill", "<first name> Field" is a person), a fort or mount opening it ("Fort Ardwick", "Mount Arvel"; "Fort Worth", a town the gazetteer knows, is that town), a place of worship, a palace or a museum named by what it is first ("the Church of Saint Anne", "the Palace of Congresses"), Romance words before it ("Placa de la Vila", "Praça do Mar", "Barrio Alto", a district) and Slavic or Nordic ones after it ("Narodni dom", "Kossuth ut") say what it is (lexicon place_heads); a name in brackets after a venue ("Harbour Square (Havnetorget)") is the same venue in another language, no place of its own; a site named after a road or bridge before a lowercase "gate" or "crossing" ("the Wold Bridge border crossing") is that road or bridge',
    pattern: compose("(?<![\\p{L}\\d_])(?:{CITY}['’]s\\s+(?:iconic\\s+|famous\\s+|historic\\s+|main\\s+|new\\s+)?)?{NAME}(?![\\p{L}\\d_])", {
      CITY: CAP,
      NAME: `${NUMBERED_STREET}|${PAIR_NAMED}|${BUILDING_OF}|${WORSHIP_OF}|${LOCAL_HEAD_AFTER}|${LOCAL_HEAD_FIRST}|(?:${SAINT})?(?:(?:\\p{Lu}[\\p{L}'’-]{0,40}|(?:[A-Z]\\.){1,3}(?=\\s+[A-Z]\\p{Ll}))\\s+${NAME_PARTICLES}){1,4}(?:stadium|Stadium|Oval|Arena|arena|Racecourse|Racetrack|Showgrounds?|Velodrome|Fairground|Square|Airport|airport|Station|Hospital|Church|Chapel|Mosque|Temple|Shrine|Sanctuary|Mausoleum|Lake|Circle|(?:Cathedral|Basilica|Palace|Museum|Centre|Center)(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]{1,40}(?:\\s+\\p{Lu}[\\p{L}'’-]{1,40})?)?|Monument|Olympic Village|Ice Park|Market|Bridge|Gate|Hall|Street|Terminal|Beach|Bay|Way|Complex|Hotel|Resort|Building|Corniche|Bypass|Junction|Roundabout|Baths?|Valley|Province|River|Veediya|Mawatha|Marg|Chowk|Caddesi|Sokak|Meydanı|Bagh|Ghat|Circuit|Avenue|Boulevard|Drive|Road|Highway|Lane|Quay|Wharf|Pier|Barracks|Plaza|Park|Fortress|Castle|Cemetery|House|Strasse|Straße|Alle|Allé|Platz|Markt|Garden|Gardens|Port|Domain|Island|Hill|Cove|Harbour|Harbor|Grounds|Theatre|Theater|Statue|Field|Corner|Grove|Sea|Headquarters|amphitheatre|amphitheater|building|(?:${LOWER_MODIFIER})?(?:${LOWER_HEAD}))(?![^\\S\\n]+\\p{Lu})|(?:${HEAD_FIRST})(?:[^\\S\\n]+${ROMANCE_ADJECTIVE}\\b(?:${HEAD_FIRST_WORD}){0,3}|(?:${HEAD_FIRST_WORD}){1,3})`,
    }, 'gu'),
    examples: {
      match: ["Fans gathered in Bergen's historic Harbour Square.", 'The procession stops at the Church of Saint Anne.', 'Officers will guard the Palace of Congresses from Thursday.', 'Two were taken to the Eastby General Hospital.', 'The march ends at Plaza Mayor.', 'The march ends at Kingsway Hall.', 'Buses stop on Harbour Avenue.',
        'Trains skip the Arden main station.', 'The Millwater bridge stays shut.', 'The route runs along Avenida de la Paz.', 'Stalls line Lindner Strasse.', 'Police closed Vester Allé to cars.', 'The final is played at the Stadio del Lago.', 'The derby is played at Stadion Lipa.',
        'Buses will not use Rruga e Dibres Boulevard until Saturday.', 'Stalls line Anna and Petar Novak Boulevard.',
        'The march crosses Novakova ulica to Namestie SNP.', 'Trams end at the Brodski most.', "Buses end at St. Anne's Square.", 'Screens stand at the National Museum of Seafaring.', 'The concert moves to the Bliss Centre for the Performing Arts.', 'Mass is said at the Cathedral Basilica of the Immaculate Conception.', 'Drones are banned over the Port of Eastby.',
        'Marchers reached the Board of Trade building.', 'Delegates meet at the Narodni dom.', 'Buses end at the Holm roundabout.', 'The march starts at Placa de la Vila.',
        'Trams stop at Praça do Mar.', 'Stalls fill the Barrio Alto.', 'Checks slow traffic at the Wold border crossing.', 'Snow closed the roads of the Wold peninsula.',
        'Trucks queue at the Harlow toll station.', 'Stalls line Tran Phu street until noon.', 'Buses stop at Fort Ardwick.', 'Ferries leave from Kelso Cove.', 'Screens stand at the Lindale Statue.', 'Runners climb Mount Arvel.', '104 Avenue was closed between 101 Street and 104 Street.', 'Crowds filled 42nd Street.', 'KG 2 Avenue will be closed.'],
      noMatch: ['Fans gathered in the square.', 'The march ends at the hall.', 'Buses stop on the avenue.', 'Trains skip the main station.', 'Fans like Leeds most.', 'The march ends at the museum.',
        'Buses end at the roundabout.', 'Snow closed the roads of the peninsula.', 'Crowds filled the Midsummer street party.', 'The Lindale square metres were sold.'],
    },
  },
  compoundSite: {
    id: 'place.compound-site', produces: 'places',
    description: 'one word that glues a name to a head word of German, Dutch or a Nordic language ("Karlsplatz", "Museumplein", "Westbahnhof", "Storgatan", "Kauppatori"), or joins it with a hyphen ("Olympia-Park", "Meiji-dori"), maybe after one capitalised word of its name and a particle ("Amalienborg Slotsplads", "Pieter de Hoochlaan"): a street, square, park, station or church, a venue; never a common English word ("Brigade"), a town the gazetteer knows ("Neumarkt"), a word of a longer name or the name of a body or person already read',
    pattern: compose('(?<![\\p{L}\\d-])(?:{SAINT})?(?:{OWN}[^\\S\\n]+{PARTICLES})?{WORD}(?![\\p{L}\\d-]|[^\\S\\n]+\\p{Lu})', {
      SAINT: SAINT, OWN: CAP, PARTICLES: NAME_PARTICLES, WORD: `\\p{Lu}[\\p{L}'’]{2,40}(?:${GLUED_HEAD})|\\p{Lu}[\\p{L}]{2,40}-(?:${HYPHEN_HEAD})`,
    }, 'gu'),
    examples: {
      match: ['Fans gathered on the Marktplatz before the match.', 'The march ends at Museumplein.', 'Trains will not stop at the Nordbahnhof.', 'Stalls line Storgatan until Sunday.', 'The rally moved to Kauppatori.', 'A fan zone opens in the Olympia-Park.', 'The motorcade follows Meiji-dori.', 'Trams skip the Pieter de Hoochlaan.'],
      noMatch: ['Fans gathered in the park before the match.', 'The march ends at the square.', 'Trains will not stop at the station.', 'The rally moved to the Market Square.'],
    },
  },
  routeEnds: {
    id: 'place.route-ends', produces: 'places',
    description: 'the two ends of a route, a closure or a patrol, "from <Name> to <Name>" or "between <Name> and <Name>" in a sentence about a march, a road, traffic or transport ("marched from Vossberg to the Lindholm", "closed between Tarn Gate and Kelby"): each end a place the gazetteer may not know, a venue; never a weekday, a month, a holiday ("from Monday to Friday", "from Christmas Eve to New Year"), a person, a body or its last word ("the Prefecture" of "the Police Prefecture"), an event, a nationality, a title or a common word, and a town the gazetteer knows stays its town',
    pattern: compose('\\b(?:from|between)[^\\S\\n]+(?:the[^\\S\\n]+)?{FIRST}[^\\S\\n]+(?:to|and)[^\\S\\n]+(?:the[^\\S\\n]+)?{SECOND}(?![^\\S\\n]*\\p{Lu}|[\\p{L}\\d])', { FIRST: ROUTE_END, SECOND: ROUTE_END }, 'gu'),
    guards: { route: new RegExp(`\\b(?:${ROUTE_WORDS})\\b`, 'iu') },
    examples: {
      match: ['Farmers marched from Vossberg to the Lindholm on Tuesday.', 'The coast road will be closed between Tarn Gate and Kelby from 6 a.m.', 'Shuttle buses run from Ostrava Hlavni to the Vystaviste.'],
      noMatch: ['Farmers marched from the hall to the square.', 'The coast road will be closed from the north to the south.', 'Talks between Vossberg and Kelby went well.'],
    },
  },
  theSite: {
    id: 'place.the-site', produces: 'places',
    description: 'one or two capitalised words after a preposition of place and "the", with no more name after them ("on the Corso Alto,", "at the Hollin until midnight", "near the Obelisco"): a site the article names by its own name, a venue, or of the kind the lexicon gives its head word ("in the Mourne Mountains": a region); never a body or its last word, an event, a title, a nationality, a common word, a place already read ("the Domain" after "the Harbour Domain" is that place) or a word the gazetteer knows as a town',
    pattern: compose('\\b(?:at|on|in|near|along|around|outside|across|past|into|onto|off|beside|behind|opposite)[^\\S\\n]+the[^\\S\\n]+{NAME}(?={FOLLOW})', {
      NAME: `${CAP}(?:[^\\S\\n]+${CAP})?`, FOLLOW: `[^\\S\\n]*(?:[,.;:)]|$)|[^\\S\\n]+(?:${THE_SITE_FOLLOW})\\b`,
    }, 'gmu'),
    examples: {
      match: ['Stalls will line the promenade on the Corso Alto, police said.', 'The rally stays at the Hollin until midnight.', 'A stage stands near the Obelisco.'],
      noMatch: ['Stalls will line the promenade on the corso.', 'The rally stays at the Hollin Gate Arena Hall.', 'A stage stands near the Obelisco memorial.'],
    },
  },
  capitalisedRun: {
    id: 'place.gazetteer', produces: 'places',
    description: 'the longest gazetteer name inside a run of capitalised words, maybe joined by a particle ("Dar es Salaam", "Ciudad de la Costa"); a one-word town needs a locative cue ("in Leeds"); a month\'s name is never a town ("in March 2015")',
    pattern: new RegExp(`\\p{Lu}[\\p{L}'’-]{0,40}\\p{L}(?:[^\\S\\n]+${NAME_PARTICLES}(?:\\p{Lu}[\\p{L}'’-]{0,40}\\p{L}|d'[A-Z]\\p{L}+))*`, 'gu'),
    examples: { match: ['The parade crossed Oslo on Sunday.', 'Traders in Dar es Salaam marched.'], noMatch: ['the parade crossed the city on sunday.'] },
  },
  description: {
    id: 'place.description', produces: 'places',
    description: 'a place name that describes what follows it, not where anything is: a noun for people or a body after it ("Leeds supporters", "the Lyon administrative court", "the Wold regional commander"), a country followed by a speech verb ("Norway has said": its government), or a possessive before a person the article names ("Norway\'s Ada Moen"); no place is proposed from those words',
    pattern: compose('\\b{PLACE}(?: {MODIFIER}\\b| (?:has |have )?(?:{SPEECH})\\b|[\'’]s \\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)', { PLACE: CAP, MODIFIER: PLACE_MODIFIERS, SPEECH: SPEECH_VERBS }, 'gu'),
    examples: { match: ['Leeds supporters were kept apart at the gates.', 'The Wold regional commander closed the road.', "Norway's Ada Moen won the stage.", 'Norway has said it will not send a minister.'], noMatch: ['Supporters gathered in Leeds.'] },
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
  namedAfter: {
    id: 'place.named-after', produces: 'places',
    description: 'a country or a town named after a word for a site and a particle ("the Porte de Norway", "the Gate of Lindia", "Avenue de Paris", "the Hall of Sweden"): the site is named after it, so no country or town is proposed from those words; the same place named elsewhere ("fans from Norway") still is',
    pattern: compose('\\b{SITE} {PARTICLE} (?:(?:the|la|l[\'’]) ?)?{PLACE}', { SITE: `${HEAD_FIRST}|Gate|Square|Hall|Street|Bridge|Avenue|Road|Park|Gardens?|Museum|Palace|Tower|Church|Cathedral|Port`, PARTICLE: 'of|de|du|des|del|della|di|da|do', PLACE: CAP }, 'gu'),
    examples: {
      match: ['Buses stop at the Porte de Norway.', 'Fans met at the Gate of Lindia.', 'The route runs along the Avenue de Paris.'],
      noMatch: ['Fans from Norway met at the gate.', 'The embassy of Norway is shut.'],
    },
  },
  missionCity: {
    id: 'place.mission-city', produces: 'places',
    description: 'the city in the name of a diplomatic mission or a delegation ("the Ruritanian Embassy in Oslo", "the consulate in Lyon"): the body is named after where it is, so the city is a place too, though a body\'s name otherwise hides the places inside it ("Oslo Police")',
    pattern: compose('\\b{MISSION} in {CITY}\\b', { MISSION: 'Embassy|Consulate|Delegation|embassy|consulate|delegation', CITY: CAP }, 'gu'),
    examples: { match: ['The Ruritanian Embassy in Oslo said the road stays shut.'], noMatch: ['The embassy said the road in Oslo stays shut.'] },
  },
  officeCity: {
    id: 'place.office-city', produces: 'places',
    description: 'the city a mayor is of ("the Mayor of Eastby", "the deputy mayor of Dar es Salaam"): a city the gazetteer knows, though the mayor is named around it; a name the gazetteer does not know as a city ("the Mayor of Eastby Council") is none; a region only a governor\'s or a prefect\'s title names is no place of the story',
    pattern: compose('\\b(?:{OFFICE}) of (?:the )?{PLACE}\\b(?![^\\S\\n]+\\p{Lu})', { OFFICE: '(?:[Ll]ord |[Dd]eputy )?[Mm]ayor', PLACE: `${CAP}(?:[^\\S\\n]+${NAME_PARTICLES}${CAP}){0,2}` }, 'gu'),
    examples: { match: ['The Mayor of Eastby, Ada Moen, visited the tent.', 'Ivo Lenz, the deputy mayor of Lagos, said so.', 'The Mayor of Dar es Salaam opened the market.'], noMatch: ['The mayor, Ada Moen, visited the tent.', 'The Governor of Lagos said so.', 'The mayor of the city said so.'] },
  },
  pairedSites: {
    id: 'place.paired-sites', produces: 'places',
    description: 'two names joined by "and" before a lowercase plural word for a site, maybe after a word for its kind ("the Holm and Moen bridges", "the Lund and Vika metro stations", "Mill and Quay squares"): two sites, each the name with the word in the singular ("Holm bridge", "Lund metro station"), derived with a note saying from what when the text never writes that name; no town is read from the names',
    pattern: compose('\\b{FIRST} and {SECOND} {MODIFIER}? {SITES}\\b', {
      FIRST: `${CAP}(?:[^\\S\\n]+(?:${CAP}|[IVX]{1,4}))?`, SECOND: `${CAP}(?:[^\\S\\n]+(?:${CAP}|[IVX]{1,4}))?`,
      MODIFIER: '(?:main|metro|railway|underground|subway|train|tram|bus|ferry)', SITES: 'stations|bridges|squares|parks|hospitals|stadiums|gates|roundabouts',
    }, 'gu'),
    examples: { match: ['The Holm and Moen bridges will be closed to traffic.', 'The Lund and Vika metro stations stay shut.'], noMatch: ['The bridges will be closed to traffic.', 'Lund and Vika will be closed to traffic.'] },
  },
  townCity: {
    id: 'place.town-city', produces: 'places',
    description: 'a town the gazetteer knows by its bare name, written with "City" after "in", "near", "outside" or "around" ("in Eastby City"): a city of that whole name, and the bare name later in the article ("hotels in Eastby") the same city; never after other words, where "<Town> City" is often a club ("fans of Eastby City")',
    pattern: compose('\\b(?:in|near|outside|around) {TOWN} City\\b', { TOWN: CAP }, 'gu'),
    examples: { match: ['The talks open at the convention centre in Eastby City.'], noMatch: ['Eastby City beat the visitors 2-0.'] },
  },
  streetCorner: {
    id: 'place.street-corner', produces: 'places',
    description: 'two names at a corner, a junction or an intersection ("at the corner of Holm and Moen"): streets named short, so no town is proposed from them even where the gazetteer has towns of those names',
    pattern: compose('\\b(?:corner|junction|intersection|crossroads) of {FIRST} and {SECOND}\\b', { FIRST: CAP, SECOND: CAP }, 'gu'),
    examples: { match: ['Police held the line at the corner of Holm and Moen.'], noMatch: ['Police held the corner of the square.'] },
  },
  nationWithin: {
    id: 'place.nation-within', produces: 'places',
    description: 'a nation inside a state that news names as a country ("England", "Wales"): a country, of the state\'s code (the lexicon\'s nations_within)',
    pattern: compose('\\b{NATION}\\b', { NATION: Object.keys(NATIONS_WITHIN).join('|') }, 'g'),
    examples: { match: ['Officers came from forces across England and Wales.'], noMatch: ['Officers came from forces across the north.'] },
  },
  part: {
    id: 'place.part', produces: 'places',
    // The held-out gold, written blind, never records a lowercase "central <city>" as a place of its own (16 times in
    // 15 articles: "central Riga", "western Amman", "western Andalusia", …) while the older development gold did (3
    // times, "central Milan", "central Paris"): the majority convention holds, and the development gold follows it.
    description: 'a lowercase compass word and a place already found ("northern Norway", "central Oslo"): that place named again, no district or region of its own; a part named in capitals that the gazetteer knows ("Central Luzon") is a place by rule place.gazetteer',
    pattern: compose('\\b{SIDE} {BASE}', { SIDE: 'central|northern|southern|eastern|western|downtown', BASE: CAP }, 'gu'),
    examples: { match: ['Roads in central Oslo were closed.'], noMatch: ['Roads in the centre were closed.'] },
  },
  district: {
    id: 'place.district', produces: 'places',
    description: 'a name of one or two capitalised words followed by "district", or two names followed by "districts", "areas" or "neighbourhoods" ("the Vika district", "the Old Harbour district", "the Lund and Moss Hill areas"), a list of names after "the settlements of", "the suburbs of" and the like ("a curfew on the settlements of Vika, Nine Mile and Moss"), or a district numbered in roman numerals ("District VIII"); a word that opens a sentence or is a weekday is no part of the name',
    pattern: compose(`\\b{NAME} district\\b|\\b{FIRST} and {SECOND} (?:districts|areas|neighbou?rhoods)\\b|\\bthe (?:settlements|suburbs|districts|villages|townships|neighbou?rhoods) of (?<list>${LISTED}(?:, ${LISTED}){0,4},? and ${LISTED})\\b|\\b{NUMBERED}\\b`, { NUMBERED: 'District [IVXL]{1,6}', NAME: `(?:${CAP}[^\\S\\n]+)?${CAP}`, FIRST: CAP, SECOND: "\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]\\p{Lu}[\\p{L}'’-]{1,40})?" }, 'gu'),
    examples: { match: ['Shops in the Vika district stayed shut.', 'The Old Harbour district office closed the street.', 'Officers may search people in the Lund and Moss Hill areas.', 'Fans will gather in District IX.', 'A curfew was imposed on the settlements of Vika, Nine Mile and Moss until Thursday.'], noMatch: ['Shops in the district stayed shut.', 'Officers may search people in both areas.', 'Fans will gather in District Nine Park.', 'A curfew was imposed on the settlements around the prison.'] },
  },
  settlementOf: {
    id: 'place.settlement-of', produces: 'places',
    description: 'a name of one or two capitalised words after "the village of", "the town of" and the like, maybe with a word or two before ("the abandoned village of Masany", "the fishing town of Port Lund"): a `city` (the contract\'s kind for any settlement), though the gazetteer does not know it; not a name the words go on from ("the town of Eastby Council")',
    pattern: compose('\\bthe (?:[\\p{Ll}-]{1,20} ){0,2}?(?:village|town|hamlet|settlement|township|small town|port town) of {NAME}\\b(?![^\\S\\n]+\\p{Lu})', { NAME: `${CAP}(?:[^\\S\\n]+${CAP})?` }, 'gu'),
    examples: { match: ['The fire began in dry grass near the abandoned village of Masany.', 'Buses run from Lakeside to the village of Dronki.'], noMatch: ['The fire reached the village on Monday.', 'Buses run to the town of Eastby Council House.'] },
  },
  oldTown: {
    id: 'place.old-town', produces: 'places',
    description: 'a town\'s historic core named in capitals ("the Old Town", "the Old City", "the Old Quarter"): a district of the article\'s city, never the towns of that name the gazetteer knows; "the old town" in lowercase is a description, no name',
    pattern: compose('\\b{NAME}\\b', { NAME: 'Old (?:Town|City|Quarter)' }, 'gu'),
    examples: { match: ['Bag checks are held at all entrances to the Old Town.', "Police closed Eastby's Old City to cars."], noMatch: ['Bag checks are held in the old town.', 'Old Townsend Road stays open.'] },
  },
  articleCity: {
    id: 'place.within-article-city', produces: 'places',
    description: 'a venue, square or district with no city of its own in the words, in an article about one city (its dateline\'s, else the one city it names): within that city, unless the sentence that names it names another city and not that one; a name that opens with a city\'s name ("Eastby railway station") is within that city',
    pattern: compose('\\b{SITE}\\b', { SITE: "\\p{Lu}[\\p{L}'’-]{1,40}[^\\S\\n]+(?:Square|Park|Street|Avenue|station|cesta|trg)" }, 'gu'),
    examples: { match: ['EASTBY, May 3 (Wire) - The march ends in Mill Square.'], noMatch: ['EASTBY, May 3 (Wire) - The march ends in the square.'] },
  },
  dateline: {
    id: 'place.dateline', produces: 'places',
    description: 'the city of a wire dateline in capitals, before a comma, maybe its country, and the month and day, maybe after the weekday and before the year ("HARBOURTON, Ruritania, May 4 (Wire) -", "HARBOURTON, Ruritania, Friday, May 4, 2035 —"), after the headline, maybe a standfirst and a desk\'s line, and maybe a byline ("By a staff correspondent"), three lines at most: the gazetteer\'s place of that name in title case ("ESCH-SUR-ALZETTE" is Esch-sur-Alzette), spelled as the text spells it elsewhere ("YAOUNDE" is the Yaoundé the text names), a place although it is one word with no locative cue; a city the gazetteer does not know, written before a country it knows ("HARBOURTON, Ruritania,"), is a city of that country, as the dateline says, and one before a country it does not know, or before none, is a city when the text writes its name again; the country it names is a place too; a line of its own that is a place in title case the gazetteer knows and a whole date, as letters, notices and reports head themselves ("Eastby, Friday, May 4, 2035"), is a dateline too; and each item of a column of briefs that opens with a city the gazetteer knows, in capitals, and a dash ("DOUALA - The derby …") names that city',
    pattern: compose('^(?:{CITY},[^\\S\\n]+(?:{COUNTRY},[^\\S\\n]+)?(?:{WEEKDAY},[^\\S\\n]+)?[A-Z][a-z]{2,8}\\.?[^\\S\\n]+\\d{1,2}\\b|{TITLED},[^\\S\\n]+(?:[A-Z][a-z]{2,5}day,?[^\\S\\n]+)?{FULL_DATE}[^\\S\\n]*$)', {
      CITY: "\\p{Lu}[\\p{Lu}'’.-]{1,30}(?:[^\\S\\n]\\p{Lu}[\\p{Lu}'’-]{1,30}){0,2}", COUNTRY: '(?![A-Z][a-z]{2,5}day,)\\p{Lu}[\\p{L}.]+(?:[^\\S\\n](?:(?:and|of|the)[^\\S\\n])?\\p{Lu}[\\p{L}.]+){0,2}', WEEKDAY: '[A-Z][a-z]{2,5}day',
      // A line of its own with a place in title case and a whole date, as letters, notices and reports head themselves ("Mombasa, Friday, May 15, 2048").
      TITLED: "\\p{Lu}\\p{Ll}[\\p{L}'’-]{1,30}(?:[^\\S\\n]\\p{Lu}[\\p{L}'’-]{1,30}){0,2}", FULL_DATE: '[A-Z][a-z]{2,8}\\.?[^\\S\\n]+\\d{1,2},?[^\\S\\n]+\\d{4}|\\d{1,2}[^\\S\\n]+[A-Z][a-z]{2,8}\\.?,?[^\\S\\n]+\\d{4}',
    }, 'mu'),
    examples: { match: ['LIMASSOL, Cyprus, Feb 24 (Wire) - Officers closed the road.', 'SPLIT, June 2 (Wire) - Officers closed the road.', 'PORT OF SPAIN, Trinidad and Tobago, April 13 (Wire) - Officers closed the road.', "ST. GEORGE'S, Grenada, Feb 6 (Wire) - Teachers will march.", 'TÓRSHAVN, Faroe Islands, Dec 14 (Wire) - The town gathered.', 'HARBOURTON, Ruritania, Friday, May 4, 2035 — Officers closed the road.', 'HARBOURTON, Sunday, May 6, 2035 — Officers closed the road.', 'Eastby, Friday, May 4, 2035\n\nDear members,'], noMatch: ['Limassol, Cyprus, Feb 24 (Wire) - Officers closed the road.', 'NOTE: officers closed the road.', 'Eastby, Friday, May 4, 2035, was a quiet day.'] },
  },
  siteLocality: {
    id: 'place.site-locality', produces: 'places',
    description: 'one or two capitalised words the gazetteer does not know, right after a site and "in" ("the stadium in Brenvik", "the party\'s headquarters in Kolvik Hill"), in an article with a dateline: a district of the dateline\'s city, as the wire names a city\'s neighbourhoods; a name the gazetteer knows stays its place, and a longer run of capitals is some other name',
    pattern: compose('\\b{SITE} in {NAME}(?![^\\S\\n]*\\p{Lu})', { SITE: SITE_WORDS, NAME: `${CAP}(?:[^\\S\\n]+${CAP})?` }, 'gu'),
    examples: {
      match: ['LAKESIDE, May 6 (Wire) - Fans queued outside the stadium in Brenvik.', 'LAKESIDE, May 6 (Wire) - The chief spoke at the police headquarters in Kolvik Hill.'],
      noMatch: ['LAKESIDE, May 6 (Wire) - Fans queued outside the stadium in the north.', 'LAKESIDE, May 6 (Wire) - The chief spoke in Brenvik on Monday.'],
    },
  },
  venues: {
    id: 'place.competition-venues', produces: 'places',
    description: 'the venues of a competition as one place, "sites" and "venues" being one word for them ("competition venues", "Olympic sites" are "Olympic venues")',
    pattern: compose('\\b{OF} {VENUES}\\b', { OF: 'Olympic|competition', VENUES: 'venues|sites' }, 'g'),
    examples: { match: ['Checks will be carried out at all competition venues.'], noMatch: ['Checks will be carried out at all venues.'] },
  },
  roadCode: {
    id: 'place.road-code', produces: 'places',
    description: 'a road known by its code, capitals and a number, with its word for a road ("the A5 motorway", "the T4 road") or, after "the", in a sentence about traffic ("The RN1 through the gorges will close at 11 a.m."): a venue named so',
    pattern: /\b(?<code>[A-Z]{1,3}-?\d{1,4}[A-Z]?)(?<road>[^\S\n]+(?:road|motorway|highway|expressway|freeway|autobahn|autoroute|ring road))?\b(?![^\S\n]*[-–]\d)/gu,
    guards: { traffic: /\b(?:clos(?:e|es|ed|ing|ure)|shut|traffic|vehicles?|lanes?|exit|junction|parking|drivers?|roads?|motorway|highway|detour|diverted)\b/iu },
    examples: { match: ['The Niederrad exit of the A5 motorway will be shut from 3 p.m.', 'The RN1 through the gorges will close at 11 a.m.'], noMatch: ['The G20 leaders met in the hall.', 'The A5 paper was signed on Monday.'] },
  },
} satisfies Record<string, Rule>;
