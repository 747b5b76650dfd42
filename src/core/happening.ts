/**
 * What identifies a happening, beyond its words: who (the people and places
 * named, as pairs of name words: "kevin barbee", "burning tree"), when (the
 * days the text names, resolved against its publication date: a report of
 * the day after says "on Saturday"), and its numbers (ages, counts,
 * addresses). Two reports of one shooting share a victim's name, the day and
 * the ages; two shootings in one city share the city's name and the words.
 *
 * Keys are strings with a space in them (tokens never have one), so they can
 * live in the index's vocabulary beside the words without meeting one:
 *
 *   "kevin barbee"      two adjacent name words of a person
 *   "~ toledo police"   of a place, an organisation or an official
 *   "@ 16098"           a day named in the text (days since 1970)
 *   "# 15y"             an age
 *   "# 4500"            another number (not a year, not part of a date)
 *   "% k 1"             a toll: one killed (k), injured (i), shot (s)
 */
import type { Article } from './article';
import { isContentWord } from './features';
import { STOPWORDS } from './stopwords';
import { tokenize, type Token } from './text';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_OF = new Map<string, number>();
MONTHS.forEach((m, i) => {
  MONTH_OF.set(m, i);
  MONTH_OF.set(m.slice(0, 3), i);
});
MONTH_OF.set('sept', 8);
/** Words that say which day relative to the publication date. */
const RELATIVE_DAYS = new Map<string, number>([
  ['today', 0],
  ['tonight', 0],
  ['yesterday', -1],
]);
/** Capitalised words that are not names even inside a sentence. */
const NOT_NAMES = new Set([...WEEKDAYS, ...MONTHS, 'i', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'a.m', 'p.m', 'am', 'pm']);

const DAY_MS = 86_400_000;

/**
 * Words that make a pair of name words a place or an organisation rather than
 * a person: "Toledo Police", "Burning Tree Apartments", "San Bernardino".
 * Places and officials recur across the happenings of one city; the people
 * a report is about (victims, suspects, witnesses) do not.
 */
const PLACE_WORDS = new Set(
  `police county city town township village parish borough district state states north south east west northeast northwest southeast
southwest central upper lower new san santa los las saint st fort ft mount mt port lake river creek beach island heights hills valley
springs grove gardens park terrace plaza square street avenue ave road rd drive boulevard blvd lane ln way court ct place highway
interstate parkway pkwy route bridge trail circle apartments apartment complex mall center centre club bar lounge restaurant grill
hotel inn motel market store shop station church school high elementary middle academy university college campus hospital medical
health clinic memorial children regional general department dept bureau office division unit squad patrol sheriff fire rescue ems
crime stoppers court courthouse jail prison correctional corrections news channel tv radio press associated times post tribune herald
journal gazette star daily chronicle register examiner sun record facebook twitter instagram youtube google inc co company corp group
association council committee authority agency services service national federal international united america american us army navy
air force base airport county's public safety security housing community justice attorney's district's`.split(/\s+/),
);
/** Words that introduce an official by title: a police chief or a spokesman is named in many happenings. */
const TITLES = new Set(
  `chief sgt sergeant officer lt lieutenant det detective capt captain cpl corporal deputy sheriff spokesman spokeswoman spokesperson
mayor gov governor sen senator rep representative judge justice prosecutor attorney coroner commissioner superintendent trooper agent
director president councilman councilwoman alderman pastor rev reverend professor prof principal chairman investigator examiner
lawyer counsel dr`.split(/\s+/),
);

export interface HappeningKeys {
  /** People named, as adjacent name words "first second" (lower case); officials and bylines left out. */
  people: string[];
  /** Other adjacent name words: places, organisations, and officials ("chief darryl", "san bernardino", "toledo police"). */
  places: string[];
  /** Days named in the text, as days since 1970 (UTC). */
  days: number[];
  /** Ages given ("15-year-old", "Barbee, 15,", "aged 15"). */
  ages: number[];
  /** Other numbers written in digits: counts, addresses, times (not years, not parts of dates). */
  numbers: number[];
  /** Tolls, in digits or words: "k 1" one killed, "i 4" four injured, "s 5" five shot. */
  tolls: string[];
}

