/**
 * The document of avenant n° k (`charte export <file> --amendment k`): what it changes, said in
 * words from the difference between the text in force before it and its own text, then its
 * purpose, the entities joining through it, its decisions and its signature blocks. The text in
 * force before it is read from git: the version as signed, or as the last avenant concluded
 * before it left it. Its own text is the one of the commit that concluded it, or, while it awaits
 * signatures, the file being exported (the document people print to sign). The rest of the
 * export (layout, sanitising, PDF or HTML) is the charter's.
 */

import { toString as mdastToString } from 'mdast-util-to-string';
import { ExitError } from '../diagnostics.js';
import { readTouch, type TextInForce, textInForce } from '../history/in-force.js';
import { HistoryReader } from '../history/index.js';
import { messages } from '../i18n/catalogue.js';
import { countryName, formatDateLong, formatMoney } from '../i18n/format.js';
import { joinList, type Lang } from '../i18n/index.js';
import {
  type Amendment,
  amendmentOf,
  amendmentSignedOn,
  type Charter,
  charterStatus,
  type Entity,
  isWithdrawn,
} from '../model/charter.js';
import type { CalendarDate } from '../model/dates.js';
import { withoutBlocks } from '../text/blocks.js';
import { describeChanges, type FrontMatterChange } from '../text/changes.js';
import { capitalize, entityPhrase } from '../text/grammar.js';
import { escapeInline } from '../text/markdown.js';
import { frenchTypography } from '../text/typography.js';
import type { AmendmentDocument, Revision } from './document.js';
import { lastCommits } from './git.js';
import type { Job } from './jobs.js';
import { parseBody } from './markdown.js';

export type { AmendmentDocument } from './document.js';

/** The avenant's text and what it changes, read from the job's file and from git. */
export interface AmendmentInput {
  document: AmendmentDocument;
  /** The avenant's own text: its data and the generated document's Markdown body. */
  charter: Charter;
  body: string;
  /** For a concluded avenant: the commit that concluded it (the document's stamp). */
  revision?: Revision;
}

const BOOKKEEPING = new Set(['signatures', 'decisions', 'amendments']);

/**
 * The parts of a charter's text by their heading (read by the export's Markdown parser, so that
 * a `#` in fenced code or a setext heading count as the document counts them), each with its text
 * up to the next heading; the text before the first heading under the empty title.
 */
function parts(body: string): Map<string, string> {
  const found = new Map<string, string>();
  const add = (title: string, text: string) => {
    let key = title;
    for (let n = 2; found.has(key); n++) key = `${title} (${n})`;
    if (title !== '' || text !== '') found.set(key, text);
  };
  let title = '';
  let from = 0;
  for (const node of parseBody(body).children) {
    if (node.type !== 'heading' || node.position?.start.offset === undefined) continue;
    add(title, body.slice(from, node.position.start.offset).trim());
    title = mdastToString(node);
    from = node.position.end.offset ?? node.position.start.offset;
  }
  add(title, body.slice(from).trim());
  return found;
}

/**
 * The parts of the text added, removed or changed, in words (one list item each), and the new
 * wording of each part added or changed: the document quotes it, since that is what is signed.
 */
function textChanges(
  before: string,
  after: string,
  lang: Lang,
): { items: string[]; wordings: Array<{ title: string; text: string }> } {
  const t = messages(lang).export.amendmentDocument;
  // The generated blocks follow the data: its changes say what changed in them.
  const a = parts(withoutBlocks(before));
  const b = parts(withoutBlocks(after));
  const items: string[] = [];
  const wordings: Array<{ title: string; text: string }> = [];
  for (const [title, text] of b) {
    if (a.get(title) === text) continue;
    if (!a.has(title)) items.push(title === '' ? t.preambleChanged : t.sectionAdded(title));
    else items.push(title === '' ? t.preambleChanged : t.sectionChanged(title));
    if (text !== '') wordings.push({ title, text });
  }
  for (const title of a.keys()) {
    if (!b.has(title)) items.push(title === '' ? t.preambleChanged : t.sectionRemoved(title));
  }
  return { items: [...new Set(items)], wordings };
}

