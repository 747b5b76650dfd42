/**
 * Quote attribution on PolNeAR (npm run eval:polnear): 924 news articles on
 * the 2016 US election with every attribution annotated by hand (Newell,
 * Margolin and Ruths, LREC 2018), in brat standoff. A direct quote is a
 * `Content` span that begins with a quotation mark; its `Source` is who said
 * it as written, its `Cue` the reporting verb.
 *
 * For each direct quote: is it found (one of the extractor's quotes overlaps
 * it), and, when found, is the speaker right (for sources that are written out,
 * not a bare pronoun: the head of the annotated source is in the extractor's
 * speaker, which adds at most two words to it, "Hillary Clinton" for
 * "Clinton") and the verb (the extractor's verb is a word of the annotated
 * cue)? Pronoun sources are scored apart, against the last source written out
 * before them.
 *
 * The corpus is read from ../shared/corpus/polnear (or --dir=…); it is not
 * part of the project. Tune on train, report on dev.
 *
 *   npm run eval:polnear [-- --split=dev|train] [-- --half=a|b] [-- --verbose] [-- --dir=path]
 *
 * --half=a|b keeps the articles of one half of the split, by a hash of the file name: read the misses of one half,
 * judge a change by the other. POLNEAR_ALLPRON=1 prints every pronoun-sourced quote with our speaker, POLNEAR_ALL=1 every
 * quote whose source is written out, to compare two versions of the extractor.
 *
 * A pronoun's referent is not annotated; three stand-ins are printed: the last direct quote's source written out
 * before it (the main figure), the last such source not of the other gender by a first name, title or noun in the
 * annotated text, and the last source of any attribution (direct or reported speech). None of them is gold.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../src/core/claims/extract-claims';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../src/core/claims/lexicon';
import type { QuoteClaim } from '../src/core/claims/types';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const split = args.find((a) => a.startsWith('--split='))?.slice(8) ?? 'dev';
const half = args.find((a) => a.startsWith('--half='))?.slice(7) ?? null;
const dir = args.find((a) => a.startsWith('--dir='))?.slice(6) ?? join(ROOT, '../shared/corpus/polnear');

if (!existsSync(join(dir, split, 'text'))) {
  console.log(`PolNeAR is not here: ${join(dir, split)} does not exist. This evaluation needs the corpus (../shared/corpus/polnear, or --dir=<folder holding train/ and dev/>); nothing was measured.`);
  process.exit(0);
}

interface Annotation {
  type: string;
  spans: Array<[number, number]>;
  text: string;
}

export interface GoldQuote {
  file: string;
  content: Array<[number, number]>;
  source: string | null;
  sourceStart: number;
  cue: string | null;
}

/** brat offsets count code points; JavaScript strings count UTF-16 units. */
function codePointMap(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/** Sources of every attribution (direct or not) written out, not a bare pronoun, by position: what a pronoun may stand for. */
const allSources = new Map<string, Array<{ source: string; start: number }>>();

function readAnnotations(annPath: string, text: string): GoldQuote[] {
  const toUnit = codePointMap(text);
  const t = new Map<string, Annotation>();
  const events: Array<Record<string, string>> = [];
  for (const line of readFileSync(annPath, 'utf8').split('\n')) {
    const parts = line.split('\t');
    if (parts[0]?.startsWith('T') && parts[1]) {
      const sp = parts[1].indexOf(' ');
      const type = parts[1].slice(0, sp);
      const spans = parts[1].slice(sp + 1).split(';').map((s) => s.trim().split(/\s+/).map(Number) as [number, number]).map(([a, b]): [number, number] => [toUnit(a), toUnit(b)]);
      t.set(parts[0], { type, spans, text: parts[2] ?? '' });
    } else if (parts[0]?.startsWith('E') && parts[1]) {
      events.push(Object.fromEntries(parts[1].trim().split(/\s+/).map((kv) => kv.split(':') as [string, string])));
    }
  }
  const out: GoldQuote[] = [];
  const sources: Array<{ source: string; start: number }> = [];
  for (const e of events) {
    const src = e.Source ? t.get(e.Source) : undefined;
    const st = src?.text.trim() ?? '';
    if (src && st && !PRONOUN.test(st) && !NOT_A_SOURCE.test(st)) sources.push({ source: st, start: src.spans[0][0] });
  }
  allSources.set(annPath, sources.sort((a, b) => a.start - b.start));
  for (const e of events) {
    const c = t.get(e.Content);
    if (!c || !/^["“]/.test(c.text.trimStart())) continue;
    const s = e.Source ? t.get(e.Source) : undefined;
    const cue = e.Cue ? t.get(e.Cue) : undefined;
    out.push({ file: annPath, content: c.spans, source: s?.text.trim() || null, sourceStart: s?.spans[0][0] ?? -1, cue: cue?.text.trim() || null });
  }
  return out;
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;
/** Source spans that mark no one: a cue word, a relative pronoun or a colon, annotated as the source. Left out of the speaker score. */
const NOT_A_SOURCE = /^(?:[\s:;,."“”'’—–-]*|(?:said|says|say|saying|told|tells|that|which|who|whom|his|her|their|its|our|my|the|according to|as follows|quote from)[\s:,.]*)$/i;
/** Lower-cased words, a possessive dropped; dots and hyphens inside a word kept ("u.s.", "al-awlaki"). */
const words = (s: string) => [...s.toLowerCase().replace(/['’]s\b/g, '').matchAll(/[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*/gu)].map((m) => m[0]);

/**
 * The heads of an annotated source: the word that names who it is. For a name that is its last word ("Speaker of
 * the House Rep. Paul Ryan"); for a description, its noun before a preposition ("a spokesperson for the ministry",
 * "Archbishop Aris Shirvanian of the Armenian Patriarchate"). Both readings are kept where they differ.
 */
export function sourceHeads(source: string): string[] {
  // "Sanders himself": a reflexive after the name is no head of it.
  const s = source.split(/[,(]|\s[-–—]\s|\bwho\b/)[0].trim().replace(/ (?:himself|herself|themselves|itself)$/i, '');
  const ws = words(s);
  const out = new Set<string>();
  const lastWord = s.split(/\s+/).pop() ?? '';
  // "one Democrat familiar with the discussion", "a source involved in its creation": the noun before the words that describe it.
  const prep = ws.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|from|with|on|to|familiar|involved|close|knowledgeable|briefed|speaking|who|granted|requesting)$/.test(w));
  // A description ("the communications director for the Iowa Democratic Party") is not named by the place or body after
  // its preposition: only a source that is not a determined description may end in its name.
  const described = prep > 0 && /^(?:the|a|an|one|another|some|many|his|her|their|its)$/.test(ws[0] ?? '');
  if (/^\p{Lu}/u.test(lastWord) && ws.length > 0 && !described) out.add(ws[ws.length - 1]);
  const core = prep > 0 ? ws.slice(0, prep) : ws;
  if (core.length > 0) out.add(core[core.length - 1]);
  return [...out];
}

/**
 * Our speaker names the annotated source: it holds the head of the source (of any of its parts, for a source
 * written with an appositive: "her senior policy adviser, Jake Sullivan"), and adds at most two words to it.
 */
export function speakerRight(ours: string | null, gold: string): boolean {
  if (!ours) return false;
  const o = words(ours);
  const g = new Set(words(gold));
  if (o.filter((w) => !g.has(w)).length > 2) return false;
  const parts = gold.split(/,/).map((x) => x.trim()).filter((x) => x.length > 0);
  return parts.some((part) => sourceHeads(part).some((head) => o.includes(head)));
}

/** A pronoun may stand for a source: "he" not for "Hillary Clinton", "Mrs. Jones" or "a spokeswoman", "she" not for "Bernie Sanders". */
function agrees(pronoun: string, source: string): boolean {
  const want = /^she$/i.test(pronoun) ? 'f' : /^he$/i.test(pronoun) ? 'm' : null;
  if (!want) return true;
  const ws = words(source.split(/[,(]/)[0]);
  const f = ws.some((w) => /^(?:mrs|ms|woman|spokeswoman|congresswoman|chairwoman|actress|mother|wife|daughter|sister)$/.test(w)) || FEMALE_FIRST_NAMES.has(ws.find((w) => !/^(?:sen|rep|gov|dr|former|the|a|republican|democratic|democrat|president|secretary)$/.test(w)) ?? '');
  const m = ws.some((w) => /^(?:mr|man|spokesman|congressman|chairman|actor|father|husband|son|brother)$/.test(w)) || MALE_FIRST_NAMES.has(ws.find((w) => !/^(?:sen|rep|gov|dr|former|the|a|republican|democratic|democrat|president|secretary)$/.test(w)) ?? '');
  return want === 'f' ? !m || f : !f || m;
}

const verbRight = (ours: string | null, cue: string) => !!ours && words(cue).includes(ours.toLowerCase().replace(/’/g, "'"));

const textDir = join(dir, split, 'text');
const annDir = join(dir, split, 'attributions');
// A few articles were annotated by several people (for agreement): the first annotation in name order is used.
const anns = new Map<string, string>();
for (const f of readdirSync(annDir).sort()) {
  const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (!anns.has(base)) anns.set(base, join(annDir, f));
}
/** FNV-1a of the file name: which half of the split an article is in. */
function halfOf(name: string): 'a' | 'b' {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'a' : 'b';
}
let gold = 0;
let found = 0;
let named = 0;
let namedRight = 0;
let withCue = 0;
let verbOk = 0;
let pronoun = 0;
let pronounRight = 0;
let pronounAny = 0;
let pronounAgree = 0;
let pronounAgreeRight = 0;
let pronounAnyRight = 0;
let ourQuotes = 0;
let noSource = 0;
let ourUnmatched = 0;
let proper = 0;
let properRight = 0;
let eitherRight = 0;
const misses: string[] = [];
for (const f of readdirSync(textDir).filter((x) => x.endsWith('.txt') && (!half || halfOf(x) === half)).sort()) {
  const text = readFileSync(join(textDir, f), 'utf8');
  const ann = anns.get(f.replace(/\.txt$/, ''));
  if (!ann) continue;
  const quotes = readAnnotations(ann, text);
  const nl = text.indexOf('\n');
  const claims = extractClaims(text, { headline: nl > 0 ? { start: 0, end: nl } : null, lang: 'en' });
  ourQuotes += claims.quotes.length;
  const goldSpans = quotes.flatMap((q) => q.content);
  ourUnmatched += claims.quotes.filter((q) => !goldSpans.some(([a, b]) => q.span.start < b && a < q.span.end)).length;
  const named_ = quotes.filter((q) => q.source && !PRONOUN.test(q.source)).sort((a, b) => a.sourceStart - b.sourceStart);
  for (const q of quotes) {
    gold++;
    const overlapping = claims.quotes
      .map((c) => ({ c, n: q.content.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, c.span.end) - Math.max(a, c.span.start)), 0) }))
      .filter((x) => x.n > 0)
      .sort((x, y) => y.n - x.n || x.c.span.start - y.c.span.start);
    const ours: QuoteClaim | undefined = overlapping[0]?.c;
    const last = q.content[q.content.length - 1];
    const around = verbose ? `\n              …${JSON.stringify(text.slice(Math.max(0, q.content[0][0] - Number(process.env.POLNEAR_BEFORE ?? 100)), q.content[0][0]))} ⟦quote⟧ ${JSON.stringify(text.slice(last[1], last[1] + 120))}` : '';
    const where = `${f.slice(0, 40)} ${JSON.stringify(text.slice(q.content[0][0], Math.min(q.content[0][1], q.content[0][0] + 70)))}${around}`;
    if (!ours) {
      misses.push(`not found   ${where}`);
      continue;
    }
    found++;
    if (q.cue) {
      withCue++;
      if (verbRight(ours.verb, q.cue)) verbOk++;
      else misses.push(`verb        ${where}  gold ${JSON.stringify(q.cue)} ours ${JSON.stringify(ours.verb)}`);
    }
    if (!q.source) continue;
    if (NOT_A_SOURCE.test(q.source)) {
      noSource++;
      continue;
    }
    if (PRONOUN.test(q.source)) {
      // Resolved against the last source written out before it.
      const before = named_.filter((n) => n.sourceStart < q.sourceStart).pop();
      if (!before) continue;
      pronoun++;
      // The last source of any attribution before it, direct or reported speech ("Davis made it clear that she …").
      const anyBefore = (allSources.get(ann) ?? []).filter((n) => n.start < q.sourceStart).pop();
      if (anyBefore) {
        pronounAny++;
        if (speakerRight(ours.speaker, anyBefore.source)) pronounAnyRight++;
      }
      if (process.env.POLNEAR_ALLPRON) console.log(`allpron ${f.slice(0, 50)} ${q.content[0][0]} gold ${JSON.stringify(q.source)}=${JSON.stringify(before.source)} ours ${JSON.stringify(ours.speaker)}`);
      // The last source before it that is not, by a first name, title or noun in the annotated text, of the other gender.
      const agreeing = named_.filter((n) => n.sourceStart < q.sourceStart && agrees(q.source!, n.source!)).pop();
      if (agreeing) {
        pronounAgree++;
        if (speakerRight(ours.speaker, agreeing.source!)) pronounAgreeRight++;
      }
      if (speakerRight(ours.speaker, before.source!)) pronounRight++;
      else misses.push(`pronoun     ${where}  gold ${JSON.stringify(q.source)} = ${JSON.stringify(before.source)} ours ${JSON.stringify(ours.speaker)}`);
      continue;
    }
    named++;
    const right = speakerRight(ours.speaker, q.source);
    if (process.env.POLNEAR_ALL) console.log(`allnamed ${f.slice(0, 50)} ${q.content[0][0]} ${right ? 'RIGHT' : 'wrong'} gold ${JSON.stringify(q.source)} ours ${JSON.stringify(ours.speaker)}`);
    // A source that is a name as written ("Sen. Bernie Sanders (I-Vt.)"), not a description ("a spokesperson for …").
    if (/^\p{Lu}/u.test(q.source) && !/^(?:The|A|An|One|Another|Some|Many|His|Her|Their|Its|This|That)\s/.test(q.source)) {
      proper++;
      if (right) properRight++;
    }
    // Our speaker is wrong, but the annotated source is the relay we found ("…, according to the Las Vegas Sun").
    if (right || speakerRight(ours.relay, q.source)) eitherRight++;
    if (right) namedRight++;
    else misses.push(`speaker     ${where}  gold ${JSON.stringify(q.source)} ours ${JSON.stringify(ours.speaker)}${overlapping.length > 1 ? `  (the other quotes it spans: ${overlapping.slice(1).map((x) => JSON.stringify(x.c.speaker)).join(', ')})` : ''}`);
  }
}
const r = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
console.log(`PolNeAR ${split}${half ? ` half ${half}` : ''} (${dir}): ${gold} direct quotes (Content spans that begin with a quotation mark)`);
console.log(`  found                                  ${found}/${gold}  ${r(found, gold)}`);
console.log(`  speaker right, source written out      ${namedRight}/${named}  ${r(namedRight, named)}  (${noSource} more whose annotated source is a cue word or a colon are left out)`);
console.log(`    of which the source is a name           ${properRight}/${proper}  ${r(properRight, proper)}`);
console.log(`    speaker or relay right                 ${eitherRight}/${named}  ${r(eitherRight, named)}  (the annotated source is the outlet or document we read as the relay)`);
console.log(`  speaker right, pronoun source resolved ${pronounRight}/${pronoun}  ${r(pronounRight, pronoun)}  (against the last source written out before it)`);
console.log(`    against the last such source of its gender  ${pronounAgreeRight}/${pronounAgree}  ${r(pronounAgreeRight, pronounAgree)}  (not, by a first name, title or noun, of the other gender)`);
console.log(`    against the last source of any attribution ${pronounAnyRight}/${pronounAny}  ${r(pronounAnyRight, pronounAny)}  (direct quote or reported speech)`);
console.log(`  verb right                             ${verbOk}/${withCue}  ${r(verbOk, withCue)}`);
console.log(`  the extractor's quotes that are no annotated direct quote: ${ourUnmatched} of ${ourQuotes}`);
if (verbose) for (const m of misses) console.log('  ' + m);
