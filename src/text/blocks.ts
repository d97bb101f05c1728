/**
 * Generated blocks: the passages of a charter's body that repeat its data (the parties with
 * their articles, the referents, the commitments, the resources with their amounts, the number
 * of originals and the signatories...). Each lives between two marker lines, HTML comments that
 * a reader of the raw Markdown sees and a rendered page hides:
 *
 *   <!-- charte:begin resources -->
 *   …text generated from the front matter…
 *   <!-- charte:end resources -->
 *
 * The front matter is the one source of truth: `refreshBlocks` rewrites the content of every
 * block from it and keeps every other byte of the file (hand-written text, line endings, BOM);
 * `staleBlocks` says which blocks no longer match, where, and what differs. Both are pure.
 * The syntax and the rules are documented in docs/blocks.md.
 */
import { messages } from '../i18n/catalogue.js';
import {
  formatDateLong,
  formatMoney,
  formatNumber,
  countryName as platformCountryName,
  stars,
} from '../i18n/format.js';
import { joinList, type Lang } from '../i18n/index.js';
import {
  type Charter,
  DEFAULT_NOTICE_MONTHS,
  DEFAULT_PERIOD_YEARS,
  type Entity,
  requiredSigners,
} from '../model/charter.js';
import { label } from '../model/labels.js';
import { capitalize, entityPhrase, type Preposition, smallNumberInWords } from './grammar.js';
import { escapeInline } from './markdown.js';
import { frenchTypography } from './typography.js';

export const BLOCK_NAMES = [
  'parties',
  'agenda21',
  'purpose',
  'referents',
  'sustainability',
  'commitments',
  'resources',
  'governance',
  'evaluation',
  'duration',
  'signatories',
] as const;
export type BlockName = (typeof BLOCK_NAMES)[number];

export function isBlockName(name: string): name is BlockName {
  return (BLOCK_NAMES as readonly string[]).includes(name);
}

export const beginMarker = (name: string): string => `<!-- charte:begin ${name} -->`;
export const endMarker = (name: string): string => `<!-- charte:end ${name} -->`;
const MARKER = /^<!--[ \t]*charte:(begin|end)[ \t]+([A-Za-z0-9_-]+)[ \t]*-->[ \t]*\r?$/;

const CRITERIA = [
  'environment',
  'economy',
  'social',
  'future_generations',
  'north_south',
  'geographic_scope',
] as const;

