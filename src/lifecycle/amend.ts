/**
 * `charte amend`: opens avenant n° k to the signed version in force. One entry is added to
 * `amendments` ({number, purpose, opened_on, joining}); an entity joining through it is declared
 * in `entities` first (by hand, or here with `--join-entity`), and an associate joining gets
 * `required_signer: true` so that later versions require its signature. The avenant does not move
 * the five-year clock. It is then voted (`charte decide --amendment k`) and signed (`charte sign`).
 */
import { ExitError } from '../diagnostics.js';
import type { FlatEntry } from '../edit/scalar.js';
import type { WriteHooks } from '../edit/write.js';
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
  commit?: string;
}

/**
 * Withdraws the open avenant of the charter at `path` (`charte amend --withdraw`): a council
 * refused it, or a partner will not sign. `withdrawn: {date, reason, decision}` is added to its
 * entry, which stays in the file as a record (its number is not reused); it never takes effect.
 * An associate it brought in does not join: its `required_signer` becomes `false`, so later
 * versions do not await its signature. A concluded avenant cannot be withdrawn: a new avenant
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
      // Associates it brought in do not join: later versions no longer await them.
      const joining = new Set(open.joining ?? []);
      const notJoining = charter.entities
        .filter((e) => joining.has(e.id) && e.role === 'associate' && e.required_signer === true)
        .map((e) => e.id);
      const entities = charter.entities.map((e) =>
        notJoining.includes(e.id) ? { ...e, required_signer: false } : e,
      );
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
      };
      return {
        edit: (e) => {
          charter.entities.forEach((entity, i) => {
            if (notJoining.includes(entity.id)) e.setScalar(['entities', i, 'required_signer'], 'false');
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
