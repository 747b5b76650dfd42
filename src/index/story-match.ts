/**
 * Is a report of the index about the same happening as the article? The
 * evidence of one pair (article, report), and a logistic model over it.
 *
 * Words alone cannot tell "another shooting in the same city" from "the same
 * shooting", so the evidence is what identifies a happening (see
 * core/happening.ts): the people named (a victim's name is strong, weighted
 * by how rare it is in the index), the places (a city is weak, a street
 * stronger), the days named in the text and the publication dates, the ages
 * and tolls, with the words' cosine and the headlines'. The model's weights
 * are fitted on real coverage by `npm run calibrate` (story-model.json).
 */
import { KEY_GROUPS, type KeyStrings } from '../core/happening';
import type { LoadedIndex } from './load-index';
import model from './story-model.json';

/** The article's keys as ids of one index (words it does not hold are left out: they cannot be shared). */
export interface ArticleKeys {
  ids: Uint32Array[];
  /** Document frequency of each title word (0 when the index does not hold it), for the headline cosine. */
  titleDf: number[];
}

/** What every pair of one lookup shares: the article's keys, and whether its own copy is in the index. */
interface LookupContext {
  keys: ArticleKeys;
  /** Counts of the article's keys are one less when its own copy is in the index. */
  less: number;
  /** log(documents + 1), the index counted as at least RARITY_MIN_DOCS. */
  logDocs: number;
  /** Norm of the article's title words, by rarity. */
  titleNorm: number;
}

const G = Object.fromEntries(KEY_GROUPS.map((g, i) => [g, i])) as Record<(typeof KEY_GROUPS)[number], number>;

export function articleKeys(keys: KeyStrings, index: LoadedIndex): ArticleKeys {
  const ids = KEY_GROUPS.map((group) => {
    const found: number[] = [];
    for (const term of keys[group]) {
      const id = index.termId(term);
      if (id >= 0) found.push(id);
    }
    return Uint32Array.from(new Set(found)).sort();
  });
  const titleDf = keys.title.map((t) => {
    const id = index.termId(t);
    return id < 0 ? 0 : index.dfOf(id);
  });
  return { ids, titleDf };
}

/** The inputs of the model, by name; `FEATURES` gives their order. */
export const FEATURES = [
  'cosine',
  'logCosine',
  'titleCosine',
  'name1',
  'name3',
  'person1',
  'person3',
  'place1',
  'place3',
  'dayShared',
  'dayConflict',
  'ageShared',
  'ageConflict',
  'tollShared',
  'tollConflict',
  'number2',
  'noDate',
  'apart0to1',
  'apart2to3',
  'apart4to7',
  'apart8to30',
  'apart31to180',
  'apartOver180',
  'nearName',
  'farPerson',
  // Without dates the other evidence must do more: the same inputs again, for undated pairs only.
  'undatedCosine',
  'undatedLogCosine',
  'undatedName3',
  'undatedTitleCosine',
  'undatedPerson3',
  'undatedPlace3',
  // More than 30 days apart (a trial, a sentencing, an arrest months later) the evidence weighs otherwise: the
  // same inputs again, for those pairs only. Such a report shares few words with the first one (its cosine says
  // less) but often names the day of the shooting, which a report of another shooting weeks later does not.
  'farCosine',
  'farLogCosine',
  'farTitleCosine',
  'farName1',
  'farName3',
  'farPerson3',
  'farPlace1',
  'farDayShared',
  'farAgeShared',
] as const;
export type FeatureName = (typeof FEATURES)[number];

export interface PairInput {
  /** Cosine of the article's vector with the report's stored one (before any date discount). */
  cosine: number;
  /** Days between the publication dates, or null when either is unknown. */
  daysApart: number | null;
  /** The report's keys when the caller has read them already (`index.keysOf(position)`). */
  reportKeys?: Uint32Array[];
}

/**
 * Rarity of a term held by `df` of `docCount` documents: its IDF scaled to
 * 0..1 by the largest possible, so that it means about the same in indexes of
 * different sizes. An index smaller than RARITY_MIN_DOCS counts as that large:
 * in the reader's few added pages (or the five seeds) every shared key would
 * otherwise be as common as can be (a name in 1 of 1 reports has IDF 0), and
 * a reworded copy would not be found.
 */
const RARITY_MIN_DOCS = 1000;
function rarity(df: number, c: LookupContext): number {
  return c.logDocs > 0 ? Math.max(0, (c.logDocs - Math.log(Math.max(0, df) + 1)) / c.logDocs) : 0;
}

/** The context of one lookup of the article in `index`. */
export function lookupContext(keys: ArticleKeys, index: LoadedIndex, selfInIndex: boolean): LookupContext {
  const c: LookupContext = { keys, less: selfInIndex ? 1 : 0, logDocs: Math.log(Math.max(index.stats.docCount, RARITY_MIN_DOCS) + 1), titleNorm: 0 };
  for (const df of keys.titleDf) c.titleNorm += rarity(df - c.less, c) ** 2;
  return c;
}

/** Rarities of the ids in both sorted arrays, largest first. */
function sharedRarities(a: Uint32Array, b: Uint32Array, index: LoadedIndex, c: LookupContext): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      out.push(rarity(index.dfOf(a[i]) - c.less, c));
      i++;
      j++;
    }
  }
  return out.length > 1 ? out.sort((x, y) => y - x) : out;
}

