/**
 * `charte renew`: the five-year indicator. For every charter found (the same discovery as
 * validate), two answers kept apart:
 *
 * - the STANDING of the last fully signed version, from git history: the last commit (or the
 *   working file) where every required signer of its version had signed; its due date runs from
 *   that signature, avenants do not move it; suspension and termination (read in the working
 *   file) replace any lateness;
 * - the WORK IN PROGRESS, if any: a first signature, a renewal (version N+1), an avenant, or a
 *   signed version changed without one (a partner added): who signed, who is awaited, which
 *   decisions are present or missing, who joins.
 *
 * computeRenewReport is the single entry point (renew and the portfolio report use it). It
 * returns data; the CLI formats it (renew-format.ts) and chooses the exit code.
 */
import { createHash } from 'node:crypto';
import { displayPath } from '../git/index.js';
import {
  type CharterHistory,
  HistoryReader,
  type HistoryStart,
  startHistoryFor,
  type Touch,
  type VersionRecord,
} from '../history/index.js';
import {
  type EntityRecord,
  fieldsAmendmentSigners,
  fieldsRequiredSigners,
  type LifecycleFields,
  type SignatureRecord,
} from '../history/lifecycle-fields.js';
import {
  frontMatterEnd,
  parseVersion,
  type VersionChain,
  VersionStateReader,
} from '../history/version-state.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { discover, looksLikeCharter } from '../load/discover.js';
import { peekText, readSource, SourceError, type SourceText } from '../load/source.js';
import { type CharterState, STATE_SEVERITY } from '../model/charter.js';
import {
  addMonths,
  addYears,
  type CalendarDate,
  compareDates,
  daysBetween,
  isValidDate,
} from '../model/dates.js';
import type { SignedStanding, Standing, WorkInProgress } from '../model/standing.js';
import { canonicalJson } from '../text/changes.js';

export interface RenewOptions {
  cwd: string;
  lang: Lang;
  /** The day of the check. */
  asOf: CalendarDate;
  /** Environment for git (merged over process.env). */
  env?: NodeJS.ProcessEnv | undefined;
  /** Keep each working file's front matter in the details (the portfolio reads it). */
  frontMatter?: boolean | undefined;
  /** The git reads started by the caller (startHistoryFor on the same inputs); closed here. */
  early?: HistoryStart | undefined;
}

export interface RenewAmendmentEntry {
  number: number;
  purpose: string | null;
  /** The day its last required signature was given (null: not complete). */
  signedOn: string | null;
  /** The commit completing it (null: not committed, or before a shallow clone's history). */
  commit: string | null;
}

export interface RenewHistoryEntry {
  version: number;
  signedOn: string | null;
  /** The signing commit (full id). */
  commit: string | null;
  /**
   * The next version was fully signed by this one's due date (true) or after it (false); null
   * while no later version has been signed (the lateness of the version in force is its
   * standing, not a renewal that has not happened).
   */
  renewedOnTime: boolean | null;
  /** The day the next version was fully signed (null: not yet). */
  renewedOn: string | null;
  /** Avenants completed on this version. */
  amendments: RenewAmendmentEntry[];
}

/** A problem with a date of the working file that the indicator could not use as is. */
export interface RenewDateNotice {
  field: string;
  value: string;
  problem: 'invalid' | 'before-1900' | 'future';
}

/** One charter, exactly as the JSON output shows it. */
export interface RenewCharter {
  path: string;
  id: string | null;
  /** The version in the working file. */
  version: number | null;
  /** The standing as one of the model's states (never signed: draft or partially_signed). */
  state: CharterState;
  /** Of the last fully signed version (null: never signed). */
  signedOn: string | null;
  dueOn: string | null;
  /** Days from the day of the check to the due date, negative once overdue; null when suspended or terminated. */
  daysLeft: number | null;
  /** The text, commitments, entities or resources changed since the last signed text (null: unknown, or a new version). */
  amendedSinceSigning: boolean | null;
  standing: SignedStanding;
  work: WorkInProgress | null;
  /** Avenants completed on the version in force. */
  amendments: RenewAmendmentEntry[];
  /** Earlier versions, oldest first. */
  history: RenewHistoryEntry[];
}

