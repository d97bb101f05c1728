/**
 * Every word the exported document prints that does not come from the charter, in French and in
 * English. Field names come from the schema's `x-label` (the single source of the model's
 * vocabulary); values of enumerations, headings and phrases are defined here.
 */
import type { Lang, Msg } from '../i18n/index.js';
import type { CharterState } from '../model/charter.js';
import { LABELS } from '../model/labels.js';

export { schemaLabel } from '../model/labels.js';

/** `entités` → `Entités`. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

const m = (fr: string, en: string): Msg => ({ fr, en });

/** The model's vocabulary, capitalised for the document's tables and fact box. */
function capitalized(labels: Readonly<Record<string, Msg>>): Readonly<Record<string, Msg>> {
  return Object.fromEntries(
    Object.entries(labels).map(([code, { fr, en }]) => [code, m(capitalize(fr), capitalize(en))]),
  );
}

export const KIND_LABELS = capitalized(LABELS.kind);
export const ROLE_LABELS = capitalized(LABELS.role);
export const ENTITY_TYPE_LABELS = capitalized(LABELS.type);
export const REFERENT_KIND_LABELS = capitalized(LABELS.referent_kind);
export const RESOURCE_TYPE_LABELS = capitalized(LABELS.resource_type);
export const PERIOD_LABELS: Readonly<Record<string, Msg>> = LABELS.period;
export const STATE_LABELS: Readonly<Record<CharterState, Msg>> = LABELS.state;

/** The short names of the Sustainable Development Goals (Objectifs de développement durable). */
export const SDG_NAMES: readonly Msg[] = [
  m('Pas de pauvreté', 'No poverty'),
  m('Faim « zéro »', 'Zero hunger'),
  m('Bonne santé et bien-être', 'Good health and well-being'),
  m('Éducation de qualité', 'Quality education'),
  m('Égalité entre les sexes', 'Gender equality'),
  m('Eau propre et assainissement', 'Clean water and sanitation'),
  m('Énergie propre et d’un coût abordable', 'Affordable and clean energy'),
  m('Travail décent et croissance économique', 'Decent work and economic growth'),
  m('Industrie, innovation et infrastructure', 'Industry, innovation and infrastructure'),
  m('Inégalités réduites', 'Reduced inequalities'),
  m('Villes et communautés durables', 'Sustainable cities and communities'),
  m('Consommation et production responsables', 'Responsible consumption and production'),
  m('Lutte contre les changements climatiques', 'Climate action'),
  m('Vie aquatique', 'Life below water'),
  m('Vie terrestre', 'Life on land'),
  m('Paix, justice et institutions efficaces', 'Peace, justice and strong institutions'),
  m('Partenariats pour la réalisation des objectifs', 'Partnerships for the goals'),
];

/** Headings and phrases of the document. */
export const PHRASES = {
  between: m('entre', 'between'),
  with: m('avec le concours de', 'with'),
  summary: m('Fiche de synthèse', 'Summary sheet'),
  summaryNote: m(
    'Données structurées de la charte, telles qu’elles figurent dans son fichier à la révision indiquée en pied de page.',
    'The structured data of the charter, as its file holds them at the revision given in the footer.',
  ),
  stateOn: m('État au', 'State on'),
  signedOn: m('Signée le', 'Signed on'),
  renewalDue: m('Échéance du renouvellement', 'Renewal due'),
  revision: m('Révision', 'Revision'),
  uncommitted: m('version de travail', 'uncommitted'),
  uncommittedLong: m('version de travail, non enregistrée dans git', 'working copy, not committed to git'),
  page: m('page', 'page'),
  totals: m('Totaux par entité et par devise', 'Totals by entity and currency'),
  total: m('Total', 'Total'),
  mainGoal: m('objectif principal', 'main goal'),
  sdgsAndAgenda: m(
    'Objectifs de développement durable et Agenda 21',
    'Sustainable Development Goals and Agenda 21',
  ),
  noSignature: m('en attente de signature', 'awaiting signature'),
  forEntity: m('Pour', 'For'),
  optional: m('signature facultative', 'optional signature'),
  signatureHere: m('Signature', 'Signature'),
  signedAt: m('Fait à', 'Signed at'),
  on: m('le', 'on'),
  name: m('Nom', 'Name'),
  stars: m('étoiles sur', 'stars out of'),
  renewal: m('Renouvellement', 'Renewal'),
  renewalText: m(
    'tous les {years} ans, préavis de {months} mois',
    'every {years} years, {months} months’ notice',
  ),
  tacit: m('reconduction tacite', 'tacit renewal'),
  terminatedOn: m('Résiliée le', 'Terminated on'),
  suspendedSince: m('Suspendue depuis le', 'Suspended since'),
  reason: m('motif', 'reason'),
  decisionOf: m('du', 'of'),
  yes: m('oui', 'yes'),
  no: m('non', 'no'),
  charterText: m('Texte de la charte', 'Text of the charter'),
} as const satisfies Record<string, Msg>;

export function phrase(key: keyof typeof PHRASES, lang: Lang, values: Record<string, string> = {}): string {
  return PHRASES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function enumLabel(labels: Readonly<Record<string, Msg>>, value: string, lang: Lang): string {
  return Object.hasOwn(labels, value) ? labels[value]![lang] : value;
}
