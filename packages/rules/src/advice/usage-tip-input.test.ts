import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkUsageTips, MAX_TENANT_TIPS, MAX_TIP_LENGTH, readStoredUsageTips, usageTipCauses } from './usage-tip-input.js';

const causes = usageTipCauses('REFRIGERATOR');
const problems = (decision: ReturnType<typeof checkUsageTips>) => (decision.ok ? [] : decision.violation.problems.map((problem) => [problem.field, problem.code]));

describe('usageTipCauses', () => {
  it('holds part codes, the category symptom codes and GENERAL, not another category symptoms nor OTHER', () => {
    for (const cause of ['DOOR', 'CONDENSER', 'ICE_BUILDUP', 'GENERAL']) assert.ok(causes.has(cause), cause);
    assert.ok(!causes.has('BAD_SMELL'));
    assert.ok(!causes.has('OTHER'));
    assert.ok(usageTipCauses('air_conditioner').has('BAD_SMELL'));
  });

  it("adds the tenant's own symptom codes for the category", () => {
    const own = usageTipCauses('REFRIGERATOR', { REFRIGERATOR: { location: 'HOME', visitMinutes: 60, symptoms: [{ code: 'WATER_DISPENSER', labels: { en: 'a', fr: 'a', nl: 'a', zh: 'a' }, likelyParts: [], keywords: [] }] } });
    assert.ok(own.has('WATER_DISPENSER'));
  });
});

describe('checkUsageTips', () => {
  it('accepts tips, trimming the words and upper-casing the cause', () => {
    assert.deepEqual(checkUsageTips([{ cause: ' door ', texts: [{ language: 'EN', text: '  Close   it gently. ' }, { language: 'fr', text: 'Fermez-la doucement.' }] }], causes), {
      ok: true,
      value: [{ cause: 'DOOR', text: { en: 'Close it gently.', fr: 'Fermez-la doucement.' } }],
    });
    assert.deepEqual(checkUsageTips([], causes), { ok: true, value: [] });
  });

  it('names every bad field at once by its input path', () => {
    const decision = checkUsageTips([
      { cause: 'DOOR', texts: [{ language: 'en', text: 'Fine.' }] },
      { cause: 'WARP_DRIVE', texts: [{ language: 'de', text: 'Nein.' }, { language: 'en', text: '   ' }, { language: 'fr', text: 'x'.repeat(MAX_TIP_LENGTH + 1) }] },
      { cause: 'GENERAL', texts: [{ language: 'fr', text: 'Seulement en français.' }, { language: 'fr', text: 'Encore.' }] },
    ], causes);
    assert.deepEqual(problems(decision), [
      ['tips.1.cause', 'UNKNOWN_CAUSE'],
      ['tips.1.texts.0.language', 'UNKNOWN_LANGUAGE'],
      ['tips.1.texts.1.text', 'EMPTY_TEXT'],
      ['tips.1.texts.2.text', 'TOO_LONG'],
      ['tips.2.texts.1.language', 'DUPLICATE_LANGUAGE'],
      ['tips.2.texts', 'MISSING_ENGLISH'],
    ]);
    assert.equal(decision.ok ? '' : decision.violation.code, 'INVALID_INPUT');
  });

  it('counts characters, not bytes: a Chinese tip of the limit is accepted', () => {
    assert.equal(checkUsageTips([{ cause: 'DOOR', texts: [{ language: 'en', text: 'Ok.' }, { language: 'zh', text: '门'.repeat(MAX_TIP_LENGTH) }] }], causes).ok, true);
  });

  it('refuses too many tips for one model', () => {
    const many = Array.from({ length: MAX_TENANT_TIPS + 1 }, () => ({ cause: 'GENERAL', texts: [{ language: 'en', text: 'Care.' }] }));
    assert.deepEqual(problems(checkUsageTips(many, causes)), [['tips', 'TOO_MANY']]);
  });
});

describe('readStoredUsageTips', () => {
  it('reads what checkUsageTips stored and skips what is malformed', () => {
    const stored = [{ cause: 'DOOR', text: { en: 'Close it.', fr: 'Fermez-la.', de: 'Zu.' } }, { cause: 'DOOR' }, null, { cause: 3, text: { en: 'x' } }, { cause: 'GENERAL', text: { fr: 'Pas d’anglais.' } }];
    assert.deepEqual(readStoredUsageTips(stored), [{ cause: 'DOOR', text: { en: 'Close it.', fr: 'Fermez-la.' } }]);
    assert.deepEqual(readStoredUsageTips(null), []);
    assert.deepEqual(readStoredUsageTips({ en: 'x' }), []);
  });
});
