/** The toolbar badge: what Crossread found on the tab's page, at a glance. */
import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';
import { t } from '../shared/i18n';

export async function showBadge(tabId: number, state: TabState): Promise<void> {
  let text = '';
  let title = t('extensionName');
  if (state.status === 'working') text = '…';
  else if (state.status === 'waiting') title = t(state.reason === 'silenced' ? 'badgeSilenced' : 'badgeWaiting');
  else if (state.status === 'error') {
    text = '!';
    title = t('badgeError');
  } else if (state.status === 'done') {
    const n = state.divergences.length;
    text = n > 0 ? String(n) : '';
    title = n > 0 ? t('badgeDivergences', String(n)) : state.related.length > 0 ? t('badgeRelatedOnly', String(state.related.length)) : t('badgeNothing');
  }
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title });
    if (text && text !== '…') await browser.action.setBadgeBackgroundColor({ tabId, color: state.status === 'error' ? '#b00020' : '#8a4b00' });
  } catch {
    // The tab may have closed meanwhile; nothing to show then.
  }
}
