/**
 * The questions of `charte init` on a terminal. They go through a `Prompter` (the CLI passes
 * @clack/prompts; tests pass a scripted one), ask only what the answers file and the flags did
 * not give, and offer a default wherever one makes sense. Cancelling (Ctrl-C, Escape) throws
 * `PromptCancelled` before anything is written.
 */
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { PILLARS } from '../model/charter.js';
import { isValidDate } from '../model/dates.js';
import { LABELS, label } from '../render/labels.js';
import {
  type Answers,
  entitiesOf,
  entitiesWithoutReferent,
  SUSTAINABILITY_KEYS,
  suggestId,
  suggestTitle,
  sustainabilityDefaults,
} from './defaults.js';
import { entityCode, isSlug } from './slug.js';

export interface Choice<T> {
  value: T;
  label: string;
  hint?: string;
}

/** The prompt functions `charte init` uses; each resolves to the answer or to a cancel symbol. */
export interface Prompter {
  intro(title: string): void;
  outro(message: string): void;
  note(message: string, title?: string): void;
  text(options: {
    message: string;
    placeholder?: string;
    initialValue?: string;
    defaultValue?: string;
    validate?: (value: string | undefined) => string | undefined;
  }): Promise<string | symbol>;
  select<T extends string>(options: {
    message: string;
    options: Choice<T>[];
    initialValue?: T;
  }): Promise<T | symbol>;
  multiselect<T extends string>(options: {
    message: string;
    options: Choice<T>[];
    initialValues?: T[];
    required?: boolean;
  }): Promise<T[] | symbol>;
  confirm(options: { message: string; initialValue?: boolean }): Promise<boolean | symbol>;
  isCancel(value: unknown): value is symbol;
  cancel(message: string): void;
}

export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PromptCancelled';
  }
}

const ENTITY_TYPES = Object.keys(LABELS.type!);
const ASSOCIATE_TYPES = ['twinning_committee', 'association', 'ngo', 'other'];
const CURRENCY_BY_COUNTRY: Readonly<Record<string, string>> = {
  FR: 'EUR',
  BE: 'EUR',
  DE: 'EUR',
  IT: 'EUR',
  ES: 'EUR',
  BF: 'XOF',
  BJ: 'XOF',
  CI: 'XOF',
  GW: 'XOF',
  ML: 'XOF',
  NE: 'XOF',
  SN: 'XOF',
  TG: 'XOF',
  CM: 'XAF',
  CF: 'XAF',
  CG: 'XAF',
  GA: 'XAF',
  GQ: 'XAF',
  TD: 'XAF',
  MG: 'MGA',
  HT: 'HTG',
  GH: 'GHS',
  MA: 'MAD',
  TN: 'TND',
};

interface Ask {
  p: Prompter;
  lang: Lang;
  t: (fr: string, en: string) => string;
}

async function ask<T>(p: Prompter, answer: Promise<T | symbol>): Promise<T> {
  const value = await answer;
  if (p.isCancel(value)) throw new PromptCancelled();
  return value as T;
}

const required = (lang: Lang) => (value: string | undefined) =>
  value === undefined || value.trim() === '' ? messages(lang).init.answerRequired : undefined;

async function askText(
  a: Ask,
  message: string,
  options: {
    defaultValue?: string;
    /** Offer the default as editable text rather than as a placeholder. */
    editable?: boolean;
    placeholder?: string;
    optional?: boolean;
    check?: (v: string) => string | undefined;
  } = {},
): Promise<string> {
  const value = await ask(
    a.p,
    a.p.text({
      message,
      ...(options.placeholder !== undefined ? { placeholder: options.placeholder } : {}),
      ...(options.defaultValue !== undefined
        ? { defaultValue: options.defaultValue, placeholder: options.placeholder ?? options.defaultValue }
        : {}),
      ...(options.editable && options.defaultValue !== undefined
        ? { initialValue: options.defaultValue }
        : {}),
      validate: (v) => {
        const text = (v ?? '').trim();
        if (text === '') {
          return options.defaultValue !== undefined || options.optional ? undefined : required(a.lang)(v);
        }
        return options.check?.(text);
      },
    }),
  );
  const text = (value ?? '').trim();
  return text === '' ? (options.defaultValue ?? '') : text;
}

async function askSelect<T extends string>(
  a: Ask,
  message: string,
  options: Choice<T>[],
  initialValue?: T,
): Promise<T> {
  return ask(
    a.p,
    a.p.select<T>({ message, options, ...(initialValue !== undefined ? { initialValue } : {}) }),
  );
}

