/**
 * One repository's part of the history pass:
 *
 * 1. one `git log --raw -M --topo-order` over the whole history, newest first: each commit's
 *    changes carry the blob ids, and a rename `old -> new` of a followed path makes us follow
 *    `old` from there on (renames followed);
 * 2. the blob of every change to a followed path is asked for at once from ONE
 *    `git cat-file --batch` process, while the log is still streaming;
 * 3. each blob is read as the loader reads it (version-state.ts, cached by blob id and by front
 *    matter text), and the touches of each charter are grouped into versions with their signing
 *    commit and their avenants (versions.ts); tags are checked against them.
 */

import { charterTags, GitError, type RepoInfo, repoInfo } from '../git/index.js';
import { messages } from '../i18n/catalogue.js';
import { BlobReader } from './cat-file.js';
import { type LogCommit, streamLog } from './log-stream.js';
import type {
  CharterHistory,
  CharterInput,
  CommitRef,
  HistoryOptions,
  HistoryWarningCode,
  TagRecord,
  Touch,
} from './types.js';
import type { VersionChain, VersionState, VersionStateReader } from './version-state.js';
import { groupVersions } from './versions.js';

export interface RepoState {
  info: RepoInfo;
  reader: BlobReader;
}

/** What loadRepository reads from and writes to (the HistoryReader that owns the pass). */
export interface RepositoryContext {
  readonly options: HistoryOptions;
  readonly states: VersionStateReader;
  readonly histories: Map<string, CharterHistory>;
  readonly repos: Map<string, RepoState>;
  readonly stats: { commits: number; blobs: number; repositories: number; sameAsNewer: number };
  warn(code: HistoryWarningCode, path: string, message: string): void;
  display(path: string): string;
  warnNoRepository(path: string): void;
}

export const UNREADABLE_STATE: VersionState = { unreadable: true, isCharter: false };

export async function loadRepository(
  context: RepositoryContext,
  root: string,
  inputs: readonly CharterInput[],
): Promise<void> {
  const { options } = context;
  const t = messages(options.lang).history;
  // Started already, while the working files were read, or now.
  const early = options.early?.take(root);
  let info: RepoInfo | undefined;
  let tags: Map<string, string>;
  try {
    [info, tags] = await Promise.all([
      early?.info ?? repoInfo(root, options),
      early?.tags ?? charterTags(root, options),
    ]);
  } catch (error) {
    early?.log.cancel();
    if (!(error instanceof GitError)) throw error;
    for (const input of inputs) context.histories.get(input.path)!.status = 'git-unavailable';
    context.warn('git-unavailable', root, t.gitUnavailable(error.message));
    return;
  }
  if (!info) {
    early?.log.cancel();
    for (const input of inputs) context.warnNoRepository(input.path);
    return;
  }
  context.stats.repositories++;
  const histories = inputs.map((input) => context.histories.get(input.path)!);
  for (const history of histories) history.shallow = info.shallow;
  if (!info.hasCommits) {
    early?.log.cancel();
    for (const history of histories) history.status = 'no-commits';
    context.warn('no-commits', root, t.noCommits(context.display(root) || '.'));
    return;
  }
  const reader = new BlobReader(root, options);
  context.repos.set(root, { info, reader });

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
  // A blob read once is not read again (a file reverted, or the same text under two names).
  const byBlob = new Map<string, VersionState>();
  const stateFor = (blob: string, bytes: Buffer | undefined, chain: VersionChain): VersionState => {
    if (bytes === undefined) return UNREADABLE_STATE;
    const known = byBlob.get(blob);
    if (known) {
      context.stats.sameAsNewer++;
      return known;
    }
    // Each version is read against the one read before it (the newer one): what did not
    // change is not read again.
    const state = context.states.ofBytes(bytes, chain);
    byBlob.set(blob, state);
    return state;
  };
  let outstanding = 0;
  let logDone = false;
  const allRead = deferred();
  const shallowEdge = info.shallowCommits;
  const shallow = shallowEdge.size > 0;
  // Names to stop following after a commit, each with the older name to follow instead (a
  // rename): applied once every change of the commit is read. One array for the whole pass.
  const updates: Array<{ path: string; from?: string; history?: CharterHistory }> = [];
  const onCommit = (commit: LogCommit) => {
    context.stats.commits++;
    if (followed.size === 0) return;
    let ref: CommitRef | undefined;
    updates.length = 0;
    for (const change of commit.changes) {
      const history = followed.get(change.path);
      if (!history) continue;
      if (change.status === 'D') {
        // Deleted here, so the followed file was created after: an untracked file of the same name.
        updates.push({ path: change.path });
        continue;
      }
      if (change.newMode !== '100644' && change.newMode !== '100755') continue;
      ref ??= commitRef(commit);
      const chain = context.states.chain(history.path);
      const touch: Touch = {
        commit: ref,
        path: change.path,
        blob: change.newBlob,
        kind: change.status === 'A' ? 'added' : change.status === 'R' ? 'renamed' : 'modified',
        boundary: shallow && shallowEdge.has(commit.sha),
        state: UNREADABLE_STATE,
      };
      if (change.status === 'R' && change.fromPath !== undefined) touch.renamedFrom = change.fromPath;
      newestFirst.get(history)!.push(touch);
      context.stats.blobs++;
      const known = byBlob.get(change.newBlob);
      if (known) {
        context.stats.sameAsNewer++;
        touch.state = known;
      } else {
        outstanding++;
        reader.readDeferred(
          change.newBlob,
          (bytes) => {
            touch.state = stateFor(change.newBlob, bytes, chain);
            if (--outstanding === 0 && logDone) allRead.resolve();
          },
          (error) => allRead.reject(error),
        );
      }
      if (change.status === 'A') updates.push({ path: change.path });
      else if (change.status === 'R' && change.fromPath !== undefined)
        updates.push({ path: change.path, from: change.fromPath, history });
    }
    // Within one commit every change is read against the names as they were after it.
    for (const update of updates) {
      followed.delete(update.path);
      if (update.from !== undefined && !followed.has(update.from)) followed.set(update.from, update.history!);
    }
    // Blob names go to cat-file a thousand at a time: a write per log chunk costs more.
    if (reader.waiting >= 1000) reader.flush();
  };
  try {
    await (early ? early.log.attach(onCommit) : streamLog(root, pathspecs, onCommit, options));
    logDone = true;
    reader.flush();
    if (outstanding === 0) allRead.resolve();
    await allRead.promise;
  } catch (error) {
    await reader.close().catch(() => {});
    context.repos.delete(root);
    if (!(error instanceof GitError)) throw error;
    for (const history of histories) history.status = 'git-unavailable';
    context.warn('git-unavailable', root, t.gitFailed(error.message));
    return;
  }

  const inputByPath = new Map(inputs.map((i) => [i.path, i]));
  for (const history of histories) {
    history.touches = newestFirst.get(history)!.reverse();
    if (history.touches.length === 0) {
      history.status = 'untracked';
      context.warn(
        'untracked',
        history.path,
        t.untracked(context.display(history.path), shellQuote(history.repoPath!)),
      );
      continue;
    }
    history.status = 'ok';
    history.versions = groupVersions(history.touches);
    checkTags(context, history, tags, inputByPath.get(history.path)?.id);
    warnUnreadable(context, history);
  }
  if (info.shallow) warnShallow(context, root, histories);
}

