/**
 * The guard of every edit: the edited text is read back by both YAML parsers the project uses,
 * and its data must equal exactly what the command meant (old data plus the intended change), its
 * body must be the old body. Anything else means the edit would change something it should not:
 * the command refuses and writes nothing.
 */
import { isDeepStrictEqual } from 'node:util';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { splitFrontMatter } from '../load/frontmatter.js';
import { PositionedYaml, parseYamlFast } from '../load/yaml.js';
import { EditError } from './front-matter.js';

export type ReadBack = { ok: true; data: unknown; body: string } | { ok: false; reason: string };

/** Splits and parses a text with the fast parser and the positioned one; both must agree. */
export function readBack(text: string, lang: Lang): ReadBack {
  const split = splitFrontMatter(text, lang);
  if ('rule' in split) return { ok: false, reason: split.message };
  const fast = parseYamlFast(split.matter);
  const slow = new PositionedYaml(split.matter, split.matterOffset, lang).toValue(lang);
  if (!slow.ok) return { ok: false, reason: 'yaml' };
  if (fast.ok && !isDeepStrictEqual(fast.value, slow.value)) return { ok: false, reason: 'parsers disagree' };
  return { ok: true, data: slow.value, body: split.body };
}

/**
 * Throws EditError unless `edited` reads back as `expected` with the body it should have:
 * `original`'s body (the text before the edit, without BOM), or `expectedBody` when the command
 * meant to change the body too (generated blocks refreshed).
 */
export function verifyEdit(
  original: string,
  edited: string,
  expected: unknown,
  lang: Lang,
  expectedBody?: string,
): void {
  const before = splitFrontMatter(original, lang);
  const after = readBack(edited, lang);
  const body = expectedBody ?? ('rule' in before ? undefined : before.body);
  const sameBody = after.ok && body !== undefined && after.body === body;
  if (after.ok && sameBody && isDeepStrictEqual(after.data, expected)) return;
  const detail = after.ok ? (sameBody ? 'data' : 'body') : after.reason;
  throw new EditError(messages(lang).lifecycle.editor.verifyFailed(detail));
}