async function askConfirm(a: Ask, message: string, initialValue: boolean): Promise<boolean> {
  return ask(a.p, a.p.confirm({ message, initialValue }));
}

function choices(group: string, codes: readonly string[], lang: Lang): Choice<string>[] {
  return codes.map((code) => ({ value: code, label: label(group, code, lang), hint: code }));
}

export interface QuestionContext {
  prompter: Prompter;
  /** The interface language (of the questions). */
  lang: Lang;
  /** The language of the charter (of the placeholder texts offered as defaults). */
  language: string;
  kind: string;
  /** Tells whether a charter with this id may be written (else the reason it may not). */
  checkId: (id: string) => string | undefined;
}

/** The charter's language, asked when neither a flag nor the answers give it. */
export async function askLanguage(
  prompter: Prompter,
  lang: Lang,
  languages: readonly string[],
): Promise<string> {
  const a: Ask = { p: prompter, lang, t: (fr, en) => (lang === 'fr' ? fr : en) };
  const names: Record<string, string> = { fr: a.t('français', 'French'), en: a.t('anglais', 'English') };
  return askSelect(
    a,
    a.t('Langue de la charte', 'Language of the charter'),
    languages.map((l) => ({ value: l, label: names[l] ?? l, hint: l })),
    languages.includes(lang) ? lang : languages[0],
  );
}

/** Asks for every answer still missing and returns the completed answers (a new object). */
export async function askMissing(given: Answers, q: QuestionContext): Promise<Answers> {
  const lang = q.lang;
  const a: Ask = { p: q.prompter, lang, t: (fr, en) => (lang === 'fr' ? fr : en) };
  const { t } = a;
  const answers: Answers = { ...given };
  const charterLang: Lang = q.language.startsWith('en') ? 'en' : 'fr';

  if (answers.entities === undefined) answers.entities = await askEntities(a, charterLang);
  if (answers.title === undefined) {
    answers.title = await askText(a, t('Titre de la charte', 'Title of the charter'), {
      defaultValue: suggestTitle(answers, charterLang, q.kind),
    });
  }
  if (answers.id === undefined) {
    answers.id = await askText(a, t('Identifiant (nom du fichier)', 'Identifier (file name)'), {
      defaultValue: suggestId(String(answers.title)),
      check: (v) =>
        isSlug(v)
          ? q.checkId(v)
          : t(
              'minuscules, chiffres et tirets, par exemple charte-kassande',
              'lower case, digits and hyphens, e.g. kassande-charter',
            ),
    });
  }
  const entities = entitiesOf(answers);
  if (answers.referents === undefined || entitiesWithoutReferent(answers).length > 0) {
    const referents = Array.isArray(answers.referents) ? [...answers.referents] : [];
    for (const entity of entitiesWithoutReferent(answers)) referents.push(...(await askReferents(a, entity)));
    answers.referents = referents;
  }
  if (answers.commitments === undefined) answers.commitments = await askCommitments(a, answers);
  if (answers.resources === undefined) answers.resources = await askResources(a, answers, entities);
  const sustainability: Record<string, unknown> =
    answers.sustainability !== null && typeof answers.sustainability === 'object'
      ? { ...(answers.sustainability as Record<string, unknown>) }
      : {};
  if (
    answers.sustainability === undefined ||
    SUSTAINABILITY_KEYS.some((k) => sustainability[k] === undefined)
  ) {
    const defaults = sustainabilityDefaults(charterLang);
    q.prompter.note(
      t(
        'Comment la charte intègre les trois piliers du développement durable. Entrée garde le texte proposé.',
        'How the charter integrates the three pillars of sustainable development. Enter keeps the text offered.',
      ),
      t('Enjeux de développement durable', 'Sustainable development'),
    );
    for (const key of SUSTAINABILITY_KEYS) {
      if (sustainability[key] !== undefined) continue;
      sustainability[key] = await askText(a, label('criterion', key, lang), {
        defaultValue: defaults[key],
        editable: true,
      });
    }
    answers.sustainability = sustainability;
  }
  if (answers.agenda21 === undefined) {
    const links = await askText(
      a,
      t(
        'Actions de l’Agenda 21 liées (séparées par des virgules)',
        'Linked Agenda 21 actions (comma-separated)',
      ),
      {
        defaultValue: '19, 95',
        check: (v) =>
          splitList(v).every((x) => /^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(x))
            ? undefined
            : t('des références comme 19, 95 ou 3.2', 'references such as 19, 95 or 3.2'),
      },
    );
    // The rest of the Agenda 21 block comes from the defaults.
    answers.agenda21 = { links: splitList(links) };
  }
  return answers;
}

