/**
 * Limits on a charter's body, checked by one linear scan BEFORE any Markdown parser sees it.
 * The parser (micromark, through remark) is superlinear on some shapes: thousands of nested
 * list items or quotes, long runs of unmatched emphasis marks or brackets in one paragraph,
 * tables of thousands of columns. Such bodies made `export` run for minutes, exhaust the heap
 * or the stack. A charter is a few pages of prose: these limits are far above any real one,
 * and far below what the parser cannot handle. Each exceeded limit is an error at the line
 * where it is exceeded, saying the limit and how to fix the text; `validate` reports it, and
 * `export` refuses the charter before parsing its body.
 *
 * The estimates are upper bounds (a code block's content is counted as text), so that a body
 * that passes is one the parser handles quickly.
 */
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import type { CharterFile } from '../load/charter-file.js';

/** A body of at most 512 KiB (about 200 pages of text). */
export const MAX_BODY_BYTES = 512 * 1024;
/** At most 32 lists or quotes inside one another. */
export const MAX_NESTING = 32;
/** At most 1,000 emphasis marks (runs of `*`, `_`, `~`), backticks runs or brackets in one paragraph. */
export const MAX_INLINE_MARKS = 1000;
/** A table has at most 64 columns and 5,000 cells (rows × columns). */
export const MAX_TABLE_COLUMNS = 64;
export const MAX_TABLE_CELLS = 5000;

export type BodyLimit = 'body-size' | 'nesting' | 'inline-marks' | 'table-columns' | 'table-cells';

export interface BodyLimitProblem {
  limit: BodyLimit;
  /** Offset in the body where the limit is exceeded. */
  offset: number;
  /** What was found (bytes, levels, marks, columns, cells). */
  found: number;
  /** The limit. */
  max: number;
}

/** Columns a tab advances to (CommonMark's tab stop). */
const TAB = 4;

const isBlank = (line: string): boolean => {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
};

/**
 * How many lists and quotes a line is inside at most: its container markers (`>`, `-`, `+`,
 * `*`, `1.`, `1)`) plus, when it starts a list item, one level per two columns of indentation
 * (the least a nested list item is indented by).
 */
export function lineNesting(line: string): number {
  let i = 0;
  let indent = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
    indent += line[i] === '\t' ? TAB : 1;
    i++;
  }
  let markers = 0;
  let startsItem = false;
  for (;;) {
    const c = line[i];
    if (c === '>') {
      markers++;
      i++;
    } else if (
      (c === '-' || c === '+' || c === '*') &&
      (i + 1 >= line.length || /[ \t\r]/.test(line[i + 1]!))
    ) {
      markers++;
      startsItem = true;
      i++;
    } else if (c !== undefined && c >= '0' && c <= '9') {
      let j = i;
      while (j < line.length && j - i < 9 && line[j]! >= '0' && line[j]! <= '9') j++;
      const after = line[j + 1];
      if (
        (line[j] === '.' || line[j] === ')') &&
        (after === undefined || after === ' ' || after === '\t' || after === '\r')
      ) {
        markers++;
        startsItem = true;
        i = j + 1;
      } else break;
    } else break;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  }
  return markers + (startsItem ? Math.floor(indent / 2) : 0);
}

/** The cells of a GFM delimiter row (`| --- | :-: |`), or 0 when the line is not one. */
export function delimiterRowCells(line: string): number {
  let pipes = 0;
  let dashes = 0;
  let cells = 0;
  let inCell = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '|') {
      pipes++;
      inCell = false;
    } else if (c === '-' || c === ':') {
      if (c === '-') dashes++;
      if (!inCell) {
        cells++;
        inCell = true;
      }
    } else if (c !== ' ' && c !== '\t' && c !== '\r') return 0;
  }
  return pipes > 0 && dashes > 0 ? cells : 0;
}

/** Runs of emphasis marks and backticks, and brackets, outside backslash escapes. */
function inlineMarks(line: string): number {
  let marks = 0;
  let previous = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\') {
      i++;
      previous = '';
      continue;
    }
    if (c === '[' || c === ']') marks++;
    else if ((c === '*' || c === '_' || c === '~' || c === '`') && c !== previous) marks++;
    previous = c;
  }
  return marks;
}

/** The first problem of each kind in a body, in order of offset. Linear in the body's length. */
export function checkBodyLimits(body: string): BodyLimitProblem[] {
  const problems: BodyLimitProblem[] = [];
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_BODY_BYTES) {
    // The parser never sees this body: the other limits need not be looked for.
    return [{ limit: 'body-size', offset: 0, found: bytes, max: MAX_BODY_BYTES }];
  }
  const seen = new Set<BodyLimit>();
  const report = (problem: BodyLimitProblem) => {
    if (seen.has(problem.limit)) return;
    seen.add(problem.limit);
    problems.push(problem);
  };
  let paragraphMarks = 0;
  let paragraphStart = 0;
  let previousLine = '';
  let previousOffset = 0;
  // A table being read: its columns, rows so far, and where it starts.
  let table: { columns: number; rows: number; offset: number; problem?: BodyLimitProblem } | undefined;
  let offset = 0;
  while (offset <= body.length) {
    let end = body.indexOf('\n', offset);
    if (end === -1) end = body.length;
    const line = body.slice(offset, end);
    if (isBlank(line)) {
      paragraphMarks = 0;
      table = undefined;
    } else {
      if (paragraphMarks === 0) paragraphStart = offset;
      const nesting = lineNesting(line);
      if (nesting > MAX_NESTING) report({ limit: 'nesting', offset, found: nesting, max: MAX_NESTING });
      paragraphMarks += inlineMarks(line);
      if (paragraphMarks > MAX_INLINE_MARKS) {
        report({
          limit: 'inline-marks',
          offset: paragraphStart,
          found: paragraphMarks,
          max: MAX_INLINE_MARKS,
        });
      }
      if (table) {
        table.rows++;
        const cells = table.rows * table.columns;
        if (table.problem) table.problem.found = cells;
        else if (cells > MAX_TABLE_CELLS && !seen.has('table-cells')) {
          table.problem = { limit: 'table-cells', offset: table.offset, found: cells, max: MAX_TABLE_CELLS };
          report(table.problem);
        }
      } else {
        const columns = delimiterRowCells(line);
        if (columns > 0 && previousLine !== '' && !isBlank(previousLine)) {
          // The header and the delimiter row.
          table = { columns, rows: 2, offset: previousOffset };
          if (columns > MAX_TABLE_COLUMNS) {
            report({
              limit: 'table-columns',
              offset: previousOffset,
              found: columns,
              max: MAX_TABLE_COLUMNS,
            });
          }
        }
      }
    }
    previousLine = line;
    previousOffset = offset;
    offset = end + 1;
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

/** The message for a problem, in `lang`. */
export function bodyLimitMessage(problem: BodyLimitProblem, lang: Lang): string {
  return messages(lang).export.bodyLimit[problem.limit](problem.found, problem.max);
}

/**
 * Adds an error per exceeded limit to a loaded charter. Returns false when the body must not
 * be parsed (a limit is exceeded).
 */
export function checkFileBodyLimits(file: CharterFile): boolean {
  const split = file.split;
  if (!split) return true;
  const problems = checkBodyLimits(split.body);
  for (const problem of problems) {
    const { line, column } = file.lineColumn(split.bodyOffset + problem.offset);
    file.add({
      severity: 'error',
      rule: 'body-limit',
      line,
      column,
      message: bodyLimitMessage(problem, file.lang),
    });
  }
  return problems.length === 0;
}
