/**
 * Byte-preserving edits of a charter's front matter. Nothing is re-serialised: the `yaml`
 * package's node ranges say where things are, and each edit inserts or replaces a few bytes there,
 * written in the file's own style (line endings, indentation of sequences, block or flow lists,
 * blank lines between top-level keys). Everything else in the file is left byte for byte.
 *
 * The editor only computes edits; `verifyEdit` (verify.ts) re-reads the result and checks that
 * the data changed exactly as intended before anything is written.
 */
import { isMap, isScalar, isSeq, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import type { CharterFile } from '../load/charter-file.js';
import { blockMapLines, type FlatEntry, flowMap } from './scalar.js';
import {
  applyEdits,
  columnOf,
  commentIndent,
  isBlankLine,
  lineAt,
  lineStart,
  nextLineStart,
  type TextEdit,
} from './text.js';

/** An edit the editor cannot make safely; the message is in the language of the run. */
export class EditError extends Error {
  override name = 'EditError';
}

type Range = [number, number, number];

/** Where a value is: keys of mappings and indexes of lists, from the top level. */
export type EditPath = readonly (string | number)[];

function rangeOf(node: unknown): Range | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    return (node as { range?: Range | null }).range ?? undefined;
  }
  return undefined;
}

/** How block sequences are indented in this file: `  - entity:` (dash 2, gap 2) or `- entity:` (0, 2). */
interface SequenceStyle {
  /** Columns from the parent key to the dash. */
  dash: number;
  /** Columns from the dash to the item's first key. */
  gap: number;
}

const DEFAULT_STYLE: SequenceStyle = { dash: 2, gap: 2 };

export class FrontMatterEditor {
  readonly text: string;
  readonly eol: '\n' | '\r\n';
  readonly bom: boolean;
  private readonly base: number;
  /** First offset of the closing fence line: nothing is ever inserted past it. */
  private readonly fenceLineStart: number;
  private readonly root: YAMLMap;
  private readonly edits: TextEdit[] = [];

  constructor(
    file: CharterFile,
    private readonly lang: Lang,
  ) {
    const yaml = file.positions();
    if (!file.source || !file.split || !yaml || yaml.problems.length > 0) {
      throw new EditError(messages(lang).lifecycle.editor.unparsable);
    }
    this.text = file.source.text;
    this.eol = file.source.eol;
    this.bom = file.source.bom;
    this.base = file.split.matterOffset;
    const fenceNewline = this.text.indexOf('\n---', this.base);
    this.fenceLineStart = fenceNewline + 1;
    const root = yaml.doc.contents;
    if (!isMap(root) || root.flow === true || root.items.length === 0) {
      throw new EditError(messages(lang).lifecycle.editor.flowRoot);
    }
    this.root = root;
  }

  /** The edited text (without BOM). */
  result(): string {
    return applyEdits(this.text, this.edits);
  }

  /** The edited file's bytes, BOM included when the file had one. */
  bytes(): Buffer {
    return Buffer.from((this.bom ? '\ufeff' : '') + this.result(), 'utf8');
  }

  /** The edits made so far, in file offsets (without BOM). */
  changes(): readonly TextEdit[] {
    return this.edits;
  }

  /**
   * Appends `entry` to the list `key` (a top-level key, or a path such as
   * `['amendments', 0, 'signatures']`). When the key is missing, it is added to its mapping: at the
   * top level after the last of the keys named in `newKeyAfter` (in file order), else at the end of
   * the front matter; in a nested mapping, after its last key.
   */
  appendToList(
    key: string | EditPath,
    entry: FlatEntry,
    options: { newKeyAfter?: readonly string[] } = {},
  ): void {
    const { map, name } = this.parentOf(key);
    const pair = this.pairIn(map, name);
    if (!pair) {
      this.insertNewKey(map, name, { list: entry }, options.newKeyAfter ?? []);
      return;
    }
    const value = pair.value;
    if (isSeq(value) && value.flow !== true && value.items.length > 0) {
      this.appendBlockItem(value as YAMLSeq, entry);
    } else if (isSeq(value) && value.flow === true) {
      if (value.items.length === 0) this.replaceEmptyWithBlock(pair, rangeOf(value)!, entry);
      else this.appendFlowItem(value as YAMLSeq, entry);
    } else if (isScalar(value) && value.value === null) {
      this.replaceEmptyWithBlock(pair, rangeOf(value) ?? [this.keyEnd(pair), this.keyEnd(pair), 0], entry);
    } else if (value === null || value === undefined) {
      const end = this.colonEnd(pair) - this.base;
      this.replaceEmptyWithBlock(pair, [end, end, end], entry);
    } else {
      throw this.notAList(name);
    }
  }

