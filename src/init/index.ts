/**
 * `charte init`: from answers (a file, flags, prompts on a terminal, defaults with `--yes`) to
 * a charter file that validates, written atomically, with an optional CI job and `git init`.
 *
 * Everything that can be refused is refused before anything is written, and as early as
 * possible (before the first question): unknown template, template that does not compile,
 * answers file with a syntax error or an unknown key, id that is not a slug, path outside the
 * working directory, existing target without `--force`. This module returns data; the CLI
 * prints it.
 */
import { stringify } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { type CharterFile, displayPathOf, loadCharterFile } from '../load/charter-file.js';
import { parsePointer } from '../load/yaml.js';
import { type Charter, signedOn } from '../model/charter.js';
import { type CalendarDate, today } from '../model/dates.js';
import { renderCharter } from '../render/charter.js';
import { type CharterTemplate, compileParts, resolveTemplate } from '../render/template.js';
import { validateLoaded } from '../validate/index.js';
import { findPlaceholders } from '../validate/placeholders.js';
import { type AnswersFile, loadAnswers } from './answers.js';
import { CI_PATHS, type CiKind, ciFile, defaultPackageSpec, isPackageSpec } from './ci.js';
import { type Answers, completeAnswers, missingAnswers } from './defaults.js';
import {
  charterTarget,
  checkTargets,
  type PlannedFile,
  pathInside,
  targetProblem,
  writeAll,
} from './files.js';
import { gitInit, insideRepository } from './git.js';
import { nextSteps } from './next-steps.js';
import { askLanguage, askMissing, PromptCancelled, type Prompter } from './prompts.js';
import { isSlug, slugify } from './slug.js';

export { CI_KINDS, type CiKind } from './ci.js';
export type { Prompter } from './prompts.js';

export interface InitOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The interface language (messages, questions, next steps). */
  lang: Lang;
  /** `[path]`: a `.md` file, or a folder for `<id>.md`; default `charters/<id>.md`. */
  path?: string;
  answers?: string;
  id?: string;
  title?: string;
  /** `--lang` when given explicitly: the charter's language too. */
  language?: string;
  template?: string;
  yes?: boolean;
  force?: boolean;
  ci?: CiKind;
  /** `--package-spec`: what the CI job installs (default: the answers' `ci_package`, else this version's git tag). */
  packageSpec?: string;
  git?: boolean;
  /** Given on a terminal: missing answers are asked. */
  prompter?: Prompter;
  /** The day of the check for the validation of the new charter (default: today). */
  asOf?: CalendarDate;
}

export interface InitResult {
  /** Absolute path of the charter. */
  path: string;
  /** The charter's path as messages show it. */
  display: string;
  charter: Charter;
  text: string;
  template: string;
  /** Every file written, as messages show them. */
  written: string[];
  gitInitialised: boolean;
  /** Warnings of `charte validate` on the new charter (never errors). */
  warnings: Diagnostic[];
  nextSteps: string;
}

type Source = 'answers' | 'prompt' | 'default' | `--${string}`;

