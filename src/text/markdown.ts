/**
 * Answers woven into the Markdown body stay text: an entity called `*Kassandé*`, `<b>x</b>`,
 * `a | b` or `## Signatures` prints those characters, it does not become emphasis, HTML, a
 * table cell or a heading. Every string of the body's context goes through `escapeInline`
 * before the template sees it, so a template cannot forget to escape.
 */

// Control characters (except tab) would make the file unreadable or invisible in an editor.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
// Characters that can open an inline construct anywhere in a line (CommonMark + GFM tables and
// strikethrough): a backslash makes each of them literal. `&` only matters before an entity name.
const INLINE = /[\\`*_[\]<|~]|&(?=#?[0-9A-Za-z]+;)/g;

// Control characters, runs of spaces, any whitespace but a single space, or space at either end.
const UNUSUAL_SPACE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\s\s|[^\S ]|^\s|\s$/;
const INLINE_TEST = /[\\`*_[\]<|~&]/;
const LINK_TEST = /:|www\.|@/i;

/** One line of Markdown text that reads back as `text` (whitespace runs collapsed to one space). */
export function escapeInline(text: string): string {
  // Each step is skipped when a cheap test shows it has nothing to do (the generated blocks
  // escape every value of every charter that `validate` checks).
  const flat = UNUSUAL_SPACE.test(text) ? text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim() : text;
  let escaped = INLINE_TEST.test(flat) ? flat.replace(INLINE, (c) => `\\${c}`) : flat;
  // GFM turns `http://…`, `www.…` and e-mail addresses into links whose text keeps the
  // backslashes of escapes that follow them: answers stay plain text, links included.
  if (LINK_TEST.test(escaped)) {
    escaped = escaped
      .replace(/(https?|ftp|mailto|xmpp):/gi, '$1\\:')
      .replace(/(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@');
  }
  // At the start of a line (a list item, a table cell...) these open a block: heading, list,
  // quote, setext underline, ordered list.
  escaped = escaped.replace(/^([#+\-=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return escaped;
}

/**
 * Fields holding codes (ids, enums, country and currency codes, dates, action references):
 * templates compare them and look their labels up, so they stay as they are when they have the
 * shape of a code, which no Markdown construct can start from.
 */
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
  'objective',
  'actions',
  'links',
  'date',
  'due',
  'since',
]);
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/**
 * A deep copy of `value` with every string escaped for the body (codes excepted, but never
 * under `extensions`, which the schema does not check); keys are kept.
 */
export function escapeForBody<T>(value: T, key?: string, codes = true): T {
  if (typeof value === 'string') {
    const isCode = codes && key !== undefined && CODE_KEYS.has(key) && CODE.test(value);
    return (isCode ? value : escapeInline(value)) as T;
  }
  if (Array.isArray(value)) return value.map((item) => escapeForBody(item, key, codes)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(value))
      copy[k] = escapeForBody(item, k, codes && k !== 'extensions');
    return copy as T;
  }
  return value;
}
