// Realistic generated charters: 2-4 entities, 4-10 referents, 4-9 commitments, 4-8 resources,
// decisions and signatures, ~4 KB of front matter and ~2 KB of body in the French outline.
// Deterministic (seeded), so runs compare.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NORTH = [
  'Villeneuve-sur-Brenne',
  'Saint-Aubin-les-Prés',
  'Montfleury',
  'Roche-Blanche',
  'Beaulieu-sur-Oise',
];
const SOUTH = ['Kassandé', 'Tiébélé', 'Koupéla', 'Ndiaganiao', 'Ambositra', 'Jacmel', 'Akwadum'];
const COUNTRIES = ['BF', 'BF', 'SN', 'MG', 'HT', 'GH'];
const CURRENCIES = { BF: 'XOF', SN: 'XOF', MG: 'MGA', HT: 'HTG', GH: 'GHS' };
const PILLARS = ['environment', 'economy', 'social'];
const FIRST = ['Claire', 'Julien', 'Awa', 'Issa', 'Marc', 'Nadia', 'Kwame', 'Abena', 'Hélène', 'Boukary'];
const LAST = ['Martin', 'Roux', 'Ouédraogo', 'Sawadogo', 'Lefèvre', 'Benali', 'Mensah', 'Owusu', 'Zongo'];
const ACTS = [
  "Réhabiliter des forages et former les comités de gestion de l'eau",
  'Accompagner la filière karité des groupements de femmes',
  "Échanges scolaires et sensibilisation à l'Agenda 21",
  'Équiper les centres de santé en énergie solaire',
  'Appuyer la coopérative de jeunes maraîchers',
  "Former les agents municipaux à l'état civil",
  'Planter un bosquet villageois et protéger les berges',
  'Soutenir la bibliothèque municipale et la lecture publique',
];

