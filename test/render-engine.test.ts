import fc from 'fast-check';
import type { Root } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { compileTemplate, TemplateError } from '../src/render/engine.js';
import { amountInWords, countryName, dateInWords, stars } from '../src/render/labels.js';
import { escapeInline } from '../src/text/markdown.js';

function compileError(source: string, file = 'tpl/body.md.hbs'): TemplateError {
  try {
    compileTemplate(source, file, 'en');
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return error as TemplateError;
  }
  throw new Error('the template compiled');
}

describe('template engine: errors name template-file:line:column', () => {
  it('reports a syntax error at its line and column', () => {
    const error = compileError('# Title\n\nHello {{name}\n');
    expect(error.message).toMatch(/^tpl\/body\.md\.hbs:3:\d+: Handlebars syntax error/);
    expect(error.code).toBe(2);
  });

  it('reports a block closed by the wrong helper', () => {
    const error = compileError('a\n{{#each items}}\n  x\n{{/if}}\n');
    expect(error.message).toMatch(
      /^tpl\/body\.md\.hbs:2:4: Handlebars syntax error \(each doesn't match if\)/,
    );
  });

  it('reports an unknown helper when the template compiles, before any rendering', () => {
    const error = compileError('one\ntwo {{shout name}}\n');
    expect(error.message).toBe(
      'tpl/body.md.hbs:2:5: You specified knownHelpersOnly, but used the unknown helper shout',
    );
  });

  it('refuses the built-in log helper, partials and decorators', () => {
    expect(compileError('{{log "x"}}').message).toMatch(/unknown helper log/);
    expect(compileError('x\n  {{> footer}}').message).toMatch(/^tpl\/body\.md\.hbs:2:3: partials/);
    expect(compileError('{{* inline}}').message).toMatch(/decorators/);
  });

  it('refuses paths and arguments that reach for prototypes, with their position', () => {
    expect(compileError('{{constructor}}').message).toMatch(
      /^tpl\/body\.md\.hbs:1:3: `constructor`: `constructor` leads to object prototypes/,
    );
    expect(compileError('ok\n{{#each entities}}{{name.constructor.name}}{{/each}}').message).toMatch(
      /^tpl\/body\.md\.hbs:2:21: /,
    );
    expect(compileError('{{__proto__.polluted}}').message).toMatch(/`__proto__`/);
    expect(compileError('{{this.[__proto__]}}').message).toMatch(/`__proto__`/);
    expect(compileError('{{lookup this "constructor"}}').message).toMatch(
      /"constructor" leads to object prototypes/,
    );
    expect(compileError('{{#with (lookup this "__proto__")}}x{{/with}}').message).toMatch(/"__proto__"/);
    expect(compileError('{{@root.hasOwnProperty}}').message).toMatch(/hasOwnProperty/);
  });

  it('renders nothing from the prototype when a name reaches it at run time', () => {
    const render = compileTemplate(
      '[{{lookup this key}}][{{#each keys}}{{lookup ../this this}}{{/each}}]',
      'dyn.hbs',
      'en',
    );
    const out = render(
      { key: 'constructor', keys: ['__proto__', 'toString', 'valueOf', 'constructor'] },
      'en',
    );
    expect(out).toBe('[][]');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is strict: a missing field is an error at its position, with how to fix it', () => {
    const render = compileTemplate('line\n  {{#each people}}{{email}}{{/each}}', 'strict.hbs', 'fr');
    expect(() => render({ people: [{ name: 'x' }] }, 'fr')).toThrow(
      /^strict\.hbs:2:21: `email` n’existe pas dans les données : entourez-le de \{\{#if email\}\}/,
    );
    expect(render({ people: [{ email: 'a@b.example' }] }, 'fr')).toBe('line\n  a@b.example');
  });

  it('does not HTML-escape: escaping belongs to the context (Markdown) or to the yaml helper', () => {
    const render = compileTemplate('{{text}}|{{yaml text}}', 'raw.hbs', 'en');
    expect(render({ text: 'a & <b> "c"' }, 'en')).toBe('a & <b> "c"|a & <b> "c"');
  });

  it('places a yaml helper error (undefined value) at the helper', () => {
    const render = compileTemplate('a: 1\nb: {{yaml (lookup this "missing")}}\n', 'fm.hbs', 'en');
    expect(() => render({}, 'en')).toThrow(/^fm\.hbs:2:4: yaml: undefined value/);
  });
});

describe('template helpers', () => {
  const render = (source: string, data: object, lang: 'fr' | 'en') =>
    compileTemplate(source, 'h.hbs', lang)(data, lang);

  it('formats dates as words, the same in every time zone', () => {
    expect(dateInWords('2025-06-01', 'fr')).toBe('1er juin 2025');
    expect(dateInWords('2024-02-29', 'en')).toBe('29 February 2024');
    expect(dateInWords('not a date', 'en')).toBe('not a date');
    expect(render('{{formatDate d}}', { d: '2027-06-30' }, 'fr')).toBe('30 juin 2027');
  });

  it('joins lists in each language, optionally by a key', () => {
    expect(render('{{list xs}}', { xs: ['a', 'b', 'c'] }, 'fr')).toBe('a, b et c');
    expect(render('{{list xs conj="or"}}', { xs: ['a', 'b'] }, 'en')).toBe('a or b');
    expect(
      render('{{list xs key="name"}}', { xs: [{ name: 'Kassandé' }, { name: 'Villeneuve' }] }, 'en'),
    ).toBe('Kassandé and Villeneuve');
  });

  it('draws stars out of three', () => {
    expect(stars(2)).toBe('★★☆');
    expect(stars(7)).toBe('★★★');
    expect(render('{{stars n}}', { n: 0 }, 'en')).toBe('☆☆☆');
  });

  it('formats amounts, countries, labels and plurals', () => {
    expect(amountInWords(6000, 'EUR', 'fr')).toBe('6\u202f000\u00a0€');
    expect(amountInWords(1_500_000, 'XOF', 'fr')).toBe('1\u202f500\u202f000\u00a0F\u202fCFA');
    expect(amountInWords(12.5, 'ZZZ', 'en')).toBe('ZZZ\u00a012.50');
    expect(countryName('BF', 'fr')).toBe('Burkina Faso');
    expect(countryName('GH', 'en')).toBe('Ghana');
    expect(render('{{label "pillar" p}} / {{label "role" "south"}}', { p: 'economy' }, 'fr')).toBe(
      'économie / entité du Sud',
    );
    expect(render('{{label "role" code}}', { code: '__proto__' }, 'en')).toBe('__proto__');
    expect(render('{{plural n "an" "ans"}} {{plural xs "an" "ans"}}', { n: 1, xs: [1, 2] }, 'fr')).toBe(
      'an ans',
    );
    expect(render('{{plural n "year" "years"}}', { n: 0 }, 'en')).toBe('years');
  });
});

describe('escapeInline', () => {
  const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

  /** The text of `value` once placed in a list item and in a table cell, as remark reads them. */
  function readBack(value: string): { item: string; cell: string; blocks: string[] } {
    const escaped = escapeInline(value);
    const tree = parse(
      `- **Entité** : ${escaped}\n- ${escaped}\n\n| a | b |\n| --- | --- |\n| ${escaped} | x |\n`,
    );
    const list = tree.children[0] as Root['children'][number] & { children: { children: unknown[] }[] };
    const table = tree.children[1] as Root['children'][number] & {
      children: { children: { children: unknown[] }[] }[];
    };
    return {
      item: nodeText(list.children[1] as never),
      cell: nodeText(table.children[1]!.children[0] as never),
      blocks: tree.children.map((c) => c.type),
    };
  }

  it('keeps any answer as plain text in a list item and a table cell (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 12 }),
            fc.constantFrom(
              '*',
              '_',
              '`',
              '[x](y)',
              '<b>',
              '&amp;',
              '|',
              '~~',
              '# ',
              '> ',
              '- ',
              '1. ',
              '===',
              '---',
              '\\',
              '!',
              '\n## Signatures\n',
              'http://x.example',
              'www.x.example',
              'a_b@x.example',
              'mailto:a@b.example',
            ),
          ),
          { maxLength: 6 },
        ),
        (pieces) => {
          const value = pieces.join('');
          const flat = value
            .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
          const { item, cell, blocks } = readBack(value);
          expect(blocks).toEqual(['list', 'table']);
          expect(item).toBe(flat);
          expect(cell).toBe(flat);
        },
      ),
      { numRuns: 150 },
    );
  });
});
