/**
 * `charte diff <file> [--from <ref>] [--to <ref>]`: what changed between two versions of a
 * charter (default: the last signed version, i.e. its signing commit, and the working file).
 * The front matter is compared as data and told in words ("entity added: …", "commitment C3
 * added", "resource amount 8,000 → 10,000 EUR"); the body as a unified diff.
 */

import { ExitError } from '../diagnostics.js';
import { HistoryReader } from '../history/index.js';
import { unifiedDiff } from '../history/line-diff.js';
import { messages } from '../i18n/catalogue.js';
import { describeChanges } from '../text/changes.js';
import { idOf, side } from './diff-sides.js';
import type { CharterDiff, DiffOptions, DiffSide } from './diff-types.js';
import { loadNamedCharter } from './log.js';

export { describeChanges } from '../text/changes.js';
export { formatDiffJson, formatDiffText } from './diff-format.js';
export type { ChangeKind, CharterDiff, DiffOptions, DiffSide, FrontMatterChange } from './diff-types.js';

export async function charterDiff(path: string, options: DiffOptions): Promise<CharterDiff> {
  const working = await loadNamedCharter(path, options);
  const reader = await HistoryReader.read([{ path: working.path, id: idOf(working) }], options);
  try {
    const history = reader.histories.get(working.path)!;
    const fr = options.lang === 'fr';
    const needsHistory = options.from !== 'working' || (options.to !== undefined && options.to !== 'working');
    if (history.status !== 'ok' && needsHistory) {
      const why = reader.warnings.map((w) => w.message).join('; ');
      throw new ExitError(messages(options.lang).diff.noHistory(working.displayPath, why), 2);
    }
    const from = await side(options.from, 'from', working, history, reader, options);
    const to = await side(options.to ?? 'working', 'to', working, history, reader, options);
    if (from.file.fatal || to.file.fatal || !from.file.data || !to.file.data) {
      const broken = from.file.fatal || !from.file.data ? from : to;
      const d = broken.file.diagnostics.find((x) => x.fatal);
      throw new ExitError(
        fr
          ? `${broken.side.path} (${broken.side.ref}) illisible${d ? ` : ${d.line}:${d.column} ${d.message}` : ''}`
          : `${broken.side.path} (${broken.side.ref}) cannot be read${d ? `: ${d.line}:${d.column} ${d.message}` : ''}`,
        1,
      );
    }
    const label = (s: DiffSide) => `${s.path} (${s.commit ? s.commit.slice(0, 7) : s.ref})`;
    return {
      path: working.displayPath,
      from: from.side,
      to: to.side,
      // The items themselves are for documents that phrase the changes (an avenant's); the
      // diff's result keeps its documented shape.
      changes: describeChanges(from.file.data, to.file.data, options.lang).map(
        ({ record: _record, previous: _previous, ...change }) => change,
      ),
      // Hunk line numbers are the files' own: the body starts after the front matter.
      body: unifiedDiff(`a/${label(from.side)}`, `b/${label(to.side)}`, from.file.body, to.file.body, {
        oldLineOffset: (from.file.split?.bodyLine ?? 1) - 1,
        newLineOffset: (to.file.split?.bodyLine ?? 1) - 1,
      }),
    };
  } finally {
    await reader.close();
  }
}
