/**
 * Deterministic synthetic news archives for the benchmark, made from the real
 * reports in corpus/ (the seeds and wikiref-dev).
 *
 * A real archive is mostly distinct stories, with a few copies and rewrites of
 * each. So each synthetic story takes sentences from one topic's real reports
 * and gives them names, places, figures and a third of their other words of
 * its own (consistently within the story); its reports are the original, now
 * and then a syndicated copy, rewrites (words replaced, sentences reordered)
 * and other reports of the same story (another selection of its sentences).
 * Near-copies across stories are then as rare as in a real archive, and every
 * report's story is known, for retrieval quality.
 */
import { mkdirSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sentences } from '../src/core/text';
import { readCorpus } from '../src/node/corpus';

export const GENERATOR_VERSION = 2;

export interface SyntheticReport {
  id: string;
  story: number;
  kind: 'original' | 'copy' | 'rewrite' | 'story';
  title: string;
  text: string;
  outlet: string;
  published: string;
  url: string;
}

/** mulberry32: a small seeded generator, so every run makes the same corpus. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

const SYLLABLES = 'ka ro lin de ma su vek tor an bel cri do fen gar hal is jun kor lev mir nal or pet qua ras sol tam ur val wen xi yor zel bra chen dri ek fol gri'.split(' ');
const OUTLETS = Array.from({ length: 60 }, (_, i) => `The ${['Daily', 'Evening', 'Morning', 'Weekly', 'National', 'City'][i % 6]} ${['Courier', 'Herald', 'Tribune', 'Post', 'Ledger', 'Observer', 'Times', 'Gazette', 'Chronicle', 'Standard'][Math.floor(i / 6)]}`);
const KEEP_CAPITALISED = new Set('The A An In On At He She It They We I But And Or As If When While After Before This That These Those His Her Its Their Our Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '));

function makeName(r: Rng): string {
  const n = 2 + r.int(2);
  let s = '';
  for (let i = 0; i < n; i++) s += r.pick(SYLLABLES);
  return s[0].toUpperCase() + s.slice(1);
}

interface Source {
  /** Sentences per topic. */
  topics: Map<string, string[]>;
  /** Lower-case content words of the whole corpus, for word replacement. */
  words: string[];
}

export async function loadSource(): Promise<Source> {
  const reports = await readCorpus('corpus/seeds', 'corpus/wikiref-dev');
  const topics = new Map<string, string[]>();
  const words = new Set<string>();
  for (const r of reports) {
    const topic = /^\d{3}_/.test(r.id) ? 'seeds' : r.id.replace(/\.\d+$/, '');
    const list = topics.get(topic) ?? [];
    const body = r.article.title ? r.article.text.slice(r.article.title.length) : r.article.text;
    for (const s of sentences(body)) {
      const t = body.slice(s.start, s.end);
      if (t.length > 40 && t.length < 400) list.push(t);
    }
    topics.set(topic, list);
    for (const w of r.article.text.toLowerCase().match(/\p{Ll}{4,}/gu) ?? []) words.add(w);
  }
  return { topics, words: [...words].sort() };
}

/**
 * Replaces a share of a sentence's words; with `fresh`, also its names and
 * figures (a new story's own). `mapping` keeps replacements consistent.
 */
function mutate(sentence: string, r: Rng, mapping: Map<string, string>, source: Source, share: number, fresh: boolean): string {
  return sentence.replace(/\p{L}+|\d[\d,.]*/gu, (word) => {
    const known = mapping.get(word);
    if (known) return known;
    let out = word;
    if (!fresh && (/^\d/.test(word) || /^\p{Lu}/u.test(word))) return word;
    if (/^\d/.test(word)) {
      const digits = word.replace(/\D/g, '').length;
      out = String(1 + r.int(10 ** Math.min(digits, 6)));
    } else if (/^\p{Lu}/u.test(word) && !KEEP_CAPITALISED.has(word)) out = makeName(r);
    else if (word.length >= 4 && r.chance(share)) out = r.pick(source.words);
    else return word;
    mapping.set(word, out);
    return out;
  });
}

