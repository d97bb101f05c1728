/**
 * Which files to look at: explicit files, directories (searched recursively for `*.md`, skipping
 * node_modules and .git) and glob patterns; `looksLikeCharter` then decides which are charters.
 */

import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { hasFrontMatterFence, splitFrontMatter } from './frontmatter.js';
import { describeFsError } from './source.js';
import { PositionedYaml, parseYamlFast } from './yaml.js';

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
          throw new ExitError(messages(lang).load.globMatchesNothing(input), 2);
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

/** `charte:` as a key anywhere in a text: at any indentation, quoted, or in JSON/flow style. */
const CHARTER_KEY = /(?:^|[\s{,])(["']?)charte\1[ \t]*:/m;

/**
 * The one rule that decides what a charter is, for every command that looks through folders
 * (validate, renew, export, log...): the loader's own split and parse. A file is a charter when
 * its front matter parses to a mapping with the key `charte`, whatever its layout (indented,
 * JSON, flow); a file whose front matter does not split or parse still counts when it names
 * `charte` as a key, so that its errors are reported instead of the file being skipped. A file
 * named on the command line is loaded whatever this says, and the loader applies the same rule
 * (`CharterFile.isCharter`). `text` may be a prefix of the file (64 KiB): a cut front matter
 * fails to parse and falls back on the key test.
 */
export function looksLikeCharter(text: string): boolean {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!hasFrontMatterFence(withoutBom)) return false;
  // No `charte` anywhere: no key either, whatever the layout (most Markdown files stop here).
  if (!withoutBom.includes('charte')) return false;
  const split = splitFrontMatter(withoutBom, 'en');
  if ('rule' in split) return CHARTER_KEY.test(withoutBom.slice(0, 64 * 1024));
  let parsed = parseYamlFast(split.matter);
  if (!parsed.ok) parsed = new PositionedYaml(split.matter, split.matterOffset, 'en').toValue('en');
  if (!parsed.ok) return CHARTER_KEY.test(split.matter);
  const value = parsed.value;
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'charte')
  );
}
