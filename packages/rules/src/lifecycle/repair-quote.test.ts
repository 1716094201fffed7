import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEMO_PRICE_LIST } from '../booking/price-estimate.js';
import { repairBonusFor } from '../legal/repair-bonus.js';
import { LANGUAGES } from '../language/language.js';
import { adviseRepairOrReplace, checkRepairCostLimit, explainRepairAdvice, quoteRepair, REPAIR_ADVICE_WORDS, type RepairAdviceReason } from './repair-quote.js';

describe('a repair quote from the price list (seed 001, step 5)', () => {
  it('lists the call-out, labour per started quarter hour and each part', () => {
    const quote = quoteRepair(DEMO_PRICE_LIST, { parts: ['COMPRESSOR', 'FILTER'], labourMinutes: 50 });
    assert.ok(quote.ok);
    assert.deepEqual(quote.value.lines.map((line) => [line.kind, line.part, line.amountMinor]), [
      ['CALL_OUT', null, 4900], ['LABOUR', null, 6000], ['PART', 'COMPRESSOR', 32000], ['PART', 'FILTER', 2500],
    ]);
    assert.equal(quote.value.totalMinor, 45400);
    assert.equal(quote.value.currency, 'EUR');
  });

  it('prices a part the warranty still covers at nothing', () => {
    const quote = quoteRepair(DEMO_PRICE_LIST, { parts: ['COMPRESSOR'], labourMinutes: 15, coveredParts: new Set(['COMPRESSOR']) });
    assert.ok(quote.ok);
    assert.deepEqual(quote.value.lines.at(-1), { kind: 'PART', part: 'COMPRESSOR', amountMinor: 0, covered: true });
    assert.equal(quote.value.totalMinor, 4900 + 1500);
  });

  it("deducts France's repair bonus as a line of its own, never on a repair the warranty pays in part", () => {
    const fridge = repairBonusFor('FR', 'REFRIGERATOR', '2026-04-20');
    const quote = quoteRepair(DEMO_PRICE_LIST, { parts: ['FILTER'], labourMinutes: 30, repairBonus: fridge });
    assert.ok(quote.ok);
    assert.deepEqual(quote.value.lines.at(-1), { kind: 'REPAIR_BONUS', part: null, amountMinor: -2500, covered: false });
    assert.equal(quote.value.totalMinor, 4900 + 3000 + 2500 - 2500);
    const partlyCovered = quoteRepair(DEMO_PRICE_LIST, { parts: ['FILTER', 'COMPRESSOR'], labourMinutes: 30, repairBonus: fridge, coveredParts: new Set(['COMPRESSOR']) });
    assert.ok(partlyCovered.ok);
    assert.equal(partlyCovered.value.lines.some((line) => line.kind === 'REPAIR_BONUS'), false);
    // A laptop's bonus needs a repair of at least €150.
    const laptop = repairBonusFor('FR', 'LAPTOP', '2026-04-20');
    const small = quoteRepair(DEMO_PRICE_LIST, { parts: ['FILTER'], labourMinutes: 30, repairBonus: laptop });
    assert.ok(small.ok);
    assert.equal(small.value.totalMinor, 4900 + 3000 + 2500);
  });

  it('refuses a part without a price and an impossible labour time', () => {
    const unpriced = quoteRepair(DEMO_PRICE_LIST, { parts: ['FLUX_CAPACITOR'], labourMinutes: 30 });
    assert.equal(unpriced.ok ? null : unpriced.violation.code, 'UNPRICED_PART');
    for (const labourMinutes of [0, -5, 1.5, 1441]) {
      const decision = quoteRepair(DEMO_PRICE_LIST, { parts: [], labourMinutes });
      assert.deepEqual(decision.ok ? null : decision.violation.field, ['labourMinutes']);
    }
  });

  it('always totals its lines, and never charges less for more work', () => {
    const part = fc.constantFrom(...Object.keys(DEMO_PRICE_LIST.parts));
    fc.assert(fc.property(fc.array(part, { maxLength: 5 }), fc.integer({ min: 1, max: 1400 }), fc.integer({ min: 0, max: 40 }), (parts, minutes, more) => {
      const quote = quoteRepair(DEMO_PRICE_LIST, { parts, labourMinutes: minutes });
      const longer = quoteRepair(DEMO_PRICE_LIST, { parts, labourMinutes: Math.min(1440, minutes + more) });
      assert.ok(quote.ok && longer.ok);
      assert.equal(quote.value.totalMinor, quote.value.lines.reduce((sum, line) => sum + line.amountMinor, 0));
      assert.ok(longer.value.totalMinor >= quote.value.totalMinor);
    }));
  });
});

