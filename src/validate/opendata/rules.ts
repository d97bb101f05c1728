/**
 * The rules on what the open data formats read: official identifiers of entities (SIREN and SIRET
 * check digits, INSEE code shape, ISO 3166 country, IATI organisation identifier) and the decision
 * fields of SCDL Délibérations (ACTES subject code, transmission date, vote counts). Like the model
 * rules, they run only on a charter the schema accepted.
 */
import { messages } from '../../i18n/catalogue.js';
import type { CharterFile } from '../../load/charter-file.js';
import type { Charter, Decision } from '../../model/charter.js';
import { compareDates } from '../../model/dates.js';
import { didYouMean } from '../suggest.js';
import { ACTES_CODES, ACTES_LEVEL_2 } from './actes.js';
import {
  checkIatiOrgId,
  countryExists,
  countrySuggestion,
  inseeCodeValid,
  registrationAgencies,
  sirenValid,
  siretValid,
} from './identifiers.js';

/** The agency an identifier under a withdrawn one should move to, where org-id.guide names it. */
const AGENCY_REPLACEMENTS: Readonly<Record<string, string>> = { 'FR-INSEE': 'FR-RCS' };

export function checkOpenDataFields(file: CharterFile): void {
  const charter = file.data as unknown as Charter;
  const m = messages(file.lang).opendata;
  const error = (pointer: string, rule: string, message: string) =>
    file.addAt(pointer, { severity: 'error', rule, message });

  charter.entities.forEach((entity, i) => {
    const base = `/entities/${i}`;
    if (!countryExists(entity.country)) {
      error(
        `${base}/country`,
        'country-code',
        m.countryUnknown(entity.country, countrySuggestion(entity.country)),
      );
    }
    const ids = entity.identifiers;
    if (!ids) return;
    if (ids.siren !== undefined && !sirenValid(ids.siren)) {
      error(`${base}/identifiers/siren`, 'siren-check-digit', m.sirenInvalid(ids.siren));
    }
    if (ids.siret !== undefined) {
      if (!siretValid(ids.siret))
        error(`${base}/identifiers/siret`, 'siret-check-digit', m.siretInvalid(ids.siret));
      else if (ids.siren !== undefined && !ids.siret.startsWith(ids.siren)) {
        error(`${base}/identifiers/siret`, 'siret-siren-mismatch', m.siretNotOfSiren(ids.siret, ids.siren));
      }
    }
    if (ids.insee_code !== undefined && !inseeCodeValid(ids.insee_code)) {
      error(
        `${base}/identifiers/insee_code`,
        'insee-code',
        m.inseeInvalid(ids.insee_code, inseeSuggestion(ids.insee_code)),
      );
    }
    if (ids.iati_org_id !== undefined) {
      const problem = checkIatiOrgId(ids.iati_org_id);
      const pointer = `${base}/identifiers/iati_org_id`;
      if (problem?.kind === 'shape') error(pointer, 'iati-org-id', m.iatiOrgIdShape(ids.iati_org_id));
      else if (problem?.kind === 'unknown-agency') {
        const suggestion = didYouMean(problem.agency, registrationAgencies());
        error(pointer, 'iati-org-id', m.iatiAgencyUnknown(problem.agency, suggestion));
      } else if (problem?.kind === 'withdrawn-agency') {
        error(
          pointer,
          'iati-org-id',
          m.iatiAgencyWithdrawn(problem.agency, AGENCY_REPLACEMENTS[problem.agency]),
        );
      }
    }
  });

  const decisionRules = (decision: Decision, base: string) => {
    if (decision.subject_code !== undefined && ACTES_LEVEL_2[decision.subject_code] === undefined) {
      error(
        `${base}/subject_code`,
        'actes-subject-code',
        m.actesCodeUnknown(decision.subject_code, didYouMean(decision.subject_code, ACTES_CODES)),
      );
    }
    if (decision.transmitted_on !== undefined && compareDates(decision.transmitted_on, decision.date) < 0) {
      error(
        `${base}/transmitted_on`,
        'transmitted-before-decision',
        m.transmittedBeforeDecision(decision.transmitted_on, decision.date),
      );
    }
    const vote = decision.vote;
    if (vote) {
      if (vote.present > vote.members)
        error(`${base}/vote/present`, 'vote-counts', m.voteMoreVotersThanMembers(vote.present, vote.members));
      const cast = vote.for + vote.against + vote.abstention;
      if (cast !== vote.present)
        error(
          `${base}/vote`,
          'vote-counts',
          m.voteSumMismatch(vote.for, vote.against, vote.abstention, vote.present),
        );
    }
  };
  for (const [i, d] of (charter.decisions ?? []).entries()) decisionRules(d, `/decisions/${i}`);
  for (const [k, a] of (charter.amendments ?? []).entries()) {
    for (const [i, d] of (a.decisions ?? []).entries()) decisionRules(d, `/amendments/${k}/decisions/${i}`);
  }
}

/** Corsica’s communes are numbered 2A… and 2B…, not 20…; lower case letters are upper case. */
function inseeSuggestion(code: string): string | undefined {
  const upper = code.toUpperCase();
  if (upper !== code && inseeCodeValid(upper)) return upper;
  if (/^20[0-9]{3}$/.test(code)) return `2A${code.slice(2)} / 2B${code.slice(2)}`;
  return undefined;
}
