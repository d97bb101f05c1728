/**
 * What one file version says about the signature lifecycle (version, signatures, avenants,
 * signed on), read with the loader's own code: the front matter is cut by splitFrontMatter and
 * parsed by parseCharterText (js-yaml core schema, the positioned parser when the fast one sends
 * the text back), so a version in git gets exactly the answer `validate` gives for the same
 * bytes, or is refused with the loader's diagnostic. No second reader: text inside a quoted
 * string that looks like a key stays text, a lone CR is a line break, as for the loader.
 *
 * Speed comes from reading only what changed, not from cutting corners. The versions of one
 * file are read one after another through a VersionChain (newest first in the history pass):
 * the same front matter bytes as the version before give the same state (most commits change
 * the body), and only the front matter's bytes are ever looked at. Within a new front matter,
 * the lines between the common beginning and the common end of the two versions are scanned
 * again; every top-level block (`key:` at column 0 and the lines under it) wholly outside them
 * keeps its value, and a block that changed is parsed with the loader's fast parser (once per
 * exact block text, for a file reverted or a block the same in several files). That
 * shortcut is taken only when it provably gives the whole parse's value: EVERY block (not only
 * the ones the lifecycle reads, so that a broken block anywhere refuses the version as the
 * loader does) parses alone to a mapping of exactly its own key, keys are unique, no line at
 * column 0 is anything but a key, a `- ` item, a comment or blank, there is no lone CR (a line
 * break for YAML that the cut would not see) and no construct whose check spans the whole text
 * (flow nesting too deep), and nothing but blank or comment lines comes before the first key.
 * Anything else (a quoted string running over a column-0 line fails alone, for instance) goes
 * to the whole parse.
 *
 * A block holding a block sequence (signatures, avenants, commitments) is read the same way one
 * level down: entry by entry, and an avenant's nested signatures one by one, each piece once
 * per exact text, under the same rule (a piece that fails or does not have the expected shape
 * sends the block or entry to a whole parse; see sequenceByItems). Versions whose lifecycle
 * blocks hold the same values share one state (LIFECYCLE_KEYS). test/history.test.ts holds
 * the reader to the loader: generated charters, odd lines inside entries, and random line and
 * character edits read one after another through one chain.
 */
import { isUtf8 } from 'node:buffer';
import type { Lang } from '../i18n/index.js';
import { CharterFile, parseCharterText } from '../load/charter-file.js';
import { splitFrontMatter } from '../load/frontmatter.js';
import { decodeSource } from '../load/source.js';
import { flowDepthExceeded, MAX_DEPTH, parseYamlFast, resolvePlainScalar } from '../load/yaml.js';
import { internKey, parseSimpleYaml } from '../load/yaml-simple.js';
import { addYears } from '../model/dates.js';
import {
  completedAmendments,
  fieldsSignedOn,
  LIFECYCLE_KEYS,
  type LifecycleFields,
  lifecycleFields,
} from './lifecycle-fields.js';