export async function runInit(options: InitOptions): Promise<InitResult> {
  const { cwd, lang } = options;
  const t = messages(lang).init;

  // 1. What can be refused without a question.
  const template = resolveTemplate(options.template, cwd, lang);
  const answersFile =
    options.answers === undefined ? undefined : await loadAnswers(options.answers, { cwd, lang });
  const given: Answers = { ...(answersFile?.data ?? {}) };
  const sources = new Map<string, Source>();
  for (const key of Object.keys(given)) sources.set(key, 'answers');
  if (options.id !== undefined) {
    checkIdFlag(options.id, lang);
    given.id = options.id;
    sources.set('id', '--id');
  }
  if (options.title !== undefined) {
    given.title = options.title;
    sources.set('title', '--title');
  }
  if (options.language !== undefined) {
    given.language = options.language;
    sources.set('language', '--lang');
  }
  if (options.path !== undefined) pathInside(cwd, options.path, lang);
  const ciTarget =
    options.ci === undefined
      ? undefined
      : { path: pathInside(cwd, CI_PATHS[options.ci], lang), display: CI_PATHS[options.ci] };
  if (ciTarget) checkTargets([ciTarget], cwd, options.force ?? false, lang);
  if (options.packageSpec !== undefined && options.ci === undefined) {
    throw new ExitError(messages(lang).cli.packageSpecWithoutCi, 2);
  }
  if (options.packageSpec !== undefined && !isPackageSpec(options.packageSpec)) {
    throw new ExitError(`--package-spec: ${messages(lang).cli.ciPackageSpecInvalid(options.packageSpec)}`, 2);
  }
  const needGitInit = options.git === true && !(await insideRepository(cwd, options.env, lang));
  const prompter = options.yes ? undefined : options.prompter;

  // 2. The charter's language, then the template compiled for it (errors before the questions).
  let asked = false;
  const startAsking = (p: Prompter) => {
    if (!asked) p.intro(t.intro);
    asked = true;
  };
  try {
    if (given.language === undefined && prompter && template.manifest.languages.length > 1) {
      startAsking(prompter);
      given.language = await askLanguage(prompter, lang, template.manifest.languages);
      sources.set('language', 'prompt');
    }
    const language = typeof given.language === 'string' ? given.language : defaultLanguage(template, lang);
    // On a terminal the compiler runs before the questions, so that a broken template does not
    // waste the user's answers; otherwise the first render compiles.
    const parts = compileParts(template, language, cwd, lang, { eager: prompter !== undefined });
    const kind = template.manifest.kind ?? 'solidarity_charter';

    // 3. The missing answers: asked on a terminal, defaults with --yes, else an error.
    const missing = missingAnswers(given);
    let answers = given;
    if (prompter && (missing.length > 0 || given.id === undefined || given.title === undefined)) {
      startAsking(prompter);
      answers = await askMissing(given, {
        prompter,
        lang,
        language,
        kind,
        checkId: (id) =>
          targetProblem(charterTarget(cwd, options.path, id, lang), cwd, options.force ?? false, lang),
      });
      for (const key of Object.keys(answers)) if (!sources.has(key)) sources.set(key, 'prompt');
    } else if (missing.length > 0 && !options.yes) {
      throw new ExitError(t.missingAnswers(missing.join(', ')), 2);
    }
    const charter = completeAnswers(answers, { language, kind });
    for (const key of Object.keys(charter)) if (!sources.has(key)) sources.set(key, 'default');

    // 4. Where it goes.
    const id = charter.id;
    if (typeof id !== 'string' || !isSlug(id)) throw badId(id, sources.get('id'), answersFile, lang);
    const path = charterTarget(cwd, options.path, id, lang);
    const display = displayPathOf(path, cwd);
    checkTargets([{ path }], cwd, options.force ?? false, lang);

    // 5. The answers must make a valid charter; then the template must write it faithfully.
    await checkAnswers(charter, path, { cwd, lang, asOf: options.asOf ?? today() }, sources, answersFile);
    const rendered = renderCharter(parts, charter, lang);
    const file = await loadCharterFile(path, { cwd, lang, bytes: Buffer.from(rendered.text, 'utf8') });
    await validateLoaded(file, { asOf: options.asOf ?? today() });
    const errors = file.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      throw new ExitError(
        `${t.templateInvalid(template.displayDir)}\n${errors
          .map((d) => `  ${display}:${d.line}:${d.column}: ${d.message} (${d.rule})`)
          .join('\n')}`,
        2,
      );
    }
    if (asked && prompter) {
      const write = await prompter.confirm({
        message: t.confirmWrite(display),
        initialValue: true,
      });
      if (prompter.isCancel(write) || write !== true) throw new PromptCancelled();
    }

    // 6. Writes, all or nothing.
    const planned: PlannedFile[] = [{ path, display, content: rendered.text }];
    if (ciTarget && options.ci) {
      planned.push({
        ...ciTarget,
        content: ciFile(
          options.ci,
          language.startsWith('en') ? 'en' : 'fr',
          options.packageSpec ?? answersFile?.ciPackage ?? defaultPackageSpec(),
        ),
      });
    }
    checkTargets(planned, cwd, options.force ?? false, lang);
    const undo = await writeAll(planned, lang);
    if (needGitInit) {
      try {
        await gitInit(cwd, options.env, lang);
      } catch (error) {
        await undo();
        throw error;
      }
    }
    const signer = charter.entities.find((e) => e.role === 'north') ?? charter.entities[0]!;
    const inRepository = needGitInit || (await insideRepository(cwd, options.env, lang).catch(() => false));
    return {
      path,
      display,
      charter,
      text: rendered.text,
      template: template.name,
      written: planned.map((p) => p.display),
      gitInitialised: needGitInit,
      warnings: file.sortedDiagnostics().filter((d) => d.severity === 'warning'),
      nextSteps: nextSteps({
        lang,
        charter: display,
        firstSigner: signer.id,
        placeholders: findPlaceholders(rendered.text).length > 0,
        others: planned.slice(1).map((p) => p.display),
        inRepository,
        signed: signedOn(charter) !== undefined,
      }),
    };
  } catch (error) {
    if (error instanceof PromptCancelled) {
      throw new ExitError(t.cancelled, 2);
    }
    throw error;
  }
}

