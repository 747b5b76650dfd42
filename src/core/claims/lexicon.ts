/**
 * Word lists the claim extractor relies on: reporting verbs and their kinds,
 * number words, qualifiers, and what a figure can count. English only: other
 * languages get no counted noun, so their figures are kept only where safe.
 */
import { STOPWORDS } from '../stopwords';
import type { FigureQualifier, VerbKind } from './types';

function forms(kind: VerbKind, stems: string): Array<[string, VerbKind]> {
  return stems.split(/\s+/).filter(Boolean).map((w) => [w, kind]);
}

/** Reporting verbs, every written form, with the stance each one takes. */
export const REPORTING_VERBS: ReadonlyMap<string, VerbKind> = new Map([
  ...forms(
    'neutral',
    `say says said saying tell tells told telling states stated stating add adds added adding
     write writes wrote writing mention mentions mentioned notes noted explain explains explained
     reports reported announce announces announced declare declares declared commented
     remark remarked reply replies replied respond responds responded answered
     asks asked recalls recalled tweeted posted
     warn warns warned promised argue argues argued believe believes believed
     estimated think thinks thought indicate indicates indicated recorded
     predict predicts predicted urge urges urged suggest suggests suggested observed
     speculate speculates speculated`,
  ),
  ...forms(
    'distancing',
    `claim claims claimed claiming allege alleges alleged alleging insist insists insisted insisting
     assert asserts asserted asserting contend contends contended purport purports purported`,
  ),
  ...forms(
    'confirming',
    `confirm confirms confirmed confirming admit admits admitted admitting acknowledge acknowledges acknowledged
     acknowledging concede concedes conceded conceding`,
  ),
]);

/**
 * Verbs that attribute a direct quote but would read too much into plain prose
 * ("the fighting continued", "the sign reads"): used next to quote marks only.
 */
export const QUOTE_ONLY_VERBS: ReadonlyMap<string, VerbKind> = new Map([
  ...forms(
    'neutral',
    `retort retorts retorted shout shouts shouted shouting yell yells yelled yelling scream screams screamed screaming
     chant chants chanted chanting bark barks barked conclude concludes concluded interject interjects interjected
     interjecting quip quips quipped joke jokes joked joking continue continues continued recount recounts recounted
     testify testifies testified plead pleads pleaded boast boasts boasted complain complains complained vow vows vowed
     pledge pledges pledged reiterate reiterates reiterated counter counters countered demand demands demanded cry cries
     cried exclaim exclaims exclaimed read reads tweet tweets post posts lament laments lamented quote quotes quoted
     remind reminds reminded recall recalls recalling stress stresses stressed emphasize emphasizes emphasized
     acknowledged wrote writes begged begs whispered whispers sighed laughed smiled beamed gushed snapped fumed
     saying adding telling writing noting asking declaring explaining responding replying answering warning tweeting
     agree agrees agreed points pointed offered offers summed sums marveled marvelled mused muses scoffed griped
     predicted predicts conceded cautioned cautions answer answers exhort exhorts exhorted react reacts reacted opine
     opines opined sing sings sang started mocked mocks jabbed assured assures wondered wonders demurred
     proclaim proclaims proclaimed questioned blogged affirm affirms affirmed observes observed laughs
     remember remembers remembered surmised disagree disagrees disagreed objected protested concurred elaborated
     interrupted remarking arguing quipping observing continuing concluding suggesting announcing vowing promising
     pledging stressing emphasizing emphasising boasting complaining lamenting urging posting blogging demanding
     proclaiming predicting cautioning reminding reiterating retorting countering exclaiming recounting testifying
     retaliated retaliates
     boomed booms thundered thunders bellowed bellows riffed riffs reasoned bragged brags grumbled grumbles murmured
     murmurs confided confides raged snarked snarks enthused enthuses exulted exults crowed
     sniffed deadpanned roared advised advises texted emailed e-mailed messaged snorted chided scolded teased huffed
     hissed growled muttered mumbled stammered gasped cracked taunted needled fretted rejoined wisecracked intoned
     ventured admonished implored sneered groused carped`,
  ),
  ...forms('distancing', 'charge charges charged accuse accuses accused maintained maintains'),
]);

