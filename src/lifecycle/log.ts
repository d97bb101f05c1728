/**
 * `charte log <file>`: one charter's life from git, in order: each version with its signatures,
 * signing commit and avenants, and every commit of that version classified (created, renamed,
 * edited before signing, a signature added, the signing commit, an avenant opened, signed or
 * completed, a change after signing).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExitError } from '../diagnostics.js';
import {
  type CharterHistory,
  HistoryReader,
  type HistoryStatus,
  type HistoryWarning,
  type TagRecord,
  type Touch,
  type VersionRecord,
} from '../history/index.js';
import { type AmendmentRecord, lifecycleFields, type SignatureRecord } from '../history/lifecycle-fields.js';
import { messages } from '../i18n/catalogue.js';
import { formatDateLong } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import { type CharterFile, loadCharterFile } from '../load/charter-file.js';
import { regularFileProblem } from '../load/source.js';
import { canonicalJson } from '../text/changes.js';
import { terminalLines, terminalText } from './safe-text.js';

export interface LogOptions {
  cwd: string;
  lang: Lang;
  env?: NodeJS.ProcessEnv | undefined;
}

export type LogCommitKind =
  | 'created'
  | 'history-starts'
  | 'new-version'
  | 'edited'
  | 'signature'
  | 'signed'
  | 'amendment-opened'
  | 'amendment-signature'
  | 'amendment-signed'
  | 'amendment-withdrawn'
  | 'amended';

export interface LogCommitEntry {
  commit: string;
  /** Author date as a calendar date, in the author's own offset. */
  date: string;
  author: string;
  email: string;
  subject: string;
  kind: LogCommitKind;
  /** The avenant concerned (kinds amendment-*). */
  amendment?: number;
  /** The file's path at this commit. */
  path: string;
  renamedFrom?: string;
}

export interface LogAmendment {
  number: number;
  purpose: string | null;
  signedOn: string | null;
  signingCommit: string | null;
  signingUnknown: boolean;
  tag: TagRecord | null;
  /** Withdrawn (`charte amend --withdraw`): the day, when valid, and the reason. */
  withdrawnOn: string | null;
  withdrawalReason: string | null;
}

export interface LogVersion {
  version: number | null;
  signedOn: string | null;
  dueOn: string | null;
  signingCommit: string | null;
  /** Signed before the start of a shallow clone's history: the signing commit is not known. */
  signingUnknown: boolean;
  /** `matches` is null when a shallow clone cannot tell. */
  tag: TagRecord | null;
  signatures: SignatureRecord[];
  amendments: LogAmendment[];
  commits: LogCommitEntry[];
}

export interface CharterLog {
  path: string;
  id: string | null;
  status: HistoryStatus;
  versions: LogVersion[];
  /** The working file differs from its last commit (or has never been committed). */
  uncommittedChanges: boolean;
  warnings: HistoryWarning[];
}

/** Loads the working file named on the command line (it must exist; its content may be broken). */
export async function loadNamedCharter(path: string, options: LogOptions): Promise<CharterFile> {
  const absolute = resolve(options.cwd, path);
  if (!existsSync(absolute)) throw new ExitError(messages(options.lang).log.noSuchFile(path), 2);
  // A FIFO or a device is refused here: history is shown for a broken charter, not for a pipe.
  const special = regularFileProblem(absolute, options.lang);
  if (special !== undefined) throw new ExitError(`${path}: ${special}`, 2);
  return loadCharterFile(absolute, options);
}

export async function charterLog(path: string, options: LogOptions): Promise<CharterLog> {
  const file = await loadNamedCharter(path, options);
  const fields = file.data ? lifecycleFields(file.data) : undefined;
  const reader = await HistoryReader.read([{ path: file.path, id: fields?.id }], options);
  try {
    const history = reader.histories.get(file.path)!;
    const last = history.touches[history.touches.length - 1];
    const bytes = file.source?.bytes;
    let uncommittedChanges = true;
    if (last && bytes) {
      const committed = await reader.blob(history, last.blob);
      uncommittedChanges = committed === undefined || !committed.equals(bytes);
    }
    return {
      path: file.displayPath,
      id: fields?.id ?? last?.state.fields?.id ?? null,
      status: history.status,
      versions: logVersions(history),
      uncommittedChanges,
      warnings: reader.warnings,
    };
  } finally {
    await reader.close();
  }
}

function amendmentSignatures(touch: Touch | undefined, number: number): string {
  const a = touch?.state.fields?.amendments.find((x) => x.number === number);
  return canonicalJson(a?.signatures ?? []);
}

/** Avenant `number` as the file version of `touch` holds it, when it is withdrawn there. */
function withdrawnIn(touch: Touch | undefined, number: number): AmendmentRecord | undefined {
  const a = touch?.state.fields?.amendments.find((x) => x.number === number);
  return a?.withdrawn === true ? a : undefined;
}

/** What a commit did to the version, given the commit before it. */
function classify(
  record: VersionRecord,
  touch: Touch,
  previous: Touch | undefined,
  signed: boolean,
): { kind: LogCommitKind; amendment?: number } {
  if (previous === undefined) {
    if (touch === record.signing) return { kind: 'signed' };
    return { kind: touch.boundary ? 'history-starts' : 'created' };
  }
  if (touch === record.signing) return { kind: 'signed' };
  for (const a of record.amendments) {
    if (a.signing === touch) return { kind: 'amendment-signed', amendment: a.number };
  }
  for (const a of record.amendments) {
    if (a.opened === touch && touch !== record.touches[0])
      return { kind: 'amendment-opened', amendment: a.number };
  }
  for (const a of record.amendments) {
    if (withdrawnIn(touch, a.number) && !withdrawnIn(previous, a.number))
      return { kind: 'amendment-withdrawn', amendment: a.number };
  }
  for (const a of record.amendments) {
    if (a.signing !== undefined || a.signingUnknown) continue;
    if (amendmentSignatures(previous, a.number) !== amendmentSignatures(touch, a.number))
      return { kind: 'amendment-signature', amendment: a.number };
  }
  if (signed) return { kind: 'amended' };
  if (touch === record.touches[0] && previous.state.fields?.version !== touch.state.fields?.version)
    return { kind: 'new-version' };
  if (
    canonicalJson(previous.state.fields?.signatures ?? []) !==
    canonicalJson(touch.state.fields?.signatures ?? [])
  )
    return { kind: 'signature' };
  return { kind: 'edited' };
}

