/**
 * `charte commitment`: the progress of one commitment (`status`, `status_on`, `status_note`),
 * written byte-preserving into its entry. A new note replaces the old one; without `--note`, the
 * old note stays.
 */
import { ExitError } from '../diagnostics.js';
import { scalarText } from '../edit/scalar.js';
import type { WriteHooks } from '../edit/write.js';
import { messages } from '../i18n/catalogue.js';
import { formatDateLong } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import type { Commitment } from '../model/charter.js';
import { type CalendarDate, today } from '../model/dates.js';
import { didYouMean } from '../validate/suggest.js';
import { editRunOptions, runEditCommand } from './runner.js';
import { charterLang, checkDate, checkTexts, refuseClosed } from './values.js';

export const COMMITMENT_STATUSES = ['planned', 'in_progress', 'done', 'abandoned'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export interface CommitmentOptions {
  cwd: string;
  lang: Lang;
  commitment: string;
  status: CommitmentStatus;
  note?: string;
  /** Day of the status (default: the day of the check). */
  date?: string;
  commit?: boolean;
  asOf?: CalendarDate;
  env?: NodeJS.ProcessEnv;
  hooks?: WriteHooks;
}

export interface CommitmentResult {
  path: string;
  commitment: string;
  status: CommitmentStatus;
  date: CalendarDate;
  commit?: string;
}

export async function setCommitmentStatus(
  path: string,
  options: CommitmentOptions,
): Promise<CommitmentResult> {
  const { lang } = options;
  const t = messages(lang).lifecycle;
  const asOf = options.asOf ?? today();
  checkTexts(lang, [
    ['<commitment>', options.commitment],
    ['--note', options.note],
  ]);
  const date = options.date ?? asOf;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ExitError(t.values.dateFormat('--date', date), 2);
  const outcome = await runEditCommand(path, editRunOptions(options, lang, asOf), {
    refusal: 'changed',
    plan(file, charter) {
      const where = file.displayPath;
      refuseClosed(charter, where, lang, asOf, { allowSuspended: true });
      const ids = charter.commitments.map((c) => c.id);
      const index = ids.indexOf(options.commitment);
      if (index === -1) {
        throw new ExitError(
          t.commitment.unknown(
            where,
            options.commitment,
            didYouMean(options.commitment, ids),
            ids.join(', '),
          ),
          1,
        );
      }
      checkDate(lang, '--date', date, asOf);
      const updated: Commitment = {
        ...charter.commitments[index]!,
        status: options.status,
        status_on: date,
      };
      if (options.note !== undefined) updated.status_note = options.note;
      const cl = charterLang(charter, lang);
      return {
        edit: (e) => {
          e.setScalar(['commitments', index, 'status'], scalarText(options.status));
          e.setScalar(['commitments', index, 'status_on'], scalarText(date));
          if (options.note !== undefined) {
            e.setScalar(['commitments', index, 'status_note'], scalarText(options.note));
          }
        },
        expected: {
          ...file.data,
          commitments: charter.commitments.map((c, i) => (i === index ? updated : c)),
        },
        commitMessage: `${messages(cl).lifecycle.history.commitment(charter.id, options.commitment, messages(cl).lifecycle.commitment.statuses[options.status])}\n`,
      };
    },
    result: ({ file }): CommitmentResult => ({
      path: file.displayPath,
      commitment: options.commitment,
      status: options.status,
      date,
    }),
  });
  const result = outcome.result;
  if (outcome.commit !== undefined) result.commit = outcome.commit;
  return result;
}

export function describeCommitmentResult(result: CommitmentResult, lang: Lang): string {
  const t = messages(lang).lifecycle;
  const lines = [
    t.commitment.updated(
      result.path,
      result.commitment,
      t.commitment.statuses[result.status],
      formatDateLong(result.date, lang),
    ),
  ];
  if (result.commit) lines.push(t.result.committed(result.commit.slice(0, 12)));
  return `${lines.join('\n')}\n`;
}
