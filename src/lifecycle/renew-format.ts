/**
 * The four faces of the renew report: text for a terminal, JSON for scripts, a Markdown table
 * for the Comité de suivi 21, and an iCalendar feed of due dates a calendar can subscribe to.
 * Pure functions of the report: same report, same bytes (no clock, no time zone).
 */
import pc from 'picocolors';
import type { Lang } from '../i18n/index.js';
import type { CharterState } from '../model/charter.js';
import {
  addMonths,
  type CalendarDate,
  daysBetween,
  daysInMonth,
  formatDate,
  parseDate,
} from '../model/dates.js';
import { stateLabel } from '../model/labels.js';
import { packageVersion } from '../paths.js';
import type { RenewCharter, RenewDetail, RenewReport } from './renew-report.js';

export const RENEW_FORMATS = ['text', 'json', 'markdown', 'ics'] as const;
export type RenewFormat = (typeof RENEW_FORMATS)[number];

const ROLE_LABELS: Record<string, { fr: string; en: string }> = {
  north: { fr: 'Nord', en: 'North' },
  south: { fr: 'Sud', en: 'South' },
  associate: { fr: 'associée', en: 'associate' },
};

function short(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 7) : '?';
}

function historyLine(entry: RenewCharter['history'][number], lang: Lang): string {
  const fr = lang === 'fr';
  const signed =
    entry.signedOn === null
      ? fr
        ? 'jamais signée entièrement'
        : 'never fully signed'
      : fr
        ? `signée le ${entry.signedOn} (commit ${short(entry.commit)})`
        : `signed on ${entry.signedOn} (commit ${short(entry.commit)})`;
  const renewed =
    entry.renewedOnTime === true
      ? fr
        ? 'renouvelée à temps'
        : 'renewed on time'
      : entry.renewedOnTime === false
        ? fr
          ? 'renouvelée en retard'
          : 'renewed late'
        : '';
  return `v${entry.version}${fr ? ' : ' : ': '}${signed}${renewed ? `, ${renewed}` : ''}`;
}

function daysLeftText(days: number, lang: Lang): string {
  const n = Math.abs(days);
  if (lang === 'fr') {
    if (days >= 0) return `${n} jour${n > 1 ? 's' : ''} restant${n > 1 ? 's' : ''}`;
    return `en retard de ${n} jour${n > 1 ? 's' : ''}`;
  }
  if (days >= 0) return `${n} day${n === 1 ? '' : 's'} left`;
  return `${n} day${n === 1 ? '' : 's'} late`;
}

export function formatRenewText(report: RenewReport, lang: Lang, color: boolean): string {
  const paint = pc.createColors(color);
  const fr = lang === 'fr';
  const lines: string[] = [];
  const stateColor = (state: CharterState, text: string) =>
    state === 'overdue'
      ? paint.red(text)
      : state === 'due_soon'
        ? paint.yellow(text)
        : state === 'in_force'
          ? paint.green(text)
          : text;
  for (const c of report.charters) {
    lines.push(`${paint.bold(c.path)}  (${c.id ?? '?'}, v${c.version ?? '?'})`);
    const parts = [stateColor(c.state, stateLabel(c.state, lang))];
    if (c.signedOn !== null) parts.push(fr ? `signée le ${c.signedOn}` : `signed on ${c.signedOn}`);
    if (c.dueOn !== null) parts.push(fr ? `échéance le ${c.dueOn}` : `due on ${c.dueOn}`);
    if (c.daysLeft !== null) parts.push(daysLeftText(c.daysLeft, lang));
    if (c.amendedSinceSigning === true) {
      parts.push(
        paint.yellow(
          fr ? 'modifiée depuis la signature (avenant non signé)' : 'amended since signing (not signed yet)',
        ),
      );
    }
    lines.push(`  ${parts.join(' · ')}`);
    for (const entry of c.history) lines.push(`  ${paint.dim(historyLine(entry, lang))}`);
  }
  for (const w of report.warnings) {
    const label =
      w.severity === 'error'
        ? paint.red(fr ? 'erreur' : 'error')
        : paint.yellow(fr ? 'avertissement' : 'warning');
    lines.push(`${label}${fr ? ' : ' : ': '}${w.message}`);
  }
  lines.push(summary(report, lang));
  return `${lines.join('\n')}\n`;
}

