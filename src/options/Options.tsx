/**
 * The options page: automatic analysis, sites where Crossread stays silent,
 * which kinds to highlight, the keyboard shortcuts, what Crossread remembers,
 * the reader's own reports, and export and restore. Every change is saved at once.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { DivergenceKind } from '../core/compare/types';
import { t } from '../shared/i18n';
import { DIVERGENCE_KINDS, loadSettings, saveSettings, settingsArea, watchSettings, type Settings } from '../shared/settings';
import type { UnreadableCollection } from '../shared/messages';
import { askBackground } from '../shared/send';
import { ReportsSection } from './ReportsSection';
import { RememberSection, type ReaderProblems } from './RememberSection';
import { BackupSection } from './BackupSection';
import { SiteList } from './SiteList';

/**
 * Firefox can open this page in a private window, where IndexedDB is a
 * separate, in-memory store: the reader's reports are not there, and what
 * would be imported there would be lost.
 */
const inPrivateWindow = (() => {
  try {
    return browser.extension.inIncognitoContext === true;
  } catch {
    return false;
  }
})();

const KIND_KEYS: Record<DivergenceKind, string> = { figure: 'kindFigurePlural', quote: 'kindQuotePlural', attribution: 'kindAttributionPlural' };

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [area, setArea] = useState<'sync' | 'local' | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    void settingsArea().then(setArea);
    watchSettings(setSettings, controller.signal);
    return () => controller.abort();
  }, []);
  const save = (patch: Partial<Settings>) => void saveSettings(patch).then(setSettings);
  // What cannot be read (collections, parts of the reader's index), as the background found it.
  const [problems, setProblems] = useState<ReaderProblems & { unreadable: UnreadableCollection[] }>({ reader: null, broken: [], unreadable: [] });
  const refreshProblems = useCallback(() => {
    void askBackground({ type: 'reader-status' }).then((answer) => {
      if (answer.ok) setProblems(answer.value);
    });
  }, []);
  useEffect(refreshProblems, [refreshProblems]);
  if (!settings) return null;
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">{t('optionsReadingHeading')}</h2>
        <div class="field">
          <input id="auto-analyse" type="checkbox" checked={settings.autoAnalyse} aria-describedby="auto-analyse-help" onChange={(e) => save({ autoAnalyse: e.currentTarget.checked })} />
          <label for="auto-analyse">{t('optionsAutoAnalyse')}</label>
          <p id="auto-analyse-help" class="help">
            {t('optionsAutoAnalyseHelp')}
          </p>
        </div>
      </section>
      <section aria-labelledby="kinds-heading">
        <h2 id="kinds-heading">{t('optionsKindsHeading')}</h2>
        <p id="kinds-help" class="help">
          {t('optionsKindsHelp')}
        </p>
        <fieldset aria-describedby="kinds-help">
          <legend class="visually-hidden">{t('optionsKindsHeading')}</legend>
          {DIVERGENCE_KINDS.map((kind) => (
            <div class="field" key={kind}>
              <input
                id={`kind-${kind}`}
                type="checkbox"
                checked={settings.highlightKinds[kind]}
                onChange={(e) => save({ highlightKinds: { ...settings.highlightKinds, [kind]: e.currentTarget.checked } })}
              />
              <label for={`kind-${kind}`}>
                <span class={`swatch swatch-${kind}`} aria-hidden="true" />
                {t(KIND_KEYS[kind])}
              </label>
            </div>
          ))}
        </fieldset>
      </section>
      <SiteList
        idPrefix="silent"
        listClass="sites"
        sites={settings.silentSites}
        onChange={(silentSites) => save({ silentSites })}
        text={{ heading: t('optionsSilentHeading'), help: t('optionsSilentHelp'), label: t('optionsSilentLabel'), add: t('optionsSilentAdd'), remove: (site) => t('optionsSilentRemove', site) }}
      />
      <Shortcuts />
      {inPrivateWindow ? (
        <p class="note" data-testid="private-window">
          {t('optionsPrivateWindow')}
        </p>
      ) : (
        <>
          <RememberSection settings={settings} save={save} problems={problems} onChanged={refreshProblems} />
          <ReportsSection unreadable={problems.unreadable} onChanged={refreshProblems} />
          <BackupSection onChanged={refreshProblems} />
        </>
      )}
      {area && <p class="help storage-note">{t(area === 'sync' ? 'optionsSyncNote' : 'optionsLocalNote')}</p>}
    </>
  );
}

function Shortcuts() {
  const [keys, setKeys] = useState<Record<string, string>>({});
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((commands) => setKeys(Object.fromEntries(commands.map((c) => [c.name ?? '', c.shortcut ?? '']))))
      .catch(() => {});
  }, []);
  return (
    <section aria-labelledby="keyboard-heading">
      <h2 id="keyboard-heading">{t('optionsKeyboardHeading')}</h2>
      <ul class="shortcuts">
        <li>{t('optionsShortcutNext', keys['next-divergence'] || t('optionsShortcutUnset'))}</li>
        <li>{t('optionsShortcutPrevious', keys['previous-divergence'] || t('optionsShortcutUnset'))}</li>
      </ul>
      <p class="help">{t('optionsShortcutHelp')}</p>
    </section>
  );
}
