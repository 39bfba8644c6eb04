// Security measures by the words that name them, one rule per kind of measure. The phrases are regular
// expressions kept small: a trailing "s?" for a plural, "(?:re|er)" for British and American spelling.
// Closures and bans are named by their clause ("Harbour Road closed to traffic"): the rule's pattern is the
// word that closes or forbids, its guard what the clause must name (a road, a station; alcohol, glass).
import type { MeasureDraft } from '../passes/context.js';
import { NUMBER_PHRASE } from '../../lib/numbers.js';
import { anyOf, compose, type Rule } from './rule.js';

export interface MeasureRule extends Rule {
  measureKind: MeasureDraft['kind'];
  /**
   * `clause`: the measure is named by the clause around the match (its subject, the match, and what follows
   * up to a period or a comma), and every guard must match that clause, not only the sentence.
   */
  naming?: 'clause';
}

const measure = (id: string, measureKind: MeasureRule['measureKind'], description: string, phrases: string[], examples: Rule['examples'], template = '\\b{PHRASE}\\b'): MeasureRule =>
  ({ id: `measure.${id}`, produces: 'measures', measureKind, description, pattern: compose(template, { PHRASE: anyOf(phrases) }, 'giu'), examples });

/** What can be closed to traffic or to the public: a way, a crossing, a station or a stretch of town. */
const CLOSABLE = ['roads?', 'streets?', 'avenues?', 'boulevards?', 'lanes?', 'motorways?', 'highways?', 'bridges?', 'tunnels?', 'piers?', 'stations?', 'exits?', 'entrances?',
  'expressways?', 'freeways?', '[ABMN]-?\\d{1,3}', 'squares?', 'quays?', 'embankments?', 'waterfronts?', 'promenades?', 'border crossings?', 'crossings?', 'peninsula', 'ring road', 'city cent(?:re|er)', 'old town', 'airports?',
  // Words for a road or a street in other languages, as names open or close with them ("Jalan Bukit Jalil", "Rue de la Paix").
  'jalan', 'lebuhraya', 'lorong', 'persiaran', 'rue', 'calle', 'carrera', 'avenida', 'rua', 'stra(?:ss|ß)e', 'ulica', 'caddesi', 'sokak', 'marg'];
/** Closed for whom: traffic, vehicles, the public. */
const CLOSED_TO = '\\bclosed\\s+to\\s+(?:all\\s+)?(?:\\p{L}+\\s+)?(?:traffic|vehicles|cars|lorries|trucks|buses|the\\s+public|pedestrians|visitors|shipping|vessels|boats)\\b';
/** A place closed to traffic by a verb before it, a way named or not: "police closed Harbour Road to traffic", "will close the Ringstrasse to all vehicles". */
const CLOSES_NAME_TO = "\\bclos(?:e|es|ed|ing)\\s+(?:the\\s+)?\\p{Lu}[^.;,]{0,60}?\\s+to\\s+(?:all\\s+)?(?:\\p{L}+\\s+)?(?:traffic|vehicles|cars|lorries|trucks|buses|the\\s+public|pedestrians|visitors)\\b";
/** A verb that closes an area off, before what it closes ("will fence off the courthouse"): the name is its object, sealed off. */
export const SEALS_OFF = '(?:seal(?:s|ing)?|cordon(?:s|ing)?|fenc(?:e|es|ing)) off';
/** Things and acts a ban forbids in an area (drones are an airspace restriction). */
const BANNABLE = ['alcohol', 'alcoholic drinks', 'beer', 'drinking', 'drinks?', 'glass', 'glasses', 'bottles?', 'cans', 'flares?', 'fireworks?', 'pyrotechnics?', 'smoke bombs?',
  'bags?', 'backpacks?', 'rucksacks?', 'umbrellas?', 'flags?', 'banners?', 'placards?', 'poles?', 'knives', 'weapons?', 'masks?', 'gatherings?', 'demonstrations?', 'parking',
  'street vending', 'street trading', 'vending', 'hawking', 'trading stalls?', 'folding chairs', 'firearms', 'guns', 'trucks', 'lorries', 'heavy vehicles', 'motorcycles?', 'motorbikes?', 'motorcycle taxis',
  'pillion (?:riders|passengers)', '(?:riding|ride) as (?:pillion )?(?:riders|passengers)', '(?:street )?vendors', 'hawkers',
  'liquor', 'spirits', 'foam', '(?:water )?balloons', 'laser(?: pointer)?s?', 'knife', 'firearm', 'sticks?', 'taxis', 'rickshaws', 'tuk-tuks',
  'barbecues?', 'campfires?', 'open fires?', 'bonfires?', 'camping', '(?:visits|trips|access|entry) (?:to|into) (?:all )?(?:the )?(?:forests?|woods|woodlands?)', 'burning (?:of )?(?:stubble|grass|waste|garden waste|rubbish|leaves)', 'picketing', 'swimming', 'bathing', '(?:ticket )?resale', '(?:ticket )?touting', 'boats', 'vessels', '(?:pleasure )?craft', '(?:fuel |petrol |oil )?tankers', '(?:away|visiting|rival|travelling|opposing) (?:supporters|fans)'];

