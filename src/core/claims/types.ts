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

/**
 * What a figure measures. Counts name the state of what they count (killed,
 * injured, arrested …) or are plain `count`s ("800 protesters"); the others
 * are quantities of one kind each; `present` is how many were there ("300 people packed the club"). Years and
 * calendar dates are not figures.
 */
export type FigureMeasure =
  | 'dead' | 'injured' | 'shot' | 'casualties' | 'missing' | 'detained' | 'arrested' | 'charged' | 'hostages' | 'rescued'
  | 'aboard' | 'evacuated' | 'displaced' | 'returned' | 'relocated' | 'released' | 'sheltered' | 'executed'
  | 'unemployed' | 'votes' | 'seats' | 'magnitude' | 'present' | 'count'
  | 'age' | 'duration' | 'time' | 'distance' | 'area' | 'speed' | 'weight' | 'money' | 'share';

/** The part in a story of a person whose age is given. */
export type AgeRole = 'dead' | 'injured' | 'suspect';

/** Where or when a figure holds, as the text says it; absent parts are unknown. */
export interface FigureScope {
  /** A place or sub-event named with the figure ("the Bataclan", "Germany", "one ward"). */
  place?: string;
  /** True for a venue or part of the whole ("at the stadium", "in one ward alone"); false for a region ("in Germany"). */
  partial?: boolean;
  /** True when the figure is said to be the whole ("in all", "a total of", "the attacks killed"). */
  total?: boolean;
  /** A day or year named with it ("thursday", "26 february", "2004"), lower-cased; "another shooting" for another happening. */
  day?: string;
  /** Said of what may come ("could exceed 10,000", "will see waves of up to 40 centimetres"), not of what is. */
  forecast?: boolean;
  /** Said of many happenings, a round-up ("in shootings across the city", "since Friday", "in three overnight shootings"), not of the story's. */
  many?: boolean;
}

export interface FigureClaim {
  /** The figure as written, with its qualifier ("around 500", "closer to 3,000"). */
  span: TextSpan;
  /** The sentence around it. */
  context: TextSpan;
  /** In the unit below; a time of day in minutes after midnight. */
  value: number;
  /** For ranges ("between 20 and 30"): the upper end; `value` is the lower. */
  high?: number;
  qualifier: FigureQualifier;
  /**
   * "%", a currency ("$", "€", "£", "¥"), a unit of time ("s", "min", "h", "d", "w", "mo", "y"),
   * length ("m", "km", "mi", "ft", "in", "yd"), area ("m2", "km2", "mi2", "ft2", "ha", "acre"), speed
   * ("km/h", "mph"), weight ("kg", "lb"), "time" for a time of day, or null for a count or an age.
   */
  unit: string | null;
  /** What is measured. */
  measure: FigureMeasure;
  /**
   * Whom or what it is said of, as written: what a count counts ("officers"), the person whose
   * age it is ("Micah Johnson"), whose share, seats or money ("New Democracy"), what lasted or
   * happened ("sentenced", "the siege"), a distance's reference ("Tokyo"). Null when unclear.
   */
  subject: string | null;
  /**
   * For an age: the part its person plays in the story, when the report has one person in it
   * ("a woman in her 20s died" → dead; "McCray, 24, is accused" → suspect). Lets an unnamed
   * age be compared with a named one of the same part.
   */
  role?: AgeRole;
  /**
   * For an age whose part several people play ("two killed"): the part, the person's sex and whether a child or an
   * adult ("dead m minor"), when the report gives that part one such person and says the sex of every such age.
   */
  roleAndSex?: string;
  scope?: FigureScope;
  /** For a time of day: the zone written with it ("GMT", "local"). */
  zone?: string;
  /** For a duration: "ago" (nine years ago), "every" (once every 100 years), "since" (65 years since); absent for a length of time. */
  period?: 'ago' | 'every' | 'since';
  /** The text says the figure changed ("rose to", "upgraded to", "revised"). */
  change?: 'rose' | 'fell' | 'revised';
  /** What is counted, normalised ("people missing", "officers dead"); null when unclear. */
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
  /** True when the attribution names the speaker by a pronoun ("he said"), resolved to the last person named. */
  speakerResolved?: boolean;
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