function defaultLanguage(template: CharterTemplate, lang: Lang): string {
  const languages = template.manifest.languages;
  return languages.includes(lang) ? lang : (languages[0] ?? lang);
}

function checkIdFlag(id: string, lang: Lang): void {
  if (isSlug(id)) return;
  throw badId(id, '--id', undefined, lang);
}

function badId(
  id: unknown,
  source: Source | undefined,
  answers: AnswersFile | undefined,
  lang: Lang,
): ExitError {
  const suggestion = typeof id === 'string' ? slugify(id) : '';
  const where = source === 'answers' && answers ? answers.where('/id') : (source ?? 'id');
  const shown = typeof id === 'string' ? id : JSON.stringify(id);
  return new ExitError(messages(lang).init.badId(where, shown, suggestion), 2);
}

/**
 * Validates the completed answers as a charter (schema and model rules) before any template
 * sees them, and reports each error where the user can fix it: in the answers file, on a flag.
 */
async function checkAnswers(
  charter: Charter,
  path: string,
  options: { cwd: string; lang: Lang; asOf: CalendarDate },
  sources: ReadonlyMap<string, Source>,
  answers: AnswersFile | undefined,
): Promise<void> {
  const text = `---\n${stringify(charter, { version: '1.2', lineWidth: 0 })}---\n\n#\n`;
  const file: CharterFile = await loadCharterFile(path, { ...options, bytes: Buffer.from(text, 'utf8') });
  await validateLoaded(file, { asOf: options.asOf });
  const errors = file.sortedDiagnostics().filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  const t = messages(options.lang).init;
  const lines = errors.map((d) => {
    const top = d.pointer === undefined ? undefined : parsePointer(d.pointer)[0];
    const source = top === undefined ? undefined : sources.get(top);
    if (source === 'answers' && answers && d.pointer !== undefined)
      return `${answers.where(d.pointer)}: ${d.message}`;
    if (source?.startsWith('--')) return `${source}: ${d.message}`;
    const label = source === 'prompt' ? t.answerLabel : t.defaultLabel;
    return `${label} ${d.pointer ?? ''}: ${d.message}`;
  });
  throw new ExitError(`${t.answersInvalid}\n${lines.map((l) => `  ${l}`).join('\n')}`, 2);
}