export interface VersionState {
  fields?: LifecycleFields;
  /** The front matter declares `charte:`. */
  isCharter: boolean;
  /** Signed on, when every required signer has signed in this file version. */
  signedOn?: string;
  dueOn?: string;
  /** Avenants complete in this version (every signer has signed), by number. */
  completedAmendments?: number[];
  /** The front matter could not be read (no fence, YAML error): the version is unknown. */
  unreadable: boolean;
  /** Why the loader refuses it: `line:column: message` (only for an unreadable version). */
  problem?: string;
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

function stateOf(data: Record<string, unknown>): VersionState {
  const fields = lifecycleFields(data);
  const state: VersionState = { fields, unreadable: false, isCharter: Object.hasOwn(data, 'charte') };
  const signed = fieldsSignedOn(fields);
  if (signed !== undefined) {
    state.signedOn = signed;
    state.dueOn = addYears(signed, fields.periodYears);
  }
  if (fields.amendments.length > 0) state.completedAmendments = completedAmendments(fields);
  return state;
}

/** A parsed file version: its front matter value and body, as the loader gives them. */
export interface ParsedVersion {
  data?: Record<string, unknown>;
  body: string;
  problem?: string;
}

/**
 * Parses a file version as `loadCharterFile` does (same decoding, same split, same parsers).
 * `bytes` may stop after the front matter's closing fence: the body is then empty.
 */
export function parseVersion(bytes: Buffer, lang: Lang = 'en'): ParsedVersion {
  const file = new CharterFile('(git)', '(git)', lang);
  try {
    file.source = decodeSource(bytes, lang);
  } catch (error) {
    return { body: '', problem: `1:1: ${(error as Error).message}` };
  }
  parseCharterText(file);
  const fatal = file.diagnostics.find((d) => d.fatal);
  if (fatal || file.data === undefined) {
    return {
      body: file.body,
      problem: fatal ? `${fatal.line}:${fatal.column}: ${fatal.message}` : '1:1: unreadable front matter',
    };
  }
  return { data: file.data, body: file.body };
}

interface BlockValue {
  ok: boolean;
  value?: unknown;
}

/** A block parsed alone: the value of its one key, or not ok when it is anything else. */
function parseBlock(block: string, key: string): BlockValue {
  const fast = parseYamlFast(block);
  return fast.ok ? blockValue(fast.value, key) : { ok: false };
}

/** A parsed block's value: the value of its one key, or not ok when it is anything else. */
function blockValue(value: unknown, key: string): BlockValue {
  return value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    Object.hasOwn(value, key)
    ? { ok: true, value: (value as Record<string, unknown>)[key] }
    : { ok: false };
}

/**
 * A block the plain-shapes reader reads (most are), parsed whole: cheaper than entry by entry.
 * Undefined when that reader declines it (then js-yaml parses it, entry by entry if it can).
 */
function simpleBlock(block: string, key: string): BlockValue | undefined {
  const simple = parseSimpleYaml(block, resolvePlainScalar);
  return simple === undefined ? undefined : blockValue(simple.value, key);
}

/** `key:` alone on its line (no value, anchor, tag or comment after it). */
const BARE_KEY_LINE = /^[A-Za-z_][A-Za-z0-9_-]*[ \t]*:[ \t]*\r?$/;
/** A line that may hold a block scalar's header (`|`, `>`, with indicators and a comment). */
const BLOCK_SCALAR = /[|>][-+0-9]*[ \t]*(?:#.*)?\r?$/m;
/** A block sequence entry's first line: its indentation, then `-` and a space, a tab or the end. */
const ENTRY_LINE = /^( *)-(?:[ \t]|\r?$)/;

/**
 * A block `key:` whose value is a block sequence, read entry by entry, each entry parsed once
 * per exact text (a new signature or avenant adds an entry and leaves the others as they were).
 * Each piece is the block's head (the key line and the blank or comment lines under it) with the
 * lines of one entry: a contiguous part of the block, parsed in the same context (no alias is
 * ever read by the fast parser, the nesting depth is the same). The whole block's value is the
 * entries' values in order only when the cut cannot fall inside a scalar: a quoted scalar or a
 * flow collection cut by an entry line leaves its piece unterminated (a parse error, and the
 * block is then parsed whole), and a block scalar, whose text may hold an entry-like line, sends
 * the block whole from the start. Undefined when the block is not read this way.
 */
function sequenceByItems(block: string, key: string, items: Map<string, BlockValue>): BlockValue | undefined {
  const firstEnd = block.indexOf('\n');
  if (firstEnd === -1 || !BARE_KEY_LINE.test(block.slice(0, firstEnd))) return undefined;
  if (BLOCK_SCALAR.test(block)) return undefined;
  // The head: blank and comment lines up to the first entry.
  let pos = firstEnd + 1;
  let indent = -1;
  while (pos < block.length) {
    let end = block.indexOf('\n', pos);
    if (end === -1) end = block.length;
    const line = block.slice(pos, end);
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      pos = end + 1;
      continue;
    }
    const entry = ENTRY_LINE.exec(line);
    if (!entry) return undefined;
    indent = entry[1]!.length;
    break;
  }
  if (indent === -1) return undefined;
  const head = block.slice(0, pos);
  // Entry starts: lines with exactly `indent` spaces, then an entry marker.
  const starts: number[] = [];
  for (let lineStart = pos; lineStart < block.length; ) {
    let end = block.indexOf('\n', lineStart);
    if (end === -1) end = block.length;
    let col = lineStart;
    while (col < end && block.charCodeAt(col) === 32) col++;
    if (col - lineStart === indent && block.charCodeAt(col) === 45) {
      const next = col + 1 < end ? block.charCodeAt(col + 1) : -1;
      if (next === -1 || next === 32 || next === 9 || (next === 13 && col + 2 === end))
        starts.push(lineStart);
    }
    lineStart = end + 1;
  }
  if (starts.length < 2) return undefined;
  const values: unknown[] = [];
  for (let i = 0; i < starts.length; i++) {
    const entry = block.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! : block.length);
    const piece = head + entry;
    let parsed = items.get(piece);
    if (!parsed) {
      parsed = entryByItems(head, entry, indent, key, items) ?? parseEntry(piece, key);
      items.set(piece, parsed);
    }
    // A piece that does not parse alone may still belong to a block that does: parsed whole.
    if (!parsed.ok) return undefined;
    values.push((parsed.value as unknown[])[0]);
  }
  return { ok: true, value: values };
}