/** What the text, Markdown and iCalendar formats show besides the JSON fields. */
export interface RenewDetail {
  title?: string;
  entities: EntityRecord[];
  noticeMonths: number;
  signingCommit?: string;
  /** The signatures recorded for the work in progress, by entity (dates for the text output). */
  workSignatures: SignatureRecord[];
  dateNotices: RenewDateNotice[];
  /**
   * The working file's front matter exactly as the loader reads it (not validated), when
   * options.frontMatter asks for it: read from the blocks the pass has parsed already.
   */
  frontMatter?: Record<string, unknown>;
}

export interface RenewNotice {
  severity: 'error' | 'warning';
  code: string;
  /** The file (or repository) concerned, relative to the current directory. */
  path: string;
  message: string;
}

export interface RenewReport {
  asOf: CalendarDate;
  charters: RenewCharter[];
  warnings: RenewNotice[];
  /** Keyed by the objects of `charters`. */
  details: Map<RenewCharter, RenewDetail>;
}

export const FAIL_ON = ['overdue', 'due_soon', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** How bad each standing is for `--fail-on` (the states' severities). */
export const STANDING_SEVERITY: Readonly<Record<Standing, number>> = {
  never_signed: 0,
  in_force: 0,
  suspended: 0,
  terminated: 0,
  due_soon: 1,
  overdue: 2,
};

/** Exit code of a report: 1 when a charter's standing is at least as late as `failOn`, or a file could not be read. */
export function renewExitCode(report: RenewReport, failOn: FailOn): 0 | 1 {
  if (report.warnings.some((w) => w.severity === 'error')) return 1;
  if (failOn === 'never') return 0;
  const threshold = STATE_SEVERITY[failOn];
  return report.charters.some((c) => STANDING_SEVERITY[c.standing.standing] >= threshold) ? 1 : 0;
}

/** A working file as renew reads it: the bytes and the lifecycle fields. */
export interface WorkingCharter {
  path: string;
  displayPath: string;
  bytes: Buffer;
  fields: LifecycleFields;
  signedOn?: string;
}

interface CandidateFile {
  path: string;
  source: SourceText;
}

/**
 * The files under `inputs` that are charters (the same discovery as validate), read once; a
 * file that cannot be read is loaded fully to report its problem with a line and column.
 */
async function readCandidates(
  inputs: readonly string[],
  options: Pick<RenewOptions, 'cwd' | 'lang'>,
  notices: RenewNotice[],
  states: VersionStateReader,
): Promise<CandidateFile[]> {
  // The state (read as the loader reads, cached for the history pass) answers looksLikeCharter's
  // question without a second parse: a readable front matter is a charter when it has `charte`
  // (and the text names it, as looksLikeCharter asks); an unreadable one is asked the long way.
  const isCharter = (path: string, source: SourceText): boolean => {
    // Most Markdown files stop here, as in looksLikeCharter.
    if (!source.text.includes('charte')) return false;
    const state = states.ofBytes(source.bytes, states.chain(path));
    return state.unreadable
      ? looksLikeCharter(source.text)
      : state.isCharter && source.text.includes('charte');
  };
  const candidates = await discover(inputs, options.cwd, options.lang);
  const files: CandidateFile[] = [];
  const giveWay = eventLoopTurns();
  for (const candidate of candidates) {
    // The files are read synchronously: git's output must still be drained meanwhile, or the
    // log pass started beside this loop stops on a full pipe.
    await giveWay();
    let source: SourceText | undefined;
    try {
      source = await readSource(candidate.path, options.lang);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
    }
    if (source && !candidate.explicit && !isCharter(candidate.path, source)) continue;
    if (source) files.push({ path: candidate.path, source });
    else if (candidate.explicit || looksLikeCharter(peekText(candidate.path) ?? '')) {
      notices.push(await loadProblem(candidate.path, options));
    }
  }
  return files;
}

/** The first fatal problem of a file, as the loader reports it, or "not a charter". */
async function loadProblem(path: string, options: Pick<RenewOptions, 'cwd' | 'lang'>): Promise<RenewNotice> {
  // The full loader (gray-matter, positioned YAML) only for the files that need it.
  const { loadCharterFile } = await import('../load/charter-file.js');
  const file = await loadCharterFile(path, options);
  const fatal = file.diagnostics.find((d) => d.fatal);
  if (fatal) {
    return {
      severity: 'error',
      code: fatal.rule,
      path: file.displayPath,
      message: `${file.displayPath}:${fatal.line}:${fatal.column}: ${fatal.message}`,
    };
  }
  return {
    severity: 'error',
    code: 'not-a-charter',
    path: file.displayPath,
    message: messages(options.lang).renew.notACharter(file.displayPath),
  };
}

/**
 * A function to await between pieces of synchronous work: every few milliseconds it lets the
 * event loop run (the output of the git processes working beside is read then), otherwise it
 * returns at once.
 */
function eventLoopTurns(every = 4): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < every) return;
    await new Promise((resolve) => setImmediate(resolve));
    last = performance.now();
  };
}

