/**
 * The front matter of two versions compared as data and told in words ("entity added: …",
 * "commitment C3 added", "resource amount 8,000 → 10,000 EUR"): what `charte diff` shows, and
 * what an avenant's document says it changes.
 */
import { messages } from '../i18n/catalogue.js';
import { formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import { FRONT_MATTER_KEYS } from '../model/charter.js';
import { fieldLabel, label } from '../model/labels.js';

type Obj = Record<string, unknown>;

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FrontMatterChange {
  /** Top-level key: entities, referents, commitments, resources, signatures, title... */
  section: string;
  change: ChangeKind;
  /** Which item of a list (entity id, commitment id, referent name...). */
  item?: string;
  /** Which field of the item (or dotted path under the section). */
  field?: string;
  before?: unknown;
  after?: unknown;
  /** The list item or resource concerned (as it is after the change; before it, when removed). */
  record?: Record<string, unknown>;
  /** For a changed item or resource: as it was before the change. */
  previous?: Record<string, unknown>;
  message: string;
}

/** JSON with the keys of every object sorted: equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function isObj(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function show(value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') {
    const text = value.length > 70 ? `${value.slice(0, 67)}…` : value;
    return messages(lang).diff.quote(text);
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (typeof v === 'string' ? v : show(v, lang))).join(', ')}]`;
  if (typeof value === 'boolean') return value ? messages(lang).diff.yes : messages(lang).diff.no;
  return JSON.stringify(value);
}

interface KeyedList {
  section: 'entities' | 'referents' | 'commitments' | 'decisions' | 'signatures';
  /** The schema's definition of an item, for the labels of its fields. */
  definition: string;
  key: (item: Obj) => string | undefined;
  /** Commitments are named by their code before the verb: "commitment C3 added: title". */
  codeFirst?: boolean;
  summary: (item: Obj, lang: Lang) => string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const joined = (...values: unknown[]) => values.filter((x) => typeof x === 'string' && x !== '').join(', ');

const LISTS: KeyedList[] = [
  {
    section: 'entities',
    definition: '$entity',
    key: (e) => text(e.id),
    summary: (e, lang) =>
      joined(e.name, typeof e.role === 'string' ? label('role', e.role, lang) : e.role, e.country),
  },
  {
    section: 'referents',
    definition: '$referent',
    key: (r) => text(r.name),
    summary: (r) => joined(r.entity, r.function),
  },
  {
    section: 'commitments',
    definition: '$commitment',
    key: (c) => text(c.id),
    codeFirst: true,
    summary: (c) => text(c.title) ?? '',
  },
  {
    section: 'decisions',
    definition: '$decision',
    key: (d) => (typeof d.entity === 'string' ? `${d.entity} ${text(d.reference) ?? ''}`.trim() : undefined),
    summary: (d) => joined(d.body, d.date),
  },
  {
    section: 'signatures',
    definition: '$signature',
    key: (s) => text(s.entity),
    summary: (s) => joined(s.signatory, s.capacity, s.date),
  },
];

/** "entity added: friends (…)", "commitment C3 added: title", "referent changed: Name, function …". */
function itemMessage(list: KeyedList, change: ChangeKind, lang: Lang, key: string, rest: string): string {
  const d = messages(lang).diff;
  const words = d.items[list.section];
  const verb = words[change];
  if (list.codeFirst) return `${words.noun} ${key} ${verb}${rest ? `${d.colon}${rest}` : ''}`;
  return `${words.noun} ${verb}${d.colon}${key}${rest ? (change === 'changed' ? `, ${rest}` : ` (${rest})`) : ''}`;
}

/** The name of a field as the schema labels it (`signatory` → « signataire »), else its key. */
function fieldName(path: readonly string[], lang: Lang): string {
  return fieldLabel(path, lang) ?? path.join('.');
}

function fieldChanges(before: Obj, after: Obj): Array<[string, unknown, unknown]> {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((k) => !same(before[k], after[k])).map((k) => [k, before[k], after[k]]);
}

function items(value: unknown): Obj[] {
  return Array.isArray(value) ? value.filter(isObj) : [];
}

function keyedListChanges(list: KeyedList, before: unknown, after: unknown, lang: Lang): FrontMatterChange[] {
  const changes: FrontMatterChange[] = [];
  const index = (value: unknown) => {
    const map = new Map<string, Obj>();
    for (const item of items(value)) {
      const key = list.key(item);
      if (key !== undefined && !map.has(key)) map.set(key, item);
    }
    return map;
  };
  const a = index(before);
  const b = index(after);
  for (const [key, item] of b) {
    const old = a.get(key);
    if (!old) {
      changes.push({
        section: list.section,
        change: 'added',
        item: key,
        after: item,
        record: item,
        message: itemMessage(list, 'added', lang, key, list.summary(item, lang)),
      });
      continue;
    }
    for (const [field, x, y] of fieldChanges(old, item)) {
      changes.push({
        section: list.section,
        change: 'changed',
        item: key,
        field,
        before: x,
        after: y,
        record: item,
        previous: old,
        message: itemMessage(
          list,
          'changed',
          lang,
          key,
          `${fieldName([list.definition, field], lang)} ${show(x, lang)} → ${show(y, lang)}`,
        ),
      });
    }
  }
  for (const [key, item] of a) {
    if (b.has(key)) continue;
    changes.push({
      section: list.section,
      change: 'removed',
      item: key,
      before: item,
      record: item,
      message: itemMessage(list, 'removed', lang, key, list.summary(item, lang)),
    });
  }
  return changes;
}

function resourceName(r: Obj, lang: Lang): string {
  const description = text(r.description) ?? '';
  const short = description.length > 50 ? `${description.slice(0, 47)}…` : description;
  const type = text(r.type);
  const kind = type === undefined ? '?' : label('resource_type', type, lang);
  return `${text(r.entity) ?? '?'}, ${kind}${short ? `${messages(lang).diff.colon}${short}` : ''}`;
}

function amountText(r: Obj, lang: Lang): string {
  return typeof r.amount === 'number'
    ? `${formatNumber(r.amount, lang)}${typeof r.currency === 'string' ? ` ${r.currency}` : ''}`
    : '—';
}

/**
 * Resources have no id: an unchanged resource matches itself; then a resource with the same
 * entity, type and description is the same one changed; then the same entity and type, in order.
 */
function resourceChanges(before: unknown, after: unknown, lang: Lang): FrontMatterChange[] {
  const d = messages(lang).diff;
  const a = items(before);
  const b = items(after);
  const pairs: Array<[Obj, Obj]> = [];
  const freeA = new Set(a);
  const freeB = new Set(b);
  const match = (test: (x: Obj, y: Obj) => boolean) => {
    for (const y of b) {
      if (!freeB.has(y)) continue;
      const x = a.find((candidate) => freeA.has(candidate) && test(candidate, y));
      if (!x) continue;
      freeA.delete(x);
      freeB.delete(y);
      pairs.push([x, y]);
    }
  };
  match((x, y) => same(x, y));
  match((x, y) => x.entity === y.entity && x.type === y.type && x.description === y.description);
  match((x, y) => x.entity === y.entity && x.type === y.type);
  const changes: FrontMatterChange[] = [];
  for (const [x, y] of pairs) {
    if (same(x, y)) continue;
    const name = resourceName(y, lang);
    for (const [field, p, q] of fieldChanges(x, y)) {
      if (field === 'currency' && !same(x.amount, y.amount)) continue; // told with the amount
      let message: string;
      if (field === 'amount') {
        // "8,000 → 10,000 EUR" when the currency stays, "8,000 EUR → 5,000,000 XOF" otherwise.
        const before = x.currency === y.currency ? show(x.amount, lang) : amountText(x, lang);
        const after = amountText(y, lang);
        message = d.resourceAmount(before, after, name);
      } else {
        message = d.resourceChanged(
          name,
          fieldName(['$resource', field], lang),
          show(p, lang),
          show(q, lang),
        );
      }
      changes.push({
        section: 'resources',
        change: 'changed',
        item: name,
        field,
        before: p,
        after: q,
        record: y,
        previous: x,
        message,
      });
    }
  }
  for (const y of b) {
    if (!freeB.has(y)) continue;
    const amount = typeof y.amount === 'number' ? `, ${amountText(y, lang)}` : '';
    changes.push({
      section: 'resources',
      change: 'added',
      item: resourceName(y, lang),
      after: y,
      record: y,
      message: d.resourceAdded(resourceName(y, lang), amount),
    });
  }
  for (const x of a) {
    if (!freeA.has(x)) continue;
    const amount = typeof x.amount === 'number' ? `, ${amountText(x, lang)}` : '';
    changes.push({
      section: 'resources',
      change: 'removed',
      item: resourceName(x, lang),
      before: x,
      record: x,
      message: d.resourceRemoved(resourceName(x, lang), amount),
    });
  }
  return changes;
}

/** Any other value, compared by dotted path down through mappings. */
function valueChanges(
  section: string,
  path: string,
  before: unknown,
  after: unknown,
  lang: Lang,
): FrontMatterChange[] {
  if (same(before, after)) return [];
  const d = messages(lang).diff;
  const name = fieldName(path.split('.'), lang);
  if (isObj(before) && isObj(after)) {
    return fieldChanges(before, after).flatMap(([k, x, y]) =>
      valueChanges(section, `${path}.${k}`, x, y, lang),
    );
  }
  const field = path.includes('.') ? path.slice(path.indexOf('.') + 1) : undefined;
  const base = { section, ...(field !== undefined ? { field } : {}) };
  if (before === undefined) {
    return [
      {
        ...base,
        change: 'added',
        after,
        message: d.valueAdded(name, show(after, lang)),
      },
    ];
  }
  if (after === undefined) {
    return [
      {
        ...base,
        change: 'removed',
        before,
        message: d.valueRemoved(name, show(before, lang)),
      },
    ];
  }
  return [
    {
      ...base,
      change: 'changed',
      before,
      after,
      message: d.valueChanged(name, show(before, lang), show(after, lang)),
    },
  ];
}

/** The front matter changes from `before` to `after`, in the order of the model's sections. */
export function describeChanges(before: Obj, after: Obj, lang: Lang): FrontMatterChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((x, y) => {
    const ix = (FRONT_MATTER_KEYS as readonly string[]).indexOf(x);
    const iy = (FRONT_MATTER_KEYS as readonly string[]).indexOf(y);
    return (
      (ix === -1 ? FRONT_MATTER_KEYS.length : ix) - (iy === -1 ? FRONT_MATTER_KEYS.length : iy) ||
      (x < y ? -1 : x > y ? 1 : 0)
    );
  });
  const changes: FrontMatterChange[] = [];
  for (const key of keys) {
    const x = before[key];
    const y = after[key];
    if (same(x, y)) continue;
    const list = LISTS.find((l) => l.section === key);
    if (list) changes.push(...keyedListChanges(list, x, y, lang));
    else if (key === 'resources') changes.push(...resourceChanges(x, y, lang));
    else changes.push(...valueChanges(key, key, x, y, lang));
  }
  return changes;
}
