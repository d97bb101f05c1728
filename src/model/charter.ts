/**
 * The charter model: its types come from the JSON Schema (charter.generated.ts), and the values
 * that are derived, never stored (required signers, signed on, due on, state) are computed here.
 */
import type { Amendment, Charter, Signature } from './charter.generated.js';
import { addMonths, addYears, type CalendarDate, compareDates, daysBetween, isValidDate } from './dates.js';

export type {
  Amendment,
  Charter,
  Commitment,
  Decision,
  Entity,
  Referent,
  Resource,
  Signature,
} from './charter.generated.js';

export const MODEL_VERSION = 1;
export const DEFAULT_PERIOD_YEARS = 5;
export const DEFAULT_NOTICE_MONTHS = 6;

/** The front matter's keys in the schema's order: the order templates write and reports follow. */
export const FRONT_MATTER_KEYS = [
  'charte',
  'id',
  'title',
  'kind',
  'binding',
  'language',
  'version',
  'entities',
  'referents',
  'commitments',
  'resources',
  'sustainability',
  'evaluation',
  'sdgs',
  'agenda21',
  'decisions',
  'signatures',
  'amendments',
  'renewal',
  'terminated',
  'suspended',
  'extensions',
] as const satisfies ReadonlyArray<keyof Charter>;

export const PILLARS = ['environment', 'economy', 'social'] as const;
export type Pillar = (typeof PILLARS)[number];

/** The criteria of the evaluation grid (0 to 3 stars each), in the order the documents show them. */
export const EVALUATION_CRITERIA = [
  'environment',
  'economy',
  'social',
  'future_generations',
  'north_south',
  'geographic_scope',
] as const satisfies readonly (keyof NonNullable<Charter['evaluation']>)[];
export type EvaluationCriterion = (typeof EVALUATION_CRITERIA)[number];

export const STATES = [
  'draft',
  'partially_signed',
  'in_force',
  'due_soon',
  'overdue',
  'suspended',
  'terminated',
] as const;
export type CharterState = (typeof STATES)[number];

/**
 * Whether an avenant was withdrawn before all its signers signed it (`charte amend --withdraw`): it
 * never takes effect, and the entities it brought in do not join.
 */
export function isWithdrawn(amendment: Pick<Amendment, 'withdrawn'>): boolean {
  return amendment.withdrawn !== undefined && amendment.withdrawn !== null;
}

/** The entities that joined the charter through one of its avenants (their consent is the avenant's). */
export function joiningEntities(charter: Pick<Charter, 'amendments'>): Set<string> {
  const joined = new Set<string>();
  // Plain loops: the history pass asks this for thousands of file versions.
  const amendments = charter.amendments ?? [];
  for (let i = 0; i < amendments.length; i++) {
    const amendment = amendments[i]!;
    if (isWithdrawn(amendment)) continue;
    const joining = amendment.joining;
    if (joining) for (let j = 0; j < joining.length; j++) joined.add(joining[j]!);
  }
  return joined;
}

/**
 * The entities whose signature the version requires: the `north` and `south` ones and those marked
 * `required_signer` (an associate that joined by avenant), except the entities that joined through
 * an avenant of this version: they sign the avenant, and the next version.
 */
export function requiredSigners(
  charter: Pick<Charter, 'entities'> & Partial<Pick<Charter, 'amendments'>>,
): string[] {
  const joined = joiningEntities(charter);
  const signers: string[] = [];
  for (let i = 0; i < charter.entities.length; i++) {
    const e = charter.entities[i]!;
    if ((e.role === 'north' || e.role === 'south' || e.required_signer === true) && !joined.has(e.id))
      signers.push(e.id);
  }
  return signers;
}

/** The avenant numbered `number`, if the file has it. */
export function amendmentOf(charter: Pick<Charter, 'amendments'>, number: number): Amendment | undefined {
  return (charter.amendments ?? []).find((a) => a.number === number);
}

/**
 * The entities whose signature avenant `number` requires: the version's required signers, the
 * entities it brings in, and those brought in by the avenants before it (withdrawn ones aside).
 */
