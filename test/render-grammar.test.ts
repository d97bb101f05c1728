import { describe, expect, it } from 'vitest';
import { entityPhrase, smallNumberInWords, startsWithVowelSound } from '../src/text/grammar.js';
import { frenchTypography, typographyProblems } from '../src/text/typography.js';

const e = (type: Parameters<typeof entityPhrase>[0]['type'], name: string) => ({ type, name });

describe('French articles and elision for entities', () => {
  it.each([
    [e('commune', 'Villeneuve'), '', 'la commune de Villeneuve'],
    [e('commune', 'Villeneuve'), 'de', 'de la commune de Villeneuve'],
    [e('commune', 'Akwadum'), '', 'la commune d’Akwadum'],
    [e('commune', 'Le Mans'), '', 'la commune du Mans'],
    [e('commune', 'Les Sables-d’Olonne'), '', 'la commune des Sables-d’Olonne'],
    [e('commune', 'La Rochelle'), '', 'la commune de La Rochelle'],
    [e('commune', 'Commune de Villeneuve-sur-Brenne'), '', 'la commune de Villeneuve-sur-Brenne'],
    [e('commune', 'Commune rurale de Kassandé'), 'de', 'de la commune rurale de Kassandé'],
    [e('association', 'Les Amis de Kassandé'), '', 'l’association Les Amis de Kassandé'],
    [e('association', 'Les Amis de Kassandé'), 'de', 'de l’association Les Amis de Kassandé'],
    [e('association', 'Association Les Amis'), 'à', 'à l’association Les Amis'],
    [e('departement', 'Gers'), '', 'le département de Gers'],
    [e('departement', 'Hérault'), 'de', 'du département d’Hérault'],
    [e('departement', 'Département du Gers'), 'de', 'du département du Gers'],
    [
      e('twinning_committee', 'Comité de jumelage Villeneuve–Kassandé'),
      'de',
      'du comité de jumelage Villeneuve–Kassandé',
    ],
    [e('twinning_committee', 'Villeneuve–Kassandé'), 'à', 'au comité de jumelage Villeneuve–Kassandé'],
    [e('ngo', 'Eau Vive'), '', 'l’ONG Eau Vive'],
    [e('ngo', 'ONG Eau Vive'), 'de', 'de l’ONG Eau Vive'],
    [e('region', 'Nouvelle-Aquitaine'), '', 'la région Nouvelle-Aquitaine'],
    [e('district', 'Yaoundé'), '', 'le district de Yaoundé'],
    [e('epci', 'Communauté de communes du Val'), 'de', 'de la communauté de communes du Val'],
    [e('other', 'Lycée Jean Moulin'), '', 'Lycée Jean Moulin'],
  ] as const)('%o %s → %s', (entity, prep, expected) => {
    expect(entityPhrase(entity, 'fr', prep)).toBe(expected);
  });

  it('keeps names as given in English', () => {
    expect(entityPhrase(e('commune', 'Town of Saint-Aubin'), 'en')).toBe('Town of Saint-Aubin');
    expect(entityPhrase(e('commune', 'Akwadum'), 'en', 'de')).toBe('of Akwadum');
  });

  it('knows vowels, y and mute h', () => {
    expect(startsWithVowelSound('Yerres')).toBe(true);
    expect(startsWithVowelSound('Yaoundé')).toBe(false);
    expect(startsWithVowelSound('Haïti')).toBe(true);
    expect(startsWithVowelSound('Hongrie')).toBe(false);
    expect(startsWithVowelSound('Œuvre')).toBe(true);
  });

  it('writes small counts in words', () => {
    expect(smallNumberInWords(3, 'fr')).toBe('trois');
    expect(smallNumberInWords(2, 'en')).toBe('two');
    expect(smallNumberInWords(12, 'fr')).toBe('12');
  });
});

describe('French typography', () => {
  it('puts narrow no-break spaces before ; : ! ? and inside « », and curls apostrophes', () => {
    expect(frenchTypography("Entre : l'association « Jumelage » ; oui ! non ?")).toBe(
      'Entre\u202f: l’association «\u202fJumelage\u202f»\u202f; oui\u202f! non\u202f?',
    );
    expect(frenchTypography('«Tight»')).toBe('«\u202fTight\u202f»');
  });

  it('leaves code, comments, URLs and colons without a space alone', () => {
    const text = [
      "`l'id : x` <!-- charte:begin parties --> https://example.org/a'b 10:30",
      '```',
      "code ; l'x",
      '```',
    ].join('\n');
    expect(frenchTypography(text)).toBe(text);
  });

  it('is idempotent and finds what it fixes', () => {
    const text = "Entre : l'association « Jumelage »";
    expect(typographyProblems(text).map((p) => p.kind)).toEqual([
      'breakable-space-before',
      'breakable-space-before',
      'breakable-space-inside-guillemets',
      'straight-apostrophe',
    ]);
    const fixed = frenchTypography(text);
    expect(frenchTypography(fixed)).toBe(fixed);
    expect(typographyProblems(fixed)).toEqual([]);
    expect(typographyProblems('» en tête de ligne')[0]?.kind).toBe('line-starts-with-closing');
  });
});
