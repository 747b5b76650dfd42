/**
 * The toolbar popup: the article, its related reports and how each relates,
 * and the divergences grouped by kind, each with both sides in brief;
 * choosing one scrolls the page to it. States for pages Crossread may not or
 * cannot read. Everything shown comes from pages or the index: rendered as
 * text, never HTML.
 */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Divergence, DivergenceKind } from '../core/compare/types';
import type { RelatedSummary } from '../index/compare-article';
import type { TabState } from '../shared/messages';
import { reportLabel } from '../shared/report-label';
import { t } from '../shared/i18n';
import { useTabState, type Access, type PopupActions } from './use-tab-state';
import { forDisplay } from '../shared/display-text';
import { MemoryActions } from './MemoryActions';
import { describeDivergence } from '../shared/divergence-text';
import { safeUrl } from '../shared/safe-url';

const RELATION_KEYS = {
  same: ['relationSame', 'relationSameHelp'],
  rewrite: ['relationRewrite', 'relationRewriteHelp'],
  story: ['relationStory', 'relationStoryHelp'],
} as const;
/** Other reports of the story, by where they stand in it. */
const CHAPTER_KEYS = {
  'same-event': ['relationSameEvent', 'relationSameEventHelp'],
  earlier: ['relationEarlier', 'relationEarlierHelp'],
  later: ['relationLater', 'relationLaterHelp'],
  other: ['relationStory', 'relationStoryHelp'],
} as const;

const KINDS: ReadonlyArray<[DivergenceKind, string]> = [
  ['figure', 'kindFigurePlural'],
  ['quote', 'kindQuotePlural'],
  ['attribution', 'kindAttributionPlural'],
];

export function Popup() {
  const [s, actions] = useTabState();
  let body;
  if (s.phase === 'loading') body = <p class="status" role="status">{t('popupWorking')}</p>;
  else if (s.phase === 'no-tab') body = <p class="status">{t('popupNoTab')}</p>;
  else if (s.phase === 'failed') body = <p class="status error" role="alert">{t('popupError', s.message)}</p>;
  // Everything in the state came from pages or indexes: shown without bidirectional controls (see display-text.ts).
  else body = <TabView state={s.state && forDisplay(s.state)} access={s.access} unreachable={s.unreachable} actions={actions} tabId={s.tabId} />;
  return (
    <>
      {body}
      <footer class="footer">
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </footer>
    </>
  );
}

export interface TabViewProps {
  state: TabState | null;
  access: Access;
  unreachable: boolean;
  actions: PopupActions;
  /** The tab the popup is about: forgetting its page marks its state. */
  tabId?: number;
}