/** Vehicles and traders an order keeps out of an area ("vendors will be kept outside the perimeter", "an order that kept motorbikes away from the park"). */
const KEPT_OUT = '(?:street )?vendors|hawkers|traders|motorcycle taxis|motorbikes|motorcycles|lorries|trucks';

/** Words before "cameras" that say they watch an area ("body cameras", "30 temporary cameras"); television and news cameras film, they do not watch. */
const CAMERA_WORDS = 'new|extra|additional|temporary|mobile|fixed|police|security|video|surveillance|traffic|thermal|body|body-worn|infrared|street|more';
/** Who is searched at an entrance: "fans will be searched", "every ticket holder will be searched". */
const SEARCHED = '(?:fans|supporters|spectators|visitors|ticket holders|passengers|pilgrims|worshippers|delegates|guests|participants|(?:everyone|anyone|all those)(?: entering| attending| arriving)?|all \\p{L}+|(?:every|each) (?:\\p{L}+ ){0,2}(?:fan|supporter|spectator|visitor|ticket holder|passenger|person|guest))';
/** Where people or vehicles are checked on the way in ("searched at six gates", "checked at four points on the ring road"). */
const ENTRY_POINTS = '(?:gates?|entrances?|entry points|access points|points|turnstiles|doors)';

/** People who pass through checkpoints on their way in ("visitors will pass through police checkpoints"): checks of them, no zone. */
const THROUGH_CHECKPOINTS = '(?:pass|passes|passing|go|goes|going) through (?:police |security )?';

/** People or things checked at checkpoints ("searched at six checkpoints", "checked against tickets at three rings of checkpoints"): the checkpoints are where an inspection happens, no zone of their own. */
const CHECKED_AT = '(?:checked|searched|screened|inspected) (?:\\p{L}+ ){0,4}?at (?:one of )?(?:[\\p{L}\\d-]+ ){0,4}?';
/**
 * Checkpoints whose sentence goes on to say what is searched there ("checkpoints will be set up …, and drivers should
 * expect their vehicles to be searched"): checks, not a closed area; unless a zone is named between ("checkpoints at
 * every entry to the secure zone, and every bag will be searched": the zone's).
 */
const SEARCHED_AFTER = '(?:(?!\\b(?:zones?|perimeters?|cordons?)\\b)[^.;]){0,200}?\\b(?:searched|checked|screened|inspected)\\b';

