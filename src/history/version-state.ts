/**
 * What one file version says about the signature lifecycle (version, signatures, signed on),
 * computed cheaply. With thousands of versions in git, parsing each front matter would cost more
 * than the git log itself; instead the top-level YAML blocks that matter (`charte`, `id`,
 * `title`, `version`, `entities`, `signatures`, `renewal`, `terminated`, `suspended`) are cut out
 * as text, and each block is parsed only the first time its exact text is seen. A top-level block
 * of a block mapping is a YAML document of its own with the same value, so the answer is the one
 * a full parse gives. A front matter laid out in a way the cutter does not recognise (flow
 * mapping, quoted or complex keys, a key repeated) is parsed whole, as the loader does.
 */
import { PositionedYaml, parseYamlFast } from '../load/yaml.js';
import { addYears } from '../model/dates.js';
import { fieldsSignedOn, type LifecycleFields, lifecycleFields } from './lifecycle-fields.js';

export interface VersionState {
  fields?: LifecycleFields;
  /** The front matter declares `charte:`. */
  isCharter: boolean;
  /** Signed on, when every required signer has signed in this file version. */
  signedOn?: string;
  dueOn?: string;
  /** The front matter could not be read (no fence, YAML error): the version is unknown. */
  unreadable: boolean;
}

const LIFECYCLE_KEYS = new Set([
  'charte',
  'id',
  'title',
  'version',
  'entities',
  'signatures',
  'renewal',
  'terminated',
  'suspended',
]);
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t\r]|$)/;
const UNREADABLE: VersionState = { unreadable: true, isCharter: false };

/**
 * A file version cut into front matter and body, as Latin-1 text (one character per byte: equal
 * bytes, equal strings). Undefined without a closed front matter.
 */
export function cutBytes(bytes: Buffer): { matter: string; body: string } | undefined {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = bytes.toString('latin1', start);
  const matter = frontMatterOf(text);
  if (matter === undefined) return undefined;
  const fenceLineEnd = text.indexOf('\n', text.indexOf('\n---', text.indexOf('\n')) + 1);
  return { matter, body: fenceLineEnd === -1 ? '' : text.slice(fenceLineEnd + 1) };
}

/** Parses one top-level block (Latin-1 text, see cutBytes) to the value of its key. */
export function blockValue(name: string, latin1Block: string): { ok: boolean; value?: unknown } {
  return parseBlock(name, latin1Block);
}

const NEWLINE = 0x0a;
/** A Buffer needle: a string one is converted to bytes at every search. */
export const CLOSING_FENCE = Buffer.from('\n---');

/** The end of a file version's front matter: the end of the closing fence's line (or of the file). */
export function frontMatterEnd(bytes: Buffer, start = 0): number {
  const close = bytes.indexOf(CLOSING_FENCE, start + 3);
  if (close === -1) return bytes.length;
  const lineEnd = bytes.indexOf(NEWLINE, close + 4);
  return lineEnd === -1 ? bytes.length : lineEnd;
}

function isIdentifierByte(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2d
  );
}

/** A line at column 0 that continues the block above: blank, indented, a comment or a `- ` item. */
function continues(buf: Buffer, lineStart: number): boolean {
  const c = buf[lineStart];
  if (c === undefined || c === NEWLINE || c === 0x20 || c === 0x09 || c === 0x0d || c === 0x23) return true;
  if (c !== 0x2d) return false;
  const next = buf[lineStart + 1];
  return next === 0x20 || next === 0x09 || next === 0x0d || next === NEWLINE || next === undefined;
}

/** The key of a `key:` line at `lineStart` (ASCII key), or undefined when the line is not one. */
function keyAt(buf: Buffer, lineStart: number, limit: number): string | undefined {
  let at = lineStart;
  const first = buf[at];
  if (
    first === undefined ||
    !((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a) || first === 0x5f)
  ) {
    return undefined;
  }
  while (at < limit && isIdentifierByte(buf[at]!)) at++;
  const name = buf.toString('latin1', lineStart, at);
  while (at < limit && (buf[at] === 0x20 || buf[at] === 0x09)) at++;
  if (buf[at] !== 0x3a /* : */) return undefined;
  const after = buf[at + 1];
  return after === undefined || after === 0x20 || after === 0x09 || after === 0x0d || after === NEWLINE
    ? name
    : undefined;
}

