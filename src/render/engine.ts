/**
 * The Handlebars engine of the templates: its own instance (`Handlebars.create()`), strict
 * (a missing field is an error, not an empty string), only known helpers, no partials or
 * decorators, and no way to the prototypes: a template naming `constructor`, `__proto__`...
 * is refused when it compiles, and at run time prototype properties and methods stay denied
 * (`allowProtoPropertiesByDefault: false`, `allowProtoMethodsByDefault: false`), so a name
 * reached dynamically (`lookup`) renders nothing. Errors name `template-file:line:column`.
 */

import Handlebars from 'handlebars';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import { LOCALES } from '../i18n/format.js';
import { joinList, type Lang } from '../i18n/index.js';
import { entityPhrase, type Preposition } from '../text/grammar.js';
import { frenchTypography } from '../text/typography.js';
import { amountInWords, countryName, dateInWords, label, stars } from './labels.js';
import { YamlValueError, yamlValue } from './yaml-value.js';

type HB = typeof Handlebars;

interface HelperOptions {
  hash: Record<string, unknown>;
  data?: { lang?: Lang };
  loc?: { start: { line: number; column: number } };
}

// Helper names never collide with a field of the charter (`date`, `country`, `amount` are fields).

/** Names no template may use as a path segment or a string argument: they lead to prototypes. */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
  '__proto__',
  'constructor',
]);

export const HELPER_NAMES = [
  'yaml',
  'defined',
  'formatDate',
  'list',
  'stars',
  'label',
  'countryName',
  'formatAmount',
  'eq',
  'not',
  'and',
  'or',
  'plural',
  'entityPhrase',
  'typography',
] as const;

const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: {
    ...Object.fromEntries(HELPER_NAMES.map((name) => [name, true])),
    // The built-in `log` writes to the console: a template has no business there.
    log: false,
  },
} as const;

const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowCallsToHelperMissing: false,
} as const;

/** A template problem, placed in the template's file. */
export class TemplateError extends ExitError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}:${column ?? 1}`}: ${detail}`, 2);
    this.name = 'TemplateError';
  }
}

export type RenderFunction = (context: object, lang: Lang) => string;

let engine: HB | undefined;

/** The shared engine instance, with the helpers registered. */
export function templateEngine(): HB {
  if (engine) return engine;
  const hb = Handlebars.create();
  hb.unregisterHelper('log');
  const langOf = (options: HelperOptions): Lang => (options.data?.lang === 'en' ? 'en' : 'fr');
  const helper = (fn: (args: unknown[], options: HelperOptions) => unknown) =>
    function (this: unknown, ...all: unknown[]) {
      const options = all.pop() as HelperOptions;
      try {
        return fn(all, options);
      } catch (error) {
        throw positioned(error, options);
      }
    };
  hb.registerHelper({
    yaml: helper(([value], o) => {
      const indent = o.hash.indent;
      return yamlValue(value, typeof indent === 'number' ? indent : undefined);
    }),
    defined: helper(([value]) => value !== undefined && value !== null),
    formatDate: helper(([value], o) => (typeof value === 'string' ? dateInWords(value, langOf(o)) : '')),
    list: helper(([items], o) => {
      if (!Array.isArray(items)) return '';
      const key = typeof o.hash.key === 'string' ? o.hash.key : undefined;
      const texts = items.map((item) =>
        key !== undefined && item !== null && typeof item === 'object' && Object.hasOwn(item, key)
          ? String((item as Record<string, unknown>)[key])
          : String(item),
      );
      const lang = langOf(o);
      const conjunction = o.hash.conj === 'or' ? { fr: 'ou', en: 'or' } : { fr: 'et', en: 'and' };
      return joinList(texts, lang, conjunction);
    }),
    stars: helper(([value], o) =>
      stars(typeof value === 'number' ? value : 0, typeof o.hash.max === 'number' ? o.hash.max : 3),
    ),
    label: helper(([group, code], o) => label(String(group), String(code), langOf(o))),
    countryName: helper(([code], o) => countryName(String(code), langOf(o))),
    formatAmount: helper(([value, currency], o) =>
      typeof value === 'number'
        ? amountInWords(value, typeof currency === 'string' ? currency : undefined, langOf(o))
        : '',
    ),
    eq: helper(([a, b]) => a === b),
    not: helper(([a]) => !a),
    and: helper((args) => args.every(Boolean)),
    or: helper((args) => args.some(Boolean)),
    // « la commune de Villeneuve », « de l’association … »: {{entityPhrase this prep="de"}}.
    entityPhrase: helper(([entity], o) => {
      if (entity === null || typeof entity !== 'object') return '';
      const e = entity as { name?: unknown; type?: unknown };
      if (typeof e.name !== 'string') return '';
      const prep = typeof o.hash.prep === 'string' ? (o.hash.prep as Preposition) : '';
      return entityPhrase(
        { name: e.name, type: (typeof e.type === 'string' ? e.type : 'other') as never },
        langOf(o),
        prep,
      );
    }),
    typography: helper(([text], o) =>
      typeof text === 'string' && langOf(o) === 'fr' ? frenchTypography(text) : String(text ?? ''),
    ),
    plural: helper(([count, one, other], o) => {
      const n = typeof count === 'number' ? count : Array.isArray(count) ? count.length : 0;
      // The platform's plural rules (French is singular for 0 and 1; English for 1 only).
      return new Intl.PluralRules(LOCALES[langOf(o)]).select(n) === 'one' ? one : other;
    }),
  });
  engine = hb;
  return engine;
}

