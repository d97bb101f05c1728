import { type Command, Option } from 'commander';
import { isLang } from '../../i18n/index.js';
import type { CliContext } from '../context.js';
import { exitCodesHelp } from '../help.js';

interface ExportFlags {
  output?: string;
  ref?: string;
  format: 'pdf' | 'html';
  force?: boolean;
  template?: string;
  pdfStandard?: 'a-2b' | 'ua-1';
}

export function registerExport(program: Command, ctx: CliContext): void {
  const fr = ctx.lang === 'fr';
  program
    .command('export')
    .description(
      fr
        ? 'exporte des chartes en PDF (à signer, imprimer, archiver) ou en HTML (pour le site de la commune)'
        : 'export charters to PDF (to sign, print and archive) or HTML (for the town’s website)',
    )
    .argument('<paths...>', fr ? 'fichiers de charte ou dossiers' : 'charter files or directories')
    .option(
      '-o, --output <path>',
      fr
        ? 'fichier de sortie (une charte) ou dossier (plusieurs) ; défaut : à côté de chaque charte, x.md → x.pdf'
        : 'output file (one charter) or directory (several); default: next to each charter, x.md → x.pdf',
    )
    .option(
      '--ref <git-ref>',
      fr
        ? 'exporte la charte telle qu’elle était à ce commit ou cette étiquette (ex. charte/<id>/v1)'
        : 'export the charter as it was at this commit or tag (e.g. charte/<id>/v1)',
    )
    .addOption(
      new Option('--format <format>', fr ? 'format du document' : 'document format')
        .choices(['pdf', 'html'])
        .default('pdf'),
    )
    .option('--force', fr ? 'remplace un fichier de sortie existant' : 'replace an existing output file')
    .option(
      '--template <dir>',
      fr
        ? 'mise en page de l’organisation : un dossier avec charter.typ (et style.css pour le HTML)'
        : 'the organisation’s layout: a directory with charter.typ (and style.css for HTML)',
    )
    .addOption(
      new Option(
        '--pdf-standard <standard>',
        fr
          ? 'norme PDF : a-2b (archivage PDF/A) ou ua-1 (accessible)'
          : 'PDF standard: a-2b (PDF/A archival) or ua-1 (accessible)',
      ).choices(['a-2b', 'ua-1']),
    )
    .addHelpText(
      'after',
      `${
        fr
          ? `
La langue du document est celle de --lang, sinon celle de la charte (language:).
Les dates et la révision imprimées viennent du dernier commit de la charte : exporter deux fois
le même commit donne le même fichier, octet pour octet.

Exemples :
  $ charte export charters/charte-ouaga.md                 # → charters/charte-ouaga.pdf
  $ charte export charters/ -o exports/ --force            # toutes les chartes du dossier
  $ charte export charters/charte-ouaga.md --ref charte/charte-ouaga/v1 -o v1.pdf
  $ charte export charters/charte-ouaga.md --format html --lang en
  $ charte export charters/charte-ouaga.md --pdf-standard a-2b`
          : `
The document's language is --lang, else the charter's own (language:).
The printed dates and revision come from the charter's last commit: exporting the same commit
twice gives the same file, byte for byte.

Examples:
  $ charte export charters/ouaga-charter.md                # → charters/ouaga-charter.pdf
  $ charte export charters/ -o exports/ --force            # every charter under the directory
  $ charte export charters/ouaga-charter.md --ref charte/ouaga-charter/v1 -o v1.pdf
  $ charte export charters/ouaga-charter.md --format html --lang fr
  $ charte export charters/ouaga-charter.md --pdf-standard a-2b`
      }\n${exitCodesHelp(ctx.lang)}`,
    )
    .action(async (paths: string[], flags: ExportFlags, command: Command) => {
      const explicit = (command.optsWithGlobals() as { lang?: string }).lang?.toLowerCase();
      const [{ exportCharters, removeTemporaries }, report, { today }, { messages }] = await Promise.all([
        import('../../export/index.js'),
        import('../../report/index.js'),
        import('../../model/dates.js'),
        import('../../i18n/catalogue.js'),
      ]);
      const progress = ctx.stdoutIsTTY
        ? (done: number, total: number, path: string) => {
            if (total < 2) return;
            ctx.stderr.write(done < total ? `\r\x1b[2K[${done + 1}/${total}] ${path}` : '\r\x1b[2K');
          }
        : undefined;
      // Ctrl-C or a TERM in the middle of a batch: the temporary files and the compilers'
      // workspaces go, nothing is written, and the process ends as the signal asked.
      const onSignal = (signal: NodeJS.Signals) => {
        removeTemporaries();
        ctx.stderr.write(
          `${progress ? '\r\x1b[2K' : ''}charte: ${messages(ctx.lang).export.interrupted(signal)}\n`,
        );
        process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
      };
      const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
      for (const signal of signals) process.on(signal, onSignal);
      const outcome = await exportCharters(paths, {
        cwd: ctx.cwd,
        env: ctx.env,
        lang: ctx.lang,
        documentLang: explicit !== undefined && isLang(explicit) ? explicit : undefined,
        format: flags.format,
        output: flags.output,
        ref: flags.ref,
        force: flags.force,
        template: flags.template,
        pdfStandard: flags.pdfStandard,
        today: today(),
        onProgress: progress,
      }).finally(() => {
        for (const signal of signals) process.off(signal, onSignal);
      });
      if (outcome.kind === 'invalid') {
        ctx.stderr.write(report.formatText(report.reportFiles(outcome.files), ctx.lang, false));
        ctx.stderr.write(
          fr
            ? 'charte : rien n’a été exporté ; corrigez ces erreurs (voyez `charte validate`)\n'
            : 'charte: nothing was exported; fix these errors (see `charte validate`)\n',
        );
        ctx.exitCode = 1;
        return;
      }
      const { warningLine } = await import('../../report/warning-line.js');
      for (const w of outcome.warnings) ctx.stderr.write(warningLine(w, ctx.lang));
      for (const file of outcome.written) ctx.stdout.write(`${file.output}\n`);
      ctx.exitCode = 0;
    });
}
