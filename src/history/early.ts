/**
 * The git reads a history pass needs, started before the charters are known (a small module,
 * so that a command can start them before it loads the rest): the log pass, the longest, runs
 * while the program loads and the working files are found and read.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { charterTags, findRepoRoot, type GitOptions, repoInfo } from '../git/index.js';
import { LogFeed } from './log-stream.js';
import type { EarlyRepository, HistoryStart } from './types.js';

/**
 * Starts the git reads of the repositories that hold `paths` (files or folders; a path that does
 * not exist counts by its nearest existing parent) before the charters in them are known: the
 * log pass runs while the working files are found and read. Give the result to
 * HistoryReader.read (options.early) and close() it afterwards.
 */
export function startHistory(paths: readonly string[], options: GitOptions): HistoryStart {
  const started = new Map<string, EarlyRepository>();
  const rootCache = new Map<string, string | null>();
  for (const path of paths) {
    let existing = path;
    while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
    const root = findRepoRoot(existing, rootCache);
    if (root === undefined || started.has(root)) continue;
    // The log first: it is the longest, and every spawn takes a few milliseconds.
    const log = new LogFeed(root, options);
    const early: EarlyRepository = {
      info: repoInfo(root, options),
      tags: charterTags(root, options),
      log,
    };
    // Awaited by the pass that takes them; never awaited for a repository nobody asks about.
    early.info.catch(() => {});
    early.tags.catch(() => {});
    started.set(root, early);
  }
  return {
    take(root) {
      const early = started.get(root);
      started.delete(root);
      return early;
    },
    close() {
      for (const early of started.values()) early.log.cancel();
      started.clear();
    },
  };
}

/** startHistory for a command's arguments (files, folders, patterns; none: the current folder). */
export function startHistoryFor(inputs: readonly string[], cwd: string, options: GitOptions): HistoryStart {
  // A pattern counts by its nearest existing folder.
  return startHistory(
    (inputs.length > 0 ? inputs : ['.']).map((input) => resolve(cwd, input)),
    options,
  );
}
