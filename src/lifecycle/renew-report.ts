/**
 * `charte renew`: the five-year indicator. For every charter found (the same discovery as
 * validate), today's state from the working file, and from git: whether the text changed since
 * the signing commit of the current version, and the earlier versions with their signing
 * commits. Returns data; the CLI formats it (renew-format.ts) and chooses the exit code.
 */
import { createHash } from 'node:crypto';
import { displayPath } from '../git/index.js';
import { type CharterHistory, HistoryReader, type VersionRecord } from '../history/index.js';
import { type EntityRecord, fieldsStatus, type LifecycleFields } from '../history/lifecycle-fields.js';
import { blockValue, cutBytes, lifecycleBlocks, VersionStateReader } from '../history/version-state.js';
import type { Lang } from '../i18n/index.js';
import type { CharterFile } from '../load/charter-file.js';
import { discover, looksLikeCharter } from '../load/discover.js';
import { peekText, readSource, SourceError, type SourceText } from '../load/source.js';
import { type CharterState, STATE_SEVERITY } from '../model/charter.js';
import { type CalendarDate, compareDates } from '../model/dates.js';

export interface RenewOptions {
  cwd: string;
  lang: Lang;
  /** The day of the check. */
  asOf: CalendarDate;
  /** Environment for git (merged over process.env). */
  env?: NodeJS.ProcessEnv | undefined;
}

export interface RenewHistoryEntry {
  version: number;
  signedOn: string | null;
  /** The signing commit (full id). */
  commit: string | null;
  /** The next version was signed by this one's due date (null: not known yet). */
  renewedOnTime: boolean | null;
}

/** One charter, exactly as the JSON output shows it. */
export interface RenewCharter {
  path: string;
  id: string | null;
  version: number | null;
  state: CharterState;
  signedOn: string | null;
  dueOn: string | null;
  daysLeft: number | null;
  /** The body, commitments, entities or resources changed since the signing commit (null: unknown). */
  amendedSinceSigning: boolean | null;
  history: RenewHistoryEntry[];
}

