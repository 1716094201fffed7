import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkTicketFact, diagnosisMovesTo, isReasonForCustomer } from './ticket-facts.js';
import { TICKET_STATUSES } from './ticket-lifecycle.js';

describe('facts recorded on a ticket', () => {
  it('takes a rating only in FOLLOW_UP, and says why otherwise', () => {
    for (const status of TICKET_STATUSES) assert.equal(checkTicketFact('RATING', status).ok, status === 'FOLLOW_UP', status);
    const early = checkTicketFact('RATING', 'ON_SITE');
    assert.equal(early.ok ? null : early.violation.code, 'NOT_RATEABLE');
  });

  it('takes a delay only before the technician arrives, and a quote never once the repair is over', () => {
    assert.deepEqual(TICKET_STATUSES.filter((status) => checkTicketFact('DELAY', status).ok), ['SCHEDULED', 'TECHNICIAN_EN_ROUTE']);
    for (const over of ['REPAIRED', 'NOT_REPAIRABLE', 'FOLLOW_UP', 'CLOSED', 'CANCELLED'] as const) assert.equal(checkTicketFact('QUOTE', over).ok, false, over);
  });

  it('moves a verified or reopened ticket to DIAGNOSED, and only revises a later one', () => {
    assert.equal(diagnosisMovesTo('VERIFIED'), 'DIAGNOSED');
    assert.equal(diagnosisMovesTo('REOPENED'), 'DIAGNOSED');
    assert.equal(diagnosisMovesTo('SCHEDULED'), null);
    assert.equal(checkTicketFact('DIAGNOSIS', 'NEEDS_VERIFICATION').ok, false);
  });

  it('shows the customer the reasons written for them, not the desk notes', () => {
    assert.equal(isReasonForCustomer({ kind: 'DELAY_REPORTED', toStatus: 'TECHNICIAN_EN_ROUTE' }), true);
    assert.equal(isReasonForCustomer({ kind: 'STATUS_CHANGED', toStatus: 'REPAIRED' }), true);
    assert.equal(isReasonForCustomer({ kind: 'STATUS_CHANGED', toStatus: 'VERIFIED' }), false);
    assert.equal(isReasonForCustomer({ kind: 'STATUS_CHANGED', toStatus: 'CANCELLED' }), false);
    assert.equal(isReasonForCustomer({ kind: 'CREATED', toStatus: 'NEEDS_VERIFICATION' }), false);
  });
});
