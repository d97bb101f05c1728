/**
 * Official identifiers of the bodies a charter binds: the checks `charte validate` runs on them and
 * the open data exports rely on. Pure functions over strings; no I/O.
 */
import { COUNTRY_CODES, REGISTRATION_AGENCIES, WITHDRAWN_REGISTRATION_AGENCIES } from './codelists.js';

/** The Luhn sum (ISO/IEC 7812-1) of a string of digits is a multiple of 10. */
export function luhnValid(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** La Poste’s SIREN: its thousands of establishments outgrew the Luhn key of the NIC. */
export const LA_POSTE_SIREN = '356000000';

export function sirenValid(siren: string): boolean {
  return /^[0-9]{9}$/.test(siren) && luhnValid(siren);
}

/**
 * A SIRET is valid when its 14 digits pass the Luhn check, except for La Poste’s establishments
 * (SIREN 356000000), whose SIRET digits add up to a multiple of 5 instead (INSEE’s rule).
 */
export function siretValid(siret: string): boolean {
  if (!/^[0-9]{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    // La Poste's head office 35600000000048 passes the ordinary Luhn check as well.
    let sum = 0;
    for (const c of siret) sum += c.charCodeAt(0) - 48;
    return sum % 5 === 0 || luhnValid(siret);
  }
  return luhnValid(siret);
}

/**
 * The shape of an INSEE commune code (Code officiel géographique): two characters of département
 * (01–95 without 20, or 2A/2B for Corsica) and three digits, or a three-digit overseas département
 * (971–976) and two digits. The shape only: whether the commune exists is the COG’s business.
 */
export function inseeCodeValid(code: string): boolean {
  if (/^(2A|2B)[0-9]{3}$/.test(code)) return true;
  if (/^97[1-6][0-9]{2}$/.test(code)) return true;
  if (!/^[0-9]{5}$/.test(code)) return false;
  const department = Number(code.slice(0, 2));
  return department >= 1 && department <= 95 && department !== 20;
}

/** Whether an ISO 3166-1 alpha-2 code is assigned (IATI’s Country list). */
export function countryExists(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

/** Codes people write for a country that ISO 3166-1 spells otherwise. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

export function countrySuggestion(code: string): string | undefined {
  return COUNTRY_ALIASES[code];
}

export type IatiOrgIdProblem =
  | { kind: 'shape' }
  | { kind: 'unknown-agency'; agency: string }
  | { kind: 'withdrawn-agency'; agency: string };

/** The registration agency prefix of an IATI organisation identifier: `FR-RCS` of `FR-RCS-218601946`. */
export function iatiAgencyOf(id: string): string | undefined {
  const match = /^([A-Z]{2}-[A-Za-z0-9]+)-\S+$/.exec(id);
  return match?.[1];
}

/**
 * Checks an IATI organisation identifier: `{agency}-{number}`, the agency a code of the IATI
 * OrganisationRegistrationAgency list (org-id.guide) in use; no spaces, no characters IATI forbids
 * in identifiers (`/ ? # &`).
 */
export function checkIatiOrgId(id: string): IatiOrgIdProblem | undefined {
  const agency = iatiAgencyOf(id);
  if (agency === undefined || /[/?#&\s]/.test(id)) return { kind: 'shape' };
  if (REGISTRATION_AGENCIES.has(agency)) return undefined;
  if (WITHDRAWN_REGISTRATION_AGENCIES.has(agency)) return { kind: 'withdrawn-agency', agency };
  return { kind: 'unknown-agency', agency };
}

export function registrationAgencies(): readonly string[] {
  return [...REGISTRATION_AGENCIES];
}
