/**
 * `charte renew --start`: opens the next version of a signed charter. `version` goes up by one and
 * `signatures`, `decisions` and `amendments` become empty lists (`signatures: []`: the keys stay
 * where they are, the entries go; git keeps them in the history; the new version's text absorbs
 * the avenants). Every other byte stays as it was. With `commit`, the file alone is committed (no
 * tag: a version is tagged when it is signed). Refuses while an avenant is open.
 */
import { ExitError } from '../diagnostics.js';
import { scalarText } from '../edit/scalar.js';
import type { WriteHooks } from '../edit/write.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { lifecyclePhase, versionTag } from '../model/charter.js';
import { type CalendarDate, today } from '../model/dates.js';
import { editRunOptions, runEditCommand } from './runner.js';
import { charterLang, codes, refuseClosed, tagExists } from './values.js';

export interface StartOptions {
  cwd: string;
  lang: Lang;
  commit?: boolean;
  /** The day of the check for validation (default: today). */
  asOf?: CalendarDate;
  /** Environment for git (the CLI passes its own). */
  env?: NodeJS.ProcessEnv;
  hooks?: WriteHooks;
}

export interface StartResult {
  id: string;
  /** The new version. */
  version: number;
  /** Path relative to `cwd`, with `/`. */
  path: string;
  commit?: string;
  tag?: undefined;
  /** The version that was closed. */
  previousVersion: number;
}

/** Opens version `version + 1` of the charter at `path`; see the module comment. */
export async function startNextVersion(path: string, options: StartOptions): Promise<StartResult> {
  const { lang } = options;
  const t = messages(lang).lifecycle;
  const asOf = options.asOf ?? today();
  const outcome = await runEditCommand(path, editRunOptions(options, lang, asOf), {
    refusal: 'changed',
    async plan(file, charter) {
      const where = file.displayPath;
      refuseClosed(charter, where, lang, asOf);
      const phase = lifecyclePhase(charter, asOf);
      if (phase.phase === 'signing') {
        const tag = versionTag(charter.id, charter.version);
        // A version already tagged was completed: who is missing now joined later, by avenant.
        if (phase.missing.length > 0 && (await tagExists(file.path, tag, options.env, lang))) {
          throw new ExitError(
            t.start.joinedAfterSigning(where, charter.version, codes(phase.missing, lang), tag),
            1,
          );
        }
        throw new ExitError(
          t.start.notSigned(where, charter.version, codes(phase.missing, lang), charter.version + 1),
          1,
        );
      }
      if (phase.phase === 'amending') {
        throw new ExitError(
          t.start.openAmendment(where, phase.amendment.number, codes(phase.missing, lang)),
          1,
        );
      }
      const version = charter.version + 1;
      const expected: Record<string, unknown> = { ...file.data, version };
      for (const key of ['signatures', 'decisions', 'amendments']) {
        if (Object.hasOwn(expected, key)) expected[key] = [];
      }
      return {
        edit: (e) => {
          e.setScalar('version', scalarText(version));
          e.emptyList('signatures');
          e.emptyList('decisions');
          e.emptyList('amendments');
        },
        expected,
        commitMessage: `${messages(charterLang(charter, lang)).lifecycle.history.start(charter.id, version)}\n`,
      };
    },
    result: ({ file, charter }): StartResult => ({
      id: charter.id,
      version: charter.version + 1,
      path: file.displayPath,
      previousVersion: charter.version,
    }),
  });
  const result = outcome.result;
  if (outcome.commit !== undefined) result.commit = outcome.commit;
  return result;
}

/** The sentence a CLI prints after `renew --start`. */
export function describeStartResult(result: StartResult, lang: Lang): string {
  const t = messages(lang).lifecycle;
  const lines = [t.start.opened(result.path, result.version, result.previousVersion)];
  if (result.commit) lines.push(t.result.committed(result.commit.slice(0, 12)));
  return `${lines.join('\n')}\n`;
}
