/**
 * Word-level diff of two quotes with diff-match-patch: each distinct word
 * (and each run of spaces) is mapped to one character, diffed, cleaned up
 * semantically and mapped back, so a change reads as whole words.
 */
import DiffMatchPatch from 'diff-match-patch';
import { plainText } from '../text';
import type { DiffPiece } from './types';

const UNIT = /\s+|\S+/g;

export interface WordDiff {
  pieces: DiffPiece[];
  /** Share of words changed, 0..1: removed plus added words over all words of both sides. */
  changed: number;
}

function countWords(s: string): number {
  return (s.match(/\S+/g) ?? []).length;
}

/** Diff from `a` to `b`, trimmed of words only one side has at either end (a longer or shorter excerpt of the same quote). */
export function wordDiff(a: string, b: string): WordDiff {
  const dmp = new DiffMatchPatch();
  const table = new Map<string, string>();
  const units: string[] = [];
  const encode = (s: string) => {
    let out = '';
    for (const m of s.matchAll(UNIT)) {
      let c = table.get(m[0]);
      if (c === undefined) {
        // Skip the surrogate range so every code stays one valid UTF-16 unit.
        let code = units.length + 1;
        if (code >= 0xd800) code += 0x800;
        c = String.fromCharCode(code);
        table.set(m[0], c);
        units.push(m[0]);
      }
      out += c;
    }
    return out;
  };
  const ea = encode(plainText(a));
  const eb = encode(plainText(b));
  const diffs = dmp.diff_main(ea, eb, false);
  dmp.diff_cleanupSemantic(diffs);
  let pieces: DiffPiece[] = diffs.map(([op, chars]) => {
    let text = '';
    for (const ch of chars) {
      let code = ch.charCodeAt(0);
      if (code >= 0xe000) code -= 0x800;
      text += units[code - 1] ?? '';
    }
    return [op as -1 | 0 | 1, text];
  });
  pieces = trimEnds(pieces);
  let changedWords = 0;
  let total = 0;
  for (const [op, text] of pieces) {
    const n = countWords(text);
    total += op === 0 ? 2 * n : n;
    if (op !== 0) changedWords += n;
  }
  return { pieces, changed: total === 0 ? 0 : changedWords / total };
}

function trimEnds(pieces: DiffPiece[]): DiffPiece[] {
  const firstEq = pieces.findIndex((p) => p[0] === 0 && /\S/.test(p[1]));
  if (firstEq < 0) return pieces;
  let lastEq = pieces.length - 1;
  while (lastEq >= 0 && !(pieces[lastEq][0] === 0 && /\S/.test(pieces[lastEq][1]))) lastEq--;
  const lead = pieces.slice(0, firstEq);
  const tail = pieces.slice(lastEq + 1);
  const oneSided = (ps: DiffPiece[]) => ps.every((p) => p[0] === 1) || ps.every((p) => p[0] === -1);
  const start = oneSided(lead) ? firstEq : 0;
  const end = oneSided(tail) ? lastEq + 1 : pieces.length;
  return pieces.slice(start, end);
}

/** Words of a quote compared loosely: no brackets' contents, no ellipses, no case, no punctuation. */
export function looseWords(s: string, dropBrackets: boolean): string {
  let t = plainText(s).toLowerCase();
  if (dropBrackets) t = t.replace(/\([^()]{0,80}\)|\[[^[\]]{0,80}\]/g, ' ');
  return t
    .replace(/\.{3}|…/g, ' ')
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when two quotes share, in order, at least half of the shorter one's
 * words: the same quote, however reworded, and not two quotes that merely
 * share a few words. Measured on the raw diff, before the semantic cleanup
 * merges small equalities away.
 */
export function sameWordsInOrder(a: string, b: string): boolean {
  const dmp = new DiffMatchPatch();
  // No time limit: without it the diff may take a shortcut that is not the longest common sequence.
  // Quotes are at most a few thousand characters, so this stays cheap.
  dmp.Diff_Timeout = 0;
  const table = new Map<string, string>();
  const encode = (s: string) => {
    let out = '';
    for (const m of looseWords(s, false).split(' ')) {
      let c = table.get(m);
      if (c === undefined) {
        let code = table.size + 1;
        if (code >= 0xd800) code += 0x800;
        c = String.fromCharCode(code);
        table.set(m, c);
      }
      out += c;
    }
    return out;
  };
  const ea = encode(a);
  const eb = encode(b);
  let common = 0;
  for (const [op, chars] of dmp.diff_main(ea, eb, false)) if (op === 0) common += chars.length;
  return common >= 3 && common >= 0.45 * Math.min(ea.length, eb.length);
}
