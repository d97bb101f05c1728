import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';
import { parseAsOf } from '../options.js';

export function registerValidate(program: Command, ctx: CliContext): void {
  const fr = ctx.lang === 'fr';
  program
    .command('validate')
    .description(
      fr
        ? 'vérifie le front matter (schéma et règles du modèle) et le plan du texte des chartes'
        : 'check the front matter (schema and model rules) and the outline of charters',
    )
    .argument(
      '[paths...]',
      fr ? 'fichiers, dossiers ou motifs glob (défaut : .)' : 'files, directories or globs (default: .)',
    )
    .addOption(
      new Option('--format <format>', fr ? 'format de sortie' : 'output format')
        .choices(['text', 'json', 'github', 'codequality'])
        .default('text'),
    )
    .option(
      '--skip-non-charters',
      fr
        ? 'ignore les fichiers nommés qui ne sont pas des chartes (pour un hook pre-commit)'
        : 'skip named files that are not charters (for a pre-commit hook)',
    )
    .option(
      '--as-of <date>',
      fr
        ? 'jour de la vérification, AAAA-MM-JJ (défaut : aujourd’hui)'
        : 'day of the check, YYYY-MM-DD (default: today)',
    )
    .addHelpText(
      'after',
      commandHelp(ctx.lang, {
        fr: [
          'charte validate                      # toutes les chartes du dossier courant',
          'charte validate charters/ --format json',
          'charte validate "charters/**/*.md" --as-of 2026-01-01',
        ],
        en: [
          'charte validate                      # every charter under the current directory',
          'charte validate charters/ --format json',
          'charte validate "charters/**/*.md" --as-of 2026-01-01',
        ],
      }),
    )
    .action(
      async (paths: string[], options: { format: string; asOf?: string; skipNonCharters?: boolean }) => {
        const asOf = parseAsOf(options.asOf, ctx.lang);
        const [{ validatePaths }, report] = await Promise.all([
          import('../../validate/index.js'),
          import('../../report/index.js'),
        ]);
        const files = report.reportFiles(
          await validatePaths(paths, {
            cwd: ctx.cwd,
            lang: ctx.lang,
            asOf,
            diagnosticsOnly: true,
            skipNonCharters: options.skipNonCharters === true,
          }),
        );
        if (options.format === 'json') ctx.stdout.write(report.formatJson(files));
        else if (options.format === 'github') ctx.stdout.write(report.formatGithub(files));
        else if (options.format === 'codequality') {
          const { formatCodeQuality } = await import('../../report/codequality.js');
          ctx.stdout.write(formatCodeQuality(files));
        } else ctx.stdout.write(report.formatText(files, ctx.lang, ctx.color));
        ctx.exitCode = report.totals(files).errors > 0 ? 1 : 0;
      },
    );
}