export function amendmentSigners(
  charter: Pick<Charter, 'entities' | 'amendments'>,
  number: number,
): string[] {
  const signers = requiredSigners(charter);
  for (const a of charter.amendments ?? []) {
    if (a.number > number || (a.number !== number && isWithdrawn(a))) continue;
    for (const id of a.joining ?? []) if (!signers.includes(id)) signers.push(id);
  }
  return signers;
}

/**
 * The day avenant `number` was completed (its last required signature), once every signer has
 * signed; never for a withdrawn avenant.
 */
export function amendmentSignedOn(
  charter: Pick<Charter, 'entities' | 'amendments'>,
  number: number,
): CalendarDate | undefined {
  const amendment = amendmentOf(charter, number);
  if (!amendment || isWithdrawn(amendment)) return undefined;
  return completedOn(amendmentSigners(charter, number), amendment.signatures ?? []);
}

/**
 * The latest signature date of `signers` in `signatures` (the last signature of each entity
 * counts), once every one of them has a valid date; undefined before.
 */
export function completedOn(
  signers: readonly string[],
  signatures: ReadonlyArray<Pick<Signature, 'entity' | 'date'>>,
): CalendarDate | undefined {
  let latest: CalendarDate | undefined;
  for (let i = 0; i < signers.length; i++) {
    const id = signers[i]!;
    let date: string | undefined;
    let found = false;
    for (let j = signatures.length - 1; j >= 0; j--) {
      if (signatures[j]!.entity === id) {
        date = signatures[j]!.date;
        found = true;
        break;
      }
    }
    if (!found || !isValidDate(date)) return undefined;
    if (latest === undefined || compareDates(date, latest) > 0) latest = date;
  }
  return latest;
}

/** The avenant still awaiting signatures (at most one is open at a time; a withdrawn one is closed), if any. */
export function openAmendment(charter: Pick<Charter, 'entities' | 'amendments'>): Amendment | undefined {
  return (charter.amendments ?? []).find(
    (a) => !isWithdrawn(a) && amendmentSignedOn(charter, a.number) === undefined,
  );
}

/** The last signature of each entity (a valid charter has at most one each). */
export function signaturesByEntity(charter: Pick<Charter, 'signatures'>): Map<string, Signature> {
  const map = new Map<string, Signature>();
  for (const s of charter.signatures ?? []) map.set(s.entity, s);
  return map;
}

/** The latest signature date among the required signers, once all of them have signed. */
export function signedOn(
  charter: Pick<Charter, 'entities' | 'signatures'> & Partial<Pick<Charter, 'amendments'>>,
): CalendarDate | undefined {
  return completedOn(requiredSigners(charter), charter.signatures ?? []);
}

export function periodYears(charter: Pick<Charter, 'renewal'>): number {
  return charter.renewal?.period_years ?? DEFAULT_PERIOD_YEARS;
}

export function noticeMonths(charter: Pick<Charter, 'renewal'>): number {
  return charter.renewal?.notice_months ?? DEFAULT_NOTICE_MONTHS;
}

export function dueOn(
  charter: Pick<Charter, 'entities' | 'signatures' | 'renewal'>,
): CalendarDate | undefined {
  const signed = signedOn(charter);
  return signed === undefined ? undefined : addYears(signed, periodYears(charter));
}

export interface CharterStatus {
  state: CharterState;
  signedOn?: CalendarDate;
  dueOn?: CalendarDate;
  /** Days from the day of the check to the due date (negative once overdue). */
  daysLeft?: number;
}

