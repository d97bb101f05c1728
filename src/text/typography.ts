/**
 * French typography for the text people sign: a narrow no-break space (U+202F) before ; : ! ?
 * and inside « », and the typographic apostrophe (’) in prose. Applied to the Markdown of a
 * French charter's body as the template renders it and to the generated blocks, so that a PDF
 * never breaks « Jumelage » across a line nor starts a line with a colon.
 *
 * Only prose changes: fenced code, inline code spans, HTML comments (the blocks' markers),
 * autolinks and URLs are left as they are; a colon with no space before it (`10:30`,
 * `https:`) is not prose punctuation and stays.
 */

export const NARROW_NBSP = '\u202f';

const LETTER = /^\p{L}$/u;

/** Segments of a line that are not prose: code spans, HTML comments and tags, autolinks, URLs. */
// Linear on any line: a tag stops at the next `<`; HTML comments are found by `line` with indexOf.
const PROTECTED = /`+[^`]*`+|<[^<>\s]+>|\bhttps?:\/\/\S+|\bwww\.\S+/g;

// Lines without any of these characters have nothing to change (most lines of a text).
const RELEVANT = /[;:!?«»']/;

// One pass over the line (a Unicode look-behind is slow): a breakable space (or a no-break
// U+00A0: French wants the narrow one) before ; : ! ? », a space or none after «, none before »,
// a straight apostrophe between two letters.
// The look-behind makes a run of spaces one attempt, not one per space (no quadratic scan).
const PROSE =
  /(?<![ \t\u00a0])[ \t\u00a0]+([;:!?»])|«[ \t\u00a0]+|«(?=[^\s\u202f])|([^\s\u202f«])»|([^\s'])'(?=\p{L})/gu;

function prose(text: string): string {
  if (!RELEVANT.test(text)) return text;
  return text.replace(PROSE, (match, sign?: string, beforeClose?: string, beforeApostrophe?: string) => {
    if (sign !== undefined) return `${NARROW_NBSP}${sign}`;
    if (match[0] === '«') return `«${NARROW_NBSP}`;
    if (beforeClose !== undefined) return `${beforeClose}${NARROW_NBSP}»`;
    if (beforeApostrophe !== undefined) return LETTER.test(beforeApostrophe) ? `${beforeApostrophe}’` : match;
    return match;
  });
}

function segment(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += prose(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + prose(text.slice(last));
}

/** `text` with its HTML comments blanked out (same length), found with indexOf in one pass. */
function blankComments(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open === -1) break;
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    out += text.slice(at, open) + ' '.repeat(close + 3 - open);
    at = close + 3;
  }
  return out + text.slice(at);
}

// A line's Markdown structure (quote marks, a heading's #, a list marker) and the space after it:
// never prose, so `# !` stays a heading instead of becoming `#\u202f!`.
const STRUCTURE = /^ {0,3}(?:>[ \t]?){0,32}(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)?/;

function line(whole: string): string {
  if (!RELEVANT.test(whole)) return whole;
  const prefix = STRUCTURE.exec(whole)?.[0] ?? '';
  return prefix + lineBody(whole.slice(prefix.length));
}

function lineBody(text: string): string {
  // HTML comments (the blocks' markers) stay as they are: found with indexOf, one pass.
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open === -1) break;
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    out += segment(text.slice(at, open)) + text.slice(open, close + 3);
    at = close + 3;
  }
  return out + segment(text.slice(at));
}

/** `markdown` with French typography in its prose (line endings kept). */
export function frenchTypography(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((text) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
      if (marker !== undefined) {
        if (fence === undefined) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return text;
      }
      return fence === undefined ? line(text) : text;
    })
    .join('\n');
}

export interface TypographyProblem {
  /** 1-based line and column in the text checked. */
  line: number;
  column: number;
  kind:
    | 'breakable-space-before'
    | 'breakable-space-inside-guillemets'
    | 'straight-apostrophe'
    | 'line-starts-with-closing';
  excerpt: string;
}

/**
 * What French typography forbids in a text people read (a rendered body, the text of a PDF):
 * a breakable space before ; : ! ? or inside « », a straight apostrophe between letters, a
 * line that starts with » (or with ; : ! ?, which means the line broke before it).
 */
export function typographyProblems(text: string): TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const stripped = blankComments(raw).replace(PROTECTED, (m) => ' '.repeat(m.length));
    const add = (kind: TypographyProblem['kind'], at: number) =>
      problems.push({
        line: index + 1,
        column: at + 1,
        kind,
        excerpt: raw.slice(Math.max(0, at - 20), at + 20),
      });
    for (const m of stripped.matchAll(/(?<=\S)[ \t\u00a0]+[;:!?»]/g)) add('breakable-space-before', m.index);
    for (const m of stripped.matchAll(/«[ \t\u00a0]/g)) add('breakable-space-inside-guillemets', m.index);
    for (const m of stripped.matchAll(/(?<=\p{L})'(?=\p{L})/gu)) add('straight-apostrophe', m.index);
    if (/^\s*»/.test(stripped)) add('line-starts-with-closing', 0);
  });
  return problems;
}

/** Keys whose values are codes, addresses or references, never prose. */
const CODE_KEYS = new Set([
  'id',
  'entity',
  'by',
  'role',
  'type',
  'kind',
  'country',
  'currency',
  'period',
  'pillars',
  'language',
  'url',
  'email',
  'path',
  'sha256',
  'date',
  'due',
  'since',
  'status',
  'joining',
  'links',
  'extensions',
]);

/** A copy of a charter's data with French typography in its prose values (codes and addresses kept). */
export function typographicData<T>(value: T, key?: string): T {
  if (key !== undefined && CODE_KEYS.has(key)) return value;
  if (typeof value === 'string') return frenchTypography(value) as T;
  if (Array.isArray(value)) return value.map((item) => typographicData(item, key)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(value)) copy[k] = typographicData(item, k);
    return copy as T;
  }
  return value;
}
