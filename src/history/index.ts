/**
 * Charter histories from git, read in one pass per repository (repository.ts): each version of
 * each charter read as the loader reads it (version-state.ts), grouped into versions with their
 * signing commits and avenants (versions.ts), tags checked.
 *
 * Nothing here prints or exits: histories and warnings are returned as data.
 */

import { displayPath, findRepoRoot, repoRelative, resolveCommit } from '../git/index.js';
import { messages } from '../i18n/catalogue.js';
import { loadRepository, type RepoState, type RepositoryContext } from './repository.js';
import type {
  CharterHistory,
  CharterInput,
  HistoryOptions,
  HistoryWarning,
  HistoryWarningCode,
} from './types.js';
import { VersionStateReader } from './version-state.js';

export { startHistory, startHistoryFor } from './early.js';
export { shellQuote } from './repository.js';
export type * from './types.js';
export { groupVersions } from './versions.js';

/** Reads the histories of several charters; keep it open while blobs are still needed, then close(). */
export class HistoryReader implements RepositoryContext {
  readonly histories = new Map<string, CharterHistory>();
  readonly warnings: HistoryWarning[] = [];
  readonly states: VersionStateReader;
  /** Figures for the benchmark: commits read, blobs read. */
  readonly stats = { commits: 0, blobs: 0, repositories: 0, sameAsNewer: 0 };
  readonly repos = new Map<string, RepoState>();

  private constructor(readonly options: HistoryOptions) {
    this.states = options.states ?? new VersionStateReader(options.lang);
  }

  static async read(inputs: readonly CharterInput[], options: HistoryOptions): Promise<HistoryReader> {
    const reader = new HistoryReader(options);
    await reader.load(inputs);
    return reader;
  }

  display(path: string): string {
    return displayPath(path, this.options.cwd);
  }

  warn(code: HistoryWarningCode, path: string, message: string): void {
    this.warnings.push({ code, path: this.display(path), message });
  }

  warnNoRepository(path: string): void {
    this.warn(
      'not-a-repository',
      path,
      messages(this.options.lang).history.notARepository(this.display(path)),
    );
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
      const group = byRoot.get(root);
      if (group) group.push(input);
      else byRoot.set(root, [input]);
    }
    for (const [root, group] of byRoot) await loadRepository(this, root, group);
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