/**
 * True when no top-level block the lifecycle reads is touched by the bytes `[from, to)` of a
 * front matter whose YAML lies in `[matterStart, matterEnd)`: the enclosing block and every key
 * line starting in the range are other keys. False when unsure (a line the cutter would refuse).
 */
function rangeSparesLifecycle(
  buf: Buffer,
  from: number,
  to: number,
  matterStart: number,
  matterEnd: number,
): boolean {
  if (from < matterStart || to > matterEnd) return false;
  // The key line of the block that holds `from`.
  let line = from === 0 ? 0 : buf.lastIndexOf(NEWLINE, from - 1) + 1;
  while (continues(buf, line)) {
    if (line <= matterStart) return false;
    line = buf.lastIndexOf(NEWLINE, line - 2) + 1;
  }
  const enclosing = keyAt(buf, line, matterEnd);
  if (enclosing === undefined || LIFECYCLE_KEYS.has(enclosing)) return false;
  for (
    let next = buf.indexOf(NEWLINE, from) + 1;
    next > 0 && next < to;
    next = buf.indexOf(NEWLINE, next) + 1
  ) {
    if (continues(buf, next)) continue;
    const key = keyAt(buf, next, matterEnd);
    if (key === undefined || LIFECYCLE_KEYS.has(key)) return false;
  }
  return true;
}

/** Where the YAML of a front matter given as bytes (`---` line ... `\n---`) starts and ends. */
function matterBounds(buf: Buffer): [number, number] | undefined {
  const start = buf.indexOf(NEWLINE) + 1;
  const close = buf.lastIndexOf(CLOSING_FENCE);
  if (start <= 0 || close < start - 1) return undefined;
  return [start, close + 1];
}

/**
 * True when two versions of a front matter (bytes from the opening `---` to the closing one)
 * differ only inside top-level blocks the lifecycle does not read (commitments, resources, ...),
 * so that the lifecycle state of one is the state of the other: the common prefix and suffix are
 * skipped, then only the lines in between are read.
 */
export function sameLifecycleBlocks(before: Buffer, after: Buffer): boolean {
  // Plain loops: a front matter is a few kilobytes, cheaper to walk than to bisect with native calls.
  const min = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < min && before[prefix] === after[prefix]) prefix++;
  if (prefix === before.length && prefix === after.length) return true;
  let suffix = 0;
  const room = min - prefix;
  let b = before.length - 1;
  let a = after.length - 1;
  while (suffix < room && before[b] === after[a]) {
    suffix++;
    b--;
    a--;
  }
  const boundsBefore = matterBounds(before);
  const boundsAfter = matterBounds(after);
  if (!boundsBefore || !boundsAfter) return false;
  return (
    rangeSparesLifecycle(before, prefix, before.length - suffix, ...boundsBefore) &&
    rangeSparesLifecycle(after, prefix, after.length - suffix, ...boundsAfter)
  );
}

/**
 * The YAML text of a file's front matter (BOM skipped), with the rules of `splitFrontMatter`
 * (a `---` line, optionally `---yaml`; the first `\n---` closes it and must stand alone on its
 * line), without loading gray-matter. Undefined where the loader finds no front matter.
 */
export function frontMatterOf(text: string): string | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', start) || text[start + 3] === '-') return undefined;
  const firstEol = text.indexOf('\n', start);
  if (firstEol === -1) return undefined;
  const language = text.slice(start + 3, firstEol).trim();
  if (language !== '' && language !== 'yaml' && language !== 'yml') return undefined;
  const close = text.indexOf('\n---', firstEol);
  if (close === -1) return undefined;
  const closeLineEnd = text.indexOf('\n', close + 1);
  if (text.slice(close + 4, closeLineEnd === -1 ? text.length : closeLineEnd).trim() !== '') return undefined;
  return text.slice(firstEol + 1, close + 1);
}

/**
 * The top-level blocks the lifecycle reads, each as its own text (key line and everything up to
 * the next top-level key), or undefined when the layout is not a plain block mapping: a line at
 * column 0 that is neither `key:`, a `- ` item of the block above, a comment nor blank, or a key
 * that appears twice.
 */
