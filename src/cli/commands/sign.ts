import type { Command } from 'commander';
import { ExitError } from '../../diagnostics.js';
import type { CliContext } from '../context.js';
import { exitCodesHelp } from '../help.js';
import { parseAsOf } from '../options.js';

interface SignFlags {
  entity?: string;
  signatory?: string;
  capacity?: string;
  date?: string;
  place?: string;
  decision?: string;
  commit?: boolean;
  asOf?: string;
}

const REQUIRED = ['entity', 'signatory', 'capacity', 'date'] as const;

export function registerSign(program: Command, ctx: CliContext): void {
  const fr = ctx.lang === 'fr';
  program
    .command('sign')
    .description(
      fr
        ? "enregistre la signature d'une entité : ajoute une entrée à `signatures`, sans rien changer d'autre au fichier"
        : "record an entity's signature: add one entry to `signatures`, changing nothing else in the file",
    )
    .argument('<file>', fr ? 'la charte à signer' : 'the charter to sign')
    .option(
      '--entity <id>',
      fr ? "code de l'entité qui signe (entities[].id)" : 'id of the signing entity (entities[].id)',
    )
    .option('--signatory <name>', fr ? 'nom du ou de la signataire' : 'name of the signatory')
    .option(
      '--capacity <text>',
      fr ? 'qualité du signataire (ex. Maire)' : 'capacity of the signatory (e.g. Mayor)',
    )
    .option('--date <date>', fr ? 'date de la signature, AAAA-MM-JJ' : 'date of the signature, YYYY-MM-DD')
    .option('--place <text>', fr ? 'lieu de la signature' : 'place of the signature')
    .option(
      '--decision <reference>',
      fr
        ? 'référence de la délibération qui autorise la signature'
        : 'reference of the decision that authorises it',
    )
    .option(
      '--commit',
      fr
        ? 'enregistre le fichier seul dans git ; la dernière signature requise crée aussi l’étiquette charte/<id>/v<version>'
        : 'commit the file alone; the last required signature also creates the tag charte/<id>/v<version>',
    )
    .option(
      '--as-of <date>',
      fr
        ? 'jour de la vérification, AAAA-MM-JJ (défaut : aujourd’hui) : la signature ne peut être datée après'
        : 'day of the check, YYYY-MM-DD (default: today): the signature cannot be dated after it',
    )
    .addHelpText(
      'after',
      `${
        fr
          ? `
Exemples :
  $ charte sign charters/ouaga.md --entity ville --signatory "Hélène Laurent" \\
      --capacity "Maire" --date 2026-05-10 --place "Villeneuve" --decision DCM-2026-12
  $ charte sign charters/ouaga.md --entity ouaga --signatory "B. Zongo" --capacity Maire \\
      --date 2026-06-02 --commit        # commit, et étiquette si la charte est complète
  $ charte sign --entity ville ... --date 2026-05-10 -- -charte.md   # nom commençant par -

Refus (code 1, rien n'est écrit) : charte invalide, entité inconnue, entité qui a déjà signé
cette version, date inexistante, future ou antérieure à la délibération de l'entité, fichier
modifié sur le disque pendant la commande. Une date mal écrite (pas AAAA-MM-JJ) ou une option
manquante est une erreur d'utilisation (code 2).`
          : `
Examples:
  $ charte sign charters/ouaga.md --entity town --signatory "Helen Laurent" \\
      --capacity Mayor --date 2026-05-10 --place Villeneuve --decision DCM-2026-12
  $ charte sign charters/ouaga.md --entity ouaga --signatory "B. Zongo" --capacity Mayor \\
      --date 2026-06-02 --commit        # commit, and tag when the charter is complete
  $ charte sign --entity town ... --date 2026-05-10 -- -charter.md   # name starting with -

Refusals (exit 1, nothing written): invalid charter, unknown entity, entity that already signed
this version, a date that does not exist, lies in the future or precedes the entity's decision,
file changed on disk meanwhile. A malformed date (not YYYY-MM-DD) or a missing flag is a usage
error (exit 2).`
      }\n${exitCodesHelp(ctx.lang)}`,
    )
    .action(async (file: string, flags: SignFlags) => {
      const missing = REQUIRED.filter((name) => flags[name] === undefined).map((name) => `--${name}`);
      if (missing.length > 0) {
        throw new ExitError(
          fr
            ? `il manque ${missing.join(', ')} : \`charte sign <fichier> --entity <code> --signatory <nom> --capacity <qualité> --date <AAAA-MM-JJ>\``
            : `missing ${missing.join(', ')}: \`charte sign <file> --entity <id> --signatory <name> --capacity <text> --date <YYYY-MM-DD>\``,
          2,
        );
      }
      const asOf = parseAsOf(flags.asOf, ctx.lang);
      const { signCharter, describeSignResult } = await import('../../lifecycle/sign.js');
      const result = await signCharter(file, {
        cwd: ctx.cwd,
        lang: ctx.lang,
        env: ctx.env,
        entity: flags.entity!,
        signatory: flags.signatory!,
        capacity: flags.capacity!,
        date: flags.date!,
        asOf,
        ...(flags.place !== undefined ? { place: flags.place } : {}),
        ...(flags.decision !== undefined ? { decision: flags.decision } : {}),
        ...(flags.commit ? { commit: true } : {}),
      });
      const { warningLine } = await import('../../report/warning-line.js');
      for (const warning of result.warnings) {
        ctx.stderr.write(warningLine({ ...warning, path: result.path }, ctx.lang));
      }
      ctx.stdout.write(describeSignResult(result, ctx.lang));
      ctx.exitCode = 0;
    });
}
