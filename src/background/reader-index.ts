/**
 * The reader's index: every article Crossread reads, and every page the
 * reader adds, kept on this machine and matched against from then on.
 *
 * It is built the way search engines build theirs: from segments. Each
 * segment is an ordinary index (made by `IndexBuilder`, opened by
 * `openIndex`, looked up by `findRelatedIn` with the bundled index), so
 * whatever the index format and matching learn applies here too. The truth
 * is the `articles` store, one entry per article holding the builder's
 * analysis of it (`ReportAnalysis`, stored by stored-analysis.ts); a
 * segment is made from those with `IndexBuilder.addAnalysis` and can always
 * be made again. A segment keeps its index without the records, which are
 * read from the articles' entries when a lookup needs them, so each record
 * is stored once.
 *
 * Three tiers:
 * - `tail`: the newest articles; rebuilt whenever one is remembered (a
 *   small index: tens of milliseconds);
 * - `recent`: the tail merged in once it holds TIER_MAX.tail articles;
 * - `main`: recent merged in once it holds TIER_MAX.recent.
 * So a lookup meets three indexes whatever the count, and each article is
 * rebuilt into a larger segment twice in its life. Merges run after the
 * page has its answer ("maintenance"), in batches that let lookups through.
 *
 * Forgetting an article deletes its entry (its record, features and
 * metadata) and lists its key as forgotten: lookups leave it out at once,
 * and its segment drops it when next rebuilt — soon for what the reader
 * forgot, at the next merge for what the retention limits dropped.
 *
 * One writer at a time across the extension (the options page's worker
 * restores into the same stores): every change runs under a Web Lock.
 */
import type { Article } from '../core/article';
import { analyseReport, IndexBuilder, textHash, type ReportAnalysis } from '../index/build-index';
import { ANALYSIS_VERSION } from '../index/format';
import { openIndex, type LoadedIndex } from '../index/load-index';
import { splitIndex } from '../index/split-index';
import { joinChunks } from '../index/bytes';
import background from '../index/background-df.json';
import { AnalysisError, loadAnalysis, loadRecord } from '../shared/stored-analysis';
import { entryOf, readerIdOf } from '../shared/remembered';
import { READER_INDEX_LOCK, withLock } from '../shared/lock';
import { SegmentTierSchema, type ReaderStatus } from '../shared/message-shapes';
import type { ArticleAnalysis } from '../index/compare-article';
import {
  collectionSummaries,
  getCollection,
  type Collection,
  articleCounts,
  articleKeys,
  articlesBy,
  articlesLike,
  articlesNotOfVersion,
  commitReader,
  getArticles,
  oldestReadKeys,
  readerSnapshot,
  type ForgottenBy,
  type ReaderChange,
  type RememberedArticle,
  type RememberedHow,
  type Segment,
  type SegmentTier,
} from '../shared/user-reports-db';

const TIERS: readonly SegmentTier[] = SegmentTierSchema.options;
/** A tier is merged into the next once it holds this many articles. */
export const TIER_MAX: Record<SegmentTier, number> = { tail: 32, recent: 1024, main: Infinity };
/** Records per shard: a lookup reads the entries of the shards that hold related reports, this many each. */
export const RECORDS_PER_SHARD = 16;
/** Articles read from storage at a time while a segment is rebuilt; lookups get their turn between batches. */
const BATCH = 200;
/** A main segment is rebuilt for the retention limits' deletions once this share of it is forgotten. */
const PURGE_SHARE = 0.1;

type RememberStatus = 'remembered' | 'already' | 'added';

interface RememberOutcome {
  status: RememberStatus;
  /** The entry's key and the report's id. */
  key: string;
  id: string;
  /** Milliseconds of work (not of waiting for another writer). */
  ms: number;
  /** Articles the retention limits forgot to make room. */
  dropped: number;
}

interface RetentionLimits {
  keepDays: number;
  keepArticles: number;
}

interface Opened {
  segment: Segment;
  index: LoadedIndex | null;
  problem: string | null;
  /** Positions of forgotten members, left out of lookups. */
  dead: Set<number>;
}

interface State {
  opened: Map<SegmentTier, Opened>;
  forgotten: Map<string, ForgottenBy>;
  /** Articles Crossread read (not added pages), counted once and then kept up to date; null until counted. */
  readCount: number | null;
}