/** Reads the lifecycle fields of the working files, giving way to git's output every few milliseconds. */
async function readWorking(
  candidates: readonly CandidateFile[],
  states: VersionStateReader,
  options: Pick<RenewOptions, 'cwd' | 'lang'>,
  notices: RenewNotice[],
): Promise<Map<string, WorkingCharter>> {
  const working = new Map<string, WorkingCharter>();
  const giveWay = eventLoopTurns();
  for (const candidate of candidates) {
    await giveWay();
    const state = states.ofBytes(candidate.source.bytes, states.chain(candidate.path));
    if (state.fields && state.isCharter) {
      const file: WorkingCharter = {
        path: candidate.path,
        displayPath: displayPath(candidate.path, options.cwd),
        bytes: candidate.source.bytes,
        fields: state.fields,
      };
      if (state.signedOn !== undefined) file.signedOn = state.signedOn;
      working.set(candidate.path, file);
    } else notices.push(await loadProblem(candidate.path, options));
  }
  return working;
}

/** Charters under `inputs`, with their lifecycle fields (not validated: renew answers for any charter it can read). */
export async function loadCharters(
  inputs: readonly string[],
  options: Pick<RenewOptions, 'cwd' | 'lang'>,
  states: VersionStateReader = new VersionStateReader(options.lang),
): Promise<{ files: WorkingCharter[]; notices: RenewNotice[] }> {
  const notices: RenewNotice[] = [];
  const candidates = await readCandidates(inputs, options, notices, states);
  const files = [...(await readWorking(candidates, states, options, notices)).values()];
  files.sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return { files, notices };
}

/**
 * The standing and the work in progress of every charter under `inputs` (files, directories,
 * globs; default: the current directory), on `options.asOf`. The single entry point of the
 * indicator: `renew` formats its result, the portfolio report reads it.
 */