/** A piece (a block's head and one entry) parsed alone: ok when it is exactly one entry. */
function parseEntry(piece: string, key: string): BlockValue {
  const parsed = parseBlock(piece, key);
  return parsed.ok && Array.isArray(parsed.value) && parsed.value.length === 1 ? parsed : { ok: false };
}

/**
 * One entry whose mapping ends with a nested block sequence (an avenant and its signatures),
 * read nested entry by nested entry: each piece is the block's head, the entry's lines up to its
 * first nested entry, and one nested entry. Taken only when every piece is one mapping with the
 * same keys in the same order, the last one holding exactly its one nested entry: then the
 * whole entry is that mapping with the nested entries in order (a line after the nested
 * sequence, a key repeated, anything else shows as different keys or a failed piece and the
 * entry is parsed whole). Undefined when not read this way.
 */
function entryByItems(
  head: string,
  entry: string,
  indent: number,
  key: string,
  items: Map<string, BlockValue>,
): BlockValue | undefined {
  const firstEnd = entry.indexOf('\n');
  if (firstEnd === -1) return undefined;
  let nested = -1;
  const starts: number[] = [];
  for (let lineStart = firstEnd + 1; lineStart < entry.length; ) {
    let end = entry.indexOf('\n', lineStart);
    if (end === -1) end = entry.length;
    let col = lineStart;
    while (col < end && entry.charCodeAt(col) === 32) col++;
    const depth = col - lineStart;
    if (entry.charCodeAt(col) === 45 && depth > indent && (nested === -1 || depth === nested)) {
      const next = col + 1 < end ? entry.charCodeAt(col + 1) : -1;
      if (next === -1 || next === 32 || next === 9 || (next === 13 && col + 2 === end)) {
        nested = depth;
        starts.push(lineStart);
      }
    }
    lineStart = end + 1;
  }
  if (starts.length < 2) return undefined;
  const prefix = head + entry.slice(0, starts[0]!);
  let keys: string[] | undefined;
  let merged: Record<string, unknown> | undefined;
  const nestedValues: unknown[] = [];
  for (let i = 0; i < starts.length; i++) {
    const piece = prefix + entry.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! : entry.length);
    let parsed = items.get(piece);
    if (!parsed) {
      parsed = parseEntry(piece, key);
      items.set(piece, parsed);
    }
    if (!parsed.ok) return undefined;
    const value = (parsed.value as unknown[])[0];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const mapping = value as Record<string, unknown>;
    const names = Object.keys(mapping);
    const last = names[names.length - 1];
    const list = last === undefined ? undefined : mapping[last];
    if (!Array.isArray(list) || list.length !== 1) return undefined;
    if (keys === undefined) {
      // `__proto__` would be set, not defined, by the copy below: that entry is parsed whole.
      if (names.includes('__proto__')) return undefined;
      keys = names;
      merged = mapping;
    } else if (names.length !== keys.length || names.some((name, k) => name !== keys![k])) return undefined;
    nestedValues.push(list[0]);
  }
  // The first piece's mapping, its last key holding every nested entry (a new object: the
  // cached piece values are shared).
  const whole: Record<string, unknown> = {};
  for (const name of keys!) whole[name] = merged![name];
  whole[keys![keys!.length - 1]!] = nestedValues;
  return { ok: true, value: [whole] };
}

/** A top-level block of a front matter: `key:` at column 0 and the lines under it, bytes [start, end). */
interface Block {
  key: string;
  start: number;
  end: number;
  value: unknown;
}