/** Verbs that introduce a quote or reported speech (a narrower set than figure sources), and those that only attribute a quote. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...[...REPORTING_VERBS.keys()].filter((w) => !/^(?:believ|estimat|think|thought|indicat|record|put|predict|describ|observ)/.test(w)),
  ...QUOTE_ONLY_VERBS.keys(),
]);

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

export const UNITS_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mln', 1e6], ['bln', 1e9], ['mn', 1e6], ['bn', 1e9], ['tn', 1e12],
]);

export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Units written as words after a number, and the symbol they stand for. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollars', '$'], ['dollar', '$'], ['euros', '€'], ['euro', '€'], ['pounds', '£'], ['yen', '¥'],
]);

export const CURRENCY_SYMBOLS = '$€£¥';

/** Qualifiers before a figure, longest first; each is a list of lower-case words. */
export const QUALIFIERS: ReadonlyArray<[string[], FigureQualifier]> = (
  [
    ['a little more than', 'more-than'], ['a little less than', 'less-than'], ['a little over', 'more-than'],
    ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['as many as', 'up-to'], ['as much as', 'up-to'], ['as high as', 'up-to'], ['as few as', 'at-most'],
    ['little more than', 'more-than'], ['little less than', 'less-than'], ['just before', 'nearly'], ['shortly before', 'nearly'],
    ['just after', 'more-than'], ['shortly after', 'more-than'], ['soon after', 'more-than'], ['some time after', 'more-than'],
    ['more than', 'more-than'], ['greater than', 'more-than'], ['in excess of', 'more-than'], ['upwards of', 'more-than'],
    ['at least', 'at-least'], ['up to', 'up-to'], ['closer to', 'about'], ['close to', 'about'],
    ['fewer than', 'less-than'], ['less than', 'less-than'], ['at most', 'at-most'], ['an estimated', 'about'],
    ['just over', 'more-than'], ['just under', 'nearly'], ['well over', 'more-than'],
    ['around', 'about'], ['about', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['some', 'about'],
    ['nearly', 'nearly'], ['almost', 'nearly'], ['over', 'more-than'], ['under', 'less-than'], ['only', 'only'],
    ['just', 'only'], ['exactly', 'exact'], ['estimated', 'about'], ['approx', 'about'], ['roughly', 'about'],
    ['before', 'less-than'], ['after', 'more-than'], ['by', 'up-to'], ['until', 'up-to'], ['within', 'up-to'],
  ] as Array<[string, FigureQualifier]>
).map(([w, q]) => [w.split(' '), q]);

/** Month names, English and the French, German and Spanish a date is written with ("le 5 mai"): a day, not a count. */
export const MONTHS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december
   jan feb mar apr jun jul aug sep sept oct nov dec
   janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
   januar februar märz maerz juni juli oktober dezember
   enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre`.split(/\s+/),
);

/** Words after a number that make it something other than a count (a multiplier, a rank, an address). */
export const NOT_COUNTED_AFTER: ReadonlySet<string> = new Set(
  `times fold percentile st nd rd th o'clock block blocks-long east west north south northeast northwest
   southeast southwest n s e w ne nw se sw`.split(/\s+/),
);

/** Seconds in each unit of time a figure can have. */
export const UNIT_SECONDS: Readonly<Record<string, number>> = {
  s: 1, min: 60, h: 3600, d: 86400, w: 604800, mo: 2629800, y: 31557600,
};

/** Units of time after a number: the unit, and how many of it one such word is ("decade" is 10 years). */
export const TIME_UNITS: ReadonlyMap<string, [string, number]> = new Map(
  (
    [
      ['s', 1, 'second seconds sec secs'], ['min', 1, 'minute minutes min mins'], ['h', 1, 'hour hours hr hrs'], ['d', 1, 'day days'],
      ['w', 1, 'week weeks fortnight'], ['mo', 1, 'month months'], ['y', 1, 'year years yr yrs'], ['y', 10, 'decade decades'],
      ['y', 100, 'century centuries'],
    ] as Array<[string, number, string]>
  ).flatMap(([u, n, words]) => words.split(' ').map((w) => [w, [u, w === 'fortnight' ? 2 : n]] as [string, [string, number]])),
);

/** Units of length, area, speed and weight after a number (as a word or glued to it), with their size in the base unit. */
export const MEASURE_UNITS: ReadonlyMap<string, [measure: 'distance' | 'area' | 'speed' | 'weight', unit: string, base: number]> = new Map(
  (
    [
      ['distance', 'm', 1, 'm metre metres meter meters'], ['distance', 'km', 1000, 'km kilometre kilometres kilometer kilometers kms'],
      ['distance', 'cm', 0.01, 'cm centimetre centimetres centimeter centimeters'], ['distance', 'mm', 0.001, 'mm millimetre millimetres millimeter millimeters'],
      ['distance', 'mi', 1609.344, 'mi mile miles'], ['distance', 'ft', 0.3048, 'ft foot feet'], ['distance', 'in', 0.0254, 'inch inches'],
      ['distance', 'yd', 0.9144, 'yd yard yards'],
      ['area', 'ha', 10000, 'ha hectare hectares'], ['area', 'acre', 4046.86, 'acre acres'],
      ['speed', 'km/h', 1 / 3.6, 'kmh kph'], ['speed', 'mph', 0.44704, 'mph'],
      ['weight', 'kg', 1, 'kg kilogram kilograms kilo kilos'], ['weight', 'lb', 0.4536, 'lb lbs'], ['weight', 't', 1000, 'tonne tonnes ton tons'],
    ] as Array<['distance' | 'area' | 'speed' | 'weight', string, number, string]>
  ).flatMap(([m, u, b, words]) => words.split(' ').map((w) => [w, [m, u, b]] as [string, ['distance' | 'area' | 'speed' | 'weight', string, number]])),
);

/** Words naming a day, for a figure's scope (English, French, German, Spanish). */
export const WEEKDAYS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
   montag dienstag mittwoch donnerstag freitag samstag sonntag lunes martes miércoles miercoles jueves viernes sábado sabado domingo`.split(/\s+/),
);

