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
      throw new EditError(
        lang === 'fr'
          ? "le front matter ne se lit pas : corrigez d'abord les erreurs signalées par `charte validate`"
          : 'the front matter does not parse: fix the errors `charte validate` reports first',
      );
    }
    this.text = file.source.text;
    this.eol = file.source.eol;
    this.bom = file.source.bom;
    this.base = file.split.matterOffset;
    const fenceNewline = this.text.indexOf('\n---', this.base);
    this.fenceLineStart = fenceNewline + 1;
    const root = yaml.doc.contents;
    if (!isMap(root) || root.flow === true || root.items.length === 0) {
      throw new EditError(
        lang === 'fr'
          ? "le front matter est écrit en style « flow » (`{...}`) : réécrivez-le en lignes `clé: valeur` pour qu'il puisse être modifié sans être réécrit"
          : 'the front matter is written in flow style (`{...}`): write it as `key: value` lines so that it can be edited without rewriting it',
      );
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
   * Appends `entry` to the top-level list `key`. When the key is missing, it is added after the
   * last of the keys named in `newKeyAfter` (in file order), else at the end of the front matter.
   */
  appendToList(key: string, entry: FlatEntry, options: { newKeyAfter?: readonly string[] } = {}): void {
    const pair = this.pair(key);
    if (!pair) {
      this.insertNewKey(key, entry, options.newKeyAfter ?? []);
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
      throw this.notAList(key);
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

  /** Replaces the scalar value of the top-level `key` by `text` (already YAML). */
  setScalar(key: string, text: string): void {
    const pair = this.pair(key);
    const range = pair && isScalar(pair.value) ? rangeOf(pair.value) : undefined;
    if (!range || range[1] <= range[0]) throw this.unsupported(key);
    this.edits.push({ start: this.base + range[0], end: this.base + range[1], insert: text });
  }

  // --- where things are -------------------------------------------------------------------

  private pair(key: string): Pair | undefined {
    return (this.root.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === key);
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

  private insertNewKey(key: string, entry: FlatEntry, after: readonly string[]): void {
    const pairs = this.root.items as Pair[];
    const anchor = [...pairs].reverse().find((p) => isScalar(p.key) && after.includes(String(p.key.value)));
    const topColumn = this.topColumn;
    let at = this.fenceLineStart;
    if (anchor) {
      const end = anchor.value
        ? this.afterNode(anchor.value)
        : nextLineStart(this.text, this.colonEnd(anchor), at);
      at = this.skipDeeperComments(end, topColumn);
    }
    const previousLine = at > 0 ? lineAt(this.text, lineStart(this.text, at - 1)) : '';
    const blank = this.usesBlankLines() && !isBlankLine(previousLine) ? this.eol : '';
    const style = this.sequenceStyle();
    const indent = ' '.repeat(topColumn);
    const insert = `${blank}${indent}${key}:${this.eol}${this.itemText(entry, topColumn + style.dash, style.gap)}`;
    this.edits.push({ start: at, end: at, insert });
  }

  private notAList(key: string): EditError {
    return new EditError(
      this.lang === 'fr'
        ? `\`${key}\` n'est pas une liste : corrigez-le (\`charte validate\`) avant de le modifier`
        : `\`${key}\` is not a list: fix it (\`charte validate\`) before editing it`,
    );
  }

  private unsupported(key: string): EditError {
    return new EditError(
      this.lang === 'fr'
        ? `la valeur de \`${key}\` est écrite d'une façon que charte ne sait pas modifier sans réécrire le fichier : écrivez-la en liste \`- ...\` (ou \`${key}: []\`) sous la clé, puis recommencez`
        : `the value of \`${key}\` is written in a way charte cannot edit without rewriting the file: write it as a \`- ...\` list (or \`${key}: []\`) under the key, then try again`,
    );
  }
}
