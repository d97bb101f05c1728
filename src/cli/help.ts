/** Help texts shared by the program and its commands. */
import type { Lang } from '../i18n/index.js';

export function exitCodesHelp(lang: Lang): string {
  return lang === 'fr'
    ? `
Codes de sortie :
  0  rien à signaler (des avertissements sont permis)
  1  constats : charte invalide, renouvellement en retard...
  2  erreur d'utilisation ou d'exécution (option inconnue, chemin illisible...)`
    : `
Exit codes:
  0  clean (warnings allowed)
  1  findings: invalid charter, overdue renewal...
  2  usage or runtime failure (unknown flag, unreadable path...)`;
}

/** The text after a command's options: its examples, then the exit codes, in the session's language. */
export function commandHelp(lang: Lang, examples: { fr: readonly string[]; en: readonly string[] }): string {
  const heading = lang === 'fr' ? 'Exemples :' : 'Examples:';
  return `\n${heading}\n${examples[lang].map((example) => `  $ ${example}`).join('\n')}\n${exitCodesHelp(lang)}`;
}

export function helpFooter(lang: Lang): string {
  return commandHelp(lang, {
    fr: [
      'charte init --yes --title "Charte Ouagadougou" --id charte-ouaga',
      'charte validate charters/',
      'charte sign charters/charte-ouaga.md --entity nord --signatory "M. Dupont" --capacity Maire --date 2026-05-10',
      'charte renew --format markdown',
      'charte export charters/charte-ouaga.md',
    ],
    en: [
      'charte init --yes --lang en --title "Ouagadougou charter" --id ouaga-charter',
      'charte validate charters/',
      'charte sign charters/ouaga-charter.md --entity north --signatory "J. Smith" --capacity Mayor --date 2026-05-10',
      'charte renew --format markdown',
      'charte export charters/ouaga-charter.md',
    ],
  });
}
