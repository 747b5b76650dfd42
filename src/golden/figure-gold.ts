/**
 * The hand-made record of figures (Node, for the evaluation and its tests):
 * for a few real stories, every figure of every report with the quantity it
 * states. One `.gold` file per story in `figures/`, in lines:
 *
 *   story gva-597756                 the story's name
 *   reports gva-597756.ndjson        its reports: a file beside it, or a folder of the project (corpus/wikiref-dev)
 *   select tohoku.earthquake.tsunami only the reports whose id starts with this (for a folder)
 *   split tune                       tune (used to build the extractor) or test (kept aside for the figures reported)
 *   @ <report id>                    the figures of one report follow (a report not named has none)
 *   <quantity> <value> | <snippet>   one figure: the snippet is text of the report with the
 *                                    figure's number in brackets ("killed [five] officers"); `#2`
 *                                    at the end takes the second place the snippet occurs
 *
 * A value is a number with an optional qualifier before it (`~` about, `~<` nearly, `>=` at least,
 * `>` more than, `<=` up to, `<` less than), a currency before it ($ € £ ¥), and a unit after it
 * (% y mo w d h min s km mi cm m ft in lb; a time of day is written h:mm, 24-hour). Quantities are
 * named by the story (`killed-officers`, `age:johnson`); two figures state one quantity when
 * their names are equal.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../core/article';
import { parseReportFile } from '../ingest/parse-report-file';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIGURE_GOLD_DIR = join(HERE, 'figures');
const ROOT = join(HERE, '../..');

export type GoldQualifier = 'exact' | 'about' | 'nearly' | 'at-least' | 'more-than' | 'up-to' | 'less-than';

export interface GoldValue {
  value: number;
  high?: number;
  qualifier: GoldQualifier;
  /** "%", "$", "y", "h", "km", "time" (minutes after midnight) …, or null for a count. */
  unit: string | null;
  /** Digits written after the decimal point: the precision of the figure. */
  decimals?: number;
}

export interface GoldFigure extends GoldValue {
  quantity: string;
  /** Where the figure's number is in the report's text. */
  start: number;
  end: number;
  line: number;
}

export interface GoldReport {
  id: string;
  article: Article;
  figures: GoldFigure[];
}

export interface GoldStory {
  name: string;
  split: 'tune' | 'test';
  file: string;
  reports: GoldReport[];
}

const QUALIFIERS: ReadonlyArray<[string, GoldQualifier]> = [['~<', 'nearly'], ['>=', 'at-least'], ['<=', 'up-to'], ['~', 'about'], ['>', 'more-than'], ['<', 'less-than']];

function parseGoldValue(s: string): GoldValue | null {
  let rest = s.trim();
  let qualifier: GoldQualifier = 'exact';
  for (const [mark, q] of QUALIFIERS) {
    if (rest.startsWith(mark)) {
      qualifier = q;
      rest = rest.slice(mark.length);
      break;
    }
  }
  const time = /^(\d{1,2}):(\d{2})$/.exec(rest);
  if (time) return { value: Number(time[1]) * 60 + Number(time[2]), qualifier, unit: 'time' };
  const m = /^([$€£¥])?(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?([%ywdhs]|mo|min|km|mi|cm|m|ft|in|lb)?$/.exec(rest);
  if (!m) return null;
  const v: GoldValue = { value: Number(m[2]), qualifier, unit: m[1] ?? m[4] ?? null, decimals: m[2].split('.')[1]?.length ?? 0 };
  if (m[3] !== undefined) v.high = Number(m[3]);
  return v;
}

const BASE: Readonly<Record<string, number>> = {
  y: 31557600, mo: 2629800, w: 604800, d: 86400, h: 3600, min: 60, s: 1,
  km: 1000, mi: 1609.344, m: 1, cm: 0.01, ft: 0.3048, in: 0.0254, lb: 0.4536,
};

/** A gold value in its family's base unit (seconds, metres), and the half of its last written digit there. */
function base(v: GoldValue & { decimals?: number }): { lo: number; hi: number; half: number; family: string } {
  const size = (v.unit && BASE[v.unit]) || 1;
  const family = v.unit && BASE[v.unit] ? (['y', 'mo', 'w', 'd', 'h', 'min', 's'].includes(v.unit) ? 'time' : v.unit === 'lb' ? 'weight' : 'length') : (v.unit ?? 'count');
  return { lo: v.value * size, hi: (v.high ?? v.value) * size, half: 0.5 * 10 ** -(v.decimals ?? 0) * size, family };
}

/**
 * Two gold values state the same figure: equal once in one unit, allowing for the rounding of the
 * coarser one ("about 24km" and 24.4 kilometres, 30% and 29.7%) and for a conversion (400km, 250 miles).
 */
export function sameGoldValue(a: GoldValue, b: GoldValue): boolean {
  const x = base(a);
  const y = base(b);
  if (x.family !== y.family) return false;
  const slack = Math.max(x.half, y.half, a.unit !== b.unit ? 0.02 * Math.max(Math.abs(x.lo), Math.abs(y.lo)) : 0) + 1e-9;
  return Math.abs(x.lo - y.lo) <= slack && Math.abs(x.hi - y.hi) <= slack;
}

function readReports(base: string, spec: string, select: string | null): Map<string, Article> {
  const path = spec.includes('/') ? join(ROOT, spec) : join(base, spec);
  const files = statSync(path).isDirectory() ? readdirSync(path).filter((f) => !select || f.startsWith(select)).sort().map((f) => join(path, f)) : [path];
  const out = new Map<string, Article>();
  for (const f of files) {
    for (const r of parseReportFile(f, readFileSync(f)).reports) if (!select || r.id.startsWith(select)) out.set(r.id, r.article);
  }
  return out;
}

/** Finds the n-th occurrence of a snippet; the bracketed part is the figure. */
function locate(text: string, snippet: string, nth: number): { start: number; end: number } | null {
  const open = snippet.indexOf('[');
  const close = snippet.indexOf(']', open);
  if (open < 0 || close < 0) return null;
  const plain = snippet.slice(0, open) + snippet.slice(open + 1, close) + snippet.slice(close + 1);
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = text.indexOf(plain, at + 1);
    if (at < 0) return null;
  }
  return { start: at + open, end: at + close - 1 };
}

