import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { customerMayChangeVisit } from './visit-change.js';

const windowStart = new Date('2026-04-22T06:00:00Z');
const change = (now: string, ticketStatus = 'SCHEDULED', cutoffMinutes = 1440) => customerMayChangeVisit({ ticketStatus, windowStart, now: new Date(now), cutoffMinutes });

describe('may the customer change the visit?', () => {
  it('until the cut-off before the window, the deadline itself included', () => {
    assert.equal(change('2026-04-20T10:00:00Z').ok, true);
    assert.equal(change('2026-04-21T06:00:00Z').ok, true);
    const late = change('2026-04-21T06:00:01Z');
    assert.equal(!late.ok && late.violation.code, 'CUTOFF_PASSED');
    assert.match(!late.ok ? late.violation.message : '', /until 24 hours before/);
  });

  it('only a scheduled visit', () => {
    for (const status of ['NEEDS_VERIFICATION', 'ON_SITE', 'CANCELLED', 'CLOSED']) {
      const decision = change('2026-04-20T10:00:00Z', status);
      assert.equal(!decision.ok && decision.violation.code, 'NOT_CHANGEABLE', status);
    }
    assert.equal(customerMayChangeVisit({ ticketStatus: 'SCHEDULED', windowStart: null, now: new Date(), cutoffMinutes: 0 }).ok, false);
  });
});
