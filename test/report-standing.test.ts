/**
 * The standing adapter's pure part (`standingOf`): the standing of the last fully signed version
 * and the work in progress, from a front matter and the signed versions of the past.
 */
import { describe, expect, it } from 'vitest';
import type { Charter } from '../src/model/charter.js';
import { standingOf } from '../src/portfolio/standing-source.js';

const entities = [
  { id: 'nord', name: 'Commune du Nord', role: 'north', type: 'commune', country: 'FR' },
  { id: 'sud', name: 'Commune du Sud', role: 'south', type: 'commune', country: 'BF' },
] as Charter['entities'];
const signed = (date: string) => [
  { entity: 'nord', signatory: 'A', capacity: 'Maire', date },
  { entity: 'sud', signatory: 'B', capacity: 'Maire', date },
];

describe('standingOf', () => {
  it('a version signed in the working file: in force, due soon, overdue by the day', () => {
    const data: Partial<Charter> = { version: 1, entities, signatures: signed('2021-06-01') };
    expect(standingOf('a.md', data, [], '2026-01-15').standing).toMatchObject({
      standing: 'due_soon',
      dueOn: '2026-06-01',
      daysLeft: 137,
      daysLate: null,
    });
    expect(standingOf('a.md', data, [], '2026-06-01').standing.standing).toBe('due_soon');
    expect(standingOf('a.md', data, [], '2026-06-02').standing).toMatchObject({
      standing: 'overdue',
      daysLate: 1,
      daysLeft: null,
    });
    expect(standingOf('a.md', data, [], '2022-01-01').standing.standing).toBe('in_force');
  });

  it('a renewal being signed does not hide that the previous version is overdue', () => {
    const data: Partial<Charter> = {
      version: 2,
      entities,
      signatures: [{ entity: 'nord', signatory: 'A', capacity: 'Maire', date: '2020-02-01' }],
      decisions: [{ entity: 'nord', body: 'CM', reference: 'D1', date: '2020-01-20' }],
    };
    const s = standingOf('a.md', data, [{ version: 1, signedOn: '2015-06-20' }], '2020-08-01');
    expect(s.standing).toMatchObject({ standing: 'overdue', version: 1, daysLate: 42 });
    expect(s.work).toMatchObject({
      kind: 'renewal',
      version: 2,
      signed: ['nord'],
      awaited: ['sud'],
      decisionsPresent: ['nord'],
      decisionsMissing: ['sud'],
    });
  });

  it('a renewal signed after the due date is marked renewed late', () => {
    const data: Partial<Charter> = { version: 2, entities, signatures: signed('2021-09-01') };
    const s = standingOf('a.md', data, [{ version: 1, signedOn: '2016-01-10' }], '2022-01-01');
    expect(s.versions.map((v) => v.renewedLate)).toEqual([true, false]);
    expect(s.standing.standing).toBe('in_force');
  });

  it('suspended until resumed; terminated even if never signed; no lateness for either', () => {
    const base: Partial<Charter> = { version: 1, entities, signatures: signed('2015-01-01') };
    const suspended = {
      ...base,
      suspended: { since: '2019-01-01', reason: 'crise', resumed_on: '2024-01-01' },
    };
    expect(standingOf('a.md', suspended, [], '2023-06-01').standing).toMatchObject({
      standing: 'suspended',
      daysLate: null,
    });
    // Resumed: the clock was never stopped, the charter is overdue again.
    expect(standingOf('a.md', suspended, [], '2024-06-01').standing.standing).toBe('overdue');
    const terminated: Partial<Charter> = {
      version: 1,
      entities,
      terminated: { date: '2020-01-01', reason: 'fin' },
    };
    const t = standingOf('a.md', terminated, [], '2021-01-01');
    expect(t.standing).toMatchObject({
      standing: 'terminated',
      terminated: { date: '2020-01-01', reason: 'fin' },
    });
    expect(t.work).toBeNull();
  });

  it('avenants: the open one is the work in progress, a completed one is on the standing', () => {
    const data: Partial<Charter> = {
      version: 1,
      entities: [
        ...entities,
        { id: 'asso', name: 'Association', role: 'associate', type: 'association', country: 'FR' },
      ] as Charter['entities'],
      signatures: signed('2023-01-01'),
      amendments: [
        { number: 1, purpose: 'un forage', opened_on: '2023-06-01', signatures: signed('2023-07-01') },
        {
          number: 2,
          purpose: 'l’association rejoint',
          opened_on: '2024-02-01',
          joining: ['asso'],
          signatures: [{ entity: 'nord', signatory: 'A', capacity: 'Maire', date: '2024-03-01' }],
        },
      ],
    };
    const s = standingOf('a.md', data, [], '2024-06-01');
    expect(s.standing).toMatchObject({ standing: 'in_force', amendment: 1, dueOn: '2028-01-01' });
    expect(s.work).toMatchObject({
      kind: 'amendment',
      amendment: 2,
      awaited: ['sud', 'asso'],
      joining: ['asso'],
      decisionsMissing: ['nord', 'sud', 'asso'],
    });
  });

  it('a tacit renewal moves its due date on', () => {
    const data: Partial<Charter> = {
      version: 1,
      entities,
      signatures: signed('2010-03-01'),
      renewal: { tacit: true },
    };
    expect(standingOf('a.md', data, [], '2026-01-01').standing).toMatchObject({
      standing: 'in_force',
      dueOn: '2030-03-01',
    });
  });
});
