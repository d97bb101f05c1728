/**
 * ajv errors turned into sentences (as commitlint's config-validator does): what is wrong, at
 * which key, and how to fix it, in French or English. Keywords without a sentence of their own
 * fall back to ajv-i18n's French or ajv's English message.
 */
import type { ErrorObject } from 'ajv';
import type { Lang } from '../i18n/index.js';
import { joinList } from '../i18n/index.js';
import { parsePointer } from '../load/yaml.js';
import type { SchemaNode } from './schema-node.js';
import { didYouMean } from './suggest.js';

export interface DescribedError {
  rule: string;
  message: string;
  pointer: string;
  /** Point at the key rather than its value (unknown keys). */
  atKey?: boolean;
  /** For an unknown key close to a known one: the pointer of the known key it misspells. */
  misspells?: string;
  /** For a missing required key: its pointer. */
  missing?: string;
}

/** `entities[1].country` for `/entities/1/country`: how people read a location in the front matter. */
export function fieldPath(pointer: string, lang: Lang = 'en'): string {
  const parts = parsePointer(pointer);
  if (parts.length === 0) return lang === 'fr' ? 'l’en-tête YAML' : 'the front matter';
  let out = '';
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

function code(value: unknown): string {
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

function typeName(value: unknown, lang: Lang): string {
  const fr = lang === 'fr';
  if (value === null) return fr ? 'une valeur vide' : 'an empty value';
  if (Array.isArray(value)) return fr ? 'une liste' : 'a list';
  switch (typeof value) {
    case 'string':
      return fr ? 'du texte' : 'text';
    case 'number':
      return fr ? 'un nombre' : 'a number';
    case 'boolean':
      return fr ? 'un booléen (true/false)' : 'a boolean (true/false)';
    case 'object':
      return fr ? 'une liste de clés' : 'a mapping';
    default:
      return typeof value;
  }
}

function expectedType(type: string, lang: Lang): string {
  const fr = lang === 'fr';
  switch (type) {
    case 'string':
      return fr ? 'du texte' : 'text';
    case 'integer':
      return fr ? 'un nombre entier' : 'a whole number';
    case 'number':
      return fr ? 'un nombre' : 'a number';
    case 'boolean':
      return fr ? 'true ou false' : 'true or false';
    case 'array':
      return fr ? 'une liste (lignes `- ...`)' : 'a list (`- ...` lines)';
    case 'object':
      return fr ? 'une liste de clés (`clé: valeur`)' : 'a mapping (`key: value` lines)';
    default:
      return type;
  }
}

/** Hints for patterns, by the schema location that holds the pattern. */
const PATTERN_HINTS: ReadonlyArray<[RegExp, { fr: string; en: string }]> = [
  [
    /\$defs\/slug\/pattern$/,
    {
      fr: 'minuscules sans accents, chiffres et tirets, par exemple `ville-nord` ou `commune-sud`',
      en: 'lower-case letters without accents, digits and hyphens, e.g. `town-north` or `commune-south`',
    },
  ],
  [
    /country\/pattern$/,
    {
      fr: 'code pays ISO 3166-1 alpha-2 en majuscules, par exemple `FR`, `BF`, `SN`',
      en: 'an ISO 3166-1 alpha-2 country code in upper case, e.g. `FR`, `BF`, `SN`',
    },
  ],
  [
    /currency\/pattern$/,
    {
      fr: 'code devise ISO 4217 en majuscules, par exemple `EUR`, `XOF`, `MGA`',
      en: 'an ISO 4217 currency code in upper case, e.g. `EUR`, `XOF`, `MGA`',
    },
  ],
  [
    /language\/pattern$/,
    {
      fr: 'étiquette de langue BCP 47, par exemple `fr`, `en`, `pt-BR`',
      en: 'a BCP 47 language tag, e.g. `fr`, `en`, `pt-BR`',
    },
  ],
  [/\$defs\/text\/pattern$/, { fr: 'un texte non vide', en: 'a non-empty text' }],
  [
    /actionRef\/pattern$/,
    {
      fr: 'une référence d\'action entre guillemets, par exemple `"19"`',
      en: 'an action reference in quotes, e.g. `"19"`',
    },
  ],
  [/objective\/pattern$/, { fr: 'un objectif de la forme `O1`', en: 'an objective such as `O1`' }],
  [
    /commitment\/properties\/id\/pattern$/,
    { fr: 'un code comme `C1`, `C2`', en: 'a code such as `C1`, `C2`' },
  ],
];

function knownKeys(schema: SchemaNode | undefined): string[] {
  return schema?.properties ? Object.keys(schema.properties) : [];
}

export function describeSchemaError(error: ErrorObject, lang: Lang, fallback: string): DescribedError {
  const fr = lang === 'fr';
  const at = error.instancePath;
  const where = fieldPath(at, lang);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      return {
        rule: 'required',
        pointer: at,
        missing: `${at}/${key}`,
        message: fr
          ? `clé obligatoire \`${key}\` absente de ${where} : ajoutez-la`
          : `required key \`${key}\` is missing from ${where}: add it`,
      };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const suggestion = didYouMean(key, knownKeys(error.parentSchema as SchemaNode | undefined));
      const pointer = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const hint = suggestion
        ? fr
          ? `vouliez-vous dire \`${suggestion}\` ?`
          : `did you mean \`${suggestion}\`?`
        : fr
          ? `clés connues : ${knownKeys(error.parentSchema as SchemaNode).join(', ')} ; les données libres vont sous \`extensions:\``
          : `known keys: ${knownKeys(error.parentSchema as SchemaNode).join(', ')}; free data goes under \`extensions:\``;
      return {
        rule: 'unknown-key',
        pointer,
        atKey: true,
        ...(suggestion ? { misspells: `${at}/${suggestion}` } : {}),
        message: fr
          ? `clé inconnue \`${key}\` dans ${where} : ${hint}`
          : `unknown key \`${key}\` in ${where}: ${hint}`,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = error.data;
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      const list = allowed.map((v) => `\`${v}\``).join(', ');
      const head = fr
        ? `${code(value)} n'est pas permis pour ${where}`
        : `${code(value)} is not allowed for ${where}`;
      const tail = suggestion
        ? fr
          ? `vouliez-vous dire \`${suggestion}\` ? (valeurs permises : ${list})`
          : `did you mean \`${suggestion}\`? (allowed: ${list})`
        : fr
          ? `valeurs permises : ${list}`
          : `allowed: ${list}`;
      return { rule: 'enum', pointer: at, message: fr ? `${head} : ${tail}` : `${head}: ${tail}` };
    }
    case 'const':
      return {
        rule: 'const',
        pointer: at,
        message: fr
          ? `${where} doit valoir ${code(params.allowedValue)} (trouvé ${code(error.data)})`
          : `${where} must be ${code(params.allowedValue)} (found ${code(error.data)})`,
      };
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((t) => expectedType(t, lang));
      const found = typeName(error.data, lang);
      const quoteHint =
        params.type === 'string' && (typeof error.data === 'number' || typeof error.data === 'boolean')
          ? fr
            ? ` ; mettez la valeur entre guillemets : "${String(error.data)}"`
            : `; put the value in quotes: "${String(error.data)}"`
          : '';
      return {
        rule: 'type',
        pointer: at,
        message: fr
          ? `${where} doit être ${joinList(expected, lang, { fr: 'ou', en: 'or' })}, pas ${found}${quoteHint}`
          : `${where} must be ${joinList(expected, lang, { fr: 'ou', en: 'or' })}, not ${found}${quoteHint}`,
      };
    }
    case 'format': {
      if (params.format === 'date') {
        return {
          rule: 'date',
          pointer: at,
          message: fr
            ? `${code(error.data)} n'est pas une date du calendrier (${where}) : écrivez AAAA-MM-JJ, par exemple 2026-03-31`
            : `${code(error.data)} is not a calendar date (${where}): write YYYY-MM-DD, e.g. 2026-03-31`,
        };
      }
      const what =
        params.format === 'email'
          ? fr
            ? 'une adresse de courriel (nom@domaine.fr)'
            : 'an email address (name@example.org)'
          : fr
            ? 'une adresse web complète (https://...)'
            : 'a full web address (https://...)';
      return {
        rule: 'format',
        pointer: at,
        message: fr
          ? `${code(error.data)} n'est pas ${what} (${where})`
          : `${code(error.data)} is not ${what} (${where})`,
      };
    }
    case 'pattern': {
      const hint = PATTERN_HINTS.find(([re]) => re.test(error.schemaPath))?.[1];
      const expected = hint ? hint[lang] : `/${String(params.pattern)}/`;
      return {
        rule: 'pattern',
        pointer: at,
        message: fr
          ? `${code(error.data)} ne convient pas pour ${where} : attendu ${expected}`
          : `${code(error.data)} does not fit ${where}: expected ${expected}`,
      };
    }
    case 'minLength':
      return {
        rule: 'pattern',
        pointer: at,
        message: fr ? `${where} est vide : écrivez un texte` : `${where} is empty: write some text`,
      };
    case 'minItems': {
      const n = Number(params.limit);
      return {
        rule: 'minItems',
        pointer: at,
        message: fr
          ? `${where} doit avoir au moins ${n} élément${n > 1 ? 's' : ''} (il en a ${(error.data as unknown[]).length})`
          : `${where} needs at least ${n} item${n > 1 ? 's' : ''} (it has ${(error.data as unknown[]).length})`,
      };
    }
    case 'minimum':
    case 'maximum': {
      const bound = Number(params.limit);
      const min = error.keyword === 'minimum';
      return {
        rule: error.keyword,
        pointer: at,
        message: fr
          ? `${where} vaut ${code(error.data)} : il doit être ${min ? 'au moins' : 'au plus'} ${bound}`
          : `${where} is ${code(error.data)}: it must be ${min ? 'at least' : 'at most'} ${bound}`,
      };
    }
    case 'uniqueItems':
      return {
        rule: 'uniqueItems',
        pointer: `${at}/${String(params.i)}`,
        message: fr
          ? `${where} contient deux fois la même valeur (éléments ${String(params.j)} et ${String(params.i)}) : retirez le doublon`
          : `${where} holds the same value twice (items ${String(params.j)} and ${String(params.i)}): remove the duplicate`,
      };
    default:
      return {
        rule: error.keyword,
        pointer: at,
        message: fr ? `${where} : ${fallback}` : `${where}: ${fallback}`,
      };
  }
}
