/**
 * The open-data formats: one row per charter (schemas/report-charters.tableschema.json) and the
 * official-development-assistance worksheet of article L.1115-6 of the CGCT, one row per year,
 * declaring authority, partner country, charter and currency
 * (schemas/report-oda.tableschema.json). RFC 4180: comma, double quotes, CRLF, ISO dates, codes.
 */
import { countryName } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import { CRITERIA, type Portfolio } from './build.js';

/** The columns of the charters CSV, in order (the Table Schema lists the same names). */
export const CHARTER_COLUMNS = [
  'id',
  'path',
  'title',
  'standing',
  'compliant',
  'version',
  'amendment',
  'signed_on',
  'due_on',
  'days_left',
  'days_late',
  'suspended_since',
  'terminated_on',
  'work',
  'work_version',
  'work_amendment',
  'signatures_awaited',
  'decisions_missing',
  'actions',
  'north',
  'south',
  'south_countries',
  'pilot',
  'tags',
  'commitments_overdue',
  'commitments_upcoming',
  ...CRITERIA.map((k) => `score_${k}`),
] as const;

export const WORKSHEET_COLUMNS = [
  'year',
  'declarant_id',
  'declarant_name',
  'partner_country',
  'partner_country_name',
  'partner',
  'charter_id',
  'currency',
  'financial',
  'in_kind',
  'total',
] as const;

type Cell = string | number | boolean | null;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csv = (header: readonly string[], rows: readonly (readonly Cell[])[]) =>
  `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

export function formatReportCsv(p: Portfolio): string {
  const count = (lines: ReadonlyArray<{ charter: string }>, id: string) =>
    lines.filter((l) => l.charter === id).length;
  const scores = new Map(p.evaluation.charters.map((e) => [e.charter, e.scores]));
  const rows = p.charters.map((c) => {
    const s = c.standing;
    const w = c.work;
    return [
      c.id,
      c.path,
      c.title,
      s.standing,
      c.counted ? c.compliant : null,
      s.version,
      s.amendment,
      s.signedOn,
      s.dueOn,
      s.daysLeft,
      s.daysLate,
      s.suspended?.since ?? null,
      s.terminated?.date ?? null,
      w?.kind ?? null,
      w?.version ?? null,
      w?.amendment ?? null,
      w ? w.awaited.join(';') : null,
      w ? w.decisionsMissing.join(';') : null,
      c.actions.map((a) => (a.entity ? `${a.code}:${a.entity}` : a.code)).join(';'),
      c.entities
        .filter((e) => e.role === 'north')
        .map((e) => e.id)
        .join(';'),
      c.entities
        .filter((e) => e.role === 'south')
        .map((e) => e.id)
        .join(';'),
      [...new Set(c.entities.filter((e) => e.role === 'south').map((e) => e.country))].join(';'),
      c.pilot,
      c.tags.join(';'),
      count(p.commitments.overdue, c.id),
      count(p.commitments.upcoming, c.id),
      ...CRITERIA.map((k) => scores.get(c.id)?.[k] ?? null),
    ] satisfies Cell[];
  });
  return csv(CHARTER_COLUMNS, rows);
}

export function formatWorksheetCsv(p: Portfolio, lang: Lang): string {
  return csv(
    WORKSHEET_COLUMNS,
    p.worksheet.map((w) => [
      w.year,
      w.declarant,
      w.declarantName,
      w.partnerCountry,
      countryName(w.partnerCountry, lang),
      w.partner,
      w.charter,
      w.currency,
      w.financial,
      w.inKind,
      w.total,
    ]),
  );
}

/** The JSON format: the portfolio as built, with a format version. */
export function formatReportJson(p: Portfolio): string {
  return `${JSON.stringify({ report: 1, ...p }, null, 2)}\n`;
}