export async function computeRenewReport(
  inputs: readonly string[],
  options: RenewOptions,
): Promise<RenewReport> {
  const states = new VersionStateReader(options.lang);
  const notices: RenewNotice[] = [];
  // The git log of the repositories under `inputs` runs while the charters are found and read
  // (the log is by far the longest git read): started by the caller already, or now.
  const early = options.early ?? startHistoryFor(inputs, options.cwd, options);
  let history: HistoryReader;
  let working: Map<string, WorkingCharter>;
  try {
    const candidates = await readCandidates(inputs, options, notices, states);
    // Tags are named after the id each version has in git (CharterInput.id is only a fallback).
    const historyRead = HistoryReader.read(
      candidates.map((c) => ({ path: c.path })),
      { ...options, states, early },
    );
    working = await readWorking(candidates, states, options, notices).catch(async (error: unknown) => {
      await historyRead.then((h) => h.close()).catch(() => {});
      throw error;
    });
    history = await historyRead;
  } finally {
    early.close();
  }
  const files = [...working.values()].sort((a, b) =>
    a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0,
  );
  const report: RenewReport = { asOf: options.asOf, charters: [], warnings: notices, details: new Map() };
  const t = messages(options.lang).renew;
  try {
    // All at once: the signed texts they need are read in one batch from git.
    const entries = await Promise.all(
      files.map((file) => charterEntry(file, history.histories.get(file.path)!, history, options)),
    );
    for (const [index, file] of files.entries()) {
      const f = file.fields;
      const entry = entries[index]!;
      report.charters.push(entry.charter);
      report.details.set(entry.charter, entry.detail);
      if (options.frontMatter) {
        const data =
          states.frontMatterData(file.bytes, states.chain(file.path)) ??
          parseVersion(file.bytes, options.lang).data;
        if (data !== undefined) entry.detail.frontMatter = data;
      }
      if (f.malformed.length > 0) {
        report.warnings.push({
          severity: 'warning',
          code: 'malformed-fields',
          path: file.displayPath,
          message: t.malformedFields(file.displayPath, f.malformed.join(', ')),
        });
      }
      for (const notice of entry.detail.dateNotices) {
        report.warnings.push({
          severity: 'warning',
          code: notice.problem === 'future' ? 'future-signature-date' : 'invalid-signature-date',
          path: file.displayPath,
          message:
            notice.problem === 'future'
              ? t.futureSignatureDate(file.displayPath, notice.field, notice.value, options.asOf)
              : notice.problem === 'before-1900'
                ? t.signatureBefore1900(file.displayPath, notice.field, notice.value)
                : t.invalidSignatureDate(file.displayPath, notice.field, notice.value),
        });
      }
    }
  } finally {
    await history.close();
  }
  // Warnings about files that turned out not to be charters are not worth a word.
  const reported = new Set(files.map((f) => displayPath(f.path, options.cwd)));
  for (const warning of history.warnings) {
    if (warning.code === 'untracked' && !reported.has(warning.path)) continue;
    report.warnings.push({ severity: 'warning', ...warning });
  }
  report.warnings.push(...duplicateIds(report.charters, options.lang));
  return report;
}

/** The former name of computeRenewReport. */
export const renewReport = computeRenewReport;

/** The last fully signed text of a charter: the working file, or the last commit where it was complete. */
interface SignedText {
  fields: LifecycleFields;
  signedOn: CalendarDate;
  /** The commit (null: the working file, signed and not committed). */
  touch: Touch | null;
}

function lastSignedText(file: WorkingCharter, history: CharterHistory): SignedText | undefined {
  if (file.signedOn !== undefined) {
    // Signed in the working file: the commit where it was completed, if committed.
    const record = versionOf(history, file.fields.version);
    return { fields: file.fields, signedOn: file.signedOn, touch: record?.signing ?? null };
  }
  for (let i = history.touches.length - 1; i >= 0; i--) {
    const touch = history.touches[i]!;
    const { state } = touch;
    if (state.fields && state.signedOn !== undefined && state.isCharter) {
      const record = versionOf(history, state.fields.version);
      return { fields: state.fields, signedOn: state.signedOn, touch: record?.signing ?? touch };
    }
  }
  return undefined;
}

function versionOf(history: CharterHistory, version: number | undefined): VersionRecord | undefined {
  return version === undefined ? undefined : history.versions.find((v) => v.version === version);
}