/** The tail's builder, kept between two articles remembered: adding one more is then adding one, not all. */
interface TailBuilder {
  builder: IndexBuilder;
  members: string[];
  lengths: number[];
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A record for a member whose entry is gone (forgotten while a lookup ran): valid, empty, padded to the member's length. */
let placeholderRecord: Uint8Array | null = null;
function placeholder(length: number): Uint8Array {
  placeholderRecord ??= analyseReport({ id: '', article: { title: '', text: '', outlet: null, published: null, url: null, byline: null, lang: null } }).record;
  const out = new Uint8Array(length).fill(0x20);
  if (placeholderRecord.length <= length) out.set(placeholderRecord);
  return out;
}

/** A segment's index with its forgotten members left out of every lookup. */
function withoutDead(index: LoadedIndex, dead: Set<number>): LoadedIndex {
  const wrapped = Object.create(index) as LoadedIndex;
  wrapped.scores = (vector, floor) => {
    const scores = index.scores(vector, floor);
    if (dead.size > 0) for (const position of scores.keys()) if (dead.has(position)) scores.delete(position);
    return scores;
  };
  return wrapped;
}

export class ReaderIndex {
  private state: Promise<State> | null = null;
  /** Analyses of the tail's members, so that remembering one more does not read them again. */
  private cache = new Map<string, ReportAnalysis>();
  private maintaining: Promise<void> | null = null;
  private again = false;
  /** Once per load of the stores: pages to move in, articles no segment holds, added pages to analyse again. */
  private checked = false;
  private retentionAt = 0;
  private lastBuildMs: Partial<Record<SegmentTier, number>> = {};
  private tailBuilder: TailBuilder | null = null;
  private knownLimits: Promise<RetentionLimits> | null = null;

  /**
   * `limits`: the reader's retention settings, read when they are applied.
   * `onCollectionsChanged`: called when pages added before the reader's
   * index existed have been moved out of the collections into it.
   */
  constructor(
    private readonly limits: () => Promise<RetentionLimits>,
    private readonly onCollectionsChanged: () => void = () => {},
  ) {}

  /** After a lookup: tidy up once per load of the stores, and apply the limits by age now and then. */
  tidySoon(): void {
    if (!this.checked || Date.now() - this.retentionAt > 3_600_000) this.schedule();
  }

  /** The reader changed the retention limits: apply them now. */
  limitsChanged(): void {
    this.knownLimits = null;
    this.retentionAt = 0;
    this.schedule();
  }

  /** The retention limits, read once until they change (settings are read from storage, which costs a few milliseconds). */
  private currentLimits(): Promise<RetentionLimits> {
    this.knownLimits ??= this.limits().catch((error) => {
      this.knownLimits = null;
      throw error;
    });
    return this.knownLimits;
  }

  /** The segments to match against, opened (one read of storage per background lifetime). */
  async indexes(): Promise<LoadedIndex[]> {
    const state = await this.load();
    return [...state.opened.values()].flatMap((o) => (o.index ? [o.index] : []));
  }

  /** Read everything again (another context changed the stores), then tidy up. */
  reload(): void {
    this.state = null;
    this.checked = false;
    this.cache.clear();
    this.tailBuilder = null;
    this.schedule();
  }

  private load(): Promise<State> {
    if (!this.state) {
      this.state = readerSnapshot().then(({ segments, forgotten }) => {
        const opened = new Map<SegmentTier, Opened>();
        for (const s of segments) opened.set(s.tier, this.open(s, forgotten));
        return { opened, forgotten, readCount: null };
      });
      this.state.catch(() => (this.state = null));
    }
    return this.state;
  }

  private open(segment: Segment, forgotten: Map<string, ForgottenBy>): Opened {
    const dead = new Set<number>();
    segment.members.forEach((key, i) => forgotten.has(key) && dead.add(i));
    try {
      const index = openIndex(segment.core, { loadShard: (k) => this.shard(segment, k) });
      if (index.reportCount !== segment.members.length || segment.recordLengths.length !== segment.members.length) {
        throw new Error(`it lists ${segment.members.length} articles but holds ${index.reportCount}`);
      }
      return { segment, index: withoutDead(index, dead), problem: null, dead };
    } catch (error) {
      return { segment, index: null, problem: errorText(error), dead };
    }
  }

