/**
 * The shapes of a charter's history as read from git: commits touching the file, grouped into
 * versions (one signature cycle each) with their signing commit and their avenants.
 */

import type { GitOptions, RepoInfo } from '../git/index.js';
import type { Lang } from '../i18n/index.js';
import type { LifecycleFields, SignatureRecord } from './lifecycle-fields.js';
import type { LogFeed } from './log-stream.js';
import type { VersionState, VersionStateReader } from './version-state.js';

export interface CommitRef {
  sha: string;
  authorName: string;
  authorEmail: string;
  /** ISO 8601 with the author's offset, as git records it. */
  authorDate: string;
  /** The calendar date of the author date, in the author's own offset: the same in every time zone. */
  date: string;
  subject: string;
}

export interface Touch {
  commit: CommitRef;
  /** The file's path in the repository at this commit. */
  path: string;
  blob: string;
  kind: 'added' | 'modified' | 'renamed';
  renamedFrom?: string;
  /** The commit's parents are missing (edge of a shallow clone): its "added" may be a cut, not a creation. */
  boundary: boolean;
  state: VersionState;
}

/** A tag found for a version or an avenant; `matches` is null when the history cannot tell (shallow clone). */
export interface TagRecord {
  name: string;
  commit: string;
  matches: boolean | null;
}

/** One avenant of a version, as the history shows it. */
export interface AmendmentHistory {
  number: number;
  purpose?: string;
  /** The first commit holding the avenant. */
  opened?: Touch;
  /** The commit in which its last required signature is recorded. */
  signing?: Touch;
  /** Completed before the start of a shallow clone's history. */
  signingUnknown: boolean;
  signedOn?: string;
  tag?: TagRecord;
}

export interface VersionRecord {
  /** The `version` of the file in these commits (undefined while unreadable). */
  version: number | undefined;
  touches: Touch[];
  /** The commit in which the last required signature is recorded. */
  signing?: Touch;
  /** Signed already at the edge of a shallow clone: the signing commit is in the missing history. */
  signingUnknown: boolean;
  signedOn?: string;
  dueOn?: string;
  /** The fields as the last commit of this version left them. */
  fields?: LifecycleFields;
  signatures: SignatureRecord[];
  tag?: TagRecord;
  /** The avenants of this version, by number. */
  amendments: AmendmentHistory[];
}

export type HistoryStatus = 'ok' | 'no-repository' | 'untracked' | 'no-commits' | 'git-unavailable';

export interface CharterHistory {
  /** Absolute path of the working file. */
  path: string;
  status: HistoryStatus;
  root?: string;
  /** Path in the repository today. */
  repoPath?: string;
  shallow: boolean;
  /** Oldest first. */
  touches: Touch[];
  /** Oldest first. */
  versions: VersionRecord[];
}

export type HistoryWarningCode =
  | 'not-a-repository'
  | 'untracked'
  | 'no-commits'
  | 'shallow'
  | 'tag-mismatch'
  | 'tag-unsigned'
  | 'unreadable-version'
  | 'git-unavailable';

export interface HistoryWarning {
  code: HistoryWarningCode;
  /** Display path (relative to cwd) of the file or repository the warning is about. */
  path: string;
  message: string;
}

export interface HistoryOptions extends GitOptions {
  cwd: string;
  lang: Lang;
  /** A reader already used for the working files: front matters it has parsed are not parsed again. */
  states?: VersionStateReader | undefined;
  /** Repositories whose reading started early (startHistory), taken by the pass that needs them. */
  early?: HistoryStart | undefined;
}

/** A repository's git reads, started before its charters are known. */
export interface EarlyRepository {
  info: Promise<RepoInfo | undefined>;
  tags: Promise<Map<string, string>>;
  log: LogFeed;
}

/** What startHistory started: each repository is taken once; close() stops those never taken. */
export interface HistoryStart {
  take(root: string): EarlyRepository | undefined;
  close(): void;
}

export interface CharterInput {
  /** Absolute path of the working file. */
  path: string;
  /** The charter's id today, to name its tags (`charte/<id>/v<version>`). */
  id?: string | undefined;
}
