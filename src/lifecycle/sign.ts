/**
 * `charte sign`: one entity signs the current version, or the avenant that is open. One entry is
 * added to `signatures` (or to `amendments[k].signatures`), every other byte of the file stays as
 * it was; with `commit`, the file alone is committed, and the signature that completes the
 * required signers gets the tag `charte/<id>/v<version>` (or `charte/<id>/v<version>-a<k>`).
 * A refusal (exit 1) or a failure (exit 2) writes nothing. Runs through the shared runner
 * (runner.ts): two signatures at once cannot both be recorded from the same read.
 */

import { type Diagnostic, ExitError } from '../diagnostics.js';
import type { WriteHooks } from '../edit/write.js';
import { messages } from '../i18n/catalogue.js';
import { formatDateLong } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import {
  type Amendment,
  amendmentSignedOn,
  amendmentSigners,
  type Charter,
  charterStatus,
  FRONT_MATTER_KEYS,
  lifecyclePhase,
  requiredSigners,
  type Signature,
  versionTag,
} from '../model/charter.js';
import { type CalendarDate, compareDates, today } from '../model/dates.js';
import { assertNoPlaceholders } from '../render/ready.js';
import { didYouMean } from '../validate/suggest.js';
import { type EditPlan, editRunOptions, runEditCommand } from './runner.js';
import { charterLang, checkDate, checkTexts, codes, refuseClosed, tagExists } from './values.js';

export { versionTag };

export interface SignOptions {
  cwd: string;
  lang: Lang;
  entity: string;
  signatory: string;
  capacity: string;
  /** YYYY-MM-DD. */
  date: string;
  place?: string;
  /** Reference of the entity's decision (délibération). */
  decision?: string;
  /** Commit the file (and tag the version or avenant when this signature completes it). */
  commit?: boolean;
  /** The day of the check (default: today): a signature cannot be dated after it. */
  asOf?: CalendarDate;
  /** Environment for git (the CLI passes its own). */
  env?: NodeJS.ProcessEnv;
  hooks?: WriteHooks;
}

export interface SignResult {
  /** Path relative to `cwd`, with `/`. */
  path: string;
  id: string;
  version: number;
  /** The avenant signed, when one was open. */
  amendment?: number;
  signature: Signature;
  /** Whether every required signer of the version (or of the avenant) has now signed. */
  complete: boolean;
  /** Whether this signature is the one that completed them. */
  completedNow: boolean;
  /** Required signers still missing. */
  missing: string[];
  signedOn?: CalendarDate;
  dueOn?: CalendarDate;
  /** The day the avenant was concluded, once complete. */
  amendmentSignedOn?: CalendarDate;
  commit?: string;
  tag?: string;
  /** Warnings of the signed file about the new signature (e.g. a decision reference that matches none). */
  warnings: Diagnostic[];
}

function checkValues(options: SignOptions): void {
  checkTexts(options.lang, [
    ['--entity', options.entity],
    ['--signatory', options.signatory],
    ['--capacity', options.capacity],
    ['--place', options.place],
    ['--decision', options.decision],
  ]);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw new ExitError(messages(options.lang).lifecycle.values.dateFormat('--date', options.date), 2);
  }
}

function signatureOf(options: SignOptions): Signature {
  const signature: Signature = {
    entity: options.entity,
    signatory: options.signatory,
    capacity: options.capacity,
    date: options.date,
  };
  if (options.place !== undefined) signature.place = options.place;
  if (options.decision !== undefined) signature.decision = options.decision;
  return signature;
}

function commitMessage(subject: string, signature: Signature, lang: Lang): string {
  const line = messages(lang).lifecycle.history.signatureLine(
    signature.signatory,
    signature.capacity,
    formatDateLong(signature.date, lang),
    signature.place,
  );
  return `${subject}\n\n${line}\n`;
}

function tagBody(subject: string, signatures: readonly Signature[], lang: Lang): string {
  const t = messages(lang).lifecycle.history;
  const lines = signatures.map(
    (s) => `${s.entity}: ${t.signatureLine(s.signatory, s.capacity, formatDateLong(s.date, lang), s.place)}`,
  );
  return `${subject}\n\n${lines.join('\n')}\n`;
}