/** The state of a charter on a given day, as the model defines it. */
export function charterStatus(
  charter: Pick<Charter, 'entities' | 'signatures' | 'renewal' | 'terminated' | 'suspended'>,
  asOf: CalendarDate,
): CharterStatus {
  const signed = signedOn(charter);
  let due = signed === undefined ? undefined : addYears(signed, periodYears(charter));
  // A charter that says it renews tacitly renews itself for the same period at each due date:
  // its next due date is the first one after the day of the check.
  if (due !== undefined && charter.renewal?.tacit === true) {
    const period = periodYears(charter);
    while (compareDates(asOf, due) > 0) due = addYears(due, period);
  }
  const status: CharterStatus = { state: 'draft' };
  if (signed !== undefined) status.signedOn = signed;
  if (due !== undefined) {
    status.dueOn = due;
    status.daysLeft = daysBetween(asOf, due);
  }
  const terminated = charter.terminated?.date;
  if (terminated !== undefined && isValidDate(terminated) && compareDates(terminated, asOf) <= 0) {
    return { ...status, state: 'terminated' };
  }
  if (isSuspended(charter, asOf)) return { ...status, state: 'suspended' };
  if (due === undefined) {
    const anySignature = (charter.signatures ?? []).length > 0;
    return { ...status, state: anySignature ? 'partially_signed' : 'draft' };
  }
  if (compareDates(asOf, due) > 0) return { ...status, state: 'overdue' };
  if (compareDates(asOf, addMonths(due, -noticeMonths(charter))) >= 0)
    return { ...status, state: 'due_soon' };
  return { ...status, state: 'in_force' };
}

/** Whether the charter is suspended on `asOf`: suspended on or before it, and not resumed by then. */
export function isSuspended(charter: Pick<Charter, 'suspended'>, asOf: CalendarDate): boolean {
  const since = charter.suspended?.since;
  if (since === undefined || !isValidDate(since) || compareDates(since, asOf) > 0) return false;
  const resumed = charter.suspended?.resumed_on;
  return resumed === undefined || !isValidDate(resumed) || compareDates(resumed, asOf) > 0;
}

/** Whether the charter is terminated on `asOf`. */
export function isTerminated(charter: Pick<Charter, 'terminated'>, asOf: CalendarDate): boolean {
  const date = charter.terminated?.date;
  return date !== undefined && isValidDate(date) && compareDates(date, asOf) <= 0;
}

/**
 * Where the charter's editing life stands, for the commands that move it (docs/lifecycle.md):
 * - `terminated`: nothing more is recorded;
 * - `suspended`: only a decision, the resumption or the termination is recorded;
 * - `signing`: the version awaits signatures of its required signers;
 * - `amending`: the version is signed and avenant `amendment` awaits signatures;
 * - `signed`: the version is signed, no avenant is open.
 */
export type LifecyclePhase =
  | { phase: 'terminated'; date: CalendarDate }
  | { phase: 'suspended'; since: CalendarDate }
  | { phase: 'signing'; missing: string[] }
  | { phase: 'amending'; amendment: Amendment; missing: string[] }
  | { phase: 'signed'; signedOn: CalendarDate };

export function lifecyclePhase(charter: Charter, asOf: CalendarDate): LifecyclePhase {
  if (isTerminated(charter, asOf)) return { phase: 'terminated', date: charter.terminated!.date };
  if (isSuspended(charter, asOf)) return { phase: 'suspended', since: charter.suspended!.since };
  const signed = signaturesByEntity(charter);
  const missing = requiredSigners(charter).filter((id) => !signed.has(id));
  const version = signedOn(charter);
  if (missing.length > 0 || version === undefined) return { phase: 'signing', missing };
  const open = openAmendment(charter);
  if (open) {
    const done = new Set((open.signatures ?? []).map((s) => s.entity));
    return {
      phase: 'amending',
      amendment: open,
      missing: amendmentSigners(charter, open.number).filter((id) => !done.has(id)),
    };
  }
  return { phase: 'signed', signedOn: version };
}

/** The tag of version `version` once signed, and of its avenant `amendment` once signed. */
export function versionTag(id: string, version: number, amendment?: number): string {
  return amendment === undefined ? `charte/${id}/v${version}` : `charte/${id}/v${version}-a${amendment}`;
}

/** Severity order used by `--fail-on`: a state fails a threshold when it is at least as bad. */
export const STATE_SEVERITY: Readonly<Record<CharterState, number>> = {
  terminated: 0,
  suspended: 0,
  draft: 0,
  partially_signed: 0,
  in_force: 0,
  due_soon: 1,
  overdue: 2,
};
