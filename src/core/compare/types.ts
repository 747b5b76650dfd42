/**
 * What the divergence finder reports: the shape `crossread compare --json`
 * prints under `divergences`, and what the extension highlights and lists.
 *
 * A divergence is one of a known set of kinds and subtypes, each with its own
 * typed facts about this article's side (`facts`) and each other report's
 * (`others[i].facts`). The core states facts only; the sentences people read
 * are made where they are shown, from locale messages (src/shared/divergence-text.ts).
 */
import type { FigureClaim, ReportClaims, VerbKind } from '../claims/types';
import type { Relation } from '../relation';

/** The version of the shapes of claims and divergences, printed as `schemaVersion` by `crossread compare --json` and `crossread claims --json`. */
export const SCHEMA_VERSION = 2;

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

/** A figure as a divergence states it: the figure's own fields, without its spans and attribution. */
export type FigureFacts = Pick<FigureClaim, 'value' | 'high' | 'qualifier' | 'unit' | 'measure' | 'subject' | 'role' | 'scope' | 'zone' | 'period' | 'change' | 'counted' | 'source'> & {
  /** In a contested figure: the other source's figure in the same report, with its text. */
  contestedBy?: FigureFacts & { text: string };
};

/** Who said it and how. */
export interface AttributionFacts {
  /** As written ("Tatyana Moskalkova", "a Red Cross spokesperson"), or null when not said. */
  speaker: string | null;
  verb: string | null;
  verbKind: VerbKind | null;
  /** Through whom it reached the writer ("RIA Novosti"). */
  relay: string | null;
}

/** A statement's attribution, and whether it is the report's headline. */
export interface StatementFacts extends AttributionFacts {
  headline: boolean;
}

/** One piece of a word-level diff: -1 removed (article only), 1 added (other only), 0 kept. */
export type DiffPiece = [op: -1 | 0 | 1, text: string];

/** Where another report says it, and what it says. */
export interface DivergenceOther<F> {
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
  facts: F;
}

interface Base<K extends DivergenceKind, S extends string, F, OF = F> {
  kind: K;
  subtype: S;
  /** Span in the article's text. */
  start: number;
  end: number;
  text: string;
  /** This article's side. */
  facts: F;
  others: Array<DivergenceOther<OF>>;
}

/**
 * Figures: `conflict` (values that cannot both be right), `compatible` (both can
 * be right but differ: "at least 80" and 89), `changed-over-time` (a count that
 * differs between reports of different days, or that the text says rose),
 * `contested` (one report gives two sources' figures: officials 500, residents 3,000).
 */
export type FigureDivergence = Base<'figure', 'conflict' | 'compatible' | 'changed-over-time' | 'contested', FigureFacts>;

export interface WordingChange {
  /** Word-level diff from the article's wording to the first other's. */
  diff: DiffPiece[];
  /** Share of words changed, 0..1. */
  changed: number;
}

/** Quotes: `reworded` and `minor` (bracketed insertions, case, punctuation) with a word diff; `paraphrased` (another report gives the words as reported speech). */
export type QuoteDivergence =
  | (Base<'quote', 'reworded' | 'minor', AttributionFacts> & WordingChange)
  | Base<'quote', 'paraphrased', AttributionFacts, StatementFacts>;

/**
 * Attributions: the same words given to another `speaker`; one report gives a
 * `relay` the other does not; a reporting verb of another kind (`verb-kind`:
 * "said" against "claimed"); `fact-vs-attributed` (a headline states as fact what
 * another attributes).
 */
export type AttributionDivergence =
  | Base<'attribution', 'speaker' | 'relay' | 'verb-kind', AttributionFacts>
  | Base<'attribution', 'fact-vs-attributed', StatementFacts & { attributedInBody: string | null }, StatementFacts>;

export type Divergence = FigureDivergence | QuoteDivergence | AttributionDivergence;

export type DivergenceSubtype = Divergence['subtype'];

/** Every kind with its subtypes, for validators and for tests. */
export const DIVERGENCE_SUBTYPES: Readonly<Record<DivergenceKind, readonly DivergenceSubtype[]>> = {
  figure: ['conflict', 'compatible', 'changed-over-time', 'contested'],
  quote: ['reworded', 'minor', 'paraphrased'],
  attribution: ['speaker', 'relay', 'verb-kind', 'fact-vs-attributed'],
};
