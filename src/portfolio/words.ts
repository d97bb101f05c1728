/**
 * The portfolio's codes put into words, in the session's language, from the `report` section
 * of the catalogue: one place for every format that people read (text, Markdown, HTML, PDF).
 */
import { messages } from '../i18n/catalogue.js';
import { countryName, formatDateLong, formatMoney, LOCALES, stars } from '../i18n/format.js';
import { joinList, type Lang } from '../i18n/index.js';
import type { Standing } from '../model/standing.js';
import {
  type Action,
  type CommitmentLine,
  CRITERIA,
  type Portfolio,
  type PortfolioCharter,
} from './build.js';

export const STANDING_ORDER: readonly Standing[] = [
  'overdue',
  'never_signed',
  'due_soon',
  'in_force',
  'suspended',
  'terminated',
];

export function summaryLine(p: Portfolio, lang: Lang): string {
  const R = messages(lang).report;
  const parts = STANDING_ORDER.filter((s) => s !== 'in_force' && p.counts[s] > 0).map((s) =>
    R.summaryCounts[s](p.counts[s]),
  );
  const head = R.summary(p.indicator.compliant, p.indicator.counted);
  return parts.length > 0 ? `${head}${messages(lang).report.listSeparator3}${parts.join(', ')}` : head;
}

export function standingLabel(s: Standing, lang: Lang): string {
  return messages(lang).report.standing[s];
}

/** « en retard de 12 jours (échéance le 3 mars 2025) », « échéance le … (dans 40 jours) », … */
export function standingDetail(c: PortfolioCharter, lang: Lang): string {
  const R = messages(lang).report;
  const s = c.standing;
  const date = (d: string) => formatDateLong(d, lang);
  switch (s.standing) {
    case 'overdue':
      return `${R.late(s.daysLate ?? 0)} (${R.dueOn(date(s.dueOn ?? ''))})`;
    case 'due_soon':
      return `${R.dueOn(date(s.dueOn ?? ''))} (${R.left(s.daysLeft ?? 0)})`;
    case 'in_force':
      return R.inForceUntil(date(s.dueOn ?? ''));
    case 'never_signed':
      return '—';
    case 'suspended':
      return R.suspendedSince(date(s.suspended?.since ?? ''), s.suspended?.reason ?? '');
    case 'terminated':
      return R.terminatedOn(date(s.terminated?.date ?? ''), s.terminated?.reason ?? '');
  }
}

export function actionText(a: Action, lang: Lang): string {
  const A = messages(lang).report.action;
  const name = a.entityName ?? '';
  switch (a.code) {
    case 'sign':
      return A.sign(name);
    case 'decision':
      return A.decision(name);
    case 'start_renewal':
      return A.start_renewal;
    case 'prepare_renewal':
      return A.prepare_renewal(formatDateLong(a.before ?? '', lang));
    case 'sign_amendment':
      return A.sign_amendment(name);
    case 'amendment_decision':
      return A.amendment_decision(name);
  }
}

export function actionsText(c: PortfolioCharter, lang: Lang): string {
  return c.actions.map((a) => actionText(a, lang)).join(messages(lang).report.listSeparator4);
}

/** « renouvellement (version 2) : signée par X ; signature attendue de Y ; délibération manquante : Y ». */
export function workText(c: PortfolioCharter, lang: Lang): string {
  const W = messages(lang).report.work;
  const w = c.work;
  if (!w) return '';
  const names = (ids: readonly string[]) =>
    joinList(
      ids.map((id) => c.entities.find((e) => e.id === id)?.name ?? id),
      lang,
    );
  const head =
    w.kind === 'amendment'
      ? W.amendment(w.amendment ?? 0, w.purpose ?? '')
      : w.kind === 'renewal'
        ? W.renewal(w.version)
        : W.first_signature(w.version);
  const parts = [W.signed(w.signed.length > 0 ? names(w.signed) : W.nobody)];
  if (w.awaited.length > 0) parts.push(W.awaited(names(w.awaited)));
  if (w.decisionsMissing.length > 0) parts.push(W.decisionsMissing(names(w.decisionsMissing)));
  if (w.joining.length > 0) parts.push(W.joining(names(w.joining)));
  const sep = messages(lang).report.listSeparator5;
  return `${head}${messages(lang).report.colon3}${parts.join(sep)}`;
}

export function commitmentStatus(line: CommitmentLine, lang: Lang): string {
  const S = messages(lang).report.commitmentStatus;
  const status = line.status === null ? S.none : (S[line.status as keyof typeof S] ?? line.status);
  const on = line.statusOn ? ` (${formatDateLong(line.statusOn, lang)})` : '';
  const note = line.statusNote ? ` — ${line.statusNote}` : '';
  return `${status}${on}${note}`;
}

export function money(amount: number, currency: string, lang: Lang): string {
  return formatMoney(amount, currency, lang);
}

export function country(code: string, lang: Lang): string {
  return countryName(code, lang);
}

export const date = formatDateLong;

/** The star grid's rows (one per charter, then the averages), as the PDF and Markdown show them. */
export function evaluationRows(p: Portfolio, lang: Lang): string[][] {
  const average = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
  const rows = p.evaluation.charters.map((e) => [
    e.title,
    ...CRITERIA.map((k) => (e.scores[k] === null ? '—' : stars(e.scores[k]!))),
  ]);
  rows.push([
    messages(lang).report.column.average,
    ...CRITERIA.map((k) => {
      const v = p.evaluation.averages[k];
      return v === null ? '—' : average.format(v);
    }),
  ]);
  return rows;
}