/** A front matter read from its blocks: its bytes, its blocks in order, and its value. */
interface BlockReading {
  bytes: Buffer;
  blocks: Block[];
  data: Record<string, unknown>;
  /** Opening flow brackets (`[`, `{`) in `bytes`: the flow-depth check runs only past MAX_DEPTH. */
  openings: number;
}

/**
 * The versions of one file, read one after another (newest first in the history pass): each
 * version is compared with the one read before it, so that what did not change is neither
 * decoded, nor scanned, nor parsed again.
 */
export class VersionChain {
  /** The last version's bytes up to the end of its front matter (a copy: blobs are views of git's output). */
  head: Buffer | undefined;
  state: VersionState | undefined;
  /** The last version's front matter, when it was read from its blocks. */
  reading: BlockReading | undefined;
  /** The first version's (the working file's): what other versions are compared with, on demand. */
  first: BlockReading | undefined;
  /** True once the first version has been read. */
  started = false;
}

/** True for the bytes String.prototype.trim removes that are ASCII (line feed aside). */
function isAsciiSpace(byte: number): boolean {
  return byte === 32 || byte === 9 || byte === 13 || byte === 11 || byte === 12;
}

/**
 * The YAML block splitFrontMatter gives for a file whose first line is exactly `---` and whose
 * closing `---` line holds nothing else (as trim() sees it): the bytes between them
 * (gray-matter's `matter` for an empty language, without the last line's CR), from `head`, which
 * ends with the closing fence's line. Undefined for any other layout, which goes through
 * splitFrontMatter itself (gray-matter costs more than the YAML of a small block).
 */
function plainFenceBytes(head: Buffer, start: number): Buffer | undefined {
  if (head[start] !== 45 || head[start + 1] !== 45 || head[start + 2] !== 45) return undefined;
  if (!(head[start + 3] === 10 || (head[start + 3] === 13 && head[start + 4] === 10))) return undefined;
  const close = head.indexOf(CLOSING_FENCE, start + 3);
  if (close === -1) return undefined;
  let eol = head.indexOf(NEWLINE, close + 1);
  if (eol === -1) eol = head.length;
  // The rest of the closing fence's line must be blank, as trim() sees it.
  for (let i = close + 4; i < eol; i++) {
    const byte = head[i]!;
    if (isAsciiSpace(byte)) continue;
    if (byte < 0x80 || head.toString('utf8', i, eol).trim() !== '') return undefined;
    break;
  }
  const end = close > start + 3 && head[close - 1] === 13 ? close - 1 : close;
  return head.subarray(start + 3, end);
}

/** Length of the common beginning of two buffers (memcmp by halves, then byte by byte). */
function commonPrefix(a: Buffer, b: Buffer): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  if (a.compare(b, 0, high, 0, high) === 0) return high;
  while (high - low > 16) {
    const mid = (low + high) >>> 1;
    if (a.compare(b, low, mid, low, mid) === 0) low = mid;
    else high = mid;
  }
  while (low < high && a[low] === b[low]) low++;
  return low;
}

/** The same bytes from `m` to `n` bytes before the end of `a` and of `b`. */
function sameEnds(a: Buffer, b: Buffer, n: number, m: number): boolean {
  return a.compare(b, b.length - m, b.length - n, a.length - m, a.length - n) === 0;
}

/** Length of the common end of two buffers that does not reach into their first `skip` bytes. */
function commonSuffix(a: Buffer, b: Buffer, skip: number): number {
  let low = 0;
  let high = Math.min(a.length, b.length) - skip;
  if (sameEnds(a, b, 0, high)) return high;
  while (high - low > 16) {
    const mid = (low + high) >>> 1;
    if (sameEnds(a, b, low, mid)) low = mid;
    else high = mid;
  }
  while (low < high && a[a.length - 1 - low] === b[b.length - 1 - low]) low++;
  return low;
}

