import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ExitError } from '../src/diagnostics.js';
import { runInit } from '../src/init/index.js';
import type { Choice, Prompter } from '../src/init/prompts.js';
import { validateFile } from '../src/validate/index.js';
import { tempDir, writeTree } from './helpers/tmp.js';

/** Only the prompt functions are mocked: everything else (templates, validation, writes) is real. */
const CANCEL = Symbol('cancel');
/** Take what the prompt offers: the default text, the initial choice. */
const DEFAULT = Symbol('default');

type Step = [RegExp, unknown];

interface Scripted extends Prompter {
  asked: string[];
  remaining(): number;
}

function scripted(steps: Step[]): Scripted {
  const queue = [...steps];
  const asked: string[] = [];
  const next = (kind: string, message: string): unknown => {
    asked.push(`${kind}: ${message}`);
    const step = queue.shift();
    if (!step) throw new Error(`unexpected ${kind} prompt: ${message}`);
    const [pattern, value] = step;
    if (!pattern.test(message))
      throw new Error(`expected a prompt matching ${pattern}, got ${kind}: ${message}`);
    return value;
  };
  return {
    asked,
    remaining: () => queue.length,
    intro: () => {},
    outro: () => {},
    note: () => {},
    cancel: () => {},
    isCancel: (value): value is symbol => value === CANCEL,
    async text(options) {
      const value = next('text', options.message);
      if (value === CANCEL) return CANCEL;
      const typed = value === DEFAULT ? '' : String(value);
      const problem = options.validate?.(typed);
      if (problem !== undefined)
        throw new Error(`answer "${typed}" to "${options.message}" refused: ${problem}`);
      return typed === '' ? (options.defaultValue ?? '') : typed;
    },
    async select<T extends string>(options: { message: string; options: Choice<T>[]; initialValue?: T }) {
      const value = next('select', options.message);
      if (value === CANCEL) return CANCEL;
      const chosen = (value === DEFAULT ? options.initialValue : value) as T;
      if (!options.options.some((o) => o.value === chosen))
        throw new Error(`${String(chosen)} is not a choice`);
      return chosen;
    },
    async multiselect<T extends string>(options: {
      message: string;
      options: Choice<T>[];
      initialValues?: T[];
    }) {
      const value = next('multiselect', options.message);
      if (value === CANCEL) return CANCEL;
      return (value === DEFAULT ? (options.initialValues ?? []) : value) as T[];
    },
    async confirm(options) {
      const value = next('confirm', options.message);
      if (value === CANCEL) return CANCEL;
      return value === DEFAULT ? (options.initialValue ?? true) : Boolean(value);
    },
  };
}

const entity = (name: string, type: unknown, country: unknown, id: unknown = DEFAULT): Step[] => [
  [/^Name of the entity/, name],
  [/^Type$/, type],
  [/^Country/, country],
  [/^Decision-making body/, DEFAULT],
  [/^Code of the entity/, id],
];

