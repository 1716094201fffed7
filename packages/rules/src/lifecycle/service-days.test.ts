import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serviceDaysFromHistory } from './service-days.js';

const at = (iso: string) => new Date(iso);

describe('days in repair or awaiting parts, from a ticket history', () => {
  it('counts each local day once, across repairing and awaiting parts', () => {
    const history = [
      { to: 'ON_SITE' as const, at: at('2025-03-03T08:00:00Z') },
      { to: 'AWAITING_PARTS' as const, at: at('2025-03-03T09:00:00Z') },
      { to: 'REPAIRING' as const, at: at('2025-03-10T08:00:00Z') },
      { to: 'REPAIRED' as const, at: at('2025-03-12T15:00:00Z') },
      { to: 'FOLLOW_UP' as const, at: at('2025-03-13T09:00:00Z') },
    ];
    assert.deepEqual(serviceDaysFromHistory(history, 'Europe/Paris', at('2025-04-01T00:00:00Z')), [{ startsOn: '2025-03-03', endsOn: '2025-03-12' }]);
  });

  it('keeps counting through a second visit while parts are awaited, until the repair is over', () => {
    const history = [
      { to: 'AWAITING_PARTS' as const, at: at('2025-03-03T09:00:00Z') },
      { to: 'SCHEDULED' as const, at: at('2025-03-06T09:00:00Z') },
      { to: 'ON_SITE' as const, at: at('2025-03-09T09:00:00Z') },
      { to: 'REPAIRED' as const, at: at('2025-03-09T11:00:00Z') },
      { to: 'FOLLOW_UP' as const, at: at('2025-03-09T11:00:00Z') },
    ];
    assert.deepEqual(serviceDaysFromHistory(history, 'Europe/Paris', at('2025-04-01T00:00:00Z')), [{ startsOn: '2025-03-03', endsOn: '2025-03-09' }]);
  });

  it("uses the tenant's zone for the day, and runs an open period to today", () => {
    const late = [{ to: 'REPAIRING' as const, at: at('2025-03-02T23:30:00Z') }];
    assert.deepEqual(serviceDaysFromHistory(late, 'Europe/Paris', at('2025-03-05T10:00:00Z')), [{ startsOn: '2025-03-03', endsOn: '2025-03-05' }]);
    assert.deepEqual(serviceDaysFromHistory([], 'Europe/Paris', at('2025-03-05T10:00:00Z')), []);
  });
});