export function TabView({ state, access, unreachable, actions, tabId }: TabViewProps) {
  if (access === 'restricted') return <p class="status" data-state="restricted">{t('popupRestricted')}</p>;
  if (access === 'pdf') return <p class="status" data-state="restricted">{t('popupRestrictedPdf')}</p>;
  if (access === 'no-access') return <NoAccess actions={actions} />;
  if (!state || (state.status === 'waiting' && state.reason === 'manual')) {
    if (unreachable) {
      // Nothing runs in the page. Knowing its address, it is one Crossread may read: it predates Crossread.
      return access === 'web' ? (
        <p class="status" data-state="unreachable">{t('popupUnreachable')}</p>
      ) : (
        <p class="status" data-state="cannot-read">{t('popupCannotRead')}</p>
      );
    }
    return <p class="status" role="status" data-state="working">{t('popupWorking')}</p>;
  }
  switch (state.status) {
    case 'waiting':
      return (
        <div class="status" data-state="silenced">
          <p>{t('popupSilenced')}</p>
          <button type="button" class="primary" onClick={actions.analyse}>
            {t('popupReadOnce')}
          </button>
        </div>
      );
    case 'working':
      return <p class="status" role="status" data-state="working">{t('popupWorking')}</p>;
    case 'not-article':
      return (
        <div class="status" data-state="not-article" data-reason={state.reason}>
          <p>{t(state.reason === 'too-large' ? 'popupTooLarge' : state.reason === 'no-content' ? 'popupNoContent' : 'popupNotArticle')}</p>
          {state.reason === 'too-large' && state.size && (
            <p class="note" data-skipped="page">
              {t(SIZE_KEYS[state.size.measure], formatCount(state.size.value), formatCount(state.size.limit))}
            </p>
          )}
        </div>
      );
    case 'error':
      return <p class="status error" role="alert" data-state="error">{t('popupError', state.message)}</p>;
    case 'done':
      return (
        <div data-state={state.related.length > 0 ? 'done' : 'nothing-related'}>
          <header class="article">
            <h1 class="article-title">{state.article.title || state.article.url}</h1>
            <p class="meta">{siteOf(state.article.outlet, state.article.url)}</p>
            {state.self && <p class="meta self">{t('popupSelf')}</p>}
            {!state.self && <AddPage actions={actions} />}
            <MemoryActions memory={state.memory} tabId={tabId ?? null} />
          </header>
          {state.skipped && <SkippedNote skipped={state.skipped} />}
          {state.related.length === 0 ? (
            <p class="status">{t(state.memory?.status === 'off' ? 'popupNothingRelatedOff' : 'popupNothingRelated')}</p>
          ) : (
            <>
              <Divergences state={state} actions={actions} />
              <section aria-labelledby="related-heading">
                <h2 id="related-heading">{t('popupRelatedHeading')}</h2>
                <ol class="related">
                  {state.related.map((r) => (
                    <RelatedItem key={r.id} report={r} />
                  ))}
                </ol>
              </section>
            </>
          )}
        </div>
      );
  }
}

const SIZE_KEYS = { elements: 'popupTooLargeElements', text: 'popupTooLargeText', depth: 'popupTooLargeDepth' } as const;

const formatCount = (n: number) => n.toLocaleString(navigator.language || 'en');

/** What the analysis budget left out of a very long article. */
function SkippedNote({ skipped }: { skipped: NonNullable<Extract<TabState, { status: 'done' }>['skipped']> }) {
  const cut = skipped.analysedChars < skipped.totalChars;
  return (
    <div class="note skipped" role="note" data-skipped="analysis">
      {cut && <p>{t('popupSkippedText', formatCount(skipped.analysedChars), formatCount(skipped.totalChars), formatCount(skipped.totalChars - skipped.analysedChars))}</p>}
      {skipped.divergences > 0 && <p>{t('popupSkippedDivergences', formatCount(skipped.divergences))}</p>}
    </div>
  );
}

/** "Add this page to my reports": keeps the article in the reader's own reports, compared from then on. */
function AddPage({ actions }: { actions: PopupActions }) {
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'failed'; text?: string }>({ kind: 'idle' });
  const add = async () => {
    setStatus({ kind: 'busy' });
    const answer = await actions.addPage();
    if (answer.ok) setStatus({ kind: 'done', text: t(answer.value.status === 'added' ? 'popupPageAdded' : 'popupPageAlreadyAdded') });
    else setStatus({ kind: 'failed', text: t('popupAddPageFailed', answer.error) });
  };
  if (status.kind === 'done') return <p class="meta added" role="status" data-added="true">{status.text}</p>;
  return (
    <div class="add-page">
      <button type="button" class="link-button" id="add-page" disabled={status.kind === 'busy'} onClick={() => void add()}>
        {t(status.kind === 'busy' ? 'popupAddingPage' : 'popupAddPage')}
      </button>
      {status.kind === 'failed' && (
        <p class="error" role="alert">
          {status.text}
        </p>
      )}
    </div>
  );
}

function NoAccess({ actions }: { actions: PopupActions }) {
  const [refused, setRefused] = useState(false);
  return (
    <div class="status" data-state="no-access">
      <p>{t('popupNoAccess')}</p>
      <button type="button" class="primary" onClick={() => void actions.allowSite().then((granted) => setRefused(!granted))}>
        {t('popupAllowSite')}
      </button>
      {refused && (
        <p class="error" role="alert">
          {t('popupAllowDenied')}
        </p>
      )}
    </div>
  );
}