/** One story's gold. Throws with the line number on anything it cannot read: a gold that does not say what it means is of no use. */
function parseGold(file: string): GoldStory {
  const lines = readFileSync(file, 'utf8').split('\n');
  let name = '';
  let split: 'tune' | 'test' = 'tune';
  let spec = '';
  let select: string | null = null;
  let articles: Map<string, Article> | null = null;
  const reports: GoldReport[] = [];
  let current: GoldReport | null = null;
  const fail = (i: number, why: string): never => {
    throw new Error(`${file}:${i + 1}: ${why}`);
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const word = line.split(/\s+/, 1)[0];
    const arg = line.slice(word.length).trim();
    if (word === 'story') name = arg;
    else if (word === 'reports') spec = arg;
    else if (word === 'select') select = arg;
    else if (word === 'split') {
      if (arg !== 'tune' && arg !== 'test') fail(i, `split must be tune or test, not "${arg}"`);
      split = arg as 'tune' | 'test';
    } else if (word === '@') {
      articles ??= readReports(dirname(file), spec, select);
      const article = articles.get(arg) ?? fail(i, `no report ${arg} in ${spec}`);
      current = { id: arg, article, figures: [] };
      reports.push(current);
    } else {
      if (!current) fail(i, 'a figure before any "@ report"');
      const bar = line.indexOf('|');
      if (bar < 0) fail(i, 'expected "<quantity> <value> | <snippet>"');
      const [quantity, valueText] = line.slice(0, bar).trim().split(/\s+/);
      const value = parseGoldValue(valueText ?? '') ?? fail(i, `cannot read the value "${valueText}"`);
      let snippet = line.slice(bar + 1).trim();
      let nth = 1;
      const hash = /\s#(\d+)$/.exec(snippet);
      if (hash) {
        nth = Number(hash[1]);
        snippet = snippet.slice(0, hash.index).trimEnd();
      }
      const at = locate(current!.article.text, snippet, nth) ?? fail(i, `snippet not found in ${current!.id}: ${snippet}`);
      if (current!.figures.some((f) => f.start === at.start)) fail(i, `a figure at the same place twice: ${snippet}`);
      current!.figures.push({ quantity, ...value, ...at, line: i + 1 });
    }
  });
  if (!name) throw new Error(`${file}: no "story" line`);
  // A report with no figures recorded has none: it is compared all the same.
  const listed = new Set(reports.map((r) => r.id));
  for (const [id, article] of articles ?? readReports(dirname(file), spec, select)) if (!listed.has(id)) reports.push({ id, article, figures: [] });
  return { name, split, file, reports };
}

export function loadFigureGold(dir = FIGURE_GOLD_DIR): GoldStory[] {
  return readdirSync(dir).filter((f) => f.endsWith('.gold')).sort().map((f) => parseGold(join(dir, f)));
}
