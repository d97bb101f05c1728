/** Calendar dates and the derived values of the model: signed on, due on, state. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completedAmendments,
  fieldsAmendmentSignedOn,
  fieldsRequiredSigners,
  fieldsSignedOn,
  lifecycleFields,
} from '../src/history/lifecycle-fields.js';
import {
  amendmentSignedOn,
  type Charter,
  charterStatus,
  dueOn,
  requiredSigners,
  signedOn,
} from '../src/model/charter.js';
import {
  addMonths,
  addYears,
  daysBetween,
  formatDate,
  isValidDate,
  parseDate,
  today,
} from '../src/model/dates.js';

type Signable = Pick<Charter, 'entities' | 'signatures' | 'renewal' | 'terminated' | 'suspended'>;

const base: Signable = {
  entities: [
    { id: 'nord', name: 'Nord', role: 'north', type: 'commune', country: 'FR' },
    { id: 'sud', name: 'Sud', role: 'south', type: 'commune', country: 'BF' },
    { id: 'asso', name: 'Asso', role: 'associate', type: 'association', country: 'FR' },
  ],
};
const sign = (entity: string, date: string) => ({ entity, signatory: 'X', capacity: 'Maire', date });

describe('calendar dates', () => {
  it('knows which dates exist', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('2024-04-31')).toBe(false);
    expect(isValidDate('2024-4-3')).toBe(false);
    expect(isValidDate(20240403)).toBe(false);
  });

  it('adds years keeping month and day; 29 February gives 28 February', () => {
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2019-05-10', 5)).toBe('2024-05-10');
  });

  it('adds months, clamped to the end of a shorter month', () => {
    expect(addMonths('2029-08-31', -6)).toBe('2029-02-28');
    expect(addMonths('2029-01-15', -1)).toBe('2028-12-15');
    expect(addMonths('2028-12-15', 13)).toBe('2030-01-15');
  });

  it('round-trips and counts days like the proleptic Gregorian calendar', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const date = formatDate({
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate(),
          });
          expect(parseDate(date)).toBeDefined();
          const next = new Date(d.getTime() + 86_400_000);
          const nextDate = formatDate({
            year: next.getUTCFullYear(),
            month: next.getUTCMonth() + 1,
            day: next.getUTCDate(),
          });
          expect(daysBetween(date, nextDate)).toBe(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("today() is the local calendar date of the machine, whatever the instant's UTC date", () => {
    // 23:30 local time on 31 December: still the 31st for the user.
    const lateEvening = new Date(2026, 11, 31, 23, 30);
    expect(today(lateEvening)).toBe('2026-12-31');
  });
});

describe('derived values', () => {
  it('required signers are the north and south entities', () => {
    expect(requiredSigners(base)).toEqual(['nord', 'sud']);
  });

  it('signed on is the latest required signature, once all have signed', () => {
    expect(signedOn({ ...base, signatures: [sign('nord', '2024-10-19')] })).toBeUndefined();
    expect(
      signedOn({ ...base, signatures: [sign('nord', '2024-10-19'), sign('asso', '2025-03-01')] }),
    ).toBeUndefined();
    expect(signedOn({ ...base, signatures: [sign('sud', '2025-02-08'), sign('nord', '2024-10-19')] })).toBe(
      '2025-02-08',
    );
    expect(dueOn({ ...base, signatures: [sign('sud', '2024-02-29'), sign('nord', '2024-01-10')] })).toBe(
      '2029-02-28',
    );
    expect(
      dueOn({
        ...base,
        renewal: { period_years: 3 },
        signatures: [sign('sud', '2024-05-01'), sign('nord', '2024-01-10')],
      }),
    ).toBe('2027-05-01');
  });

  it.each([
    ['draft', [], '2026-01-01', {}],
    ['partially_signed', [sign('nord', '2024-10-19')], '2026-01-01', {}],
    ['in_force', [sign('nord', '2024-10-19'), sign('sud', '2025-02-08')], '2029-08-07', {}],
    ['due_soon', [sign('nord', '2024-10-19'), sign('sud', '2025-02-08')], '2029-08-08', {}],
    ['due_soon', [sign('nord', '2024-10-19'), sign('sud', '2025-02-08')], '2030-02-08', {}],
    ['overdue', [sign('nord', '2024-10-19'), sign('sud', '2025-02-08')], '2030-02-09', {}],
    [
      'in_force',
      [sign('nord', '2024-10-19'), sign('sud', '2025-02-08')],
      '2030-02-09',
      { renewal: { tacit: true } },
    ],
    [
      'due_soon',
      [sign('nord', '2024-10-19'), sign('sud', '2025-02-08')],
      '2034-09-01',
      { renewal: { tacit: true } },
    ],
    [
      'suspended',
      [sign('nord', '2024-10-19'), sign('sud', '2025-02-08')],
      '2026-01-01',
      { suspended: { since: '2025-06-01', reason: 'x' } },
    ],
    [
      'terminated',
      [sign('nord', '2024-10-19'), sign('sud', '2025-02-08')],
      '2026-01-01',
      { terminated: { date: '2025-12-31', reason: 'x' } },
    ],
    [
      'in_force',
      [sign('nord', '2024-10-19'), sign('sud', '2025-02-08')],
      '2025-12-30',
      { terminated: { date: '2025-12-31', reason: 'x' } },
    ],
  ] as const)('%s (signatures %j, as of %s, %j)', (state, signatures, asOf, extra) => {
    const status = charterStatus({ ...base, signatures: [...signatures], ...extra } as Signable, asOf);
    expect(status.state).toBe(state);
  });

  it('a tacit renewal moves the due date by whole periods, never into the past', () => {
    const status = charterStatus(
      {
        ...base,
        renewal: { tacit: true },
        signatures: [sign('nord', '2024-10-19'), sign('sud', '2025-02-08')],
      },
      '2031-01-01',
    );
    expect(status).toEqual({
      state: 'in_force',
      signedOn: '2025-02-08',
      dueOn: '2035-02-08',
      daysLeft: 1499,
    });
  });

  it('days left count calendar days to the due date', () => {
    const status = charterStatus(
      { ...base, signatures: [sign('nord', '2024-10-19'), sign('sud', '2025-02-08')] },
      '2026-11-27',
    );
    expect(status).toEqual({
      state: 'in_force',
      signedOn: '2025-02-08',
      dueOn: '2030-02-08',
      daysLeft: 1169,
    });
  });
});

/**
 * The rules as first written (a Map of each entity's last signature, a Set of the entities that
 * joined by avenant): the loops that replaced them, and the history's path through records kept
 * by identity, must give the same answers.
 */
