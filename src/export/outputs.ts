/**
 * Where each document goes: beside its charter (x.md → x.pdf), to the file `-o` names (one
 * charter), or under the directory `-o` names (the charters' common directory mirrored there).
 * Refuses, before anything is typeset: overwriting a charter, two charters to one file, a
 * directory as a file, and an existing file without `--force`.
 */

import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve as resolvePath, sep } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { displayPathOf } from '../load/charter-file.js';
import { commonDirectory } from '../paths.js';
import type { Job } from './jobs.js';

export type ExportFormat = 'pdf' | 'html';

export interface OutputOptions {
  cwd: string;
  lang: Lang;
  format: ExportFormat;
  output?: string | undefined;
  force?: boolean | undefined;
  /** Added to the default name before its extension (`-v1-a2` for an avenant's document). */
  suffix?: string | undefined;
}

function withExtension(path: string, format: ExportFormat, suffix = ''): string {
  const ext = extname(path);
  return `${ext.toLowerCase() === '.md' ? path.slice(0, -ext.length) : path}${suffix}.${format}`;
}

/** Sets `output` on every job, or refuses the run. */
export async function planOutputs(jobs: Job[], options: OutputOptions): Promise<void> {
  const { format } = options;
  const say = messages(options.lang).export;
  const sources = jobs.map((j) => j.file.path);
  let outputDir: string | undefined;
  if (options.output !== undefined) {
    const out = resolvePath(options.cwd, options.output);
    const isDir = await stat(out).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (jobs.length > 1 || isDir || /[/\\]$/.test(options.output)) outputDir = out;
    else jobs[0]!.output = out;
  }
  const common = commonDirectory(sources, sep) || sep;
  for (const job of jobs) {
    if (job.output !== '') continue;
    const name = withExtension(basename(job.file.path), format, options.suffix);
    job.output =
      outputDir === undefined
        ? join(dirname(job.file.path), name)
        : join(outputDir, relative(common, dirname(job.file.path)), name);
  }

  const realSources = new Set<string>();
  for (const source of sources) {
    realSources.add(source);
    realSources.add(await realpath(source).catch(() => source));
  }
  const taken = new Map<string, string>();
  for (const job of jobs) {
    const shown = displayPathOf(job.output, options.cwd);
    const real = await realpath(job.output).catch(() => job.output);
    if (realSources.has(job.output) || realSources.has(real)) {
      throw new ExitError(say.outputIsCharter(shown), 2);
    }
    const other = taken.get(job.output);
    if (other !== undefined) {
      throw new ExitError(say.outputTwice(job.file.displayPath, other, shown), 2);
    }
    taken.set(job.output, job.file.displayPath);
    const existing = await stat(job.output).catch(() => undefined);
    if (existing?.isDirectory()) {
      throw new ExitError(say.outputIsDirectory(shown), 2);
    }
    if (existing && options.force !== true) {
      throw new ExitError(say.outputExists(shown), 2);
    }
  }
}
