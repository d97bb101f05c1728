/**
 * The document of avenant n° k (`charte export <file> --amendment k`): what it changes, said in
 * words from the difference between the text in force before it and its own text, then its
 * purpose, the entities joining through it, its decisions and its signature blocks. The text in
 * force before it is read from git: the version as signed, or as the last avenant concluded
 * before it left it. Its own text is the one of the commit that concluded it, or, while it awaits
 * signatures, the file being exported (the document people print to sign). The rest of the
 * export (layout, sanitising, PDF or HTML) is the charter's.
 */
import { ExitError } from '../diagnostics.js';
import { HistoryReader } from '../history/index.js';
import type { Touch } from '../history/types.js';
import { parseVersion } from '../history/version-state.js';
import { messages } from '../i18n/catalogue.js';
import { formatDateLong } from '../i18n/format.js';
import { joinList, type Lang } from '../i18n/index.js';
import {
  type Amendment,
  amendmentOf,
  amendmentSignedOn,
  type Charter,
  dueOn,
  isWithdrawn,
} from '../model/charter.js';
import { scanBlocks } from '../text/blocks.js';
import { describeChanges } from '../text/changes.js';
import { capitalize, entityPhrase } from '../text/grammar.js';
import { frenchTypography } from '../text/typography.js';
import type { AmendmentDocument } from './document.js';
import type { Job } from './jobs.js';

export type { AmendmentDocument } from './document.js';

/** The avenant's text and what it changes, read from the job's file and from git. */
export interface AmendmentInput {
  document: AmendmentDocument;
  /** The avenant's own text: its data and the generated document's Markdown body. */
  charter: Charter;
  body: string;
}

const BOOKKEEPING = new Set(['signatures', 'decisions', 'amendments']);

/** `## Heading` lines (ATX), outside fenced code: the parts of a charter's text. */
function parts(body: string): Map<string, string> {
  const found = new Map<string, string>();
  let title = '';
  let lines: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    const text = lines.join('\n').trim();
    let key = title;
    for (let n = 2; found.has(key); n++) key = `${title} (${n})`;
    if (title !== '' || text !== '') found.set(key, text);
  };
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark !== undefined) {
      if (fence === undefined) fence = fenceMark[0];
      else if (fenceMark[0] === fence) fence = undefined;
    }
    const heading = fence === undefined ? headingText(line) : undefined;
    if (heading !== undefined) {
      flush();
      title = heading;
      lines = [];
    } else lines.push(line);
  }
  flush();
  return found;
}

/** The text of an ATX heading line (`## Title ##`), or undefined. Scanned by hand: linear on any line. */
function headingText(line: string): string | undefined {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  let level = 0;
  while (line[i + level] === '#') level++;
  if (level < 1 || level > 6) return undefined;
  const after = line[i + level];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  let text = line.slice(i + level).trim();
  // A closing sequence of # after a space is not part of the title.
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t') text = text.slice(0, end).trimEnd();
  return text;
}

/** The text without its generated blocks (the data tells what changed in them). */
function handWritten(body: string): string {
  const { blocks } = scanBlocks(body, 0);
  let out = '';
  let at = 0;
  for (const block of blocks) {
    out += body.slice(at, block.beginOffset);
    at = block.endOffset;
  }
  return out + body.slice(at);
}

/** The parts of the text added, removed or changed, in words (one list item each). */
function textChanges(before: string, after: string, lang: Lang): string[] {
  const t = messages(lang).export.amendmentDocument;
  const a = parts(handWritten(before));
  const b = parts(handWritten(after));
  const lines: string[] = [];
  for (const [title, text] of b) {
    if (!a.has(title)) lines.push(title === '' ? t.preambleChanged : t.sectionAdded(title));
    else if (a.get(title) !== text) lines.push(title === '' ? t.preambleChanged : t.sectionChanged(title));
  }
  for (const title of a.keys()) {
    if (!b.has(title)) lines.push(title === '' ? t.preambleChanged : t.sectionRemoved(title));
  }
  return [...new Set(lines)];
}

/** Markdown text of a value from the charter: its Markdown characters escaped. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

async function readVersion(
  reader: HistoryReader,
  history: Parameters<HistoryReader['blob']>[0],
  touch: Touch,
  lang: Lang,
): Promise<{ data: Record<string, unknown>; body: string } | undefined> {
  const bytes = await reader.blob(history, touch.blob);
  if (bytes === undefined) return undefined;
  const parsed = parseVersion(bytes, lang);
  return parsed.data === undefined ? undefined : { data: parsed.data, body: parsed.body };
}

/**
 * Reads avenant `number` of the job's charter and builds its document's text in `documentLang`.
 * Refuses (exit 1) an avenant the file does not have, a withdrawn one, and a charter whose
 * signed text git does not hold.
 */
