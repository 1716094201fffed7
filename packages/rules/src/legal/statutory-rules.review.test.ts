import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCalendarDate } from '../calendar/calendar-date.js';
import { REPAIR_BONUS_SCALES } from './repair-bonus.js';
import { STATUTORY_RULES } from './statutory-rules.js';

/**
 * Keeping the law current: every rule set and bonus scale, with the day it was last read against
 * its source. A rule without a source, or with an unreadable date, fails here.
 */
describe('the legal data', () => {
  const entries = [
    ...STATUTORY_RULES.map((r) => ({ id: r.id, from: r.effectiveFrom, until: r.effectiveUntil, reviewedOn: r.reviewedOn, source: r.source, sourceUrl: r.sourceUrl, group: `${r.jurisdiction}/${r.kind}` })),
    ...REPAIR_BONUS_SCALES.map((s) => ({ id: s.id, from: s.effectiveFrom, until: s.effectiveUntil, reviewedOn: s.reviewedOn, source: s.source, sourceUrl: s.sourceUrl, group: `${s.country}/REPAIR_BONUS` })),
  ];

  it('lists every rule set with its last review date', (t) => {
    for (const e of entries) t.diagnostic(`${e.id.padEnd(32)} in force ${e.from} to ${e.until ?? 'now'}, reviewed ${e.reviewedOn}`);
    assert.ok(entries.length >= 12);
  });

  for (const e of entries) {
    it(`${e.id} is cited, dated and reviewed`, () => {
      assert.ok(e.source.trim().length >= 10, 'no source');
      assert.ok(e.sourceUrl === null || /^https:\/\/[a-z0-9.-]+\.(eu|fr|nl|cn|gov)\//.test(e.sourceUrl), `source address ${e.sourceUrl}`);
      assert.ok(isCalendarDate(e.from) && (e.until === null || (isCalendarDate(e.until) && e.until >= e.from)), 'effective dates');
      assert.ok(isCalendarDate(e.reviewedOn), 'review date');
      assert.ok(e.reviewedOn <= new Date().toISOString().slice(0, 10), 'reviewed in the future');
    });
  }

  it('never has two versions of one rule in force on the same day', () => {
    const ids = new Set<string>();
    for (const a of entries) {
      assert.ok(!ids.has(a.id), `${a.id} twice`);
      ids.add(a.id);
      for (const b of entries) {
        if (a === b || a.group !== b.group) continue;
        const overlap = a.from <= (b.until ?? '9999-12-31') && b.from <= (a.until ?? '9999-12-31');
        assert.ok(!overlap, `${a.id} and ${b.id} overlap`);
      }
    }
  });
});
