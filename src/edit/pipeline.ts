/**
 * The steps every editing command shares: load and validate the charter (refusing an invalid
 * one, with validate's diagnostics), make the edits, check that the result reads back as exactly
 * the intended data and still validates, then write it atomically if the file did not change in
 * the meantime.
 */
import { resolve } from 'node:path';
import { type Diagnostic, ExitError } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import type { CharterFile } from '../load/charter-file.js';
import { loadCharterFile } from '../load/charter-file.js';
import type { Charter } from '../model/charter.js';
import type { CalendarDate } from '../model/dates.js';
import { formatText, reportFiles } from '../report/index.js';
import { validateLoaded } from '../validate/index.js';
import { EditError, FrontMatterEditor } from './front-matter.js';
import { verifyEdit } from './verify.js';
import { type WriteHooks, writeIfUnchanged } from './write.js';

export interface EditContext {
  cwd: string;
  lang: Lang;
  asOf: CalendarDate;
}

/** What the refusal says was not done: « nothing was signed », « nothing was changed ». */
export interface Refusal {
  fr: string;
  en: string;
}

function diagnosticsText(file: CharterFile, lang: Lang, keep: (d: Diagnostic) => boolean): string {
  const [report] = reportFiles([file]);
  const shown = { path: report!.path, diagnostics: report!.diagnostics.filter(keep) };
  return formatText([shown], lang, false).trimEnd();
}

/**
 * Loads `path` and validates it as of `asOf`. Refuses (exit 1) a file that is not a valid charter,
 * except for the errors `tolerate` accepts (an edit that fixes them may go on); exit 2 when the
 * file cannot be read at all.
 */
export async function loadValidCharter(
  path: string,
  context: EditContext,
  refusal: Refusal,
  tolerate: (d: Diagnostic, file: CharterFile) => boolean = () => false,
): Promise<{ file: CharterFile; charter: Charter }> {
  const { lang } = context;
  const file = await loadCharterFile(resolve(context.cwd, path), { cwd: context.cwd, lang });
  const unreadable = file.diagnostics.find((d) => d.rule === 'unreadable' || d.rule === 'file-too-large');
  if (unreadable) throw new ExitError(`${file.displayPath}: ${unreadable.message}`, 2);
  await validateLoaded(file, { asOf: context.asOf });
  const errors = file.diagnostics.filter((d) => d.severity === 'error' && !tolerate(d, file));
  if (errors.length > 0 || file.data === undefined) {
    throw new ExitError(
      lang === 'fr'
        ? `${file.displayPath} n'est pas une charte valide, ${refusal.fr} ; corrigez d'abord ces erreurs :\n${diagnosticsText(file, lang, (d) => d.severity === 'error')}`
        : `${file.displayPath} is not a valid charter, ${refusal.en}; fix these errors first:\n${diagnosticsText(file, lang, (d) => d.severity === 'error')}`,
      1,
    );
  }
  return { file, charter: file.data as unknown as Charter };
}

/** Builds the editor for a loaded file, turning an unsupported layout into a refusal. */
export function editorFor(file: CharterFile, lang: Lang): FrontMatterEditor {
  try {
    return new FrontMatterEditor(file, lang);
  } catch (error) {
    throw asExitError(error, file, 1);
  }
}

function asExitError(error: unknown, file: CharterFile, code: 1 | 2): unknown {
  if (error instanceof EditError) return new ExitError(`${file.displayPath}: ${error.message}`, code);
  return error;
}

/** Runs the edits an `edit` callback makes, turning an unsupported layout into a refusal. */
export function edit(
  file: CharterFile,
  lang: Lang,
  make: (editor: FrontMatterEditor) => void,
): FrontMatterEditor {
  const editor = editorFor(file, lang);
  try {
    make(editor);
  } catch (error) {
    throw asExitError(error, file, 1);
  }
  return editor;
}

export interface WriteResult {
  /** The file's new bytes. */
  bytes: Buffer;
  /** The edited file, validated as of the context's day. */
  edited: CharterFile;
}

/**
 * Checks the edit (the data reads back as `expected`, the body is unchanged, the result validates)
 * and writes it. Refuses with the edited file's errors when it would not validate.
 */
export async function writeVerified(
  file: CharterFile,
  editor: FrontMatterEditor,
  expected: unknown,
  context: EditContext,
  refusal: Refusal,
  hooks: WriteHooks = {},
): Promise<WriteResult> {
  const { lang } = context;
  try {
    verifyEdit(file.text, editor.result(), expected, lang);
  } catch (error) {
    throw asExitError(error, file, 2);
  }
  const bytes = editor.bytes();
  const edited = await loadCharterFile(file.path, { cwd: context.cwd, lang, bytes });
  await validateLoaded(edited, { asOf: context.asOf });
  if (edited.diagnostics.some((d) => d.severity === 'error')) {
    throw new ExitError(
      lang === 'fr'
        ? `${file.displayPath} : le résultat ne serait pas une charte valide, ${refusal.fr} :\n${diagnosticsText(edited, lang, (d) => d.severity === 'error')}`
        : `${file.displayPath}: the result would not be a valid charter, ${refusal.en}:\n${diagnosticsText(edited, lang, (d) => d.severity === 'error')}`,
      1,
    );
  }
  await writeIfUnchanged(file.path, file.displayPath, file.source!.bytes, bytes, lang, hooks);
  return { bytes, edited };
}

/** Puts the original bytes back after a failed commit, unless someone changed the file since. */
export async function restoreOriginal(file: CharterFile, written: Buffer, lang: Lang): Promise<boolean> {
  try {
    await writeIfUnchanged(file.path, file.displayPath, written, file.source!.bytes, lang);
    return true;
  } catch {
    return false;
  }
}
