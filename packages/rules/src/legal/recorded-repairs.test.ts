import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordedRepairs } from './recorded-repairs.js';

describe("a unit's repairs, from its tickets", () => {
  it('a repaired ticket is one repair; a reopened one is the fault coming back', () => {
    const repairs = recordedRepairs([
      {
        requestedOn: '2025-01-01',
        paidByCustomer: false,
        fault: ['NOT_COOLING'],
        statuses: [
          { status: 'SCHEDULED', on: '2025-01-01' },
          { status: 'REPAIRED', on: '2025-01-05' },
          { status: 'FOLLOW_UP', on: '2025-01-05' },
          { status: 'REOPENED', on: '2025-01-20' },
          { status: 'SCHEDULED', on: '2025-01-21' },
          { status: 'REPAIRED', on: '2025-01-25' },
        ],
      },
    ]);
    assert.deepEqual(repairs, [
      { requestedOn: '2025-01-01', repairedOn: '2025-01-05', notRepairable: false, paidByCustomer: false, fault: ['NOT_COOLING'] },
      { requestedOn: '2025-01-20', repairedOn: '2025-01-25', notRepairable: false, paidByCustomer: false, fault: ['NOT_COOLING'] },
    ]);
  });

  it('a cancelled request is no repair; one found not repairable says so; tickets are ordered by request', () => {
    const repairs = recordedRepairs([
      { requestedOn: '2025-03-01', paidByCustomer: true, fault: ['DOOR'], statuses: [{ status: 'ON_SITE', on: '2025-03-02' }, { status: 'NOT_REPAIRABLE', on: '2025-03-02' }] },
      { requestedOn: '2025-02-01', paidByCustomer: false, fault: ['NOISE'], statuses: [{ status: 'CANCELLED', on: '2025-02-02' }] },
      { requestedOn: '2025-01-01', paidByCustomer: false, fault: ['NOISE'], statuses: [{ status: 'SCHEDULED', on: '2025-01-01' }] },
    ]);
    assert.deepEqual(repairs.map((r) => [r.requestedOn, r.repairedOn, r.notRepairable, r.paidByCustomer]), [
      ['2025-01-01', null, false, false],
      ['2025-03-01', null, true, true],
    ]);
  });
});
