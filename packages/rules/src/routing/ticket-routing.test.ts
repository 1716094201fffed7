import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRerouting, routeTicket, ruleMatches, techniciansOfPool, type TicketRoutingRule } from './ticket-routing.js';

const rule = (partnerId: string, match: Partial<Omit<TicketRoutingRule, 'partnerId'>>): TicketRoutingRule => ({
  category: null, country: null, postalCodePrefixes: [], partnerActive: true, partnerId, ...match,
});
const lyonFridge = { category: 'REFRIGERATOR', country: 'FR', postalCode: '69007' };

describe('routeTicket', () => {
  it('routes by category alone, anywhere', () => {
    assert.deepEqual(routeTicket([rule('cold', { category: 'REFRIGERATOR' })], lyonFridge), { partnerId: 'cold', ruleIndex: 0 });
    assert.equal(routeTicket([rule('cold', { category: 'REFRIGERATOR' })], { ...lyonFridge, category: 'AIR_CONDITIONER' }), null);
  });

  it('routes by country, and by postal-code prefix within it', () => {
    assert.equal(routeTicket([rule('be', { country: 'BE' })], lyonFridge), null);
    assert.equal(routeTicket([rule('fr', { country: 'FR' })], lyonFridge)?.partnerId, 'fr');
    assert.equal(routeTicket([rule('lyon', { country: 'FR', postalCodePrefixes: ['69', '38'] })], lyonFridge)?.partnerId, 'lyon');
    assert.equal(routeTicket([rule('paris', { country: 'FR', postalCodePrefixes: ['75'] })], lyonFridge), null);
    // The prefix is of the country's codes: a Belgian 6900 is not Lyon.
    assert.equal(routeTicket([rule('lyon', { country: 'FR', postalCodePrefixes: ['69'] })], { category: 'REFRIGERATOR', country: 'BE', postalCode: '6900' }), null);
  });

  it('reads postal codes and prefixes without regard to spaces or case', () => {
    const amsterdam = { category: 'REFRIGERATOR', country: 'nl', postalCode: '1012 ab' };
    assert.equal(routeTicket([rule('ams', { country: 'NL', postalCodePrefixes: ['1012A'] })], amsterdam)?.partnerId, 'ams');
    assert.equal(routeTicket([rule('ams', { country: 'NL', postalCodePrefixes: ['1012 B'] })], amsterdam), null);
  });

  it('needs both the category and the area when a rule names both', () => {
    const both = rule('both', { category: 'AIR_CONDITIONER', country: 'FR', postalCodePrefixes: ['69'] });
    assert.equal(routeTicket([both], lyonFridge), null);
    assert.equal(routeTicket([both], { ...lyonFridge, category: 'AIR_CONDITIONER' })?.partnerId, 'both');
  });

  it('takes the first rule that matches', () => {
    const rules = [rule('ac', { category: 'AIR_CONDITIONER' }), rule('lyon', { country: 'FR', postalCodePrefixes: ['69'] }), rule('fr', { country: 'FR' })];
    assert.deepEqual(routeTicket(rules, lyonFridge), { partnerId: 'lyon', ruleIndex: 1 });
    assert.deepEqual(routeTicket(rules, { ...lyonFridge, category: 'AIR_CONDITIONER' }), { partnerId: 'ac', ruleIndex: 0 });
    assert.deepEqual(routeTicket(rules, { ...lyonFridge, postalCode: '75011' }), { partnerId: 'fr', ruleIndex: 2 });
  });

  it('leaves a ticket no rule matches, or with no rules at all, to the tenant', () => {
    assert.equal(routeTicket([], lyonFridge), null);
    assert.equal(routeTicket([rule('cn', { country: 'CN' })], lyonFridge), null);
  });

  it('passes over the rules of an inactive partner', () => {
    const rules = [rule('closed', { country: 'FR', partnerActive: false }), rule('open', { category: 'REFRIGERATOR' })];
    assert.deepEqual(routeTicket(rules, lyonFridge), { partnerId: 'open', ruleIndex: 1 });
    assert.equal(routeTicket([rules[0]!], lyonFridge), null);
  });

  it('never routes a model outside the catalogue (no category) by a category rule', () => {
    assert.equal(ruleMatches(rule('cold', { category: 'REFRIGERATOR' }), { ...lyonFridge, category: null }), false);
    assert.equal(ruleMatches(rule('fr', { country: 'FR' }), { ...lyonFridge, category: null }), true);
  });
});

