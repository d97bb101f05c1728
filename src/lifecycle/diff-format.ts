/** `charte diff`'s output: text (the changes in words, then the body's unified diff) or JSON. */
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import type { CharterDiff, DiffSide } from './diff-types.js';

export function formatDiffText(diff: CharterDiff, lang: Lang): string {
  const m = messages(lang).diff;
  const sideText = (s: DiffSide) =>
    s.commit === null ? m.workingFile(s.version) : m.commitSide(s.ref, s.commit.slice(0, 7), s.version);
  const lines = [m.heading(diff.path, sideText(diff.from), sideText(diff.to)), ''];
  if (diff.changes.length === 0) lines.push(m.frontMatterUnchanged);
  else {
    lines.push(m.frontMatterHeading);
    for (const c of diff.changes) lines.push(`  - ${c.message}`);
  }
  lines.push('');
  if (diff.body === '') lines.push(m.textUnchanged);
  else lines.push(m.textHeading, diff.body.trimEnd());
  return `${lines.join('\n')}\n`;
}

export function formatDiffJson(diff: CharterDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
