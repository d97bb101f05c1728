/**
 * What one file version says about the signature lifecycle (version, signatures, avenants,
 * signed on), read with the loader's own code: the front matter is cut by splitFrontMatter and
 * parsed by parseCharterText (js-yaml core schema, the positioned parser when the fast one sends
 * the text back), so a version in git gets exactly the answer `validate` gives for the same
 * bytes, or is refused with the loader's diagnostic. No second reader: text inside a quoted
 * string that looks like a key stays text, a lone CR is a line break, as for the loader.
 *
 * Speed comes from caching, not from cutting corners: a state is computed once per exact
 * front matter text (most commits change the body, or repeat an earlier front matter), and only
 * the front matter's bytes are decoded (the body is never read here). Within a new front
 * matter, each top-level block (`key:` at column 0 and the lines under it) is parsed with the
 * loader's fast parser once per exact block text: a commit usually changes one block. That
 * shortcut is taken only when it provably gives the whole parse's value: EVERY block (not only
 * the ones the lifecycle reads, so that a broken block anywhere refuses the version as the
 * loader does) parses alone to a mapping of exactly its own key, keys are unique, no line at
 * column 0 is anything but a key, a `- ` item, a comment or blank, there is no lone CR (a line
 * break for YAML that the cut would not see) and no construct whose check spans the whole text
 * (flow nesting too deep). Anything else (a quoted string running over a column-0 line fails
 * alone, for instance) goes to the whole parse.
 *
 * A block holding a block sequence (signatures, avenants, commitments) is read the same way one
 * level down: entry by entry, and an avenant's nested signatures one by one, each piece once
 * per exact text, under the same rule (a piece that fails or does not have the expected shape
 * sends the block or entry to a whole parse; see sequenceByItems). Versions whose lifecycle
 * blocks hold the same values share one state (LIFECYCLE_KEYS).
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { Lang } from '../i18n/index.js';
import { CharterFile, parseCharterText } from '../load/charter-file.js';
import { splitFrontMatter } from '../load/frontmatter.js';
import { decodeSource } from '../load/source.js';
import { flowDepthExceeded, parseYamlFast } from '../load/yaml.js';
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

/**
 * The YAML block splitFrontMatter gives for a text whose first line is exactly `---` and whose
 * closing `---` line holds nothing else: the text between them (gray-matter's `matter` for an
 * empty language, without the last line's CR). Undefined for any other layout, which goes
 * through splitFrontMatter itself. (gray-matter costs more than the YAML of a small block.)
 */
function plainFenceMatter(text: string): string | undefined {
  if (!(text.startsWith('---\n') || text.startsWith('---\r\n'))) return undefined;
  const close = text.indexOf('\n---', 3);
  if (close === -1) return undefined;
  const eol = text.indexOf('\n', close + 1);
  if (text.slice(close + 4, eol === -1 ? text.length : eol).trim() !== '') return undefined;
  const raw = text.slice(3, close);
  return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
}

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t\r]|$)/;

interface BlockValue {
  ok: boolean;
  value?: unknown;
}