/** Words before a number that make it a rank or a label. */
export const NOT_COUNTED_BEFORE: ReadonlySet<string> = new Set(
  `no number nos no. page pages article chapter section room route flight highway interstate level
   grade class size version model season round week day year minute game episode volume series phase
   reactor unit line platform gate row seat channel bailiff officer apartment suite floor building precinct
   district ward murder case code`.split(/\s+/),
);

/** What a figure can count, as a state of its subject, with the words that say it. */
export const STATES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    dead: 'dead killed died deaths death toll fatalities bodies perished lives fatality murdered slain fatally massacred killing killings kills',
    missing: 'missing unaccounted disappeared vanished',
    injured: 'injured wounded hurt injuries wounding injuring',
    shot: 'shot shooting',
    casualties: 'casualties',
    evacuated: 'evacuated evacuation evacuate evacuating evacuees',
    displaced: 'displaced homeless fled leave flee fleeing refugees',
    returned: 'returned repatriated return returning repatriation',
    relocated: 'relocated relocating relocate deported deporting transferred abducted',
    detained: 'detained held imprisoned jailed captured detaining custody',
    arrested: 'arrested arrests arresting',
    charged: 'charged indicted accused',
    hostages: 'hostage hostages',
    rescued: 'rescued saved',
    aboard: 'aboard onboard',
    released: 'released freed',
    sheltered: 'housed sheltered shelters',
    executed: 'executions executed execution',
    magnitude: 'magnitude',
    unemployed: 'unemployment unemployed jobless',
    votes: 'vote votes voted ballots',
    seats: 'seats',
  }).flatMap(([state, words]) => words.split(' ').map((w) => [w, state] as [string, string])),
);

