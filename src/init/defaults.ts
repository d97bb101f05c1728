/**
 * The answers model of `charte init`: any subset of the front matter's keys, completed by
 * defaults. Some defaults are real values (model version 1, `version: 1`, the Agenda 21 links
 * "19" and "95", a five-year explicit renewal); others are placeholders, marked « à préciser »
 * / "to be specified", that let `--yes` write a charter that validates today and that the
 * committee then edits. Without `--yes`, a missing placeholder answer is an error (or a question
 * on a terminal).
 *
 * Answers come from files and prompts: every reader here treats them as unknown data and never
 * throws on a wrong shape (the schema check that follows reports it, at its place in the file).
 */
import type { Lang } from '../i18n/index.js';
import { type Charter, FRONT_MATTER_KEYS, MODEL_VERSION, PILLARS } from '../model/charter.js';
import { label } from '../render/labels.js';
import { slugify } from './slug.js';

export type Answers = Record<string, unknown>;

/** Keys the user must give (or accept placeholders for with `--yes`). */
export const REQUIRED_ANSWERS = [
  'entities',
  'referents',
  'commitments',
  'resources',
  'sustainability',
] as const;
export const SUSTAINABILITY_KEYS = ['environment', 'economy', 'social'] as const;

interface EntityLike {
  id: string;
  name: string;
  role: string;
  country?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The entities of the answers that have the shape needed to derive defaults from them. */
export function entitiesOf(answers: Answers): EntityLike[] {
  if (!Array.isArray(answers.entities)) return [];
  return answers.entities.flatMap((e) =>
    isRecord(e) && typeof e.id === 'string' && typeof e.role === 'string'
      ? [
          {
            id: e.id,
            name: typeof e.name === 'string' ? e.name : e.id,
            role: e.role,
            ...(typeof e.country === 'string' ? { country: e.country } : {}),
          },
        ]
      : [],
  );
}

function referentsOf(answers: Answers): { name: string; entity: string }[] {
  if (!Array.isArray(answers.referents)) return [];
  return answers.referents.flatMap((r) =>
    isRecord(r) && typeof r.name === 'string' && typeof r.entity === 'string'
      ? [{ name: r.name, entity: r.entity }]
      : [],
  );
}

/** The entities (north, south) that the answers give without any referent. */
export function entitiesWithoutReferent(answers: Answers): EntityLike[] {
  const referents = referentsOf(answers);
  return entitiesOf(answers).filter(
    (e) => (e.role === 'north' || e.role === 'south') && !referents.some((r) => r.entity === e.id),
  );
}

/** What a non-interactive run without `--yes` still needs, as `key` or `key.sub` names. */
export function missingAnswers(answers: Answers): string[] {
  const missing: string[] = [];
  for (const key of REQUIRED_ANSWERS) {
    if (answers[key] === undefined) {
      missing.push(key);
      continue;
    }
    if (key === 'sustainability' && isRecord(answers.sustainability)) {
      for (const sub of SUSTAINABILITY_KEYS) {
        if (answers.sustainability[sub] === undefined) missing.push(`sustainability.${sub}`);
      }
    }
    if (key === 'referents' && Array.isArray(answers.referents)) {
      for (const e of entitiesWithoutReferent(answers)) missing.push(`referents (entity: ${e.id})`);
    }
  }
  return missing;
}

interface Texts {
  north: { id: string; name: string; decision_body: string };
  south: { id: string; name: string; country: string; decision_body: string };
  referent: (entityId: string) => string;
  referentFunction: { north: string; south: string };
  commitment: string;
  resource: { north: string; south: string };
  sustainability: Record<(typeof SUSTAINABILITY_KEYS)[number], string>;
  agenda21: { action: string; indicator: string };
  title: (kind: string, north: string[], south: string[]) => string;
  defaultTitle: (kind: string) => string;
}

const TEXTS: Readonly<Record<Lang, Texts>> = {
  fr: {
    north: { id: 'nord', name: 'Commune du Nord (à préciser)', decision_body: 'Conseil municipal' },
    south: {
      id: 'sud',
      name: 'Commune partenaire du Sud (à préciser)',
      country: 'BF',
      decision_body: 'Conseil municipal',
    },
    referent: (id) => `Référent à désigner (${id})`,
    referentFunction: {
      north: 'Délégation à la solidarité internationale (à préciser)',
      south: 'Délégation au jumelage (à préciser)',
    },
    commitment:
      'Définir ensemble et conduire un premier projet de coopération (à préciser en Comité de suivi 21)',
    resource: {
      north:
        'Temps de travail du service chargé de la solidarité internationale et des élus référents (à préciser)',
      south: 'Mise à disposition d’un local pour les rencontres et les actions du jumelage (à préciser)',
    },
    sustainability: {
      environment:
        'Chaque projet mesure ses effets sur les ressources naturelles (eau, sols, énergie, biodiversité) et privilégie des solutions sobres et locales ; les déplacements entre les territoires sont limités à ce qui est utile au projet.',
      economy:
        'Les projets s’appuient sur les compétences, les entreprises et les filières locales et recherchent leur autonomie financière à terme ; les moyens engagés sont connus de tous et suivis chaque année.',
      social:
        'Les projets associent les habitants des deux territoires, en particulier les femmes et les jeunes, à leur définition et à leur suivi ; l’accès de tous aux services essentiels et les échanges entre citoyens guident les choix.',
    },
    agenda21: {
      action: 'Établir une charte de solidarité mutuelle entre les deux entités jumelles de coopération',
      indicator:
        'signature de la charte de solidarité entre entités jumelées et renouvellement quinquennal de cette signature',
    },
    title: (kind, north, south) =>
      `${capitalize(label('kind', kind, 'fr'))} entre ${north.join(', ')} et ${south.join(', ')}`,
    defaultTitle: (kind) => `${capitalize(label('kind', kind, 'fr'))} mutuelle entre entités jumelées`,
  },
  en: {
    north: {
      id: 'north',
      name: 'Municipality of the North (to be specified)',
      decision_body: 'Municipal council',
    },
    south: {
      id: 'south',
      name: 'Partner municipality of the South (to be specified)',
      country: 'GH',
      decision_body: 'Municipal council',
    },
    referent: (id) => `Referent to be appointed (${id})`,
    referentFunction: {
      north: 'Elected member in charge of international solidarity (to be specified)',
      south: 'Elected member in charge of the twinning (to be specified)',
    },
    commitment:
      'Design and carry out a first cooperation project together (to be specified by the follow-up committee)',
    resource: {
      north: 'Working time of the international solidarity department and of the referents (to be specified)',
      south: 'Premises made available for the meetings and actions of the twinning (to be specified)',
    },
    sustainability: {
      environment:
        'Each project assesses its effects on natural resources (water, soil, energy, biodiversity) and favours frugal, local solutions; travel between the territories is limited to what the project needs.',
      economy:
        'Projects build on local skills, businesses and supply chains and aim at financial self-reliance in time; the resources committed are known to all and monitored every year.',
      social:
        'Projects involve the residents of both territories, women and young people in particular, in their design and monitoring; access for all to essential services and exchanges between citizens guide the choices.',
    },
    agenda21: {
      action: 'Establish a mutual solidarity charter between the two twinned cooperation entities',
      indicator: 'signature of the solidarity charter between twinned entities, renewed every five years',
    },
    title: (kind, north, south) =>
      `${capitalize(label('kind', kind, 'en'))} between ${north.join(', ')} and ${south.join(', ')}`,
    defaultTitle: (kind) => `Mutual ${label('kind', kind, 'en')} between twinned entities`,
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function sustainabilityDefaults(lang: Lang): Record<(typeof SUSTAINABILITY_KEYS)[number], string> {
  return { ...TEXTS[lang].sustainability };
}

/** The title suggested for these answers: from the entities' names when they are given. */
export function suggestTitle(answers: Answers, lang: Lang, kind: string): string {
  const entities = entitiesOf(answers);
  const north = entities.filter((e) => e.role === 'north').map((e) => e.name);
  const south = entities.filter((e) => e.role === 'south').map((e) => e.name);
  return north.length > 0 && south.length > 0
    ? TEXTS[lang].title(kind, north, south)
    : TEXTS[lang].defaultTitle(kind);
}

/** The id suggested from a title: its slug (accents stripped). */
export function suggestId(title: string): string {
  return slugify(title) || 'charte';
}

export interface CompleteOptions {
  /** Language of the charter's text (placeholders are written in it when it is `en`, else in French). */
  language: string;
  /** The template's kind of act. */
  kind: string;
}

/**
 * The charter: the answers, each missing key filled with its default. Defaults follow what is
 * given: placeholder referents, the first commitment and the resources point to the entities
 * the answers name.
 */
export function completeAnswers(answers: Answers, options: CompleteOptions): Charter {
  const lang: Lang = options.language.startsWith('en') ? 'en' : 'fr';
  const t = TEXTS[lang];
  const out: Answers = { ...answers };
  const kind = typeof answers.kind === 'string' ? answers.kind : options.kind;
  // Suggested from the entities as given: placeholder names make no title.
  if (out.title === undefined) {
    out.title = suggestTitle(answers, lang, kind);
    if (out.id === undefined && entitiesOf(answers).length === 0) out.id = slugify(label('kind', kind, lang));
  }
  out.charte ??= MODEL_VERSION;
  out.kind ??= options.kind;
  out.binding ??= false;
  out.language ??= options.language;
  out.version ??= 1;

  if (out.entities === undefined) {
    out.entities = [
      { ...t.north, role: 'north', type: 'commune', country: 'FR' },
      {
        id: t.south.id,
        name: t.south.name,
        role: 'south',
        type: 'commune',
        country: t.south.country,
        decision_body: t.south.decision_body,
      },
    ];
  }
  const entities = entitiesOf(out);
  const north = entities.find((e) => e.role === 'north');
  const south = entities.find((e) => e.role === 'south');

  const placeholderReferent = (e: EntityLike) => ({
    name: t.referent(e.id),
    entity: e.id,
    function: e.role === 'south' ? t.referentFunction.south : t.referentFunction.north,
    kind: 'elected',
  });
  if (out.referents === undefined) {
    out.referents = entities.filter((e) => e.role === 'north' || e.role === 'south').map(placeholderReferent);
  } else if (Array.isArray(out.referents)) {
    out.referents = [...out.referents, ...entitiesWithoutReferent(out).map(placeholderReferent)];
  }

  if (out.commitments === undefined) {
    const carriers = [north, south].flatMap((e) => (e ? [e.id] : []));
    const referent = referentsOf(out).find((r) => r.entity === north?.id) ?? referentsOf(out)[0];
    out.commitments = [
      {
        id: 'C1',
        title: t.commitment,
        by: carriers,
        ...(referent ? { referent: referent.name } : {}),
        pillars: [...PILLARS],
      },
    ];
  }

  if (out.resources === undefined) {
    out.resources = [
      ...(north ? [{ entity: north.id, type: 'human', description: t.resource.north }] : []),
      ...(south ? [{ entity: south.id, type: 'material', description: t.resource.south }] : []),
    ];
  }

  if (out.sustainability === undefined) out.sustainability = { ...t.sustainability };
  else if (isRecord(out.sustainability)) out.sustainability = { ...t.sustainability, ...out.sustainability };

  const agenda21 = {
    objective: 'O1',
    action: t.agenda21.action,
    indicator: t.agenda21.indicator,
    links: ['19', '95'],
  };
  if (out.agenda21 === undefined) out.agenda21 = agenda21;
  else if (isRecord(out.agenda21)) out.agenda21 = { ...agenda21, ...out.agenda21 };

  const renewal = { period_years: 5, notice_months: 6, tacit: false };
  if (out.renewal === undefined) out.renewal = renewal;
  else if (isRecord(out.renewal)) out.renewal = { ...renewal, ...out.renewal };

  out.id ??= suggestId(String(out.title));
  return ordered(out) as unknown as Charter;
}

function ordered(answers: Answers): Answers {
  const out: Answers = {};
  for (const key of FRONT_MATTER_KEYS) if (answers[key] !== undefined) out[key] = answers[key];
  for (const [key, value] of Object.entries(answers))
    if (!Object.hasOwn(out, key) && value !== undefined) out[key] = value;
  return out;
}
