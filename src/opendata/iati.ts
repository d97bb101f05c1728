/**
 * IATI Activity Standard 2.03: one `iati-activity` per charter, reported by its north entity.
 * Element order follows the schema's sequence (iati-activities-schema.xsd). See docs/opendata.md
 * for the mapping and the choices (sector 15112, roles, status).
 */
import { basename } from 'node:path';
import type { Charter, Entity } from '../model/charter.js';
import { type CharterState, periodYears } from '../model/charter.js';
import {
  addYears,
  type CalendarDate,
  compareDates,
  dayNumber,
  formatDate,
  parseDate,
} from '../model/dates.js';
import { formatNumber, xmlAttr, xmlText } from './text.js';
import {
  type BuildResult,
  MissingCollector,
  type PublishContext,
  type PublishInput,
  publishedStatus,
} from './types.js';

export const IATI_VERSION = '2.03';
/** DAC 5 sector of decentralised cooperation: « Decentralisation and support to subnational government ». */
export const IATI_SECTOR = '15112';
/** IATI DocumentCategory A09: Memorandum of understanding (agreed by all parties). */
export const IATI_DOCUMENT_CATEGORY = 'A09';

/** ActivityStatus of each standing. */
export const ACTIVITY_STATUS: Readonly<Record<CharterState, string>> = {
  draft: '1',
  partially_signed: '1',
  in_force: '2',
  due_soon: '2',
  overdue: '3',
  suspended: '6',
  terminated: '4',
};

const LOCAL_GOVERNMENT = new Set(['commune', 'epci', 'departement', 'region', 'province', 'district']);

/** OrganisationType: local governments 11; NGOs 22 at home, 24 in the partner country; other 90. */
export function organisationType(entity: Entity, northCountries: ReadonlySet<string>): string {
  if (LOCAL_GOVERNMENT.has(entity.type)) return '11';
  if (entity.type === 'other') return '90';
  return northCountries.has(entity.country) ? '22' : '24';
}

/** The ISO 639-1 code of a BCP 47 tag (IATI's Language codelist): `fr-BF` → `fr`. */
export function iatiLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