export async function amendmentInput(
  job: Job,
  number: number,
  options: { cwd: string; lang: Lang; documentLang: Lang; env: NodeJS.ProcessEnv },
): Promise<AmendmentInput> {
  const say = messages(options.lang).export.amendmentDocument;
  const where = job.file.displayPath;
  const charter = job.file.data as unknown as Charter;
  const amendment: Amendment | undefined = amendmentOf(charter, number);
  if (!amendment) {
    const numbers = (charter.amendments ?? []).map((a) => `n° ${a.number}`).join(', ') || '—';
    throw new ExitError(say.unknown(where, number, numbers), 1);
  }
  if (isWithdrawn(amendment)) {
    throw new ExitError(
      say.withdrawn(where, number, formatDateLong(amendment.withdrawn!.date, options.lang)),
      1,
    );
  }
  if (!job.inRepository) throw new ExitError(say.noRepository(where), 1);

  const reader = await HistoryReader.read([{ path: job.file.path, id: charter.id }], {
    cwd: options.cwd,
    lang: options.lang,
    env: options.env,
  });
  try {
    const history = reader.histories.get(job.file.path)!;
    const record = history.versions.filter((v) => v.version === charter.version).at(-1);
    if (!record?.signing || record.signedOn === undefined) {
      throw new ExitError(say.noSignedText(where, charter.version), 1);
    }
    // The text in force before it: the version as signed, or the last avenant concluded before it.
    let baseTouch = record.signing;
    let after: AmendmentDocument['after'];
    for (const a of record.amendments) {
      if (a.number < number && a.signing !== undefined && a.signedOn !== undefined) {
        if (after === undefined || a.number > after.number) {
          baseTouch = a.signing;
          after = { number: a.number, signedOn: a.signedOn };
        }
      }
    }
    const base = await readVersion(reader, history, baseTouch, options.lang);
    if (base === undefined) throw new ExitError(say.noSignedText(where, charter.version), 1);

    // Its own text: as concluded, when the history has the commit that concluded it.
    const concludedOn = amendmentSignedOn(charter, number);
    const own = record.amendments.find((a) => a.number === number)?.signing;
    let text: { data: Record<string, unknown>; body: string } = {
      data: job.file.data as Record<string, unknown>,
      body: job.file.body,
    };
    if (concludedOn !== undefined && own !== undefined) {
      text = (await readVersion(reader, history, own, options.lang)) ?? text;
    }
    const amended = text.data as unknown as Charter;

    const document: AmendmentDocument = {
      number,
      purpose: amendment.purpose,
      version: charter.version,
      openedOn: amendment.opened_on,
      versionSignedOn: record.signedOn,
      ...(concludedOn !== undefined ? { concludedOn } : {}),
      ...(after !== undefined ? { after } : {}),
    };
    const body = amendmentMarkdown(document, base, { data: amended, body: text.body }, options.documentLang);
    return { document, charter: amended, body };
  } finally {
    await reader.close();
  }
}

/** The avenant's articles, in Markdown, in the document's language. */
function amendmentMarkdown(
  doc: AmendmentDocument,
  base: { data: Record<string, unknown>; body: string },
  own: { data: Charter; body: string },
  lang: Lang,
): string {
  const t = messages(lang).export.amendmentDocument;
  const day = (date: string) => formatDateLong(date, lang);
  const charter = own.data;
  let article = 0;
  const out: string[] = [];
  out.push(`## ${t.articlePurpose(++article)}`, '', md(doc.purpose), '');

  const changes = describeChanges(base.data, own.data as unknown as Record<string, unknown>, lang)
    .filter((c) => !BOOKKEEPING.has(c.section) && c.field !== 'required_signer')
    .map((c) => c.message);
  const text = textChanges(base.body, own.body, lang);
  const baseWords =
    doc.after === undefined
      ? t.baseVersion(doc.version, day(doc.versionSignedOn))
      : t.baseAmendment(doc.version, doc.after.number, day(doc.after.signedOn));
  out.push(`## ${t.articleChanges(++article)}`, '', md(t.changesIntro(charter.title, baseWords)), '');
  if (changes.length === 0 && text.length === 0) out.push(md(t.noDataChange), '');
  // An enumeration as a town hall writes it: « ; » after each item, a full stop after the last.
  const items = [...changes, ...text];
  const separator = lang === 'fr' ? ' ;' : ';';
  for (const [i, item] of items.entries()) {
    out.push(`- ${md(item)}${i < items.length - 1 ? separator : '.'}`);
  }
  if (items.length > 0) out.push('');
  if (text.length > 0) out.push(md(t.textAfter), '');

  const amendment = amendmentOf(charter, doc.number);
  const joining = (amendment?.joining ?? [])
    .map((id) => charter.entities.find((e) => e.id === id))
    .filter((e) => e !== undefined);
  if (joining.length > 0) {
    const names = joinList(
      joining.map((e) => entityPhrase(e, lang)),
      lang,
    );
    out.push(`## ${t.articleJoining(++article)}`, '', md(capitalize(t.joining(joining.length, names))), '');
  }
  const due = dueOn(charter);
  out.push(`## ${t.articleEffect(++article)}`, '', md(t.effect(due === undefined ? '—' : day(due))), '');
  const markdown = out.join('\n');
  return lang === 'fr' ? frenchTypography(markdown) : markdown;
}
