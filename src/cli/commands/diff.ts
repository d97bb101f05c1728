import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';

export function registerDiff(program: Command, ctx: CliContext): void {
  const fr = ctx.lang === 'fr';
  program
    .command('diff')
    .description(
      fr
        ? 'ce qui a changé entre deux versions d’une charte (défaut : la dernière version signée et le fichier de travail) : le front matter en mots, puis le texte'
        : 'what changed between two versions of a charter (default: the last signed version and the working file): the front matter in words, then the text',
    )
    .argument('<file>', fr ? 'le fichier de la charte' : 'the charter file')
    .option(
      '--from <ref>',
      fr
        ? 'point de départ : révision git, v<N> (commit de signature de la version N) ou working (défaut : dernière version signée)'
        : 'starting point: git revision, v<N> (signing commit of version N) or working (default: last signed version)',
    )
    .option(
      '--to <ref>',
      fr
        ? 'point d’arrivée, mêmes valeurs (défaut : working, le fichier de travail)'
        : 'end point, same values (default: working, the working file)',
    )
    .addOption(
      new Option('--format <format>', fr ? 'format de sortie' : 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      commandHelp(ctx.lang, {
        fr: [
          'charte diff charters/charte-ouaga.md                 # avenant en cours depuis la signature',
          'charte diff charters/charte-ouaga.md --from v1 --to v2',
          'charte diff charters/charte-ouaga.md --from HEAD~3 --format json',
        ],
        en: [
          'charte diff charters/ouaga-charter.md                # pending amendment since signing',
          'charte diff charters/ouaga-charter.md --from v1 --to v2',
          'charte diff charters/ouaga-charter.md --from HEAD~3 --format json',
        ],
      }),
    )
    .action(async (file: string, options: { from?: string; to?: string; format: 'text' | 'json' }) => {
      const { charterDiff, formatDiffJson, formatDiffText } = await import('../../lifecycle/diff.js');
      const diff = await charterDiff(file, {
        cwd: ctx.cwd,
        lang: ctx.lang,
        env: ctx.env,
        from: options.from,
        to: options.to,
      });
      ctx.stdout.write(options.format === 'json' ? formatDiffJson(diff) : formatDiffText(diff, ctx.lang));
      ctx.exitCode = 0;
    });
}
