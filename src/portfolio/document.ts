/**
 * The report as a document for people who look: headings, paragraphs, tables and figures, every
 * text already in the session's language. The HTML (format-html.ts) and the PDF (format-pdf.ts)
 * render this one structure, so they say the same thing.
 */
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { label } from '../model/labels.js';
import { type CommitmentLine, CRITERIA, type Portfolio } from './build.js';
import { type Chart, countryChart, resourcesChart, timelineCharts } from './svg.js';
import {
  actionsText,
  commitmentStatus,
  country,
  date,
  evaluationRows,
  money,
  standingDetail,
  standingLabel,
  summaryLine,
  workText,
} from './words.js';

export type Block =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; headers: string[]; rows: string[][]; late?: boolean[] }
  | { type: 'figure'; chart: Chart };

export interface ReportDocument {
  lang: Lang;
  title: string;
  subtitle: string;
  summary: string;
  footer: string;
  blocks: Block[];
  charts: Chart[];
}

export function buildReportDocument(p: Portfolio, lang: Lang): ReportDocument {
  const R = messages(lang).report;
  const C = R.column;
  const titleOf = new Map(p.charters.map((c) => [c.id, c.title]));
  const blocks: Block[] = [];
  const heading = (text: string, level: 2 | 3 = 2) => blocks.push({ type: 'heading', level, text });
  const none = () => blocks.push({ type: 'paragraph', text: R.none });
  const charts: Chart[] = [];
  const figure = (chart: Chart) => {
    charts.push(chart);
    blocks.push({ type: 'figure', chart });
  };

  heading(R.heading.attention);
  const attention = p.charters.filter((c) => c.actions.length > 0 || (c.counted && !c.compliant));
  if (attention.length === 0) none();
  else
    blocks.push({
      type: 'table',
      headers: [C.charter, C.standing, C.detail, C.actions],
      rows: attention.map((c) => [
        c.title,
        standingLabel(c.standing.standing, lang),
        standingDetail(c, lang),
        actionsText(c, lang) || '—',
      ]),
      late: attention.map((c) => c.standing.standing === 'overdue'),
    });

  heading(R.heading.timeline);
  for (const chart of timelineCharts(p, lang)) figure(chart);

  heading(R.heading.work);
  const working = p.charters.filter((c) => c.work !== null);
  if (working.length === 0) none();
  else blocks.push({ type: 'list', items: working.map((c) => `${c.title} — ${workText(c, lang)}`) });

  heading(R.heading.decisions(p.year));
  if (p.decisionsOfYear.length === 0) none();
  else
    blocks.push({
      type: 'table',
      headers: [C.charter, C.entity, C.body, C.reference, C.date],
      rows: p.decisionsOfYear.map((d) => [
        `${titleOf.get(d.charter) ?? d.charter}${d.amendment !== null ? ` (${R.forAmendment(d.amendment)})` : ''}`,
        d.entityName,
        d.body,
        d.reference,
        date(d.date, lang),
      ]),
    });

  const commitmentRows = (lines: readonly CommitmentLine[], late: boolean) =>
    lines.map((l) => [
      titleOf.get(l.charter) ?? l.charter,
      `${l.id} — ${l.title}`,
      late ? `${date(l.due, lang)}, ${R.commitmentLate(l.days)}` : `${date(l.due, lang)} (${R.left(l.days)})`,
      l.referent ?? C.noReferent,
      commitmentStatus(l, lang),
    ]);
  const commitmentHeaders = [C.charter, C.commitment, C.due, C.referent, C.status];
  heading(R.heading.overdueCommitments);
  if (p.commitments.overdue.length === 0) none();
  else
    blocks.push({
      type: 'table',
      headers: commitmentHeaders,
      rows: commitmentRows(p.commitments.overdue, true),
      late: p.commitments.overdue.map(() => true),
    });
  heading(R.heading.upcomingCommitments(p.horizonMonths));
  if (p.commitments.upcoming.length === 0) none();
  else
    blocks.push({
      type: 'table',
      headers: commitmentHeaders,
      rows: commitmentRows(p.commitments.upcoming, false),
    });

  const chased = [...p.commitments.overdue, ...p.commitments.upcoming];
  if (chased.length > 0) {
    heading(R.heading.byReferent, 3);
    const byReferent = new Map<string, CommitmentLine[]>();
    for (const l of chased) {
      const key = l.referent ?? C.noReferent;
      byReferent.set(key, [...(byReferent.get(key) ?? []), l]);
    }
    const colon = messages(lang).report.colon2;
    const semicolon = messages(lang).report.semicolon2;
    blocks.push({
      type: 'list',
      items: [...byReferent.keys()]
        .sort((a, b) => a.localeCompare(b, lang))
        .map(
          (referent) =>
            `${referent}${colon}${byReferent
              .get(referent)!
              .map((l) => `${l.id} (${titleOf.get(l.charter) ?? l.charter}), ${date(l.due, lang)}`)
              .join(semicolon)}`,
        ),
    });
  }

  heading(R.heading.resources);
  figure(resourcesChart(p, lang));
  figure(countryChart(p, lang));
  heading(R.heading.byEntity, 3);
  if (p.resources.byEntity.length === 0) none();
  else
    blocks.push({
      type: 'table',
      headers: [C.charter, C.entity, C.total],
      rows: p.resources.byEntity.map((r) => [
        titleOf.get(r.charter) ?? r.charter,
        r.entityName,
        money(r.amount, r.currency, lang),
      ]),
    });

  heading(R.heading.worksheet);
  blocks.push({ type: 'paragraph', text: R.worksheetNote });
  if (p.worksheet.length === 0) none();
  else
    blocks.push({
      type: 'table',
      headers: [C.year, C.declarant, C.country, C.partner, C.financial, C.inKind, C.total],
      rows: p.worksheet.map((w) => [
        String(w.year),
        w.declarantName,
        country(w.partnerCountry, lang),
        w.partner,
        money(w.financial, w.currency, lang),
        money(w.inKind, w.currency, lang),
        money(w.total, w.currency, lang),
      ]),
    });

  heading(R.heading.evaluation);
  if (p.evaluation.charters.length === 0) none();
  else {
    const rows = evaluationRows(p, lang);
    blocks.push({
      type: 'table',
      headers: [C.charter, ...CRITERIA.map((k) => label('criterion', k, lang))],
      rows,
    });
  }

  return {
    lang,
    title: R.title,
    subtitle: R.asOf(date(p.asOf, lang)),
    summary: summaryLine(p, lang),
    footer: R.generated(date(p.asOf, lang)),
    blocks,
    charts,
  };
}
