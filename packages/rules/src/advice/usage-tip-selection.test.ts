import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LANGUAGES } from '../language/language.js';
import { explainUsageTipReason, MAX_TIPS_SHOWN, rankCauses, selectUsageTips, type TenantUsageTip, type UsageTipQuestion } from './usage-tip-selection.js';
import { DEFAULT_USAGE_TIPS, GENERAL_CARE } from './usage-tips.js';

const fridge = DEFAULT_USAGE_TIPS.REFRIGERATOR!;
const ask = (question: Partial<UsageTipQuestion>) => selectUsageTips({ category: 'REFRIGERATOR', failures: [], tenantTips: [], language: 'en', ...question });
const textOf = (cause: string) => fridge.find((tip) => tip.causes.includes(cause))!.text;

describe('rankCauses', () => {
  it('puts the most repaired first, ties by code, one entry per cause, nothing that never failed', () => {
    assert.deepEqual(rankCauses([
      { cause: 'FAN_MOTOR', repairs: 2 },
      { cause: 'DOOR', repairs: 5 },
      { cause: 'COMPRESSOR', repairs: 2 },
      { cause: 'DOOR', repairs: 1 },
      { cause: 'TIMER', repairs: 0 },
    ]), [{ cause: 'DOOR', repairs: 6 }, { cause: 'COMPRESSOR', repairs: 2 }, { cause: 'FAN_MOTOR', repairs: 2 }]);
  });
});

