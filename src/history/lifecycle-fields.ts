/**
 * The fields the signature lifecycle reads (id, version, entities and their roles, signatures,
 * decisions, avenants, renewal, termination, suspension), taken from a front matter value that
 * may be malformed: anything of the wrong shape is left out, never trusted, so that an old
 * version in git or a half-edited working file still gets an answer instead of a crash. The
 * rules (who must sign, when a version or an avenant is complete) are the model's
 * (src/model/charter.ts), applied to a view built from the checked fields only.
 */
import {
  amendmentSignedOn,
  amendmentSigners,
  type Charter,
  type CharterStatus,
  charterStatus,
  completedOn,
  DEFAULT_NOTICE_MONTHS,
  DEFAULT_PERIOD_YEARS,
  requiredSigners,
} from '../model/charter.js';
import { addYears, type CalendarDate, dateProblem, isValidDate } from '../model/dates.js';

export interface SignatureRecord {
  entity: string;
  signatory?: string;
  capacity?: string;
  date?: string;
  place?: string;
  decision?: string;
}

export interface EntityRecord {
  id: string;
  name?: string;
  role?: string;
  requiredSigner?: boolean;
}

export interface DecisionRecord {
  entity: string;
  date?: string;
}

export interface AmendmentRecord {
  number: number;
  purpose?: string;
  openedOn?: string;
  joining: string[];
  decisions: DecisionRecord[];
  signatures: SignatureRecord[];
  /** Withdrawn (`withdrawn:` present, as the model reads it), with its date when valid. */
  withdrawn?: true;
  withdrawnOn?: string;
  withdrawalReason?: string;
}

/** A date the lifecycle could not use: where it is (a JSON pointer) and what it says. */
export interface DateProblem {
  pointer: string;
  value: string;
  problem: 'invalid' | 'before-1900';
}

