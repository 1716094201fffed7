import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { signWebhook, verifyWebhookSignature, WEBHOOK_SIGNATURE_HEADER } from './webhook-signature.js';

const SECRET = 'whsec_test-secret';
const NOW = new Date('2026-04-20T10:00:00Z');
const NOW_SECONDS = NOW.getTime() / 1000;
const BODY = '{"id":"evt_1","type":"ticket.status_changed","data":{"trackingCode":"SAV-7K3M-9QX2","status":"SCHEDULED"}}';

describe('webhook signatures: HMAC-SHA256 over "<timestamp>.<body>"', () => {
  it('is sent in the SAV-Signature header, as t=<seconds>,v1=<hex> a receiver can recompute by hand', () => {
    assert.equal(WEBHOOK_SIGNATURE_HEADER, 'SAV-Signature');
    const header = signWebhook(SECRET, NOW_SECONDS, BODY);
    const expected = createHmac('sha256', SECRET).update(`${NOW_SECONDS}.${BODY}`).digest('hex');
    assert.equal(header, `t=${NOW_SECONDS},v1=${expected}`);
  });

  it('verifies the body it signed, with the same secret, within the tolerance', () => {
    const header = signWebhook(SECRET, NOW_SECONDS, BODY);
    assert.equal(verifyWebhookSignature(SECRET, header, BODY, { now: NOW }), true);
    assert.equal(verifyWebhookSignature(SECRET, header, BODY, { now: new Date(NOW.getTime() + 299_000) }), true);
  });

  it('refuses a body changed by a single character', () => {
    const header = signWebhook(SECRET, NOW_SECONDS, BODY);
    assert.equal(verifyWebhookSignature(SECRET, header, BODY.replace('SCHEDULED', 'CANCELLED'), { now: NOW }), false);
    assert.equal(verifyWebhookSignature(SECRET, header, `${BODY} `, { now: NOW }), false);
  });

  it('refuses another secret', () => {
    const header = signWebhook('whsec_someone-else', NOW_SECONDS, BODY);
    assert.equal(verifyWebhookSignature(SECRET, header, BODY, { now: NOW }), false);
  });

  it('refuses a stale (replayed) or future timestamp, and a timestamp moved without re-signing', () => {
    const header = signWebhook(SECRET, NOW_SECONDS, BODY);
    assert.equal(verifyWebhookSignature(SECRET, header, BODY, { now: new Date(NOW.getTime() + 301_000) }), false, 'replayed 5 min later');
    assert.equal(verifyWebhookSignature(SECRET, header, BODY, { now: new Date(NOW.getTime() - 301_000) }), false, 'from the future');
    assert.equal(verifyWebhookSignature(SECRET, header, BODY, { now: new Date(NOW.getTime() + 60_000), toleranceSeconds: 30 }), false, 'a tighter tolerance');
    const moved = header.replace(`t=${NOW_SECONDS}`, `t=${NOW_SECONDS + 3600}`);
    assert.equal(verifyWebhookSignature(SECRET, moved, BODY, { now: new Date(NOW.getTime() + 3_600_000) }), false);
  });

  it('refuses a missing or malformed header, and accepts any of several v1 values (secret rotation)', () => {
    for (const header of [undefined, null, '', 'v1=abc', `t=${NOW_SECONDS}`, `t=soon,v1=${'0'.repeat(64)}`, `t=${NOW_SECONDS},v1=zz`]) {
      assert.equal(verifyWebhookSignature(SECRET, header, BODY, { now: NOW }), false, String(header));
    }
    const good = signWebhook(SECRET, NOW_SECONDS, BODY).split(',')[1];
    assert.equal(verifyWebhookSignature(SECRET, `t=${NOW_SECONDS},v1=${'0'.repeat(64)},${good}`, BODY, { now: NOW }), true);
  });
});
