import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkNetworkTerms, DEFECT_CAUSES, type NetworkTerms, SEED_000_TERMS } from './network-terms.js';
import { LANGUAGES } from '../language/language.js';
import { explainReintervention, REINTERVENTION_WORDS } from './reintervention-explanation.js';
import { MAX_PRESENCE_MINUTES, quoteReintervention } from './reintervention-quote.js';

const quote = (cause: string, presenceMinutes: number, terms: NetworkTerms = SEED_000_TERMS, country?: string) => {
  const decision = quoteReintervention(terms, { cause, presenceMinutes, country });
  assert.ok(decision.ok, decision.ok ? '' : decision.violation.message);
  return decision.value;
};

describe("seed 000's reintervention terms (Wipoz!)", () => {
  it('bills a supplies defect beyond one hour at €40 excl. tax an hour, from the first minute, to the supplier', () => {
    const billed = quote('SUPPLIES', 90);
    assert.deepEqual(
      [billed.billable, billed.rule, billed.payer, billed.billedMinutes, billed.amountExclTaxMinor, billed.vatMinor, billed.amountInclTaxMinor],
      [true, 'BILLED', 'SUPPLIER', 90, 6000, 1200, 7200],
    );
    assert.equal(quote('DESIGNER', 61).payer, 'DESIGNER');
    assert.equal(quote('DESIGNER', 61).amountExclTaxMinor, 4067);
  });

  it("keeps one hour or less, and the installer's own defects, at the installer's expense", () => {
    assert.deepEqual([quote('SUPPLIES', 60).billable, quote('SUPPLIES', 60).rule, quote('SUPPLIES', 60).payer], [false, 'WITHIN_THRESHOLD', 'INSTALLER']);
    assert.deepEqual([quote('INSTALLER', 300).billable, quote('INSTALLER', 300).rule], [false, 'INSTALLER_CAUSE']);
    assert.equal(quote('INSTALLER', 300).amountInclTaxMinor, 0);
  });

  it('counts started quarter hours when the network says so, and the VAT of the job country', () => {
    const quarters = { ...SEED_000_TERMS, granularity: 'PER_STARTED_QUARTER_HOUR' as const };
    assert.deepEqual([quote('SUPPLIES', 61, quarters).billedMinutes, quote('SUPPLIES', 61, quarters).amountExclTaxMinor], [75, 5000]);
    assert.equal(quote('SUPPLIES', 90, SEED_000_TERMS, 'be').vatRateBasisPoints, 2100);
    const narrower = { ...SEED_000_TERMS, billableCauses: ['SUPPLIES' as const] };
    assert.equal(quote('DESIGNER', 120, narrower).rule, 'CAUSE_NOT_BILLABLE');
  });

  it('refuses an unknown cause, absurd minutes and a country without a VAT rate', () => {
    const code = (cause: string, minutes: number, country?: string) => {
      const decision = quoteReintervention(SEED_000_TERMS, { cause, presenceMinutes: minutes, country });
      return decision.ok ? 'OK' : `${decision.violation.code}:${decision.violation.field.join()}`;
    };
    assert.equal(code('PLUMBER', 90), 'UNKNOWN_CAUSE:cause');
    for (const minutes of [-1, 1.5, MAX_PRESENCE_MINUTES + 1, Number.NaN]) assert.equal(code('SUPPLIES', minutes), 'OUT_OF_RANGE:presenceMinutes');
    assert.equal(code('SUPPLIES', 90, 'US'), 'UNKNOWN_VAT_RATE:country');
  });

  it('explains itself, citing the rule', () => {
    assert.match(explainReintervention(quote('SUPPLIES', 90), SEED_000_TERMS, 'en'), /^Billable to the supplier: .*90 min, more than the 60-minute threshold.*from the first minute.*€40\.00 excl\. tax an hour: €60\.00 excl\. tax, VAT 20% €12\.00, €72\.00 incl\. tax\.$/);
    assert.match(explainReintervention(quote('SUPPLIES', 45), SEED_000_TERMS, 'fr'), /^Non facturable : 45 min de présence chez le client ne dépassent pas le seuil de 60 min/);
    assert.match(explainReintervention(quote('INSTALLER', 200), SEED_000_TERMS, 'en'), /installer's expense, however long/);
  });

  it('explains itself in Dutch and Chinese, word for word', () => {
    assert.equal(
      explainReintervention(quote('SUPPLIES', 90), SEED_000_TERMS, 'nl'),
      'Factureerbaar aan de leverancier: de herinterventie is het gevolg van een gebrek aan de geleverde materialen en duurde 90 min, langer dan de drempel van 60 min. '
        + 'De volledige aanwezigheid wordt gefactureerd vanaf de eerste minuut (90 min) tegen €\u00a040,00 excl. btw per uur: €\u00a060,00 excl. btw, btw 20% €\u00a012,00, €\u00a072,00 incl. btw.',
    );
    assert.equal(
      explainReintervention(quote('SUPPLIES', 45), SEED_000_TERMS, 'nl'),
      'Niet factureerbaar: 45 min aanwezigheid bij de klant overschrijdt de drempel van 60 min niet. De herinterventie blijft ten laste van de installateur.',
    );
    assert.equal(
      explainReintervention(quote('SUPPLIES', 90), SEED_000_TERMS, 'zh'),
      '向供应商计费：此次二次上门由供货材料的缺陷引起，历时90分钟，超过60分钟的门槛。全部在场时间从第一分钟起计费（90分钟），每小时€40.00（不含税）：不含税€60.00，增值税20%为€12.00，含税€72.00。',
    );
    assert.equal(explainReintervention(quote('INSTALLER', 200), SEED_000_TERMS, 'zh'), '不计费：此次二次上门由安装工自身的工作引起，无论耗时多久，费用均由安装工承担。');
  });

  it('has every sentence in every language, with the same figures in each', () => {
    const figures = (text: string) => (text.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b);
    const cases = [quote('SUPPLIES', 90), quote('SUPPLIES', 45), quote('INSTALLER', 200), quote('DESIGNER', 95)];
    for (const language of LANGUAGES) {
      const words = REINTERVENTION_WORDS[language];
      for (const cause of DEFECT_CAUSES) assert.ok(words.cause[cause].trim() !== '', `${language} ${cause}`);
      for (const payer of ['SUPPLIER', 'DESIGNER', 'INSTALLER'] as const) assert.ok(words.payer[payer].trim() !== '', `${language} ${payer}`);
      for (const c of cases) {
        const text = explainReintervention(c, SEED_000_TERMS, language);
        assert.ok(text.trim() !== '');
        assert.deepEqual(figures(text.replace(/(\d),(\d)/g, '$1.$2')), figures(explainReintervention(c, SEED_000_TERMS, 'en')), `${language} ${c.rule}: ${text}`);
      }
    }
  });
});

const terms = fc.record({
  hourlyRateMinor: fc.integer({ min: 0, max: 100_000 }),
  thresholdMinutes: fc.integer({ min: 0, max: 240 }),
  billableCauses: fc.subarray(['SUPPLIES', 'DESIGNER'] as const),
  vat: fc.integer({ min: 0, max: 3000 }),
  granularity: fc.constantFrom('PER_MINUTE' as const, 'PER_STARTED_QUARTER_HOUR' as const),
}).map((t): NetworkTerms => ({ ...SEED_000_TERMS, ...t, vatRates: { FR: t.vat } }));
const minutes = fc.integer({ min: 0, max: MAX_PRESENCE_MINUTES });
const cause = fc.constantFrom(...DEFECT_CAUSES);

describe('reintervention quotes, for any terms (properties)', () => {
  it('never bills at or under the threshold', () => {
    fc.assert(fc.property(terms, cause, (t, c) => {
      fc.pre(t.thresholdMinutes <= MAX_PRESENCE_MINUTES);
      for (const m of [0, t.thresholdMinutes]) assert.equal(quote(c, m, t).billable, false);
    }));
  });

  it("never bills the installer's own defects", () => {
    fc.assert(fc.property(terms, minutes, (t, m) => {
      const q = quote('INSTALLER', m, t);
      assert.equal(q.billable, false);
      assert.equal(q.payer, 'INSTALLER');
      assert.equal(q.amountInclTaxMinor, 0);
    }));
  });

  it('never asks less for a longer presence', () => {
    fc.assert(fc.property(terms, cause, minutes, fc.integer({ min: 0, max: 120 }), (t, c, m, more) => {
      const longer = Math.min(MAX_PRESENCE_MINUTES, m + more);
      assert.ok(quote(c, longer, t).amountInclTaxMinor >= quote(c, m, t).amountInclTaxMinor);
    }));
  });

  it('keeps VAT consistent: incl. = excl. + VAT, VAT within half a minor unit of the rate', () => {
    fc.assert(fc.property(terms, cause, minutes, (t, c, m) => {
      const q = quote(c, m, t);
      assert.equal(q.amountInclTaxMinor, q.amountExclTaxMinor + q.vatMinor);
      assert.ok(Math.abs(q.vatMinor * 10_000 - q.amountExclTaxMinor * q.vatRateBasisPoints) <= 5_000);
      if (!q.billable) assert.equal(q.amountExclTaxMinor, 0);
    }));
  });
});

describe("a network's terms", () => {
  it('accepts the seed defaults and refuses every bad field at once, the installer as a billable cause among them', () => {
    assert.ok(checkNetworkTerms(SEED_000_TERMS).ok);
    const decision = checkNetworkTerms({ ...SEED_000_TERMS, hourlyRateMinor: -1, currency: 'euro', billableCauses: ['SUPPLIES', 'INSTALLER'], vatRates: { DE: 1900 } });
    assert.equal(decision.ok, false);
    if (!decision.ok) {
      assert.deepEqual(decision.violation.field, ['hourlyRateMinor', 'currency', 'billableCauses', 'vatRates']);
      assert.equal(decision.violation.problems.find((problem) => problem.field === 'billableCauses')?.code, 'INSTALLER_NEVER_BILLABLE');
    }
  });
});
