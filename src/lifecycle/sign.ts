/**
 * `charte sign`: one entity signs the current version. One entry is added to `signatures`, every
 * other byte of the file stays as it was; with `commit`, the file alone is committed, and the
 * signature that completes the required signers gets the version's tag `charte/<id>/v<version>`.
 * A refusal (exit 1) or a failure (exit 2) writes nothing.
 */
import { type Diagnostic, ExitError } from '../diagnostics.js';
import {
  type EditContext,
  edit,
  loadValidCharter,
  restoreOriginal,
  writeVerified,
} from '../edit/pipeline.js';
import { CONTROL_CHARACTERS } from '../edit/scalar.js';
import type { WriteHooks } from '../edit/write.js';
import { joinList, type Lang } from '../i18n/index.js';
import type { CharterFile } from '../load/charter-file.js';
import {
  type Charter,
  charterStatus,
  FRONT_MATTER_KEYS,
  requiredSigners,
  type Signature,
} from '../model/charter.js';
import { type CalendarDate, compareDates, isValidDate, today } from '../model/dates.js';
import { didYouMean } from '../validate/suggest.js';
import { commitFile, createTag, prepareCommit } from './git-commit.js';

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
  /** Commit the file (and tag the version when this signature completes it). */
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
  signature: Signature;
  /** Whether every required signer (north and south entities) has now signed this version. */
  complete: boolean;
  /** Whether this signature is the one that completed them. */
  completedNow: boolean;
  /** Required signers still missing. */
  missing: string[];
  signedOn?: CalendarDate;
  dueOn?: CalendarDate;
  commit?: string;
  tag?: string;
  /** Warnings of the signed file about the new signature (e.g. a decision reference that matches none). */
  warnings: Diagnostic[];
}

const REFUSAL = { fr: "rien n'a été signé", en: 'nothing was signed' };

export function versionTag(id: string, version: number): string {
  return `charte/${id}/v${version}`;
}

function refuse(fr: string, en: string, lang: Lang, code: 1 | 2 = 1): ExitError {
  return new ExitError(lang === 'fr' ? fr : en, code);
}

/** Checks the flag values that do not depend on the charter (exit 2 when malformed). */
function checkValues(options: SignOptions): void {
  const { lang } = options;
  const texts: Array<[string, string | undefined]> = [
    ['--entity', options.entity],
    ['--signatory', options.signatory],
    ['--capacity', options.capacity],
    ['--place', options.place],
    ['--decision', options.decision],
  ];
  for (const [flag, value] of texts) {
    if (value === undefined) continue;
    if (value.trim() === '') {
      throw refuse(`${flag} est vide : donnez une valeur`, `${flag} is empty: give it a value`, lang, 2);
    }
    if (CONTROL_CHARACTERS.test(value)) {
      throw refuse(
        `${flag} contient un caractère de contrôle ou un saut de ligne : écrivez la valeur sur une ligne`,
        `${flag} holds a control character or a line break: write the value on one line`,
        lang,
        2,
      );
    }
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw refuse(
      `--date ${options.date} : écrivez la date AAAA-MM-JJ, par exemple 2026-03-31`,
      `--date ${options.date}: write the date as YYYY-MM-DD, e.g. 2026-03-31`,
      lang,
      2,
    );
  }
}

