/**
 * The few fields the signature lifecycle reads (id, version, entities and their roles,
 * signatures, renewal, termination, suspension), taken from a front matter value that may be
 * malformed: anything of the wrong shape is left out, never trusted, so that an old version in
 * git or a half-edited working file still gets an answer instead of a crash.
 */
import {
  type Charter,
  type CharterStatus,
  charterStatus,
  signedOn as computeSignedOn,
  DEFAULT_NOTICE_MONTHS,
  DEFAULT_PERIOD_YEARS,
} from '../model/charter.js';
import { addYears, type CalendarDate, isValidDate } from '../model/dates.js';

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
}

export interface LifecycleFields {
  id?: string;
  title?: string;
  version?: number;
  entities: EntityRecord[];
  signatures: SignatureRecord[];
  periodYears: number;
  noticeMonths: number;
  tacit: boolean;
  terminatedOn?: string;
  suspendedSince?: string;
  /** What was missing or of the wrong shape (field names), for a warning. */
  malformed: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function lifecycleFields(data: Record<string, unknown>): LifecycleFields {
  const malformed: string[] = [];
  const fields: LifecycleFields = {
    entities: [],
    signatures: [],
    periodYears: DEFAULT_PERIOD_YEARS,
    noticeMonths: DEFAULT_NOTICE_MONTHS,
    tacit: false,
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
  if (Array.isArray(data.entities)) {
    for (const entity of data.entities) {
      if (!isRecord(entity) || typeof entity.id !== 'string') continue;
      const record: EntityRecord = { id: entity.id };
      const name = text(entity.name);
      if (name !== undefined) record.name = name;
      const role = text(entity.role);
      if (role !== undefined) record.role = role;
      fields.entities.push(record);
    }
  } else malformed.push('entities');
  if (Array.isArray(data.signatures)) {
    for (const signature of data.signatures) {
      if (!isRecord(signature) || typeof signature.entity !== 'string') continue;
      const record: SignatureRecord = { entity: signature.entity };
      for (const key of ['signatory', 'capacity', 'date', 'place', 'decision'] as const) {
        const value = text(signature[key]);
        if (value !== undefined) record[key] = value;
      }
      fields.signatures.push(record);
    }
  } else if (data.signatures !== undefined && data.signatures !== null) malformed.push('signatures');
  if (isRecord(data.renewal)) {
    const { period_years: period, notice_months: notice, tacit } = data.renewal;
    if (Number.isInteger(period) && (period as number) >= 1) fields.periodYears = period as number;
    if (Number.isInteger(notice) && (notice as number) >= 0) fields.noticeMonths = notice as number;
    fields.tacit = tacit === true;
  }
  if (isRecord(data.terminated) && isValidDate(data.terminated.date))
    fields.terminatedOn = data.terminated.date;
  if (isRecord(data.suspended) && isValidDate(data.suspended.since))
    fields.suspendedSince = data.suspended.since;
  return fields;
}

/** The shape the model's derived values read, built from checked fields only. */
function modelView(
  fields: LifecycleFields,
): Pick<Charter, 'entities' | 'signatures' | 'renewal' | 'terminated' | 'suspended'> {
  const view = {
    entities: fields.entities.map((e) => ({ id: e.id, role: e.role })),
    signatures: fields.signatures
      .filter((s) => s.date !== undefined)
      .map((s) => ({ entity: s.entity, date: s.date })),
    renewal: { period_years: fields.periodYears, notice_months: fields.noticeMonths, tacit: fields.tacit },
    ...(fields.terminatedOn !== undefined ? { terminated: { date: fields.terminatedOn } } : {}),
    ...(fields.suspendedSince !== undefined ? { suspended: { since: fields.suspendedSince } } : {}),
  };
  // The model functions read only the properties built above; the rest of Charter is not needed.
  return view as unknown as Pick<Charter, 'entities' | 'signatures' | 'renewal' | 'terminated' | 'suspended'>;
}

export function fieldsSignedOn(fields: LifecycleFields): CalendarDate | undefined {
  return computeSignedOn(modelView(fields));
}

export function fieldsDueOn(fields: LifecycleFields): CalendarDate | undefined {
  const signed = fieldsSignedOn(fields);
  return signed === undefined ? undefined : addYears(signed, fields.periodYears);
}

export function fieldsStatus(fields: LifecycleFields, asOf: CalendarDate): CharterStatus {
  return charterStatus(modelView(fields), asOf);
}
