/**
 * The four faces of the renew report: text for a terminal, JSON for scripts, a Markdown table
 * for the Comité de suivi 21, and an iCalendar feed a calendar can subscribe to. Each shows the
 * standing of the last fully signed version and the work in progress separately. Pure
 * functions of the report: same report, same bytes (no clock, no time zone). Data (titles,
 * names, reasons, paths) is escaped for where it goes (safe-text.ts).
 */
import pc from 'picocolors';
import { messages } from '../i18n/catalogue.js';
import { formatDateLong } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import {
  addMonths,
  type CalendarDate,
  daysBetween,
  daysInMonth,
  formatDate,
  parseDate,
} from '../model/dates.js';
import { label } from '../model/labels.js';
import type { Standing, WorkInProgress } from '../model/standing.js';
import { packageVersion } from '../paths.js';
import type { RenewCharter, RenewDetail, RenewReport } from './renew-report.js';
import { markdownText, terminalLines, terminalText } from './safe-text.js';

export const RENEW_FORMATS = ['text', 'json', 'markdown', 'ics'] as const;
export type RenewFormat = (typeof RENEW_FORMATS)[number];

function short(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 7) : '?';
}

/** Most urgent first: overdue (latest first), due soon (soonest first), never signed, in force, suspended, terminated. */
const URGENCY: Readonly<Record<Standing, number>> = {
  overdue: 0,
  due_soon: 1,
  never_signed: 2,
  in_force: 3,
  suspended: 4,
  terminated: 5,
};

export function byUrgency(charters: readonly RenewCharter[]): RenewCharter[] {
  return [...charters].sort((a, b) => {
    const x = a.standing;
    const y = b.standing;
    if (URGENCY[x.standing] !== URGENCY[y.standing]) return URGENCY[x.standing] - URGENCY[y.standing];
    if (x.daysLate !== null && y.daysLate !== null && x.daysLate !== y.daysLate)
      return y.daysLate - x.daysLate;
    if (x.daysLeft !== null && y.daysLeft !== null && x.daysLeft !== y.daysLeft)
      return x.daysLeft - y.daysLeft;
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  });
}

function entityName(detail: RenewDetail | undefined, id: string): string {
  return detail?.entities.find((e) => e.id === id)?.name ?? id;
}

function names(detail: RenewDetail | undefined, ids: readonly string[], lang: Lang): string {
  return ids.length === 0 ? messages(lang).renew.nobody : ids.map((id) => entityName(detail, id)).join(', ');
}

/** The parts that describe the standing, in words (no colour, no escaping). */
function standingParts(c: RenewCharter, lang: Lang): string[] {
  const t = messages(lang).renew;
  const s = c.standing;
  const date = (d: string) => formatDateLong(d, lang);
  const parts = [t.standing[s.standing]];
  if (s.standing === 'terminated' && s.terminated)
    parts[0] += ` ${t.terminatedOn(date(s.terminated.date), s.terminated.reason)}`;
  if (s.standing === 'suspended' && s.suspended)
    parts[0] += ` ${t.suspendedSince(date(s.suspended.since), s.suspended.reason)}`;
  if (s.signedOn !== null) parts.push(t.versionSignedOn(s.version, date(s.signedOn)));
  if (s.dueOn !== null && s.standing !== 'terminated' && s.standing !== 'suspended')
    parts.push(t.dueOn(date(s.dueOn)));
  if (s.daysLeft !== null) parts.push(t.daysLeft(s.daysLeft));
  if (s.daysLate !== null) parts.push(t.daysLate(s.daysLate));
  if (s.suspended?.resumedOn && s.standing !== 'suspended')
    parts.push(t.resumedOn(date(s.suspended.resumedOn)));
  return parts;
}

