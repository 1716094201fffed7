import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyseFault } from './fault-analysis.js';
import { checkPriceList, DEMO_PRICE_LIST, estimateRepairPrice, formatMoney, labourForMinutes } from './price-estimate.js';

describe('repair price estimate', () => {
  it('shows call-out, labour per started quarter hour and the most likely part', () => {
    const analysis = analyseFault({ category: 'REFRIGERATOR', faultText: 'ne refroidit plus' });
    const estimate = estimateRepairPrice(DEMO_PRICE_LIST, analysis, { covered: false });
    assert.deepEqual(
      { ...estimate, priceList: undefined },
      { currency: 'EUR', callOutMinor: 4900, labourMinor: 9000, partsMinor: 8500, totalMinor: 22400, covered: false, part: 'FAN_MOTOR', priceList: undefined },
    );
    assert.equal(formatMoney(estimate.totalMinor, estimate.currency), '224.00');
  });

  it('charges nothing when covered, yet still shows the charging standard', () => {
    const estimate = estimateRepairPrice(DEMO_PRICE_LIST, { likelyParts: ['COMPRESSOR'], visitMinutes: 120 }, { covered: true });
    assert.deepEqual([estimate.callOutMinor, estimate.labourMinor, estimate.partsMinor, estimate.totalMinor], [0, 0, 0, 0]);
    assert.equal(estimate.part, 'COMPRESSOR');
    assert.equal(estimate.priceList, DEMO_PRICE_LIST);
  });

  it('prices the first likely part the list knows, or none', () => {
    assert.equal(estimateRepairPrice(DEMO_PRICE_LIST, { likelyParts: ['GASKET', 'DOOR'], visitMinutes: 45 }, { covered: false }).partsMinor, 15000);
    const none = estimateRepairPrice(DEMO_PRICE_LIST, { likelyParts: [], visitMinutes: 60 }, { covered: false });
    assert.deepEqual([none.part, none.partsMinor, none.labourMinor, none.totalMinor], [null, 0, 6000, 10900]);
  });

  it('counts labour per started quarter hour, rounded half up to the cent', () => {
    assert.equal(labourForMinutes(6000, 1), 1500);
    assert.equal(labourForMinutes(6000, 15), 1500);
    assert.equal(labourForMinutes(6000, 16), 3000);
    assert.equal(labourForMinutes(4999, 15), 1250);
    assert.equal(labourForMinutes(4998, 15), 1250);
    assert.equal(labourForMinutes(4997, 15), 1249);
  });

  it('writes amounts with two decimals, in integer arithmetic', () => {
    assert.equal(formatMoney(8000, 'EUR'), '80.00');
    assert.equal(formatMoney(5, 'EUR'), '0.05');
    assert.equal(formatMoney(0, 'EUR'), '0.00');
    assert.equal(formatMoney(-1234, 'EUR'), '-12.34');
    assert.equal(formatMoney(Number.MAX_SAFE_INTEGER, 'EUR'), '90071992547409.91');
    assert.equal(formatMoney(80, 'JPY'), '80.00', 'a currency without minor units');
    assert.equal(formatMoney(1234, 'BHD'), '1.234', 'a currency with three');
    assert.throws(() => formatMoney(0.5, 'EUR'), RangeError);
    assert.throws(() => formatMoney(1, 'euro'), RangeError);
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (minor) => assert.equal(Math.round(Number(formatMoney(minor, 'EUR')) * 100), minor)));
  });

  it("checks a tenant's price list", () => {
    assert.equal(checkPriceList(DEMO_PRICE_LIST).ok, true);
    const field = (list: typeof DEMO_PRICE_LIST) => {
      const decision = checkPriceList(list);
      return decision.ok ? undefined : decision.violation.field.join();
    };
    assert.equal(field({ ...DEMO_PRICE_LIST, currency: 'eur' }), 'currency');
    assert.equal(field({ ...DEMO_PRICE_LIST, callOutMinor: -1 }), 'callOutMinor');
    assert.equal(field({ ...DEMO_PRICE_LIST, labourPerHourMinor: 60.5 }), 'labourPerHourMinor');
    assert.equal(field({ ...DEMO_PRICE_LIST, parts: { DOOR: Number.NaN } }), 'parts');
  });
});
