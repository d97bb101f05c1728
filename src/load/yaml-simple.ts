/**
 * A reader for the plain shapes that front matter is made of (block mappings with simple keys,
 * block sequences, one-line scalars and one-line flow sequences of plain scalars), giving exactly
 * the value js-yaml gives with the core schema, or `undefined` for anything else: then js-yaml
 * reads the text as before. It never says more than "this is what js-yaml would return": every
 * construct whose reading has a subtlety (block scalars, multi-line and escaped strings, anchors,
 * aliases, tags, tabs, quoted or reserved keys, flow mappings, a value continued on the next
 * line) is declined rather than read. Several times faster than js-yaml on a charter (it reads
 * character codes and allocates little), it is what makes the history pass over thousands of
 * versions, and large validations, cheap.
 *
 * test/yaml-simple.test.ts holds it to js-yaml: generated documents and random edits of them
 * must give js-yaml's value, and whenever js-yaml refuses a text, this reader declines it.
 */

/** Returned by the readers below for "not in the subset". */
const DECLINE: unique symbol = Symbol('decline');
type Read = unknown;

/** Keys that the core schema reads as something else than their text (`True` is the key "true"). */
const RESERVED_KEYS = new Set([
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  'null',
  'Null',
  'NULL',
  '__proto__',
]);
/**
 * The one string object for each key text read so far (a charter has a few dozen): a fresh key
 * string costs a lookup in the engine's table of property names each time it names a property;
 * the same object, once.
 */
const KEYS = new Map<string, string>();
export function internKey(key: string): string {
  const known = KEYS.get(key);
  if (known !== undefined) return known;
  // Bounded: arbitrary texts must not grow it without end.
  if (KEYS.size >= 4096) KEYS.clear();
  KEYS.set(key, key);
  return key;
}

/** The first letters of RESERVED_KEYS (t, T, f, F, n, N, _): other keys skip the set's lookup. */
function mayBeReserved(c: number): boolean {
  return c === 116 || c === 84 || c === 102 || c === 70 || c === 110 || c === 78 || c === 95;
}
/** Deeper nesting goes to js-yaml and to the loader's depth rule. */
const MAX_NESTING = 60;
/** First characters that cannot start a plain scalar (or only under conditions not read here). */
const NOT_PLAIN_FIRST = new Set('?:,[]{}#&*!|>\'"%@`'.split('').map((c) => c.charCodeAt(0)));

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;

/** Letters, digits, `_` (and `-` when `dash`): the characters of a simple key. */
function isKeyChar(c: number, first: boolean): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === 95 ||
    (!first && ((c >= 48 && c <= 57) || c === DASH))
  );
}

/**
 * Plain scalars that no implicit type of the core schema can match: they are strings. (null,
 * bool, int and float all start with one of `~tTfFnN-+.` or a digit, or are empty.)
 */
function surelyString(c: number): boolean {
  return !(
    (
      (c >= 48 && c <= 57) ||
      c === 126 /* ~ */ ||
      c === 116 /* t */ ||
      c === 84 /* T */ ||
      c === 102 /* f */ ||
      c === 70 /* F */ ||
      c === 110 /* n */ ||
      c === 78 /* N */ ||
      c === DASH ||
      c === 43 /* + */ ||
      c === 46
    ) /* . */
  );
}