  /**
   * Entries asked for in one turn of the event loop, read in one transaction:
   * a lookup asks for the shards of every segment at once, and each
   * transaction costs a round trip.
   */
  private batch: { keys: string[]; read: Promise<Map<string, RememberedArticle | undefined>> } | null = null;
  private readSoon(keys: readonly string[]): Promise<Map<string, RememberedArticle | undefined>> {
    let batch = this.batch;
    if (!batch) {
      const pending: string[] = [];
      const read = Promise.resolve().then(async () => {
        this.batch = null;
        const entries = await getArticles(pending);
        return new Map(pending.map((key, i) => [key, entries[i]]));
      });
      batch = this.batch = { keys: pending, read };
    }
    batch.keys.push(...keys);
    return batch.read;
  }

  /** Shard k of a segment: its members' records, read from their entries. */
  private async shard(segment: Segment, k: number): Promise<Uint8Array> {
    const first = k * segment.perShard;
    const keys = segment.members.slice(first, first + segment.perShard);
    const read = await this.readSoon(keys);
    const entries = keys.map((key) => read.get(key));
    const parts = entries.map((entry, i) => {
      const length = segment.recordLengths[first + i];
      if (entry && !entry.problem) {
        try {
          const record = loadRecord(entry);
          if (record.length === length) return record;
        } catch {
          // Damaged: the next maintenance finds it and says so on the options page.
        }
        this.schedule();
      }
      return placeholder(length);
    });
    return joinChunks(parts);
  }

  /**
   * Remembers an article (Crossread read it, or the reader added it). The
   * same text is remembered once; the same page with another text replaces
   * what was kept of it. It takes part in matching as soon as this resolves.
   */
  remember(article: Article, how: RememberedHow, now = Date.now(), known: ArticleAnalysis = {}): Promise<RememberOutcome> {
    return withLock(READER_INDEX_LOCK, async () => {
      const started = performance.now();
      const state = await this.load();
      const hash = textHash(article.text);
      const ms = () => performance.now() - started;
      const id = readerIdOf(article, hash);
      const { sameText, sameId } = await articlesLike(hash, id);
      const same = sameText.find((e) => !e.problem && !state.forgotten.has(e.key));
      if (same) {
        if (how === 'added' && same.how === 'read') {
          const { readAt: _readAt, ...kept } = same;
          await commitReader({ putArticles: [{ ...kept, how: 'added', article }] });
          if (state.readCount !== null) state.readCount--;
          return { status: 'added', key: same.key, id: same.id, ms: ms(), dropped: 0 };
        }
        return { status: 'already', key: same.key, id: same.id, ms: ms(), dropped: 0 };
      }
      // The same page read before with another text (a story updated): what was kept of it goes.
      const previous = sameId.filter((e) => !state.forgotten.has(e.key));
      const keep: RememberedHow = how === 'added' || previous.some((p) => p.how === 'added') ? 'added' : 'read';
      // What the comparison worked out about this very text is not worked out again.
      const reuse = known.text === article.text ? { features: known.features, claims: known.claims } : {};
      const analysis = analyseReport({ id, article }, hash, reuse);
      const entry = entryOf(analysis, { how: keep, rememberedAt: now, ...(keep === 'added' ? { article } : {}) });
      const replaced = previous.map((p) => p.key);
      // Beyond the retention count, the oldest read articles go in the same transaction.
      state.readCount ??= (await articleCounts()).read;
      const readAfter = state.readCount + (keep === 'read' ? 1 : 0) - previous.filter((p) => p.how === 'read').length;
      const { keepArticles } = await this.currentLimits();
      const dropped = keep === 'read' && readAfter > keepArticles ? (await oldestReadKeys({ limit: readAfter - keepArticles })).filter((k) => !replaced.includes(k)) : [];
      const leaving = new Set([...replaced, ...dropped]);
      if (!this.tailBuilderFits(state, leaving)) await this.analysesOf(this.liveTail(state, leaving));
      const tail = this.addToTail(state, { key: entry.key, analysis }, leaving, now);
      // Listed as forgotten where a segment keeps them; the new tail does not.
      const elsewhere = (keys: string[]) => this.listedIn(state, keys).filter((k) => !tail.segment.members.includes(k) && !state.opened.get('tail')?.segment.members.includes(k));
      const change: ReaderChange = {
        putArticles: [entry],
        deleteArticles: [...replaced, ...dropped],
        forget: [...elsewhere(replaced).map((key) => ({ key, by: 'replaced' as const })), ...elsewhere(dropped).map((key) => ({ key, by: 'retention' as const }))],
        unforget: tail.purged,
        putSegments: [tail.segment],
      };
      try {
        await commitReader(change);
      } catch (error) {
        this.tailBuilder = null; // It holds an article that was not stored.
        throw error;
      }
      state.readCount = readAfter - dropped.length;
      this.cache.set(entry.key, analysis);
      this.applyChange(state, change, [tail.segment]);
      if (tail.segment.members.length >= TIER_MAX.tail || [...state.forgotten.values()].includes('reader')) this.schedule();
      return { status: 'remembered', key: entry.key, id, ms: ms(), dropped: dropped.length };
    });
  }

