/**
 * Charter histories from git, read in one pass per repository:
 *
 * 1. one `git log --raw -M --topo-order` over the Markdown files of the repository (plus any
 *    other file asked for), newest first: each commit's changes carry the blob ids, and a rename
 *    `old -> new` of a followed path makes us follow `old` from there on (renames followed);
 * 2. the blob of every change to a followed path is asked for at once from ONE
 *    `git cat-file --batch` process, while the log is still streaming;
 * 3. each blob's lifecycle fields (version, signatures) are read cheaply (version-state.ts), and
 *    the touches of each charter are grouped into versions with their signing commit.
 *
 * Nothing here prints or exits: histories and warnings are returned as data.
 */

import {
  charterTags,
  displayPath,
  findRepoRoot,
  GitError,
  type GitOptions,
  type RepoInfo,
  repoInfo,
  repoRelative,
  resolveCommit,
} from '../git/index.js';
import type { Lang } from '../i18n/index.js';
import { BlobReader } from './cat-file.js';
import type { LifecycleFields, SignatureRecord } from './lifecycle-fields.js';
import { type LogCommit, streamLog } from './log-stream.js';
import {
  frontMatterEnd,
  sameLifecycleBlocks,
  type VersionState,
  VersionStateReader,
} from './version-state.js';

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
  tag?: { name: string; commit: string; matches: boolean };
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
  /** A reader already used for the working files: blocks it has parsed are not parsed again. */
  states?: VersionStateReader | undefined;
}

export interface CharterInput {
  /** Absolute path of the working file. */
  path: string;
  /** The charter's id today, to name its tags (`charte/<id>/v<version>`). */
  id?: string | undefined;
}

interface RepoState {
  info: RepoInfo;
  reader: BlobReader;
}

/** Reads the histories of several charters; keep it open while blobs are still needed, then close(). */
export class HistoryReader {
  readonly histories = new Map<string, CharterHistory>();
  readonly warnings: HistoryWarning[] = [];
  readonly states: VersionStateReader;
  /** Figures for the benchmark: commits read, blobs read. */
  readonly stats = { commits: 0, blobs: 0, repositories: 0, sameAsNewer: 0 };
  private readonly repos = new Map<string, RepoState>();

  private constructor(private readonly options: HistoryOptions) {
    this.states = options.states ?? new VersionStateReader();
  }

  static async read(inputs: readonly CharterInput[], options: HistoryOptions): Promise<HistoryReader> {
    const reader = new HistoryReader(options);
    await reader.load(inputs);
    return reader;
  }

  private display(path: string): string {
    return displayPath(path, this.options.cwd);
  }

  private warn(code: HistoryWarningCode, path: string, message: { fr: string; en: string }): void {
    this.warnings.push({ code, path: this.display(path), message: message[this.options.lang] });
  }

  private async load(inputs: readonly CharterInput[]): Promise<void> {
    const rootCache = new Map<string, string | null>();
    const byRoot = new Map<string, CharterInput[]>();
    for (const input of inputs) {
      const root = findRepoRoot(input.path, rootCache);
      const history: CharterHistory = {
        path: input.path,
        status: 'no-repository',
        shallow: false,
        touches: [],
        versions: [],
      };
      this.histories.set(input.path, history);
      if (root === undefined) {
        this.warnNoRepository(input.path);
        continue;
      }
      history.root = root;
      history.repoPath = repoRelative(root, input.path);
      byRoot.set(root, [...(byRoot.get(root) ?? []), input]);
    }
    for (const [root, group] of byRoot) await this.loadRepository(root, group);
  }

  private warnNoRepository(path: string): void {
    const p = this.display(path);
    this.warn('not-a-repository', path, {
      fr: `${p} n'est dans aucun dépôt git : son état est lu dans le fichier, mais ses versions antérieures et ses signatures passées sont inconnues ; conservez les chartes dans un dépôt git (git init, git add, git commit)`,
      en: `${p} is not in a git repository: its state is read from the file, but its earlier versions and past signatures are unknown; keep charters in a git repository (git init, git add, git commit)`,
    });
  }