export function lifecycleBlocks(
  matter: string,
  keys: ReadonlySet<string> = LIFECYCLE_KEYS,
): Map<string, string> | undefined {
  const blocks = new Map<string, string>();
  const seen = new Set<string>();
  let key: string | undefined;
  let blockStart = 0;
  let lineStart = 0;
  const close = (end: number) => {
    if (key !== undefined && keys.has(key)) blocks.set(key, matter.slice(blockStart, end));
  };
  while (lineStart < matter.length) {
    let lineEnd = matter.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = matter.length;
    const first = matter.charCodeAt(lineStart);
    // Space, tab, CR, '#', or an empty line: continuation of the current block.
    if (lineStart === lineEnd || first === 32 || first === 9 || first === 13 || first === 35) {
      lineStart = lineEnd + 1;
      continue;
    }
    if (first === 45) {
      // `- item` at column 0 belongs to the key above; `---` or `-x` does not.
      const next = matter.charCodeAt(lineStart + 1);
      if (key === undefined || !(lineStart + 1 === lineEnd || next === 32 || next === 9 || next === 13)) {
        return undefined;
      }
      lineStart = lineEnd + 1;
      continue;
    }
    const match = KEY_LINE.exec(matter.slice(lineStart, Math.min(lineEnd, lineStart + 80)));
    if (!match || seen.has(match[1]!)) return undefined;
    close(lineStart);
    key = match[1]!;
    seen.add(key);
    blockStart = lineStart;
    lineStart = lineEnd + 1;
  }
  close(matter.length);
  return blocks;
}

function stateOf(value: unknown): VersionState {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return UNREADABLE;
  const data = value as Record<string, unknown>;
  const fields = lifecycleFields(data);
  const state: VersionState = { fields, unreadable: false, isCharter: Object.hasOwn(data, 'charte') };
  const signed = fieldsSignedOn(fields);
  if (signed !== undefined) {
    state.signedOn = signed;
    state.dueOn = addYears(signed, fields.periodYears);
  }
  return state;
}

interface BlockValue {
  ok: boolean;
  value?: unknown;
}

interface CachedBlock extends BlockValue {
  /** A small number standing for the block's text, to key the state of a combination of blocks. */
  id: number;
}

const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9_-]*$/;
const CORE_KEYWORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const SCALAR_LINE = /^[A-Za-z_][A-Za-z0-9_-]*[ \t]*:[ \t]*(\S(?:.*\S)?)[ \t]*\r?(?:\n[ \t\r]*)*$/;

/**
 * A one-line block whose value has a single obvious reading under the YAML 1.2 core schema: a
 * decimal integer, a word that is not a core keyword (null, true, false), or a quoted string with
 * no escape. Anything else (and everything multi-line) goes to the YAML parser.
 */
function scalarBlock(block: string): BlockValue | undefined {
  const match = SCALAR_LINE.exec(block);
  if (!match) return undefined;
  const raw = match[1]!;
  if (/^(?:0|[1-9][0-9]{0,14})$/.test(raw)) return { ok: true, value: Number(raw) };
  if (PLAIN_WORD.test(raw)) return CORE_KEYWORDS.has(raw) ? undefined : { ok: true, value: raw };
  const quoted = /^"([^"\\]*)"$/.exec(raw) ?? /^'([^']*)'$/.exec(raw);
  if (quoted) return { ok: true, value: Buffer.from(quoted[1]!, 'latin1').toString('utf8') };
  return undefined;
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;
// Plain scalars that read as text under the core schema: a letter (or a non-ASCII byte) first,
// no indicator, no `: ` or ` #` inside, not ending with `:`.
const SAFE_PLAIN = /^(?:[A-Za-z\x80-\xff])(?:[^:#\t\r\n]|:(?![ \t]|$)|#)*$/;

/** A scalar value as YAML 1.2 core reads it, when that reading is certain; undefined otherwise. */
function simpleScalar(raw: string): { value: unknown } | undefined {
  if (/^(?:0|[1-9][0-9]{0,14})$/.test(raw)) return { value: Number(raw) };
  if (DATE_LIKE.test(raw)) return { value: raw };
  const quoted = /^"([^"\\]*)"$/.exec(raw) ?? /^'([^']*)'$/.exec(raw);
  if (quoted) return { value: fromLatin1(quoted[1]!) };
  if (CORE_KEYWORDS.has(raw) || raw.includes(' #') || raw.endsWith(':') || !SAFE_PLAIN.test(raw))
    return undefined;
  return { value: fromLatin1(raw) };
}

function fromLatin1(text: string): string {
  return /[\x80-\xff]/.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text;
}

const ITEM_LINE = /^( *)- ([A-Za-z_][A-Za-z0-9_]*): +(\S(?:.*\S)?) *$/;
const FIELD_LINE = /^( *)([A-Za-z_][A-Za-z0-9_]*): +(\S(?:.*\S)?) *$/;

