/**
 * Refusals for commands that must not act on a text that does not say what its data say, or
 * that still holds placeholders: `sign` (placeholders), the export of a final version
 * (placeholders), `export` (stale blocks: `validate` reports them as errors, which export
 * already refuses; this is for callers that skip validation). Each throws an `ExitError` with
 * exit code 1 (refused because of the charter's state), naming every place at fault.
 */
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import type { Charter } from '../model/charter.js';
import { scanBlocks, staleBlocks } from '../text/blocks.js';
import { findPlaceholders } from '../validate/placeholders.js';

/** Refuses a text whose generated blocks do not say what `charter` says. */
export function assertFresh(text: string, charter: Charter, displayPath: string, lang: Lang): void {
  const stale = staleBlocks(text, charter);
  if (stale.length === 0) return;
  const m = messages(lang).blocks;
  throw new ExitError(
    [
      m.notFresh(displayPath, stale.length),
      ...stale.map((s) => `  ${displayPath}:${s.line}:${s.column}: ${s.name}`),
    ].join('\n'),
    1,
  );
}

/**
 * Refuses a text that still holds placeholders (« à préciser »…), outside generated blocks
 * (there they come from the data, whose own placeholders are found in the front matter).
 */
export function assertNoPlaceholders(text: string, displayPath: string, lang: Lang): void {
  const { blocks } = scanBlocks(text);
  const found = findPlaceholders(text).filter(
    (p) => !blocks.some((b) => p.offset >= b.contentStart && p.offset < b.contentEnd),
  );
  if (found.length === 0) return;
  const m = messages(lang).blocks;
  throw new ExitError(
    [
      m.placeholderRefused(found.length),
      ...found.map((p) => `  ${displayPath}:${p.line}:${p.column}: ${m.placeholder(p.text, p.context)}`),
    ].join('\n'),
    1,
  );
}
