/**
 * Whether an article Crossread read is kept in the reader's index, and
 * keeping it: after the page has its answer, in the background, never in a
 * private window, nor when remembering is off, nor for a site the reader
 * excluded, nor for a page already among the bundled or imported reports.
 */
import type { Article } from '../core/article';
import { withinBudget, type ArticleAnalysis, type Comparison } from '../index/compare-article';
import type { MemoryState } from '../shared/messages';
import { isSilenced, loadSettings } from '../shared/settings';
import { READER_ID_PREFIX, siteOf } from '../shared/remembered';
import { readerIndex } from './index-store';
import { updateTabState } from './tab-state';

/** What to do with an article read in a tab: the decision, without the keeping (pure: it reads nothing, keeps nothing). */
function memoryDecision(
  article: Article,
  comparison: Pick<Comparison, 'self'>,
  context: { remember: boolean; notRemembered: readonly string[]; incognito: boolean },
): MemoryState | null {
  const site = siteOf(article.url);
  if (!context.remember) return { status: 'off' };
  if (context.incognito) return { status: 'private' };
  if (site && isSilenced(site, context.notRemembered)) return { status: 'excluded', site };
  // The page is itself a report of the bundled index or an imported collection: nothing to add.
  // (The reader's index names its reports `mine:…`; found there, the page is remembered already, or again with a new text.)
  if (comparison.self && !comparison.self.id.startsWith(READER_ID_PREFIX)) return { status: 'known', site };
  return null;
}

/** Decides, keeps the article if it should, and says so in the tab's state (when the tab still shows it). */
export async function rememberRead(tabId: number, url: string, whole: Article, comparison: Comparison, incognito: boolean, analysed: ArticleAnalysis = {}): Promise<void> {
  let memory: MemoryState;
  try {
    // The same budget as the comparison: a page of megabytes is kept by its start.
    const text = withinBudget(whole.text);
    const article = text === whole.text ? whole : { ...whole, text };
    const settings = await loadSettings();
    memory =
      memoryDecision(article, comparison, { remember: settings.remember, notRemembered: settings.notRemembered, incognito }) ??
      (await readerIndex.remember(article, 'read', Date.now(), analysed).then((o) => ({ status: o.status, id: o.id, site: siteOf(article.url), ms: Math.round(o.ms * 100) / 100 })));
  } catch (error) {
    memory = { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
  await setMemory(tabId, url, memory);
  readerIndex.tidySoon();
}

/** Records what became of the tab's article, if the tab still shows the result for `url` (any, when null). */
async function setMemory(tabId: number, url: string | null, memory: MemoryState): Promise<void> {
  await updateTabState(tabId, (state) => (state?.status === 'done' && (url === null || state.url === url) ? { ...state, memory } : null)).catch(() => {});
}