describe('selectUsageTips', () => {
  it('gives general care when the model has no repairs yet', () => {
    const tips = ask({});
    assert.equal(tips.length, MAX_TIPS_SHOWN);
    assert.ok(tips.every((tip) => tip.reason === 'GOOD_CARE' && tip.source === 'SAV' && tip.cause === GENERAL_CARE));
    assert.deepEqual(tips.map((tip) => tip.text), fridge.filter((tip) => tip.causes.includes(GENERAL_CARE)).slice(0, 3).map((tip) => tip.text.en));
  });

  it('leads with the tip against what fails most on the model', () => {
    const tips = ask({ failures: [{ cause: 'TOO_COLD', repairs: 1 }, { cause: 'ICE_MAKER', repairs: 4 }] });
    assert.equal(tips[0]!.cause, 'ICE_MAKER');
    assert.equal(tips[0]!.text, textOf('ICE_MAKER').en);
    assert.equal(tips[0]!.reason, 'FREQUENT_FAILURE');
    assert.equal(tips[1]!.cause, 'TOO_COLD');
    assert.equal(tips[2]!.reason, 'GOOD_CARE', 'the rest is general care');
  });

  it('follows the ranking when it changes', () => {
    const before = ask({ failures: [{ cause: 'TEMPERATURE_CONTROLLER', repairs: 3 }, { cause: 'LEAKING_WATER', repairs: 1 }] });
    const after = ask({ failures: [{ cause: 'TEMPERATURE_CONTROLLER', repairs: 3 }, { cause: 'LEAKING_WATER', repairs: 7 }] });
    assert.equal(before[0]!.cause, 'TEMPERATURE_CONTROLLER');
    assert.equal(after[0]!.cause, 'LEAKING_WATER');
  });

  it("puts the tenant's tip for a cause in place of SAV's", () => {
    const own: TenantUsageTip = { cause: 'DOOR', text: { en: 'Shut the HRF door with the handle, not with your foot.', fr: 'Fermez la porte avec la poignée, pas avec le pied.' } };
    const tips = ask({ failures: [{ cause: 'DOOR', repairs: 2 }], tenantTips: [own] });
    assert.deepEqual(tips[0], { cause: 'DOOR', text: own.text.en, language: 'en', reason: 'FREQUENT_FAILURE', source: 'TENANT' });
    assert.ok(!tips.some((tip) => tip.text === textOf('DOOR').en && tip.cause === 'DOOR'));
  });

  it("shows the tenant's tips before SAV's general care when nothing failed", () => {
    const own: TenantUsageTip = { cause: 'FILTER', text: { en: 'Clean the water filter each season.' } };
    const tips = ask({ tenantTips: [own] });
    assert.equal(tips[0]!.source, 'TENANT');
    assert.equal(tips[0]!.reason, 'GOOD_CARE');
    assert.equal(tips[1]!.source, 'SAV');
  });

  it("lets the tenant's GENERAL tips replace SAV's general care", () => {
    const own: TenantUsageTip = { cause: GENERAL_CARE, text: { en: 'Call us once a year for a check-up.' } };
    const tips = ask({ tenantTips: [own] });
    assert.deepEqual(tips.map((tip) => tip.source), ['TENANT']);
  });

  it("speaks the reader's language, the tenant's English where it did not write that one", () => {
    const own: TenantUsageTip = { cause: 'DOOR', text: { en: 'Mind the door.', fr: 'Attention à la porte.' } };
    for (const language of LANGUAGES) {
      const tips = ask({ failures: [{ cause: 'DOOR', repairs: 1 }, { cause: 'NOISY', repairs: 1 }], tenantTips: [own], language });
      assert.equal(tips[0]!.text, language === 'fr' ? 'Attention à la porte.' : 'Mind the door.');
      assert.equal(tips[0]!.language, language === 'fr' ? 'fr' : 'en');
      assert.equal(tips[1]!.text, textOf('NOISY')[language]);
      assert.equal(tips[1]!.language, language);
    }
  });

  it('gives each failing cause a tip before a second tip for the most frequent one', () => {
    const tips = ask({ failures: [{ cause: 'DOOR', repairs: 9 }, { cause: 'TEMPERATURE_CONTROLLER', repairs: 1 }] });
    assert.deepEqual(tips.map((tip) => tip.cause), ['DOOR', 'TEMPERATURE_CONTROLLER', 'DOOR']);
  });

  it('never repeats a tip that answers several failing causes', () => {
    const tips = ask({ failures: [{ cause: 'DOOR', repairs: 3 }, { cause: 'DOOR_NOT_CLOSING', repairs: 2 }, { cause: 'ICE_BUILDUP', repairs: 1 }], limit: 10 });
    assert.equal(new Set(tips.map((tip) => tip.text)).size, tips.length);
  });

  it('skips causes without a tip and categories without tips get general care', () => {
    const tips = selectUsageTips({ category: 'TOASTER', failures: [{ cause: 'OTHER', repairs: 9 }], tenantTips: [], language: 'nl' });
    assert.ok(tips.length > 0);
    assert.ok(tips.every((tip) => tip.reason === 'GOOD_CARE'));
  });

  it('keeps within the limit, at least one and at most ten', () => {
    assert.equal(ask({ limit: 1 }).length, 1);
    assert.equal(ask({ limit: 0 }).length, 1);
    assert.ok(ask({ limit: 50, failures: fridge.flatMap((tip) => tip.causes).map((cause) => ({ cause, repairs: 1 })) }).length <= 10);
  });

  it('holds its invariants whatever the failures and tips', () => {
    const cause = fc.constantFrom('DOOR', 'FAN_MOTOR', 'COMPRESSOR', 'NOISY', 'ICE_BUILDUP', 'LEAKING_WATER', 'OTHER', GENERAL_CARE);
    fc.assert(
      fc.property(
        fc.array(fc.record({ cause, repairs: fc.integer({ min: -2, max: 20 }) }), { maxLength: 10 }),
        fc.array(fc.record({ cause, text: fc.record({ en: fc.string({ minLength: 1, maxLength: 20 }), fr: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }) }) }), { maxLength: 5 }),
        fc.constantFrom(...LANGUAGES),
        fc.integer({ min: 1, max: 10 }),
        (failures, tenantTips, language, limit) => {
          const tips = selectUsageTips({ category: 'REFRIGERATOR', failures, tenantTips: tenantTips as TenantUsageTip[], language, limit });
          assert.ok(tips.length >= 1 && tips.length <= limit);
          assert.equal(new Set(tips.map((tip) => tip.text)).size, tips.length);
          for (const tip of tips) assert.ok(tip.text.length > 0);
          // Tips against failures come first, each against a cause that failed, the first against the most frequent cause that has a tip.
          const frequent = tips.filter((tip) => tip.reason === 'FREQUENT_FAILURE');
          assert.deepEqual(tips.slice(0, frequent.length), frequent);
          const ranking = rankCauses(failures).map((entry) => entry.cause);
          for (const tip of frequent) assert.ok(ranking.includes(tip.cause));
          const hasTip = (cause: string) => tenantTips.some((own) => own.cause === cause) || fridge.some((tip) => tip.causes.includes(cause));
          if (frequent.length > 0) assert.equal(frequent[0]!.cause, ranking.find(hasTip));
          // A cause the tenant wrote for never shows SAV's words for it.
          for (const tip of frequent) if (tenantTips.some((own) => own.cause === tip.cause)) assert.equal(tip.source, 'TENANT');
        },
      ),
    );
  });
});

describe('explainUsageTipReason', () => {
  it('says why in every language', () => {
    for (const language of LANGUAGES) {
      assert.ok(explainUsageTipReason('FREQUENT_FAILURE', language).length > 0);
      assert.notEqual(explainUsageTipReason('FREQUENT_FAILURE', language), explainUsageTipReason('GOOD_CARE', language));
    }
    assert.equal(explainUsageTipReason('FREQUENT_FAILURE', 'en'), 'A frequent cause of repairs on this model.');
  });
});
