/**
 * The options page: automatic analysis, sites where Crossread stays silent,
 * which kinds to highlight, the keyboard shortcuts, and (the lead's) the
 * reader's own reports. Every change is saved at once.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { DivergenceKind } from '../core/compare/types';
import { t } from '../shared/i18n';
import { DIVERGENCE_KINDS, loadSettings, normalizeSite, saveSettings, settingsArea, watchSettings, type Settings } from '../shared/settings';
import { ReportsSection } from './ReportsSection';

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
      <SilentSites sites={settings.silentSites} onChange={(silentSites) => save({ silentSites })} />
      <Shortcuts />
      {/* The lead's "Your reports" section (src/options/ReportsSection.tsx) goes here. */}
      <ReportsSection />
      {area && <p class="help storage-note">{t(area === 'sync' ? 'optionsSyncNote' : 'optionsLocalNote')}</p>}
    </>
  );
}

function SilentSites({ sites, onChange }: { sites: string[]; onChange: (sites: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = (event: Event) => {
    event.preventDefault();
    const site = normalizeSite(draft);
    if (!site) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft('');
    if (!sites.includes(site)) onChange([...sites, site].sort());
  };
  return (
    <section aria-labelledby="silent-heading">
      <h2 id="silent-heading">{t('optionsSilentHeading')}</h2>
      <p id="silent-help" class="help">
        {t('optionsSilentHelp')}
      </p>
      <form class="add-site" onSubmit={add}>
        <label for="silent-site">{t('optionsSilentLabel')}</label>
        <div class="row">
          <input
            id="silent-site"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={draft}
            aria-describedby={invalid ? 'silent-help silent-error' : 'silent-help'}
            aria-invalid={invalid}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit">{t('optionsSilentAdd')}</button>
        </div>
        {invalid && (
          <p id="silent-error" class="error" role="alert">
            {t('optionsSilentInvalid')}
          </p>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="help">{t('optionsSilentNone')}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" aria-label={t('optionsSilentRemove', site)} onClick={() => onChange(sites.filter((s) => s !== site))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
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
