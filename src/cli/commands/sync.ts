import type { Command } from 'commander';
import { messages } from '../../i18n/catalogue.js';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';
import { parseAsOf } from '../options.js';

export function registerSync(program: Command, ctx: CliContext): void {
  const m = messages(ctx.lang).blocks;
  program
    .command('sync')
    .description(m.help.description)
    .argument('[paths...]', m.help.paths)
    .option('--check', m.help.check)
    .option('--as-of <date>', messages(ctx.lang).blocks.help.asOf)
    .addHelpText('after', commandHelp(ctx.lang, messages(ctx.lang).blocks.help.examples))
    .action(async (paths: string[], options: { check?: boolean; asOf?: string }) => {
      const asOf = parseAsOf(options.asOf, ctx.lang);
      const { syncCharters } = await import('../../lifecycle/sync.js');
      const files = await syncCharters(paths, {
        cwd: ctx.cwd,
        lang: ctx.lang,
        asOf,
        check: options.check === true,
      });
      let failed = false;
      for (const file of files) {
        const names = file.blocks.join(', ');
        switch (file.status) {
          case 'updated':
            ctx.stdout.write(`${m.updated(file.display, names)}\n`);
            break;
          case 'stale':
            failed = true;
            ctx.stdout.write(`${m.wouldUpdate(file.display, names)}\n`);
            break;
          case 'up-to-date':
            ctx.stdout.write(`${m.upToDate(file.display)}\n`);
            break;
          case 'no-blocks':
            ctx.stdout.write(`${m.noBlocks(file.display)}\n`);
            break;
          case 'invalid':
            failed = true;
            ctx.stderr.write(`${m.invalid(file.display)}\n`);
            for (const d of file.errors)
              ctx.stderr.write(`  ${file.display}:${d.line}:${d.column}: ${d.message} (${d.rule})\n`);
            break;
        }
      }
      const changed = files.filter((f) => f.status === (options.check ? 'stale' : 'updated')).length;
      ctx.stdout.write(
        `${options.check ? m.checkSummary(changed, files.length) : m.summary(changed, files.length)}\n`,
      );
      ctx.exitCode = failed ? 1 : 0;
    });
}
