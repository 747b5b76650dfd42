/**
 * Claims in a compact form for the index. Every claim carries text spans
 * (itself, its sentence, its attribution) and many claims share one sentence,
 * so the sentences are stored once and each span becomes an offset into one:
 * { $: [piece, from, to] }, or { $: [piece] } for the whole piece (a claim's
 * context is most often its sentence; index version 5).
 * Lossless: `unpackClaims(packClaims(c))` deep-equals `c`.
 */
import type { ReportClaims, TextSpan } from '../core/claims/types';

interface Piece {
  start: number;
  text: string;
}

export interface PackedClaims {
  /** Distinct stretches of the report's text: [start, text]. */
  p: Array<[number, string]>;
  /** The claims with every span replaced by { $: [piece, from, to] }, or { $: [piece] } when it is the whole piece. */
  c: unknown;
}

function isSpan(v: unknown): v is TextSpan {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const s = v as Record<string, unknown>;
  const keys = Object.keys(s);
  return keys.length === 3 && typeof s.start === 'number' && typeof s.end === 'number' && typeof s.text === 'string';
}

function collect(value: unknown, out: TextSpan[]): void {
  if (isSpan(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) collect(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v, out);
}

export function packClaims(claims: ReportClaims): PackedClaims {
  const spans: TextSpan[] = [];
  collect(claims, spans);
  // Longest first, so that shorter spans fall inside a piece already kept.
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const pieces: Piece[] = [];
  const find = (s: TextSpan) =>
    pieces.findIndex((p) => p.start <= s.start && s.end <= p.start + p.text.length && p.text.slice(s.start - p.start, s.end - p.start) === s.text);
  for (const s of spans) if (s.end - s.start === s.text.length && find(s) < 0) pieces.push({ start: s.start, text: s.text });
  const encode = (value: unknown): unknown => {
    if (isSpan(value)) {
      const i = value.end - value.start === value.text.length ? find(value) : -1;
      // A span whose text is not its slice cannot be an offset; keep it whole.
      if (i < 0) return { $s: value };
      const from = value.start - pieces[i].start;
      return from === 0 && value.text.length === pieces[i].text.length ? { $: [i] } : { $: [i, from, value.end - pieces[i].start] };
    }
    if (Array.isArray(value)) return value.map(encode);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    return value;
  };
  return { p: pieces.map((p) => [p.start, p.text]), c: encode(claims) };
}

export function unpackClaims(packed: PackedClaims): ReportClaims {
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (Array.isArray(o.$) && Object.keys(o).length === 1) {
        const [i, a, b] = o.$ as [number, number?, number?];
        const [start, text] = packed.p[i];
        if (a === undefined || b === undefined) return { start, end: start + text.length, text };
        return { start: start + a, end: start + b, text: text.slice(a, b) };
      }
      if (o.$s && Object.keys(o).length === 1) return o.$s;
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };
  return decode(packed.c) as ReportClaims;
}
