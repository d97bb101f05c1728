/**
 * Splitting a charter into front matter and body with gray-matter, configured so that front
 * matter is only ever data: the YAML engine is ours (YAML 1.2 core schema), and every other
 * engine, JavaScript first (gray-matter's default `javascript` engine calls eval, and `---js`
 * falls back to it), is replaced by one that refuses without looking at the text.
 */
import { createRequire } from 'node:module';
import type GrayMatter from 'gray-matter';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';

let grayMatterModule: typeof GrayMatter | undefined;
/**
 * gray-matter, loaded on first use: it brings its own YAML parser (about 50 ms to load), and
 * the plain fences most files have are read without it (`charte --help`, renew's history).
 */
function grayMatter(): typeof GrayMatter {
  grayMatterModule ??= createRequire(import.meta.url)('gray-matter') as typeof GrayMatter;
  return grayMatterModule;
}

export interface FrontMatterSplit {
  /** The raw YAML block: starts with the line ending of the opening fence, ends before the closing fence's line ending. */
  matter: string;
  /** Offset of `matter` in the text (without BOM). Line numbers in `matter` equal line numbers in the file. */
  matterOffset: number;
  body: string;
  bodyOffset: number;
  /** 1-based line of the first body line. */
  bodyLine: number;
  /** 1-based line of the closing fence. */
  closingLine: number;
}

export type SplitFailure = {
  rule:
    | 'no-front-matter'
    | 'unclosed-front-matter'
    | 'front-matter-language'
    | 'closing-fence'
    | 'line-endings';
  message: string;
  line: number;
  column: number;
};

/** The YAML engine hands the raw text back; parsing happens in yaml.ts, which knows positions. */
const captureYaml = { parse: (text: string) => ({ __raw: text }) };
const refuse = {
  parse: () => {
    throw new Error('front matter language refused');
  },
};
const SAFE_ENGINES = {
  yaml: captureYaml,
  yml: captureYaml,
  javascript: refuse,
  js: refuse,
  coffee: refuse,
  coffeescript: refuse,
  cson: refuse,
  json: refuse,
  toml: refuse,
};

const FENCE = '---';

function countLines(text: string, end: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Offset of the first CR not followed by LF in the front matter (up to the closing fence, or the
 * whole text when there is none), if any.
 */
function loneCarriageReturn(text: string): number | undefined {
  const close = text.indexOf(`\n${FENCE}`, 3);
  const end = close === -1 ? text.length : close;
  for (let i = text.indexOf('\r'); i !== -1 && i < end; i = text.indexOf('\r', i + 1)) {
    if (text[i + 1] !== '\n') return i;
  }
  return undefined;
}

/** True when `text` opens with a front matter fence (what gray-matter would treat as front matter). */
export function hasFrontMatterFence(text: string): boolean {
  return text.startsWith(FENCE) && text[3] !== '-';
}

export function splitFrontMatter(text: string, lang: Lang): FrontMatterSplit | SplitFailure {
  if (!hasFrontMatterFence(text)) {
    return {
      rule: 'no-front-matter',
      line: 1,
      column: 1,
      message: messages(lang).load.noFrontMatter,
    };
  }
  // A lone CR (classic Mac OS line endings) ends a line for YAML but not for gray-matter, for our
  // line numbers or for git's diffs: the whole file would be one line, its front matter "the
  // language" of the fence. Refused, naming the line endings, before anything reads the lines.
  const loneCr = loneCarriageReturn(text);
  if (loneCr !== undefined) {
    return {
      rule: 'line-endings',
      line: countLines(text, loneCr),
      column: loneCr - text.lastIndexOf('\n', loneCr - 1),
      message: messages(lang).load.crLineEndings,
    };
  }
  const firstEol = text.search(/\r?\n/);
  const opening = firstEol === -1 ? text : text.slice(0, firstEol);
  const language = opening.slice(FENCE.length).trim();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return {
      rule: 'front-matter-language',
      line: 1,
      column: 4,
      message: messages(lang).load.frontMatterLanguage(language),
    };
  }
  // gray-matter takes the first "\n---" as the closing fence, or, when there is none, treats the
  // whole file as front matter: that silent case is an error here.
  const closeIndex = firstEol === -1 ? -1 : text.indexOf(`\n${FENCE}`, firstEol);
  if (closeIndex === -1) {
    return {
      rule: 'unclosed-front-matter',
      line: 1,
      column: 1,
      message: messages(lang).load.unclosedFrontMatter,
    };
  }
  const closingLine = countLines(text, closeIndex + 1);
  const closingEol = text.indexOf('\n', closeIndex + 1);
  const closingEnd = closingEol === -1 ? text.length : closingEol;
  const afterFence = text.slice(closeIndex + 1 + FENCE.length, closingEnd);
  if (afterFence.trim() !== '') {
    return {
      rule: 'closing-fence',
      line: closingLine,
      column: 4,
      message: messages(lang).load.closingFence,
    };
  }
  const matter = grayMatter();
  // gray-matter's option types do not describe `engines` objects; the shape is what its source reads.
  const options = { engines: SAFE_ENGINES, language: 'yaml' } as unknown as Parameters<typeof GrayMatter>[1];
  // Only the front matter goes through gray-matter: it hashes its whole input for a cache lookup.
  const file = matter(text.slice(0, closingEnd), options);
  const matterOffset = FENCE.length + (firstEol === -1 ? 0 : opening.length - FENCE.length);
  // In a CRLF file the block ends with the `\r` of the line before the closing fence: it belongs
  // to that line ending, and the yaml package reads a lone final `\r` as content.
  const raw = file.matter.endsWith('\r') ? file.matter.slice(0, -1) : file.matter;
  const body = closingEol === -1 ? '' : text.slice(closingEol + 1);
  return {
    matter: raw,
    matterOffset,
    body,
    bodyOffset: text.length - body.length,
    bodyLine: closingLine + 1,
    closingLine,
  };
}
