/**
 * Which charters an export covers, and where each one's text and files come from: the working
 * tree (the files as they are, stamped with the commit that last recorded them when they match
 * it) or, with `--ref`, a commit's tree. Each charter is validated here; the orchestration
 * (index.ts) stops before anything is written when one is invalid.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { type CharterFile, displayPathOf, loadCharterFile } from '../load/charter-file.js';
import { discover, looksLikeCharter } from '../load/discover.js';
import { MAX_FILE_BYTES, peekText } from '../load/source.js';
import type { CalendarDate } from '../model/dates.js';
import { validateFile, validateLoaded } from '../validate/index.js';
import type { Revision } from './document.js';
import {
  changedPaths,
  existingAncestor,
  type GitOptions,
  lastCommits,
  listTreeMarkdown,
  readTreeFile,
  repoRelative,
  repositoryRoot,
  resolveCommit,
} from './git.js';

/** What finding the charters needs of the run's options. */
export interface JobOptions {
  cwd: string;
  lang: Lang;
  today: CalendarDate;
}

/** A charter to export: its file (validated), where its repository files come from, and its revision. */
export interface Job {
  file: CharterFile;
  root: string;
  /** Path of the charter relative to the root. */
  rel: string;
  /** Where the charter's images are read from: the working tree, or the tree of `rev`. */
  source: FileSource;
  revision: Revision;
  output: string;
  inRepository: boolean;
  /** The revision the files come from: `HEAD` for the working tree, else the commit of `--ref`. */
  rev: string;
}

/** Where a charter's repository files are read (data, so that a worker thread can read them too). */
export type FileSource = { kind: 'tree' } | { kind: 'commit'; commit: string };

/** The charters named by `inputs`: in the working tree, or at `ref`. */
export function findJobs(
  inputs: readonly string[],
  ref: string | undefined,
  options: JobOptions,
  git: GitOptions,
): Promise<Job[]> {
  return ref === undefined ? workingTreeJobs(inputs, options, git) : refJobs(inputs, ref, options, git);
}

/** Root of the repository holding a directory, cached: a batch asks once per directory. */
function rootFinder(git: GitOptions) {
  const cache = new Map<string, Promise<string | undefined>>();
  return (dir: string) => {
    let root = cache.get(dir);
    if (!root) {
      root = repositoryRoot(dir, git);
      cache.set(dir, root);
    }
    return root;
  };
}

async function workingTreeJobs(
  inputs: readonly string[],
  options: JobOptions,
  git: GitOptions,
): Promise<Job[]> {
  const candidates = await discover(inputs, options.cwd, options.lang);
  const findRoot = rootFinder(git);
  const jobs: Job[] = [];
  for (const candidate of candidates) {
    if (!candidate.explicit) {
      const head = peekText(candidate.path);
      if (head === undefined || !looksLikeCharter(head)) continue;
    }
    const file = await validateFile(candidate.path, {
      cwd: options.cwd,
      lang: options.lang,
      asOf: options.today,
    });
    let real: string;
    try {
      real = await realpath(candidate.path);
    } catch {
      real = candidate.path;
    }
    const repo = await findRoot(dirname(real));
    const root = repo ?? dirname(real);
    const rel = repoRelative(root, real);
    jobs.push({
      file,
      root,
      rel,
      source: { kind: 'tree' },
      revision: { asOf: options.today },
      output: '',
      inRepository: repo !== undefined,
      rev: 'HEAD',
    });
  }
  // Two git questions per repository, whatever the number of charters: which commit last
  // changed each one, and which differ from HEAD (those are working copies, not commits).
  const byRoot = new Map<string, Job[]>();
  for (const job of jobs) {
    if (!job.inRepository) continue;
    byRoot.set(job.root, [...(byRoot.get(job.root) ?? []), job]);
  }
  for (const [root, group] of byRoot) {
    const rels = group.map((j) => j.rel);
    const [stamps, changed] = await Promise.all([
      lastCommits(root, 'HEAD', rels, git),
      changedPaths(root, rels, git),
    ]);
    for (const job of group) {
      const stamp = stamps.get(job.rel);
      if (stamp && !changed.has(job.rel)) {
        job.revision = { commit: stamp.commit, epochSeconds: stamp.epochSeconds, asOf: stamp.date };
      }
    }
  }
  return jobs;
}

async function refJobs(
  inputs: readonly string[],
  ref: string,
  options: JobOptions,
  git: GitOptions,
): Promise<Job[]> {
  const { lang } = options;
  const say = messages(lang).export;
  const jobs: Job[] = [];
  const commits = new Map<string, string>();
  const seen = new Set<string>();
  for (const input of inputs) {
    const absolute = resolve(options.cwd, input);
    const isDirectory = await stat(absolute).then(
      (s) => s.isDirectory(),
      () => false,
    );
    const anchor = isDirectory ? await realpath(absolute) : await existingAncestor(absolute);
    const root = await repositoryRoot(anchor, git);
    if (root === undefined) {
      throw new ExitError(say.refNoRepository(input), 2);
    }
    let commit = commits.get(root);
    if (commit === undefined) {
      commit = await resolveCommit(root, ref, lang, git);
      commits.set(root, commit);
    }
    // The path inside the repository, through the real path of its existing part.
    const rel = repoRelative(root, isDirectory ? anchor : await realParentJoin(absolute));
    if (rel.startsWith('..')) {
      throw new ExitError(say.outsideRepository(input, root), 2);
    }
    const paths = isDirectory ? await listTreeMarkdown(root, commit, rel === '' ? '' : rel, git) : [rel];
    for (const path of paths) {
      const key = `${root}\0${path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = await readTreeFile(root, commit, path, MAX_FILE_BYTES, git);
      const where = `${displayPathOf(join(root, path), options.cwd)}`;
      if (entry.kind !== 'file') {
        if (isDirectory) continue;
        throw new ExitError(say.notInRef(where, ref, path), 2);
      }
      if (
        isDirectory &&
        !looksLikeCharter(entry.bytes.toString('utf8', 0, Math.min(entry.bytes.length, 65536)))
      )
        continue;
      const file = await loadCharterFile(join(root, ...path.split('/')), {
        cwd: options.cwd,
        lang,
        bytes: entry.bytes,
      });
      await validateLoaded(file, { asOf: options.today });
      jobs.push({
        file,
        root,
        rel: path,
        source: { kind: 'commit', commit },
        revision: { asOf: options.today },
        output: '',
        inRepository: true,
        rev: commit,
      });
    }
  }
  // One `git log` per repository for the stamps of all its charters at the ref.
  for (const [root, commit] of commits) {
    const group = jobs.filter((j) => j.root === root);
    const stamps = await lastCommits(
      root,
      commit,
      group.map((j) => j.rel),
      git,
    );
    for (const job of group) {
      const stamp = stamps.get(job.rel);
      if (stamp) job.revision = { commit: stamp.commit, epochSeconds: stamp.epochSeconds, asOf: stamp.date };
    }
  }
  return jobs;
}

/** The real path of a possibly missing file: its existing ancestor's real path, then the rest. */
async function realParentJoin(absolute: string): Promise<string> {
  const ancestor = await existingAncestor(absolute);
  let existing = dirname(absolute);
  // Walk up the given path as far as the ancestor that exists, then append the missing rest.
  const rest: string[] = [basename(absolute)];
  for (;;) {
    try {
      if ((await realpath(existing)) === ancestor) break;
    } catch {
      // not there yet
    }
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(basename(existing));
    existing = parent;
  }
  return join(ancestor, ...rest);
}
