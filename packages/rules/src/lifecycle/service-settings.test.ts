import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkServiceSettings } from './service-settings.js';

describe("a tenant's service settings", () => {
  it('takes what is given and leaves the rest', () => {
    assert.deepEqual(checkServiceSettings({ satisfactionThreshold: 3, trackerUrl: ' https://shop.example/repairs ' }, { allowLocalHttp: false }), {
      ok: true,
      value: { satisfactionThreshold: 3, trackerUrl: 'https://shop.example/repairs' },
    });
    assert.deepEqual(checkServiceSettings({ trackerUrl: '' }, { allowLocalHttp: false }), { ok: true, value: { trackerUrl: null } });
  });

  it("records whether the tenant's repairers hold the QualiRépar label", () => {
    assert.deepEqual(checkServiceSettings({ qualiReparLabelled: true }, { allowLocalHttp: false }), { ok: true, value: { qualiReparLabelled: true } });
    assert.deepEqual(checkServiceSettings({ qualiReparLabelled: false }, { allowLocalHttp: false }), { ok: true, value: { qualiReparLabelled: false } });
    const bad = checkServiceSettings({ qualiReparLabelled: 'yes' as never }, { allowLocalHttp: false });
    assert.deepEqual(!bad.ok && bad.violation.field, ['qualiReparLabelled']);
  });

  it('names every bad field at once', () => {
    const decision = checkServiceSettings({ satisfactionThreshold: 6, followUpDays: -1, repairCostLimitPercent: 0, lookupsPerMinute: 1.5, bookingsPerMinute: 0, trackerUrl: 'http://shop.example' }, { allowLocalHttp: false });
    assert.equal(decision.ok, false);
    if (!decision.ok) assert.deepEqual(decision.violation.field, ['satisfactionThreshold', 'followUpDays', 'repairCostLimitPercent', 'lookupsPerMinute', 'bookingsPerMinute', 'trackerUrl']);
  });

  it('takes lookup and booking limits from 1 to 100000 a minute', () => {
    assert.deepEqual(checkServiceSettings({ lookupsPerMinute: 1, bookingsPerMinute: 100_000 }, { allowLocalHttp: false }), { ok: true, value: { lookupsPerMinute: 1, bookingsPerMinute: 100_000 } });
    const over = checkServiceSettings({ bookingsPerMinute: 100_001 }, { allowLocalHttp: false });
    assert.deepEqual(!over.ok && over.violation.field, ['bookingsPerMinute']);
  });

  it('accepts a local http page only outside production', () => {
    assert.equal(checkServiceSettings({ trackerUrl: 'http://localhost:4000/retailer-my-repairs/' }, { allowLocalHttp: true }).ok, true);
    assert.equal(checkServiceSettings({ trackerUrl: 'http://localhost:4000/retailer-my-repairs/' }, { allowLocalHttp: false }).ok, false);
    assert.equal(checkServiceSettings({ trackerUrl: 'https://user:pw@shop.example/' }, { allowLocalHttp: true }).ok, false);
  });
});
