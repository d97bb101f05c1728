/**
 * `charte decide`: records a council decision (délibération) of one entity, into `decisions` or
 * into the decisions of avenant n° k. A copy kept in the repository (`--file`) is pinned by its
 * SHA-256, so that `validate` notices when the file no longer is the one that was voted.
 */
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ExitError } from '../diagnostics.js';
import type { WriteHooks } from '../edit/write.js';
import { messages } from '../i18n/catalogue.js';
import { formatDateLong } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import { describeFsError } from '../load/source.js';
import { type Decision, FRONT_MATTER_KEYS } from '../model/charter.js';
import { type CalendarDate, today } from '../model/dates.js';
import { repositoryRootOf } from '../validate/rules.js';
import { didYouMean } from '../validate/suggest.js';
import { editRunOptions, runEditCommand } from './runner.js';
import { charterLang, checkDate, checkTexts, refuseClosed } from './values.js';

export interface DecideOptions {
  cwd: string;
  lang: Lang;
  entity: string;
  /** The deciding body (« Conseil municipal »). */
  body: string;
  reference: string;
  date: string;
  url?: string;
  /** A copy of the decision in the charter's repository (path from `cwd`). */
  file?: string;
  /** Record it for avenant n° `amendment`. */
  amendment?: number;
  commit?: boolean;
  asOf?: CalendarDate;
  env?: NodeJS.ProcessEnv;
  hooks?: WriteHooks;
}

export interface DecideResult {
  path: string;
  decision: Decision;
  amendment?: number;
  commit?: string;
}

/** The pinned file: its path from the repository's root and its SHA-256 (exit 2 when unusable). */
function pinFile(
  file: string,
  charterPath: string,
  cwd: string,
  lang: Lang,
): { path: string; sha256: string } {
  const t = messages(lang).lifecycle.decide;
  const root = repositoryRootOf(charterPath);
  let real: string;
  try {
    real = realpathSync(resolve(cwd, file));
    if (!statSync(real).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
  } catch (error) {
    throw new ExitError(t.fileUnreadable(file, describeFsError(error, lang)), 2);
  }
  const rel = relative(root, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
    throw new ExitError(t.fileOutside(file, root), 2);
  const sha256 = createHash('sha256').update(readFileSync(real)).digest('hex');
  return { path: sep === '/' ? rel : rel.split(sep).join('/'), sha256 };
}

/** Records a decision in the charter at `path`; see the module comment. */
export async function recordDecision(path: string, options: DecideOptions): Promise<DecideResult> {
  const { lang } = options;
  const t = messages(lang).lifecycle;
  const asOf = options.asOf ?? today();
  checkTexts(lang, [
    ['--entity', options.entity],
    ['--body', options.body],
    ['--reference', options.reference],
    ['--url', options.url],
    ['--file', options.file],
  ]);
  if (options.url !== undefined && options.file !== undefined) throw new ExitError(t.decide.urlAndFile, 2);
  if (options.url !== undefined) {
    let protocol = '';
    try {
      protocol = new URL(options.url).protocol;
    } catch {
      protocol = '';
    }
    if (protocol !== 'https:' && protocol !== 'http:')
      throw new ExitError(t.decide.urlInvalid(options.url), 2);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw new ExitError(t.values.dateFormat('--date', options.date), 2);
  }
  let recorded: Decision | undefined;

  const outcome = await runEditCommand(path, editRunOptions(options, lang, asOf), {
    refusal: 'changed',
    plan(file, charter) {
      const where = file.displayPath;
      // A decision to suspend, resume or terminate is recorded while suspended.
      refuseClosed(charter, where, lang, asOf, { allowSuspended: true });
      const ids = charter.entities.map((e) => e.id);
      if (!ids.includes(options.entity)) {
        throw new ExitError(
          t.state.unknownEntity(where, options.entity, didYouMean(options.entity, ids), ids.join(', ')),
          1,
        );
      }
      checkDate(lang, '--date', options.date, asOf);
      const amendments = charter.amendments ?? [];
      const index =
        options.amendment === undefined ? -1 : amendments.findIndex((a) => a.number === options.amendment);
      if (options.amendment !== undefined && index === -1) {
        const numbers = amendments.map((a) => `n° ${a.number}`).join(', ') || '—';
        throw new ExitError(t.decide.amendmentUnknown(where, options.amendment, numbers), 1);
      }
      const existing = index === -1 ? (charter.decisions ?? []) : (amendments[index]!.decisions ?? []);
      if (existing.some((d) => d.entity === options.entity && d.reference === options.reference)) {
        throw new ExitError(t.decide.duplicate(where, options.entity, options.reference), 1);
      }
      const decision: Decision = {
        entity: options.entity,
        body: options.body,
        reference: options.reference,
        date: options.date,
      };
      if (options.url !== undefined) decision.url = options.url;
      if (options.file !== undefined) decision.file = pinFile(options.file, file.path, options.cwd, lang);
      recorded = decision;
      const entry = { ...decision } as unknown as Record<string, string | Record<string, string>>;
      const expected: Record<string, unknown> =
        index === -1
          ? { ...file.data, decisions: [...existing, decision] }
          : {
              ...file.data,
              amendments: amendments.map((a, i) =>
                i === index ? { ...a, decisions: [...existing, decision] } : a,
              ),
            };
      return {
        edit: (e) =>
          index === -1
            ? e.appendToList('decisions', entry, {
                newKeyAfter: FRONT_MATTER_KEYS.slice(0, FRONT_MATTER_KEYS.indexOf('decisions')),
              })
            : e.appendToList(['amendments', index, 'decisions'], entry),
        expected,
        commitMessage: `${messages(charterLang(charter, lang)).lifecycle.history.decide(charter.id, options.entity, options.reference)}\n`,
      };
    },
    result: ({ file }): DecideResult => ({
      path: file.displayPath,
      decision: recorded!,
      ...(options.amendment !== undefined ? { amendment: options.amendment } : {}),
    }),
  });
  const result = outcome.result;
  if (outcome.commit !== undefined) result.commit = outcome.commit;
  return result;
}

export function describeDecideResult(result: DecideResult, lang: Lang): string {
  const t = messages(lang).lifecycle;
  const d = result.decision;
  const date = formatDateLong(d.date, lang);
  const lines = [
    result.amendment === undefined
      ? t.decide.recorded(result.path, d.entity, d.body, d.reference, date)
      : t.decide.recordedAmendment(result.path, d.entity, d.reference, date, result.amendment),
  ];
  if (d.file) lines.push(t.decide.pinned(d.file.path, d.file.sha256.slice(0, 12)));
  if (result.commit) lines.push(t.result.committed(result.commit.slice(0, 12)));
  return `${lines.join('\n')}\n`;
}
