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
  const fr = ctx.lang === 'fr';
  program
    .command('init')
    .description(
      fr
        ? 'crée une charte à partir d’un modèle, par questions dans un terminal ou à partir de réponses'
        : 'scaffold a charter from a template, by questions in a terminal or from answers',
    )
    .argument(
      '[path]',
      fr
        ? 'fichier .md à écrire, ou dossier (défaut : charters/<id>.md)'
        : '.md file to write, or a folder (default: charters/<id>.md)',
    )
    .option(
      '--answers <file>',
      fr
        ? 'réponses en YAML ou JSON : toute partie des clés du front matter'
        : 'answers in YAML or JSON: any subset of the front matter keys',
    )
    .option(
      '--id <id>',
      fr
        ? 'identifiant de la charte (minuscules, chiffres, tirets)'
        : 'charter id (lower case, digits, hyphens)',
    )
    .option('--title <title>', fr ? 'titre de la charte' : 'title of the charter')
    .option(
      '--template <name|dir>',
      fr
        ? 'modèle intégré (voir `charte templates`) ou dossier de modèle de l’organisation (défaut : solidarity)'
        : 'built-in template (see `charte templates`) or an organisation’s template folder (default: solidarity)',
    )
    .option(
      '-y, --yes',
      fr
        ? 'sans question : valeurs par défaut (« à préciser ») pour tout ce qui n’est pas donné'
        : 'no questions: defaults ("to be specified") for everything not given',
    )
    .option('--force', fr ? 'remplace un fichier existant' : 'replace an existing file')
    .addOption(
      new Option(
        '--ci <provider>',
        fr
          ? 'écrit aussi le job CI qui lance charte validate et charte renew'
          : 'also write the CI job running charte validate and charte renew',
      ).choices(['github', 'gitlab']),
    )
    .option('--package-spec <spec>', messages(ctx.lang).cli.packageSpecOption)
    .option(
      '--git',
      fr
        ? 'lance git init si le dossier n’est pas dans un dépôt'
        : 'run git init when the folder is not in a repository',
    )
    .addHelpText(
      'after',
      `${
        fr
          ? `
La langue de la charte est celle de --lang quand elle est donnée, sinon celle de l'interface.
Sans terminal, sans --yes et avec des réponses manquantes, la commande s'arrête (code 2) en les
nommant, sans rien écrire.

Exemples :
  $ charte init                                   # questions dans le terminal
  $ charte init --yes --title "Charte Villeneuve–Kassandé"
  $ charte init --answers reponses.yaml --ci github --git
  $ charte init charters/ --template ./modeles/jumelage --lang en --yes`
          : `
The charter's language is --lang when given, else the interface language. Without a terminal,
without --yes and with answers missing, the command stops (exit 2), names them and writes nothing.

Examples:
  $ charte init                                   # questions in the terminal
  $ charte init --yes --lang en --title "Saint-Aubin–Akwadum charter"
  $ charte init --answers answers.yaml --ci github --git
  $ charte init charters/ --template ./templates/twinning --lang en --yes`
      }\n${exitCodesHelp(ctx.lang)}`,
    )
    .action(async function (this: Command, path: string | undefined, flags: InitFlags) {
      const explicitLang = (this.optsWithGlobals() as { lang?: string }).lang;
      const interactive = ctx.stdinIsTTY && ctx.stdoutIsTTY && flags.yes !== true;
      const [{ runInit }, { formatInitResult }, prompter] = await Promise.all([
        import('../../init/index.js'),
        import('../../init/report.js'),
        interactive
          ? import('../../init/clack.js').then((m) => m.clackPrompter())
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
