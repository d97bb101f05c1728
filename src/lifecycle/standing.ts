/**
 * `charte suspend`, `charte resume`, `charte terminate`: the charter's suspension (`suspended:
 * {since, reason, decision}`), its resumption (`suspended.resumed_on`) and its termination
 * (`terminated: {date, reason, decision}`), written byte-preserving like a signature. A charter
 * suspended again after a resumption gets the new suspension in place of the old one (git keeps
 * the old one). No lateness is computed for a suspended or terminated charter.
 */
import { ExitError } from '../diagnostics.js';
import { scalarText } from '../edit/scalar.js';
import type { WriteHooks } from '../edit/write.js';
import { messages } from '../i18n/catalogue.js';
import { formatDateLong } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import { type Charter, FRONT_MATTER_KEYS, isTerminated } from '../model/charter.js';
import { type CalendarDate, compareDates, today } from '../model/dates.js';
import { editRunOptions, runEditCommand } from './runner.js';
import { charterLang, checkDate, checkTexts, refuseClosed } from './values.js';

interface CommonOptions {
  cwd: string;
  lang: Lang;
  /** YYYY-MM-DD. */
  date: string;
  commit?: boolean;
  asOf?: CalendarDate;
  env?: NodeJS.ProcessEnv;
  hooks?: WriteHooks;
}

export interface SuspendOptions extends CommonOptions {
  reason: string;
  /** Reference of the decision that suspends (or terminates). */
  decision?: string;
}

export interface StandingResult {
  path: string;
  action: 'suspend' | 'resume' | 'terminate';
  date: CalendarDate;
  reason?: string;
  /** For `resume`: the day the suspension started. */
  since?: CalendarDate;
  commit?: string;
}

/** The latest signature date of the version in the file (a suspension or termination follows it). */
function lastSignature(charter: Charter): CalendarDate | undefined {
  return (charter.signatures ?? [])
    .map((s) => s.date)
    .reduce<CalendarDate | undefined>(
      (a, b) => (a === undefined || compareDates(b, a) > 0 ? b : a),
      undefined,
    );
}

function checkAfterSignature(charter: Charter, date: CalendarDate, lang: Lang): void {
  const t = messages(lang).lifecycle.suspend;
  const signed = lastSignature(charter);
  if (signed !== undefined && compareDates(date, signed) < 0) {
    throw new ExitError(t.dateBefore('--date', date, t.lastSignature, formatDateLong(signed, lang)), 1);
  }
}

function checkDateFormat(options: CommonOptions): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw new ExitError(messages(options.lang).lifecycle.values.dateFormat('--date', options.date), 2);
  }
}

function finish(outcome: { result: StandingResult; commit?: string }): StandingResult {
  if (outcome.commit !== undefined) outcome.result.commit = outcome.commit;
  return outcome.result;
}

/** Suspends the charter at `path` from `date`. */
export async function suspendCharter(path: string, options: SuspendOptions): Promise<StandingResult> {
  const { lang } = options;
  const t = messages(lang).lifecycle.suspend;
  const asOf = options.asOf ?? today();
  checkTexts(lang, [
    ['--reason', options.reason],
    ['--decision', options.decision],
  ]);
  checkDateFormat(options);
  const outcome = await runEditCommand(path, editRunOptions(options, options.lang, asOf), {
    refusal: 'changed',
    plan(file, charter) {
      const where = file.displayPath;
      refuseClosed(charter, where, lang, asOf, { allowSuspended: true });
      const current = charter.suspended;
      if (current && current.resumed_on === undefined) {
        throw new ExitError(t.already(where, formatDateLong(current.since, lang)), 1);
      }
      const date = checkDate(lang, '--date', options.date, asOf);
      checkAfterSignature(charter, date, lang);
      if (current?.resumed_on !== undefined && compareDates(date, current.resumed_on) < 0) {
        throw new ExitError(
          t.dateBefore('--date', date, '`resumed_on`', formatDateLong(current.resumed_on, lang)),
          1,
        );
      }
      const suspended: Record<string, string> = { since: date, reason: options.reason };
      if (options.decision !== undefined) suspended.decision = options.decision;
      return {
        edit: (e) =>
          e.setMapping('suspended', suspended, {
            newKeyAfter: FRONT_MATTER_KEYS.slice(0, FRONT_MATTER_KEYS.indexOf('suspended')),
          }),
        expected: { ...file.data, suspended },
        commitMessage: `${messages(charterLang(charter, lang)).lifecycle.history.suspend(charter.id, formatDateLong(date, charterLang(charter, lang)), options.reason)}\n`,
      };
    },
    result: ({ file }): StandingResult => ({
      path: file.displayPath,
      action: 'suspend',
      date: options.date,
      reason: options.reason,
    }),
  });
  return finish(outcome);
}