  /**
   * The tail with one more article: the kept builder plus it when the builder
   * still holds exactly the tail's live members, else built again from them
   * (after a restart, or when one was forgotten). Members in `leaving` go.
   */
  private liveTail(state: State, leaving: Set<string>): string[] {
    return (state.opened.get('tail')?.segment.members ?? []).filter((k) => !state.forgotten.has(k) && !leaving.has(k));
  }

  private tailBuilderFits(state: State, leaving: Set<string>): boolean {
    const live = this.liveTail(state, leaving);
    const kept = this.tailBuilder;
    return !!kept && kept.members.length === live.length && kept.members.every((k, i) => k === live[i]);
  }

  /** Its members' analyses must be in the cache when the kept builder does not fit (see `tailBuilderFits`). */
  private addToTail(state: State, added: { key: string; analysis: ReportAnalysis }, leaving: Set<string>, now: number): { segment: Segment; purged: string[] } {
    const live = this.liveTail(state, leaving);
    const purged = (state.opened.get('tail')?.segment.members ?? []).filter((k) => state.forgotten.has(k));
    let kept = this.tailBuilder;
    if (!kept || !this.tailBuilderFits(state, leaving)) {
      kept = { builder: new IndexBuilder(background), members: [], lengths: [] };
      for (const key of live) {
        const analysis = this.cache.get(key);
        if (analysis && kept.builder.addAnalysis(analysis).added) {
          kept.members.push(key);
          kept.lengths.push(analysis.record.length);
        }
      }
    }
    if (kept.builder.addAnalysis(added.analysis).added) {
      kept.members.push(added.key);
      kept.lengths.push(added.analysis.record.length);
    }
    this.tailBuilder = kept;
    const core = splitIndex(kept.builder.finish(new Date(now)), RECORDS_PER_SHARD, { compact: true }).core;
    return { segment: { tier: 'tail', builtAt: now, members: [...kept.members], recordLengths: [...kept.lengths], perShard: RECORDS_PER_SHARD, core }, purged };
  }

  /** Forgets articles by key (the options page and the popup). Resolves to how many were forgotten. */
  forget(keys: readonly string[], by: ForgottenBy = 'reader'): Promise<number> {
    return withLock(READER_INDEX_LOCK, () => this.forgetLocked(keys, by));
  }

  /** Forgets every article of a site (its host name without "www."). */
  async forgetSite(site: string): Promise<number> {
    return withLock(READER_INDEX_LOCK, async () => this.forgetLocked((await articlesBy('site', site)).map((e) => e.key), 'reader'));
  }

  /** Forgets the articles with this report id (a page: "forget this page"). */
  async forgetId(id: string): Promise<number> {
    return withLock(READER_INDEX_LOCK, async () => this.forgetLocked((await articlesBy('id', id)).map((e) => e.key), 'reader'));
  }

  /** Forgets everything the reader's index holds (read and added pages); imported collections stay. */
  forgetAll(): Promise<void> {
    return withLock(READER_INDEX_LOCK, async () => {
      await commitReader({ clearReader: true });
      this.cache.clear();
      this.state = Promise.resolve({ opened: new Map(), forgotten: new Map(), readCount: 0 });
      this.tailBuilder = null;
    });
  }

  private async forgetLocked(keys: readonly string[], by: ForgottenBy): Promise<number> {
    if (keys.length === 0) return 0;
    const state = await this.load();
    const change: ReaderChange = { deleteArticles: [...keys], forget: this.listedIn(state, keys).map((key) => ({ key, by })) };
    await commitReader(change);
    this.applyChange(state, change, []);
    state.readCount = null;
    for (const k of keys) this.cache.delete(k);
    this.schedule();
    return keys.length;
  }

