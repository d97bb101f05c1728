/**
 * `charte publish`: the charters of a repository as open data in one of three standards, or
 * nothing. Every charter must validate; a charter lacking a field the standard requires is
 * reported (field and file:line to fill in) and, unless `partial`, nothing is written. Output is
 * the same bytes for the same commit: dates come from git, never from the clock.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type Diagnostic, ExitError } from '../diagnostics.js';
import { describeWriteFailure, writeFileComplete } from '../edit/write.js';
import { findRepoRoot, repoRelative, runGit } from '../git/index.js';
import type { Lang } from '../i18n/index.js';
import type { Charter } from '../model/charter.js';
import { type CalendarDate, today } from '../model/dates.js';
import { type CharterFile, validatePaths } from '../validate/index.js';
import { buildDataPackage } from './datapackage.js';
import { buildIati } from './iati.js';
import { buildScdl } from './scdl.js';
import type { BuildResult, MissingField, PublishContext, PublishFormat, PublishInput } from './types.js';

export { type MissingField, PUBLISH_FORMATS, type PublishFormat } from './types.js';

export interface PublishOptions {
  cwd: string;
  lang: Lang;
  env?: NodeJS.ProcessEnv | undefined;
  format: PublishFormat;
  /** Output file or directory; `-` writes a single-file format to `stdout`. Default per format. */
  out?: string | undefined;
  /** Publish the complete charters even when others lack a required field. */
  partial?: boolean | undefined;
  /** Replace an existing output. */
  force?: boolean | undefined;
  /** Day of the standing; default: the date of the newest commit among the charters. */
  asOf?: CalendarDate | undefined;
  documentBaseUrl?: string | undefined;
}

export const DEFAULT_OUTPUTS: Readonly<Record<PublishFormat, string>> = {
  'scdl-deliberations': 'deliberations.csv',
  iati: 'iati-activities.xml',
  datapackage: 'datapackage',
};

export type PublishOutcome =
  | { kind: 'invalid'; files: CharterFile[] }
  | { kind: 'incomplete'; missing: MissingField[]; included: string[] }
  | { kind: 'exists'; output: string }
  | {
      kind: 'written';
      /** Absolute output path, or undefined when written to stdout. */
      output?: string | undefined;
      stdout?: string | undefined;
      included: string[];
      missing: MissingField[];
    };

/**
 * ISO date-time of the last commit touching each file: one `git log --name-only` per repository
 * over all its charters (paths after `--`), newest first, so a file's first appearance is its date.
 */
async function commitDates(
  files: readonly CharterFile[],
  env: NodeJS.ProcessEnv | undefined,
): Promise<Map<CharterFile, { root?: string; at?: string }>> {
  const cache = new Map<string, string | null>();
  const out = new Map<CharterFile, { root?: string; at?: string }>();
  const byRoot = new Map<string, CharterFile[]>();
  for (const file of files) {
    const root = findRepoRoot(dirname(file.path), cache);
    if (root === undefined) out.set(file, {});
    else byRoot.set(root, [...(byRoot.get(root) ?? []), file]);
  }
  for (const [root, group] of byRoot) {
    const paths = group.map((file) => repoRelative(root, file.path));
    const result = await runGit(root, ['log', '--format=format:%x01%cI', '--name-only', '--', ...paths], {
      env,
    });
    const dates = new Map<string, string>();
    if (result.code === 0) {
      let current = '';
      for (const line of result.stdout.toString('utf8').split('\n')) {
        if (line.startsWith('\u0001')) current = line.slice(1).trim();
        else if (line !== '' && !dates.has(line)) dates.set(line, current);
      }
    }
    group.forEach((file, i) => {
      const at = dates.get(paths[i]!);
      out.set(file, at ? { root, at } : { root });
    });
  }
  return out;
}