/** Records the resumption of the suspended charter at `path` on `date`. */
export async function resumeCharter(path: string, options: CommonOptions): Promise<StandingResult> {
  const { lang } = options;
  const t = messages(lang).lifecycle.suspend;
  const asOf = options.asOf ?? today();
  checkDateFormat(options);
  let since = '';
  const outcome = await runEditCommand(path, editRunOptions(options, options.lang, asOf), {
    refusal: 'changed',
    plan(file, charter) {
      const where = file.displayPath;
      refuseClosed(charter, where, lang, asOf, { allowSuspended: true });
      const current = charter.suspended;
      if (!current) throw new ExitError(t.notSuspended(where), 1);
      if (current.resumed_on !== undefined) {
        throw new ExitError(
          t.alreadyResumed(
            where,
            formatDateLong(current.since, lang),
            formatDateLong(current.resumed_on, lang),
          ),
          1,
        );
      }
      const date = checkDate(lang, '--date', options.date, asOf);
      if (compareDates(date, current.since) < 0) {
        throw new ExitError(
          t.dateBefore('--date', date, t.suspendedSince, formatDateLong(current.since, lang)),
          1,
        );
      }
      since = current.since;
      const cl = charterLang(charter, lang);
      return {
        edit: (e) => e.setScalar(['suspended', 'resumed_on'], scalarText(date)),
        expected: { ...file.data, suspended: { ...current, resumed_on: date } },
        commitMessage: `${messages(cl).lifecycle.history.resume(charter.id, formatDateLong(date, cl))}\n`,
      };
    },
    result: ({ file }): StandingResult => ({
      path: file.displayPath,
      action: 'resume',
      date: options.date,
      since,
    }),
  });
  return finish(outcome);
}

/** Terminates the charter at `path` on `date`. */
export async function terminateCharter(path: string, options: SuspendOptions): Promise<StandingResult> {
  const { lang } = options;
  const t = messages(lang).lifecycle.suspend;
  const asOf = options.asOf ?? today();
  checkTexts(lang, [
    ['--reason', options.reason],
    ['--decision', options.decision],
  ]);
  checkDateFormat(options);
  const outcome = await runEditCommand(path, editRunOptions(options, options.lang, asOf), {
    refusal: 'changed',
    plan(file, charter) {
      const where = file.displayPath;
      // A termination dated after the day of the check is still refused by the date check below.
      if (charter.terminated && !isTerminated(charter, asOf)) {
        throw new ExitError(t.alreadyTerminated(where, formatDateLong(charter.terminated.date, lang)), 1);
      }
      refuseClosed(charter, where, lang, asOf, { allowSuspended: true });
      const date = checkDate(lang, '--date', options.date, asOf);
      checkAfterSignature(charter, date, lang);
      if (charter.suspended && compareDates(date, charter.suspended.since) < 0) {
        throw new ExitError(
          t.dateBefore('--date', date, t.suspendedSince, formatDateLong(charter.suspended.since, lang)),
          1,
        );
      }
      const terminated: Record<string, string> = { date, reason: options.reason };
      if (options.decision !== undefined) terminated.decision = options.decision;
      const cl = charterLang(charter, lang);
      return {
        edit: (e) =>
          e.setMapping('terminated', terminated, {
            newKeyAfter: FRONT_MATTER_KEYS.slice(0, FRONT_MATTER_KEYS.indexOf('terminated')),
          }),
        expected: { ...file.data, terminated },
        commitMessage: `${messages(cl).lifecycle.history.terminate(charter.id, formatDateLong(date, cl), options.reason)}\n`,
      };
    },
    result: ({ file }): StandingResult => ({
      path: file.displayPath,
      action: 'terminate',
      date: options.date,
      reason: options.reason,
    }),
  });
  return finish(outcome);
}

export function describeStandingResult(result: StandingResult, lang: Lang): string {
  const t = messages(lang).lifecycle;
  const day = (d: string) => formatDateLong(d, lang);
  const lines = [
    result.action === 'suspend'
      ? t.suspend.suspended(result.path, day(result.date), result.reason ?? '')
      : result.action === 'resume'
        ? t.suspend.resumed(result.path, day(result.since ?? ''), day(result.date))
        : t.suspend.terminated(result.path, day(result.date), result.reason ?? ''),
  ];
  if (result.commit) lines.push(t.result.committed(result.commit.slice(0, 12)));
  return `${lines.join('\n')}\n`;
}