/** The refusals that depend on the charter: unknown entity, already signed, impossible date. */
function checkSignature(charter: Charter, file: CharterFile, options: SignOptions, asOf: CalendarDate): void {
  const { lang, entity, date } = options;
  const ids = charter.entities.map((e) => e.id);
  if (!ids.includes(entity)) {
    const guess = didYouMean(entity, ids);
    throw refuse(
      `${file.displayPath} : entité inconnue \`${entity}\`${guess ? ` ; vouliez-vous dire \`${guess}\` ?` : ''} (entités de la charte : ${ids.join(', ')})`,
      `${file.displayPath}: unknown entity \`${entity}\`${guess ? `; did you mean \`${guess}\`?` : ''} (the charter's entities: ${ids.join(', ')})`,
      lang,
    );
  }
  const existing = (charter.signatures ?? []).find((s) => s.entity === entity);
  if (existing) {
    throw refuse(
      `${file.displayPath} : \`${entity}\` a déjà signé la version ${charter.version} (${existing.signatory}, le ${existing.date}) : une signature par entité et par version ; pour un renouvellement, ouvrez la version suivante avec \`charte renew --start\``,
      `${file.displayPath}: \`${entity}\` already signed version ${charter.version} (${existing.signatory}, on ${existing.date}): one signature per entity and version; to renew, open the next version with \`charte renew --start\``,
      lang,
    );
  }
  if (!isValidDate(date)) {
    throw refuse(
      `--date ${date} : ce jour n'existe pas dans le calendrier (mois de 1 à 12, 29 février les années bissextiles seulement)`,
      `--date ${date}: no such day in the calendar (months 1 to 12, 29 February in leap years only)`,
      lang,
    );
  }
  if (compareDates(date, asOf) > 0) {
    throw refuse(
      `--date ${date} est dans le futur (nous sommes le ${asOf}) : on enregistre une signature le jour où elle a eu lieu, ou après`,
      `--date ${date} is in the future (today is ${asOf}): record a signature on the day it took place, or later`,
      lang,
    );
  }
  const decisions = (charter.decisions ?? []).filter((d) => d.entity === entity);
  const first = decisions.reduce<(typeof decisions)[number] | undefined>(
    (earliest, d) => (earliest === undefined || compareDates(d.date, earliest.date) < 0 ? d : earliest),
    undefined,
  );
  if (first && compareDates(date, first.date) < 0) {
    throw refuse(
      `--date ${date} précède la délibération de \`${entity}\` (${first.reference}, du ${first.date}) : on signe après le vote ; vérifiez la date`,
      `--date ${date} precedes the decision of \`${entity}\` (${first.reference}, of ${first.date}): a charter is signed after the vote; check the date`,
      lang,
    );
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

function commitMessage(id: string, signature: Signature, version: number): string {
  const where = signature.place !== undefined ? `, ${signature.place}` : '';
  return `charte(${id}): ${signature.entity} signs v${version}\n\n${signature.signatory} (${signature.capacity}), ${signature.date}${where}\n`;
}

function tagMessage(id: string, version: number, signatures: readonly Signature[], signedOn: string): string {
  const lines = signatures.map((s) => `${s.entity}: ${s.signatory} (${s.capacity}), ${s.date}`);
  return `charte(${id}): v${version} signed ${signedOn}\n\n${lines.join('\n')}\n`;
}

/** Adds a signature to the charter at `path`; see the module comment. */
export async function signCharter(path: string, options: SignOptions): Promise<SignResult> {
  const { lang } = options;
  checkValues(options);
  const asOf = options.asOf ?? today();
  const context: EditContext = { cwd: options.cwd, lang, asOf };
  // A draft's `signatures:` left empty is the one error a signature fixes.
  const { file, charter } = await loadValidCharter(
    path,
    context,
    REFUSAL,
    (d, f) => d.pointer === '/signatures' && f.data?.signatures === null,
  );
  checkSignature(charter, file, options, asOf);

  const signature = signatureOf(options);
  const before = charter.signatures ?? [];
  const after = [...before, signature];
  const required = requiredSigners(charter);
  const signedBefore = new Set(before.map((s) => s.entity));
  const signedAfter = new Set(after.map((s) => s.entity));
  const complete = required.every((id) => signedAfter.has(id));
  const completedNow = complete && !required.every((id) => signedBefore.has(id));
  const tag = completedNow ? versionTag(charter.id, charter.version) : undefined;

  const target = options.commit
    ? await prepareCommit(file.path, {
        displayPath: file.displayPath,
        lang,
        ...(options.env ? { env: options.env } : {}),
        ...(tag ? { tag } : {}),
      })
    : undefined;

  const editor = edit(file, lang, (e) =>
    e.appendToList(
      'signatures',
      { ...signature },
      { newKeyAfter: FRONT_MATTER_KEYS.slice(0, FRONT_MATTER_KEYS.indexOf('signatures')) },
    ),
  );
  const expected = { ...file.data, signatures: after };
  const { bytes, edited } = await writeVerified(file, editor, expected, context, REFUSAL, options.hooks);

  const status = charterStatus({ ...charter, signatures: after }, asOf);
  const index = after.length - 1;
  const result: SignResult = {
    path: file.displayPath,
    id: charter.id,
    version: charter.version,
    signature,
    complete,
    completedNow,
    missing: required.filter((id) => !signedAfter.has(id)),
    warnings: edited.diagnostics.filter(
      (d) =>
        d.severity === 'warning' && d.pointer !== undefined && d.pointer.startsWith(`/signatures/${index}`),
    ),
  };
  if (status.signedOn !== undefined) result.signedOn = status.signedOn;
  if (status.dueOn !== undefined) result.dueOn = status.dueOn;

  if (target) {
    try {
      result.commit = await commitFile(target, commitMessage(charter.id, signature, charter.version));
    } catch (error) {
      const restored = await restoreOriginal(file, bytes, lang);
      if (error instanceof ExitError && restored) {
        throw new ExitError(
          lang === 'fr'
            ? `${error.message} ; la signature a été retirée du fichier, qui est revenu à son état d'avant`
            : `${error.message}; the signature was taken out of the file again, which is back as it was`,
          error.code,
        );
      }
      throw error;
    }
    if (tag && status.signedOn !== undefined) {
      await createTag(
        target,
        tag,
        tagMessage(charter.id, charter.version, after, status.signedOn),
        result.commit,
      );
      result.tag = tag;
    }
  }
  return result;
}

/** The sentence the CLI prints after a signature. */
export function describeSignResult(result: SignResult, lang: Lang): string {
  const fr = lang === 'fr';
  const s = result.signature;
  const lines = [
    fr
      ? `${result.path} : \`${s.entity}\` signe la version ${result.version} (${s.signatory}, ${s.capacity}, le ${s.date}).`
      : `${result.path}: \`${s.entity}\` signs version ${result.version} (${s.signatory}, ${s.capacity}, on ${s.date}).`,
  ];
  if (result.complete) {
    lines.push(
      fr
        ? `Toutes les entités requises ont signé : version ${result.version} signée le ${result.signedOn}, à renouveler le ${result.dueOn}.`
        : `All required signers have signed: version ${result.version} signed on ${result.signedOn}, due for renewal on ${result.dueOn}.`,
    );
  } else {
    const missing = joinList(
      result.missing.map((id) => `\`${id}\``),
      lang,
    );
    lines.push(fr ? `Signatures encore attendues : ${missing}.` : `Signatures still expected: ${missing}.`);
  }
  if (result.commit) {
    lines.push(fr ? `Commit ${result.commit.slice(0, 12)}.` : `Committed ${result.commit.slice(0, 12)}.`);
  }
  if (result.tag) lines.push(fr ? `Étiquette ${result.tag} créée.` : `Tagged ${result.tag}.`);
  return `${lines.join('\n')}\n`;
}
