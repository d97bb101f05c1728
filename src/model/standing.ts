/**
 * The indicator's two answers for one charter, kept apart (issue: a renewal in progress must not
 * hide an overdue charter):
 *
 * - the standing of the last fully signed version (from git history: the last commit where every
 *   required signer of that version had signed), which the Agenda 21 indicator counts;
 * - the work in progress, if any: a renewal (version N+1 awaiting signatures), an avenant awaiting
 *   signatures, or the first signature of a charter never signed.
 *
 * `renew`, `report` and the exports read these shapes; json outputs show them as they are.
 */
import type { CalendarDate } from './dates.js';

export const STANDINGS = [
  'never_signed',
  'in_force',
  'due_soon',
  'overdue',
  'suspended',
  'terminated',
] as const;
export type Standing = (typeof STANDINGS)[number];

export interface SignedStanding {
  standing: Standing;
  /** The last fully signed version (null: never signed). */
  version: number | null;
  /** The last avenant completed on that version (null: none). */
  amendment: number | null;
  signedOn: CalendarDate | null;
  dueOn: CalendarDate | null;
  /** Days from the day of the check to the due date, when it is still ahead (null otherwise). */
  daysLeft: number | null;
  /** Days since the due date, once it has passed (null otherwise); never computed while suspended or terminated. */
  daysLate: number | null;
  suspended: { since: CalendarDate; reason: string; resumedOn: CalendarDate | null } | null;
  terminated: { date: CalendarDate; reason: string } | null;
}

/**
 * - `first_signature`: no version was ever fully signed; version N awaits its signatures;
 * - `renewal`: version N+1 (after the last fully signed N) awaits its signatures;
 * - `amendment`: avenant k of the version in force awaits its signatures;
 * - `unsigned_change`: the signed version itself was changed so that it lacks a required
 *   signature (a partner added to the entities without an avenant): the signed text still
 *   stands, the change needs an avenant (or the next version) to count.
 */
export const WORK_KINDS = ['first_signature', 'renewal', 'amendment', 'unsigned_change'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export interface WorkInProgress {
  kind: WorkKind;
  /** The version being signed (the renewal's or the first), or the one the avenant amends. */
  version: number;
  /** The avenant's number (kind `amendment` only). */
  amendment: number | null;
  /** What the avenant is for (kind `amendment` only). */
  purpose: string | null;
  /** Entity codes that have signed, and those awaited, in the order of the front matter. */
  signed: string[];
  awaited: string[];
  /** Entity codes whose decision (délibération) is recorded, and those whose decision is missing. */
  decisionsPresent: string[];
  decisionsMissing: string[];
  /** Entities that join the charter through this avenant. */
  joining: string[];
}