function dueDate(signed: SignedText, asOf: CalendarDate): CalendarDate {
  const period = signed.fields.periodYears;
  let due = addYears(signed.signedOn, period);
  // A charter that says it renews tacitly renews itself for the same period at each due date.
  if (signed.fields.tacit) while (compareDates(asOf, due) > 0) due = addYears(due, period);
  return due;
}

/** The standing of the last fully signed version on `asOf`. */
export function standingOf(
  working: LifecycleFields,
  signed: SignedText | undefined,
  completedOnSigned: readonly number[],
  asOf: CalendarDate,
): SignedStanding {
  const standing: SignedStanding = {
    standing: 'never_signed',
    version: signed?.fields.version ?? null,
    amendment: completedOnSigned.length > 0 ? completedOnSigned[completedOnSigned.length - 1]! : null,
    signedOn: signed?.signedOn ?? null,
    dueOn: null,
    daysLeft: null,
    daysLate: null,
    suspended:
      working.suspendedSince !== undefined
        ? {
            since: working.suspendedSince,
            reason: working.suspendedReason ?? '',
            resumedOn: working.resumedOn ?? null,
          }
        : null,
    terminated:
      working.terminatedOn !== undefined
        ? { date: working.terminatedOn, reason: working.terminatedReason ?? '' }
        : null,
  };
  if (signed) standing.dueOn = dueDate(signed, asOf);
  if (working.terminatedOn !== undefined && compareDates(working.terminatedOn, asOf) <= 0) {
    standing.standing = 'terminated';
    return standing;
  }
  const resumed = working.resumedOn !== undefined && compareDates(working.resumedOn, asOf) <= 0;
  if (working.suspendedSince !== undefined && compareDates(working.suspendedSince, asOf) <= 0 && !resumed) {
    standing.standing = 'suspended';
    return standing;
  }
  if (!signed || standing.dueOn === null) return standing;
  const due = standing.dueOn;
  if (compareDates(asOf, due) > 0) {
    standing.standing = 'overdue';
    standing.daysLate = daysBetween(due, asOf);
    return standing;
  }
  standing.daysLeft = daysBetween(asOf, due);
  standing.standing =
    compareDates(asOf, addMonths(due, -signed.fields.noticeMonths)) >= 0 ? 'due_soon' : 'in_force';
  return standing;
}

function signedEntities(signatures: readonly SignatureRecord[], signers: readonly string[]): Set<string> {
  const valid = new Set(signatures.filter((s) => isValidDate(s.date)).map((s) => s.entity));
  return new Set(signers.filter((id) => valid.has(id)));
}

function work(
  kind: WorkInProgress['kind'],
  version: number,
  signers: readonly string[],
  signatures: readonly SignatureRecord[],
  decisions: readonly { entity: string }[],
  joining: readonly string[],
  amendment?: { number: number; purpose?: string | undefined },
): WorkInProgress {
  const signed = signedEntities(signatures, signers);
  const decided = new Set(decisions.map((d) => d.entity));
  return {
    kind,
    version,
    amendment: amendment?.number ?? null,
    purpose: amendment?.purpose ?? null,
    signed: signers.filter((id) => signed.has(id)),
    awaited: signers.filter((id) => !signed.has(id)),
    decisionsPresent: signers.filter((id) => decided.has(id)),
    decisionsMissing: signers.filter((id) => !decided.has(id)),
    joining: [...joining],
  };
}

