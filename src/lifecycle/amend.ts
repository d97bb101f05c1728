/**
 * `charte amend`: opens avenant n° k to the signed version in force. One entry is added to
 * `amendments` ({number, purpose, opened_on, joining}); an entity joining through it is declared
 * in `entities` first (by hand, or here with `--join-entity`), and an associate joining gets
 * `required_signer: true` so that later versions require its signature. The avenant does not move
 * the five-year clock. It is then voted (`charte decide --amendment k`) and signed (`charte sign`).
 */
import { ExitError } from '../diagnostics.js';
import { EditError, FrontMatterEditor } from '../edit/front-matter.js';
import type { FlatEntry } from '../edit/scalar.js';
import type { WriteHooks } from '../edit/write.js';
import { textInForce } from '../history/in-force.js';
import { HistoryReader } from '../history/index.js';
import { messages } from '../i18n/catalogue.js';
import { formatDateLong } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import {
  type Amendment,
  amendmentSignedOn,
  amendmentSigners,
  type Charter,
  type Entity,
  FRONT_MATTER_KEYS,
  isWithdrawn,
  lifecyclePhase,
  requiredSigners,
  signaturesByEntity,
  signedOn,
  versionTag,
} from '../model/charter.js';
import { type CalendarDate, compareDates, isValidDate, today } from '../model/dates.js';
import { withoutBlocks } from '../text/blocks.js';
import { canonicalJson } from '../text/changes.js';
import { editRunOptions, runEditCommand } from './runner.js';
import { charterLang, checkDate, checkTexts, codes, refuseClosed, tagExists } from './values.js';

export interface AmendOptions {
  cwd: string;
  lang: Lang;
  purpose: string;
  /** Codes of declared entities joining through this avenant. */
  join?: readonly string[];
  /** Entities declared and joining in one step (`--join-entity`). */
  joinEntities?: readonly Entity[];
  /** Day the avenant is opened (default: the day of the check). */
  date?: string;
  commit?: boolean;
  asOf?: CalendarDate;
  env?: NodeJS.ProcessEnv;
  hooks?: WriteHooks;
}

export interface AmendResult {
  path: string;
  id: string;
  version: number;
  amendment: Amendment;
  /** Who signs the avenant. */
  signers: string[];
  commit?: string;
}

const ENTITY_KEYS = ['id', 'name', 'role', 'type', 'country', 'decision_body'] as const;

/**
 * Reads `--join-entity id=assoc-x,name="Association X",type=association,country=FR` (role
 * defaults to `associate`). Values may be double-quoted to hold commas. Exit 2 when malformed.
 */
export function parseJoinEntity(value: string, lang: Lang): Entity {
  const t = messages(lang).lifecycle.amend;
  const fields: Record<string, string> = {};
  let key = '';
  let text = '';
  let inKey = true;
  let quoted = false;
  const flush = () => {
    const name = key.trim();
    if (name === '' && text === '') return;
    if (!(ENTITY_KEYS as readonly string[]).includes(name)) {
      throw new ExitError(t.joinEntitySyntax(value, `\`${name}\` ?  (${ENTITY_KEYS.join(', ')})`), 2);
    }
    if (Object.hasOwn(fields, name)) throw new ExitError(t.joinEntitySyntax(value, `${name} ×2`), 2);
    fields[name] = text.trim();
  };
  for (const char of value) {
    if (inKey) {
      if (char === '=') inKey = false;
      else if (char === ',') throw new ExitError(t.joinEntitySyntax(value, `${key.trim()} = ?`), 2);
      else key += char;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      flush();
      key = '';
      text = '';
      inKey = true;
    } else text += char;
  }
  if (quoted) throw new ExitError(t.joinEntitySyntax(value, '"'), 2);
  if (inKey && key.trim() !== '') throw new ExitError(t.joinEntitySyntax(value, `${key.trim()} = ?`), 2);
  flush();
  fields.role ??= 'associate';
  const missing = ['id', 'name', 'type', 'country'].filter((k) => !fields[k]);
  if (missing.length > 0) throw new ExitError(t.joinEntitySyntax(value, `${missing.join(', ')} ?`), 2);
  const entity = { ...fields } as unknown as Entity;
  if (entity.role === 'associate') entity.required_signer = true;
  return entity;
}

