/**
 * The byte-preserving editor, case by case: each layout of `signatures` (block with either
 * indentation, flow, empty, null, missing) gives exactly the expected text, and the edit reads
 * back as the intended data.
 */
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitError } from '../src/diagnostics.js';
import { EditError, FrontMatterEditor } from '../src/edit/front-matter.js';
import { ambiguousInYaml11, scalarText } from '../src/edit/scalar.js';
import { applyEdits } from '../src/edit/text.js';
import { readBack, verifyEdit } from '../src/edit/verify.js';
import { ChangedOnDiskError, writeIfUnchanged } from '../src/edit/write.js';
import { loadCharterFile } from '../src/load/charter-file.js';
import { tempDir } from './helpers/tmp.js';

const ENTRY = { entity: 'b', signatory: 'Zoé "Z" Ka', capacity: 'Maire: adjointe', date: '2024-02-29' };

async function load(text: string, bom = false) {
  const bytes = Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
  return loadCharterFile('/virtual/charter.md', { cwd: '/virtual', lang: 'en', bytes });
}

async function edited(text: string, make: (e: FrontMatterEditor) => void): Promise<string> {
  const file = await load(text);
  const editor = new FrontMatterEditor(file, 'en');
  make(editor);
  return editor.result();
}

const append = (e: FrontMatterEditor) => e.appendToList('signatures', ENTRY, { newKeyAfter: ['decisions'] });

/** [name, before, after] for appending ENTRY to `signatures`. */
const APPEND_CASES: Array<[string, string, string]> = [
  [
    'block list indented by two',
    '---\nid: x\nsignatures:\n  - entity: a\n    date: 2024-01-01 # first\n\nrenewal: {}\n---\nBody\n',
    '---\nid: x\nsignatures:\n  - entity: a\n    date: 2024-01-01 # first\n  - entity: b\n    signatory: Zoé "Z" Ka\n    capacity: "Maire: adjointe"\n    date: 2024-02-29\n\nrenewal: {}\n---\nBody\n',
  ],
  [
    'block list not indented, as the last key',
    '---\nid: x\nsignatures:\n- entity: a\n  date: 2024-01-01\n---\n',
    '---\nid: x\nsignatures:\n- entity: a\n  date: 2024-01-01\n- entity: b\n  signatory: Zoé "Z" Ka\n  capacity: "Maire: adjointe"\n  date: 2024-02-29\n---\n',
  ],
  [
    'block list with a wider dash gap and a comment of the last item',
    '---\nsignatures:\n    -   entity: a\n        # about a\n    # commented out: - entity: c\nz: 1\n---\n',
    '---\nsignatures:\n    -   entity: a\n        # about a\n    -   entity: b\n        signatory: Zoé "Z" Ka\n        capacity: "Maire: adjointe"\n        date: 2024-02-29\n    # commented out: - entity: c\nz: 1\n---\n',
  ],
  [
    'block list of flow mappings',
    '---\nsignatures:\n  - {entity: a}\nz: 1\n---\n',
    '---\nsignatures:\n  - {entity: a}\n  - {entity: b, signatory: Zoé "Z" Ka, capacity: "Maire: adjointe", date: 2024-02-29}\nz: 1\n---\n',
  ],
  [
    'flow list on one line, padded mappings',
    '---\nsignatures: [{ entity: a }]  # one so far\nz: 1\n---\n',
    '---\nsignatures: [{ entity: a }, { entity: b, signatory: Zoé "Z" Ka, capacity: "Maire: adjointe", date: 2024-02-29 }]  # one so far\nz: 1\n---\n',
  ],
  [
    'flow list on several lines',
    '---\nsignatures: [\n    {entity: a},\n  ]\nz: 1\n---\n',
    '---\nsignatures: [\n    {entity: a},\n    {entity: b, signatory: Zoé "Z" Ka, capacity: "Maire: adjointe", date: 2024-02-29},\n  ]\nz: 1\n---\n',
  ],
  [
    'empty flow list becomes a block list in the style of the file',
    '---\nentities:\n- id: a\nsignatures: []   # none yet\nz: 1\n---\n',
    '---\nentities:\n- id: a\nsignatures:   # none yet\n- entity: b\n  signatory: Zoé "Z" Ka\n  capacity: "Maire: adjointe"\n  date: 2024-02-29\nz: 1\n---\n',
  ],
  [
    'null value, empty',
    '---\nsignatures:\nz: 1\n---\n',
    '---\nsignatures:\n  - entity: b\n    signatory: Zoé "Z" Ka\n    capacity: "Maire: adjointe"\n    date: 2024-02-29\nz: 1\n---\n',
  ],
  [
    'null value with a comment',
    '---\nsignatures:  # to fill\nz: 1\n---\n',
    '---\nsignatures:  # to fill\n  - entity: b\n    signatory: Zoé "Z" Ka\n    capacity: "Maire: adjointe"\n    date: 2024-02-29\nz: 1\n---\n',
  ],
  [
    'null value written ~, as the last line',
    '---\nz: 1\nsignatures: ~\n---\n',
    '---\nz: 1\nsignatures:\n  - entity: b\n    signatory: Zoé "Z" Ka\n    capacity: "Maire: adjointe"\n    date: 2024-02-29\n---\n',
  ],
  [
    'missing key goes after decisions, with a blank line as the file does',
    '---\nid: x\n\ndecisions:\n  - entity: a\n    date: 2024-01-01\n  # an old decision\n\n# Renewal\nrenewal: {}\n---\n',
    '---\nid: x\n\ndecisions:\n  - entity: a\n    date: 2024-01-01\n  # an old decision\n\nsignatures:\n  - entity: b\n    signatory: Zoé "Z" Ka\n    capacity: "Maire: adjointe"\n    date: 2024-02-29\n\n# Renewal\nrenewal: {}\n---\n',
  ],
  [
    'missing key, no decisions: at the end, compact file',
    '---\nid: x\nentities:\n- id: a\n# trailing comment\n---\nBody\n',
    '---\nid: x\nentities:\n- id: a\n# trailing comment\nsignatures:\n- entity: b\n  signatory: Zoé "Z" Ka\n  capacity: "Maire: adjointe"\n  date: 2024-02-29\n---\nBody\n',
  ],
  [
    'missing key at the end, file with blank lines and a blank line before the fence',
    '---\nid: x\n\ntitle: T\n\n---\n',
    '---\nid: x\n\ntitle: T\n\nsignatures:\n  - entity: b\n    signatory: Zoé "Z" Ka\n    capacity: "Maire: adjointe"\n    date: 2024-02-29\n---\n',
  ],
  [
    'last value without a line ending before the fence',
    '---\nsignatures:\n  - entity: a\n    note: |\n      kept\n      as is\n---\n',
    '---\nsignatures:\n  - entity: a\n    note: |\n      kept\n      as is\n  - entity: b\n    signatory: Zoé "Z" Ka\n    capacity: "Maire: adjointe"\n    date: 2024-02-29\n---\n',
  ],
];