/**
 * Reads avenant `number` of the job's charter and builds its document's text in `documentLang`.
 * Refuses (exit 1) an avenant the file does not have, a withdrawn one, and a charter whose
 * signed text git does not hold.
 */
export async function amendmentInput(
  job: Job,
  number: number,
  options: { cwd: string; lang: Lang; documentLang: Lang; env: NodeJS.ProcessEnv; today: CalendarDate },
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
    const base = await textInForce(reader, job.file.path, charter.version, number, options.lang);
    if (base === undefined) throw new ExitError(say.noSignedText(where, charter.version), 1);
    // Its own text: as concluded, when the history has the commit that concluded it; the
    // document is then stamped with that commit, whatever came after it.
    const concludedOn = amendmentSignedOn(charter, number);
    let text: { data: Record<string, unknown>; body: string } = {
      data: job.file.data as Record<string, unknown>,
      body: job.file.body,
    };
    let revision: Revision | undefined;
    if (concludedOn !== undefined && base.concluding !== undefined) {
      const history = reader.histories.get(job.file.path)!;
      const concluded = await readTouch(reader, history, base.concluding, options.lang);
      if (concluded !== undefined) {
        text = concluded;
        const stamp = (
          await lastCommits(job.root, base.concluding.commit.sha, [base.concluding.path], {
            env: options.env,
          })
        ).get(base.concluding.path);
        if (stamp) revision = { commit: stamp.commit, epochSeconds: stamp.epochSeconds, asOf: stamp.date };
      }
    }
    const amended = text.data as unknown as Charter;
    // The due date as the day of the avenant sees it (a tacit renewal moves it).
    const dueOn = charterStatus(amended, concludedOn ?? revision?.asOf ?? options.today).dueOn;
    const document: AmendmentDocument = {
      number,
      purpose: amendment.purpose,
      version: charter.version,
      openedOn: amendment.opened_on,
      versionSignedOn: base.versionSignedOn,
      ...(concludedOn !== undefined ? { concludedOn } : {}),
      ...(base.after !== undefined ? { after: base.after } : {}),
      ...(dueOn !== undefined ? { dueOn } : {}),
    };
    const body = amendmentMarkdown(document, base, { data: amended, body: text.body }, options.documentLang);
    return { document, charter: amended, body, ...(revision ? { revision } : {}) };
  } finally {
    await reader.close();
  }
}

function entitiesOf(data: Record<string, unknown>): Entity[] {
  return Array.isArray(data.entities) ? (data.entities as Entity[]) : [];
}

/**
 * A change as a town hall writes it in an avenant (« le montant du moyen … est porté de 6 000 € à
 * 15 000 € », entities by their names with their articles); what has no such phrase keeps the
 * diff's words. `lists` are the entities after and before the change, to name them.
 */