function entityEntry(entity: Entity): FlatEntry {
  const entry: Record<string, string | boolean> = {};
  for (const key of [...ENTITY_KEYS, 'required_signer'] as const) {
    const value = entity[key];
    if (value !== undefined) entry[key] = value;
  }
  return entry;
}

/** Opens the next avenant of the charter at `path`; see the module comment. */
export async function openAmendment(path: string, options: AmendOptions): Promise<AmendResult> {
  const { lang } = options;
  const t = messages(lang).lifecycle;
  const day = (date: string) => formatDateLong(date, lang);
  const asOf = options.asOf ?? today();
  const join = [...(options.join ?? [])];
  const newEntities = [...(options.joinEntities ?? [])];
  checkTexts(lang, [['--purpose', options.purpose], ...join.map((j) => ['--join', j] as const)]);
  let planned: { amendment: Amendment; signers: string[] } | undefined;

  const outcome = await runEditCommand(path, editRunOptions(options, lang, asOf), {
    refusal: 'changed',
    async plan(file, charter) {
      const where = file.displayPath;
      refuseClosed(charter, where, lang, asOf);
      const phase = lifecyclePhase(charter, asOf);
      if (phase.phase === 'amending') {
        throw new ExitError(
          t.amend.alreadyOpen(where, phase.amendment.number, codes(phase.missing, lang)),
          1,
        );
      }
      const ids = charter.entities.map((e) => e.id);
      for (const entity of newEntities) {
        if (ids.includes(entity.id)) throw new ExitError(t.amend.joinEntityExists(where, entity.id), 1);
      }
      for (const id of join) {
        if (!ids.includes(id)) throw new ExitError(t.amend.joinUnknown(where, id, ids.join(', ')), 1);
      }
      const joining = [...new Set([...join, ...newEntities.map((e) => e.id)])];
      const signed = signaturesByEntity(charter);
      for (const id of joining) {
        if (
          signed.has(id) ||
          (charter.amendments ?? []).some((a) => !isWithdrawn(a) && (a.joining ?? []).includes(id))
        ) {
          throw new ExitError(t.amend.joinAlreadySigner(where, id, charter.version), 1);
        }
      }
      const number = Math.max(0, ...(charter.amendments ?? []).map((a) => a.number)) + 1;
      const opened = options.date ?? asOf;
      const amendment: Amendment = { number, purpose: options.purpose, opened_on: opened };
      if (joining.length > 0) amendment.joining = joining;
      const entities = [
        ...charter.entities.map((e) =>
          join.includes(e.id) && e.role === 'associate' && e.required_signer !== true
            ? { ...e, required_signer: true }
            : e,
        ),
        ...newEntities,
      ];
      const proposed: Charter = {
        ...charter,
        entities,
        amendments: [...(charter.amendments ?? []), amendment],
      };
      // The version must be signed by all its required signers, the joining ones aside.
      const missing = requiredSigners(proposed).filter((id) => !signed.has(id));
      const versionSignedOn = signedOn(proposed);
      if (missing.length > 0 || versionSignedOn === undefined) {
        const tag = versionTag(charter.id, charter.version);
        if (await tagExists(file.path, tag, options.env, lang)) {
          throw new ExitError(
            t.start.joinedAfterSigning(where, charter.version, codes(missing, lang), tag),
            1,
          );
        }
        throw new ExitError(t.amend.notSigned(where, charter.version, codes(missing, lang)), 1);
      }
      checkDate(lang, '--date', opened, asOf);
      if (compareDates(opened, versionSignedOn) < 0) {
        throw new ExitError(t.amend.dateBeforeSigned(opened, charter.version, day(versionSignedOn)), 1);
      }
      for (const previous of charter.amendments ?? []) {
        const withdrawnOn = previous.withdrawn?.date;
        if (withdrawnOn !== undefined && isValidDate(withdrawnOn) && compareDates(opened, withdrawnOn) < 0) {
          throw new ExitError(
            t.amend.withdrawBefore(opened, t.amend.withdrawalOf(previous.number), day(withdrawnOn)),
            1,
          );
        }
        const concluded = amendmentSignedOn(charter, previous.number);
        if (concluded !== undefined && compareDates(opened, concluded) < 0) {
          throw new ExitError(t.amend.dateBeforeAmendment(opened, previous.number, day(concluded)), 1);
        }
      }
      planned = { amendment, signers: amendmentSigners(proposed, number) };
      const entry: Record<string, string | number | string[]> = {
        number,
        purpose: options.purpose,
        opened_on: opened,
      };
      if (joining.length > 0) entry.joining = joining;
      return {
        edit: (e) => {
          charter.entities.forEach((entity, i) => {
            if (join.includes(entity.id) && entity.role === 'associate' && entity.required_signer !== true) {
              e.setScalar(['entities', i, 'required_signer'], 'true');
            }
          });
          for (const entity of newEntities) e.appendToList('entities', entityEntry(entity));
          e.appendToList('amendments', entry, {
            newKeyAfter: FRONT_MATTER_KEYS.slice(0, FRONT_MATTER_KEYS.indexOf('amendments')),
          });
        },
        expected: { ...file.data, entities, amendments: proposed.amendments },
        commitMessage: `${messages(charterLang(charter, lang)).lifecycle.history.amend(charter.id, charter.version, number, options.purpose)}\n`,
      };
    },
    result: ({ file, charter }): AmendResult => ({
      path: file.displayPath,
      id: charter.id,
      version: charter.version,
      amendment: planned!.amendment,
      signers: planned!.signers,
    }),
  });
  const result = outcome.result;
  if (outcome.commit !== undefined) result.commit = outcome.commit;
  return result;
}