describe('FrontMatterEditor.appendToList', () => {
  it.each(APPEND_CASES)('%s', async (_name, before, after) => {
    const result = await edited(before, append);
    expect(result).toBe(after);
    const old = readBack(before, 'en');
    expect(old.ok).toBe(true);
    if (!old.ok) return;
    const oldData = old.data as Record<string, unknown>;
    const expected = { ...oldData, signatures: [...((oldData.signatures as unknown[] | null) ?? []), ENTRY] };
    expect(() => verifyEdit(before, result, expected, 'en')).not.toThrow();
  });

  it('keeps CRLF line endings and the BOM', async () => {
    const text = '---\r\nid: x\r\nsignatures:\r\n  - entity: a\r\n---\r\nBody\r\n';
    const file = await load(text, true);
    const editor = new FrontMatterEditor(file, 'en');
    append(editor);
    const bytes = editor.bytes();
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8').slice(1)).toBe(
      '---\r\nid: x\r\nsignatures:\r\n  - entity: a\r\n  - entity: b\r\n    signatory: Zoé "Z" Ka\r\n    capacity: "Maire: adjointe"\r\n    date: 2024-02-29\r\n---\r\nBody\r\n',
    );
  });

  it('refuses a value that is not a list, and a flow-style front matter', async () => {
    await expect(edited('---\nsignatures: nobody\n---\n', append)).rejects.toThrow(EditError);
    await expect(edited('---\nsignatures: nobody\n---\n', append)).rejects.toThrow(
      /`signatures` is not a list/,
    );
    await expect(edited('---\n{id: x, signatures: []}\n---\n', append)).rejects.toThrow(/flow style/);
  });

  it('quotes what a YAML 1.1 reader would misread, and nothing a date needs', () => {
    for (const word of ['yes', 'No', 'on', 'OFF', 'y', '~', 'null', '1_000', '1:20', '.5', '-3', '---x']) {
      expect(ambiguousInYaml11(word), word).toBe(true);
    }
    for (const word of ['2024-02-29', 'Hélène', 'Maire de Kassandé', 'yesterday', 'A1']) {
      expect(ambiguousInYaml11(word), word).toBe(false);
    }
    expect(scalarText('no')).toBe('"no"');
    expect(scalarText('#1 place')).toBe('"#1 place"');
    expect(scalarText("l'été")).toBe("l'été");
    expect(scalarText(3)).toBe('3');
  });
});