/** A line allowed before the first key: blank, or a comment after spaces. */
const PREAMBLE_LINE = /^ *(?:#.*)?\r?$/;

/**
 * The key of a line that is `key:` (a letter or `_`, then letters, digits, `_` or `-`, spaces
 * or tabs, a colon, then a space, a tab, a CR or the end), read within the line's first 80
 * bytes, or undefined.
 */
function keyOfLine(m: Buffer, lineStart: number, lineEnd: number): string | undefined {
  const cap = Math.min(lineEnd, lineStart + 80);
  let i = lineStart;
  let c = m[i]!;
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return undefined;
  for (i++; i < cap; i++) {
    c = m[i]!;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45))
      break;
  }
  const keyEnd = i;
  while (i < cap && (m[i] === 32 || m[i] === 9)) i++;
  if (i >= cap || m[i] !== 58) return undefined;
  i++;
  if (i < cap && !(m[i] === 32 || m[i] === 9 || m[i] === 13)) return undefined;
  return internKey(m.toString('latin1', lineStart, keyEnd));
}

/**
 * The top-level blocks of `m[from, to)` (`from` and `to` at line starts), or undefined when a
 * line at column 0 is anything but a key, a `- ` item under a key, a comment or a blank line.
 * Before the first key (when `from` is 0) only blank and comment lines may come: an indented
 * line there is a YAML error for the loader.
 */
function scanBlocks(m: Buffer, from: number, to: number): Array<[string, number, number]> | undefined {
  const spans: Array<[string, number, number]> = [];
  let key: string | undefined;
  let blockStart = from;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = m.indexOf(NEWLINE, lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    const first = m[lineStart];
    // Blank, indented, a comment or a CR-LF blank line: inside the current block.
    if (lineStart === lineEnd || first === 32 || first === 9 || first === 13 || first === 35) {
      if (
        key === undefined &&
        lineStart !== lineEnd &&
        !PREAMBLE_LINE.test(m.toString('utf8', lineStart, lineEnd))
      )
        return undefined;
      lineStart = lineEnd + 1;
      continue;
    }
    if (first === 45) {
      // `- item` at column 0 belongs to the key above; `---`, `-x` do not.
      const next = m[lineStart + 1];
      if (key === undefined || !(lineStart + 1 === lineEnd || next === 32 || next === 9 || next === 13))
        return undefined;
      lineStart = lineEnd + 1;
      continue;
    }
    const name = keyOfLine(m, lineStart, lineEnd);
    if (name === undefined || name === '__proto__') return undefined;
    if (key !== undefined) spans.push([key, blockStart, lineStart]);
    key = name;
    blockStart = lineStart;
    lineStart = lineEnd + 1;
  }
  if (key !== undefined) spans.push([key, blockStart, to]);
  return spans;
}

/** Opening flow brackets (`[`, `{`) in `m[from, to)`. */
function countOpenings(m: Buffer, from: number, to: number): number {
  // memchr through indexOf: a byte loop in JavaScript cost more than the parse of what changed.
  let openings = 0;
  for (let i = m.indexOf(0x5b, from); i !== -1 && i < to; i = m.indexOf(0x5b, i + 1)) openings++;
  for (let i = m.indexOf(0x7b, from); i !== -1 && i < to; i = m.indexOf(0x7b, i + 1)) openings++;
  return openings;
}

/**
 * The front matter `m` read from its top-level blocks, each parsed alone, or undefined when that
 * cannot be proved equal to the whole parse (see the module comment). With `previous` (the
 * reading of the same file's version read just before), only the lines between their common
 * beginning and common end are scanned and decoded again: the blocks wholly before or after
 * them are the same bytes, with the same value. A block parsed alone is cached by its text (a
 * file reverted, or a block the same in several files).
 */
