/**
 * Claims found in one report: what the divergence finder aligns across reports.
 *
 * Claims are stored in the index without the report's whole text, so each one
 * carries its own text, its position in the report's text and the sentence
 * around it. Everything here must survive JSON.stringify/parse unchanged.
 */

/** A stretch of a report's text: positions are JavaScript string indices. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface ReportClaims {
  figures: FigureClaim[];
  quotes: QuoteClaim[];
  statements: StatementClaim[];
}

export type FigureQualifier =
  | 'exact' | 'about' | 'nearly' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'up-to' | 'only';

export interface FigureClaim {
  /** The figure as written, with its qualifier ("around 500", "closer to 3,000"). */
  span: TextSpan;
  /** The sentence around it. */
  context: TextSpan;
  value: number;
  /** For ranges ("between 20 and 30"): the upper end; `value` is the lower. */
  high?: number;
  qualifier: FigureQualifier;
  /** "%", "$", "€", "£", or null for a count. */
  unit: string | null;
  /** What is counted, normalised ("people missing", "civilians returned"); null when unclear. */
  counted: string | null;
  /** Who gives the figure ("Russian officials", "local residents"); null when the text does not say. */
  source: string | null;
  /** The verb that gives it ("claim", "say"), when there is one. */
  verb?: string | null;
  verbKind?: VerbKind | null;
  /** Where the source and its verb are written ("local residents claim"). */
  attribution?: TextSpan | null;
  /** True when the figure names its thing only by referring back ("the true number is closer to 3,000"). */
  refersBack?: boolean;
}

export type VerbKind = 'neutral' | 'distancing' | 'confirming';

export interface QuoteClaim {
  /** The quoted words, without the quote marks. */
  span: TextSpan;
  context: TextSpan;
  /** Name as written in the text that attributes it ("Tatyana Moskalkova"), or null. */
  speaker: string | null;
  /** The reporting verb as written ("said", "claimed"), or null. */
  verb: string | null;
  verbKind: VerbKind | null;
  /** Through whom the words reached the writer ("RIA Novosti", "AFP", "Telegram"), or null. */
  relay: string | null;
  /** Where the attribution is written, when it is. */
  attribution: TextSpan | null;
  /** Where the relay is written ("according to Russia's state-run RIA Novosti news agency"). */
  relaySpan?: TextSpan | null;
  /** True when the quote has no attribution of its own and continues the previous speaker's words. */
  continued?: boolean;
}

/**
 * A statement that a report either attributes to someone ("Russia says a deal
 * was reached", "…, Russian official claims") or states as fact (a headline
 * "Russia Secures Evacuation Deal"). Also used for reported speech.
 */
export interface StatementClaim {
  span: TextSpan;
  context: TextSpan;
  /** Null when the report states it as fact. */
  speaker: string | null;
  verb: string | null;
  verbKind: VerbKind | null;
  relay: string | null;
  /** True when the statement is the headline. */
  headline: boolean;
  /** Where the attribution is written ("Russia Says", "Russian official claims"). */
  attribution?: TextSpan | null;
  relaySpan?: TextSpan | null;
  /** True when the verb is negated ("did not confirm", "without confirming"). */
  negated?: boolean;
  /** Lower-cased names in the statement, so that a headline's title case does not hide which words are names. */
  names?: string[];
}

export const NO_CLAIMS: ReportClaims = Object.freeze({ figures: [], quotes: [], statements: [] }) as ReportClaims;