function logVersions(history: CharterHistory): LogVersion[] {
  let previous: Touch | undefined;
  return history.versions.map((record) => {
    const commits: LogCommitEntry[] = [];
    let signed = false;
    for (const touch of record.touches) {
      const { kind, amendment } = classify(record, touch, previous, signed);
      // Signed at the signing commit, or already at the start of a shallow history.
      if (touch === record.signing || (record.signingUnknown && touch === record.touches[0])) signed = true;
      const entry: LogCommitEntry = {
        commit: touch.commit.sha,
        date: touch.commit.date,
        author: touch.commit.authorName,
        email: touch.commit.authorEmail,
        subject: touch.commit.subject,
        kind,
        path: touch.path,
      };
      if (amendment !== undefined) entry.amendment = amendment;
      if (touch.renamedFrom !== undefined) entry.renamedFrom = touch.renamedFrom;
      commits.push(entry);
      previous = touch;
    }
    return {
      version: record.version ?? null,
      signedOn: record.signedOn ?? null,
      dueOn: record.dueOn ?? null,
      signingCommit: record.signing?.commit.sha ?? null,
      signingUnknown: record.signingUnknown,
      tag: record.tag ?? null,
      signatures: record.signatures,
      amendments: record.amendments.map((a) => {
        const withdrawn = withdrawnIn(record.touches.at(-1), a.number);
        return {
          number: a.number,
          purpose: a.purpose ?? null,
          signedOn: a.signedOn ?? null,
          signingCommit: a.signing?.commit.sha ?? null,
          signingUnknown: a.signingUnknown,
          tag: a.tag ?? null,
          withdrawnOn: withdrawn?.withdrawnOn ?? null,
          withdrawalReason: withdrawn?.withdrawalReason ?? null,
        };
      }),
      commits,
    };
  });
}

function tagText(tag: TagRecord | null, lang: Lang): string {
  if (!tag) return '';
  const t = messages(lang).log;
  return ` [${tag.name}${tag.matches === false ? t.tagElsewhere : ''}]`;
}

export function formatLogText(log: CharterLog, lang: Lang): string {
  const t = messages(lang).log;
  const date = (d: string) => formatDateLong(d, lang);
  const safe = terminalText;
  const lines = [`${safe(log.path)}${log.id !== null ? `  (${safe(log.id)})` : ''}`];
  const kindWidth = Math.max(...Object.values(t.kinds).map((k) => k.length)) + 1;
  for (const v of log.versions) {
    lines.push('');
    const head = `v${v.version ?? '?'}`;
    if (v.signedOn !== null) {
      const where = v.signingCommit ? t.inCommit(v.signingCommit.slice(0, 7)) : t.signingOutsideHistory;
      lines.push(
        t.signedVersion(head, date(v.signedOn), where + tagText(v.tag, lang), v.dueOn ? date(v.dueOn) : '?'),
      );
    } else lines.push(t.notSignedYet(head));
    if (v.signatures.length > 0) {
      lines.push(t.signatures);
      for (const s of v.signatures) {
        const details = [s.signatory, s.capacity, s.date !== undefined ? date(s.date) : undefined, s.place]
          .filter((x) => x !== undefined)
          .join(', ');
        lines.push(`    ${safe(s.entity)}${messages(lang).log.colon}${safe(details)}`);
      }
    }
    for (const a of v.amendments) {
      const name = t.amendment(a.number, a.purpose === null ? null : safe(a.purpose));
      if (a.signedOn !== null) {
        const where = a.signingCommit ? t.inCommit(a.signingCommit.slice(0, 7)) : t.signingOutsideHistory;
        lines.push(`  ${t.amendmentSigned(name, date(a.signedOn), where + tagText(a.tag, lang))}`);
      } else if (a.withdrawnOn !== null || a.withdrawalReason !== null) {
        const on = a.withdrawnOn !== null ? date(a.withdrawnOn) : '?';
        lines.push(`  ${t.amendmentWithdrawn(name, on, safe(a.withdrawalReason ?? ''))}`);
      } else lines.push(`  ${t.amendmentOpen(name)}`);
    }
    for (const c of v.commits) {
      const kind = (
        c.amendment !== undefined ? t.kindOfAmendment(t.kinds[c.kind], c.amendment) : t.kinds[c.kind]
      ).padEnd(kindWidth + 5);
      const renamed = c.renamedFrom !== undefined ? t.renamedFrom(safe(c.renamedFrom)) : '';
      lines.push(
        `  ${c.date}  ${c.commit.slice(0, 7)}  ${kind} ${safe(c.subject)}  — ${safe(c.author)}${renamed}`,
      );
    }
  }
  if (log.versions.length === 0) lines.push(t.noHistory);
  if (log.uncommittedChanges && log.status === 'ok') lines.push('', t.uncommitted);
  for (const w of log.warnings) lines.push(`${t.warning}${terminalLines(w.message)}`);
  return `${lines.join('\n')}\n`;
}

export function formatLogJson(log: CharterLog): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}
