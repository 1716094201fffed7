import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { averageScore, DEFAULT_REPEAT_THRESHOLD, hoursFromSeconds, normaliseQualityReportQuestion, percentOf, type QualityReportQuestion } from './quality-report.js';

const refusal = (question: QualityReportQuestion) => {
  const decision = normaliseQualityReportQuestion(question);
  assert.equal(decision.ok, false, JSON.stringify(decision));
  return decision.ok ? undefined : decision.violation;
};

describe('quality report question', () => {
  it('takes no filter at all, with the default threshold', () => {
    assert.deepEqual(normaliseQualityReportQuestion({}), {
      ok: true,
      value: { from: null, to: null, productModels: [], category: null, country: null, repeatThreshold: DEFAULT_REPEAT_THRESHOLD },
    });
    assert.equal(DEFAULT_REPEAT_THRESHOLD, 3);
  });

  it('trims and upper-cases codes, and keeps each model once', () => {
    const decision = normaliseQualityReportQuestion({ from: '2026-01-01', to: '2026-03-31', productModels: [' hrf-demo-1', 'HRF-DEMO-1', 'hac-demo-inv'], category: ' refrigerator ', country: 'fr', repeatThreshold: 4 });
    assert.deepEqual(decision, {
      ok: true,
      value: { from: '2026-01-01', to: '2026-03-31', productModels: ['HAC-DEMO-INV', 'HRF-DEMO-1'], category: 'REFRIGERATOR', country: 'FR', repeatThreshold: 4 },
    });
  });

  it('refuses a range that ends before it starts, naming from', () => {
    assert.deepEqual(refusal({ from: '2026-02-01', to: '2026-01-31' }), { code: 'INVALID_RANGE', message: 'from is after to: the range starts on from and ends on to, both included.', field: ['from'] });
    assert.equal(normaliseQualityReportQuestion({ from: '2026-02-01', to: '2026-02-01' }).ok, true, 'one day');
  });

  it('covers five years at most, naming to', () => {
    assert.equal(normaliseQualityReportQuestion({ from: '2020-01-01', to: '2024-12-31' }).ok, true);
    assert.deepEqual(refusal({ from: '2020-01-01', to: '2025-01-01' })?.field, ['to']);
    assert.equal(refusal({ from: '2020-01-01', to: '2025-01-01' })?.code, 'RANGE_TOO_LONG');
  });

  it('names each bad field', () => {
    assert.deepEqual(refusal({ from: '2026-02-30' })?.field, ['from']);
    assert.deepEqual(refusal({ to: 'yesterday' })?.field, ['to']);
    assert.deepEqual(refusal({ country: 'France' })?.field, ['country']);
    assert.deepEqual(refusal({ productModels: ['HRF-DEMO-1', ' '] })?.field, ['productModels']);
    assert.deepEqual(refusal({ repeatThreshold: 1 })?.field, ['repeatThreshold']);
    assert.deepEqual(refusal({ category: 'x'.repeat(101) })?.field, ['category']);
  });

  it('never accepts a range whose end precedes its start (property)', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    fc.assert(fc.property(day, day, (from, to) => {
      const decision = normaliseQualityReportQuestion({ from, to });
      if (decision.ok) assert.ok(decision.value.from! <= decision.value.to!);
      else assert.ok(from > to || to >= `${Number(from.slice(0, 4)) + 5}${from.slice(4)}` || decision.violation.field[0] === 'to');
    }));
  });
});

describe('quality figures', () => {
  it('writes a failure rate in percent with two decimals, rounded half up', () => {
    assert.equal(percentOf(1, 4), '25.00');
    assert.equal(percentOf(2, 3), '66.67');
    assert.equal(percentOf(1, 3), '33.33');
    assert.equal(percentOf(3, 10_000), '0.03');
    assert.equal(percentOf(0, 7), '0.00');
    assert.equal(percentOf(5, 4), '125.00', 'more tickets than units registered: said as it is');
    assert.equal(percentOf(1, 0), null, 'nothing sold: no rate');
  });

  it('never gives a negative rate, nor one above 100 when tickets do not outnumber units (property)', () => {
    fc.assert(fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (a, b) => {
      const [numerator, denominator] = a <= b ? [a, b] : [b, a === 0 ? 1 : a];
      const rate = Number(percentOf(numerator, denominator));
      assert.ok(rate >= 0 && rate <= 100);
      assert.ok(Math.abs(rate - (numerator * 100) / denominator) <= 0.005 + 1e-9);
    }));
  });

  it('averages scores with two decimals', () => {
    assert.equal(averageScore(9, 2), '4.50');
    assert.equal(averageScore(14, 3), '4.67');
    assert.equal(averageScore(0, 0), null);
  });

  it('writes durations in hours with two decimals', () => {
    assert.equal(hoursFromSeconds(20 * 3600), '20.00');
    assert.equal(hoursFromSeconds(90 * 60), '1.50');
    assert.equal(hoursFromSeconds(1234.5678), '0.34');
    assert.equal(hoursFromSeconds(-1800), '-0.50');
    assert.equal(hoursFromSeconds(null), null);
  });
});