  /** Makes the top-level list `key` empty (`key: []`), keeping the key and its comments. No-op when absent. */
  emptyList(key: string): void {
    const pair = this.pair(key);
    if (!pair) return;
    const value = pair.value;
    const colonEnd = this.colonEnd(pair);
    if (isSeq(value) && value.flow === true) {
      if (value.items.length === 0) return;
      const [start, end] = rangeOf(value)!;
      this.edits.push({ start: this.base + start, end: this.base + end, insert: '[]' });
    } else if (isSeq(value) && value.items.length > 0) {
      const [seqStart] = rangeOf(value)!;
      const firstLine = lineStart(this.text, this.base + seqStart);
      if (firstLine <= colonEnd) throw this.unsupported(key);
      const last = value.items[value.items.length - 1];
      const dashColumn = columnOf(this.text, this.base + seqStart);
      const end = this.skipDeeperComments(this.afterNode(last), dashColumn);
      this.edits.push({ start: colonEnd, end: colonEnd, insert: ' []' });
      this.edits.push({ start: firstLine, end, insert: '' });
    } else if (isScalar(value) && value.value === null) {
      const [start, end] = rangeOf(value) ?? [0, 0];
      if (end > start) this.edits.push({ start: this.base + start, end: this.base + end, insert: '[]' });
      else this.edits.push({ start: colonEnd, end: colonEnd, insert: ' []' });
    } else if (value === null || value === undefined) {
      this.edits.push({ start: colonEnd, end: colonEnd, insert: ' []' });
    } else {
      throw this.notAList(key);
    }
  }

  /**
   * Sets the scalar `key` (a top-level key, or a path such as `['suspended', 'resumed_on']` or
   * `['commitments', 2, 'status']`) to `text` (already YAML): its value is replaced when it exists,
   * else the key is added after the last key of its mapping (`newKeyAfter` at the top level).
   */
  setScalar(key: string | EditPath, text: string, options: { newKeyAfter?: readonly string[] } = {}): void {
    const { map, name } = this.parentOf(key);
    const pair = this.pairIn(map, name);
    if (!pair) {
      this.insertNewKey(map, name, { scalar: text }, options.newKeyAfter ?? []);
      return;
    }
    const value = pair.value;
    const range = isScalar(value) ? rangeOf(value) : undefined;
    if (range && range[1] > range[0]) {
      this.edits.push({ start: this.base + range[0], end: this.base + range[1], insert: text });
    } else if (
      (value === null || value === undefined || (isScalar(value) && value.value === null)) &&
      !range
    ) {
      const colonEnd = this.colonEnd(pair);
      this.edits.push({ start: colonEnd, end: colonEnd, insert: ` ${text}` });
    } else if (isScalar(value) && range && range[1] === range[0]) {
      const colonEnd = this.colonEnd(pair);
      this.edits.push({ start: colonEnd, end: colonEnd, insert: ` ${text}` });
    } else {
      throw this.unsupported(name);
    }
  }

  /**
   * Sets `key` to the block mapping `entry` (`suspended:`, `terminated:`, or a path such as
   * `['amendments', 1, 'withdrawn']`): added when missing (at the top level after the last of the
   * keys in `newKeyAfter`; in a nested mapping, after its last key), its whole value replaced when
   * present.
   */
  setMapping(
    key: string | EditPath,
    entry: FlatEntry,
    options: { newKeyAfter?: readonly string[] } = {},
  ): void {
    const { map, name } = this.parentOf(key);
    const pair = this.pairIn(map, name);
    if (!pair) {
      this.insertNewKey(map, name, { map: entry }, options.newKeyAfter ?? []);
      return;
    }
    const colonEnd = this.colonEnd(pair);
    const keyColumn = columnOf(this.text, this.keyStart(pair));
    const valueEnd =
      pair.value === null || pair.value === undefined
        ? nextLineStart(this.text, colonEnd, this.fenceLineStart)
        : this.afterNode(pair.value);
    const end = this.skipDeeperComments(valueEnd, keyColumn);
    const lines = this.mappingLines(entry, keyColumn + this.mappingIndent());
    this.edits.push({ start: colonEnd, end, insert: `${this.eol}${lines}` });
  }