const fullScript: Step[] = [
  [/^Language of the charter/, 'en'],
  ...entity('Town of Saint-Aubin-les-Prés', DEFAULT, DEFAULT),
  [/^Add another entity of the North/, false],
  ...entity('Akwadum District Assembly', 'district', 'gh', 'akwadum'),
  [/^Add another entity of the South/, false],
  [/^Add an associate partner/, true],
  [/^Name of the entity associate/, 'Friends of Akwadum'],
  [/^Type$/, 'association'],
  [/^Country/, DEFAULT],
  [/^Code of the entity/, DEFAULT],
  [/^Add an associate partner/, false],
  [/^Title of the charter/, DEFAULT],
  [/^Identifier/, 'saint-aubin-akwadum'],
  [/^Referent for Town of Saint-Aubin-les-Prés: name/, 'Marc Lefèvre'],
  [/^Function/, 'Deputy mayor for international solidarity'],
  [/^Kind/, DEFAULT],
  [/^Email/, 'm.lefevre@saint-aubin.example'],
  [/^Another referent for Town/, false],
  [/^Referent for Akwadum District Assembly: name/, 'Kwame Mensah'],
  [/^Function/, 'District Planning Officer'],
  [/^Kind/, 'staff'],
  [/^Email/, DEFAULT],
  [/^Another referent for Akwadum/, false],
  [/^Commitment C1: title/, 'Build a solar-powered health post'],
  [/^Carried by/, DEFAULT],
  [/^Pillars/, ['environment', 'social']],
  [/^Referent of the commitment/, 'Kwame Mensah'],
  [/^Due date/, '2028-03-31'],
  [/^Add another commitment/, true],
  [/^Commitment C2: title/, 'Support the cocoa cooperative'],
  [/^Carried by/, ['akwadum', 'friends-of-akwadum']],
  [/^Pillars/, ['economy']],
  [/^Referent of the commitment/, ''],
  [/^Due date/, DEFAULT],
  [/^Add another commitment/, false],
  [/^Resource brought by/, DEFAULT],
  [/^Type$/, DEFAULT],
  [/^Description/, 'Yearly grant to the health post'],
  [/^Amount/, '12 500'],
  [/^Currency/, DEFAULT],
  [/^Period/, DEFAULT],
  [/^Add another resource/, DEFAULT],
  [/^Resource brought by/, DEFAULT],
  [/^Type$/, 'material'],
  [/^Description/, 'Land for the health post'],
  [/^Add another resource/, DEFAULT],
  [/^Environment$/, DEFAULT],
  [/^Economy$/, 'Local builders are hired.'],
  [/^Social$/, DEFAULT],
  [/^Linked Agenda 21 actions/, '19; 95, 3.2'],
  [/^Write charters\/saint-aubin-akwadum\.md\?/, DEFAULT],
];