function readBlocks(
  m: Buffer,
  previous: BlockReading | undefined,
  cache: Map<string, BlockValue>,
  items: Map<string, BlockValue>,
): BlockReading | undefined {
  if (previous?.bytes.equals(m)) return previous;
  let kept: Block[] = [];
  const moved: Block[] = [];
  let from = 0;
  let to = m.length;
  let openings = -1;
  if (previous !== undefined) {
    const old = previous.bytes;
    const blocks = previous.blocks;
    const prefix = commonPrefix(old, m);
    const suffix = commonSuffix(old, m, prefix);
    // The first line that differs may have been a key line that no longer is one (or the
    // reverse): the block before it is scanned again too.
    const firstChanged = prefix === 0 ? 0 : m.lastIndexOf(NEWLINE, prefix - 1) + 1;
    let i = 0;
    while (i < blocks.length && blocks[i]!.end < firstChanged) i++;
    // The last block ends at the end of the text, never before firstChanged.
    from = i > 0 ? blocks[i]!.start : 0;
    kept = blocks.slice(0, i);
    // Blocks starting inside the common end, after its first byte (so the line break before
    // them is common too), are the same lines, shifted.
    const suffixStart = old.length - suffix;
    let j = blocks.length;
    while (j > i && blocks[j - 1]!.start > suffixStart) j--;
    const shift = m.length - old.length;
    if (j < blocks.length) to = blocks[j]!.start + shift;
    openings = previous.openings - countOpenings(old, from, to - shift) + countOpenings(m, from, to);
    for (let k = j; k < blocks.length; k++) {
      const b = blocks[k]!;
      moved.push(
        shift === 0 ? b : { key: b.key, start: b.start + shift, end: b.end + shift, value: b.value },
      );
    }
  }
  if (openings === -1) openings = countOpenings(m, 0, m.length);
  // The loader's flow-depth check reads the whole text: its answer must be "fine" here too.
  if (openings > MAX_DEPTH && flowDepthExceeded(m.toString('utf8')) !== undefined) return undefined;
  // A lone CR is a YAML line break the cut does not see (the kept lines were checked before).
  for (let i = m.indexOf(13, from); i !== -1 && i < to; i = m.indexOf(13, i + 1)) {
    if (m[i + 1] !== NEWLINE) return undefined;
  }
  const spans = scanBlocks(m, from, to);
  if (spans === undefined) return undefined;
  // Nothing but blank and comment lines: not a mapping.
  if (kept.length === 0 && spans.length === 0 && moved.length === 0) return undefined;
  if (previous === undefined && spans.length > 1) {
    const whole = wholeByBlocks(m, spans, openings);
    if (whole !== undefined) return whole;
  }
  const scanned: Block[] = [];
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    const key = span[0];
    const start = span[1];
    const end = span[2];
    const text = m.toString('utf8', start, end);
    let parsed = cache.get(text);
    if (!parsed) {
      // A block the plain-shapes reader reads is parsed whole; one it declines, when it changed
      // from the version before, is read by js-yaml entry by entry, so that its next change
      // (one more signature) costs one entry.
      parsed =
        simpleBlock(text, key) ??
        (previous !== undefined ? sequenceByItems(text, key, items) : undefined) ??
        parseBlock(text, key);
      cache.set(text, parsed);
    }
    if (!parsed.ok) return undefined;
    scanned.push({ key, start, end, value: parsed.value });
  }
  let blocks = scanned;
  if (kept.length > 0 || moved.length > 0) {
    blocks = kept;
    for (let k = 0; k < scanned.length; k++) blocks.push(scanned[k]!);
    for (let k = 0; k < moved.length; k++) blocks.push(moved[k]!);
  }
  const data: Record<string, unknown> = {};
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (Object.hasOwn(data, block.key)) return undefined;
    data[block.key] = block.value;
  }
  return { bytes: m, blocks, data, openings };
}

/**
 * A file's first version read in one parse (a parse per block costs about twice as much), when
 * the whole parse's top-level keys are exactly the scanned blocks' keys, in order: each block's
 * value is then the value that block alone parses to (the blocks' conditions hold, so nothing
 * in one block depends on another: no alias, no directive), and the next versions reuse them
 * block by block. Undefined when the parse fails or its keys differ (a key inside a quoted
 * string, for instance): the blocks are then parsed one by one.
 */
function wholeByBlocks(
  m: Buffer,
  spans: ReadonlyArray<[string, number, number]>,
  openings: number,
): BlockReading | undefined {
  const whole = parseYamlFast(m.toString('utf8'));
  if (!whole.ok || whole.value === null || typeof whole.value !== 'object' || Array.isArray(whole.value))
    return undefined;
  const data = whole.value as Record<string, unknown>;
  const keys = Object.keys(data);
  if (keys.length !== spans.length || spans.some(([key], i) => keys[i] !== key)) return undefined;
  const blocks = spans.map(([key, start, end]) => ({ key, start, end, value: data[key] }));
  return { bytes: m, blocks, data, openings };
}

/** The same values (by identity) under every key of LIFECYCLE_KEYS. */
function sameLifecycle(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const name of LIFECYCLE_KEYS) {
    if (Object.hasOwn(a, name) !== Object.hasOwn(b, name) || !Object.is(a[name], b[name])) return false;
  }
  return true;
}

