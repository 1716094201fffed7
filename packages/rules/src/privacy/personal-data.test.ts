import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkServiceSettings } from '../lifecycle/service-settings.js';
import { checkErasureRequest, normaliseEmailAddress, personalDataExpired, retentionCutoff } from './personal-data.js';

const now = new Date('2026-04-20T10:00:00Z');

describe("a customer's personal data", () => {
  it('is kept for the retention period after a ticket is closed or cancelled, then expires', () => {
    const endedAt = new Date('2025-04-20T09:00:00Z');
    assert.equal(personalDataExpired({ status: 'CLOSED', endedAt }, now, 365), true);
    assert.equal(personalDataExpired({ status: 'CANCELLED', endedAt }, now, 365), true);
    assert.equal(personalDataExpired({ status: 'CLOSED', endedAt: new Date('2025-04-20T11:00:00Z') }, now, 365), false);
    assert.equal(personalDataExpired({ status: 'CLOSED', endedAt }, now, 366), false);
  });

  it('is never expired while the ticket is in service, or when its end is unknown', () => {
    for (const status of ['RECEIVED', 'SCHEDULED', 'REPAIRED', 'FOLLOW_UP', 'REOPENED']) {
      assert.equal(personalDataExpired({ status, endedAt: new Date('2000-01-01T00:00:00Z') }, now, 30), false);
    }
    assert.equal(personalDataExpired({ status: 'CLOSED', endedAt: null }, now, 30), false);
  });

  it('a longer retention period never makes data expire sooner', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 10 * 365 * 86_400_000 }), (a, b, ago) => {
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        const ticket = { status: 'CLOSED', endedAt: new Date(now.getTime() - ago) };
        if (personalDataExpired(ticket, now, longer)) assert.equal(personalDataExpired(ticket, now, shorter), true);
        assert.ok(retentionCutoff(now, longer).getTime() <= retentionCutoff(now, shorter).getTime());
      }),
    );
  });

  it('compares e-mail addresses trimmed and in lower case', () => {
    assert.equal(normaliseEmailAddress('  Camille.Dupont@Example.FR '), 'camille.dupont@example.fr');
  });

  it('an erasure names a customer by e-mail and says why, every bad field at once', () => {
    assert.deepEqual(checkErasureRequest({ email: ' A@B.example ', reason: ' GDPR request, ticket #12 ' }), { ok: true, value: { email: 'a@b.example', reason: 'GDPR request, ticket #12' } });
    const bad = checkErasureRequest({ email: 'not-an-address', reason: '  ' });
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.deepEqual(bad.violation.field, ['email', 'reason']);
    const long = checkErasureRequest({ email: 'a@b.example', reason: 'x'.repeat(501) });
    assert.deepEqual(!long.ok && long.violation.field, ['reason']);
  });

  it("a tenant's retention period is 30 days to 10 years", () => {
    assert.deepEqual(checkServiceSettings({ personalDataRetentionDays: 730 }, { allowLocalHttp: false }), { ok: true, value: { personalDataRetentionDays: 730 } });
    for (const days of [29, 3651, 90.5]) {
      const refused = checkServiceSettings({ personalDataRetentionDays: days }, { allowLocalHttp: false });
      assert.deepEqual(!refused.ok && refused.violation.field, ['personalDataRetentionDays']);
    }
  });
});