  /** The keys among `keys` that a segment lists. */
  private listedIn(state: State, keys: readonly string[]): string[] {
    if (keys.length === 0) return [];
    const wanted = new Set(keys);
    return [...state.opened.values()].flatMap((o) => o.segment.members.filter((k) => wanted.has(k)));
  }

  /** Brings the in-memory state in line with a committed change and the segments it wrote. */
  private applyChange(state: State, change: ReaderChange, segments: Segment[]): void {
    for (const key of change.unforget ?? []) state.forgotten.delete(key);
    for (const f of change.forget ?? []) state.forgotten.set(f.key, f.by);
    for (const tier of change.deleteSegments ?? []) state.opened.delete(tier);
    for (const s of segments) state.opened.set(s.tier, this.open(s, state.forgotten));
    for (const o of state.opened.values()) {
      o.dead.clear();
      o.segment.members.forEach((key, i) => state.forgotten.has(key) && o.dead.add(i));
    }
    const tail = state.opened.get('tail');
    const inTail = new Set(tail?.segment.members ?? []);
    for (const key of this.cache.keys()) if (!inTail.has(key)) this.cache.delete(key);
  }

  /** The analyses of these entries (the tail's, from memory when it can), leaving out any that cannot be read. */
  private async analysesOf(keys: readonly string[]): Promise<Array<{ key: string; analysis: ReportAnalysis }>> {
    const missing = keys.filter((k) => !this.cache.has(k));
    if (missing.length > 0) {
      const entries = await getArticles(missing);
      const broken: RememberedArticle[] = [];
      for (const e of entries) {
        if (!e || e.problem) continue;
        try {
          this.cache.set(e.key, loadAnalysis(e, e.id));
        } catch (error) {
          broken.push({ ...e, problem: errorText(error) });
        }
      }
      if (broken.length > 0) await commitReader({ putArticles: broken });
    }
    return keys.flatMap((key) => {
      const analysis = this.cache.get(key);
      return analysis ? [{ key, analysis }] : [];
    });
  }

  /**
   * Rebuilds `tier` from these entries, in batches that let lookups through,
   * and commits it with `extra`: entries that cannot be read are marked so
   * (the options page lists them); a repeated text is forgotten.
   */
  private async rebuild(state: State, tier: SegmentTier, keys: readonly string[], extra: ReaderChange = {}): Promise<void> {
    const started = performance.now();
    const builder = new IndexBuilder(background);
    const members: string[] = [];
    const lengths: number[] = [];
    const broken: RememberedArticle[] = [];
    const refused: string[] = [];
    for (let i = 0; i < keys.length; i += BATCH) {
      const batch = keys.slice(i, i + BATCH);
      const entries = await getArticles(batch);
      for (const e of entries) {
        if (!e || e.problem || state.forgotten.has(e.key)) continue;
        let analysis: ReportAnalysis;
        try {
          analysis = this.cache.get(e.key) ?? loadAnalysis(e, e.id);
        } catch (error) {
          broken.push({ ...e, problem: errorText(error) });
          continue;
        }
        if (builder.addAnalysis(analysis).added) {
          members.push(e.key);
          lengths.push(analysis.record.length);
        } else refused.push(e.key);
      }
      await yieldToEvents();
    }
    const now = Date.now();
    const segment: Segment | null =
      members.length > 0
        ? { tier, builtAt: now, members, recordLengths: lengths, perShard: RECORDS_PER_SHARD, core: splitIndex(builder.finish(new Date(now)), RECORDS_PER_SHARD, { compact: true }).core }
        : null;
    const change: ReaderChange = {
      ...extra,
      putArticles: [...(extra.putArticles ?? []), ...broken],
      deleteArticles: [...(extra.deleteArticles ?? []), ...refused],
      ...(segment ? { putSegments: [...(extra.putSegments ?? []), segment] } : { deleteSegments: [...(extra.deleteSegments ?? []), tier] }),
    };
    await commitReader(change);
    this.applyChange(state, change, segment ? [segment] : []);
    if (refused.length > 0 || (change.deleteArticles?.length ?? 0) > 0) state.readCount = null;
    this.lastBuildMs[tier] = performance.now() - started;
  }

  /** The members of a tier that are not forgotten. */
  private live(state: State, tier: SegmentTier): string[] {
    return (state.opened.get(tier)?.segment.members ?? []).filter((k) => !state.forgotten.has(k));
  }