describe('techniciansOfPool', () => {
  const technicians = [
    { id: 'own-1', partnerId: null },
    { id: 'lyon-1', partnerId: 'lyon' },
    { id: 'own-2', partnerId: null },
    { id: 'paris-1', partnerId: 'paris' },
  ];

  it("keeps the routed partner's technicians only", () => {
    assert.deepEqual(techniciansOfPool(technicians, { partnerId: 'lyon' }).map((t) => t.id), ['lyon-1']);
    assert.deepEqual(techniciansOfPool(technicians, { partnerId: 'nobody' }), []);
  });

  it("keeps the tenant's own technicians only when the ticket is not routed", () => {
    assert.deepEqual(techniciansOfPool(technicians, null).map((t) => t.id), ['own-1', 'own-2']);
  });

  it('puts every technician in exactly one pool', () => {
    const pools = [null, { partnerId: 'lyon' }, { partnerId: 'paris' }];
    const served = pools.flatMap((pool) => techniciansOfPool(technicians, pool).map((t) => t.id)).sort();
    assert.deepEqual(served, technicians.map((t) => t.id).sort());
  });
});

describe('checkRerouting', () => {
  const visitOn = (technicianPartnerId: string | null) => ({ windowStart: new Date('2026-12-01T08:00:00Z'), technicianPartnerId });

  it('refuses a closed or cancelled ticket, whatever the target', () => {
    for (const status of ['CLOSED', 'CANCELLED']) {
      for (const toPartnerId of [null, 'lyon']) {
        const decision = checkRerouting({ status, fromPartnerId: null, toPartnerId, bookedVisit: null });
        assert.equal(decision.ok ? 'accepted' : decision.violation.code, 'NOT_CHANGEABLE', `${status} to ${toPartnerId}`);
      }
    }
  });

  it('changes nothing when the ticket is already there', () => {
    assert.deepEqual(checkRerouting({ status: 'SCHEDULED', fromPartnerId: 'lyon', toPartnerId: 'lyon', bookedVisit: visitOn('lyon') }), { ok: true, value: false });
    assert.deepEqual(checkRerouting({ status: 'RECEIVED', fromPartnerId: null, toPartnerId: null, bookedVisit: null }), { ok: true, value: false });
  });

  it('refuses while a visit to come is with a technician outside the new workshop, and says when it is', () => {
    const toPartner = checkRerouting({ status: 'SCHEDULED', fromPartnerId: null, toPartnerId: 'lyon', bookedVisit: visitOn(null) });
    assert.equal(toPartner.ok ? 'accepted' : toPartner.violation.code, 'VISIT_BOOKED');
    assert.match(toPartner.ok ? '' : toPartner.violation.message, /2026-12-01T08:00:00\.000Z/);
    const backHome = checkRerouting({ status: 'SCHEDULED', fromPartnerId: 'lyon', toPartnerId: null, bookedVisit: visitOn('lyon') });
    assert.equal(backHome.ok ? 'accepted' : backHome.violation.code, 'VISIT_BOOKED');
    const elsewhere = checkRerouting({ status: 'SCHEDULED', fromPartnerId: 'lyon', toPartnerId: 'paris', bookedVisit: visitOn('lyon') });
    assert.equal(elsewhere.ok ? 'accepted' : elsewhere.violation.code, 'VISIT_BOOKED');
  });

  it('reroutes a ticket with no visit to come, or whose visit is already with the new workshop', () => {
    assert.deepEqual(checkRerouting({ status: 'VERIFIED', fromPartnerId: null, toPartnerId: 'lyon', bookedVisit: null }), { ok: true, value: true });
    assert.deepEqual(checkRerouting({ status: 'NEEDS_VERIFICATION', fromPartnerId: 'lyon', toPartnerId: null, bookedVisit: null }), { ok: true, value: true });
    assert.deepEqual(checkRerouting({ status: 'SCHEDULED', fromPartnerId: null, toPartnerId: 'lyon', bookedVisit: visitOn('lyon') }), { ok: true, value: true });
  });
});
