/** A list of sites the reader edits: sites where Crossread stays silent, sites it does not remember. */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { normalizeSite } from '../shared/settings';

export interface SiteListText {
  heading: string;
  help: string;
  label: string;
  add: string;
  remove: (site: string) => string;
}

export function SiteList({ idPrefix, listClass, sites, onChange, text, level = 2 }: { idPrefix: string; listClass: string; sites: string[]; onChange: (sites: string[]) => void; text: SiteListText; level?: 2 | 3 }) {
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
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`${idPrefix}-heading`}>
      <Heading id={`${idPrefix}-heading`}>{text.heading}</Heading>
      <p id={`${idPrefix}-help`} class="help">
        {text.help}
      </p>
      <form class="add-site" onSubmit={add}>
        <label for={`${idPrefix}-site`}>{text.label}</label>
        <div class="row">
          <input
            id={`${idPrefix}-site`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={draft}
            aria-describedby={invalid ? `${idPrefix}-help ${idPrefix}-error` : `${idPrefix}-help`}
            aria-invalid={invalid}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit">{text.add}</button>
        </div>
        {invalid && (
          <p id={`${idPrefix}-error`} class="error" role="alert">
            {t('optionsSilentInvalid')}
          </p>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="help">{t('optionsSilentNone')}</p>
      ) : (
        <ul class={listClass}>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" aria-label={text.remove(site)} onClick={() => onChange(sites.filter((s) => s !== site))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
