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

export function helpFooter(lang: Lang): string {
  return lang === 'fr'
    ? `
Exemples :
  $ charte init --yes --title "Charte Ouagadougou" --id charte-ouaga
  $ charte validate charters/
  $ charte sign charters/charte-ouaga.md --entity nord --signatory "M. Dupont" --capacity Maire --date 2026-05-10
  $ charte renew --format markdown
  $ charte export charters/charte-ouaga.md
${exitCodesHelp(lang)}`
    : `
Examples:
  $ charte init --yes --lang en --title "Ouagadougou charter" --id ouaga-charter
  $ charte validate charters/
  $ charte sign charters/ouaga-charter.md --entity north --signatory "J. Smith" --capacity Mayor --date 2026-05-10
  $ charte renew --format markdown
  $ charte export charters/ouaga-charter.md
${exitCodesHelp(lang)}`;
}