  private async loadRepository(root: string, inputs: readonly CharterInput[]): Promise<void> {
    let info: RepoInfo | undefined;
    let tags: Map<string, string>;
    try {
      [info, tags] = await Promise.all([repoInfo(root, this.options), charterTags(root, this.options)]);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      for (const input of inputs) this.histories.get(input.path)!.status = 'git-unavailable';
      this.warn('git-unavailable', root, {
        fr: `historique illisible : ${error.message} ; installez git pour connaître les versions antérieures`,
        en: `history unavailable: ${error.message}; install git to read earlier versions`,
      });
      return;
    }
    if (!info) {
      for (const input of inputs) this.warnNoRepository(input.path);
      return;
    }
    this.stats.repositories++;
    const histories = inputs.map((input) => this.histories.get(input.path)!);
    for (const history of histories) history.shallow = info.shallow;
    if (!info.hasCommits) {
      for (const history of histories) history.status = 'no-commits';
      const r = this.display(root) || '.';
      this.warn('no-commits', root, {
        fr: `le dépôt ${r} n'a encore aucun commit : l'historique des chartes commence au premier commit (git add, git commit)`,
        en: `repository ${r} has no commit yet: the charters' history starts with the first commit (git add, git commit)`,
      });
      return;
    }
    const reader = new BlobReader(root, this.options);
    this.repos.set(root, { info, reader });

    // Followed paths (as they were named at the commit being read) -> charter.
    const followed = new Map<string, CharterHistory>();
    const newestFirst = new Map<CharterHistory, Touch[]>();
    // No pathspec: a path-limited log checks every commit against its parents for the paths
    // (history simplification) before diffing it again for the output, which costs about twice
    // the plain log pass; following renames needs every path anyway. Changes to other files are
    // skipped here, in the parser's callback.
    const pathspecs: string[] = [];
    for (const history of histories) {
      followed.set(history.repoPath!, history);
      newestFirst.set(history, []);
    }
    // Consecutive versions of a charter often share their front matter (a change to the text
    // only): the state of the previous one (in the order read, newest first) is reused.
    const previous = new Map<CharterHistory, { matter: Buffer; state: VersionState }>();
    const stateFor = (history: CharterHistory, bytes: Buffer | undefined): VersionState => {
      if (bytes === undefined) return UNREADABLE_STATE;
      const end = frontMatterEnd(bytes);
      const last = previous.get(history);
      const matter = bytes.subarray(0, end);
      // Compared with the last front matter that was read in full (differences may add up over
      // several commits: the test still holds, it only looks at more lines).
      if (last && sameLifecycleBlocks(last.matter, matter)) {
        this.stats.sameAsNewer++;
        return last.state;
      }
      const state = this.states.ofBytes(bytes);
      // A copy: the blob is a view into a large chunk of cat-file's output.
      previous.set(history, { matter: Buffer.from(bytes.subarray(0, end)), state });
      return state;
    };
    let outstanding = 0;
    let logDone = false;
    const allRead = deferred();
    const shallowEdge = info.shallowCommits;
    const onCommit = (commit: LogCommit) => {
      this.stats.commits++;
      if (followed.size === 0) return;
      let ref: CommitRef | undefined;
      const updates: Array<() => void> = [];
      for (const change of commit.changes) {
        const history = followed.get(change.path);
        if (!history) continue;
        if (change.status === 'D') {
          // Deleted here, so the followed file was created after: an untracked file of the same name.
          updates.push(() => followed.delete(change.path));
          continue;
        }
        if (!/^100(644|755)$/.test(change.newMode)) continue;
        ref ??= commitRef(commit);
        const touch: Touch = {
          commit: ref,
          path: change.path,
          blob: change.newBlob,
          kind: change.status === 'A' ? 'added' : change.status === 'R' ? 'renamed' : 'modified',
          boundary: shallowEdge.has(commit.sha),
          state: UNREADABLE_STATE,
        };
        if (change.status === 'R' && change.fromPath !== undefined) touch.renamedFrom = change.fromPath;
        newestFirst.get(history)!.push(touch);
        this.stats.blobs++;
        outstanding++;
        reader.readDeferred(
          change.newBlob,
          (bytes) => {
            touch.state = stateFor(history, bytes);
            if (--outstanding === 0 && logDone) allRead.resolve();
          },
          (error) => allRead.reject(error),
        );
        if (change.status === 'A') updates.push(() => followed.delete(change.path));
        else if (change.status === 'R' && change.fromPath !== undefined) {
          const from = change.fromPath;
          updates.push(() => {
            followed.delete(change.path);
            if (!followed.has(from)) followed.set(from, history);
          });
        }
      }
      // Within one commit every change is read against the names as they were after it.
      for (const update of updates) update();
      // Blob names go to cat-file a thousand at a time: a write per log chunk costs more.
      if (reader.waiting >= 1000) reader.flush();
    };
    try {
      await streamLog(root, pathspecs, onCommit, this.options);
      logDone = true;
      reader.flush();
      if (outstanding === 0) allRead.resolve();
      await allRead.promise;
    } catch (error) {
      await reader.close().catch(() => {});
      this.repos.delete(root);
      if (!(error instanceof GitError)) throw error;
      for (const history of histories) history.status = 'git-unavailable';
      this.warn('git-unavailable', root, {
        fr: `historique illisible : ${error.message}`,
        en: `history unavailable: ${error.message}`,
      });
      return;
    }

    const inputByPath = new Map(inputs.map((i) => [i.path, i]));
    for (const history of histories) {
      history.touches = newestFirst.get(history)!.reverse();
      if (history.touches.length === 0) {
        history.status = 'untracked';
        const p = this.display(history.path);
        this.warn('untracked', history.path, {
          fr: `${p} n'est pas suivi par git (jamais commité) : son état est lu dans le fichier, sans historique ; enregistrez-le : git add -- ${shellQuote(history.repoPath!)} && git commit`,
          en: `${p} is not tracked by git (never committed): its state is read from the file, with no history; record it: git add -- ${shellQuote(history.repoPath!)} && git commit`,
        });
        continue;
      }
      history.status = 'ok';
      const input = inputByPath.get(history.path);
      history.versions = groupVersions(history.touches);
      this.checkTags(history, tags, input?.id);
    }
    if (info.shallow) this.warnShallow(root, histories);
  }