// Intl.DisplayNames is slow to ask, and charters name few countries.
const countryNames = new Map<string, string>();
function countryName(code: string, lang: Lang): string {
  const key = `${lang}|${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    name = platformCountryName(code, lang);
    if (countryNames.size > 1000) countryNames.clear();
    countryNames.set(key, name);
  }
  return name;
}

/** The language the blocks of `charter` are written in (French for any language but English). */
export function documentLang(charter: Pick<Charter, 'language'>): Lang {
  return charter.language.startsWith('en') ? 'en' : 'fr';
}

// ── What each block says ─────────────────────────────────────────────────────────────────────

interface Ctx {
  charter: Charter;
  lang: Lang;
  doc: ReturnType<typeof messages>['blocks']['doc'];
  byId: Map<string, Entity>;
  phrase: (entity: Entity | string, prep?: Preposition) => string;
  list: (items: readonly string[]) => string;
  /** « ; » after a list item: « ; » in French (with its space), `;` in English. */
  semicolon: string;
  colon: string;
}

function signerEntities(c: Ctx): Entity[] {
  const ids = new Set(requiredSigners(c.charter));
  const signers = c.charter.entities.filter((e) => ids.has(e.id));
  const rank = (e: Entity) => (e.role === 'north' ? 0 : e.role === 'south' ? 1 : 2);
  return signers.sort((a, b) => rank(a) - rank(b));
}

function optionalEntities(c: Ctx): Entity[] {
  const ids = new Set(requiredSigners(c.charter));
  return c.charter.entities.filter((e) => !ids.has(e.id));
}

/** Items of a list that closes a sentence: « ; » after each, « , » after the last. */
function items(lines: string[], c: Ctx, last: ',' | '.'): string[] {
  return lines.map((line, i) => (i === lines.length - 1 ? `${line}${last}` : `${line}${c.semicolon}`));
}

const GENERATORS: Readonly<Record<BlockName, (c: Ctx) => string[]>> = {
  parties(c) {
    const entry = (e: Entity) =>
      `- ${c.phrase(e)} (${countryName(e.country, c.lang)})${
        e.decision_body === undefined ? '' : c.doc.approvesBy(escapeInline(e.decision_body))
      }`;
    const signers = signerEntities(c).map(entry);
    const others = optionalEntities(c).map(entry);
    const lines = [c.doc.between, ''];
    if (others.length === 0) return [...lines, ...items(signers, c, ','), '', c.doc.hereinafter];
    return [
      ...lines,
      ...items(signers, c, ','),
      '',
      c.doc.withSupportOf,
      '',
      ...items(others, c, ','),
      '',
      c.doc.hereinafter,
    ];
  },
  agenda21(c) {
    const a = c.charter.agenda21;
    if (a?.objective === undefined) return [];
    return [
      `${c.doc.agenda21Objective(escapeInline(a.objective))}${
        a.action === undefined ? '' : c.doc.agenda21Action(escapeInline(a.action))
      }.${a.indicator === undefined ? '' : c.doc.agenda21Indicator(escapeInline(a.indicator))}`,
    ];
  },
  purpose(c) {
    const of = (role: Entity['role']) =>
      c.list(c.charter.entities.filter((e) => e.role === role).map((e) => c.phrase(e)));
    return [c.doc.purpose(of('north'), of('south'))];
  },
  referents(c) {
    const rows = c.charter.entities.map((e) => {
      const referents = c.charter.referents
        .filter((r) => r.entity === e.id)
        .map((r) => `${escapeInline(r.name)}, ${escapeInline(r.function)}`);
      return `| ${escapeInline(e.name)} | ${label('role', e.role, c.lang)} | ${countryName(e.country, c.lang)} | ${
        referents.length === 0 ? '—' : referents.join(c.doc.referentSeparator)
      } |`;
    });
    return [c.doc.tableHead, '| --- | --- | --- | --- |', ...rows];
  },
  sustainability(c) {
    const s = c.charter.sustainability;
    const lines = (['environment', 'economy', 'social'] as const).map((pillar) =>
      c.doc.pillarLine(label('criterion', pillar, c.lang), escapeInline(s[pillar])),
    );
    const sdgs = c.charter.sdgs ?? [];
    return sdgs.length === 0 ? lines : [...lines, '', c.doc.sdgs(c.list(sdgs.map(String)))];
  },
  commitments(c) {
    const referents = new Set(c.charter.referents.map((r) => r.name));
    const lines = c.charter.commitments.map((k, i) => {
      const carriers = c.list(k.by.map((id) => c.phrase(id)));
      const referent =
        k.referent === undefined || !referents.has(k.referent)
          ? ''
          : c.doc.referent(escapeInline(k.referent));
      const pillars = c.list(k.pillars.map((p) => label('pillar', p, c.lang)));
      const sdgs = k.sdgs && k.sdgs.length > 0 ? c.doc.commitmentSdgs(c.list(k.sdgs.map(String))) : '';
      const actions =
        k.actions && k.actions.length > 0
          ? c.doc.actions(k.actions.length, c.list(k.actions.map((a) => escapeInline(a))))
          : '';
      const due = k.due === undefined ? '' : c.doc.due(formatDateLong(k.due, c.lang));
      return `${i + 1}. **${escapeInline(k.title)}** (${escapeInline(k.id)}). ${c.doc.carriedBy(carriers)}${referent}. ${c.doc.pillars(pillars)}${sdgs}${actions}${due}.`;
    });
    return [c.doc.commitmentsIntro(lines.length), '', ...lines];
  },
  resources(c) {
    const lines = [c.doc.resourcesIntro, ''];
    for (const entity of c.charter.entities) {
      const own = c.charter.resources.filter((r) => r.entity === entity.id);
      if (own.length === 0) continue;
      lines.push(`- ${capitalize(c.phrase(entity))}${c.colon}`);
      const entries = own.map((r) => {
        const kind = label('resource_type', r.type, c.lang);
        let amount = '';
        if (r.amount !== undefined) {
          const money =
            r.currency === undefined
              ? formatNumber(r.amount, c.lang)
              : formatMoney(r.amount, r.currency, c.lang);
          amount = `${c.colon} ${money}${r.period === undefined ? '' : ` ${label('period', r.period, c.lang)}`}`;
        }
        return `  - ${escapeInline(r.description)} (${kind}${amount})`;
      });
      lines.push(...items(entries, c, '.'));
    }
    const financial = c.charter.resources.some((r) => r.type === 'financial');
    return [...lines, '', financial ? c.doc.financialForecast : c.doc.financialLater];
  },
  governance(c) {
    const associates = c.charter.entities.filter((e) => e.role === 'associate');
    const lines = [
      c.doc.governance(
        c.lang === 'fr'
          ? c.list(associates.map((e) => c.phrase(e, 'de')))
          : c.list(associates.map((e) => c.phrase(e))),
      ),
    ];
    const a = c.charter.agenda21;
    if (a?.pilot !== undefined) {
      lines.push(
        '',
        c.doc.pilot(
          escapeInline(a.pilot),
          c.list((a.services ?? []).map((s) => escapeInline(s))),
          c.list((a.others ?? []).map((s) => escapeInline(s))),
        ),
      );
    }
    return lines;
  },
  evaluation(c) {
    const evaluation = (c.charter.evaluation ?? {}) as Partial<Record<string, number>>;
    const rows = CRITERIA.flatMap((criterion) => {
      const value = evaluation[criterion];
      return value === undefined ? [] : [`| ${label('criterion', criterion, c.lang)} | ${stars(value)} |`];
    });
    if (rows.length === 0) return [c.doc.evaluationLater];
    return [c.doc.evaluationIntro, '', c.doc.evaluationHead, '| --- | --- |', ...rows];
  },
  duration(c) {
    const renewal = c.charter.renewal;
    const months = renewal?.notice_months ?? DEFAULT_NOTICE_MONTHS;
    return [
      c.doc.duration(renewal?.period_years ?? DEFAULT_PERIOD_YEARS),
      '',
      renewal?.tacit === true ? c.doc.tacit(months) : c.doc.explicit(months),
      '',
      c.doc.withdrawal(months),
    ];
  },
  signatories(c) {
    const signers = signerEntities(c);
    const lines = [
      c.doc.originals(
        smallNumberInWords(signers.length, c.lang),
        signers.length,
        c.list(signers.map((e) => c.phrase(e))),
      ),
    ];
    const optional = optionalEntities(c);
    if (optional.length > 0) lines.push('', c.doc.optionalSigners(c.list(optional.map((e) => c.phrase(e)))));
    return lines;
  },
};

function context(charter: Charter): Ctx {
  const lang = documentLang(charter);
  const byId = new Map(charter.entities.map((e) => [e.id, e]));
  return {
    charter,
    lang,
    doc: messages(lang).blocks.doc,
    byId,
    phrase: (entity, prep = '') => {
      const e = typeof entity === 'string' ? byId.get(entity) : entity;
      return e === undefined ? escapeInline(String(entity)) : escapeInline(entityPhrase(e, lang, prep));
    },
    list: (items) => joinList(items, lang),
    semicolon: messages(lang).blocks.semicolonBefore,
    colon: messages(lang).blocks.colonBefore,
  };
}

/** The lines of block `name` for `charter` (without markers), in the charter's language. */
export function blockLines(name: BlockName, charter: Charter): string[] {
  const c = context(charter);
  const lines = GENERATORS[name](c);
  if (lines.length === 0) return [];
  // Blank lines around the content: the marker comments never join a paragraph, list or table.
  return ['', ...(c.lang === 'fr' ? lines.map((line) => frenchTypography(line)) : lines), ''];
}

/** Block `name` with its markers, `\n`-separated, no final newline: what a template writes. */
export function renderBlock(name: BlockName, charter: Charter): string {
  return [beginMarker(name), ...blockLines(name, charter), endMarker(name)].join('\n');
}

/** Every block of `charter`, by name, as `renderBlock` writes it. */
export function renderBlocks(charter: Charter): Record<BlockName, string> {
  return Object.fromEntries(BLOCK_NAMES.map((name) => [name, renderBlock(name, charter)])) as Record<
    BlockName,
    string
  >;
}

// ── Where the blocks are ─────────────────────────────────────────────────────────────────────

export interface BlockSpan {
  name: BlockName;
  /** Offsets in the text: the begin marker line, the content (between the marker lines), the end marker line. */
  beginOffset: number;
  contentStart: number;
  contentEnd: number;
  endOffset: number;
  /** 1-based line of the begin marker and of the first content line. */
  beginLine: number;
  /** The line ending the file uses at this block (`\r\n` or `\n`). */
  eol: string;
}

export interface BlockProblem {
  kind: 'unknown' | 'unclosed' | 'stray-end' | 'mismatched-end' | 'duplicate';
  name: string;
  /** Offset and 1-based line of the marker at fault. */
  offset: number;
  line: number;
  /** For `mismatched-end`, the open block; for `duplicate`, the line of the first one. */
  other?: string;
  firstLine?: number;
}

/** Where the body starts: after the front matter's closing fence (0 when there is none). */
export function bodyStart(text: string): number {
  const start = text.startsWith('\ufeff') ? 1 : 0;
  if (!text.startsWith('---', start)) return start;
  const fence = /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
  fence.lastIndex = start + 3;
  const match = fence.exec(text);
  return match ? match.index + match[0].length : start;
}

/** The blocks of a text and the problems with its markers (fenced code is skipped). */
export function scanBlocks(
  text: string,
  from = bodyStart(text),
): { blocks: BlockSpan[]; problems: BlockProblem[] } {
  const blocks: BlockSpan[] = [];
  const problems: BlockProblem[] = [];
  // Most files (every charter written before blocks existed) have no marker at all.
  if (!text.includes('charte:', from)) return { blocks, problems };
  const firstLines = new Map<string, number>();
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < from; i = text.indexOf('\n', i + 1)) line++;
  let open: { name: string; offset: number; line: number; contentStart: number; eol: string } | undefined;
  let fence: string | undefined;
  let offset = from;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline + 1;
    const raw = text.slice(offset, newline === -1 ? text.length : newline);
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fenceMark !== undefined) {
      if (fence === undefined) fence = fenceMark;
      else if (fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
    } else if (fence === undefined) {
      const marker = MARKER.exec(raw);
      if (marker) {
        const [, which, name] = marker as unknown as [string, 'begin' | 'end', string];
        if (which === 'begin') {
          if (open)
            problems.push({ kind: 'unclosed', name: open.name, offset: open.offset, line: open.line });
          open = { name, offset, line, contentStart: end, eol: raw.endsWith('\r') ? '\r\n' : '\n' };
        } else if (!open) {
          problems.push({ kind: 'stray-end', name, offset, line });
        } else if (open.name !== name) {
          problems.push({ kind: 'mismatched-end', name, offset, line, other: open.name });
          open = undefined;
        } else {
          if (!isBlockName(name)) {
            problems.push({ kind: 'unknown', name, offset: open.offset, line: open.line });
          } else if (firstLines.has(name)) {
            problems.push({
              kind: 'duplicate',
              name,
              offset: open.offset,
              line: open.line,
              firstLine: firstLines.get(name)!,
            });
          } else {
            firstLines.set(name, open.line);
            blocks.push({
              name,
              beginOffset: open.offset,
              contentStart: open.contentStart,
              contentEnd: offset,
              endOffset: end,
              beginLine: open.line,
              eol: open.eol,
            });
          }
          open = undefined;
        }
      }
    }
    offset = end;
    line++;
  }
  if (open) problems.push({ kind: 'unclosed', name: open.name, offset: open.offset, line: open.line });
  return { blocks, problems };
}

/** The text without its generated blocks (markers included): what people wrote by hand. */
export function withoutBlocks(body: string): string {
  const { blocks } = scanBlocks(body, 0);
  let out = '';
  let at = 0;
  for (const block of blocks) {
    out += body.slice(at, block.beginOffset);
    at = block.endOffset;
  }
  return out + body.slice(at);
}

// ── What differs ─────────────────────────────────────────────────────────────────────────────

export interface StaleBlock {
  name: BlockName;
  /** 1-based line and column of the first difference, in the text given. */
  line: number;
  column: number;
  /** What the block says there, and what the data say (excerpts, `undefined` when a line is missing). */
  written?: string;
  expected?: string;
}

function contentLines(text: string, block: BlockSpan): string[] {
  const content = text.slice(block.contentStart, block.contentEnd);
  if (content === '') return [];
  return content.replace(/\r?\n$/, '').split(/\r?\n/);
}

const EXCERPT = 70;

/** The differing part of two lines, widened to whole words, and where it starts. */
export function differingExcerpts(a: string, b: string): { at: number; written: string; expected: string } {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  // Only breakable spaces separate words: « 6 000 € » stays whole.
  const isSpace = (ch: string | undefined) => ch === undefined || /[ \t]/.test(ch);
  let start = prefix;
  while (start > 0 && !isSpace(a[start - 1])) start--;
  let endA = a.length - suffix;
  let endB = b.length - suffix;
  while (endA < a.length && !isSpace(a[endA])) endA++;
  while (endB < b.length && !isSpace(b[endB])) endB++;
  const cut = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT - 1)}…` : s);
  return { at: start, written: cut(a.slice(start, endA).trim()), expected: cut(b.slice(start, endB).trim()) };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The blocks of `text` that do not say what the data of `charter` say, with the first difference of each. */
