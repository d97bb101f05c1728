/**
 * Placeholders: what `charte init --yes` and the templates write where an answer is still
 * missing (« à préciser », « à désigner », "to be specified", "to be appointed", the dotted
 * lines « …………… », `[à compléter]`, `TODO`). A charter holding one is not ready: `validate`
 * warns, `sign` and the export of a final version refuse.
 *
 * Pure text scanning, in the lowest layer that needs it, so that every command can ask.
 */

export interface Placeholder {
  /** Offset of the placeholder in the text given. */
  offset: number;
  /** 1-based line and column (columns in UTF-16 units, as editors count). */
  line: number;
  column: number;
  /** The placeholder as written. */
  text: string;
  /** The line it sits on, trimmed: what to fill in. */
  context: string;
}

// Words are matched whole and case-insensitively; « … » runs of 3 or more dots or ellipses.
const PLACEHOLDER =
  /(?<![\p{L}\p{N}])(?:à préciser|à désigner|to be specified|to be appointed|TODO|TBD)(?![\p{L}\p{N}])|\[(?:à compléter|to be completed|…|\.\.\.)[^[\]\n]*\]|(?:…|\.){6,}/giu;

const CONTEXT = 30;

/** The placeholder's line, cut to a few words either side. */
function around(line: string, at: number, length: number): string {
  let start = Math.max(0, at - CONTEXT);
  let end = Math.min(line.length, at + length + CONTEXT);
  if (start > 0) start = line.indexOf(' ', start) + 1 || start;
  if (end < line.length) end = line.lastIndexOf(' ', end) > at + length ? line.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${line.slice(start, end).trim()}${end < line.length ? '…' : ''}`;
}

// A cheap first look (plain substring searches, much faster than any regular expression over a
// whole file): most charters have no placeholder at all.
const HINTS = [
  'préciser',
  'désigner',
  'o be specified',
  'o be appointed',
  'TODO',
  'TBD',
  'todo',
  '[à',
  '[to',
  '[…',
  '[...',
  '……',
  '......',
];

/** Every placeholder in `text`, in order. */
export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  if (!HINTS.some((hint) => text.includes(hint))) return found;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = match.index;
    const end = text.indexOf('\n', match.index);
    const lineText = text.slice(lineStart, end === -1 ? text.length : end);
    found.push({
      offset: match.index,
      line,
      column: match.index - lineStart + 1,
      text: match[0],
      context: around(lineText, match.index - lineStart, match[0].length),
    });
  }
  return found;
}
