/**
 * The one runner of every editing command (sign, amend, decide, suspend, resume, terminate,
 * commitment, renew --start). All of it happens under the charter's exclusive lock, so that read,
 * check, write, commit and tag form one step and a second command refuses instead of editing a
 * file it has not read:
 *
 *   lock → load and validate → the command's plan (its refusals) → prepare the commit →
 *   byte-preserving edit → verify (the data reads back as exactly the intended data, the body is
 *   the intended body, the result validates) → write → commit → tag.
 *
 * A refusal (exit 1) or a failure (exit 2) before the write writes nothing; a failed commit puts
 * the original bytes back.
 */

import { resolve } from 'node:path';
import { type Diagnostic, ExitError } from '../diagnostics.js';
import { EditError, FrontMatterEditor } from '../edit/front-matter.js';
import { withEditLock } from '../edit/lock.js';
import { verifyEdit } from '../edit/verify.js';
import { type WriteHooks, writeIfUnchanged } from '../edit/write.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { type CharterFile, displayPathOf, loadCharterFile } from '../load/charter-file.js';
import { splitFrontMatter } from '../load/frontmatter.js';
import type { Charter } from '../model/charter.js';
import { type CalendarDate, today } from '../model/dates.js';
import { formatText, reportFiles } from '../report/index.js';
import { refreshBlocksInText } from '../text/blocks.js';
import { validateLoaded } from '../validate/index.js';
import { commitFile, createTag, prepareCommit } from './git-commit.js';

export interface EditContext {
  cwd: string;
  lang: Lang;
  asOf: CalendarDate;
}

/** What a refusal says was not done: « rien n’a été signé », « rien n’a été modifié ». */
export type Refusal = 'signed' | 'changed';

/**
 * Rewrites the body after the front matter edit (generated blocks refreshed from the new data).
 * Receives the body and the data the file will hold; returns the new body.
 */
export type BodyTransform = (body: string, data: Charter) => string;

/**
 * The body transform every editing command applies when its caller gives none: the generated
 * blocks are rewritten from the data the file will hold, so the text never contradicts it.
 */
const DEFAULT_BODY_TRANSFORM: BodyTransform = (body, data) => refreshBlocksInText(body, data).text;

/** Stale blocks do not stop an edit: the edit rewrites them (see DEFAULT_BODY_TRANSFORM). */
function toleratingStaleBlocks(
  tolerate: ((d: Diagnostic, file: CharterFile) => boolean) | undefined,
  transformBody: BodyTransform | undefined,
): (d: Diagnostic, file: CharterFile) => boolean {
  return (d, file) =>
    (transformBody === undefined && d.rule === 'stale-block') || (tolerate?.(d, file) ?? false);
}

export interface EditRunOptions {
  cwd: string;
  lang: Lang;
  /** The day of the check (default: today). */
  asOf?: CalendarDate;
  /** Commit the file alone (and create the plan's tag). */
  commit?: boolean;
  /** Environment for git (the CLI passes its own). */
  env?: NodeJS.ProcessEnv;
  hooks?: WriteHooks;
  /** Post-edit hook on the body (default: DEFAULT_BODY_TRANSFORM). */
  transformBody?: BodyTransform;
}

/** The runner's options from a command's own: `--commit`, the CLI's environment, the tests' hooks. */
export function editRunOptions(
  options: {
    cwd: string;
    commit?: boolean | undefined;
    env?: NodeJS.ProcessEnv | undefined;
    hooks?: WriteHooks | undefined;
  },
  lang: Lang,
  asOf: CalendarDate,
): EditRunOptions {
  return {
    cwd: options.cwd,
    lang,
    asOf,
    ...(options.commit ? { commit: true } : {}),
    ...(options.env ? { env: options.env } : {}),
    ...(options.hooks ? { hooks: options.hooks } : {}),
  };
}

/** What a command means to do, once it has checked the charter. */
export interface EditPlan {
  /** The byte-preserving edits. */
  edit(editor: FrontMatterEditor): void;
  /** The front matter the file must read back as. */
  expected: Record<string, unknown>;
  /** Commit message (in the charter's language). */
  commitMessage: string;
  /** Annotated tag created on the commit (with --commit). */
  tag?: { name: string; message: string };
}

export interface EditCommand<R> {
  refusal: Refusal;
  /** Validation errors the edit itself fixes (a draft's empty `signatures:`). */
  tolerate?: (d: Diagnostic, file: CharterFile) => boolean;
  /** The refusal when another command holds the lock (default: the lock's own message). */
  lockedMessage?: (displayPath: string) => string;
  /** Checks the charter (throws the refusals) and says what to change. */
  plan(file: CharterFile, charter: Charter, context: EditContext): EditPlan | Promise<EditPlan>;
  /** The command's result, once the file is written. */
  result(written: WrittenEdit): R;
}

export interface WrittenEdit {
  file: CharterFile;
  charter: Charter;
  /** The edited file, validated as of the day of the check. */
  edited: CharterFile;
  bytes: Buffer;
  expected: Record<string, unknown>;
}

export interface EditOutcome<R> {
  result: R;
  /** Path relative to `cwd`, with `/`. */
  path: string;
  commit?: string;
  tag?: string;
}

function refusalText(refusal: Refusal, lang: Lang): string {
  const t = messages(lang).lifecycle.runner;
  return refusal === 'signed' ? t.nothingSigned : t.nothingChanged;
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
      messages(lang).lifecycle.runner.invalid(
        file.displayPath,
        refusalText(refusal, lang),
        diagnosticsText(file, lang, (d) => d.severity === 'error'),
      ),
      1,
    );
  }
  return { file, charter: file.data as unknown as Charter };
}