class SimpleReader {
  /** Content lines (blank and comment lines left out): where the content starts, its column, where it ends. */
  private readonly starts: number[] = [];
  private readonly indents: number[] = [];
  private readonly ends: number[] = [];
  /** The raw line of each content line. */
  private readonly rawOf: number[] = [];
  /** Every line (block scalars read them all): where it starts, where it ends (before a CR). */
  private readonly rawStarts: number[] = [];
  private readonly rawEnds: number[] = [];
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly resolve: (plain: string) => unknown,
  ) {}

  /** Splits the lines; false for a character or a line break the subset does not read. */
  lines(): boolean {
    const text = this.text;
    const length = text.length;
    let lineStart = 0;
    while (lineStart <= length) {
      let col = lineStart;
      while (col < length && text.charCodeAt(col) === SPACE) col++;
      let end = col;
      let c = 0;
      for (; end < length; end++) {
        c = text.charCodeAt(end);
        if (c === 10) break;
        // Tabs, control and non-printable characters, line separators, byte order marks and
        // surrogates: js-yaml refuses some of them, others have rules of their own.
        if (
          (c < 32 && c !== 13) ||
          (c >= 0x7f && c <= 0x9f) ||
          (c >= 0x2028 &&
            (c === 0x2028 ||
              c === 0x2029 ||
              c === 0xfeff ||
              c === 0xfffe ||
              c === 0xffff ||
              (c >= 0xd800 && c <= 0xdfff)))
        )
          return false;
        if (c === 13 && text.charCodeAt(end + 1) !== 10) return false;
      }
      const rawEnd = end > lineStart && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      const contentEnd = Math.max(col, rawEnd);
      // Blank and comment lines hold nothing the subset reads (outside block scalars).
      if (contentEnd > col && text.charCodeAt(col) !== HASH) {
        this.starts.push(col);
        this.indents.push(col - lineStart);
        this.ends.push(contentEnd);
        this.rawOf.push(this.rawStarts.length);
      }
      this.rawStarts.push(lineStart);
      this.rawEnds.push(rawEnd);
      lineStart = end + 1;
    }
    return true;
  }

  read(): Read {
    if (this.starts.length === 0 || this.indents[0] !== 0) return DECLINE;
    const value = this.node(0, 0);
    return this.i === this.starts.length ? value : DECLINE;
  }

  /** `-` alone or followed by a space at `at`: a block sequence entry. */
  private isEntry(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** The end of a simple key (`key:` then a space or the end of the line) starting at `at`, or -1. */
  private keyEnd(at: number, end: number): number {
    const text = this.text;
    if (!isKeyChar(text.charCodeAt(at), true)) return -1;
    let k = at + 1;
    while (k < end && isKeyChar(text.charCodeAt(k), false)) k++;
    if (k >= end || text.charCodeAt(k) !== COLON) return -1;
    return k + 1 === end || text.charCodeAt(k + 1) === SPACE ? k : -1;
  }

  private node(indent: number, depth: number): Read {
    if (depth > MAX_NESTING) return DECLINE;
    const i = this.i;
    return this.isEntry(this.starts[i]!, this.ends[i]!)
      ? this.sequence(indent, depth)
      : this.mapping(indent, depth);
  }

  /** What follows `key:` or `-` with nothing after it: a nested block, or null. */
  private nested(indent: number, depth: number, sameIndentSequence: boolean): Read {
    const next = this.i;
    if (next >= this.starts.length) return null;
    const nextIndent = this.indents[next]!;
    if (nextIndent > indent) return this.node(nextIndent, depth + 1);
    // A sequence may stand at its key's own indentation (`key:` then `- item` below it).
    if (sameIndentSequence && nextIndent === indent && this.isEntry(this.starts[next]!, this.ends[next]!))
      return this.sequence(indent, depth + 1);
    return null;
  }

  /** After a value written on its line: a more indented line would continue it (or be an error). */
  private continued(indent: number): boolean {
    return this.i < this.starts.length && this.indents[this.i]! > indent;
  }

  private mapping(indent: number, depth: number): Read {
    const text = this.text;
    const result: Record<string, unknown> = {};
    while (this.i < this.starts.length) {
      const lineIndent = this.indents[this.i]!;
      if (lineIndent < indent) break;
      if (lineIndent > indent) return DECLINE;
      const start = this.starts[this.i]!;
      const end = this.ends[this.i]!;
      const colon = this.keyEnd(start, end);
      if (colon === -1) return DECLINE;
      const key = internKey(text.slice(start, colon));
      if ((mayBeReserved(text.charCodeAt(start)) && RESERVED_KEYS.has(key)) || Object.hasOwn(result, key))
        return DECLINE;
      const raw = this.rawOf[this.i]!;
      this.i++;
      let at = colon + 1;
      while (at < end && text.charCodeAt(at) === SPACE) at++;
      let value: Read;
      if (at === end || text.charCodeAt(at) === HASH) value = this.nested(indent, depth, true);
      else if (text.charCodeAt(at) === 124 /* | */ || text.charCodeAt(at) === 62 /* > */) {
        value = this.blockScalar(raw, indent, at, end);
        if (this.continued(indent)) return DECLINE;
      } else {
        value = this.inline(at, end);
        if (this.continued(indent)) return DECLINE;
      }
      if (value === DECLINE) return DECLINE;
      result[key] = value;
    }
    return result;
  }

  private sequence(indent: number, depth: number): Read {
    const text = this.text;
    const result: unknown[] = [];
    while (this.i < this.starts.length) {
      const lineIndent = this.indents[this.i]!;
      if (lineIndent < indent) break;
      if (lineIndent > indent) return DECLINE;
      const start = this.starts[this.i]!;
      const end = this.ends[this.i]!;
      // The end of a sequence at its key's indentation: the key's mapping goes on.
      if (!this.isEntry(start, end)) break;
      let at = start + 1;
      while (at < end && text.charCodeAt(at) === SPACE) at++;
      let value: Read;
      if (at === end || text.charCodeAt(at) === HASH) {
        this.i++;
        value = this.nested(indent, depth, false);
        // An empty entry: js-yaml reads a less indented entry after it as part of this sequence.
        if (value === null) return DECLINE;
      } else if (this.keyEnd(at, end) !== -1) {
        // `- key: value`: a mapping whose keys stand in the column where this one does.
        this.starts[this.i] = at;
        this.indents[this.i] = indent + (at - start);
        value = this.mapping(indent + (at - start), depth + 1);
      } else if (this.isEntry(at, end)) {
        return DECLINE;
      } else {
        this.i++;
        value = this.inline(at, end);
        if (this.continued(indent)) return DECLINE;
      }
      if (value === DECLINE) return DECLINE;
      result.push(value);
    }
    return result;
  }

  /**
   * A literal (`|`, `|-`) or folded (`>`, `>-`) block scalar after the key on raw line `raw`
   * (the header from `at` to `end`), read when its lines are plain: the first line sets the
   * indentation, every line has exactly that indentation or is empty, no line ends with a space,
   * no empty line comes first. Anything else (keep chomping, indentation indicators, a comment
   * after the header, more indented lines) is js-yaml's to read.
   */
  private blockScalar(raw: number, parent: number, at: number, end: number): Read {
    const text = this.text;
    const header = text.slice(at, end);
    if (header !== '|' && header !== '|-' && header !== '>' && header !== '>-') return DECLINE;
    const lines: string[] = [];
    let indent = -1;
    let r = raw + 1;
    for (; r < this.rawStarts.length; r++) {
      const lineStart = this.rawStarts[r]!;
      const lineEnd = this.rawEnds[r]!;
      if (lineStart === lineEnd) {
        if (indent === -1) return DECLINE;
        lines.push('');
        continue;
      }
      let col = lineStart;
      while (col < lineEnd && text.charCodeAt(col) === SPACE) col++;
      // A line of spaces only, a line ending with a space: rules of their own.
      if (col === lineEnd || text.charCodeAt(lineEnd - 1) === SPACE) return DECLINE;
      const lineIndent = col - lineStart;
      if (indent === -1) {
        if (lineIndent <= parent) return DECLINE;
        indent = lineIndent;
      }
      if (lineIndent < indent) break;
      if (lineIndent > indent) return DECLINE;
      lines.push(text.slice(col, lineEnd));
    }
    if (indent === -1) return DECLINE;
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    // The content lines read here are not mapping lines.
    while (this.i < this.rawOf.length && this.rawOf[this.i]! < r) this.i++;
    let value: string;
    if (header.charCodeAt(0) === 124) value = lines.join('\n');
    else {
      // Folded: a line break between two lines is a space; each empty line between them, a line break.
      value = lines[0]!;
      let breaks = 0;
      for (let k = 1; k < lines.length; k++) {
        if (lines[k] === '') breaks++;
        else {
          value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
          value += lines[k];
          breaks = 0;
        }
      }
    }
    return header.length === 1 ? `${value}\n` : value;
  }

  /** A one-line flow mapping of simple keys and plain values (`{ a: 1, b: x }`), or DECLINE. */
  private flowMapping(at: number, end: number): Read {
    const text = this.text;
    const close = text.indexOf('}', at);
    if (close === -1 || close >= end || !this.tail(close + 1, end)) return DECLINE;
    const inner = text.slice(at + 1, close);
    if (inner.trim() === '') return /^ *$/.test(inner) ? {} : DECLINE;
    if (/["'[\]{]/.test(inner)) return DECLINE;
    const result: Record<string, unknown> = {};
    let k = at + 1;
    while (k < close) {
      while (k < close && text.charCodeAt(k) === SPACE) k++;
      let itemEnd = text.indexOf(',', k);
      if (itemEnd === -1 || itemEnd > close) itemEnd = close;
      let trimmed = itemEnd;
      while (trimmed > k && text.charCodeAt(trimmed - 1) === SPACE) trimmed--;
      const colon = this.keyEnd(k, trimmed);
      // `key: value`, the value on the same line: an empty one is js-yaml's to read.
      if (colon === -1 || colon + 1 >= trimmed) return DECLINE;
      const key = internKey(text.slice(k, colon));
      if ((mayBeReserved(text.charCodeAt(k)) && RESERVED_KEYS.has(key)) || Object.hasOwn(result, key))
        return DECLINE;
      let valueStart = colon + 1;
      while (valueStart < trimmed && text.charCodeAt(valueStart) === SPACE) valueStart++;
      const value = this.plain(valueStart, trimmed, true);
      if (value === DECLINE) return DECLINE;
      result[key] = value;
      k = itemEnd + 1;
      if (itemEnd === close) break;
      // A comma right before the closing brace: js-yaml's to read.
      if (k >= close) return DECLINE;
    }
    return result;
  }

  /** The value written on a line from `at` (not a space, not `#`) to `end`. */
  private inline(at: number, end: number): Read {
    const c = this.text.charCodeAt(at);
    if (c === 34 /* " */ || c === 39 /* ' */) return this.quoted(at, end, c);
    if (c === 91 /* [ */) return this.flowSequence(at, end);
    if (c === 123 /* { */) return this.flowMapping(at, end);
    return this.plain(at, end, false);
  }

  /** Nothing after a closed value but spaces, or spaces and a comment. */
  private tail(at: number, end: number): boolean {
    let k = at;
    while (k < end && this.text.charCodeAt(k) === SPACE) k++;
    return k === end || (k > at && this.text.charCodeAt(k) === HASH);
  }

  /** A one-line quoted scalar without escapes, or DECLINE. */
  private quoted(at: number, end: number, quote: number): Read {
    const text = this.text;
    let k = at + 1;
    for (; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === quote) break;
      // Escapes are js-yaml's to read.
      if (c === 92 /* \ */ && quote === 34) return DECLINE;
    }
    if (k >= end) return DECLINE;
    if (quote === 39 && text.charCodeAt(k + 1) === 39) return DECLINE;
    return this.tail(k + 1, end) ? text.slice(at + 1, k) : DECLINE;
  }

  /** A one-line flow sequence of plain scalars (`[a, b]`, `[]`), or DECLINE. */
  private flowSequence(at: number, end: number): Read {
    const text = this.text;
    const items: unknown[] = [];
    let k = at + 1;
    for (;;) {
      while (k < end && text.charCodeAt(k) === SPACE) k++;
      if (k >= end) return DECLINE;
      if (text.charCodeAt(k) === 93 /* ] */ && items.length === 0)
        return this.tail(k + 1, end) ? items : DECLINE;
      const first = text.charCodeAt(k);
      let itemEnd: number;
      let value: Read;
      if (first === 34 /* " */ || first === 39 /* ' */) {
        // A quoted item without escapes, then spaces.
        const close = text.indexOf(first === 34 ? '"' : "'", k + 1);
        if (close === -1 || close >= end) return DECLINE;
        const inner = text.slice(k + 1, close);
        if ((first === 34 && inner.includes('\\')) || text.charCodeAt(close + 1) === first) return DECLINE;
        itemEnd = close + 1;
        while (itemEnd < end && text.charCodeAt(itemEnd) === SPACE) itemEnd++;
        const next = text.charCodeAt(itemEnd);
        if (next !== 44 /* , */ && next !== 93 /* ] */) return DECLINE;
        value = inner;
      } else {
        itemEnd = k;
        while (itemEnd < end) {
          const c = text.charCodeAt(itemEnd);
          if (c === 44 /* , */ || c === 93 /* ] */) break;
          itemEnd++;
        }
        if (itemEnd >= end) return DECLINE;
        let trimmed = itemEnd;
        while (trimmed > k && text.charCodeAt(trimmed - 1) === SPACE) trimmed--;
        if (trimmed === k) return DECLINE;
        value = this.plain(k, trimmed, true);
      }
      if (value === DECLINE) return DECLINE;
      items.push(value);
      if (text.charCodeAt(itemEnd) === 93) return this.tail(itemEnd + 1, end) ? items : DECLINE;
      k = itemEnd + 1;
    }
  }

  /** A plain scalar from `at` to `end` (a comment after ` #` left out), in block or flow context. */
  private plain(at: number, end: number, flow: boolean): Read {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (NOT_PLAIN_FIRST.has(first)) return DECLINE;
    if (first === DASH && (at + 1 === end || text.charCodeAt(at + 1) === SPACE)) return DECLINE;
    let stop = end;
    for (let k = at; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === HASH && text.charCodeAt(k - 1) === SPACE) {
        if (flow) return DECLINE;
        stop = k;
        break;
      }
      // `key: value` inside a value, a colon ending it: js-yaml reads a mapping (or fails).
      if (c === COLON && (k + 1 === end || text.charCodeAt(k + 1) === SPACE)) return DECLINE;
      if (
        flow &&
        (c === COLON ||
          c === HASH ||
          c === 91 ||
          c === 93 ||
          c === 123 ||
          c === 125 ||
          c === 44 ||
          c === 34 ||
          c === 39)
      )
        return DECLINE;
    }
    while (stop > at && text.charCodeAt(stop - 1) === SPACE) stop--;
    const value = text.slice(at, stop);
    return surelyString(first) ? value : this.resolve(value);
  }
}

/**
 * js-yaml's value for `text` (core schema, plain scalars resolved by `resolve`), wrapped, or
 * undefined when the text is outside the subset this reader reads.
 */
export function parseSimpleYaml(
  text: string,
  resolve: (plain: string) => unknown,
): { value: unknown } | undefined {
  const reader = new SimpleReader(text, resolve);
  if (!reader.lines()) return undefined;
  const value = reader.read();
  return value === DECLINE ? undefined : { value };
}
