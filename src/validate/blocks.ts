/**
 * The generated blocks of the body and the placeholders left in a charter:
 *
 * - a block that no longer says what the front matter says is an error (`stale-block`), placed
 *   on its first difference and saying what differs; `charte sync` regenerates it;
 * - markers that do not pair up, or name no known block, are an error (`block-markers`);
 * - a placeholder (« à préciser », "to be specified", dotted lines...) is a warning
 *   (`placeholder`); `sign` and the export of a final version refuse it.
 *
 * The blocks' text comes from src/render/blocks.ts, the one place that writes it (the stale
 * check must compare with exactly what `init` and `sync` write).
 */
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import type { CharterFile } from '../load/charter-file.js';
import type { Charter } from '../model/charter.js';
import { BLOCK_NAMES, type BlockProblem, scanBlocks, staleBlocks } from '../text/blocks.js';
import { findPlaceholders } from './placeholders.js';

function quote(text: string, lang: Lang): string {
  return messages(lang).validate.quote(text);
}

function markerMessage(problem: BlockProblem, lang: Lang): string {
  const m = messages(lang).blocks;
  switch (problem.kind) {
    case 'unknown':
      return m.unknownBlock(problem.name, BLOCK_NAMES.join(', '));
    case 'unclosed':
      return m.unclosed(problem.name);
    case 'stray-end':
      return m.strayEnd(problem.name);
    case 'mismatched-end':
      return m.mismatchedEnd(problem.name, problem.other ?? '');
    case 'duplicate':
      return m.duplicate(problem.name, problem.firstLine ?? 0);
  }
}

/**
 * Adds the block and placeholder diagnostics of `file`. `shapesOk`: the schema accepted the
 * front matter, so the blocks can be generated from it (otherwise only the markers are checked).
 */
export function checkBlocks(file: CharterFile, shapesOk: boolean): void {
  const text = file.text;
  const lang = file.lang;
  const m = messages(lang).blocks;
  const { blocks, problems } = scanBlocks(text);
  for (const problem of problems) {
    const { line, column } = file.lineColumn(problem.offset);
    file.add({
      severity: 'error',
      rule: 'block-markers',
      line,
      column,
      message: markerMessage(problem, lang),
    });
  }
  if (shapesOk && blocks.length > 0 && file.data !== undefined) {
    for (const stale of staleBlocks(text, file.data as unknown as Charter)) {
      const show = (s: string | undefined) => (s === undefined || s === '' ? m.nothing : quote(s, lang));
      const message =
        stale.written === undefined
          ? m.staleMissing(stale.name, show(stale.expected))
          : stale.expected === undefined
            ? m.staleExtra(stale.name, show(stale.written))
            : m.stale(stale.name, show(stale.written), show(stale.expected));
      file.add({ severity: 'error', rule: 'stale-block', line: stale.line, column: stale.column, message });
    }
  }
  // A placeholder inside a block comes from the data: it is reported where the data say it.
  const inBlock = (offset: number) => blocks.some((b) => offset >= b.contentStart && offset < b.contentEnd);
  for (const placeholder of findPlaceholders(text)) {
    if (inBlock(placeholder.offset)) continue;
    file.add({
      severity: 'warning',
      rule: 'placeholder',
      line: placeholder.line,
      column: placeholder.column,
      message: m.placeholder(placeholder.text, placeholder.context),
    });
  }
}