/** Nouns for people, mapped to one class so that "residents" and "individuals" can agree. */
export const ENTITY_CLASSES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    people: `people persons person individuals residents civilians citizens inhabitants villagers locals
      passengers evacuees refugees victims migrants nationals russians ukrainians residents others bystanders innocents
      partygoers party-goers clubgoers club-goers concertgoers patrons guests attendees revelers revellers
      climbers hikers tourists pilgrims worshippers worshipers`,
    // Men, women or adults counted are a part of the people counted ("five adults and an unborn child", "four women
    // and one man"), not all of them: compared only with a count of the same.
    men: 'man men male males',
    women: 'woman women female females',
    adults: 'adult adults',
    children: 'children kids minors child boys girls',
    soldiers: 'soldiers troops servicemen fighters militants personnel',
    officers: 'officers officer policemen policeman cops deputies',
    attackers: 'attackers gunmen shooters assailants terrorists suicide bombers',
    shots: 'shots bullets rounds gunshots casings',
    vehicles: 'vehicles vehicle cars car trucks',
    buildings: 'buildings building structures structure',
  }).flatMap(([cls, words]) => words.split(/\s+/).filter(Boolean).map((w) => [w, cls] as [string, string])),
);

/** Words that refer back to a figure given just before ("the true number is closer to 3,000"). */
export const FIGURE_REFERENCES: ReadonlySet<string> = new Set([
  'number', 'figure', 'toll', 'tally', 'count', 'total',
]);

/** Who gives a figure, grouped: two sources of one group do not contest each other. */
export const SOURCE_GROUPS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    official: `officials official authorities authority government ministry police officers administration
      agency kremlin commission commissioner spokesperson spokesman spokeswoman list military army`,
    local: 'residents locals local villagers people relatives families witnesses activists',
  }).flatMap(([g, words]) => words.split(/\s+/).filter(Boolean).map((w) => [w, g] as [string, string])),
);

/** Languages that write 3.000 for three thousand and 3,5 for three and a half. */
export const DECIMAL_COMMA_LANGS: ReadonlySet<string> = new Set(
  `fr de es it pt nl ru pl cs sk sl hr sr bs bg ro hu tr el da sv nb nn no fi et lv lt uk be id ca eu gl vi az kk is
   sq mk ka hy`.split(/\s+/),
);

/**
 * Common English first names that are a woman's or a man's, to tell whom "she" or "he" can be. Names worn by both
 * ("Jordan", "Kelly", "Chris", "Pat", "Jean", "Leslie") are left out: they say nothing.
 */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(
 `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
 kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia amy
 angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet
 ruth maria heather diane julie joyce victoria olivia christina lauren joan evelyn judith megan
 cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice julia marie grace
 judy theresa beverly denise marilyn amber danielle rose brittany diana abigail natalie jane lori alexis tiffany
 kayla hillary hilary chelsea nikki carly condoleezza sonia elena ruth nancy elizabeth kellyanne hope huma
 jill michele maxine loretta valerie susana katrina ivanka melania tiffany megyn greta rachel maureen eileen
 tammy kirsten claire tulsi amy kamala debbie dianne barbara marsha sheila patty jeanne gretchen
 cokie donna brianna katie kate kathleen kathy peggy paula wendy yvonne zoe alice ellen irene jo joanne
 lucy marcia mia molly monica nina norma sally sylvia tina vanessa wanda
 courtney justine brittney jasmine destiny aaliyah imani ebony tamika monique yolanda felicia crystal erica erika
 priscilla veronica gabriela gabrielle alyssa kristen kristin krystal jenna jenny holly leah tara tasha latasha
 latisha shaniqua keisha lakisha tanya sonya rosa carmen lucia ana alicia alexandra alexa bianca brooke caitlin
 kaitlyn chloe claudia colleen darlene dawn elaine ella erin esther faith gina haley hailey hayley heidi isabel
 isabella jada janelle jeanette joanna josephine juanita karina katelyn kelsey kendra kiara kristina kylie
 leticia lillian lily lindsay lindsey lorraine mackenzie madison makayla mallory marisa marissa maya melinda
 mercedes miranda misty nadia naomi natasha noelle paige patrice raven regina renee rhonda rita roxanne ruby
 sabrina savannah selena serena shawna sierra sofia sophia stacy stacey tamara tanisha tonya trina valeria vivian
 whitney yasmin zoey`.split(/\s+/).filter(Boolean),
);
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(
 `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
 donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
 nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
 jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
 keith roger gerald harold sean carl arthur lawrence dylan jesse bryan joe billy
 bruce albert willie gabriel alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby
 philip johnny bernie bernard barack ted jeb marco rand ben mike mitch reince newt rudy rick bill hugh
 bob tim tom jim jimmy jeff dick al harry chuck martin luther karl rush sean howard lou jake joel
 corey cory tad ross rex roy elliott jared eric darrell trey orrin jon dan dave steve ron ken greg pete fred
 doug barry howard dwight ray ralph herman clarence hank hal marvin vince vladimir
 melvin marcus roland bradley ceasar cesar antonio carlos luis miguel jorge pedro manuel ricardo rafael alejandro
 fernando francisco javier eduardo hector andre andres darnell darius deandre demetrius jamal jamar jermaine jerome
 lamar lamont malik marquis maurice terrell terrence tyrone tyrell reginald rodney cedric curtis calvin derrick derek
 devin devon dustin travis troy trevor wesley xavier blake brett brent caleb chad cody colin connor craig damian
 desmond dominic duane dwayne earl edgar edwin emmanuel ernest ernesto felix floyd gilbert glenn gordon ian isaac
 ivan jaden javon jayden jeremiah jesus joaquin jonah julian julio kendrick kenny kurt lance leon leonard leroy lloyd
 lonnie lorenzo luke malcolm mario mason maxwell micah mitchell nathaniel neil nelson nicolas norman oliver omar
 oscar otis owen quentin ramon randall raul reggie ricky roberto rodrigo ronnie ruben salvador santiago sergio seth
 shane shawn stanley stuart theodore todd tony tristan tyson victor wade warren wyatt`.split(/\s+/).filter(Boolean),
);