function asExitError(error: unknown, file: CharterFile, code: 1 | 2): unknown {
  if (error instanceof EditError) return new ExitError(`${file.displayPath}: ${error.message}`, code);
  return error;
}

/** Builds the editor for a loaded file and runs `make` on it; an unsupported layout is a refusal. */
export function edit(
  file: CharterFile,
  lang: Lang,
  make: (editor: FrontMatterEditor) => void,
): FrontMatterEditor {
  try {
    const editor = new FrontMatterEditor(file, lang);
    make(editor);
    return editor;
  } catch (error) {
    throw asExitError(error, file, 1);
  }
}

/** The edited text with its body transformed, and that body (undefined: the body stays). */
function transformed(
  editor: FrontMatterEditor,
  expected: Record<string, unknown>,
  transform: BodyTransform | undefined,
  lang: Lang,
): { text: string; body?: string } {
  const text = editor.result();
  if (!transform) return { text };
  const split = splitFrontMatter(text, lang);
  if ('rule' in split) return { text };
  const body = transform(split.body, expected as unknown as Charter);
  return { text: text.slice(0, split.bodyOffset) + body, body };
}

/**
 * Checks the edit (the data reads back as `expected`, the body is the intended one, the result
 * validates) and writes it. Refuses with the edited file's errors when it would not validate.
 */
export async function writeVerified(
  file: CharterFile,
  editor: FrontMatterEditor,
  expected: Record<string, unknown>,
  context: EditContext,
  refusal: Refusal,
  hooks: WriteHooks = {},
  transformBody?: BodyTransform,
): Promise<{ bytes: Buffer; edited: CharterFile }> {
  const { lang } = context;
  const { text, body } = transformed(editor, expected, transformBody, lang);
  try {
    verifyEdit(file.text, text, expected, lang, body);
  } catch (error) {
    throw asExitError(error, file, 2);
  }
  const bytes = Buffer.from((editor.bom ? '\ufeff' : '') + text, 'utf8');
  const edited = await loadCharterFile(file.path, { cwd: context.cwd, lang, bytes });
  await validateLoaded(edited, { asOf: context.asOf });
  if (edited.diagnostics.some((d) => d.severity === 'error')) {
    throw new ExitError(
      messages(lang).lifecycle.runner.resultInvalid(
        file.displayPath,
        refusalText(refusal, lang),
        diagnosticsText(edited, lang, (d) => d.severity === 'error'),
      ),
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

/** Runs one editing command on the charter at `path`; see the module comment. */
export async function runEditCommand<R>(
  path: string,
  options: EditRunOptions,
  command: EditCommand<R>,
): Promise<EditOutcome<R>> {
  const { lang } = options;
  const context: EditContext = { cwd: options.cwd, lang, asOf: options.asOf ?? today() };
  const absolute = resolve(options.cwd, path);
  const displayPath = displayPathOf(absolute, options.cwd);
  let entered = false;
  try {
    return await withEditLock(absolute, displayPath, lang, async () => {
      entered = true;
      return await runLocked(path, options, context, command);
    });
  } catch (error) {
    if (entered) throw error;
    if (error instanceof ExitError) {
      if (error.code === 1 && command.lockedMessage)
        throw new ExitError(command.lockedMessage(displayPath), 1);
      throw error;
    }
    // The lock file could not be created (missing folder, read-only folder): say why the charter
    // cannot be edited, with the loader's words when the charter itself is unreadable.
    await loadValidCharter(path, context, command.refusal, command.tolerate);
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ExitError(messages(lang).lifecycle.runner.lockFailed(displayPath, reason), 2);
  }
}

async function runLocked<R>(
  path: string,
  options: EditRunOptions,
  context: EditContext,
  command: EditCommand<R>,
): Promise<EditOutcome<R>> {
  const { lang } = context;
  const { file, charter } = await loadValidCharter(
    path,
    context,
    command.refusal,
    toleratingStaleBlocks(command.tolerate, options.transformBody),
  );
  const plan = await command.plan(file, charter, context);

  const target = options.commit
    ? await prepareCommit(file.path, {
        displayPath: file.displayPath,
        lang,
        ...(options.env ? { env: options.env } : {}),
        ...(plan.tag ? { tag: plan.tag.name } : {}),
      })
    : undefined;

  const editor = edit(file, lang, plan.edit);
  const { bytes, edited } = await writeVerified(
    file,
    editor,
    plan.expected,
    context,
    command.refusal,
    options.hooks,
    options.transformBody ?? DEFAULT_BODY_TRANSFORM,
  );
  const outcome: EditOutcome<R> = {
    result: command.result({ file, charter, edited, bytes, expected: plan.expected }),
    path: file.displayPath,
  };
  if (!target) return outcome;

  try {
    outcome.commit = await commitFile(target, plan.commitMessage);
  } catch (error) {
    const restored = await restoreOriginal(file, bytes, lang);
    if (error instanceof ExitError && restored) {
      throw new ExitError(messages(lang).lifecycle.runner.restored(error.message), error.code);
    }
    throw error;
  }
  if (plan.tag) {
    await createTag(target, plan.tag.name, plan.tag.message, outcome.commit);
    outcome.tag = plan.tag.name;
  }
  return outcome;
}
