/**
 * `charte diff <file> [--from <ref>] [--to <ref>]`: what changed between two versions of a
 * charter (default: the last signed version, i.e. its signing commit, and the working file).
 * The front matter is compared as data and told in words ("entity added: …", "commitment C3
 * added", "resource amount 8,000 → 10,000 EUR"); the body as a unified diff.
 */
import { ExitError } from '../diagnostics.js';
import { type CharterHistory, HistoryReader, type VersionRecord } from '../history/index.js';
import { unifiedDiff } from '../history/line-diff.js';
import type { Lang } from '../i18n/index.js';
import { type CharterFile, loadCharterFile } from '../load/charter-file.js';
import { FRONT_MATTER_KEYS } from '../model/charter.js';
import { loadNamedCharter } from './log.js';
import { canonicalJson } from './renew-report.js';

export interface DiffOptions {
  cwd: string;
  lang: Lang;
  env?: NodeJS.ProcessEnv | undefined;
  /** A git revision, `v<N>` (the signing commit of version N), or `working`. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface DiffSide {
  /** What was asked for (`v1`, a revision, `working`), or how the default was chosen. */
  ref: string;
  commit: string | null;
  version: number | null;
  /** The file's path in the repository at that commit (or the working path). */
  path: string;
}

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
  message: string;
}

export interface CharterDiff {
  path: string;
  from: DiffSide;
  to: DiffSide;
  changes: FrontMatterChange[];
  /** Unified diff of the bodies; empty when they have the same lines. */
  body: string;
}

export async function charterDiff(path: string, options: DiffOptions): Promise<CharterDiff> {
  const working = await loadNamedCharter(path, options);
  const reader = await HistoryReader.read([{ path: working.path, id: idOf(working) }], options);
  try {
    const history = reader.histories.get(working.path)!;
    const fr = options.lang === 'fr';
    const needsHistory = options.from !== 'working' || (options.to !== undefined && options.to !== 'working');
    if (history.status !== 'ok' && needsHistory) {
      const why = reader.warnings.map((w) => w.message).join('; ');
      throw new ExitError(
        fr
          ? `${working.displayPath} : pas d'historique git à comparer (${why})`
          : `${working.displayPath}: no git history to compare with (${why})`,
        2,
      );
    }
    const from = await side(options.from, 'from', working, history, reader, options);
    const to = await side(options.to ?? 'working', 'to', working, history, reader, options);
    if (from.file.fatal || to.file.fatal || !from.file.data || !to.file.data) {
      const broken = from.file.fatal || !from.file.data ? from : to;
      const d = broken.file.diagnostics.find((x) => x.fatal);
      throw new ExitError(
        fr
          ? `${broken.side.path} (${broken.side.ref}) illisible${d ? ` : ${d.line}:${d.column} ${d.message}` : ''}`
          : `${broken.side.path} (${broken.side.ref}) cannot be read${d ? `: ${d.line}:${d.column} ${d.message}` : ''}`,
        1,
      );
    }
    const label = (s: DiffSide) => `${s.path} (${s.commit ? s.commit.slice(0, 7) : s.ref})`;
    return {
      path: working.displayPath,
      from: from.side,
      to: to.side,
      changes: describeChanges(from.file.data, to.file.data, options.lang),
      // Hunk line numbers are the files' own: the body starts after the front matter.
      body: unifiedDiff(`a/${label(from.side)}`, `b/${label(to.side)}`, from.file.body, to.file.body, {
        oldLineOffset: (from.file.split?.bodyLine ?? 1) - 1,
        newLineOffset: (to.file.split?.bodyLine ?? 1) - 1,
      }),
    };
  } finally {
    await reader.close();
  }
}

function idOf(file: CharterFile): string | undefined {
  return typeof file.data?.id === 'string' ? file.data.id : undefined;
}

function lastSigned(history: CharterHistory): VersionRecord | undefined {
  return [...history.versions].reverse().find((v) => v.signing !== undefined);
}