/** The work in progress in words: what, who signed, who is awaited, missing decisions, who joins. */
export function workText(work: WorkInProgress, detail: RenewDetail | undefined, lang: Lang): string {
  const t = messages(lang).renew;
  const head =
    work.kind === 'amendment'
      ? t.work.amendment(work.amendment ?? 0, work.version, work.purpose)
      : t.work[work.kind](work.version);
  const parts = [head];
  if (work.signed.length > 0) parts.push(t.signedBy(names(detail, work.signed, lang)));
  if (work.awaited.length > 0) parts.push(t.awaited(names(detail, work.awaited, lang)));
  if (work.decisionsMissing.length > 0)
    parts.push(t.decisionsMissing(names(detail, work.decisionsMissing, lang)));
  if (work.joining.length > 0) parts.push(t.joining(names(detail, work.joining, lang)));
  return parts.join(' · ');
}

function historyLine(entry: RenewCharter['history'][number], lang: Lang): string {
  const t = messages(lang).renew;
  const signed =
    entry.signedOn === null
      ? t.historyNeverSigned(entry.version)
      : t.historySigned(entry.version, formatDateLong(entry.signedOn, lang), short(entry.commit));
  // Only a renewal that happened is on time or late; the lateness of the version in force is its standing.
  const renewed =
    entry.renewedOn === null || entry.renewedOnTime === null
      ? ''
      : entry.renewedOnTime
        ? t.renewedOnTime(formatDateLong(entry.renewedOn, lang))
        : t.renewedLate(formatDateLong(entry.renewedOn, lang));
  return `${signed}${renewed ? `, ${renewed}` : ''}`;
}

function amendmentLine(a: RenewCharter['amendments'][number], lang: Lang): string {
  const t = messages(lang).renew;
  const text = t.amendmentSigned(a.number, a.signedOn === null ? null : formatDateLong(a.signedOn, lang));
  return a.purpose ? `${text} (${a.purpose})` : text;
}

export function formatRenewText(report: RenewReport, lang: Lang, color: boolean): string {
  const paint = pc.createColors(color);
  const t = messages(lang).renew;
  const lines: string[] = [];
  const standingColor = (standing: Standing, text: string) =>
    standing === 'overdue'
      ? paint.red(text)
      : standing === 'due_soon'
        ? paint.yellow(text)
        : standing === 'in_force'
          ? paint.green(text)
          : text;
  for (const c of byUrgency(report.charters)) {
    const detail = report.details.get(c);
    lines.push(`${paint.bold(terminalText(c.path))}  (${terminalText(c.id ?? '?')}, v${c.version ?? '?'})`);
    const [first = '', ...rest] = standingParts(c, lang).map(terminalText);
    const parts = [standingColor(c.standing.standing, first), ...rest];
    if (c.amendedSinceSigning === true) parts.push(paint.yellow(t.amendedSinceSigning));
    lines.push(`  ${parts.join(' · ')}`);
    for (const a of c.amendments) lines.push(`  ${terminalText(amendmentLine(a, lang))}`);
    if (c.work) lines.push(`  ${paint.cyan(terminalText(workText(c.work, detail, lang)))}`);
    for (const entry of c.history) {
      lines.push(`  ${paint.dim(terminalText(historyLine(entry, lang)))}`);
      for (const a of entry.amendments) lines.push(`    ${paint.dim(terminalText(amendmentLine(a, lang)))}`);
    }
  }
  for (const w of report.warnings) {
    const tag = w.severity === 'error' ? paint.red(t.error) : paint.yellow(t.warning);
    lines.push(`${tag}${messages(lang).lifecycle.warningColon}${terminalLines(w.message)}`);
  }
  lines.push(summary(report, lang));
  return `${lines.join('\n')}\n`;
}

/** « 3 chartes au 1er juin 2026 : 1 en retard, 2 en vigueur, 1 signature ou avenant en cours ». */
export function summary(report: RenewReport, lang: Lang): string {
  const t = messages(lang).renew;
  const counts = new Map<Standing, number>();
  for (const c of report.charters)
    counts.set(c.standing.standing, (counts.get(c.standing.standing) ?? 0) + 1);
  const parts = (Object.keys(URGENCY) as Standing[])
    .filter((s) => counts.has(s))
    .map((s) => t.summaryStanding[s](counts.get(s)!));
  const work = report.charters.filter((c) => c.work !== null).length;
  if (work > 0) parts.push(t.summaryWork(work));
  return t.summary(
    messages(lang).common.charters(report.charters.length),
    formatDateLong(report.asOf, lang),
    parts.join(', '),
  );
}