describe('repair or replace (seed 004)', () => {
  it('advises replacing what cannot be repaired', () => {
    assert.deepEqual(adviseRepairOrReplace({ repairable: false, repairMinor: null, replacementPriceMinor: 50000, limitPercent: 50 }), { advice: 'REPLACE', reason: 'NOT_REPAIRABLE', costPercent: null });
  });

  it('advises replacing when repair costs more than the tenant share of a new unit, repairing at or under it', () => {
    assert.deepEqual(adviseRepairOrReplace({ repairable: true, repairMinor: 25001, replacementPriceMinor: 50000, limitPercent: 50 }), { advice: 'REPLACE', reason: 'TOO_COSTLY', costPercent: 50 });
    assert.deepEqual(adviseRepairOrReplace({ repairable: true, repairMinor: 25000, replacementPriceMinor: 50000, limitPercent: 50 }), { advice: 'REPAIR', reason: 'WORTH_REPAIRING', costPercent: 50 });
  });

  it('advises repair when there is no replacement price to compare with', () => {
    assert.equal(adviseRepairOrReplace({ repairable: true, repairMinor: 90000, replacementPriceMinor: null, limitPercent: 50 }).reason, 'NO_REPLACEMENT_PRICE');
  });

  it('never advises repair for a dearer repair once it advised replacing a cheaper one', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 100 }), (repair, more, replacement, limit) => {
      const cheaper = adviseRepairOrReplace({ repairable: true, repairMinor: repair, replacementPriceMinor: replacement, limitPercent: limit });
      const dearer = adviseRepairOrReplace({ repairable: true, repairMinor: repair + more, replacementPriceMinor: replacement, limitPercent: limit });
      if (cheaper.advice === 'REPLACE') assert.equal(dearer.advice, 'REPLACE');
    }));
  });

  it('checks the tenant limit', () => {
    assert.ok(checkRepairCostLimit(60).ok);
    for (const bad of [0, 101, 33.3]) assert.equal(checkRepairCostLimit(bad).ok, false);
  });
});

describe('the repair advice in plain words', () => {
  it('is written in every language, with the same percentage', () => {
    const reasons = Object.keys(REPAIR_ADVICE_WORDS.en) as RepairAdviceReason[];
    for (const language of LANGUAGES) {
      assert.deepEqual(Object.keys(REPAIR_ADVICE_WORDS[language]).sort(), [...reasons].sort());
      for (const reason of reasons) {
        const text = explainRepairAdvice({ advice: 'REPAIR', reason, costPercent: 37 }, language);
        assert.ok(text.trim() !== '', `${language} ${reason}`);
        assert.equal(text.includes('37'), explainRepairAdvice({ advice: 'REPAIR', reason, costPercent: 37 }, 'en').includes('37'), `${language} ${reason} gives the percentage as English does`);
      }
    }
    assert.equal(explainRepairAdvice({ advice: 'REPLACE', reason: 'TOO_COSTLY', costPercent: 62 }, 'nl'), 'De reparatie zou ongeveer 62% van de prijs van een nieuw apparaat kosten. Wij raden u aan het te vervangen in plaats van het te laten repareren.');
    assert.equal(explainRepairAdvice({ advice: 'REPAIR', reason: 'WORTH_REPAIRING', costPercent: 30 }, 'zh'), '维修费用约为新设备价格的30%：值得维修。');
  });
});