/** Computes version states, remembering what it has read. */
export class VersionStateReader {
  /** Block texts already parsed, with their value. */
  private readonly blocks = new Map<string, BlockValue>();
  /** Sequence items already parsed (with their block's key line), with their value. */
  private readonly items = new Map<string, BlockValue>();
  /** Front matters parsed whole, and read from their blocks (for the benchmark). */
  parsedWhole = 0;
  parsedByBlocks = 0;

  /** The chain of the versions read without one of their own (one file read version after version). */
  private readonly defaultChain = new VersionChain();
  /** Chains by file path (the working file, then its history). */
  private readonly chains = new Map<string, VersionChain>();

  constructor(private readonly lang: Lang = 'en') {}

  /** The chain of the versions of the file at `path`, created on first use. */
  chain(path: string): VersionChain {
    let chain = this.chains.get(path);
    if (!chain) {
      chain = new VersionChain();
      this.chains.set(path, chain);
    }
    return chain;
  }

  /**
   * The state of a file version from its bytes; only the front matter is decoded. `chain` holds
   * the version of the same file read before (by default, whatever was read before without one).
   */
  ofBytes(bytes: Buffer, chain: VersionChain = this.defaultChain): VersionState {
    // Invalid UTF-8 anywhere in the file is refused by the loader: the whole file is checked.
    if (!isUtf8(bytes)) {
      chain.head = undefined;
      chain.state = undefined;
      chain.reading = undefined;
      return this.refused(bytes);
    }
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const end = frontMatterEnd(bytes, start);
    // Most commits change the body only: the same front matter bytes, the same state.
    if (chain.state !== undefined && chain.head?.equals(bytes.subarray(0, end))) return chain.state;
    const head = Buffer.allocUnsafe(end);
    bytes.copy(head, 0, 0, end);
    const state = this.compute(head, chain);
    chain.head = head;
    chain.state = state;
    return state;
  }

  /**
   * The front matter's value when it is read from its blocks (cached), as the loader reads it;
   * undefined when only the whole parse can tell (other fences, lone CR, invalid UTF-8…).
   */
  frontMatterData(bytes: Buffer, chain?: VersionChain): Record<string, unknown> | undefined {
    if (!isUtf8(bytes)) return undefined;
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const matter = plainFenceBytes(bytes.subarray(0, frontMatterEnd(bytes, start)), start);
    // Against the chain's first version (the working file, for renew): only what differs is read.
    return matter === undefined ? undefined : readBlocks(matter, chain?.first, this.blocks, this.items)?.data;
  }

  ofText(text: string): VersionState {
    return this.ofBytes(Buffer.from(text, 'utf8'));
  }

  private refused(bytes: Buffer): VersionState {
    const parsed = parseVersion(bytes, this.lang);
    return { unreadable: true, isCharter: false, problem: parsed.problem ?? '1:1: ?' };
  }

  private compute(head: Buffer, chain: VersionChain): VersionState {
    const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    // The loader's split (fences, language), then the blocks when they are provably the whole.
    let matter = plainFenceBytes(head, start);
    if (matter === undefined) {
      const split = splitFrontMatter(head.toString('utf8', start), this.lang);
      if (!('rule' in split)) matter = Buffer.from(split.matter, 'utf8');
    }
    const previous = chain.reading;
    chain.reading = undefined;
    const first = !chain.started;
    chain.started = true;
    if (matter !== undefined) {
      const reading = readBlocks(matter, previous, this.blocks, this.items);
      if (reading !== undefined) {
        this.parsedByBlocks++;
        chain.reading = reading;
        if (first) chain.first = reading;
        // Most front matter edits leave the lifecycle's blocks as they were (a commitment, an
        // amount): the same values under LIFECYCLE_KEYS give the same state, computed once.
        if (previous !== undefined && chain.state !== undefined && sameLifecycle(previous.data, reading.data))
          return chain.state;
        return stateOf(reading.data);
      }
    }
    this.parsedWhole++;
    const parsed = parseVersion(head, this.lang);
    if (parsed.data === undefined) {
      return { unreadable: true, isCharter: false, problem: parsed.problem ?? '1:1: ?' };
    }
    return stateOf(parsed.data);
  }
}