/** A block parsed alone: the value of its one key, or not ok when it is anything else. */
function parseBlock(block: string, key: string): BlockValue {
  const fast = parseYamlFast(block);
  const value = fast.ok ? fast.value : undefined;
  return fast.ok &&
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    Object.hasOwn(value, key)
    ? { ok: true, value: (value as Record<string, unknown>)[key] }
    : { ok: false };
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

/**
 * The front matter's value from its top-level blocks, each parsed alone (cached by its text), or
 * undefined when that cannot be proved equal to the whole parse (see the module comment).
 */
function valueByBlocks(
  matter: string,
  cache: Map<string, BlockValue>,
  items: Map<string, BlockValue>,
): Record<string, unknown> | undefined {
  // A lone CR is a YAML line break the cut does not see.
  for (let i = matter.indexOf('\r'); i !== -1; i = matter.indexOf('\r', i + 1)) {
    if (matter.charCodeAt(i + 1) !== 10) return undefined;
  }
  // The loader's flow-depth check reads the whole text: its answer must be "fine" here too.
  if (flowDepthExceeded(matter) !== undefined) return undefined;
  const data: Record<string, unknown> = {};
  let key: string | undefined;
  let blockStart = 0;
  let lineStart = 0;
  const close = (end: number): boolean => {
    if (key === undefined) return true;
    const block = matter.slice(blockStart, end);
    let parsed = cache.get(block);
    if (!parsed) {
      parsed = sequenceByItems(block, key, items) ?? parseBlock(block, key);
      cache.set(block, parsed);
    }
    if (!parsed.ok) return false;
    data[key] = parsed.value;
    return true;
  };
  while (lineStart < matter.length) {
    let lineEnd = matter.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = matter.length;
    const first = matter.charCodeAt(lineStart);
    // Blank, indented, a comment or a CR-LF blank line: inside the current block.
    if (lineStart === lineEnd || first === 32 || first === 9 || first === 13 || first === 35) {
      lineStart = lineEnd + 1;
      continue;
    }
    if (first === 45) {
      // `- item` at column 0 belongs to the key above; `---`, `-x` do not.
      const next = matter.charCodeAt(lineStart + 1);
      if (key === undefined || !(lineStart + 1 === lineEnd || next === 32 || next === 9 || next === 13))
        return undefined;
      lineStart = lineEnd + 1;
      continue;
    }
    const match = KEY_LINE.exec(matter.slice(lineStart, Math.min(lineEnd, lineStart + 80)));
    if (!match || match[1] === '__proto__') return undefined;
    // The block above is complete: its key is in `data` now, so a repeated key is seen.
    if (!close(lineStart) || Object.hasOwn(data, match[1]!)) return undefined;
    key = match[1]!;
    blockStart = lineStart;
    lineStart = lineEnd + 1;
  }
  if (key === undefined || !close(matter.length)) return undefined;
  return data;
}

/** Computes version states, remembering each front matter it has read. */
export class VersionStateReader {
  /** States by the exact bytes of the file up to the end of its closing fence (their SHA-1). */
  private readonly states = new Map<string, VersionState>();
  /** Block texts already parsed, with their value. */
  private readonly blocks = new Map<string, BlockValue>();
  /** Sequence items already parsed (with their block's key line), with their value. */
  private readonly items = new Map<string, BlockValue>();
  /** Front matters parsed whole, and read from their blocks (for the benchmark). */
  parsedWhole = 0;
  parsedByBlocks = 0;

  /** States by the identity of the values under LIFECYCLE_KEYS (values come from the caches above). */
  private readonly byLifecycle = new Map<string, VersionState>();
  private readonly valueIds = new Map<object, number>();

  constructor(private readonly lang: Lang = 'en') {}

  /** The values under LIFECYCLE_KEYS as a key: objects by identity, scalars by type and value. */
  private lifecycleKey(data: Record<string, unknown>): string {
    let key = '';
    for (const name of LIFECYCLE_KEYS) {
      if (!Object.hasOwn(data, name)) {
        key += '\0-';
        continue;
      }
      const value = data[name];
      if (value !== null && typeof value === 'object') {
        let id = this.valueIds.get(value);
        if (id === undefined) {
          id = this.valueIds.size;
          this.valueIds.set(value, id);
        }
        key += `\0o${id}`;
      } else if (typeof value === 'string') key += `\0s${JSON.stringify(value)}`;
      else key += `\0${typeof value}:${Object.is(value, -0) ? '-0' : String(value)}`;
    }
    return key;
  }

  /** The state of a file version from its bytes; only the front matter is decoded. */
  ofBytes(bytes: Buffer): VersionState {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const end = frontMatterEnd(bytes, start);
    const head = bytes.subarray(0, end);
    // Invalid UTF-8 anywhere in the file is refused by the loader: the whole file is checked.
    if (!isUtf8(bytes)) return this.refused(bytes);
    // A digest of the bytes as the key: equal bytes, equal keys, and no long string to keep or hash.
    const key = createHash('sha1').update(head).digest('base64');
    let state = this.states.get(key);
    if (!state) {
      state = this.compute(head);
      this.states.set(key, state);
    }
    return state;
  }

  /**
   * The front matter's value when it is read from its blocks (cached), as the loader reads it;
   * undefined when only the whole parse can tell (other fences, lone CR, invalid UTF-8…).
   */
  frontMatterData(bytes: Buffer): Record<string, unknown> | undefined {
    if (!isUtf8(bytes)) return undefined;
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const matter = plainFenceMatter(bytes.toString('utf8', start, frontMatterEnd(bytes, start)));
    return matter === undefined ? undefined : valueByBlocks(matter, this.blocks, this.items);
  }

  ofText(text: string): VersionState {
    return this.ofBytes(Buffer.from(text, 'utf8'));
  }

  private refused(bytes: Buffer): VersionState {
    const parsed = parseVersion(bytes, this.lang);
    return { unreadable: true, isCharter: false, problem: parsed.problem ?? '1:1: ?' };
  }

  private compute(head: Buffer): VersionState {
    const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    const text = head.toString('utf8', bom ? 3 : 0);
    // The loader's split (fences, language), then the blocks when they are provably the whole.
    let matter = plainFenceMatter(text);
    if (matter === undefined) {
      const split = splitFrontMatter(text, this.lang);
      if (!('rule' in split)) matter = split.matter;
    }
    if (matter !== undefined) {
      const data = valueByBlocks(matter, this.blocks, this.items);
      if (data !== undefined) {
        this.parsedByBlocks++;
        // Most front matter edits leave the lifecycle's blocks as they were (a commitment, an
        // amount): the same values under LIFECYCLE_KEYS give the same state, computed once.
        const key = this.lifecycleKey(data);
        let state = this.byLifecycle.get(key);
        if (!state) {
          state = stateOf(data);
          this.byLifecycle.set(key, state);
        }
        return state;
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
