/**
 * "What Crossread remembers" on the options page: the switch, the retention
 * limits, sites never remembered, what is remembered (recent articles, by
 * site) with ways to forget a page, a site or everything, and what cannot
 * be read with a way to build it again or forget it. The list is read from
 * IndexedDB here; forgetting is asked of the background, the one writer.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { displayText } from '../shared/display-text';
import { KEEP_LIMITS, type Settings } from '../shared/settings';
import { articleCounts, recentArticles, siteCounts, type ArticleSummary } from '../shared/user-reports-db';
import type { ForgetWhat, ReaderStatus } from '../shared/messages';
import type { SegmentTier } from '../shared/message-shapes';
import { askBackground } from '../shared/send';
import { formatBytes } from './shared-ui';
import { SiteList } from './SiteList';

const PAGE = 50;

export interface ReaderProblems {
  reader: ReaderStatus | null;
  broken: ArticleSummary[];
}

export function RememberSection({ settings, save, problems, onChanged }: { settings: Settings; save: (patch: Partial<Settings>) => void; problems: ReaderProblems; onChanged: () => void }) {
  const [recent, setRecent] = useState<ArticleSummary[]>([]);
  const [more, setMore] = useState(false);
  const [sites, setSites] = useState<Array<{ site: string; count: number }>>([]);
  const [counts, setCounts] = useState<{ all: number; read: number } | null>(null);
  const [usage, setUsage] = useState<number | null>(null);
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const refresh = async (limit = Math.max(PAGE, recent.length)) => {
    try {
      const [list, bySite, n] = await Promise.all([recentArticles(limit + 1), siteCounts(), articleCounts()]);
      setRecent(list.slice(0, limit));
      setMore(list.length > limit);
      setSites(bySite.filter((s) => s.site));
      setCounts(n);
      const estimate = await navigator.storage?.estimate?.().catch(() => null);
      setUsage(estimate?.usage ?? null);
    } catch (error) {
      setNote({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };
  useEffect(() => void refresh(PAGE), [problems]);

  const forget = async (what: ForgetWhat) => {
    setBusy(true);
    const answer = await askBackground({ type: 'forget', ...what });
    setBusy(false);
    setConfirming(false);
    if (answer.ok) setNote({ text: what.what === 'everything' ? t('memoryForgottenAll') : t('memoryForgotten', String(answer.value)) });
    else setNote({ text: answer.error, error: true });
    await refresh();
    onChanged();
  };
  const segment = async (type: 'rebuild-segment' | 'delete-segment', tier: SegmentTier) => {
    setBusy(true);
    const answer = await askBackground({ type, tier });
    setBusy(false);
    setNote(answer.ok ? { text: type === 'rebuild-segment' ? t('memoryRebuilt') : t('memoryForgotten', String(answer.value)) } : { text: answer.error, error: true });
    await refresh();
    onChanged();
  };

  const number = (key: 'keepDays' | 'keepArticles', limits: { min: number; max: number }) => (e: Event) => {
    const value = Number((e.currentTarget as HTMLInputElement).value);
    if (Number.isFinite(value) && value >= limits.min && value <= limits.max) save({ [key]: Math.round(value) });
  };
  const unreadable = problems.reader?.segments.filter((s) => s.problem) ?? [];
  const format = (n: number) => n.toLocaleString(navigator.language || 'en');

  return (
    <section aria-labelledby="memory-heading" data-testid="memory-section">
      <h2 id="memory-heading">{t('memoryHeading')}</h2>
      <p class="help">{t('memoryHelp')}</p>
      <div class="field">
        <input id="remember" type="checkbox" checked={settings.remember} aria-describedby="remember-help" onChange={(e) => save({ remember: e.currentTarget.checked })} />
        <label for="remember">{t('memoryRemember')}</label>
        <p id="remember-help" class="help">
          {t('memoryRememberHelp')}
        </p>
      </div>
      <div class="keep">
        <label for="keep-days">{t('memoryKeepDays')}</label>
        <input id="keep-days" type="number" min={KEEP_LIMITS.days.min} max={KEEP_LIMITS.days.max} value={settings.keepDays} onChange={number('keepDays', KEEP_LIMITS.days)} />
        <label for="keep-articles">{t('memoryKeepArticles')}</label>
        <input id="keep-articles" type="number" min={KEEP_LIMITS.articles.min} max={KEEP_LIMITS.articles.max} value={settings.keepArticles} onChange={number('keepArticles', KEEP_LIMITS.articles)} />
      </div>
      <p class="help">{t('memoryKeepHelp')}</p>

      <SiteList
        idPrefix="never"
        listClass="sites-never"
        sites={settings.notRemembered}
        onChange={(notRemembered) => save({ notRemembered })}
        text={{ heading: t('memoryNeverHeading'), help: t('memoryNeverHelp'), label: t('memoryNeverLabel'), add: t('memoryNeverAdd'), remove: (site) => t('memoryNeverRemove', site) }}
        level={3}
      />

      <div role="status" aria-live="polite" data-testid="memory-note">
        {note && <p class={note.error ? 'error' : 'help'}>{note.text}</p>}
      </div>
      {counts && (
        <p id="memory-count" data-count={counts.all}>
          {counts.all === 0 ? t('memoryNone') : t('memorySummary', format(counts.all), format(counts.read), format(counts.all - counts.read))}
          {usage !== null && <> {t('memoryStorage', formatBytes(usage))}</>}
        </p>
      )}

      {(unreadable.length > 0 || problems.broken.length > 0) && (
        <div class="memory-problems" data-testid="memory-problems">
          <h3>{t('memoryProblemsHeading')}</h3>
          {unreadable.map((s) => (
            <p key={s.tier} class="segment-problem" data-tier={s.tier}>
              <span class="error">{t('memorySegmentProblem', format(s.articles), displayText(s.problem ?? ''))}</span>{' '}
              <button type="button" disabled={busy} onClick={() => void segment('rebuild-segment', s.tier)}>
                {t('memorySegmentRebuild')}
              </button>{' '}
              <button type="button" disabled={busy} onClick={() => void segment('delete-segment', s.tier)}>
                {t('memorySegmentDelete', format(s.articles))}
              </button>
            </p>
          ))}
          {problems.broken.length > 0 && (
            <p class="broken-articles">
              <span class="error">{t('memoryBrokenArticles', format(problems.broken.length))}</span>{' '}
              <button type="button" disabled={busy} onClick={() => void forget({ what: 'keys', keys: problems.broken.map((a) => a.key) })}>
                {t('memoryBrokenForget')}
              </button>
            </p>
          )}
        </div>
      )}

      {recent.length > 0 && (
        <>
          <h3>{t('memoryRecentHeading')}</h3>
          <ul class="remembered">
            {recent.map((a) => (
              <li key={a.key} class="remembered-article" data-id={a.id} data-how={a.how}>
                <span>
                  <bdi class="remembered-title">{displayText(a.title) || t('memoryUntitled')}</bdi>
                  <span class="help">
                    {' '}
                    · {displayText(a.outlet ?? a.site)} · {new Date(a.rememberedAt).toISOString().slice(0, 10)}
                    {a.how === 'added' && <> · {t('memoryAdded')}</>}
                  </span>
                </span>
                <button type="button" disabled={busy} aria-label={t('memoryForgetLabel', a.title)} onClick={() => void forget({ what: 'keys', keys: [a.key] })}>
                  {t('memoryForget')}
                </button>
              </li>
            ))}
          </ul>
          {more && (
            <button type="button" onClick={() => void refresh(recent.length + PAGE)}>
              {t('memoryShowMore')}
            </button>
          )}
        </>
      )}

      {sites.length > 0 && (
        <>
          <h3>{t('memorySitesHeading')}</h3>
          <ul class="remembered">
            {sites.slice(0, 30).map((s) => (
              <li key={s.site} class="remembered-site" data-site={s.site}>
                <bdi>{t('memorySiteCount', displayText(s.site), format(s.count))}</bdi>
                <button type="button" disabled={busy} onClick={() => void forget({ what: 'site', site: s.site })}>
                  {t('memoryForgetSite', displayText(s.site))}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {counts && counts.all > 0 && (
        <div class="forget-all">
          <p class="help">{t('memoryForgetAllHelp')}</p>
          {confirming ? (
            <p class="row">
              <button type="button" id="forget-all-confirm" disabled={busy} onClick={() => void forget({ what: 'everything' })}>
                {t('memoryForgetAllConfirm', format(counts.all))}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('memoryForgetAllCancel')}
              </button>
            </p>
          ) : (
            <button type="button" id="forget-all" onClick={() => setConfirming(true)}>
              {t('memoryForgetAll')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
