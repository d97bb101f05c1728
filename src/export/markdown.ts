/**
 * The charter's body, from Markdown to data. remark (CommonMark + GFM) parses it; then the tree
 * is made safe to render: raw HTML becomes literal text, links keep their target only for http,
 * https and mailto, images are read from inside the repository (or replaced by their
 * description), each refusal a warning placed on its line. The safe tree feeds both outputs:
 * `toTypstBlocks` turns it into plain JSON that the Typst template lays out (text stays strings,
 * never markup), and the HTML renderer hands it to remark-rehype.
 */

import type {
  Definition,
  FootnoteDefinition,
  Image,
  Nodes,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import {
  type ImageFormat,
  lookupImage,
  MAX_DOCUMENT_IMAGE_BYTES,
  type Refusal,
  type RepositoryFiles,
} from './assets.js';
import { IMAGE_PLACEHOLDER } from './html-rules.js';

export interface BodyWarning {
  rule: string;
  message: string;
  /** Offset in the body text. */
  offset: number;
}

export interface BodyImage {
  bytes: Buffer;
  format: ImageFormat;
  /** Repository path, for messages. */
  path: string;
}

export interface PreparedBody {
  tree: Root;
  images: BodyImage[];
  warnings: BodyWarning[];
  /** The first heading repeated the title and was left out (the title page has it). */
  skippedTitle: boolean;
  /** The last top-level section is « Signatures »: the signature blocks continue it. */
  endsWithSignatures: boolean;
}

export interface PrepareOptions {
  lang: Lang;
  title: string;
  /** Charter's directory relative to the repository root (`''` at the root). */
  charterDir: string;
  files: RepositoryFiles;
  /** Words that name a signatures section (`Signatures`). */
  signatureHeadings: readonly string[];
}

const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseBody(body: string): Root {
  return processor.parse(body);
}

/** Printable, short and on one line: a URL as a message quotes it. */
function quoteUrl(url: string): string {
  const clean = url.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

function linkMessage(url: string, lang: Lang): string {
  const q = quoteUrl(url);
  return messages(lang).export.linkRefused(q);
}

function imageMessage(url: string, reason: Refusal | 'budget', root: string, lang: Lang): string {
  const q = quoteUrl(url);
  return messages(lang).export.imageRefused(reason, q, root);
}

function normalizeIdentifier(id: string): string {
  return id.toLowerCase().replace(/\s+/g, ' ').trim();
}

function normalizeTitle(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

type AnyParent = Root | Extract<Nodes, Parent>;

/**
 * Makes the tree safe (see the module comment) and reads its images. The tree is changed in
 * place; warnings carry offsets in the body.
 */
export async function prepareBody(body: string, options: PrepareOptions): Promise<PreparedBody> {
  const tree = parseBody(body);
  const warnings: BodyWarning[] = [];
  const images: BodyImage[] = [];
  const definitions = new Map<string, Definition>();
  const pendingImages: Array<{ node: Image; parent: AnyParent }> = [];
  const offsetOf = (node: Nodes) => node.position?.start.offset ?? 0;

  // Definitions first: references anywhere may use them.
  walk(tree, (node) => {
    if (node.type === 'definition') {
      const id = normalizeIdentifier(node.identifier);
      if (!definitions.has(id)) definitions.set(id, node);
    }
  });

  const transform = (parent: AnyParent): void => {
    const children = parent.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      let node = children[i]!;
      if (node.type === 'definition') {
        children.splice(i--, 1);
        continue;
      }
      if (node.type === 'html' && /^<!--[\s\S]*-->\s*$/.test(node.value)) {
        // A comment (the markers of generated blocks, docs/blocks.md) is for the source's readers.
        children.splice(i--, 1);
        continue;
      }
      if (node.type === 'html') {
        // Raw HTML is text like any other: shown as written, never interpreted.
        const text: Text = { type: 'text', value: node.value };
        if (node.position) text.position = node.position;
        node =
          parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem'
            ? { type: 'paragraph', children: [text] }
            : text;
        children[i] = node;
        continue;
      }
      if (node.type === 'linkReference' || node.type === 'imageReference') {
        const definition = definitions.get(normalizeIdentifier(node.identifier));
        if (!definition) {
          const literal: Text = { type: 'text', value: mdastToString(node) };
          children[i] = literal;
          continue;
        }
        const resolved: Nodes =
          node.type === 'linkReference'
            ? { type: 'link', url: definition.url, children: node.children }
            : { type: 'image', url: definition.url, alt: node.alt ?? '' };
        if (node.position) resolved.position = node.position;
        node = resolved;
        children[i] = node;
      }
      if (node.type === 'link') {
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(node.url)?.[1]?.toLowerCase();
        if (scheme === undefined || !LINK_SCHEMES.has(scheme)) {
          // A relative link or an anchor points nowhere in a document sent on its own: keep the
          // text. Any other scheme (javascript:, file:, data:...) is refused, and said so.
          if (scheme !== undefined) {
            warnings.push({
              rule: 'export-link',
              message: linkMessage(node.url, options.lang),
              offset: offsetOf(node),
            });
          }
          children.splice(i, 1, ...(node.children as Nodes[]));
          i--;
          continue;
        }
      }
      if (node.type === 'image') {
        pendingImages.push({ node, parent });
        continue;
      }
      if ('children' in node) transform(node as AnyParent);
    }
  };
  transform(tree);

  let budget = MAX_DOCUMENT_IMAGE_BYTES;
  for (const { node, parent } of pendingImages) {
    const found = await lookupImage(node.url, options.charterDir, options.files);
    let refusal: Refusal | 'budget' | undefined;
    if (!found.ok) refusal = found.reason;
    else if (found.bytes.length > budget) refusal = 'budget';
    if (found.ok && refusal === undefined) {
      budget -= found.bytes.length;
      images.push({ bytes: found.bytes, format: found.format, path: found.path });
      node.url = `${IMAGE_PLACEHOLDER}${images.length - 1}`;
      node.title = null;
      continue;
    }
    warnings.push({
      rule: 'export-image',
      message: imageMessage(node.url, refusal!, options.files.root, options.lang),
      offset: offsetOf(node),
    });
    // The description stays, in brackets, where the image was.
    const index = (parent.children as Nodes[]).indexOf(node);
    const text: Text = { type: 'text', value: node.alt ? `[${node.alt}]` : '' };
    if (node.position) text.position = node.position;
    if (index !== -1) (parent.children as Nodes[]).splice(index, 1, text);
  }

  let skippedTitle = false;
  const first = tree.children[0];
  if (
    first?.type === 'heading' &&
    first.depth === 1 &&
    normalizeTitle(mdastToString(first)) === normalizeTitle(options.title)
  ) {
    tree.children.shift();
    skippedTitle = true;
  }

  const headings = tree.children.filter((n) => n.type === 'heading');
  const top = Math.min(...headings.map((h) => h.depth));
  const lastTop = headings.filter((h) => h.depth === top).at(-1);
  const wanted = new Set(options.signatureHeadings.map(normalizeTitle));
  const endsWithSignatures = lastTop !== undefined && wanted.has(normalizeTitle(mdastToString(lastTop)));

  warnings.sort((a, b) => a.offset - b.offset);
  return { tree, images, warnings, skippedTitle, endsWithSignatures };
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}

// ---------------------------------------------------------------------------------------------
// The tree the Typst template renders: every string in it is shown as text, never evaluated.

export type Inline =
  | { k: 'text'; v: string }
  | { k: 'em' | 'strong' | 'del'; c: Inline[] }
  | { k: 'code'; v: string }
  | { k: 'link'; url: string; c: Inline[]; showUrl: boolean }
  | { k: 'br' }
  | { k: 'image'; src: string; alt: string }
  | { k: 'note'; c: Block[] };

export type Block =
  | { k: 'heading'; level: number; c: Inline[] }
  | { k: 'par'; c: Inline[] }
  | { k: 'figure'; src: string; alt: string }
  | { k: 'list'; ordered: boolean; start: number; tight: boolean; items: ListItemBlock[] }
  | { k: 'quote'; c: Block[] }
  | { k: 'table'; align: Array<'left' | 'center' | 'right' | null>; header: Inline[][]; rows: Inline[][][] }
  | { k: 'codeblock'; v: string }
  | { k: 'rule' };

export interface ListItemBlock {
  /** `true`/`false` for a task list item, else null. */
  checked: boolean | null;
  c: Block[];
}

/** Deeper nesting is flattened to text: the template's recursion stays far from Typst's limit. */
const MAX_DEPTH = 16;

export interface TypstTreeOptions {
  /** The path of image `index` in the Typst workspace. */
  imageSource: (index: number) => string;
}

export function toTypstBlocks(prepared: PreparedBody, options: TypstTreeOptions): Block[] {
  const footnotes = new Map<string, FootnoteDefinition>();
  walk(prepared.tree, (node) => {
    if (node.type === 'footnoteDefinition') footnotes.set(normalizeIdentifier(node.identifier), node);
  });
  const headings = prepared.tree.children.filter((n) => n.type === 'heading');
  const shift = headings.length > 0 ? Math.min(...headings.map((h) => h.depth)) - 1 : 0;
  // A footnote that refers to itself (directly or not) is shown once.
  const openNotes = new Set<string>();
  let lastLevel = 0;

  const imageSrc = (url: string): string | undefined =>
    url.startsWith(IMAGE_PLACEHOLDER)
      ? options.imageSource(Number(url.slice(IMAGE_PLACEHOLDER.length)))
      : undefined;

  const inlines = (nodes: readonly Nodes[], depth: number): Inline[] => {
    const out: Inline[] = [];
    for (const node of nodes) out.push(...inline(node, depth));
    return mergeText(out);
  };

  const inline = (node: Nodes, depth: number): Inline[] => {
    if (depth > MAX_DEPTH) return [{ k: 'text', v: flatText(mdastToString(node)) }];
    switch (node.type) {
      case 'text':
        return [{ k: 'text', v: flatText(node.value) }];
      case 'emphasis':
        return [{ k: 'em', c: inlines(node.children, depth + 1) }];
      case 'strong':
        return [{ k: 'strong', c: inlines(node.children, depth + 1) }];
      case 'delete':
        return [{ k: 'del', c: inlines(node.children, depth + 1) }];
      case 'inlineCode':
        return [{ k: 'code', v: flatText(node.value) }];
      case 'break':
        return [{ k: 'br' }];
      case 'link': {
        const c = inlines(node.children, depth + 1);
        const text = mdastToString(node).trim();
        const bare = node.url.replace(/^mailto:/i, '');
        return [{ k: 'link', url: node.url, c, showUrl: text !== node.url && text !== bare }];
      }
      case 'image': {
        const src = imageSrc(node.url);
        return src === undefined ? [] : [{ k: 'image', src, alt: flatText(node.alt ?? '') }];
      }
      case 'footnoteReference': {
        const id = normalizeIdentifier(node.identifier);
        const definition = footnotes.get(id);
        if (!definition || openNotes.has(id))
          return [{ k: 'text', v: `[^${node.label ?? node.identifier}]` }];
        openNotes.add(id);
        const c = blocks(definition.children, depth + 1);
        openNotes.delete(id);
        return [{ k: 'note', c }];
      }
      default:
        return 'children' in node ? inlines(node.children as Nodes[], depth + 1) : [];
    }
  };

  const blocks = (nodes: readonly Nodes[], depth: number): Block[] => {
    const out: Block[] = [];
    for (const node of nodes) {
      const b = block(node as RootContent, depth);
      if (b) out.push(b);
    }
    return out;
  };

  const block = (node: RootContent, depth: number): Block | undefined => {
    if (depth > MAX_DEPTH) {
      const v = flatText(mdastToString(node));
      return v === '' ? undefined : { k: 'par', c: [{ k: 'text', v }] };
    }
    switch (node.type) {
      case 'heading': {
        // Levels follow one another (# then ### reads as # then ##): the outline of the PDF, and
        // PDF/UA, want no gap.
        const level = Math.max(1, Math.min(node.depth - shift, lastLevel + 1));
        lastLevel = level;
        return { k: 'heading', level, c: inlines(node.children, depth + 1) };
      }
      case 'paragraph': {
        const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
        const only = meaningful[0];
        if (meaningful.length === 1 && only?.type === 'image') {
          const src = imageSrc(only.url);
          if (src !== undefined) return { k: 'figure', src, alt: flatText(only.alt ?? '') };
        }
        const c = inlines(node.children, depth + 1);
        return c.length === 0 ? undefined : { k: 'par', c };
      }
      case 'list':
        return {
          k: 'list',
          ordered: node.ordered === true,
          start: node.start ?? 1,
          tight: node.spread !== true && node.children.every((item) => item.spread !== true),
          items: node.children.map((item) => ({
            checked: item.checked ?? null,
            c: blocks(item.children, depth + 1),
          })),
        };
      case 'blockquote':
        return { k: 'quote', c: blocks(node.children, depth + 1) };
      case 'table': {
        const [head, ...rest] = node.children;
        const width = head?.children.length ?? 0;
        // Rows as wide as the header, as GFM renders them (missing cells empty, extra ones dropped).
        const cells = (row: (typeof node.children)[number]) =>
          Array.from({ length: width }, (_, i) => {
            const cell = row.children[i];
            return cell ? inlines(cell.children as PhrasingContent[], depth + 1) : [];
          });
        return {
          k: 'table',
          align: Array.from({ length: width }, (_, i) => node.align?.[i] ?? null),
          header: head ? cells(head) : [],
          rows: rest.map(cells),
        };
      }
      case 'code':
        return { k: 'codeblock', v: node.value };
      case 'thematicBreak':
        return { k: 'rule' };
      default:
        // Footnote definitions are shown where they are called; definitions were consumed.
        return undefined;
    }
  };

  return blocks(prepared.tree.children, 0);
}

/** Markdown's soft line breaks are spaces; control characters are dropped. */
function flatText(value: string): string {
  // Line by line (`/[ \t]*\r?\n[ \t]*/g` backtracked quadratically on long runs of blanks).
  const lines = value.split('\n');
  const joined = lines
    .map((line, i) => {
      let start = 0;
      let end = line.length;
      if (i < lines.length - 1) {
        if (line.endsWith('\r')) end--;
        while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
      }
      if (i > 0) while (start < end && (line[start] === ' ' || line[start] === '\t')) start++;
      return line.slice(start, end);
    })
    .join(' ');
  return joined.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Adjacent text runs become one (fewer nodes for the template to walk). */
function mergeText(items: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (item.k === 'text' && last?.k === 'text') last.v += item.v;
    else if (!(item.k === 'text' && item.v === '')) out.push(item);
  }
  return out;
}