export function staleBlocks(text: string, charter: Charter): StaleBlock[] {
  const stale: StaleBlock[] = [];
  for (const block of scanBlocks(text).blocks) {
    const written = contentLines(text, block);
    const expected = blockLines(block.name, charter);
    const count = Math.max(written.length, expected.length);
    let offset = block.contentStart;
    for (let i = 0; i < count; i++) {
      const a = written[i];
      const b = expected[i];
      if (a === b) {
        offset = text.indexOf('\n', offset) + 1;
        continue;
      }
      if (a === undefined) {
        stale.push({ name: block.name, ...lineColumn(text, block.contentEnd), expected: b ?? '' });
      } else if (b === undefined) {
        stale.push({ name: block.name, ...lineColumn(text, offset), written: a });
      } else {
        const diff = differingExcerpts(a, b);
        stale.push({
          name: block.name,
          ...lineColumn(text, offset + diff.at),
          written: diff.written,
          expected: diff.expected,
        });
      }
      break;
    }
  }
  return stale;
}

// ── Regenerating ─────────────────────────────────────────────────────────────────────────────

export interface BlockChange {
  name: BlockName;
  /** 1-based line of the block's begin marker. */
  line: number;
  before: string;
  after: string;
}

export interface RefreshResult {
  /** The new bytes (the same Buffer when nothing changed). */
  bytes: Buffer;
  changed: BlockChange[];
}

