/**
 * The ONE place where the portfolio gets each charter's standing and work in progress
 * (src/model/standing.ts) and its front matter. Everything else in src/portfolio/ reads
 * `SourcedCharter` only, so that the day `renew` reports these shapes itself, this module is the
 * only one to rewire.
 *
 * The standing and the work in progress are renew's (src/lifecycle/renew-report.ts: one `git log`
 * pass, the last fully signed text in history); the signed versions drawn on the timeline come
 * from the same report plus the working file's front matter (`standingOf`, also used alone in tests).
 */
import type { HistoryStart } from '../history/types.js';
import type { Lang } from '../i18n/index.js';
import { type RenewNotice, renewReport } from '../lifecycle/renew-report.js';
import {
  amendmentSignedOn,
  amendmentSigners,
  type Charter,
  noticeMonths,
  openAmendment,
  periodYears,
  requiredSigners,
  signaturesByEntity,
  signedOn as signedOnOf,
} from '../model/charter.js';
import {
  addMonths,
  addYears,
  type CalendarDate,
  compareDates,
  daysBetween,
  isValidDate,
} from '../model/dates.js';
import type { SignedStanding, WorkInProgress } from '../model/standing.js';

/** A version of the charter that was fully signed, as history (or the working file) knows it. */
export interface SignedVersion {
  version: number;
  signedOn: CalendarDate;
  dueOn: CalendarDate;
  /** The next version was signed after this one's due date. */
  renewedLate: boolean;
}

export interface SourcedCharter {
  /** Path relative to the current directory, with `/`. */
  path: string;
  /** The working file's front matter (not validated: fields may be missing or of the wrong shape). */
  data: Partial<Charter>;
  standing: SignedStanding;
  work: WorkInProgress | null;
  /** Every fully signed version, oldest first (the timeline draws them). */
  versions: SignedVersion[];
}

export interface StandingSourceOptions {
  cwd: string;
  lang: Lang;
  asOf: CalendarDate;
  env?: NodeJS.ProcessEnv | undefined;
  /** git reads started by the caller (startHistoryFor on the same paths). */
  early?: HistoryStart | undefined;
}

export interface StandingSource {
  asOf: CalendarDate;
  charters: SourcedCharter[];
  /** Files that could not be read, history warnings: as `renew` words them. */
  notices: RenewNotice[];
}

/** Standing and work in progress of every charter under `inputs`, in one `git log` pass. */
export async function readStandings(
  inputs: readonly string[],
  options: StandingSourceOptions,
): Promise<StandingSource> {
  // The working files' front matter comes with the report: read once, by the same pass.
  const report = await renewReport(inputs, { ...options, frontMatter: true });
  const charters = report.charters.map((entry) => {
    // Every charter renew reports has a readable front matter: renew read it.
    const data = (report.details.get(entry)?.frontMatter ?? {}) as Partial<Charter>;
    const history = entry.history
      .filter((h): h is typeof h & { signedOn: string } => h.signedOn !== null && isValidDate(h.signedOn))
      .map((h) => ({ version: h.version, signedOn: h.signedOn }));
    // The version in force as renew found it in history (it may be behind a renewal in progress).
    const inForce = entry.standing;
    if (
      inForce.version !== null &&
      inForce.signedOn !== null &&
      !history.some((h) => h.version === inForce.version)
    ) {
      history.push({ version: inForce.version, signedOn: inForce.signedOn });
    }
    const sourced = standingOf(entry.path, data, history, options.asOf);
    // renew's answer is the indicator's: the last fully signed text in git, and the work in progress.
    return { ...sourced, standing: entry.standing, work: entry.work };
  });
  return { asOf: report.asOf, charters, notices: report.warnings };
}

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

/**
 * The standing and work in progress of one charter from its working front matter and the
 * signed versions of the past (oldest first). Exported for the tests and for the rewiring.
 */