export interface LifecycleFields {
  id?: string;
  title?: string;
  version?: number;
  entities: EntityRecord[];
  signatures: SignatureRecord[];
  decisions: DecisionRecord[];
  amendments: AmendmentRecord[];
  periodYears: number;
  noticeMonths: number;
  tacit: boolean;
  terminatedOn?: string;
  terminatedReason?: string;
  suspendedSince?: string;
  suspendedReason?: string;
  resumedOn?: string;
  /** Signature dates that are not calendar dates (they count as no signature). */
  dateProblems: DateProblem[];
  /** What was missing or of the wrong shape (field names), for a warning. */
  malformed: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

const SIGNATURE_TEXTS = ['signatory', 'capacity', 'date', 'place', 'decision'] as const;

function signaturesOf(value: unknown, pointer: string, problems: DateProblem[]): SignatureRecord[] {
  const records: SignatureRecord[] = [];
  if (!Array.isArray(value)) return records;
  // Indexed loops here and below: the history pass reads thousands of versions.
  for (let index = 0; index < value.length; index++) {
    const signature: unknown = value[index];
    if (!isRecord(signature) || typeof signature.entity !== 'string') continue;
    const record: SignatureRecord = { entity: signature.entity };
    for (let k = 0; k < SIGNATURE_TEXTS.length; k++) {
      const key = SIGNATURE_TEXTS[k]!;
      const v = text(signature[key]);
      if (v !== undefined) record[key] = v;
    }
    // A date YAML could not keep as text (never with the core schema) or one the calendar refuses.
    const raw = signature.date;
    if (raw !== undefined && raw !== null) {
      const value = typeof raw === 'string' ? raw : String(raw);
      const problem = dateProblem(value);
      if (problem !== undefined) problems.push({ pointer: `${pointer}/${index}/date`, value, problem });
    }
    records.push(record);
  }
  return records;
}

function decisionsOf(value: unknown): DecisionRecord[] {
  const records: DecisionRecord[] = [];
  if (!Array.isArray(value)) return records;
  for (const decision of value) {
    if (!isRecord(decision) || typeof decision.entity !== 'string') continue;
    const record: DecisionRecord = { entity: decision.entity };
    const date = text(decision.date);
    if (date !== undefined) record.date = date;
    records.push(record);
  }
  return records;
}

function slugs(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Every top-level key lifecycleFields reads (and `charte`, whose presence makes a charter): two
 * front matters with the same values under these keys have the same lifecycle state.
 */
export const LIFECYCLE_KEYS = [
  'charte',
  'id',
  'title',
  'version',
  'entities',
  'signatures',
  'decisions',
  'amendments',
  'renewal',
  'terminated',
  'suspended',
] as const;

/**
 * Records read from one parsed value, kept by that value's identity: the history reader gives a
 * block that did not change the same value in every version, so its records are built once
 * (they are never mutated).
 */
const entitiesMemo = new WeakMap<object, EntityRecord[]>();
const signaturesMemo = new WeakMap<object, { records: SignatureRecord[]; problems: DateProblem[] }>();
const amendmentsMemo = new WeakMap<object, { records: AmendmentRecord[]; problems: DateProblem[] }>();
const decisionsMemo = new WeakMap<object, DecisionRecord[]>();

function memo<T>(map: WeakMap<object, T>, value: object, build: () => T): T {
  let result = map.get(value);
  if (result === undefined) {
    result = build();
    map.set(value, result);
  }
  return result;
}

function entitiesOf(value: unknown[]): EntityRecord[] {
  const records: EntityRecord[] = [];
  for (const entity of value) {
    if (!isRecord(entity) || typeof entity.id !== 'string') continue;
    const record: EntityRecord = { id: entity.id };
    const name = text(entity.name);
    if (name !== undefined) record.name = name;
    const role = text(entity.role);
    if (role !== undefined) record.role = role;
    if (entity.required_signer === true) record.requiredSigner = true;
    records.push(record);
  }
  return records;
}

function amendmentsOf(value: unknown[]): { records: AmendmentRecord[]; problems: DateProblem[] } {
  const records: AmendmentRecord[] = [];
  const problems: DateProblem[] = [];
  for (let index = 0; index < value.length; index++) {
    const amendment: unknown = value[index];
    if (!isRecord(amendment) || !Number.isInteger(amendment.number)) continue;
    const record: AmendmentRecord = {
      number: amendment.number as number,
      joining: slugs(amendment.joining),
      decisions: decisionsOf(amendment.decisions),
      signatures: signaturesOf(amendment.signatures, `/amendments/${index}/signatures`, problems),
    };
    const purpose = text(amendment.purpose);
    if (purpose !== undefined) record.purpose = purpose;
    const opened = text(amendment.opened_on);
    if (opened !== undefined) record.openedOn = opened;
    const withdrawn = amendment.withdrawn;
    if (withdrawn !== undefined && withdrawn !== null) {
      record.withdrawn = true;
      if (isRecord(withdrawn)) {
        if (isValidDate(withdrawn.date)) record.withdrawnOn = withdrawn.date;
        const reason = text(withdrawn.reason);
        if (reason !== undefined) record.withdrawalReason = reason;
      }
    }
    records.push(record);
  }
  return { records, problems };
}

/** Shared by every version without avenants, so that what is kept by identity is found again. */
const NO_AMENDMENTS = Object.freeze([]) as unknown as AmendmentRecord[];

export function lifecycleFields(data: Record<string, unknown>): LifecycleFields {
  const malformed: string[] = [];
  const dateProblems: DateProblem[] = [];
  const decisions = data.decisions;
  const fields: LifecycleFields = {
    entities: [],
    signatures: [],
    decisions:
      decisions !== null && typeof decisions === 'object'
        ? memo(decisionsMemo, decisions, () => decisionsOf(decisions))
        : decisionsOf(decisions),
    amendments: NO_AMENDMENTS,
    periodYears: DEFAULT_PERIOD_YEARS,
    noticeMonths: DEFAULT_NOTICE_MONTHS,
    tacit: false,
    dateProblems,
    malformed,
  };
  const id = text(data.id);
  if (id !== undefined && id !== '') fields.id = id;
  else malformed.push('id');
  const title = text(data.title);
  if (title !== undefined) fields.title = title;
  if (Number.isInteger(data.version) && (data.version as number) >= 1)
    fields.version = data.version as number;
  else malformed.push('version');
  const entities = data.entities;
  if (Array.isArray(entities)) fields.entities = memo(entitiesMemo, entities, () => entitiesOf(entities));
  else malformed.push('entities');
  const signatures = data.signatures;
  if (Array.isArray(signatures)) {
    const read = memo(signaturesMemo, signatures, () => {
      const problems: DateProblem[] = [];
      return { records: signaturesOf(signatures, '/signatures', problems), problems };
    });
    fields.signatures = read.records;
    for (const problem of read.problems) dateProblems.push(problem);
  } else if (signatures !== undefined && signatures !== null) malformed.push('signatures');
  const amendments = data.amendments;
  if (Array.isArray(amendments)) {
    const read = memo(amendmentsMemo, amendments, () => amendmentsOf(amendments));
    fields.amendments = read.records;
    for (const problem of read.problems) dateProblems.push(problem);
  }
  if (isRecord(data.renewal)) {
    const { period_years: period, notice_months: notice, tacit } = data.renewal;
    if (Number.isInteger(period) && (period as number) >= 1) fields.periodYears = period as number;
    if (Number.isInteger(notice) && (notice as number) >= 0) fields.noticeMonths = notice as number;
    fields.tacit = tacit === true;
  }
  if (isRecord(data.terminated) && isValidDate(data.terminated.date)) {
    fields.terminatedOn = data.terminated.date;
    const reason = text(data.terminated.reason);
    if (reason !== undefined) fields.terminatedReason = reason;
  }
  if (isRecord(data.suspended) && isValidDate(data.suspended.since)) {
    fields.suspendedSince = data.suspended.since;
    const reason = text(data.suspended.reason);
    if (reason !== undefined) fields.suspendedReason = reason;
    if (isValidDate(data.suspended.resumed_on)) fields.resumedOn = data.suspended.resumed_on;
  }
  return fields;
}

type ModelView = Pick<
  Charter,
  'entities' | 'signatures' | 'renewal' | 'terminated' | 'suspended' | 'amendments'
>;

const views = new WeakMap<LifecycleFields, ModelView>();

// The views the model reads: their types are the schema's, narrower than what is built here.
const entityViews = new WeakMap<object, unknown[]>();
const signatureViews = new WeakMap<object, Array<{ entity: string; date: string }>>();
const amendmentViews = new WeakMap<object, unknown[]>();

function signatureView(signatures: readonly SignatureRecord[]): Array<{ entity: string; date: string }> {
  return memo(signatureViews, signatures, () => {
    const view: Array<{ entity: string; date: string }> = [];
    for (const s of signatures) if (s.date !== undefined) view.push({ entity: s.entity, date: s.date });
    return view;
  });
}

function entityView(entities: readonly EntityRecord[]): unknown[] {
  return memo(entityViews, entities, () =>
    entities.map((e) =>
      e.requiredSigner === true
        ? { id: e.id, role: e.role, required_signer: true }
        : { id: e.id, role: e.role },
    ),
  );
}

function amendmentView(amendments: readonly AmendmentRecord[]): unknown[] {
  return memo(amendmentViews, amendments, () =>
    amendments.map((a) =>
      a.withdrawn === true
        ? { number: a.number, joining: a.joining, signatures: signatureView(a.signatures), withdrawn: {} }
        : { number: a.number, joining: a.joining, signatures: signatureView(a.signatures) },
    ),
  );
}

/** The shape the model's derived values read, built from checked fields only (parts kept by identity, as the records are). */
export function modelView(fields: LifecycleFields): ModelView {
  const cached = views.get(fields);
  if (cached) return cached;
  const view: Record<string, unknown> = {
    entities: entityView(fields.entities),
    signatures: signatureView(fields.signatures),
    amendments: amendmentView(fields.amendments),
    renewal: { period_years: fields.periodYears, notice_months: fields.noticeMonths, tacit: fields.tacit },
  };
  if (fields.terminatedOn !== undefined) view.terminated = { date: fields.terminatedOn };
  if (fields.suspendedSince !== undefined) view.suspended = { since: fields.suspendedSince };
  // The model functions read only the properties built above; the rest of Charter is not needed.
  const typed = view as unknown as ModelView;
  views.set(fields, typed);
  return typed;
}

/**
 * The version's required signers (the model's rule), kept by the identity of the entity and
 * avenant records they come from: most versions differ from the one before by a signature only.
 */
const signersMemo = new WeakMap<object, WeakMap<object, string[]>>();

function requiredSignersOf(fields: LifecycleFields): string[] {
  let byAmendments = signersMemo.get(fields.entities);
  if (byAmendments === undefined) {
    byAmendments = new WeakMap();
    signersMemo.set(fields.entities, byAmendments);
  }
  let signers = byAmendments.get(fields.amendments);
  if (signers === undefined) {
    const view = modelView(fields);
    signers = requiredSigners(view);
    byAmendments.set(fields.amendments, signers);
  }
  return signers;
}

export function fieldsSignedOn(fields: LifecycleFields): CalendarDate | undefined {
  // The model's signedOn: the required signers' last dated signatures, once all are there.
  return completedOn(requiredSignersOf(fields), signatureView(fields.signatures));
}

export function fieldsDueOn(fields: LifecycleFields): CalendarDate | undefined {
  const signed = fieldsSignedOn(fields);
  return signed === undefined ? undefined : addYears(signed, fields.periodYears);
}

export function fieldsStatus(fields: LifecycleFields, asOf: CalendarDate): CharterStatus {
  return charterStatus(modelView(fields), asOf);
}

/** The entities whose signature this version requires (the model's rule). */
export function fieldsRequiredSigners(fields: LifecycleFields): string[] {
  // A copy: callers may add to it.
  return [...requiredSignersOf(fields)];
}

/** The entities whose signature avenant `number` requires. */
export function fieldsAmendmentSigners(fields: LifecycleFields, number: number): string[] {
  return amendmentSigners(modelView(fields), number);
}

/** The day avenant `number` was completed, once all its signers have signed. */
export function fieldsAmendmentSignedOn(fields: LifecycleFields, number: number): CalendarDate | undefined {
  // Asked again for every commit that carries the same fields (the history's grouping): kept.
  let known = amendmentDates.get(fields);
  if (known === undefined) {
    known = new Map();
    amendmentDates.set(fields, known);
  }
  if (known.has(number)) return known.get(number);
  const on = amendmentSignedOn(modelView(fields), number);
  known.set(number, on);
  return on;
}

const amendmentDates = new WeakMap<LifecycleFields, Map<number, CalendarDate | undefined>>();

/** The numbers of the avenants completed in this file version, in order. */
export function completedAmendments(fields: LifecycleFields): number[] {
  const numbers: number[] = [];
  for (let i = 0; i < fields.amendments.length; i++) {
    const number = fields.amendments[i]!.number;
    if (fieldsAmendmentSignedOn(fields, number) !== undefined) numbers.push(number);
  }
  return numbers.sort((a, b) => a - b);
}
