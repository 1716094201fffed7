import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { routeTicket, ruleMatches, type TicketRoutingRule, type TicketToRoute } from './ticket-routing.js';

const CATEGORIES = ['REFRIGERATOR', 'AIR_CONDITIONER', 'WASHER'] as const;
const COUNTRIES = ['FR', 'BE', 'NL'] as const;

const ticket: fc.Arbitrary<TicketToRoute> = fc.record({
  category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
  country: fc.constantFrom(...COUNTRIES),
  postalCode: fc.stringMatching(/^[0-9]{4,5}$/),
});
const routingRule: fc.Arbitrary<TicketRoutingRule> = fc.record({
  category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
  country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
  postalCodePrefixes: fc.array(fc.stringMatching(/^[0-9]{1,3}$/), { maxLength: 3 }),
  partnerId: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
  partnerActive: fc.boolean(),
}).map((rule) => (rule.country === null ? { ...rule, postalCodePrefixes: [] } : rule));
const rules = fc.array(routingRule, { maxLength: 8 });

describe('routeTicket, for any rules and ticket', () => {
  it('answers the first active matching rule, and no earlier rule matches', () => {
    fc.assert(
      fc.property(rules, ticket, (list, t) => {
        const routed = routeTicket(list, t);
        if (routed === null) {
          assert.ok(list.every((rule) => !rule.partnerActive || !ruleMatches(rule, t)));
          return;
        }
        const chosen = list[routed.ruleIndex]!;
        assert.equal(chosen.partnerId, routed.partnerId);
        assert.ok(chosen.partnerActive && ruleMatches(chosen, t));
        assert.ok(list.slice(0, routed.ruleIndex).every((rule) => !rule.partnerActive || !ruleMatches(rule, t)));
      }),
    );
  });

  it('is unchanged by rules added after the one that routed', () => {
    fc.assert(
      fc.property(rules, rules, ticket, (list, more, t) => {
        const routed = routeTicket(list, t);
        if (routed !== null) assert.deepEqual(routeTicket([...list, ...more], t), routed);
      }),
    );
  });

  it('never routes to a partner whose rules do not match the ticket\'s country when they name one', () => {
    fc.assert(
      fc.property(rules, ticket, (list, t) => {
        const routed = routeTicket(list, t);
        if (routed === null) return;
        const country = list[routed.ruleIndex]!.country;
        assert.ok(country === null || country === t.country);
      }),
    );
  });

  it('a rule with prefixes takes no more tickets than the same rule for the whole country', () => {
    fc.assert(
      fc.property(routingRule, ticket, (rule, t) => {
        if (ruleMatches(rule, t)) assert.ok(ruleMatches({ ...rule, postalCodePrefixes: [] }, t));
      }),
    );
  });
});
