/**
 * The two sides `charte diff` compares, looked up in git: `working`, a revision, `v<N>` (the
 * signing commit of version N) or, by default, the last signed version.
 */

import { ExitError } from '../diagnostics.js';
import type { CharterHistory, HistoryReader, VersionRecord } from '../history/index.js';
import { messages } from '../i18n/catalogue.js';
import { type CharterFile, loadCharterFile } from '../load/charter-file.js';
import type { DiffOptions, DiffSide } from './diff-types.js';

export function idOf(file: CharterFile): string | undefined {
  return typeof file.data?.id === 'string' ? file.data.id : undefined;
}

function lastSigned(history: CharterHistory): VersionRecord | undefined {
  return [...history.versions].reverse().find((v) => v.signing !== undefined);
}

export async function side(
  ref: string | undefined,
  which: 'from' | 'to',
  working: CharterFile,
  history: CharterHistory,
  reader: HistoryReader,
  options: DiffOptions,
): Promise<{ side: DiffSide; file: CharterFile }> {
  const fr = options.lang === 'fr';
  const flag = `--${which}`;
  if (ref === 'working') {
    const version = typeof working.data?.version === 'number' ? working.data.version : null;
    return {
      side: { ref: 'working', commit: null, version, path: history.repoPath ?? working.displayPath },
      file: working,
    };
  }
  let commit: string | undefined;
  let label: string;
  if (ref === undefined) {
    const signed = lastSigned(history);
    if (!signed?.signing) {
      // In a shallow clone the signing commit may simply not have been fetched.
      const shallow = history.shallow ? messages(options.lang).diff.shallowClone : '';
      throw new ExitError(
        fr
          ? `${working.displayPath} : aucune version signée dans l'historique git${shallow} ; ${history.shallow ? 'ou ' : ''}choisissez le point de départ avec --from <révision> (par exemple --from HEAD~1)`
          : `${working.displayPath}: no signed version in the git history${shallow}; ${history.shallow ? 'or ' : ''}choose the starting point with --from <revision> (e.g. --from HEAD~1)`,
        2,
      );
    }
    commit = signed.signing.commit.sha;
    label = `v${signed.version}`;
  } else {
    label = ref;
    const versionRef = /^v(\d+)$/.exec(ref);
    if (versionRef) {
      const record = history.versions.find((v) => v.version === Number(versionRef[1]));
      if (!record?.signing) {
        const known = history.versions
          .filter((v) => v.signing)
          .map((v) => `v${v.version}`)
          .join(', ');
        throw new ExitError(
          messages(options.lang).diff.versionNotSigned(flag, ref, versionRef[1] ?? '', known),
          2,
        );
      }
      commit = record.signing.commit.sha;
    } else {
      commit = await reader.resolve(history, ref);
      if (commit === undefined) {
        throw new ExitError(messages(options.lang).diff.unknownRevision(flag, ref), 2);
      }
    }
  }
  const found = await reader.fileAt(history, commit);
  if (!found) {
    throw new ExitError(
      messages(options.lang).diff.notInRevision(flag, label, working.displayPath, commit.slice(0, 7)),
      2,
    );
  }
  const file = await loadCharterFile(working.path, {
    cwd: options.cwd,
    lang: options.lang,
    bytes: found.bytes,
  });
  const version = typeof file.data?.version === 'number' ? file.data.version : null;
  return { side: { ref: label, commit, version, path: found.path }, file };
}
