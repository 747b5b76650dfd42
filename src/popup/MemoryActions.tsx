/**
 * Whether the popup's page was kept in the reader's index, and forgetting
 * it: "Forget this page", "Forget everything from <site>". The background
 * forgets, then marks the tab's state, which the popup shows.
 */
import { useState } from 'preact/hooks';
import type { ForgetWhat, MemoryState } from '../shared/messages';
import { askBackground } from '../shared/send';
import { t } from '../shared/i18n';

export function MemoryActions({ memory, tabId }: { memory: MemoryState | undefined; tabId: number | null }) {
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'failed'; text?: string }>({ kind: 'idle' });
  if (!memory) return null;
  const tab = tabId === null ? {} : { tabId };
  const forget = async (what: ForgetWhat, done: (count: number) => string) => {
    setStatus({ kind: 'busy' });
    const answer = await askBackground({ type: 'forget', ...what, ...tab });
    if (answer.ok) setStatus({ kind: 'done', text: done(answer.value) });
    else setStatus({ kind: 'failed', text: t('popupForgetFailed', answer.error) });
  };
  switch (memory.status) {
    case 'remembered':
    case 'already':
    case 'added':
      if (status.kind === 'done') return <p class="meta memory" role="status" data-memory="forgotten">{status.text}</p>;
      return (
        <div class="memory" data-memory="remembered">
          <p class="meta">{t('popupRemembered')}</p>
          <div class="memory-actions">
            <button type="button" class="link-button" id="forget-page" disabled={status.kind === 'busy' || !memory.id} onClick={() => void forget({ what: 'page', id: memory.id! }, () => t('popupForgotten'))}>
              {t(status.kind === 'busy' ? 'popupForgetting' : 'popupForgetPage')}
            </button>
            {memory.site && (
              <button type="button" class="link-button" id="forget-site" disabled={status.kind === 'busy'} onClick={() => void forget({ what: 'site', site: memory.site! }, (n) => t('popupForgottenSite', String(n)))}>
                {t('popupForgetSite', memory.site)}
              </button>
            )}
          </div>
          {status.kind === 'failed' && (
            <p class="error" role="alert">
              {status.text}
            </p>
          )}
        </div>
      );
    case 'forgotten':
      return <p class="meta memory" data-memory="forgotten">{t('popupForgotten')}</p>;
    case 'private':
      return <p class="meta memory" data-memory="private">{t('popupNotRememberedPrivate')}</p>;
    case 'excluded':
      return <p class="meta memory" data-memory="excluded">{t('popupNotRememberedExcluded')}</p>;
    case 'failed':
      return <p class="meta memory error" data-memory="failed">{t('popupNotRememberedFailed', memory.error ?? '')}</p>;
    default:
      // Remembering is off, or the page is itself one of the bundled or imported reports: nothing to say.
      return null;
  }
}