  /**
   * Removes the key `path` (such as `['entities', 2, 'required_signer']`) of a block mapping with
   * its value and the comment lines under it. Refused (EditError) for the first key of a list
   * item (its line holds the dash) and inside flow collections; a no-op when the key is absent.
   */
  removeKey(path: EditPath): void {
    const { map, name } = this.parentOf(path);
    const pair = this.pairIn(map, name);
    if (!pair) return;
    const keyOffset = this.keyStart(pair);
    const start = lineStart(this.text, keyOffset);
    if (!/^[ \t]*$/.test(this.text.slice(start, keyOffset))) throw this.unsupported(path.join('.'));
    const keyColumn = columnOf(this.text, keyOffset);
    const valueEnd =
      pair.value === null || pair.value === undefined || !rangeOf(pair.value)
        ? nextLineStart(this.text, this.colonEnd(pair), this.fenceLineStart)
        : this.afterNode(pair.value);
    this.edits.push({ start, end: this.skipDeeperComments(valueEnd, keyColumn), insert: '' });
  }

  /**
   * Removes item `index` of the block list `path` (its lines from the dash to the end of its
   * value, and the comment lines under it). Refused (EditError) for a flow list, the list's only
   * item, and an item whose dash is not alone at the start of its line.
   */
  removeListItem(path: string | EditPath, index: number): void {
    const { map, name } = this.parentOf(path);
    const pair = this.pairIn(map, name);
    const seq = pair?.value;
    const where = typeof path === 'string' ? path : path.join('.');
    if (!isSeq(seq) || seq.flow === true || seq.items.length < 2) throw this.unsupported(where);
    const item = seq.items[index];
    const range = rangeOf(item);
    if (!range) throw this.unsupported(where);
    const itemOffset = this.base + range[0];
    const start = lineStart(this.text, itemOffset);
    if (!/^[ \t]*-[ \t]+$/.test(this.text.slice(start, itemOffset))) throw this.unsupported(where);
    const dashColumn = columnOf(this.text, this.text.indexOf('-', start));
    this.edits.push({ start, end: this.skipDeeperComments(this.afterNode(item), dashColumn), insert: '' });
  }

  // --- where things are -------------------------------------------------------------------

  private pair(key: string): Pair | undefined {
    return this.pairIn(this.root, key);
  }

  private pairIn(map: YAMLMap, key: string): Pair | undefined {
    return (map.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === key);
  }

  /** The mapping that holds the last key of `path`, and that key. */
  private parentOf(path: string | EditPath): { map: YAMLMap; name: string } {
    const steps = typeof path === 'string' ? [path] : path;
    const name = steps[steps.length - 1];
    if (typeof name !== 'string') throw this.unsupported(String(name));
    let node: unknown = this.root;
    for (const step of steps.slice(0, -1)) {
      if (typeof step === 'number') node = isSeq(node) ? node.items[step] : undefined;
      else node = isMap(node) ? this.pairIn(node as YAMLMap, step)?.value : undefined;
      if (node === undefined || node === null) throw this.unsupported(steps.join('.'));
    }
    if (!isMap(node)) throw this.unsupported(steps.join('.'));
    if (node.flow === true && node !== this.root) throw this.flowMapping(steps.slice(0, -1).join('.'));
    return { map: node as YAMLMap, name };
  }

  private keyStart(pair: Pair): number {
    return this.base + rangeOf(pair.key)![0];
  }

  private keyEnd(pair: Pair): number {
    return rangeOf(pair.key)![1];
  }

  /** Offset just after the `:` that follows a key. */
  private colonEnd(pair: Pair): number {
    const colon = this.text.indexOf(':', this.base + this.keyEnd(pair));
    if (colon === -1) throw this.unsupported(String((pair.key as { value?: unknown }).value));
    return colon + 1;
  }

  /** Column of the top-level keys. */
  private get topColumn(): number {
    return columnOf(this.text, this.keyStart(this.root.items[0] as Pair));
  }

  /** The line start after a node's value (its trailing comment on the same line included). */
  private afterNode(node: unknown): number {
    const range = rangeOf(node);
    if (!range) throw this.unsupported('?');
    return nextLineStart(this.text, this.base + range[1], this.fenceLineStart);
  }