export class BlockEncodingError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Regenerates the content of every known block of a charter file from `charter` (the data of
 * its front matter, or the new data an editing command is about to write). Everything outside
 * the block contents is kept byte for byte: the front matter, the hand-written text, the marker
 * lines, the BOM, and the line ending the file uses at each block. Throws `BlockEncodingError`
 * on bytes that are not UTF-8 (nothing could be kept faithfully).
 */
export function refreshBlocks(bytes: Buffer, charter: Charter): RefreshResult {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new BlockEncodingError('not UTF-8');
  }
  const { blocks } = scanBlocks(text);
  const changed: BlockChange[] = [];
  let out = '';
  let last = 0;
  for (const block of blocks) {
    const before = text.slice(block.contentStart, block.contentEnd);
    const lines = blockLines(block.name, charter);
    const after = lines.length === 0 ? '' : `${lines.join(block.eol)}${block.eol}`;
    if (after === before) continue;
    out += text.slice(last, block.contentStart) + after;
    last = block.contentEnd;
    changed.push({ name: block.name, line: block.beginLine, before, after });
  }
  if (changed.length === 0) return { bytes, changed };
  out += text.slice(last);
  return { bytes: Buffer.from(out, 'utf8'), changed };
}

/** Refreshes a text (for callers that hold the decoded text rather than the bytes). */
export function refreshBlocksInText(
  text: string,
  charter: Charter,
): { text: string; changed: BlockChange[] } {
  const result = refreshBlocks(Buffer.from(text, 'utf8'), charter);
  return {
    text: result.changed.length === 0 ? text : result.bytes.toString('utf8'),
    changed: result.changed,
  };
}