export const MEASURE_RULES: readonly MeasureRule[] = [
  measure('airspace-restriction', 'airspace_restriction', 'a ban on flying over an area, drones included',
    ['no-fly zones?', 'no-drone zones?', 'airspace restrictions?', 'flight restrictions?', 'restricted flight zones?', 'drone restriction zones?', 'flight bans?', 'drone bans?',
      'air exclusion zones?', 'ban on drone flights', 'ban on drones', 'drone flights (?:will be |are |were )?banned', 'no drones? (?:may|can|will) be flown',
      'drones (?:are |will be |would be |were |have been |had been )?(?:banned|prohibited|barred)', 'drones (?:and|or) (?:[\\p{L}-]+ ){1,3}?(?:are|will be|were|would be|have been|had been) (?:also )?(?:banned|prohibited|barred)', 'drones and (?:light |private |model |small )?aircraft (?:are |will be |would be |were )?(?:banned|prohibited|barred)',
      '(?:banned|barred|prohibited) drones', '(?:ban|banned|banning) (?:all )?(?:private |civilian |commercial |recreational |hobby |unauthori[sz]ed )?drones?(?: flights)?', 'keep(?:s|ing)? drones out of', 'no drones?(?: or (?:light|private) aircraft)? (?:within|over|above)', 'drones (?:will |would |are |were )?not (?:be )?(?:allowed|permitted) (?:to fly )?(?:over|above|within|near)', 'drones? (?:may|can|must|will|should) not be flown',
      'drone flights (?:over|above|near|within) (?:[\\p{L}-]+ ){1,4}?(?:are |will be |were |would be )?(?:banned|prohibited|barred)', '(?:flights|flying) of (?:private |civilian |commercial |recreational |hobby )?drones (?:(?:over|above|near|within) (?:[\\p{L}-]+ ){1,4}?)?(?:are |will be |were |would be |have been |has been )?(?:banned|prohibited|barred)', 'drones,? (?:[\\p{L}-]+,? ){1,6}?(?:and|or) (?:[\\p{L}-]+ ){1,3}?(?:are|will be|were|would be) (?:also )?(?:banned|prohibited|barred)',
      '(?:the )?flying (?:of )?drones', 'restricted airspace', 'airspace(?: over(?: \\p{Lu}[\\p{L}-]*){1,3}| within [^.;,]{1,60}?)? (?:will be |would be |is |was )?closed',
      "(?:(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?) (?:the |its |\\p{Lu}[\\p{L}-]{1,40}['’]s )?(?:controlled |national |lower |upper )?|restrict(?:s|ed|ing)? (?:the|its) )airspace(?! (?:office|department|agency|authority|management|control))",
      'airspace (?:over|above) [^.;,]{1,60}? closed to (?:all )?(?:drones|aircraft|civil|civilian|private)',
      '(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?) the (?:sky|skies) (?:over|above) [^.;,]{1,60}? to (?:all )?(?:drones|aircraft|flights|planes|civil|civilian|private)'],
    { match: ['A no-fly zone will cover the city.', 'Drones are banned within 5 km.', 'The authority declared restricted airspace over the venue.',
      'A flight restriction will be in force over the old town on Sunday.', 'Airspace over Lake City will be closed to private planes.', 'No drones may be flown over the harbour during the regatta.', 'Drones banned over the lake on both race days.',
      'The aviation office has banned drones within 3 km of the castle.', '- No drones or light aircraft within 2 nautical miles of the palace.',
      'The aviation authority has closed the airspace within a radius of 25 km of the palace.', "It issued a notice to airmen closing Lakeside's controlled airspace to private aircraft until 6 a.m.", 'The aviation institute said the airspace within 15 nautical miles of the seafront would be closed to all civil aircraft.', '- Drones and model aircraft banned within 5 km of the arena.', 'He said drones would not be allowed over the course.', 'The aviation department has declared the airspace over the port and the bay closed to drones from midnight.', 'Flights of private drones over the reserve have been banned since Sunday.',
      'The city will close the palace square and ban drones over the old town.', 'The aviation authority has banned private drones over the bay from 6 p.m.', 'The aviation board has banned all drone flights over the west of the city.', 'Police will keep drones out of the sky over the harbour.',
      'Drones will not be allowed to fly over the old town during the parade.', 'Drones may not be flown over the bay all day.', 'Drone flights over the old harbour are banned for the week.', 'Drones, balloons and paper lanterns are also banned inside the zone.', 'Drones and sky lanterns have been banned over the old town until Sunday.', 'The aviation office closed the sky over the route to drones until 2 pm.'],
    noMatch: ['The police will fly a drone over the crowd.', 'Flights to Rome were delayed.', 'Travel restrictions were lifted in May.', 'The airline closed its airspace office.', 'Clouds closed the sky over the route by noon.'] }),
  measure('restricted-zone', 'restricted_zone', 'an area closed to the public or entered only through checks; a zone its clause closes to drones or aircraft ("a temporary restricted zone with a radius of 8 km, closed to drones and light aircraft") is an airspace restriction',
    ['red zones?', 'restricted[- ]access areas?', 'exclusion zones?', 'security perimeters?', 'security zones?', 'restricted zones?', 'restricted areas?', 'no-go zones?', 'cordons?', `(?<!${CHECKED_AT}|${THROUGH_CHECKPOINTS})checkpoints?(?!${SEARCHED_AFTER})`,
      '(?<!(?:of|with) )(?:metal|steel|crowd) barriers'],
    { match: ['A security perimeter will close the square.', 'Residents must show identification at checkpoints.', 'Police will put checkpoints on the bridge.', 'We will have checkpoints with scanners at every entry to the secure zone, and every bag will be searched.', 'The "red zones" open on Friday.', 'Metal barriers will keep the crowd back.'],
      noMatch: ['The fan zone opens at noon.', 'Cars will be searched at five checkpoints.', 'A dozen checkpoints will be set up on the roads into the centre from Saturday morning, and drivers should expect their vehicles to be searched.', 'The time zone changes on Sunday.', 'The language barrier was high.', 'Crews stacked spare barriers in the depot.'] },
    '"?\\b{PHRASE}\\b"?'),
  {
    ...measure('restricted-access', 'restricted_zone', 'an area ringed with barriers or open to some people only, named by its clause ("The square was ringed with metal barriers", "the pier closed to anyone without a pass", "only invited guests allowed into the hall", "open on Saturday only to invited guests", "only vehicles with a pass allowed onto the pier", "limited to ticket holders")',
      ['ringed (?:with|by) (?:\\p{L}+ )?(?:barriers|fences?|fencing|police|officers)', 'closed (?:from \\p{L}+ )?to (?:anyone|everyone|all) (?:without|not|except)', 'only (?:to )?(?:invited guests|ticket holders|pass holders|holders of (?:passes|tickets)|accredited \\p{L}+|residents with)',
        'only (?:\\p{L}+ ){1,3}?with (?:\\p{L}+ ){0,2}?(?:accreditation|pass(?:es)?|tickets?|invitations?|permits?) (?:will be |would be |are |were |is |may |can )?(?:allowed|admitted|let|permitted|enter)', 'limited to (?:ticket holders|invited guests|pass holders|accredited \\p{L}+|residents)', 'reserved for (?:[\\p{L}-]+,? ){0,3}?(?:invited guests|guests|dignitaries|officials|delegates|ticket holders|pass holders|VIPs|accredited \\p{L}+)',
        '(?:spectators|fans|supporters|visitors|pedestrians|the public|crowds?|onlookers) (?:will |would |are |were |may )?not (?:be )?(?:allowed|permitted|let) (?:onto|on to|into|inside|within|on)\\b',
        '(?:no one|nobody|no-one) (?:will |would |is |was |may )?(?:be )?(?:allowed|permitted|let) (?:onto|on to|into|inside|within|on|near)\\b'],
      { match: ['The square was ringed with metal barriers.', 'The pier will be closed to anyone without a pass.', 'Only invited guests will be let into the hall.',
        'The town square will be open on Saturday only to invited guests and holders of passes.', 'Only vehicles with a harbour pass will be allowed onto the pier.', 'The dawn service is limited to ticket holders.', 'The harbour will be closed to anyone not authorised.', 'The square was closed from dawn to everyone except holders of invitations.', 'Spectators will not be allowed onto the Holm Bridge.', 'No one will be allowed within eight kilometres of the launch pad.', 'The beach in front of the memorial will be reserved for chiefs, invited guests and the choirs during the service.'],
        noMatch: ['The lake is ringed by hills.', 'Only three officers were hurt.', 'The shop is open only on Sundays.', 'Only people with tickets said they were happy.', 'A table was reserved for two.'] }),
    naming: 'clause',
  },
  {
    ...measure('sealed-off', 'restricted_zone', 'an area sealed, cordoned or fenced off, named by its clause ("The quay was sealed off with barriers"), or by what the verb seals off ("police will fence off the courthouse" is "Courthouse fenced off")',
      ['sealed off', 'cordoned off', 'fenced off', SEALS_OFF],
      { match: ['The area around the town hall was sealed off with metal barriers on Friday.', 'The city police will fence off the courthouse from 8 p.m. on Thursday.', 'Officers began cordoning off the square at dawn.', 'Police seal off the harbour.', 'Crews were fencing off the lot.'],
        noMatch: ['The envelopes were sealed before the vote.', 'The team fended off a late attack.', 'They will seal the deal on Monday.'] }),
    naming: 'clause',
  },
  {
    ...measure('closure', 'closure', 'a road, street, bridge, station or exit closed or shut, to traffic or to all, or crossings or sailings suspended; or a vehicle-free or pedestrian-only zone. Named by its clause ("Quay Road closed to traffic"); a closure denied ("the bridge will not be closed") is none, nor traders closing their own stalls or shops on a street, nor a closure a gathering opposes ("marched against the Pirita Road closure")',
      ['closed(?!-)', 'shut', 'exit-only', '(?:crossings?|sailings?)\\b[^.;,]{0,30}?\\bsuspended', 'closures?', 'close(?! to\\b)(?! (?:their|its|his|her|the) (?:stalls|shops|stands|businesses|doors|offices|accounts)\\b)', 'closing(?! (?:ceremon|rally|rallies|speech|session|concert|match|game|stages?|minutes?|remarks))', 'vehicle-free zones?', 'car-free zones?', 'traffic-free zones?', 'pedestrian-only', 'pedestriani[sz]ed',
        '(?:is|are|will be|would be|was|were|remains?|stays?) open only to (?:\\p{L}+ ){0,3}?(?:crews|vehicles|traffic|buses|residents|emergency services|ambulances)'],
      { match: ['Quay Road and Mill Street will be closed to all traffic from 9 a.m.', 'The road from the town to the village is open only to fire crews and buses.', 'The ferry pier was shut for the day.', 'Road closures around the old harbour start on Friday.',
        'The town council will close the north exit of the tram station on Saturday night.', 'A vehicle-free zone will cover the lakeside on race day.', '- The island closed to private cars from 6 p.m.',
        'The city police closed Kossuth ter to traffic between the bridge and the market from 11 a.m.', 'The prefecture ordered Via Lunga and Via Corta closed to traffic from noon.', 'Harbour Airport will be closed to all flights during those hours.', 'Mill Street will be pedestrian-only from 9 a.m.', 'Inter-island ferry crossings have been suspended since Saturday.'],
      noMatch: ['The shops will be closed on Sunday.', 'Traders on the street have been told to close their stalls.', 'The case was closed last year.', 'Fans stood close to the stage.', 'Police watched on closed-circuit television.', 'The road museum is open only to members.', 'The closing rally was held on Avenida Central.'] }),
    naming: 'clause',
    guards: { closable: new RegExp(`\\b(?:${anyOf(CLOSABLE)})\\b|${CLOSED_TO}|${CLOSES_NAME_TO}|\\b(?:vehicle|car|traffic)-free\\b`, 'iu') },
  },
  {
    ...measure('ban', 'ban', 'alcohol, glass, flares, large bags, gatherings, firearms, lorries, motorbikes, vendors or the like banned, barred, kept out of or not allowed or not sold in an area, or permits to carry firearms suspended (drones aside: an airspace restriction). Named by its clause; not a ban a gathering opposes ("to protest against the alcohol ban"), which is that protest\'s target',
      ['banned', 'banning', 'barred', 'bars? (?:[\\p{L}-]+ ){1,3}from', 'prohibited', 'forbidden', '(?:not|no longer) (?:be )?allowed', 'not (?:be )?permitted', 'not be (?:brought|taken|carried) (?:in|into|onto|inside)', '(?:may|must|can|will) not be (?:sold|drunk|consumed)', 'bans?', 'prohibitions?',
        `(?:${KEPT_OUT})\\b[^.;]{0,100}?\\b(?:kept|keep) (?:away from|out of|outside|off)\\b`, `(?:kept|keep|keeps|keeping) (?:${KEPT_OUT}) (?:away from|out of|off)\\b`, `clear of (?:${KEPT_OUT})\\b`, '(?:permits?|licen[cs]es?) to carry (?:fire)?arms (?:\\p{L}+ ){0,4}?(?:are |is |will be |were |have been |has been )?suspended', 'suspended (?:all )?(?:\\p{L}+ )?(?:permits?|licen[cs]es?) to carry', 'no (?:\\p{L}+ ){0,2}(?:alcohol|drinking|glass|bottles|parking|bags)', 'turned away', 'confiscated', 'no (?:[\\p{L}-]+ ){1,4}(?:will be|would be|is|are|may be) (?:allowed|permitted)', 'no (?:[\\p{L}-]+, ){1,4}(?:[\\p{L}-]+ or )?(?:alcohol|drinking|glass|bottles|parking|bags|banners|placards|flags|chairs)'],
      { match: ['Glass bottles will be banned along the parade route.', 'No alcohol will be sold near the arena on match days.', 'Flares and fireworks are not allowed in the stands.',
        'The council imposed a ban on public gatherings in the old town.', '- Alcohol ban in the harbour district all weekend.', 'No sale of alcohol within 1 km of the arena.',
        'There is no parking on Quay Road from noon.', 'An order issued on Monday, banning flares along the route.', '- no banners, placards, alcohol or folding chairs in the viewing areas.',
        'Inspectors will enforce a ban on street vending within four blocks of the park.', 'Alcohol, glass and umbrellas may not be brought in, the director said.',
        'Lorries will be banned from the ring road from 6 a.m. on Friday.', 'Fuel tankers are banned from the ring road between 6 am and 8 pm.', 'The prefect banned visiting supporters from the city centre on Sunday.', 'The order bars motorbikes from the old town for the weekend.', '- a ban on pillion riders in the harbour district on Sunday;',
        'Hawkers who work the quay will be kept outside the fence.', 'Inspectors will keep the pavements clear of vendors.', 'Police have suspended all permits to carry firearms in the capital until Monday.',
        'Permits to carry firearms are suspended across the region from Friday.', 'Anyone carrying a knife will be turned away at the gates.', 'Fireworks and laser pointers will be confiscated.',
        'No firearm will be allowed inside the hall.', 'No gathering of any kind is allowed within 400 metres of a polling station.', 'The sale of liquor will be banned within the town limits on Saturday.', 'Taxis will be banned from the old town from noon.', 'The city has banned street trading within one kilometre of the showgrounds.',
        'The regional government has banned barbecues and campfires in the forest until Sunday because of the fire risk.', 'Picketing was banned within 100 feet of the terminal entrances.', 'The port authority banned bathing in the bay until Wednesday, and swimming was forbidden along the beach.', 'Resale outside the venue is banned.', 'Boats will be barred from the river under the bridge on Thursday.',
        'The regional committee has banned all visits to forests in the region until October 15.', 'It has banned the burning of stubble and garden waste until further notice.', 'Glass will no longer be allowed in the stands from Sunday.', 'Alcohol may not be sold or drunk in the park from Friday evening.'],
      noMatch: ['The singer was banned from the festival.', 'Chairs can be brought in.', 'Drones are banned over the bay.', 'Smoking is not allowed in the hall.', 'There was no sale or public consumption of tickets.',
        'Fans will be kept outside the ground until noon.', 'The vendors said sales were down.', 'Marches will be allowed but kept away from the palace.', 'The licence of the club was suspended.', 'Fans without tickets will be turned away.', 'No decision will be allowed to wait.'] }),
    naming: 'clause',
    guards: { banned: new RegExp(`\\b(?:${anyOf(BANNABLE)})\\b`, 'iu') },
  },
  measure('curfew', 'ban', 'a curfew on an area: being out of doors banned for some hours',
    ['(?:(?:\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.)|dusk|sunset|midnight|\\d{1,2}pm) (?:to|until) (?:\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.)|dawn|sunrise|\\d{1,2}am) |night(?:-time)? |overnight |dusk-to-dawn |nightly )?curfews?'],
    { match: ['A 6 p.m. to 6 a.m. curfew was imposed on three districts until Thursday.', 'The army declared a dusk-to-dawn curfew in the port.', 'A curfew will run from 10 p.m.'],
      noMatch: ['Shops will close early on Friday.', 'Bars must close at midnight.'] }),
  measure('fan-zone', 'fan_zone', 'an area set up for supporters to gather and watch (a fan zone, fan park, fan village; viewing areas with a capacity)',
    ['fan zones?(?! (?:entrances?|gates?))', 'fan parks?', 'fan villages?', 'fan fests?', 'fan festivals?', 'fan miles?', 'spectator (?:areas?|zones?)', '(?<!\\bthe )(?:free )?visitor zones?(?! (?:entrances?|gates?))', 'public viewing (?:areas?|zones?|sites?)', '(?<!\\bthe )viewing areas?(?=[^.;]{0,160}?\\b(?:can hold|will hold|holds?|with room for|capacity of))'],
    { match: ['A fan zone for 20,000 supporters opens in the park on Friday.', '- A free visitor zone with two giant screens and room for 12,000 people will open at the plaza at 5 p.m.', 'The city will run a fan park on the waterfront.', 'Spectator areas on the quay are entered through bag checks.', 'Three viewing areas, at the park and on the seafront, can hold 180,000 people between them.'],
      noMatch: ['Fans will zone out after the match.', 'Searches at every fan zone entrance.', 'No banners in the viewing areas.'] }),
  measure('surveillance', 'surveillance', 'cameras or other watching of an area',
    ['drone surveillance', 'video surveillance', 'CCTV(?: cameras)?', 'facial recognition(?: cameras| systems)?', 'surveillance cameras', 'aerial surveillance',
      'police drones?', 'camera masts?', 'cameras to (?:watch|film|monitor) the \\p{L}+(?: \\p{L}+)?',
      `(?:${NUMBER_PHRASE}) (?:(?:${CAMERA_WORDS}) ){0,2}cameras`, `(?:${CAMERA_WORDS}) cameras`,
      'cameras (?:\\p{L}+ ){0,3}(?:watched|monitored|viewed|fed|feed|feeding|linked|streamed) (?:by|from|in|into|to)\\b',
      '(?:helicopters?|drones) (?:to |will |would |that |which )?(?:watch|watching|monitor|monitoring|film|filming)\\b', '(?:boat|maritime|helicopter|aerial) patrols?', 'patrol(?:s|ling)? the waters',
      `(?:monitor|monitoring|watch|watching|observe|observing)\\b[^.;,]{1,60}? with (?:(?:${NUMBER_PHRASE}|an?) )?(?:(?:${CAMERA_WORDS}) ){0,2}(?:cameras|CCTV|drones|helicopters?)(?: and (?:(?:${NUMBER_PHRASE}|an?) )?(?:cameras|drones?|helicopters?))?`],
    { match: ['Video surveillance will cover the piers.', 'The city installed 60 additional CCTV cameras.', 'The Met will use live facial recognition cameras.',
      'A police drone followed the parade.', 'Officers will film the route from camera masts.', 'The club will use its cameras to watch the stands.',
      '- 40 cameras watched from a control room at the town hall.', 'The city has installed 30 temporary cameras on the parade route.', 'Officers will wear body cameras.',
      'Police will use two helicopters to watch the fan walks.', 'The coast guard will patrol the waters off the cove with six boats.',
      'The city police will monitor Harbour Square with cameras during the vigil.'],
      noMatch: ['Suspects were under surveillance for weeks.', 'A camera crew filmed the march.', 'Two television cameras filmed the march.', 'Drones are banned over the bay.',
        'Fans will watch the final with friends in the square.'] }),
  measure('cybersecurity', 'cybersecurity', 'a unit or room that guards computer systems',
    ['(?:24-hour |dedicated )?cyber ?security (?:control room|command cent(?:re|er)|operations cent(?:re|er)|centre|center|unit)', 'cyber defen[cs]e (?:unit|centre|center)'],
    { match: ['A dedicated cybersecurity unit will watch the ticketing system.', 'A cyber defence centre opens in Rome.'],
      noMatch: ['Cybersecurity experts criticised the plan.'] }),
  measure('inspection', 'inspection', 'checks of people or bags at an entrance',
    ['(?:robotic )?inspection systems?', 'bag (?:checks?|searches)', 'bags (?:will be |are |were )?searched', 'security screening', '(?:second |extra |additional |new )?screening lines?', 'metal[- ]detectors?(?: checks)?',
      'check(?:s|ing)? (?:\\p{L}+ )?bags (?:at|on) (?:the|every|each|all)\\b', '(?:every|each) bag (?:will be |would be |is |was |must be )?(?:checked|searched)', '(?:check(?:ed|s|ing)?|search(?:ed|es|ing)?) (?:every|each) (?:bag|backpack)\\b', 'body scanners?', '(?:bomb[- ])?sniffing dogs', '(?:sniffer|detection|explosives?) dogs',
      'magnetometers?', 'stop and search', 'border checks', 'checks at (?:its|the) (?:land )?borders?',
      'identity (?:document |card )?checks?', 'ID checks?', 'check(?:s|ing)? (?:the )?(?:identity|identities|ID|papers|documents) of', 'checks? of (?:identity|identities|ID|documents|papers|travel documents)', 'show (?:their |an? )?(?:identity|ID) (?:documents?|cards?|papers)',
      'bags (?:will be |would be |are |were )?checked (?:at|on)', 'check(?:s|ing)? every (?:\\p{L}+ )?(?:vehicle|car|fan|supporter|spectator|passenger|bag)', 'search(?:es|ing)? (?:\\p{L}+ ){0,2}bags\\b(?! at random)',
      `(?:${SEARCHED}) (?:will be |would be |are |were |must be |is |was )?(?:searched|screened|frisked)`, '(?:searched|screened) (?:twice|at the|at an|at every|on entry|on arrival|before entering)',
      'search(?:es)? (?:of )?every', 'checks? of (?:every|all|each) (?:\\p{L}+ )?(?:vehicles?|cars?|fans|supporters|spectators|passengers|travell?ers)', 'vehicle checks?',
      'border controls', 'controls at the borders?', `${CHECKED_AT}checkpoints?`, `${THROUGH_CHECKPOINTS}checkpoints?`, `(?:checkpoints?|roadblocks?)(?=${SEARCHED_AFTER})`,
      `(?:will be |would be |are |were |must be |is |was )(?:searched|checked|screened|inspected) at (?:the |every |each |all |one of (?:the )?)?(?:[\\p{L}\\d-]+ ){0,2}?${ENTRY_POINTS}\\b`,
      'bags (?:will be |would be |are |were |must be )checked\\b'],
    { match: ['Bag checks will be carried out at every gate.', 'Police checked every bag going into the viewing areas.', 'Officers with sniffer dogs will patrol the crowd.', 'Cars entering the zone will be searched at five checkpoints.', 'Passes will be checked against the guest list at two rings of checkpoints.', 'All fans will pass through metal detectors.', 'Security screening at all 12 gates will be tighter.',
      'Magnetometers will stand at both doors.', 'Officers may stop and search people in the park.', 'The country will reintroduce checks at its land border.',
      'Identity checks at the entrances to the security zone.', 'Some 650 guards will search bags at the entrances.', 'Every ticket holder will be searched at one of the eight gates.',
      'Fans will be searched twice, at an outer ring and at the turnstiles.', 'Flares are banned, and everyone entering will be searched.', 'Police will also check the identity of everyone entering the hall.', 'Stewards search every visiting supporter at a separate entrance.', 'Police will carry out checks of every vehicle at a checkpoint.',
      'Residents inside the zone will have to show identity documents at police checkpoints.', 'Bags will be checked at every entry point.', 'Police will check every vehicle entering the city.', 'Entry is free, but visitors will pass through police checkpoints.',
      'He said officers would check bags at the entrances to the finish area.', 'Every bag will be checked by the club\'s stewards.', '- metal-detector checks at the 12 entrances to the stands;',
      'Pilgrims will be searched at six gates around the shrine.', 'A dozen checkpoints will be set up on the roads into the centre from Saturday morning, and drivers should expect their vehicles to be searched.', 'Vehicles coming into the town will be checked at four points on the ring road.', 'Bags will be checked and bottles taken away.', 'Roadblocks were set up on the ring road, where every vehicle leaving the city was searched.'],
      noMatch: ['Police will check bags at random.', 'The inspection of the stadium roof is due in May.', 'Tickets were checked at the hotel.', 'Police searched the house of the suspect.', 'Officers will search bags at random.', 'Two states asked for help with checks on travel documents.'] }),
  measure('intelligence', 'intelligence', 'intelligence work against threats',
    ['intelligence-led prevention(?: strategies)?', 'intelligence sharing', 'intelligence-led policing'],
    { match: ['The plan relies on intelligence sharing between forces.'], noMatch: ['Military intelligence officers attended the briefing.'] }),
];