export async function publish(paths: readonly string[], options: PublishOptions): Promise<PublishOutcome> {
  // Validation is about the real world (no date in the future of today); --as-of only sets the
  // day of the published standing.
  const files = await validatePaths(paths.length > 0 ? paths : ['.'], {
    cwd: options.cwd,
    lang: options.lang,
    asOf: today(),
  });
  if (files.some((f) => f.diagnostics.some((d: Diagnostic) => d.severity === 'error')))
    return { kind: 'invalid', files };

  const dates = await commitDates(files, options.env);
  const inputs: PublishInput[] = files.map((file) => {
    const { root, at } = dates.get(file) ?? {};
    return {
      charter: file.data as unknown as Charter,
      displayPath: file.displayPath,
      repoPath: root !== undefined ? repoRelative(root, file.path) : file.displayPath,
      locate: (pointer: string) => file.locate(pointer),
      committedAt: at,
    };
  });
  const stamps = inputs.map((i) => i.committedAt).filter((x): x is string => x !== undefined);
  // The newest commit by instant; offsets differ between committers, so compare as instants.
  const generatedAt = stamps.sort((a, b) => Date.parse(a) - Date.parse(b) || a.localeCompare(b)).at(-1);
  const context: PublishContext = {
    asOf: options.asOf ?? generatedAt?.slice(0, 10) ?? today(),
    generatedAt,
    documentBaseUrl: options.documentBaseUrl,
  };
  // The standing published is renew's: the last fully signed version in git, so that a renewal
  // or an avenant in progress does not turn a charter in force (or overdue) into a draft.
  const { computeRenewReport } = await import('../lifecycle/renew-report.js');
  const renewed = await computeRenewReport(
    files.map((file) => file.path),
    { cwd: options.cwd, lang: options.lang, asOf: context.asOf, env: options.env },
  );
  const standings = new Map(renewed.charters.map((c) => [c.path, c.standing]));
  for (const input of inputs) input.standing = standings.get(input.displayPath);

  const toStdout = options.out === '-';
  const output = toStdout ? undefined : resolve(options.cwd, options.out ?? DEFAULT_OUTPUTS[options.format]);
  const built: BuildResult =
    options.format === 'scdl-deliberations'
      ? buildScdl(inputs, basename(output ?? DEFAULT_OUTPUTS[options.format]))
      : options.format === 'iati'
        ? buildIati(inputs, context, basename(output ?? DEFAULT_OUTPUTS[options.format]))
        : buildDataPackage(inputs, context);

  if (built.missing.length > 0 && !options.partial) {
    return { kind: 'incomplete', missing: built.missing, included: built.included };
  }
  if (toStdout) {
    if (options.format === 'datapackage') {
      return {
        kind: 'written',
        stdout: built.files.find((f) => f.name === 'datapackage.json')?.content ?? '',
        included: built.included,
        missing: built.missing,
      };
    }
    return {
      kind: 'written',
      stdout: built.files[0]?.content ?? '',
      included: built.included,
      missing: built.missing,
    };
  }
  const target = output as string;
  if (existsSync(target) && !options.force) return { kind: 'exists', output: target };
  try {
    if (options.format === 'datapackage') await writeDirectory(target, built.files);
    else {
      await mkdir(dirname(target), { recursive: true });
      await writeFileComplete(target, built.files[0]?.content ?? '');
    }
  } catch (error) {
    // A full disk, a read-only folder or a path through a file: say which, nothing was written.
    throw new ExitError(describeWriteFailure(error, target, options.lang), 2);
  }
  return { kind: 'written', output: target, included: built.included, missing: built.missing };
}

/**
 * Writes a directory all at once: into a sibling temporary directory, then renamed into place
 * (the previous one, with --force, is moved aside first and removed after).
 */
async function writeDirectory(
  target: string,
  files: ReadonlyArray<{ name: string; content: string }>,
): Promise<void> {
  const parent = dirname(target);
  const staging = join(parent, `.${basename(target)}.tmp-${process.pid}`);
  const previous = join(parent, `.${basename(target)}.old-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (const file of files) await writeFileComplete(join(staging, file.name), file.content);
    const hadPrevious = existsSync(target);
    if (hadPrevious) await rename(target, previous);
    await rename(staging, target);
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