  private warnShallow(root: string, histories: readonly CharterHistory[]): void {
    const edges = new Map<string, CommitRef>();
    for (const history of histories) {
      for (const touch of history.touches) if (touch.boundary) edges.set(touch.commit.sha, touch.commit);
    }
    const list = [...edges.values()].map((c) => `${c.sha.slice(0, 7)} (${c.date})`);
    const r = this.display(root) || '.';
    const where = list.length > 0 ? list.join(', ') : undefined;
    this.warn('shallow', root, {
      fr: `le dépôt ${r} est un clone superficiel : l'historique ${where ? `antérieur au commit ${where}` : 'ancien'} manque, donc les versions antérieures et les commits de signature qu'il contient sont inconnus ; récupérez tout l'historique avec \`git fetch --unshallow\` (GitHub Actions : actions/checkout avec \`fetch-depth: 0\`)`,
      en: `repository ${r} is a shallow clone: the history ${where ? `before commit ${where}` : 'beyond its depth'} is missing, so the earlier versions and signing commits it holds are unknown; fetch the whole history with \`git fetch --unshallow\` (GitHub Actions: actions/checkout with \`fetch-depth: 0\`)`,
    });
  }

  private checkTags(history: CharterHistory, tags: Map<string, string>, currentId: string | undefined): void {
    for (const version of history.versions) {
      const id = version.fields?.id ?? currentId;
      if (version.version === undefined || id === undefined) continue;
      const name = `charte/${id}/v${version.version}`;
      const commit = tags.get(name);
      if (commit === undefined) continue;
      const matches = version.signing?.commit.sha === commit;
      version.tag = { name, commit, matches };
      if (matches || version.signingUnknown) continue;
      const p = this.display(history.path);
      if (version.signing) {
        const s = version.signing.commit;
        this.warn('tag-mismatch', history.path, {
          fr: `l'étiquette ${name} désigne le commit ${commit.slice(0, 7)}, mais la version ${version.version} de ${p} a reçu sa dernière signature requise dans le commit ${s.sha.slice(0, 7)} (${s.date}, « ${s.subject} ») : l'historique fait foi ; déplacez l'étiquette : git tag -f -a ${name} ${s.sha.slice(0, 12)} -m "${name}"`,
          en: `tag ${name} points to commit ${commit.slice(0, 7)}, but version ${version.version} of ${p} got its last required signature in commit ${s.sha.slice(0, 7)} (${s.date}, "${s.subject}"): the history is what counts; move the tag: git tag -f -a ${name} ${s.sha.slice(0, 12)} -m "${name}"`,
        });
      } else {
        this.warn('tag-unsigned', history.path, {
          fr: `l'étiquette ${name} existe (commit ${commit.slice(0, 7)}), mais aucun commit de ${p} n'enregistre toutes les signatures requises de la version ${version.version} : vérifiez l'étiquette, ou supprimez-la (git tag -d ${name})`,
          en: `tag ${name} exists (commit ${commit.slice(0, 7)}), but no commit of ${p} records all the required signatures of version ${version.version}: check the tag, or delete it (git tag -d ${name})`,
        });
      }
    }
  }