function summary(report: RenewReport, lang: Lang): string {
  const counts = new Map<CharterState, number>();
  for (const c of report.charters) counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
  const n = report.charters.length;
  const byState = [...counts.entries()].map(([state, count]) => `${count} ${stateLabel(state, lang)}`);
  if (lang === 'fr') {
    return `${n} charte${n > 1 ? 's' : ''} au ${report.asOf}${byState.length > 0 ? ` : ${byState.join(', ')}` : ''}`;
  }
  return `${n} charter${n === 1 ? '' : 's'} as of ${report.asOf}${byState.length > 0 ? `: ${byState.join(', ')}` : ''}`;
}

/** Exactly the documented shape: asOf, charters (path, id, version, state, ...), warnings. */
export function formatRenewJson(report: RenewReport): string {
  const doc = {
    asOf: report.asOf,
    charters: report.charters.map((c) => ({
      path: c.path,
      id: c.id,
      version: c.version,
      state: c.state,
      signedOn: c.signedOn,
      dueOn: c.dueOn,
      daysLeft: c.daysLeft,
      amendedSinceSigning: c.amendedSinceSigning,
      history: c.history.map((h) => ({
        version: h.version,
        signedOn: h.signedOn,
        commit: h.commit,
        renewedOnTime: h.renewedOnTime,
      })),
    })),
    warnings: report.warnings.map((w) => ({
      severity: w.severity,
      code: w.code,
      path: w.path,
      message: w.message,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function entitiesCell(detail: RenewDetail | undefined, lang: Lang): string {
  const entities = detail?.entities ?? [];
  return entities
    .map((e) => {
      const role = e.role !== undefined ? ROLE_LABELS[e.role]?.[lang] : undefined;
      return `${e.name ?? e.id}${role ? ` (${role})` : ''}`;
    })
    .join(' ; ');
}

/** The table a Comité de suivi 21 reads: charter, entities, state, signed on, due on, days left. */
export function formatRenewMarkdown(report: RenewReport, lang: Lang): string {
  const fr = lang === 'fr';
  const header = fr
    ? ['Charte', 'Entités', 'État', 'Signée le', 'Échéance', 'Jours restants']
    : ['Charter', 'Entities', 'State', 'Signed on', 'Due on', 'Days left'];
  const lines = [
    fr ? `## Renouvellement des chartes au ${report.asOf}` : `## Charter renewals as of ${report.asOf}`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i >= 3 ? '---:' : '---')).join(' | ')} |`,
  ];
  const notes: string[] = [];
  for (const c of report.charters) {
    const detail = report.details.get(c);
    const name = detail?.title ?? c.id ?? c.path;
    const row = [
      `${name} (\`${c.id ?? '?'}\`, v${c.version ?? '?'})`,
      entitiesCell(detail, lang),
      stateLabel(c.state, lang) + (c.amendedSinceSigning === true ? ' *' : ''),
      c.signedOn ?? '—',
      c.dueOn ?? '—',
      c.daysLeft === null ? '—' : String(c.daysLeft),
    ];
    lines.push(`| ${row.map(cell).join(' | ')} |`);
    if (c.amendedSinceSigning === true) {
      notes.push(
        fr
          ? `\\* \`${c.id ?? c.path}\` : texte, engagements, entités ou moyens modifiés depuis la signature ; l'avenant reste à approuver et à signer.`
          : `\\* \`${c.id ?? c.path}\`: text, commitments, entities or resources changed since signing; the amendment is still to be approved and signed.`,
      );
    }
    const late = c.history.filter((h) => h.renewedOnTime === false).map((h) => `v${h.version}`);
    if (late.length > 0) {
      notes.push(
        fr
          ? `\`${c.id ?? c.path}\` : renouvellement en retard pour ${late.join(', ')}.`
          : `\`${c.id ?? c.path}\`: renewed late after ${late.join(', ')}.`,
      );
    }
  }
  if (notes.length > 0) lines.push('', ...notes.map((n) => `- ${n}`));
  if (report.warnings.length > 0) {
    lines.push('', fr ? '### Avertissements' : '### Warnings', '');
    for (const w of report.warnings) lines.push(`- ${w.message.replace(/\r?\n/g, ' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

// iCalendar (RFC 5545) ---------------------------------------------------------------------

function icsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (continuation lines start with a space), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Back up to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
    while (end < bytes.length && end > start && (bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(bytes.toString('utf8', start, end));
    start = end;
    limit = 74; // the leading space counts
  }
  return parts.join('\r\n ');
}

function compact(date: CalendarDate): string {
  return date.replace(/-/g, '');
}

/** Alarm offsets in months: 12 and 1, plus the charter's notice (6 by default). */
export function alarmMonths(noticeMonths: number): number[] {
  return [...new Set([12, noticeMonths, 1])].filter((m) => m > 0).sort((a, b) => b - a);
}

export function formatRenewIcs(report: RenewReport, lang: Lang): string {
  const fr = lang === 'fr';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//charte//charte ${packageVersion()}//${fr ? 'FR' : 'EN'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(fr ? 'Chartes de solidarité : renouvellements' : 'Solidarity charters: renewals')}`,
  ];
  for (const c of report.charters) {
    if (c.dueOn === null || c.signedOn === null || c.state === 'terminated') continue;
    const detail = report.details.get(c);
    const name = detail?.title ?? c.id ?? c.path;
    const id = c.id ?? c.path.replace(/[^A-Za-z0-9-]+/g, '-');
    const entities = entitiesCell(detail, lang);
    const summaryText = fr
      ? `Renouvellement de la charte : ${name} (v${c.version})`
      : `Charter renewal due: ${name} (v${c.version})`;
    const description = fr
      ? `La version ${c.version} de la charte « ${name} » (${c.path}), signée le ${c.signedOn}, arrive à échéance le ${c.dueOn}. Entités : ${entities}. Le renouvellement est explicite : nouvelles délibérations, nouvelles signatures, nouvelle version (charte renew --start ${c.path}).`
      : `Version ${c.version} of the charter "${name}" (${c.path}), signed on ${c.signedOn}, is due on ${c.dueOn}. Entities: ${entities}. Renewal is explicit: new decisions, new signatures, a new version (charte renew --start ${c.path}).`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${id}-v${c.version}-due@charte`,
      // Derived from the data, not the clock: the feed is the same bytes until a charter changes.
      `DTSTAMP:${compact(c.signedOn)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(c.dueOn)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(c.dueOn))}`,
      `SUMMARY:${icsText(summaryText)}`,
      `DESCRIPTION:${icsText(description)}`,
      'TRANSP:TRANSPARENT',
      'STATUS:CONFIRMED',
    );
    for (const months of alarmMonths(detail?.noticeMonths ?? 6)) {
      // Durations have no months (RFC 5545 3.3.6): the alarm day is computed on the calendar.
      const days = daysBetween(addMonths(c.dueOn, -months), c.dueOn);
      const text = fr
        ? `${name} : échéance dans ${months} mois (${c.dueOn})`
        : `${name}: due in ${months} month${months > 1 ? 's' : ''} (${c.dueOn})`;
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${icsText(text)}`,
        `TRIGGER:-P${days}D`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

function nextDay(date: CalendarDate): CalendarDate {
  const { year, month, day } = parseDate(date)!;
  if (day < daysInMonth(year, month)) return formatDate({ year, month, day: day + 1 });
  return addMonths(formatDate({ year, month, day: 1 }), 1);
}