  /**
   * Puts `carry` (keys of entries no segment holds) into the index from
   * `from` up: into that tier when it stays under its limit, else merged on
   * with it into the next.
   */
  private async place(state: State, carry: string[], from: number, extra: ReaderChange = {}): Promise<void> {
    const cleared: SegmentTier[] = [];
    let i = from;
    for (; i < TIERS.length - 1; i++) {
      const here = this.live(state, TIERS[i]);
      if (here.length + carry.length < TIER_MAX[TIERS[i]]) break;
      carry = [...here, ...carry];
      if (state.opened.has(TIERS[i])) cleared.push(TIERS[i]);
    }
    const tier = TIERS[i];
    // Forgotten members of the tiers rebuilt here are dropped with them: no longer listed as forgotten.
    const purged = [...cleared, tier].flatMap((t) => (state.opened.get(t)?.segment.members ?? []).filter((k) => state.forgotten.has(k)));
    await this.rebuild(state, tier, [...this.live(state, tier), ...carry], {
      ...extra,
      deleteSegments: [...(extra.deleteSegments ?? []), ...cleared],
      unforget: [...(extra.unforget ?? []), ...purged],
    });
  }

  /** Runs maintenance soon, once; a call while it runs makes it run once more. */
  schedule(): void {
    if (this.maintaining) {
      this.again = true;
      return;
    }
    this.maintaining = (async () => {
      await yieldToEvents();
      do {
        this.again = false;
        await this.maintain().catch((error) => console.warn('Crossread: tidying your index failed', error));
      } while (this.again);
    })().finally(() => (this.maintaining = null));
  }

  /** Resolves when no maintenance is running or due (tests, the options page after a restore). */
  async settled(): Promise<void> {
    while (this.maintaining) await this.maintaining;
  }

  /**
   * Tidying up, after the page has its answer: pages added before the
   * reader's index existed move into it; articles no segment holds (restored,
   * moved) are indexed; a full tier is merged into the next; what was
   * forgotten is dropped from its segment; the retention limits are applied;
   * a segment of another index version is rebuilt.
   */
  maintain(): Promise<void> {
    return withLock(READER_INDEX_LOCK, async () => {
      const state = await this.load();
      if (!this.checked) {
        await this.migratePages(state);
        await this.analyseAddedAgain(state);
      }
      // The limits by age, at most once an hour (the count is kept as each article is remembered).
      if (Date.now() - this.retentionAt > 3_600_000) {
        this.retentionAt = Date.now();
        await this.applyRetention(state);
      }
      // A segment made by another version of the index format is rebuilt from its articles; a damaged one waits for the reader.
      for (const o of [...state.opened.values()]) {
        if (o.problem && /index version \d+ is not supported/.test(o.problem)) await this.rebuild(state, o.segment.tier, o.segment.members);
      }
      if (!this.checked) {
        this.checked = true;
        const listed = new Set([...state.opened.values()].flatMap((o) => o.segment.members));
        const unindexed = (await articleKeys()).filter((k) => !listed.has(k));
        const readable = (await getArticles(unindexed)).flatMap((e) => (e && !e.problem ? [e.key] : []));
        if (readable.length > 0) await this.place(state, readable, 0);
      }
      // A full tier goes into the next.
      for (let i = 0; i < TIERS.length - 1; i++) {
        const tier = TIERS[i];
        if (!state.opened.get(tier)?.index || this.live(state, tier).length < TIER_MAX[tier]) continue;
        const purged = state.opened.get(tier)!.segment.members.filter((k) => state.forgotten.has(k));
        await this.place(state, this.live(state, tier), i + 1, { deleteSegments: [tier], unforget: purged });
      }
      // What the reader forgot leaves its segment now; what the limits dropped, once it is a tenth of main.
      for (const o of [...state.opened.values()]) {
        if (!o.index || o.dead.size === 0) continue;
        const byReader = o.segment.members.some((k) => state.forgotten.get(k) === 'reader');
        if (byReader || o.segment.tier !== 'main' || o.dead.size >= PURGE_SHARE * o.segment.members.length) {
          const purged = o.segment.members.filter((k) => state.forgotten.has(k));
          await this.rebuild(state, o.segment.tier, this.live(state, o.segment.tier), { unforget: purged });
        }
      }
    });
  }

