/**
 * How alike two bits of text are, for aligning claims across reports: content
 * words cut to a short stem, with a few synonyms that rewrites swap ("deal" for
 * "agreement", "residents" for "civilians").
 */
import { isContentWord } from '../features';
import { tokenize } from '../text';
import { ENTITY_CLASSES, REPORTING_VERBS } from '../claims/lexicon';

const SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    deal: 'deal agreement agreements accord pact deals agreed agree',
    reach: 'reach reached reaches secure secures secured strike strikes struck',
    people: 'people residents civilians individuals persons citizens inhabitants locals villagers',
    kill: 'kill killed killing dead died death deaths',
    shoot: 'shot shots shooting shootings gunfire gunshots gunshot',
    quake: 'quake quakes earthquake earthquakes tremor tremors temblor',
  }).flatMap(([k, words]) => words.split(' ').map((w) => [w, k] as [string, string])),
);

/** A short stem: synonyms first, then a plural or verb ending off, then six letters. */
export function stem(norm: string): string {
  const w = norm.toLowerCase().replace(/’/g, "'");
  const syn = SYNONYMS.get(w);
  if (syn) return syn;
  let s = w;
  if (s.length > 5) {
    if (s.endsWith('ies')) s = s.slice(0, -3) + 'y';
    else if (s.endsWith('ing')) s = s.slice(0, -3);
    else if (s.endsWith('ion')) s = s.slice(0, -3);
    else if (s.endsWith('ions')) s = s.slice(0, -4);
    else if (s.endsWith('ed')) s = s.slice(0, -2);
    else if (s.endsWith('es')) s = s.slice(0, -2);
    else if (s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  } else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  return s.slice(0, 6);
}

/** Stems of the content words of `text` (numbers kept as written). */
export function contentStems(text: string, exclude?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    if (/^\d/.test(t.norm)) {
      out.add(t.norm.replace(/,/g, ''));
      continue;
    }
    if (!isContentWord(t.norm) || exclude?.has(t.norm)) continue;
    out.add(stem(t.norm));
  }
  return out;
}

/** Content stems minus names and reporting verbs: what a statement says happened. */
export function eventStems(text: string, names: readonly string[] = []): Set<string> {
  const ex = new Set<string>([...names, ...REPORTING_VERBS.keys()]);
  const out = new Set<string>();
  for (const s of contentStems(text, ex)) if (!/^\d/.test(s)) out.add(s);
  return out;
}

export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) n++;
  return n;
}

/** Shared stems over the smaller set: 1 when one text's words are all in the other. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const m = Math.min(a.size, b.size);
  return m === 0 ? 0 : shared(a, b) / m;
}

/** The class of a counted noun ("residents" and "individuals" are both people). */
export function entityClass(word: string): string {
  return ENTITY_CLASSES.get(word) ?? stem(word);
}

const GENERIC_NAME_WORDS = new Set([
  'russian', 'ukrainian', 'american', 'president', 'minister', 'prime', 'the', 'of', 'u.s', 'us', 'mr', 'mrs', 'ms',
  'dr', 'for', 'and', 'chief', 'foreign', 'state', 'secretary', 'general', 'deputy', 'senator', 'governor', 'spokesperson',
  'spokesman', 'spokeswoman', 'commissioner', 'rights', 'human', 'former', 'new',
]);
const PRONOUN = /^(?:he|she|they|we|i|it|you)$/i;

const nameWordCache = new Map<string, string[]>();
/** The name words of a speaker, cached: every pair of quotes asks, and speakers repeat. */
function nameWords(s: string): string[] {
  let w = nameWordCache.get(s);
  if (!w) {
    w = tokenize(s)
      .filter((t) => /^\p{Lu}/u.test(t.raw) && !GENERIC_NAME_WORDS.has(t.norm))
      .map((t) => t.norm);
    if (nameWordCache.size > 5000) nameWordCache.clear();
    nameWordCache.set(s, w);
  }
  return w;
}

/**
 * Whether two speakers are the same: true, false, or null when it cannot be
 * told (either missing, a pronoun, or a description such as "the center").
 */
export function sameSpeaker(a: string | null | undefined, b: string | null | undefined): boolean | null {
  if (!a || !b || PRONOUN.test(a) || PRONOUN.test(b)) return null;
  if (!/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b)) return null;
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return null;
  return wa.some((w) => wb.includes(w));
}