describe('completion rules, against their first writing', () => {
  type Sig = { entity: string; date?: string };
  type Amend = { number: number; joining: string[]; signatures: Sig[]; withdrawn?: object };
  const ids = ['nord', 'sud', 'a1', 'a2'];
  const date = fc.constantFrom('2024-01-10', '2025-05-01', '2023-12-31', '2024-02-30', 'demain');
  const signature = fc.record({ entity: fc.constantFrom(...ids), date }, { requiredKeys: ['entity'] });
  const charter = fc.record({
    entities: fc.uniqueArray(
      fc.record(
        {
          id: fc.constantFrom(...ids),
          role: fc.constantFrom('north', 'south', 'associate'),
          required_signer: fc.constant(true),
        },
        { requiredKeys: ['id', 'role'] },
      ),
      { selector: (e) => e.id, maxLength: 4 },
    ),
    signatures: fc.array(signature, { maxLength: 6 }),
    amendments: fc.uniqueArray(
      fc.record(
        {
          number: fc.integer({ min: 1, max: 3 }),
          joining: fc.subarray(ids),
          signatures: fc.array(signature, { maxLength: 5 }),
          withdrawn: fc.constant({ date: '2025-06-01', reason: 'refusé' }),
        },
        { requiredKeys: ['number', 'joining', 'signatures'] },
      ),
      { selector: (a) => a.number, maxLength: 2 },
    ),
  });

  const referenceSigners = (c: {
    entities: Array<{ id: string; role: string; required_signer?: boolean }>;
    amendments: Amend[];
  }) => {
    // A withdrawn avenant brings nobody in.
    const joined = new Set(c.amendments.filter((a) => !a.withdrawn).flatMap((a) => a.joining));
    return c.entities
      .filter(
        (e) => (e.role === 'north' || e.role === 'south' || e.required_signer === true) && !joined.has(e.id),
      )
      .map((e) => e.id);
  };
  const referenceCompletion = (signers: string[], signatures: Sig[]) => {
    const byEntity = new Map(signatures.map((s) => [s.entity, s] as const));
    let latest: string | undefined;
    for (const id of signers) {
      const s = byEntity.get(id);
      if (!s || !isValidDate(s.date)) return undefined;
      if (latest === undefined || s.date > latest) latest = s.date;
    }
    return latest;
  };
  const referenceAmendmentSigners = (c: Parameters<typeof referenceSigners>[0], number: number) => {
    const signers = referenceSigners(c);
    for (const a of c.amendments) {
      if (a.number > number || (a.number !== number && a.withdrawn)) continue;
      for (const id of a.joining) if (!signers.includes(id)) signers.push(id);
    }
    return signers;
  };
  // A withdrawn avenant is never completed.
  const referenceAmendmentCompletion = (
    c: Parameters<typeof referenceSigners>[0],
    a: Amend,
    signatures: Sig[],
  ) => (a.withdrawn ? undefined : referenceCompletion(referenceAmendmentSigners(c, a.number), signatures));

  it('signed on, required signers and avenant completion: the model and the history agree with it', () => {
    fc.assert(
      fc.property(charter, (c) => {
        const model = c as unknown as Charter;
        expect(requiredSigners(model)).toEqual(referenceSigners(c));
        expect(signedOn(model)).toBe(referenceCompletion(referenceSigners(c), c.signatures));
        for (const a of c.amendments) {
          expect(amendmentSignedOn(model, a.number)).toBe(referenceAmendmentCompletion(c, a, a.signatures));
        }
        // The history reads the same rules on its records, where undated signatures are left out.
        const fields = lifecycleFields(c as unknown as Record<string, unknown>);
        const dated = (list: Sig[]) => list.filter((s) => s.date !== undefined);
        expect(fieldsRequiredSigners(fields)).toEqual(referenceSigners(c));
        expect(fieldsSignedOn(fields)).toBe(referenceCompletion(referenceSigners(c), dated(c.signatures)));
        const completed = c.amendments
          .filter((a) => referenceAmendmentCompletion(c, a, dated(a.signatures)) !== undefined)
          .map((a) => a.number)
          .sort((x, y) => x - y);
        expect(completedAmendments(fields)).toEqual(completed);
        for (const a of c.amendments) {
          expect(fieldsAmendmentSignedOn(fields, a.number)).toBe(
            referenceAmendmentCompletion(c, a, dated(a.signatures)),
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the last signature of an entity counts, an earlier one does not', () => {
    const twice = {
      ...base,
      signatures: [sign('nord', '2024-01-10'), sign('sud', '2024-03-01'), sign('nord', 'plus tard')],
    };
    expect(signedOn(twice)).toBeUndefined();
    expect(signedOn({ ...twice, signatures: [...twice.signatures, sign('nord', '2024-02-01')] })).toBe(
      '2024-03-01',
    );
  });
});
