/**
 * The Markdown format, for the minutes of the follow-up committee: dates in words, lateness in
 * words (« en retard de 12 jours »), a summary line, and no raw code (states, statuses and
 * actions are said in words; charters are named by their title).
 */
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { label } from '../model/labels.js';
import { type CommitmentLine, CRITERIA, type Portfolio } from './build.js';
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

/** Text that stays text in a table cell: no Markdown, no HTML, one line. */
export function mdCell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${headers.map(mdCell).join(' | ')} |`,
    `|${headers.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`),
  ];
}

export function formatReportMarkdown(p: Portfolio, lang: Lang): string {
  const R = messages(lang).report;
  const C = R.column;
  const titleOf = new Map(p.charters.map((c) => [c.id, c.title]));
  const colon = messages(lang).report.colon;
  const semicolon = messages(lang).report.semicolon;
  const out: string[] = [];
  out.push(`# ${mdCell(`${R.title} ${R.asOf(date(p.asOf, lang))}`)}`, '');
  out.push(`**${mdCell(summaryLine(p, lang))}.**`, '');

  out.push(`## ${R.heading.attention}`, '');
  const attention = p.charters.filter((c) => c.actions.length > 0 || (c.counted && !c.compliant));
  if (attention.length === 0) out.push(R.none, '');
  else
    out.push(
      ...table(
        [C.charter, C.standing, C.detail, C.actions],
        attention.map((c) => [
          c.title,
          standingLabel(c.standing.standing, lang),
          standingDetail(c, lang),
          actionsText(c, lang),
        ]),
      ),
      '',
    );

  out.push(`## ${R.heading.all}`, '');
  if (p.charters.length === 0) out.push(R.noCharter, '');
  else
    out.push(
      ...table(
        [C.charter, C.standing, C.detail],
        p.charters.map((c) => [c.title, standingLabel(c.standing.standing, lang), standingDetail(c, lang)]),
      ),
      '',
    );

  out.push(`## ${R.heading.work}`, '');
  const working = p.charters.filter((c) => c.work !== null);
  if (working.length === 0) out.push(R.none, '');
  else out.push(...working.map((c) => `- **${mdCell(c.title)}** — ${mdCell(workText(c, lang))}`), '');

  out.push(`## ${R.heading.decisions(p.year)}`, '');
  if (p.decisionsOfYear.length === 0) out.push(R.none, '');
  else
    out.push(
      ...table(
        [C.charter, C.entity, C.body, C.reference, C.date],
        p.decisionsOfYear.map((d) => [
          `${titleOf.get(d.charter) ?? d.charter}${d.amendment !== null ? ` (${R.forAmendment(d.amendment)})` : ''}`,
          d.entityName,
          d.body,
          d.reference,
          date(d.date, lang),
        ]),
      ),
      '',
    );

  const commitmentRows = (lines: readonly CommitmentLine[], late: boolean) =>
    lines.map((l) => [
      titleOf.get(l.charter) ?? l.charter,
      `${l.id} — ${l.title}`,
      late ? `${date(l.due, lang)}, ${R.commitmentLate(l.days)}` : `${date(l.due, lang)} (${R.left(l.days)})`,
      l.referent ?? C.noReferent,
      commitmentStatus(l, lang),
    ]);
  const commitmentHeaders = [C.charter, C.commitment, C.due, C.referent, C.status];
  out.push(`## ${R.heading.overdueCommitments}`, '');
  if (p.commitments.overdue.length === 0) out.push(R.none, '');
  else out.push(...table(commitmentHeaders, commitmentRows(p.commitments.overdue, true)), '');
  out.push(`## ${R.heading.upcomingCommitments(p.horizonMonths)}`, '');
  if (p.commitments.upcoming.length === 0) out.push(R.none, '');
  else out.push(...table(commitmentHeaders, commitmentRows(p.commitments.upcoming, false)), '');

  const all = [...p.commitments.overdue, ...p.commitments.upcoming];
  if (all.length > 0) {
    out.push(`### ${R.heading.byReferent}`, '');
    const byReferent = new Map<string, CommitmentLine[]>();
    for (const l of all) {
      const key = l.referent ?? C.noReferent;
      byReferent.set(key, [...(byReferent.get(key) ?? []), l]);
    }
    for (const referent of [...byReferent.keys()].sort((a, b) => a.localeCompare(b, lang))) {
      const lines = byReferent.get(referent)!;
      const items = lines.map((l) =>
        mdCell(`${l.id} (${titleOf.get(l.charter) ?? l.charter}), ${date(l.due, lang)}`),
      );
      out.push(`- **${mdCell(referent)}**${colon}${items.join(semicolon)}`);
    }
    out.push('');
  }

  out.push(`## ${R.heading.resources}`, '');
  out.push(`### ${R.heading.byYear}`, '');
  if (p.resources.byYear.length === 0) out.push(R.none, '');
  else
    out.push(
      ...table(
        [C.year, C.amount],
        p.resources.byYear.map((r) => [String(r.year), money(r.amount, r.currency, lang)]),
      ),
      '',
    );
  out.push(`### ${R.heading.byCurrency}`, '');
  if (p.resources.byCurrency.length > 0)
    out.push(
      ...table(
        [C.currency, C.total],
        p.resources.byCurrency.map((r) => [r.currency, money(r.amount, r.currency, lang)]),
      ),
      '',
    );
  else out.push(R.none, '');
  out.push(`### ${R.heading.byCountry}`, '');
  if (p.resources.byCountry.length > 0)
    out.push(
      ...table(
        [C.country, C.total],
        p.resources.byCountry.map((r) => [country(r.country, lang), money(r.amount, r.currency, lang)]),
      ),
      '',
    );
  else out.push(R.none, '');
  out.push(`### ${R.heading.byEntity}`, '');
  if (p.resources.byEntity.length > 0)
    out.push(
      ...table(
        [C.charter, C.entity, C.total],
        p.resources.byEntity.map((r) => [
          titleOf.get(r.charter) ?? r.charter,
          r.entityName,
          money(r.amount, r.currency, lang),
        ]),
      ),
      '',
    );
  else out.push(R.none, '');

  out.push(`## ${R.heading.worksheet}`, '', R.worksheetNote, '');
  if (p.worksheet.length === 0) out.push(R.none, '');
  else
    out.push(
      ...table(
        [C.year, C.declarant, C.country, C.partner, C.financial, C.inKind, C.total],
        p.worksheet.map((w) => [
          String(w.year),
          w.declarantName,
          country(w.partnerCountry, lang),
          w.partner,
          money(w.financial, w.currency, lang),
          money(w.inKind, w.currency, lang),
          money(w.total, w.currency, lang),
        ]),
      ),
      '',
    );

  out.push(`## ${R.heading.evaluation}`, '');
  if (p.evaluation.charters.length === 0) out.push(R.none, '');
  else {
    const headers = [C.charter, ...CRITERIA.map((k) => label('criterion', k, lang))];
    const rows = evaluationRows(p, lang);
    out.push(...table(headers, rows), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
