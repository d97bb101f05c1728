/**
 * SCDL « Délibérations » 2.1.5 (schema.data.gouv.fr/scdl/deliberations): one CSV row per recorded
 * decision of a French local authority (commune, EPCI, département, région in FR), version
 * decisions then avenant decisions, in the order of the files. The SCDL covers the deliberations
 * of « collectivités locales »: decisions of partners abroad (no SIRET, no prefecture) and of
 * associations are not its business.
 */
import type { Charter, Decision } from '../model/charter.js';
import { actesSubjectName } from '../validate/opendata/actes.js';
import { csvDocument } from './text.js';
import { type BuildResult, MissingCollector, type PublishInput } from './types.js';

export const SCDL_DELIBERATIONS_VERSION = '2.1.5';

export const SCDL_FIELDS = [
  'COLL_NOM',
  'COLL_SIRET',
  'DELIB_ID',
  'DELIB_DATE',
  'DELIB_MATIERE_CODE',
  'DELIB_MATIERE_NOM',
  'DELIB_OBJET',
  'BUDGET_ANNEE',
  'BUDGET_NOM',
  'PREF_ID',
  'PREF_DATE',
  'VOTE_EFFECTIF',
  'VOTE_REEL',
  'VOTE_POUR',
  'VOTE_CONTRE',
  'VOTE_ABSTENTION',
  'DELIB_URL',
] as const;

const FRENCH_LOCAL_AUTHORITIES: ReadonlySet<string> = new Set(['commune', 'epci', 'departement', 'region']);

type Row = Array<string | number | undefined>;

interface Located {
  decision: Decision;
  pointer: string;
  /** The subject written when the decision does not state one (SCDL's DELIB_OBJET is required). */
  defaultSubject: string;
}

function decisionsOf(charter: Charter): Located[] {
  const out: Located[] = [];
  for (const [i, decision] of (charter.decisions ?? []).entries()) {
    out.push({
      decision,
      pointer: `/decisions/${i}`,
      defaultSubject: `Approbation de la charte « ${charter.title} » (version ${charter.version})`,
    });
  }
  for (const [k, amendment] of (charter.amendments ?? []).entries()) {
    for (const [i, decision] of (amendment.decisions ?? []).entries()) {
      out.push({
        decision,
        pointer: `/amendments/${k}/decisions/${i}`,
        defaultSubject: `Approbation de l’avenant n° ${amendment.number} à la charte « ${charter.title} » : ${amendment.purpose}`,
      });
    }
  }
  return out;
}

export function buildScdl(inputs: readonly PublishInput[], fileName: string): BuildResult {
  const rows: Row[] = [];
  const seen = new Set<string>();
  const result: BuildResult = { files: [], missing: [], included: [] };
  for (const input of inputs) {
    const { charter } = input;
    const missing = new MissingCollector(input);
    const charterRows: Row[] = [];
    for (const { decision, pointer, defaultSubject } of decisionsOf(charter)) {
      const index = charter.entities.findIndex((e) => e.id === decision.entity);
      const entity = charter.entities[index];
      if (entity?.country !== 'FR' || !FRENCH_LOCAL_AUTHORITIES.has(entity.type)) continue;
      const siret = entity.identifiers?.siret;
      if (siret === undefined)
        missing.need(`/entities/${index}`, `entities[${index}].identifiers.siret`, 'COLL_SIRET');
      const code = decision.subject_code;
      if (code === undefined) missing.need(pointer, `${dotted(pointer)}.subject_code`, 'DELIB_MATIERE_CODE');
      if (siret === undefined || code === undefined) continue;
      const vote = decision.vote;
      charterRows.push([
        entity.name,
        siret,
        decision.reference,
        decision.date,
        code,
        actesSubjectName(code),
        decision.subject ?? defaultSubject,
        undefined,
        undefined,
        undefined,
        decision.transmitted_on,
        vote?.members,
        vote?.present,
        vote?.for,
        vote?.against,
        vote?.abstention,
        decision.url,
      ]);
    }
    if (missing.ok) {
      for (const row of charterRows) {
        // The same decision can approve several charters: it is one row.
        const key = `${row[1]}\u0000${row[2]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        rows.push(row);
      }
      result.included.push(input.displayPath);
    } else result.missing.push(...missing.fields);
  }
  result.files.push({ name: fileName, content: csvDocument(SCDL_FIELDS, rows) });
  return result;
}

/** `/amendments/0/decisions/1` → `amendments[0].decisions[1]`. */
export function dotted(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .reduce((acc, part) => (/^[0-9]+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}
