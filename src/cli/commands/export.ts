import { type Command, Option } from 'commander';
import { ExitError } from '../../diagnostics.js';
import { messages } from '../../i18n/catalogue.js';
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
  amendment?: string;
}

export function registerExport(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).help.export;
  program
    .command('export')
    .description(h.description)
    .argument('<paths...>', h.argPaths)
    .option('-o, --output <path>', h.output)
    .option('--ref <git-ref>', h.ref)
    .addOption(new Option('--format <format>', h.format).choices(['pdf', 'html']).default('pdf'))
    .option('--force', h.force)
    .option('--template <dir>', h.template)
    .addOption(new Option('--pdf-standard <standard>', h.pdfStandard).choices(['a-2b', 'ua-1']))
    .option('--amendment <number>', h.amendment)
    .addHelpText('after', `${h.after}\n${exitCodesHelp(ctx.lang)}`)
    .action(async (paths: string[], flags: ExportFlags, command: Command) => {
      const explicit = (command.optsWithGlobals() as { lang?: string }).lang?.toLowerCase();
      const [{ exportCharters, removeTemporaries }, report, { today }, { messages }] = await Promise.all([
        import('../../export/index.js'),
        import('../../report/index.js'),
        import('../../model/dates.js'),
        import('../../i18n/catalogue.js'),
      ]);
      if (flags.amendment !== undefined && !/^[1-9]\d{0,2}$/.test(flags.amendment)) {
        throw new ExitError(messages(ctx.lang).export.amendmentDocument.number(flags.amendment), 2);
      }
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
        amendment: flags.amendment === undefined ? undefined : Number(flags.amendment),
        today: today(),
        onProgress: progress,
      }).finally(() => {
        for (const signal of signals) process.off(signal, onSignal);
      });
      if (outcome.kind === 'invalid') {
        ctx.stderr.write(report.formatText(report.reportFiles(outcome.files), ctx.lang, false));
        ctx.stderr.write(h.text);
        ctx.exitCode = 1;
        return;
      }
      const { warningLine } = await import('../../report/warning-line.js');
      for (const w of outcome.warnings) ctx.stderr.write(warningLine(w, ctx.lang));
      for (const file of outcome.written) ctx.stdout.write(`${file.output}\n`);
      ctx.exitCode = 0;
    });
}