describe('FrontMatterEditor.emptyList and setScalar', () => {
  const CASES: Array<[string, string, string]> = [
    [
      'block lists become [], comments above and after kept',
      '---\nversion: 2 # current\ndecisions:  # votes\n  # the first vote\n  - entity: a\n    date: 2024-01-01\n\n  - entity: b\n    date: 2024-01-02\n      # about b\n  # after the list\n\nsignatures:\n- entity: a\n---\n',
      '---\nversion: 3 # current\ndecisions: []  # votes\n  # the first vote\n  # after the list\n\nsignatures: []\n---\n',
    ],
    [
      'flow lists become [], null becomes [], absent stays absent',
      '---\r\nversion: 1\r\ndecisions: [{entity: a},\r\n  {entity: b}]   # two\r\nsignatures: ~\r\n---\r\n',
      '---\r\nversion: 2\r\ndecisions: []   # two\r\nsignatures: []\r\n---\r\n',
    ],
    [
      'an empty value gets []',
      '---\nversion: 1\nsignatures:\n---\n',
      '---\nversion: 2\nsignatures: []\n---\n',
    ],
  ];
  it.each(CASES)('%s', async (_name, before, after) => {
    const result = await edited(before, (e) => {
      const version = (readBack(before, 'en') as { data: { version: number } }).data.version;
      e.setScalar('version', scalarText(version + 1));
      e.emptyList('decisions');
      e.emptyList('signatures');
    });
    expect(result).toBe(after);
  });

  it('adds a scalar that is missing at the end of its mapping', async () => {
    await expect(edited('---\nid: x\n---\n', (e) => e.setScalar('version', '2'))).resolves.toBe(
      '---\nid: x\nversion: 2\n---\n',
    );
  });
});

describe('verifyEdit', () => {
  it('refuses an edit whose data is not the expected data', () => {
    const before = '---\nid: x\nsignatures: []\n---\nBody\n';
    expect(() =>
      verifyEdit(before, '---\nid: y\nsignatures: []\n---\nBody\n', { id: 'x', signatures: [] }, 'en'),
    ).toThrow(/changed more than intended \(data\)/);
    expect(() =>
      verifyEdit(before, '---\nid: x\nsignatures: []\n---\nBody!\n', { id: 'x', signatures: [] }, 'en'),
    ).toThrow(/\(body\)/);
    expect(() => verifyEdit(before, before, { id: 'x', signatures: [] }, 'en')).not.toThrow();
  });

  it('applyEdits refuses overlapping edits', () => {
    expect(applyEdits('abcdef', [{ start: 1, end: 2, insert: 'X' }])).toBe('aXcdef');
    expect(() =>
      applyEdits('abcdef', [
        { start: 1, end: 3, insert: '' },
        { start: 2, end: 4, insert: '' },
      ]),
    ).toThrow(RangeError);
  });
});

describe('writeIfUnchanged', () => {
  it('writes atomically and keeps the file mode, through a symlink', async () => {
    const dir = tempDir();
    const path = join(dir, 'charter.md');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    const link = join(dir, 'link.md');
    symlinkSync(path, link);
    await writeIfUnchanged(link, 'link.md', Buffer.from('old'), Buffer.from('new'), 'en');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(statSync(link, { throwIfNoEntry: true }).isFile()).toBe(true);
  });

  it('refuses when the file changed before the write, and when it changes during the write', async () => {
    const dir = tempDir();
    const path = join(dir, 'charter.md');
    writeFileSync(path, 'edited by someone else');
    await expect(
      writeIfUnchanged(path, 'charter.md', Buffer.from('old'), Buffer.from('new'), 'en'),
    ).rejects.toBeInstanceOf(ChangedOnDiskError);
    expect(readFileSync(path, 'utf8')).toBe('edited by someone else');

    writeFileSync(path, 'old');
    const racing = writeIfUnchanged(path, 'charter.md', Buffer.from('old'), Buffer.from('new'), 'fr', {
      beforeCommit: () => writeFileSync(path, 'saved by an editor meanwhile'),
    });
    await expect(racing).rejects.toThrow(/a changé sur le disque/);
    await expect(racing).rejects.toSatisfy((e) => e instanceof ExitError && e.code === 1);
    expect(readFileSync(path, 'utf8')).toBe('saved by an editor meanwhile');
    // No temporary file is left behind.
    expect(readdirSync(dir)).toEqual(['charter.md']);
  });
});
