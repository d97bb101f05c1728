/**
 * Body checks: a charter has a body, and the body follows the outline of its language (a
 * warning per missing section). The outline comes from the default template's manifest.
 *
 * remark is the authority on what is a heading. A line scan runs first because it is about fifty
 * times cheaper: it can only confirm that every section is present (ATX headings outside fenced
 * code); when it cannot, remark parses the body and decides.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../i18n/catalogue.js';
import type { CharterFile } from '../load/charter-file.js';
import { templatesDir } from '../paths.js';

export interface TemplateManifest {
  name: string;
  description: { fr: string; en: string };
  languages: string[];
  outline: Record<string, string[]>;
}

let defaultOutline: Record<string, string[]> | undefined;

export function readManifest(dir: string): TemplateManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as TemplateManifest;
}

function outlineFor(language: string): string[] | undefined {
  defaultOutline ??= readManifest(join(templatesDir, 'solidarity')).outline;
  return defaultOutline[language] ?? defaultOutline[language.slice(0, 2)];
}

/** Lower case, no accents, no numbering or punctuation: "1. Durée, renouvellement" → "duree renouvellement". */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(article|titre|section|chapitre|part|chapter)\s+[\divx]+\b/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^\s*[\divx]+\s+(?=[a-z])/, '')
    .trim();
}

const normalizedSections = new Map<string, string>();

function sectionPresent(section: string, headings: readonly string[]): boolean {
  let wanted = normalizedSections.get(section);
  if (wanted === undefined) {
    wanted = normalizeHeading(section);
    normalizedSections.set(section, wanted);
  }
  return headings.some((h) => h === wanted || h.startsWith(`${wanted} `));
}

/** Charters share their outline: the same headings recur across thousands of files. */
const headingCache = new Map<string, string>();
function normalizeHeadingCached(text: string): string {
  let normalized = headingCache.get(text);
  if (normalized === undefined) {
    if (headingCache.size > 10_000) headingCache.clear();
    normalized = normalizeHeading(text);
    headingCache.set(text, normalized);
  }
  return normalized;
}

/**
 * The text of an ATX heading line (`## Title ##`), or undefined. The opening by a regular
 * expression, the rest by loops: `/[ \t]+(.*?)[ \t#]*\r?$/` backtracked quadratically on long
 * runs of blanks.
 */
function atxHeadingText(line: string): string | undefined {
  const opening = /^ {0,3}#{1,6}[ \t]/.exec(line);
  if (!opening) return undefined;
  let start = opening[0].length;
  let end = line.endsWith('\r') ? line.length - 1 : line.length;
  while (start < end && (line[start] === ' ' || line[start] === '\t')) start++;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '#')) end--;
  const text = line.slice(start, end);
  // `.` stops at line terminators: a heading never spans one.
  return /[\r\u2028\u2029]/.test(text) ? undefined : text;
}

/** ATX headings outside fenced code blocks, by a line scan. */
export function scanHeadings(body: string): string[] {
  const headings: string[] = [];
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = atxHeadingText(line);
    if (heading !== undefined) headings.push(normalizeHeadingCached(heading));
  }
  return headings;
}

async function remarkHeadings(body: string): Promise<string[]> {
  const [{ unified }, { default: remarkParse }, { toString: nodeText }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('mdast-util-to-string'),
  ]);
  const tree = unified().use(remarkParse).parse(body);
  const headings: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') headings.push(normalizeHeading(nodeText(node)));
  }
  return headings;
}

export async function checkBody(file: CharterFile): Promise<void> {
  const split = file.split;
  if (!split) return;
  const lang = file.lang;
  if (split.body.trim() === '') {
    file.add({
      severity: 'error',
      rule: 'empty-body',
      line: split.closingLine,
      column: 1,
      message: messages(lang).validate.emptyBody,
    });
    return;
  }
  const language = typeof file.data?.language === 'string' ? file.data.language : '';
  const outline = outlineFor(language);
  if (!outline) return;
  let headings = scanHeadings(split.body);
  if (outline.every((s) => sectionPresent(s, headings))) return;
  headings = await remarkHeadings(split.body);
  for (const section of outline) {
    if (sectionPresent(section, headings)) continue;
    file.add({
      severity: 'warning',
      rule: 'outline-section',
      line: split.bodyLine,
      column: 1,
      message: messages(lang).validate.outlineSection(section, language),
    });
  }
}
