/**
 * `charte log <file>`: one charter's life from git, in order: each version with its signatures
 * and signing commit, and every commit of that version classified (created, renamed, edited
 * before signing, a signature added, the signing commit, an amendment after signing).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExitError } from '../diagnostics.js';
import {
  type CharterHistory,
  HistoryReader,
  type HistoryStatus,
  type HistoryWarning,
  type Touch,
} from '../history/index.js';
import { lifecycleFields, type SignatureRecord } from '../history/lifecycle-fields.js';
import type { Lang } from '../i18n/index.js';
import { type CharterFile, loadCharterFile } from '../load/charter-file.js';
import { regularFileProblem } from '../load/source.js';
import { canonicalJson } from './renew-report.js';

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
  | 'amended';

export interface LogCommitEntry {
  commit: string;
  /** Author date as a calendar date, in the author's own offset. */
  date: string;
  author: string;
  email: string;
  subject: string;
  kind: LogCommitKind;
  /** The file's path at this commit. */
  path: string;
  renamedFrom?: string;
}

export interface LogVersion {
  version: number | null;
  signedOn: string | null;
  dueOn: string | null;
  signingCommit: string | null;
  /** Signed before the start of a shallow clone's history: the signing commit is not known. */
  signingUnknown: boolean;
  tag: { name: string; commit: string; matches: boolean } | null;
  signatures: SignatureRecord[];
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
  if (!existsSync(absolute)) {
    throw new ExitError(
      options.lang === 'fr'
        ? `${path} : fichier introuvable ; donnez le chemin d'une charte du dépôt`
        : `${path}: no such file; give the path of a charter in the repository`,
      2,
    );
  }
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

function logVersions(history: CharterHistory): LogVersion[] {
  let previous: Touch | undefined;
  return history.versions.map((record) => {
    const commits: LogCommitEntry[] = [];
    let signed = false;
    for (const touch of record.touches) {
      let kind: LogCommitKind;
      if (previous === undefined) kind = touch.boundary ? 'history-starts' : 'created';
      else if (touch === record.signing) kind = 'signed';
      else if (signed) kind = 'amended';
      else if (touch === record.touches[0] && previous.state.fields?.version !== touch.state.fields?.version)
        kind = 'new-version';
      else if (
        canonicalJson(previous.state.fields?.signatures ?? []) !==
        canonicalJson(touch.state.fields?.signatures ?? [])
      )
        kind = 'signature';
      else kind = 'edited';
      // Signed at the signing commit, or already at the start of a shallow history.
      if (touch === record.signing || (record.signingUnknown && touch === record.touches[0])) signed = true;
      // The first commit can also be the signing one (a charter committed once signed).
      if (previous === undefined && touch === record.signing) kind = 'signed';
      const entry: LogCommitEntry = {
        commit: touch.commit.sha,
        date: touch.commit.date,
        author: touch.commit.authorName,
        email: touch.commit.authorEmail,
        subject: touch.commit.subject,
        kind,
        path: touch.path,
      };
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
      commits,
    };
  });
}

const KIND_LABELS: Record<LogCommitKind, { fr: string; en: string }> = {
  created: { fr: 'création', en: 'created' },
  'history-starts': { fr: 'début de l’historique', en: 'history starts' },
  'new-version': { fr: 'nouvelle version', en: 'new version' },
  edited: { fr: 'rédaction', en: 'edited' },
  signature: { fr: 'signature', en: 'signature' },
  signed: { fr: 'signée', en: 'signed' },
  amended: { fr: 'avenant', en: 'amendment' },
};

export function formatLogText(log: CharterLog, lang: Lang): string {
  const fr = lang === 'fr';
  const lines = [`${log.path}${log.id !== null ? `  (${log.id})` : ''}`];
  for (const v of log.versions) {
    lines.push('');
    const head = `v${v.version ?? '?'}`;
    if (v.signedOn !== null) {
      const where = v.signingCommit
        ? fr
          ? ` dans le commit ${v.signingCommit.slice(0, 7)}`
          : ` in commit ${v.signingCommit.slice(0, 7)}`
        : fr
          ? ' (commit de signature hors de l’historique disponible)'
          : ' (signing commit outside the available history)';
      const tag = v.tag
        ? ` [${v.tag.name}${v.tag.matches ? '' : fr ? ' : ailleurs !' : ': elsewhere!'}]`
        : '';
      lines.push(
        fr
          ? `${head} : signée le ${v.signedOn}${where}${tag}, échéance le ${v.dueOn}`
          : `${head}: signed on ${v.signedOn}${where}${tag}, due on ${v.dueOn}`,
      );
    } else
      lines.push(
        fr
          ? `${head} : pas encore signée par toutes les entités requises`
          : `${head}: not signed by every required entity yet`,
      );
    if (v.signatures.length > 0) {
      lines.push(fr ? '  signatures :' : '  signatures:');
      for (const s of v.signatures) {
        const details = [s.signatory, s.capacity, s.date, s.place].filter((x) => x !== undefined).join(', ');
        lines.push(`    ${s.entity}${fr ? ' : ' : ': '}${details}`);
      }
    }
    for (const c of v.commits) {
      const kind = KIND_LABELS[c.kind][lang].padEnd(fr ? 22 : 15);
      const renamed =
        c.renamedFrom !== undefined
          ? fr
            ? ` (renommé depuis ${c.renamedFrom})`
            : ` (renamed from ${c.renamedFrom})`
          : '';
      lines.push(`  ${c.date}  ${c.commit.slice(0, 7)}  ${kind} ${c.subject}  — ${c.author}${renamed}`);
    }
  }
  if (log.versions.length === 0) lines.push(fr ? '(aucun historique git)' : '(no git history)');
  if (log.uncommittedChanges && log.status === 'ok') {
    lines.push(
      '',
      fr ? 'fichier de travail : modifications non commitées' : 'working file: uncommitted changes',
    );
  }
  for (const w of log.warnings) lines.push(`${fr ? 'avertissement : ' : 'warning: '}${w.message}`);
  return `${lines.join('\n')}\n`;
}

export function formatLogJson(log: CharterLog): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}