const sum = (xs: number[], k: number) => xs.slice(0, k).reduce((s, x) => s + x, 0);

/** The model's inputs for the article (in `context`) and report `position` of `index`. */
export function pairFeatures(context: LookupContext, index: LoadedIndex, position: number, input: PairInput): Float64Array {
  const article = context.keys;
  const report = input.reportKeys ?? index.keysOf(position);
  const shared = (group: number) => sharedRarities(article.ids[group], report[group], index, context);
  const conflict = (group: number, sharedCount: number) => (article.ids[group].length > 0 && report[group].length > 0 && sharedCount === 0 ? 1 : 0);
  const names = shared(G.names);
  const people = shared(G.people);
  const places = shared(G.places);
  const days = shared(G.days).length;
  const ages = shared(G.ages).length;
  const tolls = shared(G.tolls).length;
  const numbers = shared(G.numbers);
  // Headline cosine, words weighted by rarity; a title word the article has that the index lacks still counts in its norm.
  const titleShared = shared(G.title);
  const reportTitle = report[G.title];
  let reportNorm = 0;
  for (let k = 0; k < reportTitle.length; k++) reportNorm += rarity(index.dfOf(reportTitle[k]), context) ** 2;
  const titleCosine = reportNorm > 0 && context.titleNorm > 0 ? titleShared.reduce((s, r) => s + r * r, 0) / Math.sqrt(reportNorm * context.titleNorm) : 0;
  const d = input.daysApart;
  const name1 = names[0] ?? 0;
  const person1 = people[0] ?? 0;
  const f = new Float64Array(FEATURES.length);
  const set = (name: FeatureName, value: number) => (f[FEATURE_INDEX[name]] = value);
  set('cosine', input.cosine);
  set('logCosine', Math.log(input.cosine + 1e-3));
  set('titleCosine', titleCosine);
  set('name1', name1);
  set('name3', sum(names, 3));
  set('person1', person1);
  set('person3', sum(people, 3));
  set('place1', places[0] ?? 0);
  set('place3', sum(places, 3));
  set('dayShared', days > 0 ? 1 : 0);
  set('dayConflict', conflict(G.days, days));
  set('ageShared', ages > 0 ? 1 : 0);
  set('ageConflict', conflict(G.ages, ages));
  set('tollShared', tolls);
  set('tollConflict', conflict(G.tolls, tolls));
  set('number2', sum(numbers, 2));
  set('noDate', d === null ? 1 : 0);
  set('apart0to1', d !== null && d <= 1 ? 1 : 0);
  set('apart2to3', d !== null && d > 1 && d <= 3 ? 1 : 0);
  set('apart4to7', d !== null && d > 3 && d <= 7 ? 1 : 0);
  set('apart8to30', d !== null && d > 7 && d <= 30 ? 1 : 0);
  set('apart31to180', d !== null && d > 30 && d <= 180 ? 1 : 0);
  set('apartOver180', d !== null && d > 180 ? 1 : 0);
  set('nearName', d !== null && d <= 3 ? name1 : 0);
  set('farPerson', d !== null && d > 30 ? person1 : 0);
  if (d === null) {
    set('undatedCosine', input.cosine);
    set('undatedLogCosine', f[FEATURE_INDEX.logCosine]);
    set('undatedName3', f[FEATURE_INDEX.name3]);
    set('undatedTitleCosine', titleCosine);
    set('undatedPerson3', f[FEATURE_INDEX.person3]);
    set('undatedPlace3', f[FEATURE_INDEX.place3]);
  }
  if (d !== null && d > 30) {
    for (const [far, near] of FAR_INPUTS) f[FEATURE_INDEX[far]] = f[FEATURE_INDEX[near]];
  }
  return f;
}

const FEATURE_INDEX = Object.fromEntries(FEATURES.map((name, i) => [name, i])) as Record<FeatureName, number>;
/** The inputs repeated for pairs more than 30 days apart, and what each repeats. */
const FAR_INPUTS: ReadonlyArray<[FeatureName, FeatureName]> = [
  ['farCosine', 'cosine'],
  ['farLogCosine', 'logCosine'],
  ['farTitleCosine', 'titleCosine'],
  ['farName1', 'name1'],
  ['farName3', 'name3'],
  ['farPerson3', 'person3'],
  ['farPlace1', 'place1'],
  ['farDayShared', 'dayShared'],
  ['farAgeShared', 'ageShared'],
];

export interface StoryModel {
  features: readonly string[];
  weights: number[];
  bias: number;
  /** The probability at which a report is shown (chosen with the model, see npm run calibrate). */
  threshold: number;
}

/** The fitted model, checked against the features this code computes. */
export const STORY_MODEL: StoryModel = model;
if (STORY_MODEL.features.join() !== FEATURES.join() || STORY_MODEL.weights.length !== FEATURES.length) {
  throw new Error('story-model.json does not match the features of story-match.ts: run npm run calibrate');
}

/** Probability that the pair reports one happening. */
export function sameHappening(features: Float64Array, m: StoryModel = STORY_MODEL): number {
  let z = m.bias;
  for (let i = 0; i < features.length; i++) z += m.weights[i] * features[i];
  return 1 / (1 + Math.exp(-z));
}