function Divergences({ state, actions }: { state: Extract<TabState, { status: 'done' }>; actions: PopupActions }) {
  const names = new Map(state.related.map((r) => [r.id, reportLabel(r) ?? t('unknownOutlet')]));
  const placed = state.placed ? new Set(state.placed) : null;
  const indexed = state.divergences.map((d, index) => ({ d, index }));
  return (
    <section aria-labelledby="divergences-heading" class="divergences">
      <h2 id="divergences-heading">
        {t('popupDivergencesHeading')} <span class="count">({state.divergences.length})</span>
      </h2>
      {state.divergences.length === 0 && <p class="status">{t('popupNoDivergences')}</p>}
      {KINDS.map(([kind, label]) => {
        const items = indexed.filter((x) => x.d.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} class={`group group-${kind}`} aria-labelledby={`group-${kind}`} data-kind={kind}>
            <h3 id={`group-${kind}`}>
              {t(label)} <span class="count">({items.length})</span>
            </h3>
            <ul>
              {items.map(({ d, index }) => (
                <DivergenceItem key={index} d={d} index={index} names={names} placed={placed === null || placed.has(index)} actions={actions} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function DivergenceItem({ d, index, names, placed, actions }: { d: Divergence; index: number; names: Map<string, string>; placed: boolean; actions: PopupActions }) {
  const first = d.others[0];
  const nameOf = (o: { reportId: string; outlet: string | null }) => o.outlet ?? names.get(o.reportId) ?? t('unknownOutlet');
  const name = first ? nameOf(first) : '';
  // The sentence is made here, from the locale's messages; the core states facts only.
  const summary = describeDivergence(d, { t, lang: navigator.language || 'en', name: nameOf });
  const content = (
    <>
      <span class="side here">
        <span class="who">{t('popupHere')}</span> <q>{brief(d.text)}</q>
      </span>
      {first && (
        <span class="side there">
          <span class="who">{name}</span> <q>{brief(first.text)}</q>
          {d.others.length > 1 && <span class="more"> {t('popupAndMore', String(d.others.length - 1))}</span>}
        </span>
      )}
      {summary && <span class="summary">{summary}</span>}
    </>
  );
  return (
    <li class="divergence" data-index={index} data-kind={d.kind} data-placed={placed}>
      {placed ? (
        <button type="button" class="reveal" title={t('popupShowHint')} onClick={() => void actions.reveal(index)}>
          {content}
        </button>
      ) : (
        <div class="reveal unplaced">
          {content}
          <span class="note">{t('popupNotPlaced')}</span>
        </div>
      )}
    </li>
  );
}

/** A claim in brief: at most about twelve words. */
export function brief(text: string, words = 12): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

function RelatedItem({ report }: { report: RelatedSummary }) {
  // A state kept by an older version has no chapter.
  const chapter = report.chapter ?? 'same-event';
  const [label, help] = report.relation === 'story' ? CHAPTER_KEYS[chapter] : RELATION_KEYS[report.relation];
  const link = safeUrl(report.url);
  return (
    <li class="related-report" data-report-id={report.id} data-relation={report.relation} data-chapter={chapter}>
      <span class={`relation relation-${report.relation}`} title={t(help)}>
        {t(label)}
      </span>
      {link ? (
        <a class="report-title" href={link.href} target="_blank" rel="noopener noreferrer">
          {report.title}
        </a>
      ) : (
        <span class="report-title">{report.title}</span>
      )}
      <span class="meta">
        {report.outlet ?? link?.host ?? t('unknownOutlet')} · {report.published ?? t('undated')}
      </span>
    </li>
  );
}

function siteOf(outlet: string | null, url: string | null): string {
  if (outlet) return outlet;
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}
