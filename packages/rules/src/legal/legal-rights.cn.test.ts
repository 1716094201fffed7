import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { remedy, repair, rightOf, rightsFor } from './legal-rights.fixtures.js';

/** China, 《部分商品修理更换退货责任规定》 and seed 001: return 7 days, exchange 15, replacement after two failed repairs. */
describe('legal rights in China (三包)', () => {
  const right = (asOf: string, more: Parameters<typeof rightsFor>[0] extends infer T ? Partial<T> : never = {}) =>
    rightOf(rightsFor({ country: 'CN', purchaseDate: '2024-08-20', asOf, ...more }), 'THREE_GUARANTEES');

  it('runs one year from the invoice, as the law counts, the seller liable', () => {
    assert.equal(right('2024-08-20')?.startsOn, '2024-08-20');
    assert.equal(right('2024-08-20')?.endsOn, '2025-08-20');
    assert.equal(right('2025-08-20')?.active, true);
    assert.equal(right('2025-08-21')?.active, false);
    assert.equal(right('2025-08-20')?.liable, 'SELLER');
    assert.equal(right('2025-08-20')?.presumptionEndsOn, null);
  });

  const windows = [
    { kind: 'RETURN', last: '2024-08-27', after: '2024-08-28' },
    { kind: 'EXCHANGE', last: '2024-09-04', after: '2024-09-05' },
  ];
  for (const w of windows) {
    it(`${w.kind.toLowerCase()} is open until ${w.last} and closed on ${w.after}`, () => {
      assert.deepEqual(remedy(right(w.last), w.kind), { kind: w.kind, available: true, until: w.last });
      assert.equal(remedy(right(w.after), w.kind)?.available, false);
    });
  }

  it('days in repair or awaiting parts are added (seed 001, item 4)', () => {
    const extended = right('2025-08-25', { servicePeriods: [{ startsOn: '2025-01-10', endsOn: '2025-01-19' }] });
    assert.equal(extended?.endsOn, '2025-08-30');
    assert.deepEqual(extended?.extension, { kind: 'SERVICE_DAYS', days: 10 });
    assert.equal(extended?.active, true);
  });

  it('two failed repairs of the same fault give a replacement or a refund; one, or two faults, do not', () => {
    const twice = [repair('2024-10-01', '2024-10-05'), repair('2024-11-01', '2024-11-03'), repair('2024-12-01', null)];
    assert.equal(remedy(right('2024-12-02', { repairs: twice }), 'REPLACEMENT')?.available, true);
    assert.equal(remedy(right('2024-12-02', { repairs: twice }), 'REFUND')?.available, true);
    assert.equal(remedy(right('2024-11-20', { repairs: twice }), 'REPLACEMENT')?.available, false);
    const otherFault = [repair('2024-10-01', '2024-10-05'), repair('2024-11-01', '2024-11-03', { fault: ['NOISE'] }), repair('2024-12-01', null, { fault: ['NOISE'] })];
    assert.equal(remedy(right('2024-12-02', { repairs: otherFault }), 'REPLACEMENT')?.available, false);
    const paid = twice.map((r) => ({ ...r, paidByCustomer: true }));
    assert.equal(remedy(right('2024-12-02', { repairs: paid }), 'REPLACEMENT')?.available, false);
  });

  it('covers the goods the regulation lists; no EU right applies', () => {
    assert.equal(rightOf(rightsFor({ country: 'CN', category: 'TABLET', purchaseDate: '2024-08-20', asOf: '2024-08-21' }), 'THREE_GUARANTEES'), undefined);
    assert.ok(rightOf(rightsFor({ country: 'CN', category: 'air conditioner', purchaseDate: '2024-08-20', asOf: '2024-08-21' }), 'THREE_GUARANTEES'));
    assert.deepEqual(rightsFor({ country: 'CN', category: 'WASHING_MACHINE', purchaseDate: '2024-08-20', asOf: '2027-01-01' }).map((r) => r.kind), ['THREE_GUARANTEES']);
  });
});