export interface WithdrawOptions {
  cwd: string;
  lang: Lang;
  reason: string;
  /** Reference of the decision to withdraw it. */
  decision?: string;
  /** Day of the withdrawal (default: the day of the check). */
  date?: string;
  commit?: boolean;
  asOf?: CalendarDate;
  env?: NodeJS.ProcessEnv;
  hooks?: WriteHooks;
}

export interface WithdrawResult {
  path: string;
  id: string;
  version: number;
  number: number;
  date: CalendarDate;
  reason: string;
  /** Entities that were joining through it and do not join (no longer required signers). */
  notJoining: string[];
  /** Of those, the ones declared for it and removed from `entities`. */
  removed: string[];
  /** Declared for it but still named elsewhere in the file: left under `entities`. */
  kept: string[];
  /** The file differs from the text in force beyond the avenant's records (or git cannot tell). */
  othersChanged: boolean;
  commit?: string;
}

/** A front matter without the records the lifecycle keeps (signatures, decisions, avenants). */
function withoutLifecycle(data: Record<string, unknown>): Record<string, unknown> {
  const { signatures: _s, decisions: _d, amendments: _a, ...rest } = data;
  return rest;
}

/** Runs `edit` on a probe editor: whether that edit can be made in place. */
function can(edit: () => void): boolean {
  try {
    edit();
    return true;
  } catch (error) {
    if (error instanceof EditError) return false;
    throw error;
  }
}

/** Entity codes the file names outside `entities` and the avenants' joining lists. */
function namedEntities(charter: Charter): Set<string> {
  const named = new Set<string>();
  for (const r of charter.referents ?? []) named.add(r.entity);
  for (const c of charter.commitments ?? []) for (const id of c.by ?? []) named.add(id);
  for (const r of charter.resources ?? []) named.add(r.entity);
  for (const d of charter.decisions ?? []) named.add(d.entity);
  for (const s of charter.signatures ?? []) named.add(s.entity);
  for (const a of charter.amendments ?? []) {
    for (const d of a.decisions ?? []) named.add(d.entity);
    for (const s of a.signatures ?? []) named.add(s.entity);
  }
  return named;
}