/** What the text, Markdown and iCalendar formats show besides the JSON fields. */
export interface RenewDetail {
  title?: string;
  entities: EntityRecord[];
  noticeMonths: number;
  signingCommit?: string;
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

/** Exit code of a report: 1 when a charter is at least as late as `failOn`, or a file could not be read. */
export function renewExitCode(report: RenewReport, failOn: FailOn): 0 | 1 {
  if (report.warnings.some((w) => w.severity === 'error')) return 1;
  if (failOn === 'never') return 0;
  const threshold = STATE_SEVERITY[failOn];
  return report.charters.some((c) => STATE_SEVERITY[c.state] >= threshold) ? 1 : 0;
}

/** A working file as renew reads it: the bytes and the lifecycle fields, the full parse only on demand. */
export interface WorkingCharter {
  path: string;
  displayPath: string;
  bytes: Buffer;
  fields: LifecycleFields;
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
): Promise<CandidateFile[]> {
  const candidates = await discover(inputs, options.cwd, options.lang);
  const files: CandidateFile[] = [];
  for (const candidate of candidates) {
    let source: SourceText | undefined;
    try {
      source = await readSource(candidate.path, options.lang);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
    }
    if (source && !candidate.explicit && !looksLikeCharter(source.text)) continue;
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
    message:
      options.lang === 'fr'
        ? `${file.displayPath} : ce fichier n'est pas une charte (pas de clé \`charte: 1\` dans son front matter)`
        : `${file.displayPath}: this file is not a charter (no \`charte: 1\` key in its front matter)`,
  };
}

/** Reads the lifecycle fields of the working files, giving way to git's output every few files. */
async function readWorking(
  candidates: readonly CandidateFile[],
  states: VersionStateReader,
  options: Pick<RenewOptions, 'cwd' | 'lang'>,
  notices: RenewNotice[],
): Promise<Map<string, WorkingCharter>> {
  const working = new Map<string, WorkingCharter>();
  for (const [index, candidate] of candidates.entries()) {
    if (index % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    const state = states.ofBytes(candidate.source.bytes);
    if (state.fields && state.isCharter) {
      working.set(candidate.path, {
        path: candidate.path,
        displayPath: displayPath(candidate.path, options.cwd),
        bytes: candidate.source.bytes,
        fields: state.fields,
      });
    } else notices.push(await loadProblem(candidate.path, options));
  }
  return working;
}

/** Charters under `inputs`, with their lifecycle fields (not validated: renew answers for any charter it can read). */
export async function loadCharters(
  inputs: readonly string[],
  options: Pick<RenewOptions, 'cwd' | 'lang'>,
  states: VersionStateReader = new VersionStateReader(),
): Promise<{ files: WorkingCharter[]; notices: RenewNotice[] }> {
  const notices: RenewNotice[] = [];
  const candidates = await readCandidates(inputs, options, notices);
  const files = [...(await readWorking(candidates, states, options, notices)).values()];
  files.sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return { files, notices };
}

export async function renewReport(inputs: readonly string[], options: RenewOptions): Promise<RenewReport> {
  const states = new VersionStateReader();
  const notices: RenewNotice[] = [];
  const candidates = await readCandidates(inputs, options, notices);
  // The git log starts now and streams while the working files are read: the two overlap.
  // Tags are named after the id each version has in git (CharterInput.id is only a fallback).
  const historyRead = HistoryReader.read(
    candidates.map((c) => ({ path: c.path })),
    { ...options, states },
  );
  const working = await readWorking(candidates, states, options, notices).catch(async (error: unknown) => {
    await historyRead.then((h) => h.close()).catch(() => {});
    throw error;
  });
  const history = await historyRead;
  const files = [...working.values()].sort((a, b) =>
    a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0,
  );
  const report: RenewReport = { asOf: options.asOf, charters: [], warnings: notices, details: new Map() };
  try {
    // All at once: the signing versions they need are read in one batch from git.
    const entries = await Promise.all(
      files.map((file) => charterEntry(file, history.histories.get(file.path)!, history, options)),
    );
    for (const [index, file] of files.entries()) {
      const f = file.fields;
      const entry = entries[index]!;
      report.charters.push(entry.charter);
      report.details.set(entry.charter, entry.detail);
      if (f.malformed.length > 0) {
        report.warnings.push({
          severity: 'warning',
          code: 'malformed-fields',
          path: file.displayPath,
          message:
            options.lang === 'fr'
              ? `${file.displayPath} : champ(s) absent(s) ou mal formé(s) : ${f.malformed.join(', ')} ; l'état est calculé avec ce qui se lit ; corrigez avec \`charte validate ${file.displayPath}\``
              : `${file.displayPath}: missing or malformed field(s): ${f.malformed.join(', ')}; the state is computed from what can be read; fix them with \`charte validate ${file.displayPath}\``,
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

async function charterEntry(
  file: WorkingCharter,
  history: CharterHistory,
  reader: HistoryReader,
  options: RenewOptions,
): Promise<{ charter: RenewCharter; detail: RenewDetail }> {
  const fields = file.fields;
  const status = fieldsStatus(fields, options.asOf);
  const current = fields.version === undefined ? undefined : findVersion(history, fields.version);
  const charter: RenewCharter = {
    path: file.displayPath,
    id: fields.id ?? null,
    version: fields.version ?? null,
    state: status.state,
    signedOn: status.signedOn ?? null,
    dueOn: status.dueOn ?? null,
    daysLeft: status.daysLeft ?? null,
    amendedSinceSigning: await amendedSinceSigning(file, status.signedOn, history, current, reader, options),
    history: earlierVersions(history, fields.version, status.signedOn, options.asOf),
  };
  const detail: RenewDetail = { entities: fields.entities, noticeMonths: fields.noticeMonths };
  if (fields.title !== undefined) detail.title = fields.title;
  if (current?.signing) detail.signingCommit = current.signing.commit.sha;
  return { charter, detail };
}

function findVersion(history: CharterHistory, version: number): VersionRecord | undefined {
  return history.versions.find((v) => v.version === version);
}

async function amendedSinceSigning(
  file: WorkingCharter,
  signedOn: string | undefined,
  history: CharterHistory,
  current: VersionRecord | undefined,
  reader: HistoryReader,
  options: RenewOptions,
): Promise<boolean | null> {
  if (history.status !== 'ok') return null;
  if (!current?.signing) {
    if (current?.signingUnknown) return null;
    // Signed in the working file and not committed yet: nothing has changed since the signatures.
    return signedOn !== undefined ? false : null;
  }
  const signing = current.signing;
  // The usual case costs one hash: the working file is byte for byte what was signed.
  if (gitBlobId(file.bytes, signing.blob.length) === signing.blob) return false;
  const blob = await reader.blob(history, signing.blob);
  if (blob === undefined) return null;
  const quick = quickAmended(blob, file.bytes);
  if (quick !== undefined) return quick;
  const { loadCharterFile } = await import('../load/charter-file.js');
  const [signed, working] = await Promise.all([
    loadCharterFile(file.path, { cwd: options.cwd, lang: options.lang, bytes: blob }),
    loadCharterFile(file.path, { cwd: options.cwd, lang: options.lang, bytes: file.bytes }),
  ]);
  if (signed.data === undefined || working.data === undefined) return true;
  return amendedBetween(signed, working);
}

const AMENDABLE = new Set(['commitments', 'entities', 'resources']);

/**
 * The answer of amendedBetween without parsing whole files, when the texts tell: a body that
 * differs is an amendment; blocks that read the same are no amendment; blocks that differ in
 * text are parsed alone and compared as data. Undefined when a file does not cut cleanly.
 */
function quickAmended(before: Buffer, after: Buffer): boolean | undefined {
  const a = cutBytes(before);
  const b = cutBytes(after);
  if (!a || !b) return undefined;
  if (normalizeEol(a.body) !== normalizeEol(b.body)) return true;
  const blocksA = lifecycleBlocks(a.matter, AMENDABLE);
  const blocksB = lifecycleBlocks(b.matter, AMENDABLE);
  if (!blocksA || !blocksB) return undefined;
  for (const key of AMENDABLE) {
    const x = blocksA.get(key);
    const y = blocksB.get(key);
    if (x === y || (x !== undefined && y !== undefined && normalizeEol(x) === normalizeEol(y))) continue;
    const valueX = x === undefined ? { ok: true, value: undefined } : blockValue(key, x);
    const valueY = y === undefined ? { ok: true, value: undefined } : blockValue(key, y);
    if (!valueX.ok || !valueY.ok) return undefined;
    if (canonicalJson(valueX.value) !== canonicalJson(valueY.value)) return true;
  }
  return false;
}

/** Body text (line endings aside), commitments, entities or resources differ. */
export function amendedBetween(before: CharterFile, after: CharterFile): boolean {
  if (normalizeEol(before.body) !== normalizeEol(after.body)) return true;
  for (const key of ['commitments', 'entities', 'resources']) {
    if (canonicalJson(before.data?.[key]) !== canonicalJson(after.data?.[key])) return true;
  }
  return false;
}

export function normalizeEol(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** JSON with object keys sorted: two values with the same content give the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The id git gives these bytes as a blob (SHA-1 or SHA-256, by the id's length). */
function gitBlobId(bytes: Buffer, idLength: number): string {
  const hash = createHash(idLength === 64 ? 'sha256' : 'sha1');
  hash.update(`blob ${bytes.length}\0`);
  hash.update(bytes);
  return hash.digest('hex');
}

function earlierVersions(
  history: CharterHistory,
  workingVersion: number | undefined,
  workingSignedOn: string | undefined,
  asOf: CalendarDate,
): RenewHistoryEntry[] {
  const earlier = history.versions
    .filter((v): v is VersionRecord & { version: number } => v.version !== undefined)
    .filter((v) => workingVersion === undefined || v.version < workingVersion)
    .sort((a, b) => a.version - b.version);
  return earlier.map((record, index) => {
    const next = earlier[index + 1];
    const nextSignedOn = next ? next.signedOn : workingSignedOn;
    return {
      version: record.version,
      signedOn: record.signedOn ?? null,
      commit: record.signing?.commit.sha ?? null,
      renewedOnTime: renewedOnTime(record.dueOn, nextSignedOn, asOf),
    };
  });
}

function renewedOnTime(
  dueOn: string | undefined,
  nextSignedOn: string | undefined,
  asOf: CalendarDate,
): boolean | null {
  if (dueOn === undefined) return null;
  if (nextSignedOn !== undefined) return compareDates(nextSignedOn, dueOn) <= 0;
  // Not renewed yet: late once the due date has passed, unknown before.
  return compareDates(asOf, dueOn) > 0 ? false : null;
}

function duplicateIds(charters: readonly RenewCharter[], lang: Lang): RenewNotice[] {
  const byId = new Map<string, string[]>();
  for (const c of charters) if (c.id !== null) byId.set(c.id, [...(byId.get(c.id) ?? []), c.path]);
  const notices: RenewNotice[] = [];
  for (const [id, paths] of byId) {
    if (paths.length < 2) continue;
    const list = paths.join(', ');
    notices.push({
      severity: 'warning',
      code: 'duplicate-id',
      path: paths[0]!,
      message:
        lang === 'fr'
          ? `${paths.length} chartes ont le même identifiant \`${id}\` : ${list} ; chacune est rapportée, mais leurs étiquettes charte/${id}/v… se confondent ; donnez à chacune un \`id\` unique`
          : `${paths.length} charters share the id \`${id}\`: ${list}; each is reported, but their tags charte/${id}/v… collide; give each one a unique \`id\``,
    });
  }
  return notices;
}
