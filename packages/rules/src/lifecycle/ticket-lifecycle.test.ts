import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkTransition, isBeforeTheVisit, nextStatuses, ratingOutcome, TICKET_STATUSES, type TicketActor, type TicketStatus } from './ticket-lifecycle.js';

const walk = (steps: [TicketStatus, TicketActor][], from: TicketStatus = 'RECEIVED') =>
  steps.reduce<TicketStatus>((status, [to, actor]) => {
    const decision = checkTransition(status, to, actor);
    assert.ok(decision.ok, `${status} → ${to} by ${actor}: ${decision.ok ? '' : decision.violation.message}`);
    return to;
  }, from);

describe('the ticket lifecycle (seed 001, seven steps)', () => {
  it('goes from the request to the satisfied customer', () => {
    assert.equal(
      walk([
        ['NEEDS_VERIFICATION', 'SYSTEM'], ['VERIFIED', 'SERVICE_DESK'], ['DIAGNOSED', 'SERVICE_DESK'], ['SCHEDULED', 'SERVICE_DESK'],
        ['TECHNICIAN_EN_ROUTE', 'TECHNICIAN'], ['ON_SITE', 'TECHNICIAN'], ['AWAITING_PARTS', 'TECHNICIAN'], ['REPAIRING', 'TECHNICIAN'],
        ['AWAITING_PARTS', 'TECHNICIAN'], ['REPAIRING', 'TECHNICIAN'], ['REPAIRED', 'TECHNICIAN'], ['FOLLOW_UP', 'SYSTEM'], ['CLOSED', 'CUSTOMER'],
      ]),
      'CLOSED',
    );
  });

  it('reopens when the customer is not satisfied, and keeps tracking it', () => {
    assert.equal(walk([['REOPENED', 'CUSTOMER'], ['SCHEDULED', 'SERVICE_DESK']], 'FOLLOW_UP'), 'SCHEDULED');
    assert.equal(walk([['REOPENED', 'CUSTOMER']], 'CLOSED'), 'REOPENED');
    assert.equal(walk([['FOLLOW_UP', 'SERVICE_DESK']], 'NOT_REPAIRABLE'), 'FOLLOW_UP');
  });

  it('refuses an illegal step, saying where the ticket can go', () => {
    const skip = checkTransition('SCHEDULED', 'REPAIRED', 'TECHNICIAN');
    assert.equal(!skip.ok && skip.violation.code, 'ILLEGAL_TRANSITION');
    assert.match(!skip.ok ? skip.violation.message : '', /can go to TECHNICIAN_EN_ROUTE, ON_SITE, CANCELLED/);
    const final = checkTransition('CANCELLED', 'SCHEDULED', 'SERVICE_DESK');
    assert.match(!final.ok ? final.violation.message : '', /it is final/);
  });

  it('lets each step be taken only by whom it belongs to', () => {
    const customerRepairs = checkTransition('ON_SITE', 'REPAIRED', 'CUSTOMER');
    assert.equal(!customerRepairs.ok && customerRepairs.violation.code, 'NOT_ALLOWED_FOR_ACTOR');
    assert.equal(checkTransition('NEEDS_VERIFICATION', 'VERIFIED', 'TECHNICIAN').ok, false);
    assert.equal(checkTransition('SCHEDULED', 'CANCELLED', 'CUSTOMER').ok, true);
    assert.equal(checkTransition('ON_SITE', 'CANCELLED', 'CUSTOMER').ok, false, 'no cancelling once the technician is there');
  });

  it('never closes without the customer or SAV, and every non-final status leads somewhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TICKET_STATUSES), fc.constantFrom<TicketActor>('CUSTOMER', 'SERVICE_DESK', 'TECHNICIAN', 'SYSTEM'), (from, actor) => {
        const decision = checkTransition(from, 'CLOSED', actor);
        if (decision.ok) assert.ok(from === 'FOLLOW_UP' && (actor === 'CUSTOMER' || actor === 'SYSTEM'));
        if (from !== 'CANCELLED') assert.ok(nextStatuses(from).length > 0);
        if (isBeforeTheVisit(from)) assert.ok(nextStatuses(from).includes('CANCELLED'));
      }),
    );
  });

  it('closes on a satisfied rating, reopens below the threshold, refuses one out of range', () => {
    assert.deepEqual(ratingOutcome(5), { ok: true, value: 'CLOSED' });
    assert.deepEqual(ratingOutcome(4), { ok: true, value: 'CLOSED' });
    assert.deepEqual(ratingOutcome(3), { ok: true, value: 'REOPENED' });
    assert.deepEqual(ratingOutcome(3, 3), { ok: true, value: 'CLOSED' });
    for (const rating of [0, 6, 2.5, Number.NaN]) assert.equal(ratingOutcome(rating).ok, false);
  });
});