function splitList(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

async function askEntity(a: Ask, role: 'north' | 'south' | 'associate', taken: string[], lang: Lang) {
  const { t } = a;
  const roleName =
    role === 'north'
      ? t('du Nord', 'of the North')
      : role === 'south'
        ? t('du Sud', 'of the South')
        : t('associée', 'associate');
  const name = await askText(a, t(`Nom de l’entité ${roleName}`, `Name of the entity ${roleName}`), {
    placeholder:
      role === 'north'
        ? t('Commune de Villeneuve-sur-Brenne', 'Town of Saint-Aubin-les-Prés')
        : role === 'south'
          ? t('Commune rurale de Kassandé', 'Akwadum District Assembly')
          : t('Comité de jumelage', 'Twinning committee'),
  });
  const types = role === 'associate' ? ASSOCIATE_TYPES : ENTITY_TYPES;
  const type = await askSelect(a, t('Type', 'Type'), choices('type', types, lang), types[0]);
  const country = (
    await askText(a, t('Pays (code ISO à deux lettres)', 'Country (two-letter ISO code)'), {
      ...(role === 'south' ? { placeholder: 'BF, SN, MG, HT...' } : { defaultValue: 'FR' }),
      check: (v) =>
        /^[A-Za-z]{2}$/.test(v) ? undefined : t('deux lettres, par exemple BF', 'two letters, e.g. BF'),
    })
  ).toUpperCase();
  const decisionBody =
    role === 'associate'
      ? ''
      : await askText(a, t('Instance de décision', 'Decision-making body'), {
          defaultValue: messages(lang).init.defaultDecisionBody,
        });
  let suggestion = entityCode(name);
  for (let i = 2; taken.includes(suggestion); i++) suggestion = `${entityCode(name)}-${i}`;
  const id = await askText(
    a,
    t('Code de l’entité (repris dans les autres champs)', 'Code of the entity (used by the other fields)'),
    {
      defaultValue: suggestion,
      check: (v) =>
        !isSlug(v)
          ? t('minuscules, chiffres et tirets', 'lower case, digits and hyphens')
          : taken.includes(v)
            ? t('code déjà pris', 'code already taken')
            : undefined,
    },
  );
  return { id, name, role, type, country, ...(decisionBody !== '' ? { decision_body: decisionBody } : {}) };
}

async function askEntities(a: Ask, charterLang: Lang): Promise<Answers[]> {
  const { t } = a;
  const entities: Answers[] = [];
  const taken = () => entities.map((e) => String(e.id));
  for (const role of ['north', 'south'] as const) {
    do entities.push(await askEntity(a, role, taken(), charterLang));
    while (
      await askConfirm(
        a,
        role === 'north'
          ? t('Ajouter une autre entité du Nord ?', 'Add another entity of the North?')
          : t('Ajouter une autre entité du Sud ?', 'Add another entity of the South?'),
        false,
      )
    );
  }
  while (
    await askConfirm(
      a,
      t(
        'Ajouter un partenaire associé (comité de jumelage, association, ONG) ?',
        'Add an associate partner (twinning committee, association, NGO)?',
      ),
      false,
    )
  ) {
    entities.push(await askEntity(a, 'associate', taken(), charterLang));
  }
  return entities;
}

async function askReferents(a: Ask, entity: { id: string; name: string }): Promise<Answers[]> {
  const { t, lang } = a;
  const referents: Answers[] = [];
  do {
    const name = await askText(
      a,
      t(`Référent pour ${entity.name} : nom`, `Referent for ${entity.name}: name`),
    );
    const fn = await askText(a, t('Fonction', 'Function'), {
      placeholder: t('Adjointe à la solidarité internationale', 'Deputy mayor for international solidarity'),
    });
    const kind = await askSelect(
      a,
      t('Qualité', 'Kind'),
      [
        ...choices('referent_kind', ['elected', 'staff', 'volunteer'], lang),
        { value: '', label: t('non précisée', 'not given') },
      ],
      'elected',
    );
    const email = await askText(a, t('Courriel (facultatif)', 'Email (optional)'), {
      optional: true,
      check: (v) =>
        /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(v) ? undefined : t('adresse invalide', 'invalid address'),
    });
    referents.push({
      name,
      entity: entity.id,
      function: fn,
      ...(kind !== '' ? { kind } : {}),
      ...(email !== '' ? { email } : {}),
    });
  } while (
    await askConfirm(
      a,
      t(`Un autre référent pour ${entity.name} ?`, `Another referent for ${entity.name}?`),
      false,
    )
  );
  return referents;
}

async function askCommitments(a: Ask, answers: Answers): Promise<Answers[]> {
  const { t, lang } = a;
  const entities = entitiesOf(answers);
  const referentNames = Array.isArray(answers.referents)
    ? answers.referents.flatMap((r) =>
        r !== null && typeof r === 'object' && typeof (r as Answers).name === 'string'
          ? [String((r as Answers).name)]
          : [],
      )
    : [];
  const commitments: Answers[] = [];
  do {
    const title = await askText(
      a,
      t(`Engagement C${commitments.length + 1} : intitulé`, `Commitment C${commitments.length + 1}: title`),
      {
        placeholder: t(
          'Réhabiliter trois forages et former les comités de gestion de l’eau',
          'Restore three boreholes and train the water committees',
        ),
      },
    );
    const by = await ask(
      a.p,
      a.p.multiselect<string>({
        message: t('Porté par', 'Carried by'),
        options: entities.map((e) => ({ value: e.id, label: e.name })),
        initialValues: entities.filter((e) => e.role !== 'associate').map((e) => e.id),
        required: true,
      }),
    );
    const pillars = await ask(
      a.p,
      a.p.multiselect<string>({
        message: t('Piliers du développement durable', 'Pillars of sustainable development'),
        options: choices('pillar', PILLARS, lang),
        initialValues: [...PILLARS],
        required: true,
      }),
    );
    const referent =
      referentNames.length === 0
        ? ''
        : await askSelect(
            a,
            t('Référent de l’engagement', 'Referent of the commitment'),
            [...referentNames.map((n) => ({ value: n, label: n })), { value: '', label: t('aucun', 'none') }],
            referentNames[0],
          );
    const due = await askText(a, t('Échéance (AAAA-MM-JJ, facultative)', 'Due date (YYYY-MM-DD, optional)'), {
      optional: true,
      check: (v) => (isValidDate(v) ? undefined : t('une date AAAA-MM-JJ', 'a date YYYY-MM-DD')),
    });
    commitments.push({
      id: `C${commitments.length + 1}`,
      title,
      by,
      ...(referent !== '' ? { referent } : {}),
      pillars,
      ...(due !== '' ? { due } : {}),
    });
  } while (await askConfirm(a, t('Ajouter un autre engagement ?', 'Add another commitment?'), false));
  return commitments;
}

async function askResources(
  a: Ask,
  answers: Answers,
  entities: { id: string; name: string; role: string; country?: string }[],
): Promise<Answers[]> {
  const { t, lang } = a;
  const all = entities.length > 0 ? entities : entitiesOf(answers);
  const resources: Answers[] = [];
  do {
    const withoutResource = all.find(
      (e) => e.role !== 'associate' && !resources.some((r) => r.entity === e.id),
    );
    const entityId = await askSelect(
      a,
      t('Moyen apporté par', 'Resource brought by'),
      all.map((e) => ({ value: e.id, label: e.name })),
      (withoutResource ?? all[0])?.id,
    );
    const entity = all.find((e) => e.id === entityId);
    const type = await askSelect(
      a,
      t('Nature', 'Type'),
      choices('resource_type', ['financial', 'human', 'material'], lang),
      'financial',
    );
    const description = await askText(a, t('Description', 'Description'), {
      placeholder: t(
        'Subvention annuelle au programme de coopération',
        'Yearly grant to the cooperation programme',
      ),
    });
    const resource: Answers = { entity: entityId, type, description };
    if (type === 'financial') {
      const amount = await askText(a, t('Montant', 'Amount'), {
        check: (v) =>
          /^\d+([.,]\d+)?$/.test(v.replace(/[\s\u00a0\u202f]/g, ''))
            ? undefined
            : t('un nombre, par exemple 6000', 'a number, e.g. 6000'),
      });
      resource.amount = Number(amount.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
      resource.currency = (
        await askText(a, t('Devise (code ISO 4217)', 'Currency (ISO 4217 code)'), {
          defaultValue: CURRENCY_BY_COUNTRY[entity?.country ?? ''] ?? 'EUR',
          check: (v) =>
            /^[A-Za-z]{3}$/.test(v)
              ? undefined
              : t('trois lettres, par exemple EUR ou XOF', 'three letters, e.g. EUR or XOF'),
        })
      ).toUpperCase();
      resource.period = await askSelect(
        a,
        t('Périodicité', 'Period'),
        choices('period', ['yearly', 'one_off', 'total'], lang),
        'yearly',
      );
    }
    resources.push(resource);
  } while (
    await askConfirm(
      a,
      t('Ajouter un autre moyen ?', 'Add another resource?'),
      all.some((e) => e.role !== 'associate' && !resources.some((r) => r.entity === e.id)),
    )
  );
  return resources;
}
