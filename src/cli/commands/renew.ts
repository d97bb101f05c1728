import { type Command, Option } from 'commander';
import { ExitError } from '../../diagnostics.js';
import type { CliContext } from '../context.js';
import { exitCodesHelp } from '../help.js';
import { parseAsOf } from '../options.js';

interface RenewFlags {
  asOf?: string;
  format: 'text' | 'json' | 'markdown' | 'ics';
  failOn: 'overdue' | 'due_soon' | 'never';
  start?: string;
  commit?: boolean;
}

export function registerRenew(program: Command, ctx: CliContext): void {
  const fr = ctx.lang === 'fr';
  program
    .command('renew')
    .description(
      fr
        ? 'indicateur de renouvellement quinquennal : état, signature, échéance, avenants non signés et versions antérieures (lues dans git) de chaque charte ; --start ouvre la version suivante'
        : 'five-year renewal indicator: state, signature, due date, unsigned amendments and earlier versions (read from git) of each charter; --start opens the next version',
    )
    .argument(
      '[paths...]',
      fr ? 'fichiers, dossiers ou motifs glob (défaut : .)' : 'files, directories or globs (default: .)',
    )
    .option(
      '--as-of <date>',
      fr
        ? 'jour de la vérification, AAAA-MM-JJ (défaut : aujourd’hui)'
        : 'day of the check, YYYY-MM-DD (default: today)',
    )
    .addOption(
      new Option('--format <format>', fr ? 'format de sortie' : 'output format')
        .choices(['text', 'json', 'markdown', 'ics'])
        .default('text'),
    )
    .addOption(
      new Option(
        '--fail-on <state>',
        fr
          ? 'code de sortie 1 dès qu’une charte est dans cet état ou pire'
          : 'exit with 1 when a charter is in this state or worse',
      )
        .choices(['overdue', 'due_soon', 'never'])
        .default('overdue'),
    )
    .option(
      '--start <file>',
      fr
        ? 'ouvre la version suivante de cette charte : version + 1, signatures et délibérations vidées (git garde les anciennes)'
        : 'open the next version of this charter: version + 1, signatures and decisions emptied (git keeps the old ones)',
    )
    .option(
      '--commit',
      fr ? 'avec --start : commite le fichier modifié' : 'with --start: commit the changed file',
    )
    .addHelpText(
      'after',
      `${
        fr
          ? `
Exemples :
  $ charte renew                                  # toutes les chartes du dossier courant
  $ charte renew charters/ --format markdown      # le tableau du Comité de suivi 21
  $ charte renew --format ics > renouvellements.ics
  $ charte renew --as-of 2026-12-31 --fail-on due_soon --format json
  $ charte renew --start charters/charte-ouaga.md --commit

L'historique vient de git : dans un clone superficiel (CI), récupérez-le en entier
(GitHub Actions : actions/checkout avec fetch-depth: 0 ; sinon git fetch --unshallow).`
          : `
Examples:
  $ charte renew                                  # every charter under the current directory
  $ charte renew charters/ --format markdown      # the table for the Comité de suivi 21
  $ charte renew --format ics > renewals.ics
  $ charte renew --as-of 2026-12-31 --fail-on due_soon --format json
  $ charte renew --start charters/ouaga-charter.md --commit

History comes from git: in a shallow clone (CI), fetch all of it
(GitHub Actions: actions/checkout with fetch-depth: 0; else git fetch --unshallow).`
      }\n${exitCodesHelp(ctx.lang)}`,
    )
    .action(async (paths: string[], options: RenewFlags, command: Command) => {
      if (options.start !== undefined) {
        const reportFlags = ['format', 'failOn'].filter(
          (name) => command.getOptionValueSource(name) === 'cli',
        );
        if (reportFlags.length > 0) {
          const flags = reportFlags.map((name) => (name === 'failOn' ? '--fail-on' : '--format')).join(', ');
          throw new ExitError(
            fr
              ? `--start modifie une charte et ne produit pas de rapport : retirez ${flags}`
              : `--start edits one charter and prints no report: remove ${flags}`,
            2,
          );
        }
        if (paths.length > 0) {
          throw new ExitError(
            fr
              ? `--start ouvre la version suivante d'une seule charte : retirez ${paths.join(' ')}`
              : `--start opens the next version of one charter: remove ${paths.join(' ')}`,
            2,
          );
        }
        const startOptions = {
          cwd: ctx.cwd,
          lang: ctx.lang,
          commit: options.commit === true,
          env: ctx.env,
          ...(options.asOf !== undefined ? { asOf: parseAsOf(options.asOf, ctx.lang) } : {}),
        };
        const { startNextVersion, describeStartResult } = await import('../../lifecycle/start.js');
        const result = await startNextVersion(options.start, startOptions);
        ctx.stdout.write(describeStartResult(result, ctx.lang));
        ctx.exitCode = 0;
        return;
      }
      if (options.commit === true) {
        throw new ExitError(
          fr
            ? '--commit ne va qu’avec --start <fichier> (le rapport ne modifie rien)'
            : '--commit only goes with --start <file> (the report changes nothing)',
          2,
        );
      }
      const asOf = parseAsOf(options.asOf, ctx.lang);
      const [{ computeRenewReport, renewExitCode }, format, { messages }] = await Promise.all([
        import('../../lifecycle/renew-report.js'),
        import('../../lifecycle/renew-format.js'),
        import('../../i18n/catalogue.js'),
      ]);
      const report = await computeRenewReport(paths, { cwd: ctx.cwd, lang: ctx.lang, asOf, env: ctx.env });
      if (report.charters.length === 0 && report.warnings.length === 0 && paths.length > 0) {
        throw new ExitError(messages(ctx.lang).renew.noCharterFound, 2);
      }
      if (options.format === 'json') ctx.stdout.write(format.formatRenewJson(report));
      else if (options.format === 'markdown') ctx.stdout.write(format.formatRenewMarkdown(report, ctx.lang));
      else if (options.format === 'ics') {
        ctx.stdout.write(format.formatRenewIcs(report, ctx.lang));
        // The calendar stays clean on stdout; what it cannot hold goes to stderr.
        for (const w of report.warnings) ctx.stderr.write(`charte: ${w.message}\n`);
      } else ctx.stdout.write(format.formatRenewText(report, ctx.lang, ctx.color));
      if (options.format === 'json' || options.format === 'markdown') {
        for (const w of report.warnings)
          if (w.severity === 'error') ctx.stderr.write(`charte: ${w.message}\n`);
      }
      ctx.exitCode = renewExitCode(report, options.failOn);
    });
}