  /** Moves past comment-only lines indented deeper than `column`: they belong to the node above. */
  private skipDeeperComments(offset: number, column: number): number {
    let at = offset;
    while (at < this.fenceLineStart) {
      const indent = commentIndent(lineAt(this.text, at));
      if (indent === undefined || indent <= column) break;
      const newline = this.text.indexOf('\n', at);
      at = newline === -1 ? this.fenceLineStart : Math.min(newline + 1, this.fenceLineStart);
    }
    return at;
  }

  /** True when the file separates some top-level keys with a blank line (comments above a key aside). */
  private usesBlankLines(): boolean {
    return (this.root.items as Pair[]).slice(1).some((pair) => {
      let at = lineStart(this.text, this.keyStart(pair));
      while (at > 0) {
        const previous = lineStart(this.text, at - 1);
        const line = lineAt(this.text, previous);
        if (isBlankLine(line)) return true;
        if (commentIndent(line) === undefined) return false;
        at = previous;
      }
      return false;
    });
  }

  /** Indentation of the first block sequence under a top-level key, to copy for a new one. */
  private sequenceStyle(): SequenceStyle {
    for (const pair of this.root.items as Pair[]) {
      const value = pair.value;
      if (!isSeq(value) || value.flow === true || value.items.length === 0) continue;
      const dashOffset = this.base + rangeOf(value)![0];
      const dash = columnOf(this.text, dashOffset) - columnOf(this.text, this.keyStart(pair));
      return { dash: Math.max(dash, 0), gap: this.itemGap(dashOffset, value.items[0]) };
    }
    return DEFAULT_STYLE;
  }

  /** Columns from a dash to its item's first character, when both are on one line (else 2). */
  private itemGap(dashOffset: number, item: unknown): number {
    const range = rangeOf(item);
    if (!range) return DEFAULT_STYLE.gap;
    const itemOffset = this.base + range[0];
    if (lineStart(this.text, itemOffset) !== lineStart(this.text, dashOffset)) return DEFAULT_STYLE.gap;
    return Math.max(itemOffset - dashOffset, 2);
  }

  // --- writing ----------------------------------------------------------------------------

  private itemText(entry: FlatEntry, dashColumn: number, gap: number, flow?: { padding: boolean }): string {
    const dash = `${' '.repeat(dashColumn)}-${' '.repeat(gap - 1)}`;
    if (flow) return `${dash}${flowMap(entry, flow.padding)}${this.eol}`;
    const [first, ...rest] = blockMapLines(entry);
    const indent = ' '.repeat(dashColumn + gap);
    return [`${dash}${first}`, ...rest.map((line) => `${indent}${line}`)].map((l) => l + this.eol).join('');
  }

  private appendBlockItem(seq: YAMLSeq, entry: FlatEntry): void {
    const dashOffset = this.base + rangeOf(seq)![0];
    const dashColumn = columnOf(this.text, dashOffset);
    const first = seq.items[0];
    const last = seq.items[seq.items.length - 1];
    const flow = isMap(first) && first.flow === true ? { padding: this.flowPadding(first) } : undefined;
    const at = this.skipDeeperComments(this.afterNode(last), dashColumn);
    this.edits.push({
      start: at,
      end: at,
      insert: this.itemText(entry, dashColumn, this.itemGap(dashOffset, first), flow),
    });
  }

  private appendFlowItem(seq: YAMLSeq, entry: FlatEntry): void {
    const [seqStart] = rangeOf(seq)!;
    const last = seq.items[seq.items.length - 1];
    const lastRange = rangeOf(last);
    if (!lastRange) throw this.unsupported('?');
    const lastStart = this.base + lastRange[0];
    const multiline = this.text.slice(this.base + seqStart, lastStart).includes('\n');
    const separator = multiline ? `,${this.eol}${' '.repeat(columnOf(this.text, lastStart))}` : ', ';
    const padding = this.flowPadding(seq.items[0]);
    const at = this.base + lastRange[1];
    this.edits.push({ start: at, end: at, insert: `${separator}${flowMap(entry, padding)}` });
  }

  /** Whether existing flow mappings are written `{ a: 1 }` rather than `{a: 1}`. */
  private flowPadding(node: unknown): boolean {
    const range = rangeOf(node);
    if (!isMap(node) || node.flow !== true || !range) return false;
    return this.text[this.base + range[0] + 1] === ' ';
  }