async function side(
  ref: string | undefined,
  which: 'from' | 'to',
  working: CharterFile,
  history: CharterHistory,
  reader: HistoryReader,
  options: DiffOptions,
): Promise<{ side: DiffSide; file: CharterFile }> {
  const fr = options.lang === 'fr';
  const flag = `--${which}`;
  if (ref === 'working') {
    const version = typeof working.data?.version === 'number' ? working.data.version : null;
    return {
      side: { ref: 'working', commit: null, version, path: history.repoPath ?? working.displayPath },
      file: working,
    };
  }
  let commit: string | undefined;
  let label: string;
  if (ref === undefined) {
    const signed = lastSigned(history);
    if (!signed?.signing) {
      // In a shallow clone the signing commit may simply not have been fetched.
      const shallow = history.shallow
        ? fr
          ? ' ; ce clone est superficiel : récupérez tout l’historique (git fetch --unshallow, ou fetch-depth: 0 en CI)'
          : '; this clone is shallow: fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in CI)'
        : '';
      throw new ExitError(
        fr
          ? `${working.displayPath} : aucune version signée dans l'historique git${shallow} ; ${history.shallow ? 'ou ' : ''}choisissez le point de départ avec --from <révision> (par exemple --from HEAD~1)`
          : `${working.displayPath}: no signed version in the git history${shallow}; ${history.shallow ? 'or ' : ''}choose the starting point with --from <revision> (e.g. --from HEAD~1)`,
        2,
      );
    }
    commit = signed.signing.commit.sha;
    label = `v${signed.version}`;
  } else {
    label = ref;
    const versionRef = /^v(\d+)$/.exec(ref);
    if (versionRef) {
      const record = history.versions.find((v) => v.version === Number(versionRef[1]));
      if (!record?.signing) {
        const known = history.versions
          .filter((v) => v.signing)
          .map((v) => `v${v.version}`)
          .join(', ');
        throw new ExitError(
          fr
            ? `${flag} ${ref} : la version ${versionRef[1]} n'a pas de commit de signature dans l'historique (versions signées : ${known || 'aucune'}) ; donnez une révision git`
            : `${flag} ${ref}: version ${versionRef[1]} has no signing commit in the history (signed versions: ${known || 'none'}); give a git revision`,
          2,
        );
      }
      commit = record.signing.commit.sha;
    } else {
      commit = await reader.resolve(history, ref);
      if (commit === undefined) {
        throw new ExitError(
          fr
            ? `${flag} ${ref} : révision git inconnue ; donnez un commit, une étiquette, une branche, v<N> ou working`
            : `${flag} ${ref}: unknown git revision; give a commit, tag, branch, v<N> or working`,
          2,
        );
      }
    }
  }
  const found = await reader.fileAt(history, commit);
  if (!found) {
    throw new ExitError(
      fr
        ? `${flag} ${label} : ${working.displayPath} n'existait pas au commit ${commit.slice(0, 7)}`
        : `${flag} ${label}: ${working.displayPath} did not exist at commit ${commit.slice(0, 7)}`,
      2,
    );
  }
  const file = await loadCharterFile(working.path, {
    cwd: options.cwd,
    lang: options.lang,
    bytes: found.bytes,
  });
  const version = typeof file.data?.version === 'number' ? file.data.version : null;
  return { side: { ref: label, commit, version, path: found.path }, file };
}

// Front matter changes in words --------------------------------------------------------------

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 2 }).format(n);
}