export function buildIati(
  inputs: readonly PublishInput[],
  context: PublishContext,
  fileName: string,
): BuildResult {
  const activities: string[] = [];
  const result: BuildResult = { files: [], missing: [], included: [] };
  for (const input of inputs) {
    const missing = new MissingCollector(input);
    const activity = buildActivity(input, context, missing);
    if (missing.ok && activity !== undefined) {
      activities.push(activity);
      result.included.push(input.displayPath);
    } else result.missing.push(...missing.fields);
  }
  const generated = context.generatedAt ? ` generated-datetime="${xmlAttr(context.generatedAt)}"` : '';
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="${IATI_VERSION}"${generated}>\n${activities.join('')}</iati-activities>\n`;
  result.files.push({ name: fileName, content });
  return result;
}

function buildActivity(
  input: PublishInput,
  context: PublishContext,
  missing: MissingCollector,
): string | undefined {
  const { charter } = input;
  const northIndex = charter.entities.findIndex((e) => e.role === 'north');
  const north = charter.entities[northIndex];
  const reportingRef = north?.identifiers?.iati_org_id;
  if (north && reportingRef === undefined) {
    missing.need(
      `/entities/${northIndex}`,
      `entities[${northIndex}].identifiers.iati_org_id`,
      'reporting-org/@ref',
    );
  }
  const status = publishedStatus(input, context.asOf);
  const dates = activityDates(charter, status.signedOn, status.dueOn);
  if (dates.length === 0) missing.need('/signatures', 'signatures', 'activity-date');
  if (!north || reportingRef === undefined || !missing.ok) return undefined;

  const northCountries = new Set(charter.entities.filter((e) => e.role === 'north').map((e) => e.country));
  const lang = iatiLanguage(charter.language);
  const out: string[] = [];
  const line = (depth: number, text: string) => out.push(`${'  '.repeat(depth)}${text}\n`);
  const narrative = (text: string) => `<narrative>${xmlText(text)}</narrative>`;
  const attrs = [`xml:lang="${xmlAttr(lang)}"`, 'hierarchy="1"'];
  if (input.committedAt) attrs.unshift(`last-updated-datetime="${xmlAttr(input.committedAt)}"`);
  line(1, `<iati-activity ${attrs.join(' ')}>`);
  line(2, `<iati-identifier>${xmlText(`${reportingRef}-${charter.id}`)}</iati-identifier>`);
  line(
    2,
    `<reporting-org ref="${xmlAttr(reportingRef)}" type="${organisationType(north, northCountries)}">${narrative(north.name)}</reporting-org>`,
  );
  line(2, `<title>${narrative(charter.title)}</title>`);
  line(
    2,
    `<description type="1">${narrative(charter.commitments.map((c) => `${c.id}. ${c.title}`).join('\n'))}</description>`,
  );
  const s = charter.sustainability;
  line(
    2,
    `<description type="2">${narrative([s.environment, s.economy, s.social].join('\n'))}</description>`,
  );
  const funders = new Set(charter.resources.filter((r) => r.type === 'financial').map((r) => r.entity));
  for (const entity of charter.entities) {
    const roles = entity.role === 'north' ? ['2'] : ['4'];
    if (funders.has(entity.id)) roles.unshift('1');
    const ref = entity.identifiers?.iati_org_id;
    for (const role of roles) {
      const refAttr = ref ? ` ref="${xmlAttr(ref)}"` : '';
      line(
        2,
        `<participating-org${refAttr} role="${role}" type="${organisationType(entity, northCountries)}">${narrative(entity.name)}</participating-org>`,
      );
    }
  }
  const statusCode =
    status.state === 'terminated' && status.signedOn === undefined ? '5' : ACTIVITY_STATUS[status.state];
  line(2, `<activity-status code="${statusCode}"/>`);
  for (const [type, date] of dates) line(2, `<activity-date type="${type}" iso-date="${date}"/>`);
  const recipients = [...new Set(charter.entities.filter((e) => e.role === 'south').map((e) => e.country))];
  for (const [country, percentage] of shares(recipients)) {
    line(2, `<recipient-country code="${xmlAttr(country)}" percentage="${percentage}"/>`);
  }
  line(2, `<sector vocabulary="1" code="${IATI_SECTOR}" percentage="100"/>`);
  const sdgs = [
    ...new Set([...(charter.sdgs ?? []), ...charter.commitments.flatMap((c) => c.sdgs ?? [])]),
  ].sort((a, b) => a - b);
  for (const goal of sdgs) line(2, `<tag vocabulary="2" code="${goal}"/>`);
  for (const budget of budgets(charter, status.signedOn)) {
    line(2, '<budget type="1" status="1">');
    line(3, `<period-start iso-date="${budget.start}"/>`);
    line(3, `<period-end iso-date="${budget.end}"/>`);
    line(
      3,
      `<value currency="${xmlAttr(budget.currency)}" value-date="${budget.start}">${formatNumber(budget.amount)}</value>`,
    );
    line(2, '</budget>');
  }
  if (context.documentBaseUrl !== undefined) {
    const url = `${withoutTrailingSlashes(context.documentBaseUrl)}/${encodeURIComponent(basename(input.repoPath).replace(/\.md$/i, ''))}.pdf`;
    line(2, `<document-link format="application/pdf" url="${xmlAttr(url)}">`);
    line(3, `<title>${narrative(charter.title)}</title>`);
    line(3, `<category code="${IATI_DOCUMENT_CATEGORY}"/>`);
    line(3, `<language code="${xmlAttr(lang)}"/>`);
    line(2, '</document-link>');
  }
  line(1, '</iati-activity>');
  return out.join('');
}

/** ActivityDateType 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
function activityDates(
  charter: Charter,
  signedOn: CalendarDate | undefined,
  dueOn: CalendarDate | undefined,
): Array<[string, CalendarDate]> {
  const dates: Array<[string, CalendarDate]> = [];
  if (signedOn !== undefined) dates.push(['2', signedOn]);
  else {
    // Not fully signed yet: the first vote or signature announces the start.
    const known = [
      ...(charter.decisions ?? []).map((d) => d.date),
      ...(charter.signatures ?? []).map((s) => s.date),
    ].sort(compareDates);
    if (known[0] !== undefined) dates.push(['1', known[0]]);
  }
  const terminated = charter.terminated?.date;
  if (terminated !== undefined) dates.push(['4', terminated]);
  else if (dueOn !== undefined) dates.push(['3', dueOn]);
  return dates;
}

/** Equal shares of 100 with two decimals; the last takes the rounding remainder. */
function shares(codes: readonly string[]): Array<[string, string]> {
  if (codes.length === 0) return [];
  const each = Math.floor(10000 / codes.length);
  return codes.map((code, i) => {
    const hundredths = i === codes.length - 1 ? 10000 - each * (codes.length - 1) : each;
    return [code, formatNumber(hundredths / 100)];
  });
}

interface Budget {
  start: CalendarDate;
  end: CalendarDate;
  currency: string;
  amount: number;
}

function dayBefore(date: CalendarDate): CalendarDate {
  const n = dayNumber(date) - 1;
  const d = new Date(n * 86_400_000);
  return formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/**
 * Budgets from the financial resources, over the signed version's period: a yearly amount gives
 * one budget per year of the period, a total or one-off amount one budget over the whole period.
 * Amounts in the same period and currency add up. A charter not yet signed has no period: no budget.
 */
function budgets(charter: Charter, signedOn: CalendarDate | undefined): Budget[] {
  if (signedOn === undefined || parseDate(signedOn) === undefined) return [];
  const years = periodYears(charter);
  const byKey = new Map<string, Budget>();
  const add = (start: CalendarDate, end: CalendarDate, currency: string, amount: number) => {
    const key = `${start}|${end}|${currency}`;
    const existing = byKey.get(key);
    if (existing) existing.amount += amount;
    else byKey.set(key, { start, end, currency, amount });
  };
  for (const r of charter.resources) {
    if (r.type !== 'financial' || r.amount === undefined || r.currency === undefined) continue;
    if (r.period === 'yearly') {
      for (let i = 0; i < years; i++)
        add(addYears(signedOn, i), dayBefore(addYears(signedOn, i + 1)), r.currency, r.amount);
    } else add(signedOn, dayBefore(addYears(signedOn, years)), r.currency, r.amount);
  }
  return [...byKey.values()].sort(
    (a, b) =>
      compareDates(a.start, b.start) || a.end.localeCompare(b.end) || a.currency.localeCompare(b.currency),
  );
}

/** `https://x.org/pdf/` → `https://x.org/pdf` (a loop: a regular expression would rescan each run of slashes). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