/** Generates `count` reports: deterministic for a given seed. */
export function* syntheticReports(count: number, source: Source, seed = 1): Generator<SyntheticReport> {
  const r = rng(seed);
  const topicNames = [...source.topics.keys()].filter((t) => source.topics.get(t)!.length >= 12);
  let made = 0;
  let story = 0;
  while (made < count) {
    story++;
    const pool = source.topics.get(r.pick(topicNames))!;
    const storyMap = new Map<string, string>();
    const size = 14 + r.int(18);
    const start = r.int(pool.length);
    const picked = Array.from({ length: size }, (_, i) => (r.chance(0.7) ? pool[(start + i) % pool.length] : r.pick(pool)));
    const storySentences = picked.map((s) => mutate(s, r, storyMap, source, 0.35, true));
    const day = Date.UTC(2015, 0, 1) + r.int(3650) * 86_400_000;
    const n = Math.min(count - made, r.chance(0.4) ? 1 : r.chance(0.45) ? 2 : 2 + r.int(6));
    let original = '';
    for (let k = 0; k < n; k++) {
      const kind: SyntheticReport['kind'] = k === 0 ? 'original' : r.chance(0.12) ? 'copy' : r.chance(0.45) ? 'rewrite' : 'story';
      let body: string[];
      if (kind === 'original') body = storySentences;
      else if (kind === 'copy') body = [...original.split('\n\n'), 'Copyright reserved. Republished with permission.'];
      else if (kind === 'rewrite') {
        const m = new Map<string, string>();
        body = storySentences.map((s) => mutate(s, r, m, source, 0.12, false));
        for (let i = 0; i + 1 < body.length; i += 3) if (r.chance(0.5)) [body[i], body[i + 1]] = [body[i + 1], body[i]];
      } else {
        const m = new Map<string, string>();
        body = storySentences.filter(() => r.chance(0.6)).map((s) => mutate(s, r, m, source, 0.08, false));
        if (body.length < 4) body = storySentences.slice(0, 4);
      }
      const paragraphs: string[] = [];
      for (let i = 0; i < body.length; i += 2) paragraphs.push(body.slice(i, i + 2).join(' '));
      const text = paragraphs.join('\n\n');
      if (kind === 'original') original = text;
      const title = body[0].split(/\s+/).slice(0, 9).join(' ').replace(/[,.;:]$/, '');
      made++;
      yield {
        id: `syn-${String(made).padStart(6, '0')}`,
        story,
        kind,
        title,
        text,
        outlet: r.pick(OUTLETS),
        published: new Date(day + r.int(5) * 86_400_000).toISOString().slice(0, 10),
        url: `https://news.example/${story}/${made}`,
      };
    }
  }
}

/**
 * Writes the corpus as .ndjson files of 10,000 reports each under
 * bench/.cache/, once per size, seed and generator version.
 */
export async function syntheticCorpusDir(count: number, seed = 1): Promise<{ dir: string; stories: Map<string, number> }> {
  const dir = join('bench/.cache', `synthetic-v${GENERATOR_VERSION}-s${seed}-${count}`);
  const stories = new Map<string, number>();
  const source = await loadSource();
  // A dot file marks a complete corpus (the index builder skips dot files).
  const done = existsSync(join(dir, '.complete'));
  if (!done) mkdirSync(dir, { recursive: true });
  let lines: string[] = [];
  let part = 0;
  for (const report of syntheticReports(count, source, seed)) {
    stories.set(report.id, report.story);
    if (done) continue;
    const { story: _story, kind: _kind, ...fields } = report;
    lines.push(JSON.stringify(fields));
    if (lines.length === 10_000) {
      writeFileSync(join(dir, `part-${String(part++).padStart(3, '0')}.ndjson`), lines.join('\n') + '\n');
      lines = [];
    }
  }
  if (!done) {
    if (lines.length) writeFileSync(join(dir, `part-${String(part).padStart(3, '0')}.ndjson`), lines.join('\n') + '\n');
    writeFileSync(join(dir, '.complete'), JSON.stringify({ count, files: readdirSync(dir).length }));
  }
  return { dir, stories };
}
