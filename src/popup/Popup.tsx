/**
 * The toolbar popup: the article, its related reports and how each relates.
 * Everything shown comes from pages or the index: rendered as text, never HTML.
 */
import type { RelatedSummary } from '../index/compare-article';
import type { TabState } from '../shared/messages';
import { t } from '../shared/i18n';
import { useTabState } from './use-tab-state';

const RELATION_KEYS = {
  same: ['relationSame', 'relationSameHelp'],
  rewrite: ['relationRewrite', 'relationRewriteHelp'],
  story: ['relationStory', 'relationStoryHelp'],
} as const;

export function Popup() {
  const s = useTabState();
  if (s.phase === 'loading') return <p class="status" role="status">{t('popupWorking')}</p>;
  if (s.phase === 'no-tab') return <p class="status">{t('popupNoTab')}</p>;
  if (s.phase === 'failed') return <p class="status error" role="alert">{t('popupError', s.message)}</p>;
  return <TabView state={s.state} />;
}

function TabView({ state }: { state: TabState | null }) {
  if (!state) return <p class="status" data-state="not-analysed">{t('popupNotAnalysed')}</p>;
  switch (state.status) {
    case 'working':
      return <p class="status" role="status" data-state="working">{t('popupWorking')}</p>;
    case 'not-article':
      return (
        <p class="status" data-state="not-article">
          {t(state.reason === 'too-large' ? 'popupTooLarge' : state.reason === 'no-content' ? 'popupNoContent' : 'popupNotArticle')}
        </p>
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
          </header>
          {state.related.length === 0 ? (
            <p class="status">{t('popupNothingRelated')}</p>
          ) : (
            <section aria-labelledby="related-heading">
              <h2 id="related-heading">{t('popupRelatedHeading')}</h2>
              <ol class="related">
                {state.related.map((r) => (
                  <RelatedItem key={r.id} report={r} />
                ))}
              </ol>
            </section>
          )}
        </div>
      );
  }
}

function RelatedItem({ report }: { report: RelatedSummary }) {
  const [label, help] = RELATION_KEYS[report.relation];
  return (
    <li class="related-report" data-report-id={report.id} data-relation={report.relation}>
      <span class={`relation relation-${report.relation}`} title={t(help)}>
        {t(label)}
      </span>
      <span class="report-title">{report.title}</span>
      <span class="meta">
        {report.outlet ?? t('unknownOutlet')} · {report.published ?? t('undated')}
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