function warnUnreadable(context: RepositoryContext, history: CharterHistory): void {
  // A version refused by the loader is a text `validate` refuses too; one that is not a
  // charter at all (a Markdown file renamed into place) says nothing about the charter.
  const refused = history.touches.filter((t) => t.state.unreadable && t.state.problem !== undefined);
  if (refused.length === 0) return;
  const first = refused[0]!;
  context.warn(
    'unreadable-version',
    history.path,
    messages(context.options.lang).history.unreadableVersions(
      context.display(history.path),
      refused.length,
      `${first.commit.sha.slice(0, 7)} (${first.commit.date})`,
      first.state.problem!,
    ),
  );
}

function warnShallow(context: RepositoryContext, root: string, histories: readonly CharterHistory[]): void {
  const edges = new Map<string, CommitRef>();
  for (const history of histories) {
    for (const touch of history.touches) if (touch.boundary) edges.set(touch.commit.sha, touch.commit);
  }
  const list = [...edges.values()].map((c) => `${c.sha.slice(0, 7)} (${c.date})`);
  context.warn(
    'shallow',
    root,
    messages(context.options.lang).history.shallow(
      context.display(root) || '.',
      list.length > 0 ? list.join(', ') : undefined,
    ),
  );
}

function checkTags(
  context: RepositoryContext,
  history: CharterHistory,
  tags: Map<string, string>,
  currentId: string | undefined,
): void {
  const t = messages(context.options.lang).history;
  // The charter's name as the messages show it, only for a message.
  const p = () => context.display(history.path);
  // Only a version completed before a shallow clone's first commit needs it: built then.
  let shown: Set<string> | undefined;
  const isShown = (commit: string) => {
    shown ??= new Set(history.touches.map((touch) => touch.commit.sha));
    return shown.has(commit);
  };
  for (const version of history.versions) {
    const id = version.fields?.id ?? currentId;
    if (version.version === undefined || id === undefined) continue;
    const targets: Array<{
      name: string;
      what: string;
      record: { signing?: Touch; signingUnknown: boolean; tag?: TagRecord };
    }> = [
      { name: `charte/${id}/v${version.version}`, what: t.versionWhat(version.version), record: version },
    ];
    for (const amendment of version.amendments) {
      targets.push({
        name: `charte/${id}/v${version.version}-a${amendment.number}`,
        what: t.amendmentWhat(amendment.number, version.version),
        record: amendment,
      });
    }
    for (const { name, what, record } of targets) {
      const commit = tags.get(name);
      if (commit === undefined) continue;
      // Completed before a shallow clone's first commit: the tag can only be checked when it
      // points to that first commit (consistent) or not at all (the commit is not here).
      const matches = record.signing
        ? record.signing.commit.sha === commit
        : record.signingUnknown
          ? isShown(commit)
            ? true
            : null
          : false;
      record.tag = { name, commit, matches };
      if (matches !== false) continue;
      if (record.signing) {
        const s = record.signing.commit;
        context.warn(
          'tag-mismatch',
          history.path,
          t.tagMismatch(
            name,
            commit.slice(0, 7),
            what,
            p(),
            t.commitDescription(s.sha.slice(0, 7), s.date, s.subject),
            `git tag -f -a ${name} ${s.sha.slice(0, 12)} -m "${name}"`,
          ),
        );
      } else {
        context.warn('tag-unsigned', history.path, t.tagUnsigned(name, commit.slice(0, 7), what, p()));
      }
    }
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

/** A path as a POSIX shell word, for the commands our messages suggest. */
export function shellQuote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) && !path.startsWith('-') ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
