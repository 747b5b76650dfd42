/**
 * The card for one divergence: what this article says, what each other report
 * says (outlet, date, its sentence, a link when its address is known), and by
 * kind the word-level diff of a reworded quote, the figures side by side, or
 * who said it and how. Everything shown comes from pages and the index:
 * rendered as text by Preact, never as HTML.
 */
import type { Divergence, DivergenceKind, DiffPiece } from '../../core/compare/types';
import { Fragment } from 'preact';
import type { ReportRef } from '../../shared/messages';
import { t } from '../../shared/i18n';
import { describeDivergence, figureText, formatNumber, measureText, plural, subtypeText, verbKindText } from '../../shared/divergence-text';
import { attributionOf, datedOrder, figureOf, formatDate, quoteDiffs, reportName, sides, splitContext, type Side } from './card-model';
import { safeUrl } from '../../shared/safe-url';

export interface HoverCardProps {
  divergence: Divergence;
  reports: ReadonlyMap<string, ReportRef>;
  article: { published: string | null };
  lang: string;
  onClose: () => void;
}

const KIND_KEYS: Record<DivergenceKind, string> = { figure: 'kindFigure', quote: 'kindQuote', attribution: 'kindAttribution' };

export function subtypeLabel(subtype: string): string {
  return subtypeText(subtype, t);
}

function kindLabel(kind: DivergenceKind): string {
  return t(KIND_KEYS[kind]);
}

