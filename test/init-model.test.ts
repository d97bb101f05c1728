import { describe, expect, it } from 'vitest';
import { completeAnswers, missingAnswers, suggestTitle } from '../src/init/defaults.js';
import { shellQuote } from '../src/init/next-steps.js';
import { entityCode, isSlug, slugify } from '../src/init/slug.js';

describe('ids suggested from titles and names', () => {
  it('slugifies titles: accents and ligatures stripped, punctuation to hyphens, cut at a hyphen', () => {
    expect(slugify('Charte Villeneuve–Kassandé 2026')).toBe('charte-villeneuve-kassande-2026');
    expect(slugify('Cœur d’Œuvre : « Jumelage » !')).toBe('coeur-d-oeuvre-jumelage');
    expect(slugify('  --Ma   Charte--  ')).toBe('ma-charte');
    const long = slugify(
      'Charte de solidarité entre la commune de Villeneuve-sur-Brenne et la commune rurale de Kassandé',
    );
    expect(long.length).toBeLessThanOrEqual(60);
    expect(isSlug(long)).toBe(true);
    expect(long.endsWith('-')).toBe(false);
    expect(slugify('???')).toBe('');
  });

  it('codes entities by their place, not their legal form', () => {
    expect(entityCode('Commune de Villeneuve-sur-Brenne')).toBe('villeneuve-sur-brenne');
    expect(entityCode('Villeneuve')).toBe('villeneuve');
    expect(entityCode('Commune rurale de Kassandé')).toBe('kassande');
    expect(entityCode("Commune d'Avallon")).toBe('avallon');
    expect(entityCode('Town of Saint-Aubin-les-Prés')).toBe('saint-aubin-les-pres');
    expect(entityCode('Comité de jumelage Villeneuve–Kassandé')).toBe('villeneuve-kassande');
    expect(entityCode('Akwadum District Assembly')).toBe('akwadum-district-assembly');
    expect(entityCode('Commune')).toBe('commune');
  });

  it('quotes paths for the shell only when needed', () => {
    expect(shellQuote('charters/a-b.md')).toBe('charters/a-b.md');
    expect(shellQuote("chartes/l'été.md")).toBe("'chartes/l'\\''été.md'");
  });
});

describe('the answers model', () => {
  it('names what is missing, key by key', () => {
    expect(missingAnswers({})).toEqual([
      'entities',
      'referents',
      'commitments',
      'resources',
      'sustainability',
    ]);
    expect(
      missingAnswers({
        entities: [
          { id: 'a', role: 'north' },
          { id: 'b', role: 'south' },
          { id: 'c', role: 'associate' },
        ],
        referents: [{ name: 'X', entity: 'a' }],
        commitments: [],
        resources: [],
        sustainability: { social: 'S' },
      }),
    ).toEqual(['referents (entity: b)', 'sustainability.environment', 'sustainability.economy']);
  });

  it('never throws on answers of the wrong shape (the schema check reports them)', () => {
    const charter = completeAnswers(
      { entities: 'not a list', referents: 3, sustainability: 'x', agenda21: [], renewal: null },
      { language: 'fr', kind: 'solidarity_charter' },
    );
    expect(charter.entities).toBe('not a list');
    expect(charter.referents).toBe(3);
  });

  it('keeps given values, including explicit false and zero, and the schema key order', () => {
    const charter = completeAnswers(
      { renewal: { tacit: true }, binding: false, version: 3, extensions: { a: 0 } },
      { language: 'en', kind: 'twinning_charter' },
    );
    expect(charter.renewal).toEqual({ period_years: 5, notice_months: 6, tacit: true });
    expect(charter.version).toBe(3);
    expect(charter.kind).toBe('twinning_charter');
    expect(charter.title).toBe('Mutual twinning charter between twinned entities');
    expect(charter.id).toBe('twinning-charter');
    expect(Object.keys(charter)).toEqual([
      'charte',
      'id',
      'title',
      'kind',
      'binding',
      'language',
      'version',
      'entities',
      'referents',
      'commitments',
      'resources',
      'sustainability',
      'agenda21',
      'renewal',
      'extensions',
    ]);
  });

  it('suggests a title from the entities given', () => {
    const answers = {
      entities: [
        { id: 'v', name: 'Villeneuve', role: 'north' },
        { id: 'k', name: 'Kassandé', role: 'south' },
        { id: 'd', name: 'Dori', role: 'south' },
      ],
    };
    expect(suggestTitle(answers, 'fr', 'solidarity_charter')).toBe(
      'Charte de solidarité entre Villeneuve et Kassandé, Dori',
    );
    expect(suggestTitle(answers, 'en', 'twinning_charter')).toBe(
      'Twinning charter between Villeneuve and Kassandé, Dori',
    );
  });
});