export function charterText(i, { broken = false } = {}) {
  const r = rng(i + 1);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  const north = pick(NORTH);
  const south = pick(SOUTH);
  const country = pick(COUNTRIES);
  const entities = [
    { id: 'ville-nord', name: `Commune de ${north}`, role: 'north', type: 'commune', country: 'FR' },
    { id: 'commune-sud', name: `Commune de ${south}`, role: 'south', type: 'commune', country },
  ];
  if (r() < 0.6)
    entities.push({
      id: 'comite',
      name: `Comité de jumelage ${north}–${south}`,
      role: 'associate',
      type: 'twinning_committee',
      country: 'FR',
    });
  const lines = [
    '---',
    'charte: 1',
    `id: charte-${i}`,
    `title: "Charte de solidarité entre ${north} et ${south} (${i})"`,
    'kind: solidarity_charter',
    'binding: false',
    'language: fr',
    `version: ${1 + Math.floor(r() * 3)}`,
    '',
    '# Entités jumelées',
    'entities:',
  ];
  for (const e of entities) {
    lines.push(
      `  - id: ${e.id}`,
      `    name: ${e.name}`,
      `    role: ${e.role}`,
      `    type: ${e.type}`,
      `    country: ${e.country}`,
      '    decision_body: Conseil municipal',
    );
  }
  lines.push('', 'referents:');
  const referents = [];
  for (const e of entities) {
    const n = e.role === 'associate' ? 1 : 2 + Math.floor(r() * 2);
    for (let k = 0; k < n; k++) {
      const person = `${name()} ${e.id}-${k}`;
      referents.push(person);
      lines.push(
        `  - name: ${person}`,
        `    entity: ${e.id}`,
        `    function: ${k === 0 ? 'Adjoint(e) au jumelage' : 'Chargé(e) de mission Solidarité Nord-Sud'}`,
        `    kind: ${k === 0 ? 'elected' : 'staff'}`,
        `    email: ref${k}@${e.id}.example`,
      );
    }
  }
  lines.push('', 'commitments:');
  const nc = 4 + Math.floor(r() * 6);
  for (let c = 1; c <= nc; c++) {
    const pillars =
      c <= 3 ? [PILLARS[c - 1], 'social'].filter((p, j, a) => a.indexOf(p) === j) : [pick(PILLARS)];
    lines.push(
      `  - id: C${c}`,
      `    title: ${pick(ACTS)} (${c})`,
      `    by: [ville-nord, commune-sud]`,
      `    referent: ${pick(referents)}`,
      `    pillars: [${broken && c === 2 ? 'economie' : pillars.join(', ')}]`,
      `    sdgs: [${1 + Math.floor(r() * 17)}, ${1 + Math.floor(r() * 17)}]`.replace(/\[(\d+), \1\]/, '[$1]'),
      '    actions: ["19", "95"]',
      `    due: 20${27 + Math.floor(r() * 3)}-0${1 + Math.floor(r() * 9)}-15`,
    );
  }
  lines.push('', 'resources:');
  const nr = 4 + Math.floor(r() * 5);
  for (let k = 0; k < nr; k++) {
    const e = k % 2 === 0 ? 'ville-nord' : 'commune-sud';
    if (k < 2)
      lines.push(
        `  - entity: ${e}`,
        '    type: financial',
        '    description: Participation au programme de coopération',
        `    amount: ${1000 * (1 + Math.floor(r() * 20))}`,
        `    currency: ${e === 'ville-nord' ? 'EUR' : CURRENCIES[country]}`,
        '    period: yearly',
      );
    else
      lines.push(
        `  - entity: ${e}`,
        `    type: ${k % 3 === 0 ? 'human' : 'material'}`,
        "    description: Mise à disposition de moyens pour l'action",
      );
  }
  lines.push(
    '',
    'sustainability:',
    '  environment: >-',
    "    Les chantiers prévoient la protection des points d'eau et la plantation d'arbres ; les équipements",
    '    fonctionnent à l’énergie solaire.',
    '  economy: >-',
    '    Les achats et la main-d’œuvre sont locaux ; les filières soutenues créent des revenus durables.',
    '  social: >-',
    '    Les comités de gestion sont paritaires ; les échanges associent les familles des deux communes.',
    '',
    'evaluation: { environment: 1, economy: 0, social: 0, future_generations: 0, north_south: 0, geographic_scope: 0 }',
    'sdgs: [6, 5, 4]',
    'agenda21:',
    '  objective: O1',
    '  pilot: Service Solidarité Nord-Sud',
    '  links: ["19", "95"]',
    '',
    'decisions:',
    '  - entity: ville-nord',
    '    body: Conseil municipal',
    `    reference: DCM-2024-${100 + (i % 800)}`,
    '    date: 2024-09-26',
    '  - entity: commune-sud',
    '    body: Conseil municipal',
    `    reference: "Délibération n° 2024-${i % 90}"`,
    '    date: 2024-10-05',
    'signatures:',
    '  - entity: ville-nord',
    `    signatory: ${name()}`,
    '    capacity: Maire',
    '    date: 2024-10-19',
    '  - entity: commune-sud',
    `    signatory: ${name()}`,
    '    capacity: Maire',
    '    date: 2025-02-08',
    '---',
    '',
  );
  const sections = [
    'Préambule',
    'Objet',
    'Entités et référents',
    'Valeurs et principes',
    'Enjeux de développement durable',
    'Engagements réciproques',
    'Moyens',
    'Gouvernance, suivi et évaluation',
    'Durée, renouvellement et évolution',
    'Signatures',
  ];
  lines.push(`# Charte de solidarité entre ${north} et ${south}`, '');
  for (const s of sections) {
    lines.push(
      `## ${s}`,
      '',
      `Les partenaires de ${north} et de ${south} conviennent de ce qui suit, dans un esprit d'égalité, de solidarité,`,
      'de réciprocité et de subsidiarité. Le Comité de suivi 21 « Jumelage » suit la mise en œuvre.',
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `count` charters into `dir` (1 in 100 with an error). */
export function generateCharters(dir, count) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(dir, `charte-${String(i).padStart(5, '0')}.md`),
      charterText(i, { broken: i % 100 === 99 }),
    );
  }
}
