/**
 * Writing an edited file: atomically (a temporary file in the same directory, then a rename, by
 * write-file-atomic, which keeps the file's mode and owner and writes through a symlink to its
 * target), and only if the file still holds the bytes the edit was computed from. The check runs
 * twice: before the write starts and once the temporary file exists, right before its content is
 * written and renamed over the original, so an editor saving in between is noticed instead of
 * overwritten.
 */
import { readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { ExitError } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { describeFsError } from '../load/source.js';

export interface WriteHooks {
  /** Called after the temporary file is created, before the last check (tests use it to race the write). */
  beforeCommit?: () => void | Promise<void>;
}

/** The file changed on disk between the read and the write. */
export class ChangedOnDiskError extends ExitError {
  constructor(displayPath: string, lang: Lang) {
    super(
      lang === 'fr'
        ? `${displayPath} a changé sur le disque depuis sa lecture (un éditeur l'a-t-il enregistré ?) : rien n'a été écrit ; relancez la commande`
        : `${displayPath} changed on disk since it was read (did an editor save it?): nothing was written; run the command again`,
      1,
    );
    this.name = 'ChangedOnDiskError';
  }
}

function assertUnchanged(path: string, displayPath: string, expected: Buffer, lang: Lang): void {
  let current: Buffer;
  try {
    current = readFileSync(path);
  } catch (error) {
    throw new ExitError(`${displayPath}: ${describeFsError(error, lang)}`, 2);
  }
  if (!current.equals(expected)) throw new ChangedOnDiskError(displayPath, lang);
}

/** Replaces the content of `path` by `next`, provided it still is `previous`. */
export async function writeIfUnchanged(
  path: string,
  displayPath: string,
  previous: Buffer,
  next: Buffer,
  lang: Lang,
  hooks: WriteHooks = {},
): Promise<void> {
  assertUnchanged(path, displayPath, previous, lang);
  try {
    await writeFileAtomic(path, next, {
      tmpfileCreated: async () => {
        await hooks.beforeCommit?.();
        assertUnchanged(path, displayPath, previous, lang);
      },
    });
  } catch (error) {
    if (error instanceof ExitError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ExitError(
      lang === 'fr'
        ? `${displayPath} : écriture impossible (${reason}) ; vérifiez les droits du dossier, le fichier n'a pas changé`
        : `${displayPath}: cannot write (${reason}); check the directory's permissions, the file is unchanged`,
      2,
    );
  }
}
