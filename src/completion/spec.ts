/**
 * What a shell needs to complete `charte`, read from the commander program itself: its commands
 * (nested ones too), their options (flags, whether they take a value, the value's choices) and
 * their arguments. The scripts are generated from this, so they follow the commands as they are
 * added without anyone keeping a list by hand.
 */
import type { Argument, Command, Help, Option } from 'commander';
import { LANGS } from '../i18n/index.js';

/** What to offer for a value: fixed words, file names, the program's command names, or nothing (free text). */
export type ValueSpec =
  | { kind: 'choices'; values: readonly string[] }
  | { kind: 'files' }
  | { kind: 'commands' }
  | { kind: 'none' };

export interface OptionSpec {
  /** `-f`, `--format`: every spelling of the option, short first. */
  flags: readonly string[];
  description: string;
  /** What its value is; `undefined` for a flag that takes no value (or only an optional one). */
  value: ValueSpec | undefined;
}

export interface ArgumentSpec {
  name: string;
  variadic: boolean;
  value: ValueSpec;
}

export interface CommandSpec {
  name: string;
  /** The command and its parents under the program, e.g. `['templates', 'list']`; empty for the program. */
  path: readonly string[];
  aliases: readonly string[];
  description: string;
  options: readonly OptionSpec[];
  arguments: readonly ArgumentSpec[];
  commands: readonly CommandSpec[];
}

export interface ProgramSpec {
  name: string;
  version: string;
  root: CommandSpec;
  /** The program's own options that commander also accepts after a command (e.g. `--lang`). */
  globalOptions: readonly OptionSpec[];
}

/**
 * Values of options that are checked outside commander (so that the error is bilingual) and
 * therefore carry no `argChoices`: listed here so that the shells still offer them.
 */
const KNOWN_VALUES: Readonly<Record<string, readonly string[]>> = { '--lang': LANGS };

/** Placeholders that name a file or directory: `<file>`, `[paths...]`, `--out <dir>`, `<charter>`. */
const FILE_PLACEHOLDER = /path|file|dir|out|charter/i;

function placeholderOf(flags: string): string | undefined {
  return /[<[]([^<[>\]]+)[>\]]/.exec(flags)?.[1];
}

function valueFor(name: string | undefined, choices: readonly string[] | undefined): ValueSpec {
  if (choices && choices.length > 0) return { kind: 'choices', values: [...choices] };
  if (name !== undefined && FILE_PLACEHOLDER.test(name)) return { kind: 'files' };
  return { kind: 'none' };
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}

function describeOption(option: Option): OptionSpec {
  const flags = [option.short, option.long].filter((flag): flag is string => flag !== undefined);
  const known = option.long !== undefined ? KNOWN_VALUES[option.long] : undefined;
  return {
    flags,
    description: firstLine(option.description),
    // An optional value (`--flag [value]`) is completed as a plain flag: the next word may be anything.
    value: option.required ? valueFor(placeholderOf(option.flags), option.argChoices ?? known) : undefined,
  };
}

function describeArgument(command: Command, argument: Argument): ArgumentSpec {
  const name = argument.name();
  // commander's implicit `help [command]` takes the name of a sibling command.
  const value: ValueSpec =
    command.name() === 'help' && name === 'command'
      ? { kind: 'commands' }
      : valueFor(name, argument.argChoices);
  return { name, variadic: argument.variadic, value };
}

function describeCommand(command: Command, path: readonly string[], help: Help): CommandSpec {
  return {
    name: command.name(),
    path,
    aliases: command.aliases(),
    description: firstLine(command.description()),
    options: help.visibleOptions(command).map(describeOption),
    arguments: command.registeredArguments.map((argument) => describeArgument(command, argument)),
    commands: help
      .visibleCommands(command)
      .map((sub) => describeCommand(sub, [...path, sub.name()], sub.createHelp())),
  };
}

export function describeProgram(program: Command, version: string): ProgramSpec {
  const root = describeCommand(program, [], program.createHelp());
  const globalOptions = root.options.filter(
    (option) => !option.flags.includes('--help') && !option.flags.includes('--version'),
  );
  return { name: program.name(), version, root, globalOptions };
}

/** Every command of the program, depth first, the program itself first. */
export function allCommands(spec: ProgramSpec): CommandSpec[] {
  const out: CommandSpec[] = [];
  const walk = (command: CommandSpec) => {
    out.push(command);
    for (const sub of command.commands) walk(sub);
  };
  walk(spec.root);
  return out;
}

/** The options offered after a command: its own, then the program's global ones it does not shadow. */
export function optionsOf(spec: ProgramSpec, command: CommandSpec): OptionSpec[] {
  if (command.path.length === 0) return [...command.options];
  const own = new Set(command.options.flatMap((option) => option.flags));
  return [
    ...command.options,
    ...spec.globalOptions.filter((option) => !option.flags.some((flag) => own.has(flag))),
  ];
}

/** The names a command answers to: its name and its aliases. */
export function namesOf(command: CommandSpec): string[] {
  return [command.name, ...command.aliases];
}