  /** `key: []`, `key: ~` or `key:` becomes `key:` followed by a block list of one item. */
  private replaceEmptyWithBlock(pair: Pair, token: Range | [number, number, number], entry: FlatEntry): void {
    const colonEnd = this.colonEnd(pair);
    const tokenStart = this.base + token[0];
    const tokenEnd = this.base + token[1];
    if (tokenEnd > tokenStart) {
      // The token goes, with the spaces between it and the colon; only spaces may stand there.
      if (!/^[ \t]*$/.test(this.text.slice(colonEnd, tokenStart))) throw this.unsupported(String(pair.key));
      this.edits.push({ start: colonEnd, end: tokenEnd, insert: '' });
    }
    const keyColumn = columnOf(this.text, this.keyStart(pair));
    const at = this.skipDeeperComments(
      nextLineStart(this.text, Math.max(tokenEnd, colonEnd), this.fenceLineStart),
      keyColumn,
    );
    const style = this.sequenceStyle();
    this.edits.push({ start: at, end: at, insert: this.itemText(entry, keyColumn + style.dash, style.gap) });
  }

  /** Indentation of a nested block mapping under a top-level key (`renewal:` then `  tacit: …`). */
  private mappingIndent(): number {
    for (const pair of this.root.items as Pair[]) {
      const value = pair.value;
      if (!isMap(value) || value.flow === true || value.items.length === 0) continue;
      const first = (value.items[0] as Pair).key;
      const range = rangeOf(first);
      if (!range) continue;
      const indent = columnOf(this.text, this.base + range[0]) - columnOf(this.text, this.keyStart(pair));
      if (indent > 0) return indent;
    }
    return 2;
  }

  private mappingLines(entry: FlatEntry, column: number): string {
    const indent = ' '.repeat(column);
    return blockMapLines(entry)
      .map((line) => `${indent}${line}${this.eol}`)
      .join('');
  }

  private insertNewKey(
    map: YAMLMap,
    key: string,
    value: { list: FlatEntry } | { map: FlatEntry } | { scalar: string },
    after: readonly string[],
  ): void {
    const pairs = map.items as Pair[];
    const atRoot = map === this.root;
    const named = [...pairs].reverse().find((p) => isScalar(p.key) && after.includes(String(p.key.value)));
    // In a nested mapping the new key goes after its last key; at the top level, after the named
    // keys or at the end of the front matter.
    const anchor = named ?? (atRoot ? undefined : pairs[pairs.length - 1]);
    const keyColumn = atRoot
      ? this.topColumn
      : anchor
        ? columnOf(this.text, this.keyStart(anchor))
        : undefined;
    if (keyColumn === undefined || (!atRoot && map.flow === true)) throw this.unsupported(key);
    let at = this.fenceLineStart;
    if (anchor) {
      const end =
        anchor.value !== null && anchor.value !== undefined && rangeOf(anchor.value)
          ? this.afterNode(anchor.value)
          : nextLineStart(this.text, this.colonEnd(anchor), at);
      at = this.skipDeeperComments(end, keyColumn);
    }
    const previousLine = at > 0 ? lineAt(this.text, lineStart(this.text, at - 1)) : '';
    const blank = atRoot && this.usesBlankLines() && !isBlankLine(previousLine) ? this.eol : '';
    const indent = ' '.repeat(keyColumn);
    let insert: string;
    if ('scalar' in value) {
      insert = `${indent}${key}: ${value.scalar}${this.eol}`;
    } else if ('map' in value) {
      insert = `${blank}${indent}${key}:${this.eol}${this.mappingLines(value.map, keyColumn + this.mappingIndent())}`;
    } else {
      const style = this.sequenceStyle();
      insert = `${blank}${indent}${key}:${this.eol}${this.itemText(value.list, keyColumn + style.dash, style.gap)}`;
    }
    this.edits.push({ start: at, end: at, insert });
  }

  private notAList(key: string): EditError {
    return new EditError(messages(this.lang).lifecycle.editor.notAList(key));
  }

  private unsupported(key: string): EditError {
    return new EditError(messages(this.lang).lifecycle.editor.unsupported(key));
  }

  private flowMapping(key: string): EditError {
    return new EditError(messages(this.lang).lifecycle.editor.flowMapping(key));
  }
}