  /** Pages the reader added before version 2 (collections of kind 'page') become entries of the reader's index, in one transaction. */
  private async migratePages(state: State): Promise<void> {
    const ids = (await collectionSummaries()).filter((c) => c.kind === 'page').map((c) => c.id);
    if (ids.length === 0) return;
    const pages = (await Promise.all(ids.map(getCollection))).filter((c): c is Collection => !!c);
    const entries: RememberedArticle[] = [];
    for (const page of pages) {
      for (const { id, article } of page.articles ?? []) {
        const hash = textHash(article.text);
        if ((await articlesBy('hash', hash)).some((e) => !state.forgotten.has(e.key))) continue;
        entries.push(entryOf(analyseReport({ id, article }, hash), { how: 'added', rememberedAt: Date.parse(page.addedAt) || Date.now(), article }));
      }
    }
    // The same transaction removes the old collections and adds their pages: nothing is lost on the way.
    await commitReader({ putArticles: entries, deleteCollections: pages.map((p) => p.id) });
    this.onCollectionsChanged();
  }

  /** Added pages keep their article: those another version analysed are analysed again (read ones keep what they have). */
  private async analyseAddedAgain(state: State): Promise<void> {
    const stale = (await articlesNotOfVersion(ANALYSIS_VERSION)).filter((e) => e.article);
    if (stale.length === 0) return;
    const renewed = stale.map((e) => entryOf(analyseReport({ id: e.id, article: e.article! }), { how: 'added', rememberedAt: e.rememberedAt, article: e.article }));
    const change: ReaderChange = {
      putArticles: renewed,
      deleteArticles: stale.map((e) => e.key),
      forget: this.listedIn(state, stale.map((e) => e.key)).map((key) => ({ key, by: 'replaced' as const })),
    };
    await commitReader(change);
    this.applyChange(state, change, []);
  }

  /** The retention limits: articles Crossread read longer ago than `keepDays`, and beyond `keepArticles` the oldest. */
  private async applyRetention(state: State): Promise<void> {
    const { keepDays } = await this.currentLimits();
    const old = await oldestReadKeys({ before: Date.now() - keepDays * 86_400_000 });
    await this.forgetInState(state, old);
    await this.dropBeyondCount(state);
  }

  private async dropBeyondCount(state: State): Promise<number> {
    const { keepArticles } = await this.currentLimits();
    const { read } = await articleCounts();
    if (read <= keepArticles) return 0;
    const oldest = await oldestReadKeys({ limit: read - keepArticles });
    await this.forgetInState(state, oldest);
    return oldest.length;
  }

  private async forgetInState(state: State, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    const change: ReaderChange = { deleteArticles: keys, forget: this.listedIn(state, keys).map((key) => ({ key, by: 'retention' as const })) };
    await commitReader(change);
    this.applyChange(state, change, []);
    state.readCount = null;
  }

  /** Rebuilds a segment from its articles (the options page, for one that cannot be read). */
  rebuildSegment(tier: SegmentTier): Promise<void> {
    return withLock(READER_INDEX_LOCK, async () => {
      const state = await this.load();
      const o = state.opened.get(tier);
      if (o) await this.rebuild(state, tier, o.segment.members, { unforget: o.segment.members.filter((k) => state.forgotten.has(k)) });
    });
  }

  /** Forgets a segment's articles with it (the options page, for one that cannot be read and is not wanted back). */
  deleteSegment(tier: SegmentTier): Promise<number> {
    return withLock(READER_INDEX_LOCK, async () => {
      const state = await this.load();
      const o = state.opened.get(tier);
      if (!o) return 0;
      const change: ReaderChange = { deleteArticles: o.segment.members, deleteSegments: [tier], unforget: o.segment.members.filter((k) => state.forgotten.has(k)) };
      await commitReader(change);
      this.applyChange(state, change, []);
      state.readCount = null;
      return o.segment.members.length;
    });
  }

  async status(): Promise<ReaderStatus> {
    const state = await this.load();
    const counts = await articleCounts();
    return {
      articles: counts.all,
      read: counts.read,
      segments: TIERS.flatMap((tier) => {
        const o = state.opened.get(tier);
        if (!o) return [];
        return [{ tier, articles: o.segment.members.length, forgotten: o.dead.size, bytes: o.segment.core.length, builtAt: o.segment.builtAt, problem: o.problem }];
      }),
      lastBuildMs: { ...this.lastBuildMs },
    };
  }
}

export { AnalysisError };
