/**
 * What every editing command checks in its flags before reading the charter, and the state
 * refusals they share. A malformed value is a usage error (exit 2); a value the charter's state
 * makes impossible is a refusal (exit 1).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { CONTROL_CHARACTERS } from '../edit/scalar.js';
import { messages } from '../i18n/catalogue.js';
import { formatDateLong } from '../i18n/format.js';
import { isLang, type Lang } from '../i18n/index.js';
import { type Charter, isSuspended, isTerminated } from '../model/charter.js';
import { type CalendarDate, compareDates, isValidDate } from '../model/dates.js';
import { repositoryRootOf } from '../validate/rules.js';
import { runGit } from './git-commit.js';

/** Refuses empty values and values with control characters or line breaks (exit 2). */
export function checkTexts(lang: Lang, texts: ReadonlyArray<readonly [string, string | undefined]>): void {
  const t = messages(lang).lifecycle.values;
  for (const [flag, value] of texts) {
    if (value === undefined) continue;
    if (value.trim() === '') throw new ExitError(t.empty(flag), 2);
    if (CONTROL_CHARACTERS.test(value)) throw new ExitError(t.control(flag), 2);
  }
}

/** A `YYYY-MM-DD` flag: malformed is exit 2; a day not in the calendar or after `asOf` is exit 1. */
export function checkDate(lang: Lang, flag: string, value: string, asOf: CalendarDate): CalendarDate {
  const t = messages(lang).lifecycle.values;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new ExitError(t.dateFormat(flag, value), 2);
  if (!isValidDate(value)) throw new ExitError(t.dateNotInCalendar(flag, value), 1);
  if (compareDates(value, asOf) > 0) {
    throw new ExitError(t.dateFuture(flag, value, formatDateLong(asOf, lang)), 1);
  }
  return value;
}

/** The language the charter is written in (commit and tag messages), else the run's. */
export function charterLang(charter: Charter, fallback: Lang): Lang {
  return isLang(charter.language) ? charter.language : fallback;
}

/** `a`, `b` et `c` in running text. */
export function codes(ids: readonly string[], lang: Lang): string {
  const list = ids.map((id) => `\`${id}\``);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} ${messages(lang).common.and} ${list[list.length - 1]}`;
}

/** Refuses every edit of a terminated charter, and (unless `allowSuspended`) of a suspended one. */
export function refuseClosed(
  charter: Charter,
  displayPath: string,
  lang: Lang,
  asOf: CalendarDate,
  options: { allowSuspended?: boolean } = {},
): void {
  const t = messages(lang).lifecycle.state;
  if (isTerminated(charter, asOf)) {
    throw new ExitError(t.terminated(displayPath, formatDateLong(charter.terminated!.date, lang)), 1);
  }
  if (!options.allowSuspended && isSuspended(charter, asOf)) {
    throw new ExitError(t.suspended(displayPath, formatDateLong(charter.suspended!.since, lang)), 1);
  }
}

/**
 * Whether the tag exists in the repository holding `path` (false outside a repository or without
 * git): a version tag says the version was completed, whatever the file says today. Read from
 * the `.git` folder when it is a plain one (no process to start: `sign` runs it every time), else
 * asked to git.
 */
export async function tagExists(
  path: string,
  tag: string,
  env: NodeJS.ProcessEnv | undefined,
  lang: Lang,
): Promise<boolean> {
  const environment = { ...process.env, ...env };
  const gitDir = join(repositoryRootOf(path), '.git');
  if (environment.GIT_DIR === undefined && existsSync(gitDir) && statSync(gitDir).isDirectory()) {
    if (existsSync(join(gitDir, 'refs', 'tags', ...tag.split('/')))) return true;
    try {
      return readFileSync(join(gitDir, 'packed-refs'), 'utf8').includes(` refs/tags/${tag}\n`);
    } catch {
      return false;
    }
  }
  try {
    const result = await runGit(
      dirname(path),
      ['rev-parse', '-q', '--verify', `refs/tags/${tag}`],
      environment,
      lang,
    );
    return result.code === 0;
  } catch {
    return false;
  }
}