function positioned(error: unknown, options: HelperOptions): unknown {
  if (error instanceof YamlValueError && options.loc) {
    return new Handlebars.Exception(`yaml: ${error.message}`, {
      loc: { start: options.loc.start, end: options.loc.start },
    } as never);
  }
  return error;
}

interface AstNode {
  type?: string;
  loc?: { start: { line: number; column: number } };
  parts?: unknown[];
  value?: unknown;
  original?: unknown;
}

/** Refuses what the engine must never run: partials, decorators, prototype names. */
function checkAst(ast: unknown, file: string, lang: Lang): void {
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const n = node as AstNode;
    const at = n.loc?.start;
    const fail = (detail: string): never => {
      throw new TemplateError(file, at?.line, at === undefined ? undefined : at.column + 1, detail);
    };
    switch (n.type) {
      case 'PartialStatement':
      case 'PartialBlockStatement':
        fail(messages(lang).render.partialsRefused);
        break;
      case 'Decorator':
      case 'DecoratorBlock':
        fail(messages(lang).render.decoratorsRefused);
        break;
      case 'PathExpression':
        for (const part of n.parts ?? []) {
          if (typeof part === 'string' && FORBIDDEN_NAMES.has(part)) {
            fail(messages(lang).render.prototypePath(String(n.original), part));
          }
        }
        break;
      case 'StringLiteral':
        if (typeof n.value === 'string' && FORBIDDEN_NAMES.has(n.value)) {
          fail(messages(lang).render.prototypeName(n.value));
        }
        break;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'loc' && value !== null && typeof value === 'object') stack.push(value);
    }
  }
}

interface LexerLocation {
  first_line: number;
  first_column: number;
}

export interface CompileOptions {
  /**
   * Run the compiler now, so that its errors (an unknown helper) come before a session of
   * questions; otherwise it runs at the first render, which reports them the same way.
   */
  eager?: boolean;
}

/**
 * Compiles `source` (named `file` in messages). Syntax errors, partials and prototype names are
 * reported now, with their position; unknown helpers now too when `eager`; the returned
 * function reports render errors (a field the template expects but the data lacks) the same way.
 */
export function compileTemplate(
  source: string,
  file: string,
  lang: Lang,
  options: CompileOptions = { eager: true },
): RenderFunction {
  const key = `${lang}\u0000${file}\u0000${source}`;
  let entry = compiled.get(key);
  if (!entry || (options.eager && !entry.eager)) {
    entry = {
      render: compileUncached(source, file, lang, options.eager === true),
      eager: options.eager === true,
    };
    compiled.set(key, entry);
  }
  return entry.render;
}

// Compiling costs milliseconds per template; a process that renders many charters (a test
// suite, a batch) compiles each template text once.
const compiled = new Map<string, { render: RenderFunction; eager: boolean }>();

function compileUncached(source: string, file: string, lang: Lang, eager: boolean): RenderFunction {
  const hb = templateEngine();
  let ast: unknown;
  try {
    ast = hb.parse(source);
  } catch (error) {
    const where = (hb as unknown as { Parser?: { lexer?: { yylloc?: LexerLocation } } }).Parser?.lexer
      ?.yylloc;
    const exception = error as { lineNumber?: number; column?: number; message?: string };
    const line = exception.lineNumber ?? where?.first_line;
    const column = exception.column ?? where?.first_column;
    const detail = (exception.message ?? String(error))
      .split('\n')
      .filter((l) => /^(Expecting|Lexical|Parse error)|doesn't match/.test(l))
      .pop()
      ?.replace(/ - \d+:\d+$/, '');
    throw new TemplateError(
      file,
      line,
      column === undefined ? undefined : column + 1,
      `${messages(lang).render.handlebarsSyntax}${detail ? ` (${detail})` : ''}`,
    );
  }
  checkAst(ast, file, lang);
  // The tree handed to the compiler is the one `parse` just built from the source (not one built
  // by hand, which Handlebars warns against), so the source is parsed once.
  if (eager) {
    try {
      hb.precompile(ast, COMPILE_OPTIONS);
    } catch (error) {
      throw fromHandlebarsError(error, file, lang);
    }
  }
  const template = hb.compile(ast, COMPILE_OPTIONS);
  return (context, renderLang) => {
    try {
      return template(context, { ...RUNTIME_OPTIONS, data: { lang: renderLang } });
    } catch (error) {
      throw fromHandlebarsError(error, file, lang);
    }
  };
}

function fromHandlebarsError(error: unknown, file: string, lang: Lang): TemplateError {
  if (error instanceof TemplateError) return error;
  const e = error as { lineNumber?: unknown; column?: unknown; message?: unknown };
  let message = String(e.message ?? error).replace(/ - \d+:\d+$/, '');
  const missing = /^"(.+)" not defined in /.exec(message);
  if (missing) {
    message = messages(lang).render.missing(missing[1] ?? '');
  }
  const line = typeof e.lineNumber === 'number' ? e.lineNumber : undefined;
  const column = typeof e.column === 'number' ? e.column + 1 : undefined;
  return new TemplateError(file, line, column, message);
}