/** What is being signed now, if anything, and the signatures it holds. */
export function workOf(
  file: Pick<WorkingCharter, 'fields' | 'signedOn'>,
  signed: SignedText | undefined,
): { work: WorkInProgress; signatures: SignatureRecord[] } | null {
  const w = file.fields;
  if (file.signedOn !== undefined) {
    // The version is complete: an avenant may be open on it.
    // A withdrawn avenant is closed: it is neither open nor completed.
    const open = w.amendments
      .filter((a) => a.withdrawn !== true && !completedIn(w, a.number))
      .sort((a, b) => a.number - b.number)[0];
    if (!open) return null;
    return {
      work: work(
        'amendment',
        w.version ?? 0,
        fieldsAmendmentSigners(w, open.number),
        open.signatures,
        open.decisions,
        open.joining,
        open,
      ),
      signatures: open.signatures,
    };
  }
  const signers = fieldsRequiredSigners(w);
  const version = w.version ?? signed?.fields.version ?? 0;
  if (!signed)
    return {
      work: work('first_signature', version, signers, w.signatures, w.decisions, []),
      signatures: w.signatures,
    };
  const before = new Set(fieldsRequiredSigners(signed.fields));
  const joining = signers.filter((id) => !before.has(id));
  const signedVersion = signed.fields.version;
  const kind =
    w.version !== undefined && signedVersion !== undefined && w.version > signedVersion
      ? 'renewal'
      : 'unsigned_change';
  return { work: work(kind, version, signers, w.signatures, w.decisions, joining), signatures: w.signatures };
}

function completedIn(fields: LifecycleFields, number: number): boolean {
  const signers = fieldsAmendmentSigners(fields, number);
  const amendment = fields.amendments.find((a) => a.number === number);
  if (!amendment || amendment.withdrawn === true) return false;
  const done = signedEntities(amendment.signatures, signers);
  return signers.every((id) => done.has(id));
}

function dateNotices(fields: LifecycleFields, asOf: CalendarDate): RenewDateNotice[] {
  const notices: RenewDateNotice[] = fields.dateProblems.map((p) => ({
    field: fieldName(p.pointer),
    value: p.value,
    problem: p.problem,
  }));
  const future = (list: readonly SignatureRecord[], prefix: string) => {
    for (const [index, s] of list.entries()) {
      if (isValidDate(s.date) && compareDates(s.date, asOf) > 0)
        notices.push({ field: `${prefix}[${index}].date`, value: s.date, problem: 'future' });
    }
  };
  future(fields.signatures, 'signatures');
  for (const [index, a] of fields.amendments.entries())
    future(a.signatures, `amendments[${index}].signatures`);
  return notices;
}

