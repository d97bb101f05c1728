/**
 * `charte renew --start`: opens the next version of a signed charter. `version` goes up by one and
 * `signatures` and `decisions` become empty lists (`signatures: []`: the keys stay where they are,
 * the entries go; git keeps them in the history). Every other byte stays as it was. With
 * `commit`, the file alone is committed (no tag: a version is tagged when it is signed).
 */
import { ExitError } from '../diagnostics.js';
import {
  type EditContext,
  edit,
  loadValidCharter,
  restoreOriginal,
  writeVerified,
} from '../edit/pipeline.js';
import { scalarText } from '../edit/scalar.js';
import type { WriteHooks } from '../edit/write.js';
import type { Lang } from '../i18n/index.js';
import { charterStatus, requiredSigners, signaturesByEntity } from '../model/charter.js';
import { type CalendarDate, today } from '../model/dates.js';
import { commitFile, prepareCommit } from './git-commit.js';

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

const REFUSAL = { fr: "rien n'a été modifié", en: 'nothing was changed' };

/** Opens version `version + 1` of the charter at `path`; see the module comment. */
export async function startNextVersion(path: string, options: StartOptions): Promise<StartResult> {
  const { lang } = options;
  const fr = lang === 'fr';
  const asOf = options.asOf ?? today();
  const context: EditContext = { cwd: options.cwd, lang, asOf };
  const { file, charter } = await loadValidCharter(path, context, REFUSAL);

  const status = charterStatus(charter, asOf);
  if (status.state === 'terminated') {
    throw new ExitError(
      fr
        ? `${file.displayPath} : la charte est résiliée depuis le ${charter.terminated?.date} : elle ne se renouvelle pas ; retirez \`terminated\` si les partenaires reprennent, puis recommencez`
        : `${file.displayPath}: the charter was terminated on ${charter.terminated?.date}: it is not renewed; remove \`terminated\` if the partners resume, then try again`,
      1,
    );
  }
  const signed = signaturesByEntity(charter);
  const missing = requiredSigners(charter).filter((id) => !signed.has(id));
  if (missing.length > 0) {
    throw new ExitError(
      fr
        ? `${file.displayPath} : la version ${charter.version} n'est pas encore signée par ${missing.map((m) => `\`${m}\``).join(', ')} : terminez-la (\`charte sign\`) avant d'ouvrir la version ${charter.version + 1}`
        : `${file.displayPath}: version ${charter.version} is not signed by ${missing.map((m) => `\`${m}\``).join(', ')} yet: finish it (\`charte sign\`) before opening version ${charter.version + 1}`,
      1,
    );
  }

  const version = charter.version + 1;
  const target = options.commit
    ? await prepareCommit(file.path, {
        displayPath: file.displayPath,
        lang,
        ...(options.env ? { env: options.env } : {}),
      })
    : undefined;

  const editor = edit(file, lang, (e) => {
    e.setScalar('version', scalarText(version));
    e.emptyList('signatures');
    e.emptyList('decisions');
  });
  const expected: Record<string, unknown> = { ...file.data, version };
  if (Object.hasOwn(expected, 'signatures')) expected.signatures = [];
  if (Object.hasOwn(expected, 'decisions')) expected.decisions = [];
  const { bytes } = await writeVerified(file, editor, expected, context, REFUSAL, options.hooks);

  const result: StartResult = {
    id: charter.id,
    version,
    path: file.displayPath,
    previousVersion: charter.version,
  };
  if (target) {
    try {
      result.commit = await commitFile(target, `charte(${charter.id}): start v${version}\n`);
    } catch (error) {
      const restored = await restoreOriginal(file, bytes, lang);
      if (error instanceof ExitError && restored) {
        throw new ExitError(
          fr
            ? `${error.message} ; le fichier est revenu à la version ${charter.version}`
            : `${error.message}; the file is back at version ${charter.version}`,
          error.code,
        );
      }
      throw error;
    }
  }
  return result;
}

/** The sentence a CLI prints after `renew --start`. */
export function describeStartResult(result: StartResult, lang: Lang): string {
  const lines = [
    lang === 'fr'
      ? `${result.path} : version ${result.version} ouverte (signatures et délibérations de la version ${result.previousVersion} retirées du fichier, git les garde). Amendez le texte, faites délibérer, puis \`charte sign\`.`
      : `${result.path}: version ${result.version} opened (the signatures and decisions of version ${result.previousVersion} were cleared from the file; git keeps them). Amend the text, have it voted, then \`charte sign\`.`,
  ];
  if (result.commit) {
    lines.push(
      lang === 'fr' ? `Commit ${result.commit.slice(0, 12)}.` : `Committed ${result.commit.slice(0, 12)}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
