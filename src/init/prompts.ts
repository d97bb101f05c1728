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
  const a: Ask = { p: prompter, lang };
  const names: Record<string, string> = {
    fr: messages(a.lang).prompts.french,
    en: messages(a.lang).prompts.english,
  };
  return askSelect(
    a,
    messages(a.lang).prompts.languageOfTheCharter,
    languages.map((l) => ({ value: l, label: names[l] ?? l, hint: l })),
    languages.includes(lang) ? lang : languages[0],
  );
}

/** Asks for every answer still missing and returns the completed answers (a new object). */
export async function askMissing(given: Answers, q: QuestionContext): Promise<Answers> {
  const lang = q.lang;
  const a: Ask = { p: q.prompter, lang };
  const answers: Answers = { ...given };
  const charterLang: Lang = q.language.startsWith('en') ? 'en' : 'fr';

  if (answers.entities === undefined) answers.entities = await askEntities(a, charterLang);
  if (answers.title === undefined) {
    answers.title = await askText(a, messages(a.lang).prompts.titleOfTheCharter, {
      defaultValue: suggestTitle(answers, charterLang, q.kind),
    });
  }
  if (answers.id === undefined) {
    answers.id = await askText(a, messages(a.lang).prompts.identifierFileName, {
      defaultValue: suggestId(String(answers.title)),
      check: (v) => (isSlug(v) ? q.checkId(v) : messages(a.lang).prompts.lowerCaseDigitsAnd),
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
      messages(a.lang).prompts.howTheCharterIntegrates,
      messages(a.lang).prompts.sustainableDevelopment,
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
    const links = await askText(a, messages(a.lang).prompts.linkedAgendaActionsComma, {
      defaultValue: '19, 95',
      check: (v) =>
        splitList(v).every((x) => /^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(x))
          ? undefined
          : messages(a.lang).prompts.referencesSuchAsOr,
    });
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
  const roleName =
    role === 'north'
      ? messages(a.lang).prompts.ofTheNorth
      : role === 'south'
        ? messages(a.lang).prompts.ofTheSouth
        : messages(a.lang).prompts.associate;
  const name = await askText(a, messages(a.lang).prompts.entityName(roleName), {
    placeholder:
      role === 'north'
        ? messages(a.lang).prompts.townOfSaintAubin
        : role === 'south'
          ? messages(a.lang).prompts.akwadumDistrictAssembly
          : messages(a.lang).prompts.twinningCommittee,
  });
  const types = role === 'associate' ? ASSOCIATE_TYPES : ENTITY_TYPES;
  const type = await askSelect(a, messages(a.lang).prompts.type, choices('type', types, lang), types[0]);
  const country = (
    await askText(a, messages(a.lang).prompts.countryTwoLetterIso, {
      ...(role === 'south' ? { placeholder: 'BF, SN, MG, HT...' } : { defaultValue: 'FR' }),
      check: (v) => (/^[A-Za-z]{2}$/.test(v) ? undefined : messages(a.lang).prompts.twoLettersEG),
    })
  ).toUpperCase();
  const decisionBody =
    role === 'associate'
      ? ''
      : await askText(a, messages(a.lang).prompts.decisionMakingBody, {
          defaultValue: messages(lang).init.defaultDecisionBody,
        });
  let suggestion = entityCode(name);
  for (let i = 2; taken.includes(suggestion); i++) suggestion = `${entityCode(name)}-${i}`;
  const id = await askText(a, messages(a.lang).prompts.codeOfTheEntity, {
    defaultValue: suggestion,
    check: (v) =>
      !isSlug(v)
        ? messages(a.lang).prompts.lowerCaseDigitsAnd2
        : taken.includes(v)
          ? messages(a.lang).prompts.codeAlreadyTaken
          : undefined,
  });
  return { id, name, role, type, country, ...(decisionBody !== '' ? { decision_body: decisionBody } : {}) };
}

async function askEntities(a: Ask, charterLang: Lang): Promise<Answers[]> {
  const entities: Answers[] = [];
  const taken = () => entities.map((e) => String(e.id));
  for (const role of ['north', 'south'] as const) {
    do entities.push(await askEntity(a, role, taken(), charterLang));
    while (
      await askConfirm(
        a,
        role === 'north'
          ? messages(a.lang).prompts.addAnotherEntityOf
          : messages(a.lang).prompts.addAnotherEntityOf2,
        false,
      )
    );
  }
  while (await askConfirm(a, messages(a.lang).prompts.addAnAssociatePartner, false)) {
    entities.push(await askEntity(a, 'associate', taken(), charterLang));
  }
  return entities;
}

async function askReferents(a: Ask, entity: { id: string; name: string }): Promise<Answers[]> {
  const { lang } = a;
  const referents: Answers[] = [];
  do {
    const name = await askText(a, messages(a.lang).prompts.referentName(entity.name));
    const fn = await askText(a, messages(a.lang).prompts.function, {
      placeholder: messages(a.lang).prompts.deputyMayorForInternational,
    });
    const kind = await askSelect(
      a,
      messages(a.lang).prompts.kind,
      [
        ...choices('referent_kind', ['elected', 'staff', 'volunteer'], lang),
        { value: '', label: messages(a.lang).prompts.notGiven },
      ],
      'elected',
    );
    const email = await askText(a, messages(a.lang).prompts.emailOptional, {
      optional: true,
      check: (v) =>
        /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(v) ? undefined : messages(a.lang).prompts.invalidAddress,
    });
    referents.push({
      name,
      entity: entity.id,
      function: fn,
      ...(kind !== '' ? { kind } : {}),
      ...(email !== '' ? { email } : {}),
    });
  } while (await askConfirm(a, messages(a.lang).prompts.anotherReferent(entity.name), false));
  return referents;
}

async function askCommitments(a: Ask, answers: Answers): Promise<Answers[]> {
  const { lang } = a;
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
    const title = await askText(a, messages(a.lang).prompts.commitmentTitle(commitments.length + 1), {
      placeholder: messages(a.lang).prompts.restoreThreeBoreholesAnd,
    });
    const by = await ask(
      a.p,
      a.p.multiselect<string>({
        message: messages(a.lang).prompts.carriedBy,
        options: entities.map((e) => ({ value: e.id, label: e.name })),
        initialValues: entities.filter((e) => e.role !== 'associate').map((e) => e.id),
        required: true,
      }),
    );
    const pillars = await ask(
      a.p,
      a.p.multiselect<string>({
        message: messages(a.lang).prompts.pillarsOfSustainableDevelopment,
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
            messages(a.lang).prompts.referentOfTheCommitment,
            [
              ...referentNames.map((n) => ({ value: n, label: n })),
              { value: '', label: messages(a.lang).prompts.none },
            ],
            referentNames[0],
          );
    const due = await askText(a, messages(a.lang).prompts.dueDateYyyyMm, {
      optional: true,
      check: (v) => (isValidDate(v) ? undefined : messages(a.lang).prompts.aDateYyyyMm),
    });
    commitments.push({
      id: `C${commitments.length + 1}`,
      title,
      by,
      ...(referent !== '' ? { referent } : {}),
      pillars,
      ...(due !== '' ? { due } : {}),
    });
  } while (await askConfirm(a, messages(a.lang).prompts.addAnotherCommitment, false));
  return commitments;
}

async function askResources(
  a: Ask,
  answers: Answers,
  entities: { id: string; name: string; role: string; country?: string }[],
): Promise<Answers[]> {
  const { lang } = a;
  const all = entities.length > 0 ? entities : entitiesOf(answers);
  const resources: Answers[] = [];
  do {
    const withoutResource = all.find(
      (e) => e.role !== 'associate' && !resources.some((r) => r.entity === e.id),
    );
    const entityId = await askSelect(
      a,
      messages(a.lang).prompts.resourceBroughtBy,
      all.map((e) => ({ value: e.id, label: e.name })),
      (withoutResource ?? all[0])?.id,
    );
    const entity = all.find((e) => e.id === entityId);
    const type = await askSelect(
      a,
      messages(a.lang).prompts.type2,
      choices('resource_type', ['financial', 'human', 'material'], lang),
      'financial',
    );
    const description = await askText(a, messages(a.lang).prompts.description, {
      placeholder: messages(a.lang).prompts.yearlyGrantToThe,
    });
    const resource: Answers = { entity: entityId, type, description };
    if (type === 'financial') {
      const amount = await askText(a, messages(a.lang).prompts.amount, {
        check: (v) =>
          /^\d+([.,]\d+)?$/.test(v.replace(/[\s\u00a0\u202f]/g, ''))
            ? undefined
            : messages(a.lang).prompts.aNumberEG,
      });
      resource.amount = Number(amount.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
      resource.currency = (
        await askText(a, messages(a.lang).prompts.currencyIsoCode, {
          defaultValue: CURRENCY_BY_COUNTRY[entity?.country ?? ''] ?? 'EUR',
          check: (v) => (/^[A-Za-z]{3}$/.test(v) ? undefined : messages(a.lang).prompts.threeLettersEG),
        })
      ).toUpperCase();
      resource.period = await askSelect(
        a,
        messages(a.lang).prompts.period,
        choices('period', ['yearly', 'one_off', 'total'], lang),
        'yearly',
      );
    }
    resources.push(resource);
  } while (
    await askConfirm(
      a,
      messages(a.lang).prompts.addAnotherResource,
      all.some((e) => e.role !== 'associate' && !resources.some((r) => r.entity === e.id)),
    )
  );
  return resources;
}