describe('charte init on a terminal (prompts mocked)', () => {
  it('asks for everything, offers defaults, and writes a charter that validates', async () => {
    const dir = tempDir();
    const prompter = scripted(fullScript);
    const result = await runInit({ cwd: dir, env: {}, lang: 'en', prompter, asOf: '2026-01-15' });
    expect(prompter.remaining()).toBe(0);
    expect(result.display).toBe('charters/saint-aubin-akwadum.md');
    const checked = await validateFile(result.path, { cwd: dir, lang: 'en', asOf: '2026-01-15' });
    expect(checked.diagnostics).toEqual([]);

    const text = readFileSync(result.path, 'utf8');
    const data = parse(text.slice(4, text.indexOf('\n---\n'))) as Record<string, unknown>;
    expect(data.title).toBe(
      'Solidarity charter between Town of Saint-Aubin-les-Prés and Akwadum District Assembly',
    );
    expect(data.language).toBe('en');
    expect(data.entities).toEqual([
      {
        id: 'saint-aubin-les-pres',
        name: 'Town of Saint-Aubin-les-Prés',
        role: 'north',
        type: 'commune',
        country: 'FR',
        decision_body: 'Municipal council',
      },
      {
        id: 'akwadum',
        name: 'Akwadum District Assembly',
        role: 'south',
        type: 'district',
        country: 'GH',
        decision_body: 'Municipal council',
      },
      {
        id: 'friends-of-akwadum',
        name: 'Friends of Akwadum',
        role: 'associate',
        type: 'association',
        country: 'FR',
      },
    ]);
    expect(data.referents).toEqual([
      {
        name: 'Marc Lefèvre',
        entity: 'saint-aubin-les-pres',
        function: 'Deputy mayor for international solidarity',
        kind: 'elected',
        email: 'm.lefevre@saint-aubin.example',
      },
      { name: 'Kwame Mensah', entity: 'akwadum', function: 'District Planning Officer', kind: 'staff' },
    ]);
    expect(data.commitments).toEqual([
      {
        id: 'C1',
        title: 'Build a solar-powered health post',
        by: ['saint-aubin-les-pres', 'akwadum'],
        referent: 'Kwame Mensah',
        pillars: ['environment', 'social'],
        due: '2028-03-31',
      },
      {
        id: 'C2',
        title: 'Support the cocoa cooperative',
        by: ['akwadum', 'friends-of-akwadum'],
        pillars: ['economy'],
      },
    ]);
    expect(data.resources).toEqual([
      {
        entity: 'saint-aubin-les-pres',
        type: 'financial',
        description: 'Yearly grant to the health post',
        amount: 12500,
        currency: 'EUR',
        period: 'yearly',
      },
      { entity: 'akwadum', type: 'material', description: 'Land for the health post' },
    ]);
    expect((data.sustainability as Record<string, string>).economy).toBe('Local builders are hired.');
    expect((data.agenda21 as { links: string[] }).links).toEqual(['19', '95', '3.2']);
    expect(result.nextSteps).toMatch(/^Next steps:/);
  });

  it('asks only what the answers file does not give', async () => {
    const dir = writeTree(tempDir(), {
      'answers.yaml': [
        'language: fr',
        'title: Charte A–B',
        'id: charte-a-b',
        'entities:',
        '  - { id: a, name: Ville A, role: north, type: commune, country: FR }',
        '  - { id: b, name: Ville B, role: south, type: commune, country: BF }',
        'referents:',
        '  - { name: Anne, entity: a, function: Maire }',
        'commitments:',
        '  - { id: C1, title: Écoles, by: [a, b], pillars: [social] }',
        'resources:',
        '  - { entity: a, type: human, description: Un agent }',
        'sustainability: { environment: E, economy: É, social: S }',
        'agenda21: { links: ["19"] }',
        '',
      ].join('\n'),
    });
    const prompter = scripted([
      [/^Referent for Ville B: name/, 'Boukary'],
      [/^Function/, 'Maire'],
      [/^Kind/, ''],
      [/^Email/, DEFAULT],
      [/^Another referent/, false],
      [/^Write charters\/charte-a-b\.md/, true],
    ]);
    const result = await runInit({
      cwd: dir,
      env: {},
      lang: 'en',
      prompter,
      answers: 'answers.yaml',
      asOf: '2026-01-15',
    });
    expect(prompter.remaining()).toBe(0);
    const data = parse(readFileSync(result.path, 'utf8').split('\n---\n')[0]!.slice(4)) as {
      referents: unknown[];
    };
    expect(data.referents).toEqual([
      { name: 'Anne', entity: 'a', function: 'Maire' },
      { name: 'Boukary', entity: 'b', function: 'Maire' },
    ]);
  });

  it('refuses an id whose file exists while asking, and accepts another', async () => {
    const dir = writeTree(tempDir(), { 'charters/taken.md': 'x\n' });
    const steps = fullScript.map(
      ([pattern, value]): Step => (pattern.source === '^Identifier' ? [pattern, 'taken'] : [pattern, value]),
    );
    await expect(runInit({ cwd: dir, env: {}, lang: 'en', prompter: scripted(steps) })).rejects.toThrow(
      /answer "taken" to "Identifier \(file name\)" refused: charters\/taken\.md already exists/,
    );
  });

  for (const at of [0, 7, 20, fullScript.length - 2, fullScript.length - 1]) {
    it(`Ctrl-C at question ${at + 1} leaves nothing behind`, async () => {
      const dir = tempDir();
      const steps = [...fullScript.slice(0, at), [fullScript[at]![0], CANCEL] as Step];
      const prompter = scripted(steps);
      const error = await runInit({ cwd: dir, env: {}, lang: 'en', prompter, ci: 'github' }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ExitError);
      expect((error as ExitError).code).toBe(2);
      expect((error as ExitError).message).toBe('init cancelled: nothing was written');
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('in French: the questions and the cancellation message', async () => {
    const dir = tempDir();
    const prompter = scripted([
      [/^Langue de la charte$/, 'fr'],
      [/^Nom de l’entité du Nord$/, CANCEL],
    ]);
    await expect(runInit({ cwd: dir, env: {}, lang: 'fr', prompter })).rejects.toThrow(
      'init annulé : rien n’a été écrit',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('answering no to "Write …?" writes nothing', async () => {
    const dir = tempDir();
    const steps = [...fullScript.slice(0, -1), [fullScript.at(-1)![0], false] as Step];
    await expect(runInit({ cwd: dir, env: {}, lang: 'en', prompter: scripted(steps) })).rejects.toThrow(
      /cancelled: nothing was written/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--yes asks nothing even on a terminal', async () => {
    const dir = tempDir();
    const prompter = scripted([]);
    const result = await runInit({ cwd: dir, env: {}, lang: 'fr', prompter, yes: true });
    expect(prompter.asked).toEqual([]);
    expect(readdirSync(join(dir, 'charters'))).toEqual(['charte-de-solidarite.md']);
    // The defaults are placeholders, and validate says so (a warning each, never an error).
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(new Set(result.warnings.map((w) => w.rule))).toEqual(new Set(['placeholder']));
  });
});
