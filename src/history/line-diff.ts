/**
 * A unified diff of two texts, line by line (Myers' O(ND) algorithm), in the format of
 * `diff -u` / `git diff`. Written here because no diff package is installed; the one entry
 * point, `unifiedDiff`, takes what the `diff` package's `createTwoFilesPatch` takes, so that
 * swapping it for that package is a one-function change.
 */

export type Edit = { op: 'equal' | 'delete' | 'insert'; line: string };

/** Beyond this many differences the edit script is "replace everything" (bounded memory). */
const MAX_EDIT_DISTANCE = 4000;

/** Splits a text into lines, each keeping no line ending; a final line ending adds no empty line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The shortest edit script turning `a` into `b`. */
export function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  // Common prefix and suffix cost nothing and shrink the search.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: Edit[] = a.slice(0, start).map((line) => ({ op: 'equal', line }));
  const tail: Edit[] = a.slice(endA).map((line) => ({ op: 'equal', line }));
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  return [...head, ...middle, ...tail];
}

function myers(a: readonly string[], b: readonly string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((line) => ({ op: 'insert', line }));
  if (m === 0) return a.map((line) => ({ op: 'delete', line }));
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d, offset);
    }
    v = next;
  }
  // Too different to be worth aligning: everything out, everything in.
  return [
    ...a.map((line) => ({ op: 'delete' as const, line })),
    ...b.map((line) => ({ op: 'insert' as const, line })),
  ];
}

function backtrack(
  trace: Int32Array[],
  a: readonly string[],
  b: readonly string[],
  dEnd: number,
  offset: number,
): Edit[] {
  const edits: Edit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      edits.push({ op: 'equal', line: a[--x]! });
      y--;
    }
    if (x === prevX) edits.push({ op: 'insert', line: b[--y]! });
    else edits.push({ op: 'delete', line: a[--x]! });
  }
  while (x > 0 && y > 0) {
    edits.push({ op: 'equal', line: a[--x]! });
    y--;
  }
  return edits.reverse();
}

export interface UnifiedOptions {
  /** Lines of context around each change (3, as git). */
  context?: number;
  /** Lines of the files before the compared texts (a charter's body starts after its front matter). */
  oldLineOffset?: number;
  newLineOffset?: number;
}

/**
 * `--- old` / `+++ new` headers and `@@ -a,b +c,d @@` hunks; an empty string when the texts
 * have the same lines. Line endings are not compared (CRLF and LF lines are equal).
 */
export function unifiedDiff(
  oldName: string,
  newName: string,
  oldText: string,
  newText: string,
  options: UnifiedOptions = {},
): string {
  const context = options.context ?? 3;
  const edits = diffLines(splitLines(oldText), splitLines(newText));
  if (edits.every((e) => e.op === 'equal')) return '';
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  // Positions (0-based) of each edit in the old and new texts.
  const positions: Array<{ oldLine: number; newLine: number }> = [];
  let oldLine = 0;
  let newLine = 0;
  for (const e of edits) {
    positions.push({ oldLine, newLine });
    if (e.op !== 'insert') oldLine++;
    if (e.op !== 'delete') newLine++;
  }
  let i = 0;
  while (i < edits.length) {
    if (edits[i]!.op === 'equal') {
      i++;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change
    // that is within 2 * context equal lines of the previous one.
    const start = Math.max(0, i - context);
    let end = i;
    let j = i;
    while (j < edits.length) {
      if (edits[j]!.op !== 'equal') {
        end = j;
        j++;
        continue;
      }
      let run = 0;
      while (j + run < edits.length && edits[j + run]!.op === 'equal') run++;
      if (j + run >= edits.length || run > 2 * context) break;
      j += run;
    }
    const stop = Math.min(edits.length, end + 1 + context);
    const first = positions[start]!;
    let oldCount = 0;
    let newCount = 0;
    const body: string[] = [];
    for (let h = start; h < stop; h++) {
      const e = edits[h]!;
      if (e.op === 'equal') {
        body.push(` ${e.line}`);
        oldCount++;
        newCount++;
      } else if (e.op === 'delete') {
        body.push(`-${e.line}`);
        oldCount++;
      } else {
        body.push(`+${e.line}`);
        newCount++;
      }
    }
    const range = (line: number, count: number) =>
      count === 1 ? `${line + 1}` : `${count === 0 ? line : line + 1},${count}`;
    out.push(
      `@@ -${range(first.oldLine + (options.oldLineOffset ?? 0), oldCount)} +${range(first.newLine + (options.newLineOffset ?? 0), newCount)} @@`,
      ...body,
    );
    i = stop;
  }
  return `${out.join('\n')}\n`;
}
