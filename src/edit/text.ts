/**
 * Text edits on a file's text: a replacement of one span by new text. Editing commands compute
 * their edits on the original text and apply them all at once, so every byte outside the spans
 * stays as it was.
 */

/** Replace `text[start, end)` by `insert` (offsets in the text without BOM). */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/** Applies non-overlapping edits (in any order); throws on overlap, a bug of the caller. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) {
      throw new RangeError(`overlapping or out-of-range edit at ${edit.start}-${edit.end}`);
    }
    out += text.slice(cursor, edit.start) + edit.insert;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The start of the line after the one `offset` is on; `offset` itself when it already is a line
 * start. Never inside a CRLF pair: the result always follows a `\n`. `limit` caps the result (the
 * first byte of the closing fence line).
 */
export function nextLineStart(text: string, offset: number, limit: number): number {
  if (offset === 0 || text[offset - 1] === '\n') return Math.min(offset, limit);
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? limit : Math.min(newline + 1, limit);
}

/** The line that starts at `start`, without its line ending. */
export function lineAt(text: string, start: number): string {
  const newline = text.indexOf('\n', start);
  const line = newline === -1 ? text.slice(start) : text.slice(start, newline);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

export function isBlankLine(line: string): boolean {
  return line.trim() === '';
}

/** A comment-only line: its indentation, or undefined when the line is not a comment line. */
export function commentIndent(line: string): number | undefined {
  const match = /^( *)#/.exec(line);
  return match ? match[1]!.length : undefined;
}

/** Column (0-based, in UTF-16 units) of an offset on its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}
