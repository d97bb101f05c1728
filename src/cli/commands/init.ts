import { type Command, Option } from 'commander';
import { messages } from '../../i18n/catalogue.js';
import type { CliContext } from '../context.js';
import { exitCodesHelp } from '../help.js';

interface InitFlags {
  answers?: string;
  id?: string;
  title?: string;
  template?: string;
  yes?: boolean;
  force?: boolean;
  ci?: 'github' | 'gitlab';
  packageSpec?: string;
  git?: boolean;
}

export function registerInit(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).help.init;
  program
    .command('init')
    .description(h.description)
    .argument('[path]', h.argPath)
    .option('--answers <file>', h.answers)
    .option('--id <id>', h.id)
    .option('--title <title>', h.title)
    .option('--template <name|dir>', h.template)
    .option('-y, --yes', h.yes)
    .option('--force', h.force)
    .addOption(new Option('--ci <provider>', h.ci).choices(['github', 'gitlab']))
    .option('--package-spec <spec>', messages(ctx.lang).cli.packageSpecOption)
    .option('--git', h.git)
    .addHelpText('after', `${h.after}\n${exitCodesHelp(ctx.lang)}`)
    .action(async function (this: Command, path: string | undefined, flags: InitFlags) {
      const explicitLang = (this.optsWithGlobals() as { lang?: string }).lang;
      const interactive = ctx.stdinIsTTY && ctx.stdoutIsTTY && flags.yes !== true;
      const [{ runInit }, { formatInitResult }, prompter] = await Promise.all([
        import('../../init/index.js'),
        import('../../init/report.js'),
        interactive
          ? import('../../init/clack.js').then((m) => m.clackPrompter(ctx.lang))
          : Promise.resolve(undefined),
      ]);
      const result = await runInit({
        cwd: ctx.cwd,
        env: ctx.env,
        lang: ctx.lang,
        ...(path !== undefined ? { path } : {}),
        ...(flags.answers !== undefined ? { answers: flags.answers } : {}),
        ...(flags.id !== undefined ? { id: flags.id } : {}),
        ...(flags.title !== undefined ? { title: flags.title } : {}),
        ...(explicitLang !== undefined ? { language: explicitLang.toLowerCase() } : {}),
        ...(flags.template !== undefined ? { template: flags.template } : {}),
        yes: flags.yes === true,
        force: flags.force === true,
        ...(flags.ci !== undefined ? { ci: flags.ci } : {}),
        ...(flags.packageSpec !== undefined ? { packageSpec: flags.packageSpec } : {}),
        git: flags.git === true,
        ...(prompter ? { prompter } : {}),
      });
      ctx.stdout.write(formatInitResult(result, ctx.lang, ctx.color));
      ctx.exitCode = 0;
    });
}
