/* Generated from schemas/charter.schema.json by `npm run gen:types`. Do not edit. */

export type Slug = string;
export type Sdg = number;
export type ActionRef = string;
export type Text = string;

/**
 * Front matter d'une charte de solidarité entre entités jumelées (modèle version 1). / Front matter of a solidarity charter between twinned territorial entities (model version 1).
 */
export interface Charter {
  /**
   * Marque le fichier comme une charte ; toujours 1. / Marks the file as a charter; always 1.
   */
  charte: 1;
  /**
   * Identifiant stable à travers les versions et les renouvellements (minuscules, chiffres, tirets). / Stable across versions and renewals (lower case, digits, hyphens).
   */
  id: string;
  /**
   * Titre de la charte. / Title of the charter.
   */
  title: string;
  /**
   * Nature de l'acte. / Kind of act.
   */
  kind: 'solidarity_charter' | 'twinning_charter' | 'cooperation_agreement' | 'amendment';
  /**
   * false (par défaut) : engagement politique ; true : convention au sens du CGCT L.1115-1 (objet et montants prévisionnels requis). / false (default): a political commitment; true: a convention under CGCT L.1115-1 (purpose and forecast amounts required).
   */
  binding?: boolean;
  /**
   * Langue du texte, étiquette BCP 47 (fr, en, es, pt, mg, ht...). / Language of the text, a BCP 47 tag (fr, en, es, pt, mg, ht...).
   */
  language: string;
  /**
   * Un cycle de signature = une version ; +1 à chaque renouvellement. / One signature cycle = one version; +1 at each renewal.
   */
  version: number;
  /**
   * Au moins deux entités, dont une du Nord et une du Sud. / At least two entities, one in the North and one in the South.
   *
   * @minItems 2
   */
  entities: Entity[];
  /**
   * Chaque entité du Nord et du Sud a au moins un référent. / Each north and south entity has at least one referent.
   *
   * @minItems 1
   */
  referents: Referent[];
  /**
   * Engagements et actions du projet de jumelage. / Commitments and actions of the twinning project.
   *
   * @minItems 1
   */
  commitments: Commitment[];
  /**
   * Moyens financiers, humains et matériels apportés par chaque entité. / Financial, human and material resources each entity brings.
   *
   * @minItems 1
   */
  resources: Resource[];
  /**
   * Comment la charte intègre chacun des trois piliers. / How the charter integrates each of the three pillars.
   */
  sustainability: {
    environment: string;
    economy: string;
    social: string;
  };
  /**
   * De 0 à 3 étoiles par critère. / From 0 to 3 stars per criterion.
   */
  evaluation?: {
    environment?: number;
    economy?: number;
    social?: number;
    future_generations?: number;
    north_south?: number;
    geographic_scope?: number;
  };
  /**
   * Objectifs de développement durable (1 à 17), le premier est l'objectif principal. / Sustainable Development Goals (1 to 17), the first is the main goal.
   */
  sdgs?: Sdg[];
  /**
   * Fiche action de l'Agenda 21 dont relève la charte. / The Agenda 21 action sheet the charter belongs to.
   */
  agenda21?: {
    objective?: string;
    action?: string;
    indicator?: string;
    pilot?: string;
    services?: Text[];
    others?: Text[];
    /**
     * Références d'actions de l'Agenda 21, en texte ("19", "95"). / Agenda 21 action references, as text ("19", "95").
     */
    links?: ActionRef[];
    calendar?: string;
  };
  /**
   * Délibérations des instances de décision approuvant la charte. / Votes of the decision-making bodies approving the charter.
   */
  decisions?: Decision[];
  /**
   * Une signature au plus par entité et par version ; utilisez `charte sign`. / At most one signature per entity and version; use `charte sign`.
   */
  signatures?: Signature[];
  /**
   * Avenants à la version en vigueur : ils modifient le texte sans changer l'échéance de renouvellement ; utilisez `charte amend`. / Amendments to the version in force: they change the text, not the renewal date; use `charte amend`.
   */
  amendments?: Amendment[];
  /**
   * Périodicité du renouvellement (5 ans par défaut), préavis, reconduction tacite. / Renewal period (5 years by default), notice, tacit renewal.
   */
  renewal?: {
    period_years?: number;
    notice_months?: number;
    tacit?: boolean;
  };
  terminated?: {
    /**
     * Date calendaire AAAA-MM-JJ. / Calendar date YYYY-MM-DD.
     */
    date: string;
    reason: string;
    decision?: string;
  };
  suspended?: {
    /**
     * Date calendaire AAAA-MM-JJ. / Calendar date YYYY-MM-DD.
     */
    since: string;
    reason: string;
    decision?: string;
    /**
     * Date de reprise ; utilisez `charte resume`. / Date of resumption; use `charte resume`.
     */
    resumed_on?: string;
  };
  /**
   * Données libres, jamais vérifiées. / Free data, never checked.
   */
  extensions?: {
    [k: string]: unknown | undefined;
  };
}
export interface Entity {
  /**
   * Code unique dans le fichier, auquel renvoient les autres champs. / Unique in the file; what other fields point to.
   */
  id: string;
  /**
   * Dénomination officielle. / Official name.
   */
  name: string;
  role: 'north' | 'south' | 'associate';
  type:
    | 'commune'
    | 'epci'
    | 'departement'
    | 'region'
    | 'province'
    | 'district'
    | 'association'
    | 'ngo'
    | 'twinning_committee'
    | 'other';
  /**
   * ISO 3166-1 alpha-2, en majuscules (FR, BF, SN, MG, HT). / ISO 3166-1 alpha-2, upper case (FR, BF, SN, MG, HT).
   */
  country: string;
  /**
   * Par exemple « Conseil municipal ». / For example “Conseil municipal”.
   */
  decision_body?: string;
  /**
   * Vrai pour une entité associée qui a rejoint la charte par avenant : elle signe les versions suivantes. Les entités nord et sud signent toujours. / True for an associate that joined through an avenant: it signs later versions. North and south entities always sign.
   */
  required_signer?: boolean;
  identifiers?: Identifiers;
}
/**
 * Identifiants que demandent les formats de données ouvertes (SCDL, IATI) ; vérifiés par `charte validate`. / Identifiers the open data formats (SCDL, IATI) require; checked by `charte validate`.
 */
