/**
 * The portfolio as data: what the follow-up committee reads, computed from the charters'
 * standings (standing-source.ts) and front matter, before any language or format. Codes stay
 * codes here; the formatters (format-*.ts) put them into words. The JSON output is this object
 * (docs/report.md documents it).
 */
import { amendmentSignedOn, type Charter, isWithdrawn, type Resource } from '../model/charter.js';
import {
  addMonths,
  addYears,
  type CalendarDate,
  compareDates,
  daysBetween,
  isValidDate,
} from '../model/dates.js';
import type { Standing, WorkInProgress } from '../model/standing.js';
import type { SignedVersion, SourcedCharter } from './standing-source.js';

export const CRITERIA = [
  'environment',
  'economy',
  'social',
  'future_generations',
  'north_south',
  'geographic_scope',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface PortfolioFilters {
  /** Standings to keep (none: all). */
  state?: readonly Standing[] | undefined;
  /** ISO 3166 codes: a charter is kept when one of its entities is in one of them. */
  country?: readonly string[] | undefined;
  /** Entity code or part of its name (case and accents ignored). */
  entity?: string | undefined;
  /** Part of agenda21.pilot (case and accents ignored). */
  pilot?: string | undefined;
  /** Tags (see `tagsOf`): `odd:6` / `sdg:6`, `a21:19`, `obj:O1`. */
  tag?: readonly string[] | undefined;
}

export interface PortfolioOptions {
  asOf: CalendarDate;
  /** The year of "decisions of the year" and of the worksheet (null: the year of asOf; worksheet: every year). */
  year: number | null;
  /** Commitments due within this many months are "upcoming". */
  horizonMonths: number;
  filters: PortfolioFilters;
}

export type ActionCode =
  | 'sign'
  | 'decision'
  | 'start_renewal'
  | 'prepare_renewal'
  | 'sign_amendment'
  | 'amendment_decision';

export interface Action {
  code: ActionCode;
  /** The entity concerned (sign, decision), else null. */
  entity: string | null;
  entityName: string | null;
  /** A date the action must meet (prepare_renewal: the due date), else null. */
  before: CalendarDate | null;
}

export interface PortfolioEntity {
  id: string;
  name: string;
  role: string;
  country: string;
}

export interface PortfolioCharter {
  path: string;
  id: string;
  title: string;
  /** The pilot service of the Agenda 21 action sheet. */
  pilot: string | null;
  entities: PortfolioEntity[];
  standing: SourcedCharter['standing'];
  work: WorkInProgress | null;
  /** Counted in the indicator's denominator (neither suspended nor terminated). */
  counted: boolean;
  /** Counted and compliant: a signature in force, renewed within the period. */
  compliant: boolean;
  actions: Action[];
  versions: SignedVersion[];
  /** Avenants completed on the version in force: number, purpose, signed on. */
  amendments: Array<{
    number: number;
    purpose: string;
    openedOn: CalendarDate | null;
    signedOn: CalendarDate | null;
  }>;
  tags: string[];
}

export interface CommitmentLine {
  charter: string;
  charterTitle: string;
  id: string;
  title: string;
  due: CalendarDate;
  status: string | null;
  statusOn: CalendarDate | null;
  statusNote: string | null;
  referent: string | null;
  /** Days late (overdue) or left (upcoming). */
  days: number;
}

export interface DecisionLine {
  charter: string;
  entity: string;
  entityName: string;
  body: string;
  reference: string;
  date: CalendarDate;
  /** The avenant the decision approves (null: the version). */
  amendment: number | null;
}

export interface Amount {
  currency: string;
  amount: number;
}

export interface WorksheetRow {
  year: number;
  declarant: string;
  declarantName: string;
  partnerCountry: string;
  partner: string;
  charter: string;
  currency: string;
  financial: number;
  inKind: number;
  total: number;
}

export interface EvaluationLine {
  charter: string;
  title: string;
  scores: Record<Criterion, number | null>;
  total: number;
}

export interface Portfolio {
  asOf: CalendarDate;
  year: number;
  horizonMonths: number;
  filters: PortfolioFilters;
  indicator: { compliant: number; counted: number; total: number; suspended: number; terminated: number };
  counts: Record<Standing, number>;
  /** Sorted by urgency: the most urgent first. */
  charters: PortfolioCharter[];
  decisionsOfYear: DecisionLine[];
  commitments: { overdue: CommitmentLine[]; upcoming: CommitmentLine[] };
  resources: {
    byYear: Array<Amount & { year: number }>;
    byCurrency: Amount[];
    byCountry: Array<Amount & { country: string }>;
    byEntity: Array<Amount & { charter: string; entity: string; entityName: string }>;
  };
  worksheet: WorksheetRow[];
  evaluation: { charters: EvaluationLine[]; averages: Record<Criterion, number | null> };
}

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

/** Lower case without accents: filters match « Kassandé » with `kassande`. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A charter's tags: `odd:<n>` for each Sustainable Development Goal (of the charter and of its
 * commitments; `sdg:<n>` is accepted as a synonym by the filter), `a21:<ref>` for each Agenda 21
 * action it belongs to (agenda21.links and commitments' actions), `obj:<objective>` for its
 * Agenda 21 objective.
 */
export function tagsOf(data: Partial<Charter>): string[] {
  const tags = new Set<string>();
  for (const n of list(data.sdgs)) tags.add(`odd:${n}`);
  for (const c of list(data.commitments)) for (const n of list(c.sdgs)) tags.add(`odd:${n}`);
  for (const ref of list(data.agenda21?.links)) tags.add(`a21:${ref}`);
  for (const c of list(data.commitments)) for (const ref of list(c.actions)) tags.add(`a21:${ref}`);
  if (typeof data.agenda21?.objective === 'string') tags.add(`obj:${fold(data.agenda21.objective)}`);
  return [...tags].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function normaliseTag(tag: string): string {
  const t = fold(tag.trim());
  if (t.startsWith('sdg:')) return `odd:${t.slice(4)}`;
  return t;
}

function matches(c: PortfolioCharter, data: Partial<Charter>, filters: PortfolioFilters): boolean {
  if (filters.state && filters.state.length > 0 && !filters.state.includes(c.standing.standing)) return false;
  if (filters.country && filters.country.length > 0) {
    const wanted = new Set(filters.country.map((x) => x.toUpperCase()));
    if (!c.entities.some((e) => wanted.has(e.country.toUpperCase()))) return false;
  }
  if (filters.entity) {
    const wanted = fold(filters.entity);
    if (!c.entities.some((e) => fold(e.id) === wanted || fold(e.name).includes(wanted))) return false;
  }
  if (filters.pilot) {
    const pilot = data.agenda21?.pilot;
    if (typeof pilot !== 'string' || !fold(pilot).includes(fold(filters.pilot))) return false;
  }
  if (filters.tag && filters.tag.length > 0) {
    const tags = new Set(c.tags);
    if (!filters.tag.some((t) => tags.has(normaliseTag(t)))) return false;
  }
  return true;
}

function actionsOf(c: SourcedCharter, names: Map<string, string>): Action[] {
  const name = (id: string) => names.get(id) ?? id;
  const actions: Action[] = [];
  const s = c.standing.standing;
  if (s === 'terminated' || s === 'suspended') return actions;
  const work = c.work;
  if (work && work.kind !== 'amendment') {
    for (const id of work.decisionsMissing)
      actions.push({ code: 'decision', entity: id, entityName: name(id), before: null });
    for (const id of work.awaited)
      actions.push({ code: 'sign', entity: id, entityName: name(id), before: null });
  }
  if (!work || work.kind === 'amendment') {
    if (s === 'overdue')
      actions.push({ code: 'start_renewal', entity: null, entityName: null, before: null });
    if (s === 'due_soon')
      actions.push({ code: 'prepare_renewal', entity: null, entityName: null, before: c.standing.dueOn });
  }
  if (work?.kind === 'amendment') {
    for (const id of work.decisionsMissing)
      actions.push({ code: 'amendment_decision', entity: id, entityName: name(id), before: null });
    for (const id of work.awaited)
      actions.push({ code: 'sign_amendment', entity: id, entityName: name(id), before: null });
  }
  return actions;
}

/** Urgency: overdue (latest first), never signed, due soon (nearest first), work in progress, in force, suspended, terminated. */
function urgency(c: PortfolioCharter): [number, number] {
  const s = c.standing;
  switch (s.standing) {
    case 'overdue':
      return [0, -(s.daysLate ?? 0)];
    case 'never_signed':
      return [1, 0];
    case 'due_soon':
      return [2, s.daysLeft ?? 0];
    case 'in_force':
      return [c.work ? 3 : 4, s.daysLeft ?? 0];
    case 'suspended':
      return [5, 0];
    case 'terminated':
      return [6, 0];
  }
}

export function compareUrgency(a: PortfolioCharter, b: PortfolioCharter): number {
  const [ra, da] = urgency(a);
  const [rb, db] = urgency(b);
  if (ra !== rb) return ra - rb;
  if (da !== db) return da - db;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The calendar years a resource's amount falls in, over the period of the version in force
 * (docs/report.md, "Years"): the k-th year of the version is the calendar year of the k-th
 * anniversary of its signature (k = 0 … period − 1), ending at termination.
 * - `yearly`: the amount in each of those years;
 * - `total`: the amount split evenly over them (cents; the last year takes the remainder);
 * - `one_off` or no period: the whole amount in the year of the signature.
 * Years whose anniversary falls in a suspension (from its start to its resumption) bring nothing.
 */
export function yearlyAmounts(
  resource: Pick<Resource, 'amount' | 'period'>,
  signedOn: CalendarDate,
  periodYears: number,
  terminatedOn: CalendarDate | null,
  suspended: { since: CalendarDate; resumedOn: CalendarDate | null } | null = null,
): Array<{ year: number; amount: number }> {
  const amount = resource.amount;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return [];
  const years: number[] = [];
  for (let k = 0; k < periodYears; k++) {
    const anniversary = addYears(signedOn, k);
    if (terminatedOn !== null && compareDates(anniversary, terminatedOn) >= 0) break;
    const paused =
      suspended !== null &&
      compareDates(anniversary, suspended.since) >= 0 &&
      (suspended.resumedOn === null || compareDates(anniversary, suspended.resumedOn) < 0);
    years.push(paused ? Number.NaN : Number(anniversary.slice(0, 4)));
  }
  if (years.every((y) => Number.isNaN(y))) return [];
  const period = resource.period ?? 'one_off';
  // A year of suspension (NaN) brings nothing; its share of a total is not moved to another year.
  const kept = <T extends { year: number }>(items: T[]) => items.filter((item) => !Number.isNaN(item.year));
  if (period === 'yearly') return kept(years.map((year) => ({ year, amount })));
  if (period === 'total') {
    const share = Math.floor((amount * 100) / periodYears) / 100;
    return kept(
      years.map((year, k) => ({
        year,
        amount: k === periodYears - 1 ? round2(amount - share * (periodYears - 1)) : share,
      })),
    );
  }
  return kept([{ year: years[0]!, amount }]);
}

function add<K>(map: Map<string, K & Amount>, key: string, make: () => K & Amount, amount: number): void {
  let entry = map.get(key);
  if (!entry) {
    entry = make();
    map.set(key, entry);
  }
  entry.amount = round2(entry.amount + amount);
}

export function buildPortfolio(sources: readonly SourcedCharter[], options: PortfolioOptions): Portfolio {
  const asOf = options.asOf;
  const year = options.year ?? Number(asOf.slice(0, 4));
  const charters: PortfolioCharter[] = [];
  const dataOf = new Map<PortfolioCharter, Partial<Charter>>();
  for (const source of sources) {
    const data = source.data;
    const entities = list(data.entities).map((e) => ({
      id: String(e.id),
      name: String(e.name ?? e.id),
      role: String(e.role ?? ''),
      country: String(e.country ?? ''),
    }));
    const names = new Map(entities.map((e) => [e.id, e.name]));
    const s = source.standing.standing;
    const counted = s !== 'suspended' && s !== 'terminated';
    const shape = { entities: list(data.entities), amendments: list(data.amendments) };
    const charter: PortfolioCharter = {
      path: source.path,
      id: typeof data.id === 'string' ? data.id : source.path,
      title: typeof data.title === 'string' ? data.title : source.path,
      pilot: typeof data.agenda21?.pilot === 'string' ? data.agenda21.pilot : null,
      entities,
      standing: source.standing,
      work: source.work,
      counted,
      compliant: counted && (s === 'in_force' || s === 'due_soon'),
      actions: actionsOf(source, names),
      versions: source.versions,
      // A withdrawn avenant never took effect: the portfolio does not show it.
      amendments: list(data.amendments)
        .filter((a) => !isWithdrawn(a))
        .map((a) => ({
          number: a.number,
          purpose: String(a.purpose ?? ''),
          openedOn: isValidDate(a.opened_on) ? a.opened_on : null,
          signedOn: amendmentSignedOn(shape, a.number) ?? null,
        })),
      tags: tagsOf(data),
    };
    if (!matches(charter, data, options.filters)) continue;
    charters.push(charter);
    dataOf.set(charter, data);
  }
  charters.sort(compareUrgency);

  const counts = {
    never_signed: 0,
    in_force: 0,
    due_soon: 0,
    overdue: 0,
    suspended: 0,
    terminated: 0,
  } satisfies Record<Standing, number>;
  for (const c of charters) counts[c.standing.standing]++;

  const decisionsOfYear: DecisionLine[] = [];
  const overdue: CommitmentLine[] = [];
  const upcoming: CommitmentLine[] = [];
  const horizon = addMonths(asOf, options.horizonMonths);
  const byYear = new Map<string, Amount & { year: number }>();
  const byCurrency = new Map<string, Amount>();
  const byCountry = new Map<string, Amount & { country: string }>();
  const byEntity = new Map<string, Amount & { charter: string; entity: string; entityName: string }>();
  const worksheet = new Map<string, WorksheetRow>();
  const evaluation: EvaluationLine[] = [];

  for (const c of charters) {
    const data = dataOf.get(c)!;
    const names = new Map(c.entities.map((e) => [e.id, e.name]));
    // The decisions of the year: the charter's own, then its avenants' (with their number).
    const decisionsIn = (decisions: typeof data.decisions, amendment: number | null) => {
      for (const d of list(decisions)) {
        if (!isValidDate(d.date) || Number(d.date.slice(0, 4)) !== year) continue;
        decisionsOfYear.push({
          charter: c.id,
          entity: d.entity,
          entityName: names.get(d.entity) ?? d.entity,
          body: String(d.body ?? ''),
          reference: String(d.reference ?? ''),
          date: d.date,
          amendment,
        });
      }
    };
    decisionsIn(data.decisions, null);
    for (const a of list(data.amendments)) decisionsIn(a.decisions, a.number);

    if (c.standing.standing !== 'terminated') {
      for (const commitment of list(data.commitments)) {
        if (!isValidDate(commitment.due)) continue;
        if (commitment.status === 'done' || commitment.status === 'abandoned') continue;
        const line: CommitmentLine = {
          charter: c.id,
          charterTitle: c.title,
          id: String(commitment.id),
          title: String(commitment.title ?? ''),
          due: commitment.due,
          status: commitment.status ?? null,
          statusOn: isValidDate(commitment.status_on) ? commitment.status_on : null,
          statusNote: typeof commitment.status_note === 'string' ? commitment.status_note : null,
          referent: typeof commitment.referent === 'string' ? commitment.referent : null,
          days: 0,
        };
        const days = daysBetween(asOf, commitment.due);
        if (days < 0) overdue.push({ ...line, days: -days });
        else if (compareDates(commitment.due, horizon) <= 0) upcoming.push({ ...line, days });
      }
    }

    // Resources count over the version in force: a charter never signed commits nothing yet.
    const signed = c.versions.at(-1);
    if (signed !== undefined) {
      const period = data.renewal?.period_years ?? 5;
      const terminatedOn = c.standing.terminated?.date ?? null;
      const entityOf = new Map(list(data.entities).map((e) => [e.id, e]));
      const south = list(data.entities).filter((e) => e.role === 'south');
      for (const r of list(data.resources)) {
        if (typeof r.amount !== 'number' || typeof r.currency !== 'string') continue;
        const entity = entityOf.get(r.entity);
        const amounts = yearlyAmounts(r, signed.signedOn, period, terminatedOn, c.standing.suspended);
        for (const { year: y, amount } of amounts) {
          add(byYear, `${y}|${r.currency}`, () => ({ year: y, currency: r.currency!, amount: 0 }), amount);
        }
        const sum = round2(amounts.reduce((t, a) => t + a.amount, 0));
        add(byCurrency, r.currency, () => ({ currency: r.currency!, amount: 0 }), sum);
        add(
          byEntity,
          `${c.id}|${r.entity}|${r.currency}`,
          () => ({
            charter: c.id,
            entity: r.entity,
            entityName: entity?.name ?? r.entity,
            currency: r.currency!,
            amount: 0,
          }),
          sum,
        );
        // By partner country: what the partnership brings to each country of the South.
        for (const country of new Set(south.map((e) => e.country))) {
          add(
            byCountry,
            `${country}|${r.currency}`,
            () => ({ country, currency: r.currency!, amount: 0 }),
            sum,
          );
        }
        // The L.1115-6 worksheet: what the French authorities of the charter (role north) bring.
        if (entity?.role !== 'north') continue;
        for (const { year: y, amount } of amounts) {
          if (options.year !== null && y !== options.year) continue;
          for (const country of new Set(south.map((e) => e.country))) {
            const partner = south
              .filter((e) => e.country === country)
              .map((e) => e.name)
              .join(' ; ');
            const key = `${y}|${entity.id}|${country}|${c.id}|${r.currency}`;
            let row = worksheet.get(key);
            if (!row) {
              row = {
                year: y,
                declarant: entity.id,
                declarantName: entity.name,
                partnerCountry: country,
                partner,
                charter: c.id,
                currency: r.currency,
                financial: 0,
                inKind: 0,
                total: 0,
              };
              worksheet.set(key, row);
            }
            if (r.type === 'financial') row.financial = round2(row.financial + amount);
            else row.inKind = round2(row.inKind + amount);
            row.total = round2(row.financial + row.inKind);
          }
        }
      }
    }

    const scores = Object.fromEntries(
      CRITERIA.map((k) => {
        const v = data.evaluation?.[k];
        return [k, typeof v === 'number' ? v : null];
      }),
    ) as Record<Criterion, number | null>;
    evaluation.push({
      charter: c.id,
      title: c.title,
      scores,
      total: CRITERIA.reduce((t, k) => t + (scores[k] ?? 0), 0),
    });
  }

  const sortBy = <T>(items: T[], key: (x: T) => string | number) =>
    items.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  overdue.sort((a, b) => b.days - a.days || a.charter.localeCompare(b.charter) || a.id.localeCompare(b.id));
  upcoming.sort((a, b) => a.days - b.days || a.charter.localeCompare(b.charter) || a.id.localeCompare(b.id));
  decisionsOfYear.sort((a, b) => compareDates(a.date, b.date) || a.charter.localeCompare(b.charter));
  const averages = Object.fromEntries(
    CRITERIA.map((k) => {
      const values = evaluation.map((e) => e.scores[k]).filter((v): v is number => v !== null);
      return [k, values.length === 0 ? null : round2(values.reduce((t, v) => t + v, 0) / values.length)];
    }),
  ) as Record<Criterion, number | null>;

  return {
    asOf,
    year,
    horizonMonths: options.horizonMonths,
    filters: options.filters,
    indicator: {
      compliant: charters.filter((c) => c.compliant).length,
      counted: charters.filter((c) => c.counted).length,
      total: charters.length,
      suspended: counts.suspended,
      terminated: counts.terminated,
    },
    counts,
    charters,
    decisionsOfYear,
    commitments: { overdue, upcoming },
    resources: {
      byYear: sortBy([...byYear.values()], (x) => `${x.year}|${x.currency}`),
      byCurrency: sortBy([...byCurrency.values()], (x) => x.currency),
      byCountry: sortBy([...byCountry.values()], (x) => `${x.country}|${x.currency}`),
      byEntity: sortBy([...byEntity.values()], (x) => `${x.charter}|${x.entity}|${x.currency}`),
    },
    worksheet: sortBy(
      [...worksheet.values()],
      (r) => `${r.year}|${r.declarant}|${r.partnerCountry}|${r.charter}|${r.currency}`,
    ),
    evaluation: {
      charters: evaluation.sort((a, b) => b.total - a.total || a.charter.localeCompare(b.charter)),
      averages,
    },
  };
}