  /** A blob of the repository holding `history` (e.g. the file at its signing commit). */
  async blob(history: CharterHistory, sha: string): Promise<Buffer | undefined> {
    const repo = history.root === undefined ? undefined : this.repos.get(history.root);
    return repo?.reader.read(sha);
  }

  /** The commit a user-given revision names in the charter's repository. */
  async resolve(history: CharterHistory, revision: string): Promise<string | undefined> {
    if (history.root === undefined || !this.repos.has(history.root)) return undefined;
    return resolveCommit(history.root, revision, this.options);
  }

  /**
   * The file as it was at `commit`: under the name it had in the history closest to that commit
   * (renames followed), else under any of its names.
   */
  async fileAt(
    history: CharterHistory,
    commit: string,
  ): Promise<{ bytes: Buffer; path: string } | undefined> {
    const repo = history.root === undefined ? undefined : this.repos.get(history.root);
    if (!repo) return undefined;
    const names: string[] = [];
    const exact = history.touches.find((t) => t.commit.sha === commit);
    if (exact) names.push(exact.path);
    if (history.repoPath !== undefined) names.push(history.repoPath);
    for (const touch of [...history.touches].reverse()) names.push(touch.path);
    for (const name of new Set(names)) {
      const bytes = await repo.reader.read(`${commit}:${name}`);
      if (bytes !== undefined) return { bytes, path: name };
    }
    return undefined;
  }

  async close(): Promise<void> {
    await Promise.all([...this.repos.values()].map((r) => r.reader.close()));
    this.repos.clear();
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may be waiting yet when an error arrives: the rejection is awaited after the log.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

const UNREADABLE_STATE: VersionState = { unreadable: true, isCharter: false };

function commitRef(commit: LogCommit): CommitRef {
  return {
    sha: commit.sha,
    authorName: commit.authorName,
    authorEmail: commit.authorEmail,
    authorDate: commit.authorDate,
    date: commit.authorDate.slice(0, 10),
    subject: commit.subject,
  };
}

/** Consecutive commits with the same `version` form one version; its signing commit is the first complete one. */
export function groupVersions(touches: readonly Touch[]): VersionRecord[] {
  const versions: VersionRecord[] = [];
  let current: VersionRecord | undefined;
  for (const touch of touches) {
    const version = touch.state.fields?.version;
    if (current === undefined || (version !== undefined && current.version !== version)) {
      const existing = versions.find((v) => v.version !== undefined && v.version === version);
      if (existing) current = existing;
      else if (current !== undefined && current.version === undefined) current.version = version;
      else {
        current = { version, touches: [], signingUnknown: false, signatures: [] };
        versions.push(current);
      }
    }
    current.touches.push(touch);
  }
  for (const record of versions) {
    for (const touch of record.touches) {
      const { state } = touch;
      if (state.fields) {
        record.fields = state.fields;
        record.signatures = state.fields.signatures;
      }
      if (state.signedOn === undefined) continue;
      if (record.signing === undefined && !record.signingUnknown) {
        if (touch.boundary && touch === record.touches[0]) record.signingUnknown = true;
        else record.signing = touch;
      }
      // A later commit of the same version may correct a date: the last complete one counts.
      record.signedOn = state.signedOn;
      if (state.dueOn !== undefined) record.dueOn = state.dueOn;
    }
  }
  return versions;
}

/** A path as a POSIX shell word, for the commands our messages suggest. */
export function shellQuote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) && !path.startsWith('-') ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