export interface Identifiers {
  /**
   * Numéro SIREN à 9 chiffres (clé de Luhn vérifiée). / 9-digit French SIREN number (Luhn check digit verified).
   */
  siren?: string;
  /**
   * Numéro SIRET à 14 chiffres : SIREN + NIC (clé de Luhn vérifiée) ; exigé par le SCDL Délibérations. / 14-digit French SIRET number: SIREN + NIC (Luhn check digit verified); required by SCDL Délibérations.
   */
  siret?: string;
  /**
   * Code INSEE de la commune (COG), 5 caractères : 75056, 2A004, 97411. / INSEE code of the commune (COG), 5 characters: 75056, 2A004, 97411.
   */
  insee_code?: string;
  /**
   * Préfixe de l'agence d'enregistrement (liste org-id.guide), tiret, numéro : FR-RCS-218601946, XM-DAC-7. / Registration agency prefix (org-id.guide list), hyphen, number: FR-RCS-218601946, XM-DAC-7.
   */
  iati_org_id?: string;
  /**
   * Identifiants d'autres registres (entités hors de France) : schéma et valeur. / Identifiers from other registers (entities outside France): scheme and value.
   */
  others?: {
    /**
     * Registre émetteur, de préférence un code org-id.guide (BF-RCCM, SN-NINEA...). / Issuing register, preferably an org-id.guide code (BF-RCCM, SN-NINEA...).
     */
    scheme: string;
    value: string;
  }[];
}
export interface Referent {
  name: string;
  /**
   * Code d'une entité déclarée. / Code of a declared entity.
   */
  entity: string;
  function: string;
  kind?: 'elected' | 'staff' | 'volunteer';
  email?: string;
}
export interface Commitment {
  /**
   * Unique dans le fichier (C1, C2...). / Unique in the file (C1, C2...).
   */
  id: string;
  title: string;
  /**
   * Codes des entités qui portent l'engagement. / Codes of the entities carrying the commitment.
   *
   * @minItems 1
   */
  by: Slug[];
  /**
   * Le nom d'un référent déclaré. / The name of a declared referent.
   */
  referent?: string;
  /**
   * @minItems 1
   */
  pillars: ('environment' | 'economy' | 'social')[];
  sdgs?: Sdg[];
  /**
   * Références d'actions de l'Agenda 21, en texte ("19"). / Agenda 21 action references, as text ("19").
   */
  actions?: ActionRef[];
  /**
   * Date calendaire AAAA-MM-JJ. / Calendar date YYYY-MM-DD.
   */
  due?: string;
  /**
   * Utilisez `charte commitment`. / Use `charte commitment`.
   */
  status?: 'planned' | 'in_progress' | 'done' | 'abandoned';
  /**
   * Date calendaire AAAA-MM-JJ. / Calendar date YYYY-MM-DD.
   */
  status_on?: string;
  status_note?: string;
}
export interface Resource {
  entity: string;
  type: 'financial' | 'human' | 'material';
  description: string;
  amount?: number;
  /**
   * ISO 4217 (EUR, XOF, XAF, MGA, HTG). / ISO 4217 (EUR, XOF, XAF, MGA, HTG).
   */
  currency?: string;
  period?: 'one_off' | 'yearly' | 'total';
}
export interface Decision {
  entity: string;
  body: string;
  reference: string;
  /**
   * Date calendaire AAAA-MM-JJ. / Calendar date YYYY-MM-DD.
   */
  date: string;
  url?: string;
  /**
   * Objet de la délibération, tel qu'il figure au registre. / Subject of the decision, as recorded in the register.
   */
  subject?: string;
  /**
   * Code de matière de niveau 2 de la nomenclature ACTES (par exemple 7.5 pour les subventions, 9.1 pour les autres domaines de compétences des communes). / Level-2 subject code of the French ACTES classification (e.g. 7.5 for grants, 9.1 for other municipal competences).
   */
  subject_code?: string;
  /**
   * Date d'enregistrement au contrôle de légalité. / Date the decision was registered by the prefecture's legality check.
   */
  transmitted_on?: string;
  /**
   * Quand il est connu : membres en exercice, votants (présents ou représentés), pour, contre, abstentions. / When known: members in office, voters (present or represented), for, against, abstentions.
   */
  vote?: {
    members: number;
    /**
     * Membres présents ou représentés qui ont pris part au vote. / Members present or represented who took part in the vote.
     */
    present: number;
    for: number;
    against: number;
    abstention: number;
  };
  /**
   * Copie de la délibération conservée dans le dépôt, épinglée par son empreinte. / Copy of the decision kept in the repository, pinned by its digest.
   */
  file?: {
    /**
     * Chemin du fichier dans le dépôt. / Path of the file in the repository.
     */
    path: string;
    sha256: string;
  };
}
export interface Signature {
  entity: string;
  signatory: string;
  capacity: string;
  /**
   * Date calendaire AAAA-MM-JJ. / Calendar date YYYY-MM-DD.
   */
  date: string;
  place?: string;
  /**
   * Référence d'une délibération. / Reference of a decision.
   */
  decision?: string;
}
export interface Amendment {
  /**
   * Avenant n° 1, 2… de la version en vigueur. / Amendment no. 1, 2… to the version in force.
   */
  number: number;
  purpose: string;
  /**
   * Date calendaire AAAA-MM-JJ. / Calendar date YYYY-MM-DD.
   */
  opened_on: string;
  /**
   * Codes des entités qui rejoignent la charte par cet avenant. / Codes of the entities joining through this amendment.
   */
  joining?: Slug[];
  decisions?: Decision[];
  signatures?: Signature[];
  /**
   * L'avenant est retiré avant d'être signé par tous : il ne prend pas effet et les entités qu'il faisait adhérer n'adhèrent pas ; utilisez `charte amend --withdraw`. / The amendment is withdrawn before all its signers signed it: it does not take effect and the entities it brought in do not join; use `charte amend --withdraw`.
   */
  withdrawn?: {
    /**
     * Date calendaire AAAA-MM-JJ. / Calendar date YYYY-MM-DD.
     */
    date: string;
    reason: string;
    decision?: string;
  };
}