function show(value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') {
    const text = value.length > 70 ? `${value.slice(0, 67)}…` : value;
    return lang === 'fr' ? `« ${text} »` : `"${text}"`;
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (typeof v === 'string' ? v : show(v, lang))).join(', ')}]`;
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

interface KeyedList {
  section: string;
  key: (item: Obj) => string | undefined;
  /** The noun, and whether it is feminine in French (for the agreement of the participle). */
  label: { fr: string; en: string; feminine: boolean };
  /** Commitments are named by their code before the verb: "commitment C3 added: title". */
  codeFirst?: boolean;
  summary: (item: Obj, lang: Lang) => string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const joined = (...values: unknown[]) => values.filter((x) => typeof x === 'string' && x !== '').join(', ');

const LISTS: KeyedList[] = [
  {
    section: 'entities',
    key: (e) => text(e.id),
    label: { fr: 'entité', en: 'entity', feminine: true },
    summary: (e) => joined(e.name, e.role, e.country),
  },
  {
    section: 'referents',
    key: (r) => text(r.name),
    label: { fr: 'référent', en: 'referent', feminine: false },
    summary: (r) => joined(r.entity, r.function),
  },
  {
    section: 'commitments',
    key: (c) => text(c.id),
    label: { fr: 'engagement', en: 'commitment', feminine: false },
    codeFirst: true,
    summary: (c) => text(c.title) ?? '',
  },
  {
    section: 'decisions',
    key: (d) => (typeof d.entity === 'string' ? `${d.entity} ${text(d.reference) ?? ''}`.trim() : undefined),
    label: { fr: 'délibération', en: 'decision', feminine: true },
    summary: (d) => joined(d.body, d.date),
  },
  {
    section: 'signatures',
    key: (s) => text(s.entity),
    label: { fr: 'signature', en: 'signature', feminine: true },
    summary: (s) => joined(s.signatory, s.capacity, s.date),
  },
];

const VERBS = {
  added: { fr: 'ajouté', en: 'added' },
  removed: { fr: 'retiré', en: 'removed' },
  changed: { fr: 'modifié', en: 'changed' },
};

/** "entity added: friends (…)", "commitment C3 added: title", "referent changed: Name, function …". */
function itemMessage(list: KeyedList, change: ChangeKind, lang: Lang, key: string, rest: string): string {
  const fr = lang === 'fr';
  const verb = fr ? `${VERBS[change].fr}${list.label.feminine ? 'e' : ''}` : VERBS[change].en;
  const noun = list.label[lang];
  const colon = fr ? ' : ' : ': ';
  if (list.codeFirst) return `${noun} ${key} ${verb}${rest ? `${colon}${rest}` : ''}`;
  return `${noun} ${verb}${colon}${key}${rest ? (change === 'changed' ? `, ${rest}` : ` (${rest})`) : ''}`;
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
        message: itemMessage(list, 'changed', lang, key, `${field} ${show(x, lang)} → ${show(y, lang)}`),
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
      message: itemMessage(list, 'removed', lang, key, list.summary(item, lang)),
    });
  }
  return changes;
}

function resourceName(r: Obj): string {
  const description = text(r.description) ?? '';
  const short = description.length > 50 ? `${description.slice(0, 47)}…` : description;
  return `${text(r.entity) ?? '?'}, ${text(r.type) ?? '?'}${short ? `: ${short}` : ''}`;
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
  const fr = lang === 'fr';
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
    const name = resourceName(y);
    for (const [field, p, q] of fieldChanges(x, y)) {
      if (field === 'currency' && !same(x.amount, y.amount)) continue; // told with the amount
      let message: string;
      if (field === 'amount') {
        // "8,000 → 10,000 EUR" when the currency stays, "8,000 EUR → 5,000,000 XOF" otherwise.
        const before = x.currency === y.currency ? show(x.amount, lang) : amountText(x, lang);
        const after = amountText(y, lang);
        message = fr
          ? `montant de la ressource ${before} → ${after} (${name})`
          : `resource amount ${before} → ${after} (${name})`;
      } else {
        message = fr
          ? `ressource modifiée : ${name}, ${field} ${show(p, lang)} → ${show(q, lang)}`
          : `resource changed: ${name}, ${field} ${show(p, lang)} → ${show(q, lang)}`;
      }
      changes.push({
        section: 'resources',
        change: 'changed',
        item: name,
        field,
        before: p,
        after: q,
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
      item: resourceName(y),
      after: y,
      message: fr
        ? `ressource ajoutée : ${resourceName(y)}${amount}`
        : `resource added: ${resourceName(y)}${amount}`,
    });
  }
  for (const x of a) {
    if (!freeA.has(x)) continue;
    const amount = typeof x.amount === 'number' ? `, ${amountText(x, lang)}` : '';
    changes.push({
      section: 'resources',
      change: 'removed',
      item: resourceName(x),
      before: x,
      message: fr
        ? `ressource retirée : ${resourceName(x)}${amount}`
        : `resource removed: ${resourceName(x)}${amount}`,
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
  const fr = lang === 'fr';
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
        message: fr ? `${path} ajouté : ${show(after, lang)}` : `${path} added: ${show(after, lang)}`,
      },
    ];
  }
  if (after === undefined) {
    return [
      {
        ...base,
        change: 'removed',
        before,
        message: fr
          ? `${path} retiré (était ${show(before, lang)})`
          : `${path} removed (was ${show(before, lang)})`,
      },
    ];
  }
  return [
    {
      ...base,
      change: 'changed',
      before,
      after,
      message: `${path}${fr ? ' : ' : ': '}${show(before, lang)} → ${show(after, lang)}`,
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

export function formatDiffText(diff: CharterDiff, lang: Lang): string {
  const fr = lang === 'fr';
  const sideText = (s: DiffSide) =>
    s.commit === null
      ? fr
        ? `fichier de travail (v${s.version ?? '?'})`
        : `working file (v${s.version ?? '?'})`
      : `${s.ref} (${s.commit.slice(0, 7)}, v${s.version ?? '?'})`;
  const lines = [`${diff.path}${fr ? ' : ' : ': '}${sideText(diff.from)} → ${sideText(diff.to)}`, ''];
  if (diff.changes.length === 0)
    lines.push(fr ? 'Front matter : aucun changement' : 'Front matter: no change');
  else {
    lines.push(fr ? 'Front matter :' : 'Front matter:');
    for (const c of diff.changes) lines.push(`  - ${c.message}`);
  }
  lines.push('');
  if (diff.body === '') lines.push(fr ? 'Texte : aucun changement' : 'Text: no change');
  else lines.push(fr ? 'Texte :' : 'Text:', diff.body.trimEnd());
  return `${lines.join('\n')}\n`;
}

export function formatDiffJson(diff: CharterDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