/**
 * A block holding a list of flat mappings of simple scalars (entities, signatures), read without
 * the YAML parser, or undefined for any other shape (which the parser then reads).
 */
function listOfMappings(name: string, block: string): BlockValue | undefined {
  const lines = block.split('\n');
  if (!new RegExp(`^${name}[ \\t]*:[ \\t]*\r?$`).test(lines[0]!)) return undefined;
  const items: Array<Record<string, unknown>> = [];
  let indent: number | undefined;
  let current: Record<string, unknown> | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    if (/^[ \t]*$/.test(line)) continue;
    if (line.includes('\t') || /^ *#/.test(line)) return undefined;
    const item = ITEM_LINE.exec(line);
    let key: string;
    let raw: string;
    if (item) {
      if (indent === undefined) indent = item[1]!.length;
      if (item[1]!.length !== indent) return undefined;
      current = {};
      items.push(current);
      key = item[2]!;
      raw = item[3]!;
    } else {
      const field = FIELD_LINE.exec(line);
      if (!field || current === undefined || field[1]!.length !== indent! + 2) return undefined;
      key = field[2]!;
      raw = field[3]!;
    }
    const scalar = simpleScalar(raw);
    if (!scalar || Object.hasOwn(current, key)) return undefined;
    current[key] = scalar.value;
  }
  return items.length > 0 ? { ok: true, value: items } : undefined;
}

function parseBlock(name: string, latin1Block: string): BlockValue {
  const scalar = scalarBlock(latin1Block);
  if (scalar) return scalar;
  const list = listOfMappings(name, latin1Block);
  if (list) return list;
  const fast = parseYamlFast(Buffer.from(latin1Block, 'latin1').toString('utf8'));
  return fast.ok && isMapping(fast.value) ? { ok: true, value: fast.value[name] } : { ok: false };
}

/** Computes version states, remembering every block text it has parsed. */
export class VersionStateReader {
  private readonly blockValues = new Map<string, CachedBlock>();
  /** States by the ids of their blocks: most file versions repeat the blocks of the previous one. */
  private readonly states = new Map<string, VersionState>();
  /** Block texts parsed, and front matters read whole (for the benchmark). */
  parsedBlocks = 0;
  parsedWhole = 0;

  /**
   * The state of a file version from its bytes. Only the front matter is decoded, as Latin-1:
   * one character per byte, so the YAML structure (ASCII) reads the same, equal bytes give equal
   * strings, and decoding is a copy; UTF-8 is decoded per block, only when it is parsed.
   */
  ofBytes(bytes: Buffer): VersionState {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const text = bytes.toString('latin1', start, frontMatterEnd(bytes, start));
    const matter = frontMatterOf(text);
    if (matter === undefined) return UNREADABLE;
    const blocks = lifecycleBlocks(matter);
    if (blocks === undefined) return this.whole(bytes);
    let key = '';
    const values: Array<[string, CachedBlock]> = [];
    for (const [name, block] of blocks) {
      let cached = this.blockValues.get(block);
      if (!cached) {
        this.parsedBlocks++;
        cached = { ...parseBlock(name, block), id: this.blockValues.size };
        this.blockValues.set(block, cached);
      }
      // A block the fast parser sends back (an alias, a syntax error) is explained by the whole parse.
      if (!cached.ok) return this.whole(bytes);
      key += `${cached.id},`;
      values.push([name, cached]);
    }
    let state = this.states.get(key);
    if (!state) {
      const data: Record<string, unknown> = {};
      for (const [name, cached] of values) data[name] = cached.value;
      state = stateOf(data);
      this.states.set(key, state);
    }
    return state;
  }

  ofText(text: string): VersionState {
    return this.ofBytes(Buffer.from(text, 'utf8'));
  }

  /** The whole front matter, cut as the loader cuts it and parsed as it parses it. */
  private whole(bytes: Buffer): VersionState {
    this.parsedWhole++;
    const matter = frontMatterOf(bytes.toString('utf8'));
    if (matter === undefined) return UNREADABLE;
    const fast = parseYamlFast(matter);
    // The slow parser accepts what the fast one sends back (aliases within bounds).
    const value = fast.ok ? fast : new PositionedYaml(matter, 0, 'en').toValue('en');
    return value.ok ? stateOf(value.value) : UNREADABLE;
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
