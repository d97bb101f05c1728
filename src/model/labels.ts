/**
 * The model's vocabulary: what each code of an enumeration (roles, entity types, pillars, kinds
 * of act, periods, states...) is called, in French and English. The templates, the prompts, the
 * exported document and the renewal reports all read it from here, so a charter's PDF says what
 * its text says. Field names are the schema's `x-label`; these are the names of values.
 */
import { readFileSync } from 'node:fs';
import type { Lang, Msg } from '../i18n/index.js';
import { schemaPath } from '../paths.js';
import type { CharterState } from './charter.js';

type Labels = Readonly<Record<string, Readonly<Record<Lang, string>>>>;

export const LABELS = {
  role: {
    north: { fr: 'entité du Nord', en: 'entity of the North' },
    south: { fr: 'entité du Sud', en: 'entity of the South' },
    associate: { fr: 'partenaire associé', en: 'associate partner' },
  },
  type: {
    commune: { fr: 'commune', en: 'municipality' },
    epci: { fr: 'intercommunalité (EPCI)', en: 'intermunicipal body' },
    departement: { fr: 'département', en: 'département' },
    region: { fr: 'région', en: 'region' },
    province: { fr: 'province', en: 'province' },
    district: { fr: 'district', en: 'district' },
    association: { fr: 'association', en: 'association' },
    ngo: { fr: 'ONG', en: 'NGO' },
    twinning_committee: { fr: 'comité de jumelage', en: 'twinning committee' },
    other: { fr: 'autre', en: 'other' },
  },
  pillar: {
    environment: { fr: 'environnement', en: 'environment' },
    economy: { fr: 'économie', en: 'economy' },
    social: { fr: 'social', en: 'social' },
  },
  referent_kind: {
    // Words for the position, not the person: « Élu » would misname a woman (the referent's own
    // title is `function`, as written).
    elected: { fr: 'mandat électif', en: 'elected representative' },
    staff: { fr: 'personnel administratif', en: 'staff' },
    volunteer: { fr: 'bénévole', en: 'volunteer' },
  },
  resource_type: {
    financial: { fr: 'moyen financier', en: 'financial resource' },
    human: { fr: 'moyen humain', en: 'human resource' },
    material: { fr: 'moyen matériel', en: 'material resource' },
  },
  period: {
    one_off: { fr: 'en une fois', en: 'one-off' },
    yearly: { fr: 'par an', en: 'per year' },
    total: { fr: 'au total', en: 'in total' },
  },
  kind: {
    solidarity_charter: { fr: 'charte de solidarité', en: 'solidarity charter' },
    twinning_charter: { fr: 'charte de jumelage', en: 'twinning charter' },
    cooperation_agreement: { fr: 'convention de coopération', en: 'cooperation agreement' },
    amendment: { fr: 'avenant', en: 'amendment' },
  },
  criterion: {
    environment: { fr: 'Environnement', en: 'Environment' },
    economy: { fr: 'Économie', en: 'Economy' },
    social: { fr: 'Social', en: 'Social' },
    future_generations: { fr: 'Solidarité générations futures', en: 'Future generations' },
    north_south: { fr: 'Solidarité Nord-Sud', en: 'North-South solidarity' },
    geographic_scope: { fr: 'Ampleur géographique', en: 'Geographic scope' },
  },
  state: {
    draft: { fr: 'projet, non signé', en: 'draft, not signed' },
    partially_signed: { fr: 'signée en partie', en: 'partially signed' },
    in_force: { fr: 'en vigueur', en: 'in force' },
    due_soon: { fr: 'en vigueur, à renouveler prochainement', en: 'in force, renewal due soon' },
    overdue: { fr: 'renouvellement en retard', en: 'renewal overdue' },
    suspended: { fr: 'suspendue', en: 'suspended' },
    terminated: { fr: 'résiliée', en: 'terminated' },
  } satisfies Record<CharterState, Readonly<Record<Lang, string>>>,
} satisfies Readonly<Record<string, Labels>>;

/** The label of `code` in `group`, or the code itself when the group does not know it. */
export function label(group: string, code: string, lang: Lang): string {
  const labels: Labels | undefined = Object.hasOwn(LABELS, group)
    ? LABELS[group as keyof typeof LABELS]
    : undefined;
  const entry = labels && Object.hasOwn(labels, code) ? labels[code] : undefined;
  return entry ? entry[lang] : code;
}

export function stateLabel(state: CharterState, lang: Lang): string {
  return LABELS.state[state][lang];
}

type SchemaNode = { properties?: Record<string, SchemaNode>; 'x-label'?: Msg };
interface Schema extends SchemaNode {
  $defs: Record<string, SchemaNode>;
}

let schema: Schema | undefined;

/**
 * The `x-label` of a field: `['entities']` for a top-level field, `['$entity', 'name']` for a
 * field of a definition, `['evaluation', 'north_south']` for a nested one.
 */
export function schemaLabel(path: readonly string[], lang: Lang): string {
  const label = fieldLabel(path, lang);
  if (label === undefined) throw new Error(`no x-label at ${path.join('/')} in the schema`);
  return label;
}

/** The `x-label` of a field, or undefined when the schema has none there. */
export function fieldLabel(path: readonly string[], lang: Lang): string | undefined {
  schema ??= JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;
  const [first, ...rest] = path;
  let node: SchemaNode | undefined =
    first?.startsWith('$') === true ? schema.$defs[first.slice(1)] : schema.properties?.[first ?? ''];
  for (const key of rest) node = node?.properties?.[key];
  // Typographic apostrophe in print.
  return node?.['x-label']?.[lang]?.replace(/'/g, '’');
}