function documentWording(change: FrontMatterChange, lists: Entity[][], lang: Lang): string {
  const t = messages(lang).export.amendmentDocument.changes;
  const r = change.record;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const entity = (id: unknown) => lists.flat().find((e) => e.id === id);
  const of = (e: Pick<Entity, 'name' | 'type'>) =>
    lang === 'fr' ? entityPhrase(e, lang, 'de') : entityPhrase(e, lang);
  const by = (id: unknown) => {
    const e = entity(id);
    return e ? entityPhrase(e, lang, 'par') : lang === 'fr' ? `par ${str(id)}` : `by ${str(id)}`;
  };
  if (r === undefined) return change.message;
  if (change.section === 'entities' && typeof r.name === 'string' && typeof r.type === 'string') {
    const e = { name: r.name, type: r.type } as Pick<Entity, 'name' | 'type'>;
    if (change.change === 'added') return t.entityAdded(of(e), countryName(str(r.country), lang));
    if (change.change === 'removed') return t.entityRemoved(of(e));
  }
  if (change.section === 'commitments' && typeof r.id === 'string') {
    if (change.change === 'added') return t.commitmentAdded(r.id, str(r.title));
    if (change.change === 'removed') return t.commitmentRemoved(r.id, str(r.title));
    if (change.field === 'title' && typeof change.after === 'string')
      return t.commitmentTitle(r.id, change.after);
  }
  if (change.section === 'resources' && typeof r.description === 'string') {
    const money = (amount: unknown, currency: unknown) =>
      typeof amount === 'number' && typeof currency === 'string' ? formatMoney(amount, currency, lang) : '';
    if (change.change === 'changed' && change.field === 'amount') {
      const before = change.before;
      const after = change.after;
      const from = change.previous?.currency;
      if (typeof before === 'number' && typeof after === 'number' && typeof r.currency === 'string') {
        return t.resourceAmount(
          r.description,
          by(r.entity),
          money(before, typeof from === 'string' ? from : r.currency),
          money(after, r.currency),
          // Compared only within one currency: « porté » (raised) or « ramené » (lowered).
          from === r.currency ? after > before : true,
        );
      }
    }
    if (change.change === 'added')
      return t.resourceAdded(r.description, by(r.entity), money(r.amount, r.currency));
    if (change.change === 'removed') return t.resourceRemoved(r.description, by(r.entity));
  }
  return change.message;
}

/** The avenant's articles, in Markdown, in the document's language. */
function amendmentMarkdown(
  doc: AmendmentDocument,
  base: Pick<TextInForce, 'data' | 'body'>,
  own: { data: Charter; body: string },
  lang: Lang,
): string {
  const t = messages(lang).export.amendmentDocument;
  const day = (date: string) => formatDateLong(date, lang);
  const charter = own.data;
  let article = 0;
  const out: string[] = [];
  out.push(`## ${t.articlePurpose(++article)}`, '', escapeInline(doc.purpose), '');

  const changes = describeChanges(base.data, own.data as unknown as Record<string, unknown>, lang)
    .filter((c) => !BOOKKEEPING.has(c.section) && c.field !== 'required_signer')
    .map((c) => documentWording(c, [charter.entities, entitiesOf(base.data)], lang));
  const text = textChanges(base.body, own.body, lang);
  const baseWords =
    doc.after === undefined
      ? t.baseVersion(doc.version, day(doc.versionSignedOn))
      : t.baseAmendment(doc.version, doc.after.number, day(doc.after.signedOn));
  out.push(
    `## ${t.articleChanges(++article)}`,
    '',
    escapeInline(t.changesIntro(charter.title, baseWords)),
    '',
  );
  // An enumeration as a town hall writes it: « ; » after each item, a full stop after the last.
  const items = [...changes, ...text.items];
  if (items.length === 0) out.push(escapeInline(t.noChange), '');
  const separator = lang === 'fr' ? ' ;' : ';';
  for (const [i, item] of items.entries()) {
    out.push(`- ${escapeInline(item)}${i < items.length - 1 ? separator : '.'}`);
  }
  if (items.length > 0) out.push('');
  // The new wording, quoted: the text of the charter is what the parties sign.
  for (const wording of text.wordings) {
    out.push(escapeInline(wording.title === '' ? t.preambleWording : t.newWording(wording.title)), '');
    out.push(...wording.text.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)), '');
  }

  const amendment = amendmentOf(charter, doc.number);
  const joining = (amendment?.joining ?? [])
    .map((id) => charter.entities.find((e) => e.id === id))
    .filter((e) => e !== undefined);
  if (joining.length > 0) {
    const names = joinList(
      joining.map((e) => entityPhrase(e, lang)),
      lang,
    );
    out.push(
      `## ${t.articleJoining(++article)}`,
      '',
      escapeInline(capitalize(t.joining(joining.length, names))),
      '',
    );
  }
  const due = doc.dueOn === undefined ? '—' : day(doc.dueOn);
  out.push(`## ${t.articleEffect(++article)}`, '', escapeInline(t.effect(due)), '');
  const markdown = out.join('\n');
  return lang === 'fr' ? frenchTypography(markdown) : markdown;
}