export function standingOf(
  path: string,
  data: Partial<Charter>,
  earlier: ReadonlyArray<{ version: number; signedOn: CalendarDate }>,
  asOf: CalendarDate,
): SourcedCharter {
  const entities = list(data.entities);
  const shape = { entities, signatures: list(data.signatures), amendments: list(data.amendments) };
  const period = periodYears(data);
  const workingVersion = Number.isInteger(data.version) ? (data.version as number) : 1;
  const workingSigned = signedOnOf(shape);
  const versions: SignedVersion[] = earlier.map((v) => ({
    version: v.version,
    signedOn: v.signedOn,
    dueOn: addYears(v.signedOn, period),
    renewedLate: false,
  }));
  if (workingSigned !== undefined && !versions.some((v) => v.version === workingVersion))
    versions.push({
      version: workingVersion,
      signedOn: workingSigned,
      dueOn: addYears(workingSigned, period),
      renewedLate: false,
    });
  // Renewed late: the next version was signed after this one's due date.
  for (let i = 0; i + 1 < versions.length; i++) {
    versions[i]!.renewedLate = compareDates(versions[i + 1]!.signedOn, versions[i]!.dueOn) > 0;
  }
  const last = versions.at(-1);
  let dueOn = last?.dueOn ?? null;
  // Tacit renewal: the charter renews itself for the same period at each due date.
  if (dueOn !== null && data.renewal?.tacit === true) {
    while (compareDates(asOf, dueOn) > 0) dueOn = addYears(dueOn, period);
  }
  const completedAmendments = list(data.amendments)
    .filter((a) => workingSigned !== undefined && amendmentSignedOn(shape, a.number) !== undefined)
    .map((a) => a.number);
  const standing: SignedStanding = {
    standing: 'never_signed',
    version: last?.version ?? null,
    amendment: completedAmendments.length > 0 ? Math.max(...completedAmendments) : null,
    signedOn: last?.signedOn ?? null,
    dueOn,
    daysLeft: null,
    daysLate: null,
    suspended: null,
    terminated: null,
  };
  if (dueOn !== null) {
    const days = daysBetween(asOf, dueOn);
    if (days >= 0) standing.daysLeft = days;
    else standing.daysLate = -days;
    if (days < 0) standing.standing = 'overdue';
    else if (compareDates(asOf, addMonths(dueOn, -noticeMonths(data))) >= 0) standing.standing = 'due_soon';
    else standing.standing = 'in_force';
  }
  const suspended = data.suspended;
  if (suspended && isValidDate(suspended.since) && compareDates(suspended.since, asOf) <= 0) {
    const resumedOn =
      isValidDate(suspended.resumed_on) && compareDates(suspended.resumed_on, asOf) <= 0
        ? suspended.resumed_on
        : null;
    standing.suspended = { since: suspended.since, reason: String(suspended.reason ?? ''), resumedOn };
    if (resumedOn === null) standing.standing = 'suspended';
  }
  const terminated = data.terminated;
  if (terminated && isValidDate(terminated.date) && compareDates(terminated.date, asOf) <= 0) {
    standing.terminated = { date: terminated.date, reason: String(terminated.reason ?? '') };
    standing.standing = 'terminated';
  }
  // No lateness is computed for a charter that is suspended or terminated.
  if (standing.standing === 'suspended' || standing.standing === 'terminated') {
    standing.daysLate = null;
    standing.daysLeft = null;
  }
  return { path, data, standing, work: workOf(data, shape, workingVersion, workingSigned, last), versions };
}

function workOf(
  data: Partial<Charter>,
  shape: Pick<Charter, 'entities' | 'signatures' | 'amendments'>,
  workingVersion: number,
  workingSigned: CalendarDate | undefined,
  last: SignedVersion | undefined,
): WorkInProgress | null {
  if (data.terminated) return null;
  const present = (decisions: ReadonlyArray<{ entity?: unknown }>, signers: readonly string[]) => {
    const withDecision = new Set(decisions.map((d) => d.entity));
    return {
      decisionsPresent: signers.filter((id) => withDecision.has(id)),
      decisionsMissing: signers.filter((id) => !withDecision.has(id)),
    };
  };
  if (workingSigned === undefined) {
    const signers = requiredSigners(shape);
    const signatures = signaturesByEntity(shape);
    return {
      kind: last === undefined ? 'first_signature' : 'renewal',
      version: workingVersion,
      amendment: null,
      purpose: null,
      signed: signers.filter((id) => isValidDate(signatures.get(id)?.date)),
      awaited: signers.filter((id) => !isValidDate(signatures.get(id)?.date)),
      ...present(list(data.decisions), signers),
      joining: [],
    };
  }
  const open = openAmendment(shape);
  if (!open) return null;
  const signers = amendmentSigners(shape, open.number);
  const signed = new Set(
    list(open.signatures)
      .filter((s) => isValidDate(s.date))
      .map((s) => s.entity),
  );
  return {
    kind: 'amendment',
    version: workingVersion,
    amendment: open.number,
    purpose: open.purpose ?? null,
    signed: signers.filter((id) => signed.has(id)),
    awaited: signers.filter((id) => !signed.has(id)),
    ...present(list(open.decisions), signers),
    joining: list(open.joining),
  };
}
