import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkQuoteAnswerable, checkWorkMayProceed } from './work-authorisation.js';
import { nextStep } from './next-step.js';
import { TICKET_STATUSES } from './ticket-lifecycle.js';

describe('no charge without the customer agreeing (seed 001, step 5)', () => {
  it('lets covered work proceed without a quote', () => {
    assert.ok(checkWorkMayProceed({ warrantyStatus: 'COVERED', latestQuote: null }).ok);
  });

  it('lets work under the legal guarantee proceed free, unless the desk quoted it as outside the guarantee', () => {
    const code = (latestQuote: 'PENDING' | 'ACCEPTED' | 'DECLINED' | null) => {
      const decision = checkWorkMayProceed({ warrantyStatus: 'EXPIRED', latestQuote, legalGuaranteeCovers: true });
      return decision.ok ? 'OK' : decision.violation.code;
    };
    assert.deepEqual([code(null), code('PENDING'), code('DECLINED'), code('ACCEPTED')], ['OK', 'QUOTE_PENDING', 'QUOTE_DECLINED', 'OK']);
  });

  it('holds uncovered work until a quote is accepted', () => {
    const code = (latestQuote: 'PENDING' | 'ACCEPTED' | 'DECLINED' | null, warrantyStatus: string | null = 'EXPIRED') => {
      const decision = checkWorkMayProceed({ warrantyStatus, latestQuote });
      return decision.ok ? 'OK' : decision.violation.code;
    };
    assert.equal(code(null), 'QUOTE_REQUIRED');
    assert.equal(code(null, 'PARTLY_COVERED'), 'QUOTE_REQUIRED');
    assert.equal(code(null, null), 'QUOTE_REQUIRED');
    assert.equal(code('PENDING'), 'QUOTE_PENDING');
    assert.equal(code('DECLINED'), 'QUOTE_DECLINED');
    assert.equal(code('ACCEPTED'), 'OK');
  });

  it('answers a quote once', () => {
    assert.ok(checkQuoteAnswerable('PENDING').ok);
    const twice = checkQuoteAnswerable('ACCEPTED');
    assert.equal(twice.ok ? null : twice.violation.code, 'QUOTE_ALREADY_ANSWERED');
  });
});

describe('the next step and who takes it', () => {
  it('names one for every status, and none once closed or cancelled', () => {
    for (const status of TICKET_STATUSES) {
      const step = nextStep({ status, quotePending: false, hasDropOff: false });
      assert.equal(step.actor === null, ['CLOSED', 'CANCELLED'].includes(status), status);
    }
  });

  it('asks the customer first when a quote waits for their answer', () => {
    assert.deepEqual(nextStep({ status: 'ON_SITE', quotePending: true, hasDropOff: false }), { code: 'ANSWER_QUOTE', actor: 'CUSTOMER' });
    assert.deepEqual(nextStep({ status: 'FOLLOW_UP', quotePending: false, hasDropOff: false }), { code: 'RATE_REPAIR', actor: 'CUSTOMER' });
    assert.deepEqual(nextStep({ status: 'SCHEDULED', quotePending: false, hasDropOff: true }), { code: 'BRING_DEVICE', actor: 'CUSTOMER' });
  });
});
