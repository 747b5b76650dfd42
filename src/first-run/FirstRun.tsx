/**
 * The page opened once, when Crossread is installed: what it compares with
 * (the bundled reports, what the reader reads from now on, what they add or
 * import), that nothing leaves the machine, and the way to the options. An
 * extension page: nothing is loaded from anywhere.
 */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS } from '../shared/settings';

export function FirstRun() {
  const count = DEFAULT_SETTINGS.keepArticles.toLocaleString(navigator.language || 'en');
  return (
    <article class="first-run" data-testid="first-run">
      <h1>{t('firstRunTitle')}</h1>
      <p>{t('firstRunIntro')}</p>
      <section aria-labelledby="compares-heading">
        <h2 id="compares-heading">{t('firstRunComparesHeading')}</h2>
        <ul>
          <li data-source="bundled">{t('firstRunBundled')}</li>
          <li data-source="read">{t('firstRunRead')}</li>
          <li data-source="added">{t('firstRunAdded')}</li>
        </ul>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('firstRunPrivacyHeading')}</h2>
        <p>{t('firstRunPrivacy', String(DEFAULT_SETTINGS.keepDays), count)}</p>
        <p>{t('firstRunOptions')}</p>
        <p>
          <button type="button" class="primary" id="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('firstRunOpenOptions')}
          </button>
        </p>
      </section>
      <p>{t('firstRunTry')}</p>
    </article>
  );
}