/**
 * The text in force before avenant `number`: its entities by code, its data and its body
 * (undefined: git does not have it).
 */
async function inForceText(
  path: string,
  charter: Charter,
  number: number,
  options: WithdrawOptions,
): Promise<
  { entities: Map<string, Record<string, unknown>>; data: Record<string, unknown>; body: string } | undefined
> {
  const reader = await HistoryReader.read([{ path, id: charter.id }], {
    cwd: options.cwd,
    lang: options.lang,
    ...(options.env ? { env: options.env } : {}),
  });
  try {
    const text = await textInForce(reader, path, charter.version, number, options.lang);
    if (text === undefined || !Array.isArray(text.data.entities)) return undefined;
    const byId = new Map<string, Record<string, unknown>>();
    for (const e of text.data.entities as unknown[]) {
      if (e !== null && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string')
        byId.set((e as { id: string }).id, e as Record<string, unknown>);
    }
    return { entities: byId, data: text.data, body: text.body };
  } finally {
    await reader.close();
  }
}

/**
 * Withdraws the open avenant of the charter at `path` (`charte amend --withdraw`): a council
 * refused it, or a partner will not sign. `withdrawn: {date, reason, decision}` is added to its
 * entry, which stays in the file as a record (its number is not reused); it never takes effect.
 * The entities it brought in do not join: they are put back as the text in force (read from
 * git) has them (see the plan below). A concluded avenant cannot be withdrawn: a new avenant
 * changes it.
 */
export async function withdrawAmendment(path: string, options: WithdrawOptions): Promise<WithdrawResult> {
  const { lang } = options;
  const t = messages(lang).lifecycle;
  const day = (date: string) => formatDateLong(date, lang);
  const asOf = options.asOf ?? today();
  checkTexts(lang, [
    ['--reason', options.reason],
    ['--decision', options.decision],
  ]);
  let planned: WithdrawResult | undefined;

  const outcome = await runEditCommand(path, editRunOptions(options, lang, asOf), {
    refusal: 'changed',
    async plan(file, charter) {
      const where = file.displayPath;
      refuseClosed(charter, where, lang, asOf);
      const phase = lifecyclePhase(charter, asOf);
      if (phase.phase === 'signing') {
        throw new ExitError(
          t.amend.nothingToWithdrawSigning(where, charter.version, codes(phase.missing, lang)),
          1,
        );
      }
      if (phase.phase !== 'amending') {
        throw new ExitError(t.amend.nothingToWithdraw(where, charter.version), 1);
      }
      const open = phase.amendment;
      const index = (charter.amendments ?? []).indexOf(open);
      const date = checkDate(lang, '--date', options.date ?? asOf, asOf);
      if (isValidDate(open.opened_on) && compareDates(date, open.opened_on) < 0) {
        throw new ExitError(
          t.amend.withdrawBefore(date, t.amend.openingOf(open.number), day(open.opened_on)),
          1,
        );
      }
      const lastSigned = (open.signatures ?? [])
        .map((s) => s.date)
        .filter(isValidDate)
        .sort()
        .at(-1);
      if (lastSigned !== undefined && compareDates(date, lastSigned) < 0) {
        throw new ExitError(
          t.amend.withdrawBefore(date, t.amend.signatureOf(open.number), day(lastSigned)),
          1,
        );
      }
      const withdrawn: Record<string, string> = { date, reason: options.reason };
      if (options.decision !== undefined) withdrawn.decision = options.decision;
      // The entities it brought in do not join. One declared for it (absent from the text in
      // force, read from git) goes, unless something else in the file names it; one that stays
      // gets back its `required_signer` as that text has it (none: the key goes), so that later
      // versions do not await it.
      const text = await inForceText(file.path, charter, open.number, options);
      const inForce = text?.entities;
      const named = namedEntities(charter);
      const joining = new Set(open.joining ?? []);
      const removed: string[] = [];
      const kept: string[] = [];
      const unrequired: Array<{ index: number; id: string; remove: boolean }> = [];
      const probe = new FrontMatterEditor(file, lang);
      charter.entities.forEach((entity, i) => {
        if (!joining.has(entity.id)) return;
        const before = inForce?.get(entity.id);
        if (inForce !== undefined && before === undefined) {
          if (
            !named.has(entity.id) &&
            charter.entities.length > 1 &&
            can(() => probe.removeListItem('entities', i))
          ) {
            removed.push(entity.id);
            return;
          }
          kept.push(entity.id);
        }
        if (entity.required_signer === true && before?.required_signer !== true) {
          const path = ['entities', i, 'required_signer'] as const;
          unrequired.push({
            index: i,
            id: entity.id,
            remove: before?.required_signer !== false && can(() => probe.removeKey(path)),
          });
        }
      });
      // A removed entity returned before it was put in `unrequired`: the two lists do not meet.
      const notJoining = [...removed, ...unrequired.map((u) => u.id)];
      const entities = charter.entities
        .filter((e) => !removed.includes(e.id))
        .map((e) => {
          const change = unrequired.find((u) => u.id === e.id);
          if (!change) return e;
          if (!change.remove) return { ...e, required_signer: false };
          const { required_signer: _dropped, ...rest } = e;
          return rest;
        });
      const amendments = (charter.amendments ?? []).map((a, i) =>
        i === index ? { ...a, withdrawn: withdrawn as NonNullable<Amendment['withdrawn']> } : a,
      );
      planned = {
        path: where,
        id: charter.id,
        version: charter.version,
        number: open.number,
        date,
        reason: options.reason,
        notJoining,
        removed,
        kept,
        // What else the file holds that the text in force does not (the avenant's own edits).
        othersChanged:
          text === undefined ||
          withoutBlocks(text.body) !== withoutBlocks(file.body) ||
          canonicalJson(withoutLifecycle({ ...file.data, entities })) !==
            canonicalJson(withoutLifecycle(text.data)),
      };
      return {
        edit: (e) => {
          for (const change of unrequired) {
            const path = ['entities', change.index, 'required_signer'];
            if (change.remove) e.removeKey(path);
            else e.setScalar(path, 'false');
          }
          charter.entities.forEach((entity, i) => {
            if (removed.includes(entity.id)) e.removeListItem('entities', i);
          });
          e.setMapping(['amendments', index, 'withdrawn'], withdrawn);
        },
        expected: { ...file.data, entities, amendments },
        commitMessage: `${messages(charterLang(charter, lang)).lifecycle.history.withdraw(charter.id, charter.version, open.number, options.reason)}\n`,
      };
    },
    result: (): WithdrawResult => planned!,
  });
  const result = outcome.result;
  if (outcome.commit !== undefined) result.commit = outcome.commit;
  return result;
}

export function describeWithdrawResult(result: WithdrawResult, lang: Lang): string {
  const t = messages(lang).lifecycle;
  const lines = [t.amend.withdrawn(result.path, result.number, result.version, result.reason)];
  if (result.notJoining.length > 0)
    lines.push(t.amend.notJoining(result.notJoining.length, codes(result.notJoining, lang)));
  if (result.removed.length > 0)
    lines.push(t.amend.entitiesRemoved(result.removed.length, codes(result.removed, lang)));
  if (result.kept.length > 0) lines.push(t.amend.entitiesKept(result.kept.length, codes(result.kept, lang)));
  if (result.othersChanged) lines.push(t.amend.editsStay);
  if (result.commit) lines.push(t.result.committed(result.commit.slice(0, 12)));
  return `${lines.join('\n')}\n`;
}

export function describeAmendResult(result: AmendResult, lang: Lang): string {
  const t = messages(lang).lifecycle;
  const a = result.amendment;
  const lines = [t.amend.opened(result.path, a.number, result.version, a.purpose)];
  if (a.joining && a.joining.length > 0)
    lines.push(t.amend.joining(a.joining.length, codes(a.joining, lang)));
  lines.push(t.amend.signers(codes(result.signers, lang)));
  if (result.commit) lines.push(t.result.committed(result.commit.slice(0, 12)));
  return `${lines.join('\n')}\n`;
}

export type { Charter };
