/**
 * `charte sync`: regenerates the generated blocks of charter files from their front matter, in
 * place, or (`check`) only says which files are stale. Each file is written atomically and only
 * if it still holds the bytes read (src/edit/write.ts), under the charter's edit lock; a file
 * whose front matter has errors is not written. Returns data; the CLI prints it.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics.js';
import { withEditLock } from '../edit/lock.js';
import { writeIfUnchanged } from '../edit/write.js';
import type { Lang } from '../i18n/index.js';
import { displayPathOf, loadCharterFile } from '../load/charter-file.js';
import { discover, looksLikeCharter } from '../load/discover.js';
import type { Charter } from '../model/charter.js';
import type { CalendarDate } from '../model/dates.js';
import { type BlockName, refreshBlocks, scanBlocks } from '../text/blocks.js';
import { validateLoaded } from '../validate/index.js';

export interface SyncOptions {
  cwd: string;
  lang: Lang;
  asOf: CalendarDate;
  /** Write nothing; report the files whose blocks are stale. */
  check?: boolean;
}

export type SyncStatus = 'updated' | 'stale' | 'up-to-date' | 'no-blocks' | 'invalid';

export interface SyncedFile {
  path: string;
  display: string;
  status: SyncStatus;
  /** The blocks regenerated (or, with `check`, that would be). */
  blocks: BlockName[];
  /** For `invalid`: the errors that prevent regenerating. */
  errors: Diagnostic[];
}

/** Errors that do not prevent regenerating: the stale blocks themselves. */
const SYNCABLE = new Set(['stale-block']);

export async function syncCharters(inputs: readonly string[], options: SyncOptions): Promise<SyncedFile[]> {
  const { cwd, lang } = options;
  const results: SyncedFile[] = [];
  for (const candidate of await discover(inputs, cwd, lang)) {
    const display = displayPathOf(candidate.path, cwd);
    const bytes = await readFile(candidate.path);
    if (!candidate.explicit && !looksLikeCharter(bytes.toString('utf8', 0, Math.min(bytes.length, 65536))))
      continue;
    const file = await loadCharterFile(candidate.path, { cwd, lang, bytes });
    await validateLoaded(file, { asOf: options.asOf });
    const errors = file.sortedDiagnostics().filter((d) => d.severity === 'error' && !SYNCABLE.has(d.rule));
    const base = { path: candidate.path, display };
    if (errors.length > 0 || file.data === undefined) {
      results.push({ ...base, status: 'invalid', blocks: [], errors });
      continue;
    }
    if (scanBlocks(file.text).blocks.length === 0) {
      results.push({ ...base, status: 'no-blocks', blocks: [], errors: [] });
      continue;
    }
    const { bytes: next, changed } = refreshBlocks(bytes, file.data as unknown as Charter);
    const names = changed.map((c) => c.name);
    if (changed.length === 0) {
      results.push({ ...base, status: 'up-to-date', blocks: [], errors: [] });
    } else if (options.check) {
      results.push({ ...base, status: 'stale', blocks: names, errors: [] });
    } else {
      await withEditLock(candidate.path, display, lang, () =>
        writeIfUnchanged(candidate.path, display, bytes, next, lang),
      );
      results.push({ ...base, status: 'updated', blocks: names, errors: [] });
    }
  }
  return results;
}
