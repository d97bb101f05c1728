/** Calendar dates and the derived values of the model: signed on, due on, state. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Charter, charterStatus, dueOn, requiredSigners, signedOn } from '../src/model/charter.js';
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
