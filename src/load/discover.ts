/**
 * Which files to look at: explicit files, directories (searched recursively for `*.md` whose
 * front matter declares `charte:`, skipping node_modules and .git) and glob patterns.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ExitError } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { describeFsError } from './source.js';

export interface Candidate {
  path: string;
  /** Named on the command line: a file that is not a charter is then an error, not skipped. */
  explicit: boolean;
}

const IGNORE = ['**/node_modules/**', '**/.git/**'];

export async function discover(inputs: readonly string[], cwd: string, lang: Lang): Promise<Candidate[]> {
  const seen = new Map<string, Candidate>();
  const push = (path: string, explicit: boolean) => {
    const existing = seen.get(path);
    if (!existing) seen.set(path, { path, explicit });
    else if (explicit) existing.explicit = true;
  };
  for (const input of inputs.length > 0 ? inputs : ['.']) {
    const absolute = resolve(cwd, input);
    let info: Awaited<ReturnType<typeof stat>> | undefined;
    try {
      info = await stat(absolute);
    } catch (error) {
      if (isDynamicPattern(input)) {
        const matches = await glob(input, {
          cwd,
          absolute: true,
          ignore: IGNORE,
          dot: false,
          followSymbolicLinks: false,
        });
        // A mistyped pattern in CI must not pass silently.
        if (matches.length === 0) {
          throw new ExitError(
            lang === 'fr'
              ? `${input} : aucun fichier ne correspond à ce motif`
              : `${input}: no file matches this pattern`,
            2,
          );
        }
        for (const match of matches.sort()) push(match, false);
        continue;
      }
      throw new ExitError(`${input}: ${describeFsError(error, lang)}`, 2);
    }
    if (info.isDirectory()) {
      // Links are not followed: a link to a parent folder would report every charter twice, and
      // one to elsewhere would read charters outside the tree.
      const matches = await glob('**/*.md', {
        cwd: absolute,
        absolute: true,
        ignore: IGNORE,
        dot: false,
        followSymbolicLinks: false,
      });
      for (const match of matches.sort()) push(match, false);
    } else {
      push(absolute, true);
    }
  }
  return [...seen.values()];
}

/**
 * A cheap test on the raw text: does the front matter declare `charte:`? Used to skip the
 * ordinary Markdown files of a directory before any YAML is parsed.
 */
export function looksLikeCharter(text: string): boolean {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', start) || text[start + 3] === '-') return false;
  const close = text.indexOf('\n---', start + 3);
  const matter = close === -1 ? text.slice(start) : text.slice(start, close);
  return /^(["']?)charte\1[ \t]*:/m.test(matter);
}