/** The earliest decision of `entity` among `decisions`. */
function firstDecision(decisions: Charter['decisions'], entity: string) {
  return (decisions ?? [])
    .filter((d) => d.entity === entity)
    .reduce<NonNullable<Charter['decisions']>[number] | undefined>(
      (earliest, d) => (earliest === undefined || compareDates(d.date, earliest.date) < 0 ? d : earliest),
      undefined,
    );
}

/** Adds a signature to the charter at `path`; see the module comment. */
export async function signCharter(path: string, options: SignOptions): Promise<SignResult> {
  const { lang } = options;
  checkValues(options);
  const asOf = options.asOf ?? today();
  const t = messages(lang).lifecycle;
  const day = (date: string) => formatDateLong(date, lang);
  const signature = signatureOf(options);
  let state: {
    amendment?: { entry: Amendment; index: number };
    after: Signature[];
    required: string[];
    completedNow: boolean;
  };

  const outcome = await runEditCommand(path, editRunOptions(options, lang, asOf), {
    refusal: 'signed',
    // A draft's `signatures:` left empty is the one error a signature fixes.
    tolerate: (d, f) => d.pointer === '/signatures' && f.data?.signatures === null,
    lockedMessage: t.runner.signLocked,
    async plan(file, charter): Promise<EditPlan> {
      const where = file.displayPath;
      const { entity } = options;
      refuseClosed(charter, where, lang, asOf);
      // Nobody signs a text that still says « à préciser »: fill it in first.
      assertNoPlaceholders(file.text, where, lang);
      const ids = charter.entities.map((e) => e.id);
      if (!ids.includes(entity)) {
        throw new ExitError(t.state.unknownEntity(where, entity, didYouMean(entity, ids), ids.join(', ')), 1);
      }
      checkDate(lang, '--date', options.date, asOf);
      const history = messages(charterLang(charter, lang)).lifecycle.history;
      const phase = lifecyclePhase(charter, asOf);

      if (phase.phase === 'amending') {
        const entry = phase.amendment;
        const index = (charter.amendments ?? []).indexOf(entry);
        const signers = amendmentSigners(charter, entry.number);
        if (!signers.includes(entity)) {
          throw new ExitError(
            t.sign.notAmendmentSigner(where, entity, entry.number, codes(signers, lang)),
            1,
          );
        }
        const existing = (entry.signatures ?? []).find((s) => s.entity === entity);
        if (existing) {
          throw new ExitError(
            t.sign.amendmentAlreadySigned(
              where,
              entity,
              entry.number,
              existing.signatory,
              day(existing.date),
              codes(phase.missing, lang),
            ),
            1,
          );
        }
        if (compareDates(options.date, entry.opened_on) < 0) {
          throw new ExitError(t.sign.dateBeforeOpened(options.date, entry.number, day(entry.opened_on)), 1);
        }
        const decided = firstDecision(entry.decisions, entity);
        if (decided && compareDates(options.date, decided.date) < 0) {
          throw new ExitError(
            t.sign.dateBeforeDecision(options.date, entity, decided.reference, day(decided.date)),
            1,
          );
        }
        const before = entry.signatures ?? [];
        const after = [...before, signature];
        const amendments = (charter.amendments ?? []).map((a, i) =>
          i === index ? { ...a, signatures: after } : a,
        );
        const completedNow = phase.missing.length === 1;
        state = { amendment: { entry, index }, after, required: signers, completedNow };
        const subject = history.signAmendment(charter.id, entity, charter.version, entry.number);
        const plan: EditPlan = {
          edit: (e) => e.appendToList(['amendments', index, 'signatures'], { ...signature }),
          expected: { ...file.data, amendments },
          commitMessage: commitMessage(subject, signature, charterLang(charter, lang)),
        };
        if (completedNow) {
          const concluded = amendmentSignedOn({ ...charter, amendments }, entry.number)!;
          const tagLang = charterLang(charter, lang);
          plan.tag = {
            name: versionTag(charter.id, charter.version, entry.number),
            message: tagBody(
              history.amendmentTag(
                charter.id,
                charter.version,
                entry.number,
                formatDateLong(concluded, tagLang),
              ),
              after,
              tagLang,
            ),
          };
        }
        return plan;
      }

      const existing = (charter.signatures ?? []).find((s) => s.entity === entity);
      if (existing) {
        throw new ExitError(
          t.sign.alreadySigned(where, entity, charter.version, existing.signatory, day(existing.date)),
          1,
        );
      }
      const tag = versionTag(charter.id, charter.version);
      if (await tagExists(file.path, tag, options.env, lang)) {
        throw new ExitError(t.sign.joinAfterSigning(where, entity, charter.version, tag), 1);
      }
      const decided = firstDecision(charter.decisions, entity);
      if (decided && compareDates(options.date, decided.date) < 0) {
        throw new ExitError(
          t.sign.dateBeforeDecision(options.date, entity, decided.reference, day(decided.date)),
          1,
        );
      }
      const before = charter.signatures ?? [];
      const after = [...before, signature];
      const required = requiredSigners(charter);
      const signedBefore = new Set(before.map((s) => s.entity));
      const signedAfter = new Set(after.map((s) => s.entity));
      const completedNow =
        required.every((id) => signedAfter.has(id)) && !required.every((id) => signedBefore.has(id));
      state = { after, required, completedNow };
      const tagLang = charterLang(charter, lang);
      const plan: EditPlan = {
        edit: (e) =>
          e.appendToList(
            'signatures',
            { ...signature },
            { newKeyAfter: FRONT_MATTER_KEYS.slice(0, FRONT_MATTER_KEYS.indexOf('signatures')) },
          ),
        expected: { ...file.data, signatures: after },
        commitMessage: commitMessage(
          history.signVersion(charter.id, entity, charter.version),
          signature,
          tagLang,
        ),
      };
      const status = charterStatus({ ...charter, signatures: after }, asOf);
      if (completedNow && status.signedOn !== undefined) {
        plan.tag = {
          name: tag,
          message: tagBody(
            history.versionTag(charter.id, charter.version, formatDateLong(status.signedOn, tagLang)),
            after,
            tagLang,
          ),
        };
      }
      return plan;
    },
    result({ file, charter, edited }): SignResult {
      const signedAfter = new Set(state.after.map((s) => s.entity));
      const missing = state.required.filter((id) => !signedAfter.has(id));
      const status = charterStatus(state.amendment ? charter : { ...charter, signatures: state.after }, asOf);
      const pointer = state.amendment
        ? `/amendments/${state.amendment.index}/signatures/${state.after.length - 1}`
        : `/signatures/${state.after.length - 1}`;
      const result: SignResult = {
        path: file.displayPath,
        id: charter.id,
        version: charter.version,
        signature,
        complete: missing.length === 0,
        completedNow: state.completedNow,
        missing,
        warnings: edited.diagnostics.filter(
          (d) => d.severity === 'warning' && d.pointer !== undefined && d.pointer.startsWith(pointer),
        ),
      };
      if (state.amendment) {
        result.amendment = state.amendment.entry.number;
        const amendments = (charter.amendments ?? []).map((a, i) =>
          i === state.amendment!.index ? { ...a, signatures: state.after } : a,
        );
        const concluded = amendmentSignedOn({ ...charter, amendments }, state.amendment.entry.number);
        if (concluded !== undefined) result.amendmentSignedOn = concluded;
      }
      if (status.signedOn !== undefined) result.signedOn = status.signedOn;
      if (status.dueOn !== undefined) result.dueOn = status.dueOn;
      return result;
    },
  });
  const result = outcome.result;
  if (outcome.commit !== undefined) result.commit = outcome.commit;
  if (outcome.tag !== undefined) result.tag = outcome.tag;
  return result;
}

/** The sentences the CLI prints after a signature. */
export function describeSignResult(result: SignResult, lang: Lang): string {
  const t = messages(lang).lifecycle;
  const day = (date: string | undefined) => (date === undefined ? '?' : formatDateLong(date, lang));
  const s = result.signature;
  const lines = [
    result.amendment === undefined
      ? t.sign.signsVersion(result.path, s.entity, result.version, s.signatory, s.capacity, day(s.date))
      : t.sign.signsAmendment(
          result.path,
          s.entity,
          result.amendment,
          result.version,
          s.signatory,
          s.capacity,
          day(s.date),
        ),
  ];
  if (!result.complete) lines.push(t.sign.stillExpected(codes(result.missing, lang)));
  else if (result.amendment !== undefined) {
    lines.push(t.sign.amendmentComplete(result.amendment, day(result.amendmentSignedOn), day(result.dueOn)));
  } else lines.push(t.sign.versionComplete(result.version, day(result.signedOn), day(result.dueOn)));
  if (result.commit) lines.push(t.result.committed(result.commit.slice(0, 12)));
  if (result.tag) lines.push(t.result.tagged(result.tag));
  return `${lines.join('\n')}\n`;
}
