import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { ExitError } from '../../diagnostics.js';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';
import { parseAsOf } from '../options.js';

const STANDINGS = ['never_signed', 'in_force', 'due_soon', 'overdue', 'suspended', 'terminated'] as const;
const FORMATS = ['text', 'markdown', 'json', 'csv', 'oda', 'html', 'pdf'] as const;

interface ReportFlags {
  asOf?: string;
  year?: string;
  months: string;
  state?: string[];
  country?: string[];
  entity?: string;
  pilot?: string;
  tag?: string[];
  format: (typeof FORMATS)[number];
  output?: string;
}

const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== ''),
];

export function registerReport(program: Command, ctx: CliContext): void {
  const fr = ctx.lang === 'fr';
  program
    .command('report')
    .description(
      fr
        ? 'portefeuille des chartes pour le Comité de suivi : indicateur, chartes à traiter par urgence, travaux en cours, délibérations, engagements, moyens, fiche APD (L.1115-6 CGCT), évaluation ; texte, Markdown, JSON, CSV, HTML ou PDF avec frise et graphiques'
        : 'portfolio of the charters for the follow-up committee: indicator, charters to act on by urgency, work in progress, decisions, commitments, resources, ODA worksheet (L.1115-6 CGCT), evaluation; text, Markdown, JSON, CSV, HTML or PDF with timeline and charts',
    )
    .argument(
      '[paths...]',
      fr ? 'fichiers, dossiers ou motifs glob (défaut : .)' : 'files, directories or globs (default: .)',
    )
    .addOption(
      new Option('--format <format>', fr ? 'format de sortie' : 'output format')
        .choices(FORMATS)
        .default('text'),
    )
    .option(
      '-o, --output <file>',
      fr
        ? 'fichier à écrire (défaut : la sortie standard ; html et pdf : rapport-<date>.html|pdf)'
        : 'file to write (default: standard output; html and pdf: report-<date>.html|pdf)',
    )
    .option(
      '--as-of <date>',
      fr
        ? 'jour du rapport, AAAA-MM-JJ (défaut : aujourd’hui)'
        : 'day of the report, YYYY-MM-DD (default: today)',
    )
    .option(
      '--year <year>',
      fr
        ? 'année des délibérations et de la fiche APD (défaut : délibérations de l’année du rapport, fiche APD de toutes les années)'
        : 'year of the decisions and of the ODA worksheet (default: decisions of the report’s year, worksheet of every year)',
    )
    .option(
      '--months <n>',
      fr ? 'horizon des engagements à venir, en mois' : 'horizon of the upcoming commitments, in months',
      '6',
    )
    .option(
      '--state <states>',
      fr
        ? `ne garde que ces situations (virgules) : ${STANDINGS.join(', ')}`
        : `keep only these standings (commas): ${STANDINGS.join(', ')}`,
      collect,
    )
    .option(
      '--country <codes>',
      fr
        ? 'pays d’une des entités, ISO 3166 (virgules) : BF,SN'
        : 'country of one of the entities, ISO 3166 (commas): BF,SN',
      collect,
    )
    .option(
      '--entity <text>',
      fr ? 'code ou partie du nom d’une entité' : 'code or part of the name of an entity',
    )
    .option(
      '--pilot <text>',
      fr ? 'partie du nom du service pilote (agenda21.pilot)' : 'part of the pilot service (agenda21.pilot)',
    )
    .option(
      '--tag <tags>',
      fr
        ? 'étiquettes (virgules) : odd:6 (ODD), a21:19 (action Agenda 21), obj:o1 (objectif)'
        : 'tags (commas): odd:6 or sdg:6 (SDG), a21:19 (Agenda 21 action), obj:o1 (objective)',
      collect,
    )
    .addHelpText(
      'after',
      commandHelp(ctx.lang, {
        fr: [
          'charte report                                   # dans le terminal, par urgence',
          'charte report charters/ --format markdown > comite-suivi.md',
          'charte report --format pdf -o rapport-2026.pdf',
          'charte report --format oda --year 2025 > apd-2025.csv   # fiche L.1115-6 CGCT',
          'charte report --state overdue,never_signed --country BF',
          'charte report --tag odd:6 --format csv > chartes.csv',
        ],
        en: [
          'charte report                                   # in the terminal, by urgency',
          'charte report charters/ --format markdown > committee.md',
          'charte report --format pdf -o report-2026.pdf',
          'charte report --format oda --year 2025 > oda-2025.csv   # L.1115-6 CGCT worksheet',
          'charte report --state overdue,never_signed --country BF',
          'charte report --tag sdg:6 --format csv > charters.csv',
        ],
      }),
    )
    .action(async (paths: string[], options: ReportFlags) => {
      const { messages } = await import('../../i18n/catalogue.js');
      const R = messages(ctx.lang).report;
      const asOf = parseAsOf(options.asOf, ctx.lang);
      let year: number | null = null;
      if (options.year !== undefined) {
        if (!/^\d{4}$/.test(options.year)) throw new ExitError(R.badYear(options.year), 2);
        year = Number(options.year);
      }
      const months = Number(options.months);
      if (!Number.isInteger(months) || months < 1 || months > 60)
        throw new ExitError(R.badMonths(options.months), 2);
      for (const state of options.state ?? []) {
        if (!(STANDINGS as readonly string[]).includes(state))
          throw new ExitError(R.badState(state, STANDINGS.join(', ')), 2);
      }
      const { portfolioReport, renderReport } = await import('../../portfolio/index.js');
      const { portfolio, notices, found } = await portfolioReport(paths, {
        cwd: ctx.cwd,
        lang: ctx.lang,
        asOf,
        year,
        horizonMonths: months,
        env: ctx.env,
        filters: {
          state: options.state as (typeof STANDINGS)[number][] | undefined,
          country: options.country,
          entity: options.entity,
          pilot: options.pilot,
          tag: options.tag,
        },
      });
      if (found === 0 && notices.length === 0 && paths.length > 0) throw new ExitError(R.noChartersFound, 2);
      const output = await renderReport(
        portfolio,
        options.format,
        ctx.lang,
        ctx.color && options.output === undefined,
      );
      let target = options.output;
      if (target === undefined && (options.format === 'html' || options.format === 'pdf'))
        target = `${fr ? 'rapport' : 'report'}-${asOf}.${options.format}`;
      if (target === undefined) ctx.stdout.write(output as string);
      else {
        const { default: writeFileAtomic } = await import('write-file-atomic');
        await writeFileAtomic(resolve(ctx.cwd, target), output);
        ctx.stderr.write(`charte: ${R.written(target)}\n`);
      }
      for (const n of notices) ctx.stderr.write(`charte: ${n.message}\n`);
      ctx.exitCode = notices.some((n) => n.severity === 'error') ? 1 : 0;
    });
}