/** The documented shape (docs/renew.md): asOf, charters (legacy fields, standing, work, history), warnings. */
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
      standing: c.standing,
      work: c.work,
      amendments: c.amendments,
      history: c.history.map((h) => ({
        version: h.version,
        signedOn: h.signedOn,
        commit: h.commit,
        renewedOnTime: h.renewedOnTime,
        renewedOn: h.renewedOn,
        amendments: h.amendments,
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

function entitiesCell(detail: RenewDetail | undefined, lang: Lang): string {
  const entities = detail?.entities ?? [];
  return entities
    .map((e) => {
      const role = e.role !== undefined ? label('role', e.role, lang) : undefined;
      return `${e.name ?? e.id}${role && role !== e.role ? ` (${role})` : ''}`;
    })
    .join(' ; ');
}

/** The table a Comité de suivi 21 reads: charter, entities, standing, signed on, due on, time, work in progress. */
export function formatRenewMarkdown(report: RenewReport, lang: Lang): string {
  const t = messages(lang).renew;
  const m = t.markdown;
  const date = (d: string | null) => (d === null ? m.none : formatDateLong(d, lang));
  const header = m.header;
  const lines = [
    m.title(formatDateLong(report.asOf, lang)),
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 3 || i === 4 || i === 5 ? '---:' : '---')).join(' | ')} |`,
  ];
  const notes: string[] = [];
  for (const c of report.charters) {
    const detail = report.details.get(c);
    const name = detail?.title ?? c.id ?? c.path;
    const s = c.standing;
    let situation = t.standing[s.standing];
    if (s.standing === 'terminated' && s.terminated)
      situation += ` ${t.terminatedOn(date(s.terminated.date), s.terminated.reason)}`;
    if (s.standing === 'suspended' && s.suspended)
      situation += ` ${t.suspendedSince(date(s.suspended.since), s.suspended.reason)}`;
    if (c.amendedSinceSigning === true) situation += ' *';
    const time =
      s.daysLate !== null ? t.daysLate(s.daysLate) : s.daysLeft !== null ? t.daysLeft(s.daysLeft) : m.none;
    const inProgress = [
      ...c.amendments.map((a) => amendmentLine(a, lang)),
      ...(c.work ? [workText(c.work, detail, lang)] : []),
    ];
    // The charter's id names its tags (charte/<id>/v1): shown as code, when it is a plain slug.
    const id = c.id !== null && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id) ? `\`${c.id}\`, ` : '';
    const row = [
      `${markdownText(name)} (${id}${markdownText(m.version(s.version ?? c.version))})`,
      entitiesCell(detail, lang),
      situation,
      date(s.signedOn),
      s.standing === 'terminated' || s.standing === 'suspended' ? m.none : date(s.dueOn),
      time,
      inProgress.length > 0 ? inProgress.join(' ; ') : m.none,
    ];
    lines.push(`| ${[row[0], ...row.slice(1).map(markdownText)].join(' | ')} |`);
    if (c.amendedSinceSigning === true) notes.push(`\\* ${markdownText(m.amendedNote(name))}`);
    const late = c.history.filter((h) => h.renewedOnTime === false).map((h) => `v${h.version}`);
    if (late.length > 0) notes.push(markdownText(m.lateNote(name, late.join(', '))));
  }
  lines.push('', markdownText(summary(report, lang)));
  if (notes.length > 0) lines.push('', ...notes.map((n) => `- ${n}`));
  if (report.warnings.length > 0) {
    lines.push('', m.warnings, '');
    for (const w of report.warnings) lines.push(`- ${markdownText(w.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

// iCalendar (RFC 5545) ---------------------------------------------------------------------

function icsText(text: string): string {
  return terminalText(text.replace(/\r\n|\r|\n/g, ' '))
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,');
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

function uidPart(c: RenewCharter): string {
  return (c.id ?? c.path).replace(/[^A-Za-z0-9-]+/g, '-');
}

/**
 * One all-day event per due date of a version in force (with alarms 12, notice and 1 months
 * before), and for an overdue charter one more on the day of the check that says it is late
 * (with an alarm that day). Suspended and terminated charters get no due event. The work in
 * progress (a renewal being signed) is said in the description: a lapsed version with a draft
 * successor is not silent.
 */
export function formatRenewIcs(report: RenewReport, lang: Lang): string {
  const t = messages(lang).renew;
  const ics = t.ics;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//charte//charte ${packageVersion()}//${messages(lang).lifecycle.icsLanguage}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(ics.calendar)}`,
  ];
  for (const c of report.charters) {
    const s = c.standing;
    if (s.dueOn === null || s.signedOn === null) continue;
    if (s.standing === 'suspended' || s.standing === 'terminated') continue;
    const detail = report.details.get(c);
    const name = detail?.title ?? c.id ?? c.path;
    const id = uidPart(c);
    const workNote = c.work ? ics.work(workText(c.work, detail, lang)) : '';
    const start = `charte renew --start ${c.path}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${id}-v${s.version}-due@charte`,
      // Derived from the data, not the clock: the feed is the same bytes until a charter changes.
      `DTSTAMP:${compact(s.signedOn)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(s.dueOn)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(s.dueOn))}`,
      `SUMMARY:${icsText(ics.dueSummary(name, s.version))}`,
      `DESCRIPTION:${icsText(
        ics.dueDescription(
          name,
          c.path,
          s.version,
          formatDateLong(s.signedOn, lang),
          formatDateLong(s.dueOn, lang),
          entitiesCell(detail, lang),
          start,
        ) + workNote,
      )}`,
      'TRANSP:TRANSPARENT',
      'STATUS:CONFIRMED',
    );
    for (const months of alarmMonths(detail?.noticeMonths ?? 6)) {
      // Durations have no months (RFC 5545 3.3.6): the alarm day is computed on the calendar.
      const days = daysBetween(addMonths(s.dueOn, -months), s.dueOn);
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${icsText(ics.alarm(name, months, formatDateLong(s.dueOn, lang)))}`,
        `TRIGGER:-P${days}D`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
    if (s.standing === 'overdue' && s.daysLate !== null) {
      const late = t.daysLate(s.daysLate);
      lines.push(
        'BEGIN:VEVENT',
        // One event per version that moves with the day of the check, never piling up.
        `UID:${id}-v${s.version}-overdue@charte`,
        `DTSTAMP:${compact(report.asOf)}T000000Z`,
        `DTSTART;VALUE=DATE:${compact(report.asOf)}`,
        `DTEND;VALUE=DATE:${compact(nextDay(report.asOf))}`,
        `SUMMARY:${icsText(ics.overdueSummary(name, s.version, late))}`,
        `DESCRIPTION:${icsText(
          ics.overdueDescription(
            name,
            c.path,
            s.version,
            formatDateLong(s.signedOn, lang),
            formatDateLong(s.dueOn, lang),
            late,
          ) + workNote,
        )}`,
        'TRANSP:TRANSPARENT',
        'STATUS:CONFIRMED',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${icsText(ics.overdueAlarm(name))}`,
        // 9 a.m. on the day of the event.
        'TRIGGER:PT9H',
        'END:VALARM',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

function nextDay(date: CalendarDate): CalendarDate {
  const { year, month, day } = parseDate(date)!;
  if (day < daysInMonth(year, month)) return formatDate({ year, month, day: day + 1 });
  return addMonths(formatDate({ year, month, day: 1 }), 1);
}
