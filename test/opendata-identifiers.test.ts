/**
 * The official identifiers and SCDL decision fields `charte validate` checks: SIREN and SIRET
 * Luhn keys (with La Poste's exception), INSEE code shape (Corsica's 2A/2B), ISO 3166 country,
 * IATI organisation identifier (agency of the org-id.guide list), ACTES subject code, vote counts.
 * Positions are file:line:column of the value; suggestions where a near value exists.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTES_CODES, actesSubjectName } from '../src/validate/opendata/actes.js';
import {
  COUNTRY_CODES,
  REGISTRATION_AGENCIES,
  WITHDRAWN_REGISTRATION_AGENCIES,
} from '../src/validate/opendata/codelists.js';
import {
  checkIatiOrgId,
  inseeCodeValid,
  luhnValid,
  sirenValid,
  siretValid,
} from '../src/validate/opendata/identifiers.js';
import { baseCharter, writeCharter } from './fixtures/opendata/portfolio.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

const codelistXml = (name: string) =>
  readFileSync(new URL(`./fixtures/standards/iati/2.03/codelists/${name}.xml`, import.meta.url), 'utf8');

function codes(name: string, withdrawn: boolean): string[] {
  return [...codelistXml(name).matchAll(/<codelist-item([^>]*)>\s*<code>([^<]+)<\/code>/g)]
    .filter((m) => /status="withdrawn"/.test(m[1]!) === withdrawn)
    .map((m) => m[2]!);
}

describe('identifier checks', () => {
  it('checks SIREN and SIRET Luhn keys, with La Poste’s digit-sum rule', () => {
    expect(sirenValid('218601946')).toBe(true); // Poitiers
    expect(sirenValid('218601947')).toBe(false);
    expect(siretValid('21860194600013')).toBe(true);
    expect(siretValid('21860194600014')).toBe(false);
    // A La Poste establishment: no Luhn key, digits adding up to a multiple of 5.
    expect(luhnValid('35600000049837')).toBe(false);
    expect(siretValid('35600000049837')).toBe(true);
    expect(siretValid('35600000049838')).toBe(false);
    expect(siretValid('35600000000048')).toBe(true); // the head office, Luhn-valid too
  });

  it('checks the shape of INSEE commune codes', () => {
    for (const ok of ['86194', '75056', '2A004', '2B033', '97411', '97611', '01001'])
      expect(inseeCodeValid(ok), ok).toBe(true);
    for (const bad of ['20004', '2C004', '00001', '96001', '97711', '8619', '861940', '2a004'])
      expect(inseeCodeValid(bad), bad).toBe(false);
  });

  it('checks the shape and agency of IATI organisation identifiers', () => {
    expect(checkIatiOrgId('FR-RCS-218601946')).toBeUndefined();
    expect(checkIatiOrgId('XM-DAC-7')).toBeUndefined();
    expect(checkIatiOrgId('FR RCS 218601946')).toEqual({ kind: 'shape' });
    expect(checkIatiOrgId('FR-RCS-2186/01946')).toEqual({ kind: 'shape' });
    expect(checkIatiOrgId('FR-RSC-218601946')).toEqual({ kind: 'unknown-agency', agency: 'FR-RSC' });
    expect(checkIatiOrgId('FR-INSEE-218601946')).toEqual({ kind: 'withdrawn-agency', agency: 'FR-INSEE' });
  });

  it('keeps its code lists equal to the vendored official IATI codelists', () => {
    expect([...COUNTRY_CODES].sort()).toEqual(codes('Country', false).sort());
    expect([...REGISTRATION_AGENCIES].sort()).toEqual(codes('OrganisationRegistrationAgency', false).sort());
    expect([...WITHDRAWN_REGISTRATION_AGENCIES].sort()).toEqual(
      codes('OrganisationRegistrationAgency', true).sort(),
    );
  });

  it('names ACTES subjects the way SCDL asks (lower case, no comma, no parenthesis)', () => {
    expect(ACTES_CODES).toHaveLength(57);
    expect(actesSubjectName('7.5')).toBe('finances locales/subventions');
    expect(actesSubjectName('8.4')).toBe('domaines de compétences par thèmes/aménagement du territoire');
    expect(actesSubjectName('1.5')).toBe('commande publique/transactions protocole d’accord transactionnel');
    for (const code of ACTES_CODES) expect(actesSubjectName(code)).not.toMatch(/[(),A-Z]/);
    expect(actesSubjectName('9.9')).toBeUndefined();
  });
});

describe('charte validate on identifiers and decision fields', () => {
  async function validate(edit: (c: ReturnType<typeof baseCharter>) => void, lang = 'en') {
    const dir = tempDir();
    const charter = baseCharter();
    edit(charter);
    const path = writeCharter(dir, 'c', charter);
    const result = await runCli(['validate', '--lang', lang, '--as-of', '2026-12-01', 'c.md'], { cwd: dir });
    return { ...result, lines: readFileSync(path, 'utf8').split('\n') };
  }

  it('accepts the fixture’s identifiers', async () => {
    const result = await validate(() => {});
    expect(result.stdout).toContain('0 errors, 0 warnings');
    expect(result.code).toBe(0);
  });

  it('reports each bad identifier at its value, with a suggestion where one is near', async () => {
    const result = await validate((c) => {
      c.entities[0]!.identifiers = {
        siren: '218601947',
        siret: '21860194600014',
        insee_code: '20004',
        iati_org_id: 'FR-RSC-218601946',
      };
      c.entities[1]!.country = 'UK';
      c.entities[2]!.identifiers = {
        iati_org_id: 'FR-INSEE-218601946',
        siren: '218601946',
        siret: '21750001600019',
      };
    });
    expect(result.code).toBe(1);
    const at = (rule: string) => {
      const m = new RegExp(`c\\.md:(\\d+):(\\d+)\\s+error\\s+(.*)\\(${rule}\\)`).exec(result.stdout);
      expect(m, rule).not.toBeNull();
      return { line: result.lines[Number(m![1]) - 1]!, column: Number(m![2]), message: m![3]! };
    };
    expect(at('siren-check-digit').line).toContain('siren: "218601947"');
    expect(at('siret-check-digit').line).toContain('siret: "21860194600014"');
    expect(at('insee-code').message).toContain('did you mean `2A004 / 2B004`?');
    const agency = at('iati-org-id');
    expect(agency.line).toContain('FR-RSC-218601946');
    expect(result.stdout).toContain(
      '`FR-RSC` is not a registration agency of the IATI list (org-id.guide): did you mean `FR-RCS`?',
    );
    expect(result.stdout).toContain(
      'registration agency `FR-INSEE` was withdrawn from the IATI list: use `FR-RCS`',
    );
    expect(result.stdout).toContain(
      'SIRET `21750001600019` does not start with the same entity’s SIREN `218601946`',
    );
    const country = at('country-code');
    expect(country.line).toMatch(/country: UK/);
    expect(country.message).toContain('did you mean `GB`?');
  });

  it('checks ACTES codes, transmission dates and vote counts, in French too', async () => {
    const result = await validate((c) => {
      c.decisions![0] = {
        ...c.decisions![0],
        subject_code: '7.55',
        transmitted_on: '2024-09-20',
        vote: { members: 29, present: 30, for: 20, against: 5, abstention: 1 },
      };
    }, 'fr');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /`7\.55` n’est pas une matière de niveau 2 de la nomenclature ACTES : vouliez-vous dire `7\.5` \?/,
    );
    expect(result.stdout).toContain(
      'transmise en préfecture le 2024-09-20, avant la délibération du 2024-09-26',
    );
    expect(result.stdout).toContain('30 votants pour 29 membres en exercice');
    expect(result.stdout).toContain('pour (20) + contre (5) + abstentions (1) ne font pas les 30 votants');
    expect(result.stdout).toMatch(/c\.md:\d+:\d+ +erreur/);
  });
});