/** `/amendments/0/signatures/1/date` → `amendments[0].signatures[1].date`. */
function fieldName(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

function amendmentEntries(
  record: VersionRecord | undefined,
  fields: LifecycleFields | undefined,
): RenewAmendmentEntry[] {
  const entries = new Map<number, RenewAmendmentEntry>();
  for (const a of record?.amendments ?? []) {
    if (a.signedOn === undefined && !a.signingUnknown) continue;
    entries.set(a.number, {
      number: a.number,
      purpose: a.purpose ?? null,
      signedOn: a.signedOn ?? null,
      commit: a.signing?.commit.sha ?? null,
    });
  }
  // Completed in the working file and not committed yet.
  for (const a of fields?.amendments ?? []) {
    if (entries.has(a.number) || !fields || !completedIn(fields, a.number)) continue;
    const dates = a.signatures
      .map((s) => s.date)
      .filter(isValidDate)
      .sort();
    entries.set(a.number, {
      number: a.number,
      purpose: a.purpose ?? null,
      signedOn: dates.at(-1) ?? null,
      commit: null,
    });
  }
  return [...entries.values()].sort((x, y) => x.number - y.number);
}

async function charterEntry(
  file: WorkingCharter,
  history: CharterHistory,
  reader: HistoryReader,
  options: RenewOptions,
): Promise<{ charter: RenewCharter; detail: RenewDetail }> {
  const fields = file.fields;
  const signed = lastSignedText(file, history);
  const signedRecord = versionOf(history, signed?.fields.version);
  // The avenants completed on the version in force: in the working file when it is that version.
  const sameVersion = signed !== undefined && fields.version === signed.fields.version;
  const amendments = signed ? amendmentEntries(signedRecord, sameVersion ? fields : signed.fields) : [];
  const standing = standingOf(
    fields,
    signed,
    amendments.map((a) => a.number),
    options.asOf,
  );
  const current = workOf(file, signed);
  const anySignature = fields.signatures.some((s) => isValidDate(s.date));
  const state: CharterState =
    standing.standing === 'never_signed' ? (anySignature ? 'partially_signed' : 'draft') : standing.standing;
  const noLateness = standing.standing === 'suspended' || standing.standing === 'terminated';
  const charter: RenewCharter = {
    path: file.displayPath,
    id: fields.id ?? null,
    version: fields.version ?? null,
    state,
    signedOn: standing.signedOn,
    dueOn: standing.dueOn,
    daysLeft: standing.dueOn === null || noLateness ? null : daysBetween(options.asOf, standing.dueOn),
    amendedSinceSigning: await amendedSinceSigning(
      file,
      signed,
      sameVersion,
      signedRecord,
      history,
      reader,
      options,
    ),
    standing,
    work: current?.work ?? null,
    amendments,
    history: earlierVersions(history, signed?.fields.version ?? fields.version, standing.signedOn),
  };
  const detail: RenewDetail = {
    entities: fields.entities,
    noticeMonths: signed?.fields.noticeMonths ?? fields.noticeMonths,
    workSignatures: current?.signatures ?? [],
    dateNotices: dateNotices(fields, options.asOf),
  };
  if (fields.title !== undefined) detail.title = fields.title;
  if (signed?.touch) detail.signingCommit = signed.touch.commit.sha;
  return { charter, detail };
}

/** The last commit completing the signed text: the version's signing, or a later avenant's. */
function lastSigningTouch(record: VersionRecord | undefined): Touch | undefined {
  let last = record?.signing;
  for (const a of record?.amendments ?? []) {
    if (a.signing && (!last || record!.touches.indexOf(a.signing) > record!.touches.indexOf(last)))
      last = a.signing;
  }
  return last;
}

async function amendedSinceSigning(
  file: WorkingCharter,
  signed: SignedText | undefined,
  sameVersion: boolean,
  record: VersionRecord | undefined,
  history: CharterHistory,
  reader: HistoryReader,
  options: RenewOptions,
): Promise<boolean | null> {
  if (history.status !== 'ok' || !signed) return null;
  // A later version is a new text: it is reported as work in progress, not as an amendment.
  if (
    !sameVersion &&
    file.signedOn === undefined &&
    (file.fields.version ?? 0) > (signed.fields.version ?? 0)
  )
    return null;
  const signing = lastSigningTouch(record);
  if (!signing) {
    if (record?.signingUnknown) return null;
    // Signed in the working file and not committed yet: nothing has changed since the signatures.
    return file.signedOn !== undefined ? false : null;
  }
  // The usual case costs one hash: the working file is byte for byte what was signed.
  if (gitBlobId(file.bytes, signing.blob.length) === signing.blob) return false;
  const blob = await reader.blob(history, signing.blob);
  if (blob === undefined) return null;
  const quick = amendedByBlocks(reader.states, blob, file.bytes, reader.states.chain(file.path));
  if (quick !== undefined) return quick;
  const before = parseVersion(blob, options.lang);
  const after = parseVersion(file.bytes, options.lang);
  if (before.data === undefined || after.data === undefined) return true;
  return amendedBetween(before, after);
}

/**
 * amendedBetween without parsing either text whole, when that gives the same answer: both front
 * matters are read from their cached blocks (exactly the loader's value), and each body is the
 * loader's (splitFrontMatter's body: the text after the closing fence's line). Undefined when
 * only the loader can tell.
 */
function amendedByBlocks(
  states: VersionStateReader,
  before: Buffer,
  after: Buffer,
  chain: VersionChain,
): boolean | undefined {
  // Both read against the working file's front matter, read first: only what differs is parsed.
  const a = states.frontMatterData(before, chain);
  const b = states.frontMatterData(after, chain);
  if (a === undefined || b === undefined) return undefined;
  const bodyStart = (bytes: Buffer) =>
    frontMatterEnd(bytes, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0) + 1;
  const startBefore = Math.min(bodyStart(before), before.length);
  const startAfter = Math.min(bodyStart(after), after.length);
  // The same body bytes: the same text, nothing to decode.
  if (
    before.length - startBefore !== after.length - startAfter ||
    before.compare(after, startAfter, after.length, startBefore, before.length) !== 0
  ) {
    const body = (bytes: Buffer, start: number) =>
      start >= bytes.length ? '' : bytes.toString('utf8', start);
    if (normalizeEol(body(before, startBefore)) !== normalizeEol(body(after, startAfter))) return true;
  }
  return frontMatterAmended(a, b);
}

/** Body text (line endings aside), commitments, entities or resources differ. */
export function amendedBetween(
  before: { data?: Record<string, unknown> | undefined; body: string },
  after: { data?: Record<string, unknown> | undefined; body: string },
): boolean {
  return (
    normalizeEol(before.body) !== normalizeEol(after.body) || frontMatterAmended(before.data, after.data)
  );
}

/** The front matter's parts whose change amends a signed text (besides the body). */
const AMENDED_KEYS = ['commitments', 'entities', 'resources'] as const;

function frontMatterAmended(
  a: Record<string, unknown> | undefined,
  b: Record<string, unknown> | undefined,
): boolean {
  // The same value object (a block the reader kept) is the same content: no JSON needed.
  return AMENDED_KEYS.some(
    (key) => a?.[key] !== b?.[key] && canonicalJson(a?.[key]) !== canonicalJson(b?.[key]),
  );
}

export function normalizeEol(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** The id git gives these bytes as a blob (SHA-1 or SHA-256, by the id's length). */
function gitBlobId(bytes: Buffer, idLength: number): string {
  const hash = createHash(idLength === 64 ? 'sha256' : 'sha1');
  hash.update(`blob ${bytes.length}\0`);
  hash.update(bytes);
  return hash.digest('hex');
}

/**
 * The versions before the one in force (or before the working one when nothing is signed),
 * oldest first, each with whether its renewal came on time, once it came.
 */
function earlierVersions(
  history: CharterHistory,
  inForce: number | undefined,
  inForceSignedOn: string | null,
): RenewHistoryEntry[] {
  const earlier = history.versions
    .filter((v): v is VersionRecord & { version: number } => v.version !== undefined)
    .filter((v) => inForce === undefined || v.version < inForce)
    .sort((a, b) => a.version - b.version);
  return earlier.map((record, index) => {
    const next = earlier[index + 1];
    // The next version that was fully signed: a later one in this list, or the one in force.
    const nextSignedOn = next ? (next.signedOn ?? null) : inForceSignedOn;
    return {
      version: record.version,
      signedOn: record.signedOn ?? null,
      commit: record.signing?.commit.sha ?? null,
      renewedOnTime:
        record.dueOn === undefined || nextSignedOn === null
          ? null
          : compareDates(nextSignedOn, record.dueOn) <= 0,
      renewedOn: nextSignedOn,
      amendments: amendmentEntries(record, undefined),
    };
  });
}

function duplicateIds(charters: readonly RenewCharter[], lang: Lang): RenewNotice[] {
  const byId = new Map<string, string[]>();
  for (const c of charters) if (c.id !== null) byId.set(c.id, [...(byId.get(c.id) ?? []), c.path]);
  const notices: RenewNotice[] = [];
  for (const [id, paths] of byId) {
    if (paths.length < 2) continue;
    notices.push({
      severity: 'warning',
      code: 'duplicate-id',
      path: paths[0]!,
      message: messages(lang).renew.duplicateId(paths.length, id, paths.join(', ')),
    });
  }
  return notices;
}
