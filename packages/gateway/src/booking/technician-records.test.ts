import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eligibleTechnicians } from '@sav/rules';
import { createTestStore } from '../db/test-store.js';
import type { Store } from '../db/store.js';
import { loadBookedRanges, loadTechnicians, MAX_RESERVED_MS, readIntegers } from './technician-records.js';

const HOURS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));

describe('technician records', () => {
  let store: Store;
  let tenantId: string;
  const ids: Record<string, string> = {};

  before(async () => {
    store = await createTestStore();
    tenantId = (await store.prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
    // Postal codes as a tenant may have stored them: spaces, lower case, punctuation, other scripts.
    const stored: Record<string, string[]> = {
      london: ['sw1a 1aa', ' EC1A 1BB '],
      lyon: ['69001', '69002'],
      dashed: ['75-011'],
      unicode: ['7５011'],
      nowhere: [],
    };
    for (const [name, postalCodes] of Object.entries(stored)) {
      const technician = await store.prisma.technician.create({
        data: { tenantId, name, badgeNumber: `RECORDS-${name}`, timeZone: 'Europe/Paris', skills: ['REFRIGERATOR'], postalCodes, country: 'FR', workingHours: HOURS },
        select: { id: true },
      });
      ids[name] = technician.id;
    }
  });
  after(() => store.close());

  const served = async (postalCode: string) => {
    const place = { category: 'REFRIGERATOR', country: 'FR', postalCode };
    const all = eligibleTechnicians(await loadTechnicians(store, tenantId), place).map((t) => t.name).sort();
    const near = eligibleTechnicians(await loadTechnicians(store, tenantId, { postalCode }), place).map((t) => t.name).sort();
    return { all, near, read: (await loadTechnicians(store, tenantId, { postalCode })).map((t) => t.name).sort() };
  };

  it('reads only the technicians who may serve the postal code, and never leaves out one who does', async () => {
    for (const code of ['SW1A1AA', 'sw1a 1aa', 'EC1A 1BB', '69001', '75011', '75-011', '7５011', '99999']) {
      const { all, near } = await served(code);
      assert.deepEqual(near, all, code);
    }
    const lyon = await served('69002');
    // The demo partner's two Lyon technicians are read too (they repair air conditioners only).
    assert.deepEqual(lyon.read, ['Hugo Perrin', 'Lucie Fabre', 'lyon', 'unicode'], 'a stored code the SQL cannot compare is left to the rules');
    assert.deepEqual((await served('75011')).read, ['Camille Martin', 'Karim Benali', 'dashed', 'unicode']);
  });

  it('reads which partner workshop each technician works for (null: the tenant\'s own)', async () => {
    const partner = await store.prisma.partnerWorkshop.findFirstOrThrow({ where: { tenantId, name: 'Atelier Clim Lyon' }, select: { id: true } });
    const read = new Map((await loadTechnicians(store, tenantId, { postalCode: '69001' })).map((t) => [t.name, t.partnerId]));
    assert.deepEqual([read.get('Lucie Fabre'), read.get('Hugo Perrin'), read.get('lyon')], [partner.id, partner.id, null]);
  });

  it('reads the booked ranges that overlap the period, however long ago they started, and not the others', async () => {
    const ticket = await store.prisma.ticket.create({
      data: {
        tenantId, trackingCode: 'SAV-RECO-RDS1', status: 'SCHEDULED', productModel: 'HRF-DEMO-1', fault: 'x', symptoms: [], likelyParts: [], repairLocation: 'HOME', visitMinutes: 60,
        verificationReasons: [], customerName: 'A', customerEmail: 'a@example.fr', customerPhone: '0600000000', addressLine1: '1 rue', postalCode: '69001', city: 'Lyon', country: 'FR', partsUsed: [],
      },
      select: { id: true },
    });
    const from = new Date('2026-06-01T00:00:00Z');
    const visit = (start: Date, hours: number, status: 'BOOKED' | 'CANCELLED' = 'BOOKED', technician = 'lyon') =>
      store.prisma.visit.create({
        data: { tenantId, ticketId: ticket.id, technicianId: ids[technician]!, windowStart: start, windowEnd: new Date(start.getTime() + 3_600_000), reservedUntil: new Date(start.getTime() + hours * 3_600_000), status },
      });
    await visit(new Date(from.getTime() - MAX_RESERVED_MS + 60_000), 22); // the longest a visit can hold, ending just after `from`
    await visit(new Date(from.getTime() - 3 * 3_600_000), 2, 'BOOKED', 'london'); // over before `from`
    await visit(new Date('2026-06-02T08:00:00Z'), 2);
    await visit(new Date('2026-06-02T10:00:00Z'), 2, 'CANCELLED');
    await visit(new Date('2026-06-20T08:00:00Z'), 2); // after the period
    const ranges = await loadBookedRanges(store, [ids.lyon!, ids.london!], from, new Date('2026-06-15T00:00:00Z'));
    assert.deepEqual(
      ranges.map((r) => [r.technicianId, r.start.toISOString(), r.end.toISOString()]).sort(),
      [
        [ids.lyon, new Date(from.getTime() - MAX_RESERVED_MS + 60_000).toISOString(), new Date(from.getTime() + 60_000).toISOString()],
        [ids.lyon, '2026-06-02T08:00:00.000Z', '2026-06-02T10:00:00.000Z'],
      ].sort(),
    );
    assert.deepEqual(await loadBookedRanges(store, [ids.lyon!], from, new Date('2026-06-15T00:00:00Z'), ticket.id), [], 'a ticket being moved does not count its own');
    assert.deepEqual(await loadBookedRanges(store, [], from, new Date('2026-06-15T00:00:00Z')), []);
  });
});

describe('a text of integers', () => {
  it('reads what JavaScript reads, and refuses anything else', () => {
    const numbers = [1, 1_776_000_000_000, 0, -86_400_000, 42, 9_007_199_254_740_991];
    assert.deepEqual(readIntegers(numbers.join(' ')), numbers);
    assert.deepEqual(readIntegers(''), []);
    assert.deepEqual(readIntegers('7'), [7]);
    for (const bad of ['1 2x 3', '1.5', '1-2', '1 + 2', '١']) assert.throws(() => readIntegers(bad), RangeError, bad);
  });
});
