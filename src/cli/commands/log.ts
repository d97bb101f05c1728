import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';

export function registerLog(program: Command, ctx: CliContext): void {
  const fr = ctx.lang === 'fr';
  program
    .command('log')
    .description(
      fr
        ? 'la vie d’une charte dans git : chaque version, ses signatures et son commit de signature, puis les avenants, dans l’ordre'
        : 'one charter’s life from git: each version, its signatures and signing commit, then the amendments, in order',
    )
    .argument('<file>', fr ? 'le fichier de la charte' : 'the charter file')
    .addOption(
      new Option('--format <format>', fr ? 'format de sortie' : 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      commandHelp(ctx.lang, {
        fr: [
          'charte log charters/charte-ouaga.md',
          'charte log charters/charte-ouaga.md --format json',
          'charte log -- -nom-qui-commence-par-un-tiret.md',
        ],
        en: [
          'charte log charters/ouaga-charter.md',
          'charte log charters/ouaga-charter.md --format json',
          'charte log -- -name-starting-with-a-dash.md',
        ],
      }),
    )
    .action(async (file: string, options: { format: 'text' | 'json' }) => {
      const { charterLog, formatLogJson, formatLogText } = await import('../../lifecycle/log.js');
      const log = await charterLog(file, { cwd: ctx.cwd, lang: ctx.lang, env: ctx.env });
      ctx.stdout.write(options.format === 'json' ? formatLogJson(log) : formatLogText(log, ctx.lang));
      ctx.exitCode = 0;
    });
}
