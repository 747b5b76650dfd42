/**
 * What the divergence finder reports: the shape `crossread compare --json`
 * prints under `divergences`, and what the extension highlights and lists.
 */
import type { ReportClaims } from '../claims/types';
import type { Relation } from '../relation';

export type DivergenceKind = 'figure' | 'quote' | 'attribution';

/** A related report as the divergence finder sees it: its metadata and stored claims. */
export interface ComparedReport {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  relation: Relation;
  claims: ReportClaims;
  /** Ids of other reports that are copies (`same`) of this one, already folded into it. */
  copies: string[];
}

export interface DivergenceOther {
  reportId: string;
  /** Exact span in that report's text. */
  start: number;
  end: number;
  text: string;
  /** The sentence around it in that report. */
  context: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** Copies of that report carrying the same divergence, counted once. */
  copies: string[];
  /** Kind-specific facts for the card: e.g. speaker, verb, relay, value. */
  detail?: Record<string, string | number | boolean | null>;
}

/** One piece of a word-level diff: -1 removed (article only), 1 added (other only), 0 kept. */
export type DiffPiece = [op: -1 | 0 | 1, text: string];

export interface Divergence {
  kind: DivergenceKind;
  /** e.g. figure: "conflict" | "changed-over-time" | "contested"; quote: "reworded" | "minor" | "paraphrased";
   *  attribution: "speaker" | "relay" | "verb-kind" | "fact-vs-attributed" | "reported-speech". */
  subtype: string;
  /** Span in the article's text. */
  start: number;
  end: number;
  text: string;
  /** One line for people. */
  summary: string;
  others: DivergenceOther[];
  /** For quotes: word-level diff from the article's wording to the first other's. */
  diff?: DiffPiece[];
  /** For quotes: share of words changed, 0..1. */
  changed?: number;
  /** Kind-specific facts about the article's side, for the card. */
  detail?: Record<string, string | number | boolean | null>;
}