const NUMBER_WORDS = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((w, i) => [w, i + 1]),
);
/** Words that may stand between a number and what it counts: "two people were killed", "four others injured". */
const TOLL_FILLERS = new Set(
  `people persons person men man women woman others other more were was is are have has had been being victims victim teens teen
teenagers teenager children child kids kid boys boy girls girl adults adult officers officer and of them in who reportedly also`.split(/\s+/),
);
/** What a toll counts, by the word after the number (or two words after: "4 people killed"). */
const TOLL_KIND = new Map<string, string>([
  ['dead', 'k'], ['killed', 'k'], ['die', 'k'], ['died', 'k'], ['dies', 'k'], ['fatally', 'k'], ['slain', 'k'],
  ['injured', 'i'], ['wounded', 'i'], ['hurt', 'i'], ['hospitalized', 'i'],
  ['shot', 's'], ['shootings', 's'],
]);

/** Days since 1970 of an ISO date, or null. */
export function epochDay(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

const isCapitalised = (raw: string) => /^\p{Lu}/u.test(raw);

/** True when most words of the line are capitalised: a headline in title case says nothing about names. */
function titleCase(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    if (!/^\p{L}/u.test(tokens[i].raw)) continue;
    words++;
    if (isCapitalised(tokens[i].raw)) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}

/** The keys of a text (its headline and body); `tokens` when they are at hand already. */
export function happeningKeys(article: Pick<Article, 'text' | 'published'>, tokens: Token[] = tokenize(article.text)): HappeningKeys {
  const text = article.text;
  const published = epochDay(article.published);
  const people = new Set<string>();
  const places = new Set<string>();
  const officials = new Set<string>();
  const days = new Set<number>();
  const ages = new Set<number>();
  const numbers = new Set<number>();
  const usedNumber = new Set<number>();
  const tolls = new Set<string>();

  // Lines, to tell title-case lines and sentence starts.
  let lineStart = 0;
  const titleLine = new Uint8Array(tokens.length);
  for (let i = 0; i <= tokens.length; i++) {
    const newLine = i === tokens.length || (i > lineStart && text.slice(tokens[i - 1].end, tokens[i].start).includes('\n'));
    if (!newLine) continue;
    if (titleCase(tokens, lineStart, i)) titleLine.fill(1, lineStart, i);
    lineStart = i;
  }

  const gap = (i: number) => text.slice(tokens[i - 1].end, tokens[i].start);
  const isNameWord = (i: number) => {
    const t = tokens[i];
    return isCapitalised(t.raw) && /^\p{L}/u.test(t.raw) && t.norm.length > 1 && !STOPWORDS.has(t.norm) && !NOT_NAMES.has(t.norm) && !titleLine[i];
  };

  // Names: runs of name words with one space between them ("Police Chief Steve Anderson"), as pairs
  // of adjacent words. A run with a place word names a place; one after a title, an official; one
  // after "By" or before "/" or "|", a byline, left out.
  for (let i = 0; i < tokens.length; ) {
    if (!isNameWord(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && isNameWord(end) && gap(end) === ' ') end++;
    const run = tokens.slice(i, end).map((t) => t.norm);
    const before = i > 0 && /^ $/.test(gap(i)) ? tokens[i - 1].norm : '';
    const byline = before === 'by' || /^\s*[/|]/.test(text.slice(tokens[end - 1].end, tokens[end - 1].end + 3));
    let first = 0;
    while (first < run.length && TITLES.has(run[first])) first++;
    const official = first > 0 || TITLES.has(before);
    const place = run.some((w) => PLACE_WORDS.has(w));
    for (let k = first + 1; k < run.length; k++) {
      const pair = `${run[k - 1]} ${run[k]}`;
      if (place) places.add(pair);
      else if (official) officials.add(pair);
      else if (!byline) people.add(pair);
    }
    i = end;
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];

    // Days named: weekdays and relative days need the publication date.
    const weekday = WEEKDAYS.indexOf(t.norm);
    if (weekday >= 0 && published !== null) {
      // The latest such day on or before publication (1970-01-01 was a Thursday: day 0 is weekday 4).
      const back = (((published + 4) % 7) - weekday + 7) % 7;
      days.add(published - back);
      continue;
    }
    const relative = RELATIVE_DAYS.get(t.norm);
    if (relative !== undefined && published !== null) {
      days.add(published + relative);
      continue;
    }
    if (t.norm === 'night' && i > 0 && tokens[i - 1].norm === 'last' && published !== null) {
      days.add(published - 1);
      continue;
    }
    // "March 20", "Mar. 20", "20 March".
    const month = MONTH_OF.get(t.norm.replace(/\.$/, ''));
    if (month !== undefined && isCapitalised(t.raw)) {
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      const dayToken = next && /^\d{1,2}$/.test(next.norm) && next.start - t.end <= 3 ? next : prev && /^\d{1,2}$/.test(prev.norm) && t.start - prev.end <= 2 ? prev : null;
      if (dayToken && published !== null) {
        const day = Number(dayToken.norm);
        if (day >= 1 && day <= 31) {
          const year = new Date(published * DAY_MS).getUTCFullYear();
          let d = Math.floor(Date.UTC(year, month, day) / DAY_MS);
          // A date later than a week after publication is last year's.
          if (d > published + 7) d = Math.floor(Date.UTC(year - 1, month, day) / DAY_MS);
          days.add(d);
          usedNumber.add(dayToken.start);
        }
      } else if (dayToken) usedNumber.add(dayToken.start);
      continue;
    }

    // Ages: "15-year-old", "15 year old", "aged 15", "Barbee, 15,".
    const age = /^(\d{1,3})-years?-old$/.exec(t.norm);
    if (age) {
      ages.add(Number(age[1]));
      continue;
    }
    if (/^\d{1,3}$/.test(t.norm)) {
      const n = Number(t.norm);
      const after = tokens[i + 1];
      const before = tokens[i - 1];
      const yearOld = after && /^years?(?:-old)?$/.test(after.norm) && (after.norm.endsWith('old') || tokens[i + 2]?.norm === 'old');
      const aged = before && /^(?:aged?|ages)$/.test(before.norm);
      const apposition = before && isCapitalised(before.raw) && /^\s*,\s*$/.test(gap(i)) && after && /^\s*[,)]/.test(gap(i + 1));
      if ((yearOld || aged || apposition) && n > 0 && n < 120) {
        ages.add(n);
        usedNumber.add(t.start);
        continue;
      }
    }
    // Tolls (a number not taken as an age): "1 dead", "four injured", "two people were killed", "6 others wounded".
    const count = /^\d{1,3}$/.test(t.norm) ? Number(t.norm) : NUMBER_WORDS.get(t.norm);
    if (count !== undefined) {
      for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) {
        const kind = TOLL_KIND.get(tokens[j].norm);
        if (kind) {
          tolls.add(`${kind} ${count}`);
          break;
        }
        if (!TOLL_FILLERS.has(tokens[j].norm)) break;
      }
    }
  }
  // Numbers in digits that are neither ages, dates nor years.
  for (const t of tokens) {
    if (usedNumber.has(t.start) || !/^\d[\d,]*(?:\.\d+)?$/.test(t.norm)) continue;
    const n = Number(t.norm.replace(/,/g, ''));
    if (!Number.isFinite(n) || (n >= 1900 && n <= 2100 && /^\d{4}$/.test(t.norm))) continue;
    numbers.add(n);
  }
  for (const o of officials) {
    people.delete(o);
    places.add(o);
  }
  return { people: [...people], places: [...places], days: [...days], ages: [...ages], numbers: [...numbers], tolls: [...tolls] };
}

/** The groups of keys an index keeps per report, in the order it stores them. */
export const KEY_GROUPS = ['names', 'people', 'places', 'days', 'ages', 'numbers', 'tolls', 'title'] as const;
export type KeyGroup = (typeof KEY_GROUPS)[number];
export type KeyStrings = Record<KeyGroup, string[]>;

/**
 * What matching compares beyond the words, as index terms by group: the
 * name words and title words are plain words; the others are the keys above.
 */
export function keyStrings(article: Pick<Article, 'text' | 'published' | 'title'>, names: Iterable<string>, tokens?: Token[]): KeyStrings {
  const keys = happeningKeys(article, tokens);
  const title = article.title || article.text.slice(0, Math.max(0, article.text.indexOf('\n'))) || article.text.slice(0, 200);
  return {
    names: [...names],
    people: keys.people,
    places: keys.places.map((p) => `~ ${p}`),
    days: keys.days.map((d) => `@ ${d}`),
    ages: keys.ages.map((a) => `# ${a}y`),
    numbers: keys.numbers.map((n) => `# ${n}`),
    tolls: keys.tolls.map((t) => `% ${t}`),
    title: [...new Set(tokenize(title).map((t) => t.norm).filter(isContentWord))],
  };
}