/**
 * A list a closure sentence introduces ("Roads will be closed district by district as the runners pass:"):
 * each item that names a way is a closure of its own, named by the item's words without its label and its
 * hours ("- Centre: Harbour Road and Mill Square, from 5 a.m. to 5 p.m." is "Harbour Road and Mill Square
 * closed"); the lead sentence is no closure of its own then.
 */
export const CLOSURE_LIST: MeasureRule = {
  id: 'measure.closure-list', produces: 'measures', measureKind: 'closure',
  description: 'the items of a list a closure sentence introduces ("Roads will be closed as the runners pass:", "The following streets will be shut:"): each item naming a way a closure of its own, named by its words without the label and the hours; the lead sentence then no closure of its own',
  pattern: /\b(?:closed|closures?|shut|close)\b[^.:]{0,80}:\s*$/iu,
  examples: {
    match: ['Roads will be closed district by district as the runners pass:', 'The following streets will be shut on Sunday:'],
    noMatch: ['Roads will be closed district by district as the runners pass.', 'The organiser listed the measures:'],
  },
};

/**
 * Who imposes a measure when no "declared by" says so: the body that announces it (rule measure.announced-by)
 * and the body that lists measures before a list of them (rule measure.list-lead).
 */
export const MEASURE_OPERATOR_RULES = {
  announcedBy: {
    id: 'measure.announced-by', produces: 'measures',
    description: 'a police force or a government that announces a measure in its own sentence, as the subject of "said" or after the measure ("The Harbour Police said the quay would be closed", "…, the city council said"): the measure\'s operator; a person who announces it names no body, nor do residents, unions or critics who speak of it, nor an agency that may report another\'s measure ("the aviation authority said drones were banned"), and a body its words name ("declared by the aviation authority") comes first',
    pattern: /^(?:\s*\([^()]{1,40}\))?(?:,[^,;]{1,80},)?,?\s+(?:said|says|announced|confirmed|added)\b/u,
    examples: { match: [' said the quay would be closed on Sunday.', ' (HP) said the quay would be closed.', ', the force that guards the port, said the quay would be closed.', ' (HP), said the quay would be closed.'], noMatch: [' will send 300 officers.', ' officers said the quay would be closed.'] },
  },
  listLead: {
    id: 'measure.list-lead', produces: 'measures',
    description: 'a body that lists measures before a list ("The Harbour Police listed the main restrictions for Saturday:", "The organiser, Harbour Events, listed the measures:"): the operator of each measure in the list',
    pattern: /\b(?:listed|set out|published|announced|issued|gave|released|detailed|outlined)\b[^.:]{0,80}:\s*$/u,
    examples: { match: ['The Harbour Police listed the main restrictions for Saturday:', 'The organiser, Harbour Events, set out the measures for visitors:'], noMatch: ['Roads will be closed as the runners pass:', 'The Harbour Police listed the main restrictions for Saturday.'] },
  },
} satisfies Record<string, Rule>;