export function HoverCard({ divergence: d, reports, article, lang, onClose }: HoverCardProps) {
  const list = sides(d, article, reports);
  const summary = describeDivergence(d, { t, lang, name: (o) => reportName(o, reports) ?? t('unknownOutlet') });
  return (
    <div class={`card kind-${d.kind}`} role="dialog" aria-labelledby="crossread-card-title" tabIndex={-1} data-kind={d.kind} data-subtype={d.subtype}>
      <header class="head">
        <p id="crossread-card-title" class="title">
          <span class="kind">{kindLabel(d.kind)}</span>
          <span class="subtype">{subtypeLabel(d.subtype)}</span>
        </p>
        <button type="button" class="close" aria-label={t('cardClose')} title={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      {summary && <p class="summary">{summary}</p>}
      <section class="here" aria-label={t('cardThisArticle')}>
        <h2>{t('cardThisArticle')}</h2>
        <blockquote class="wording">{d.text}</blockquote>
      </section>
      {d.kind === 'quote' && <QuoteDiffs d={d} reports={reports} />}
      {d.kind === 'figure' && <FigureTable list={list} lang={lang} what={measureText(d.facts, t)} />}
      {d.kind === 'attribution' && <AttributionTable list={list} lang={lang} />}
      <section class="others" aria-label={t('cardOtherReports')}>
        <h2>{t('cardOtherReports')}</h2>
        <ul>
          {d.others.map((o) => {
            const link = safeUrl(o.url ?? reports.get(o.reportId)?.url);
            const sentence = splitContext(o.context || o.text, o.text);
            const published = o.published ?? reports.get(o.reportId)?.published ?? null;
            return (
              <li key={o.reportId} class="other" data-report-id={o.reportId}>
                <p class="source">
                  <strong>{reportName(o, reports) ?? t('unknownOutlet')}</strong>
                  {' · '}
                  {published ? <time dateTime={published}>{formatDate(published, lang)}</time> : t('undated')}
                  {o.copies.length > 0 && ` · ${plural(t, lang, 'cardCopies', o.copies.length, [formatNumber(o.copies.length, lang)])}`}
                </p>
                <blockquote class="sentence">
                  {sentence.before}
                  {sentence.mark && <mark>{sentence.mark}</mark>}
                  {sentence.after}
                </blockquote>
                {link && (
                  <a class="link" href={link.href} target="_blank" rel="noopener noreferrer">
                    {t('cardReadAt', link.host)}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

function QuoteDiffs({ d, reports }: { d: Divergence; reports: ReadonlyMap<string, ReportRef> }) {
  const diffs = quoteDiffs(d, reports);
  if (diffs.length === 0) return null;
  return (
    <section class="diffs" aria-label={t('cardDiffLegend')}>
      {diffs.map((diff, i) => (
        <div key={i} class="diff-block">
          <h2>{t('cardDiffHeading', diff.name ?? t('unknownOutlet'))}</h2>
          <p class="diff">
            <Pieces pieces={diff.pieces} />
          </p>
        </div>
      ))}
      <p class="legend">
        <del>{t('cardDiffRemoved')}</del> <ins>{t('cardDiffAdded')}</ins>
      </p>
    </section>
  );
}

function Pieces({ pieces }: { pieces: DiffPiece[] }) {
  return (
    <>
      {pieces.map(([op, text], i) => {
        if (op === 0) return <span key={i}>{text}</span>;
        if (op > 0) return <ins key={i}>{text}</ins>;
        // A space between a removed and an added run, so that the two do not read as one word.
        const spaced = pieces[i + 1]?.[0] === 1 && !/\s$/.test(text);
        return (
          <Fragment key={i}>
            <del>{text}</del>
            {spaced && ' '}
          </Fragment>
        );
      })}
    </>
  );
}

function sideName(s: Side): string {
  return s.reportId === null ? t('cardThisArticle') : (s.name ?? t('unknownOutlet'));
}

function DateCell({ s, lang }: { s: Side; lang: string }) {
  return <td>{s.published ? <time dateTime={s.published}>{formatDate(s.published, lang)}</time> : t('undated')}</td>;
}

function FigureTable({ list, lang, what }: { list: Side[]; lang: string; what: string }) {
  return (
    <section class="figures">
      <table>
        <caption>
          {t(datedOrder(list) ? 'cardFiguresByDate' : 'cardFiguresHeading')}
          {what && <span class="note"> · {t('cardMeasure', what)}</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('cardColReport')}</th>
            <th scope="col">{t('cardColFigure')}</th>
            <th scope="col">{t('cardColDate')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((s) => {
            const f = figureOf(s.facts);
            const rival = f?.contestedBy;
            return (
              <tr key={s.reportId ?? 'here'} class={s.reportId === null ? 'is-here' : undefined}>
                <th scope="row">{sideName(s)}</th>
                <td>
                  <span class="value">{f ? figureText(f, lang, t) : s.text}</span>
                  {f?.source && <span class="note"> ({t('cardSourceOf', f.source)})</span>}
                  {rival && <span class="note"> · {t('cardContestedBy', rival.source ?? t('summaryAnotherSource'), figureText(rival, lang, t))}</span>}
                </td>
                <DateCell s={s} lang={lang} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function AttributionTable({ list, lang }: { list: Side[]; lang: string }) {
  return (
    <section class="attributions">
      <table>
        <caption>{t('cardAttributionHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cardColReport')}</th>
            <th scope="col">{t('cardColWho')}</th>
            <th scope="col">{t('cardColHow')}</th>
            <th scope="col">{t('cardColDate')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((s) => {
            const a = attributionOf(s.facts);
            return (
              <tr key={s.reportId ?? 'here'} class={s.reportId === null ? 'is-here' : undefined}>
                <th scope="row">{sideName(s)}</th>
                <td>{a.asFact ? <em>{t('cardStatedAsFact')}</em> : (a.who ?? '—')}</td>
                <td>
                  {a.verb && <span class="verb">{a.verb}</span>}
                  {a.verbKind && <span class={`verb-kind verb-${a.verbKind}`}> ({verbKindLabel(a.verbKind)})</span>}
                  {a.relay && <span class="relay"> {t('cardVia', a.relay)}</span>}
                  {!a.verb && !a.relay && !a.asFact && '—'}
                </td>
                <DateCell s={s} lang={lang} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function verbKindLabel(kind: string): string {
  return verbKindText(kind, t);
}