/** Words in a name or description that say it is a woman's or a man's: "the actress", "his wife", "Mrs.". */
const FEMALE_WORD = /^(?:mrs|ms|miss|madam|woman|women|female|lady|girl|girlfriend|mother|mom|grandmother|daughter|granddaughter|stepdaughter|sister|wife|aunt|niece|widow|actress|spokeswoman|congresswoman|chairwoman|councilwoman|businesswoman|assemblywoman|queen|princess|duchess)$/;
const MALE_WORD = /^(?:mr|sir|man|men|male|gentleman|boy|boyfriend|father|dad|grandfather|son|grandson|stepson|brother|husband|uncle|nephew|widower|actor|spokesman|congressman|chairman|councilman|businessman|assemblyman|king|prince|duke)$/;

/**
 * Whether a name is a woman's or a man's, as its own words tell it: a first name ("Hillary Clinton", "Sen. Bernie
 * Sanders"), a title ("Mrs. Clinton") or a noun for a woman or a man ("the actress", "spokeswoman Hope Hicks"). A
 * surname alone says nothing ("Clinton" may be Hillary or Bill). Null when nothing says.
 */
export type Gender = 'f' | 'm';
export function genderOf(name: string): Gender | null {
  const ws = name.toLowerCase().replace(/[.,]/g, '').split(/\s+/).filter(Boolean);
  if (ws.some((w) => FEMALE_WORD.test(w))) return 'f';
  if (ws.some((w) => MALE_WORD.test(w))) return 'm';
  if (ws.length < 2) return null;
  // "Said Dorothy Poynter", "Sen. Bernie Sanders": the first word that can be a first name.
  const first = ws.find((w) => !STOPWORDS.has(w) && !SPEECH_VERBS.has(w) && !/^(?:sen|rep|gov|dr|prof|former|president|secretary|senator|governor|republican|democrat|democratic|gop|pastor|rev|reverend|bishop|rabbi|judge|mayor|sheriff|chief|officer|victim|sgt|lt|capt|gen|col|coach|ambassador|vice|attorney|general|state|u\.s|us)$/.test(w));
  if (first && FEMALE_FIRST_NAMES.has(first)) return 'f';
  if (first && MALE_FIRST_NAMES.has(first)) return 'm';
  return null;
}

/** Words that end the name of an organisation, not of someone "he" or "she" can be. */
export const ORGANISATION = /^(?:committee|party|police|alliance|coalition|hospital|league|club|church|school|county|city|bank|review|department|campaign|office|council|commission|board|house|senate|congress|court|university|institute|foundation|association|union|group|company|corporation|administration|ministry|government|agency|bureau|center|centre|network|post|times|news|journal|magazine|politico|axios|breitbart|huffpost|reuters|twitter|facebook|instagram)$/i;
