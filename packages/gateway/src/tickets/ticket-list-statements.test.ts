import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AVAILABLE_SLOTS, REQUEST_REPAIR, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

/** Every field of a ticket the service desk may ask for, nested objects included. */
const DESK_LIST = /* GraphQL */ `
  query Desk($status: TicketStatus!, $first: Int!) {
    serviceDeskTickets(status: $status, first: $first) {
      edges {
        cursor
        node {
          customerName customerEmail customerPhone addressLine1 addressLine2 postalCode city country purchaseDate verificationNote
          ticket {
            trackingCode status productModel fault symptoms likelyParts repairLocation visitMinutes warrantyStatus verificationReasons createdAt updatedAt
            timeZone link trackerUrl calendar canRate outcome outcomeNote followUpOn partsUsed
            nextStep { code actor }
            timeline { id kind status previousStatus actor by at reason expectedArrivalAt }
            visit { arrivalWindowStart arrivalWindowEnd verificationCode expectedArrivalAt delayReason arrivedAt technician { name badgeNumber photoUrl } }
            dropOff { slotStart slotEnd receivedAt workshop { name address } }
            quote { id status createdAt answeredAt note lines { kind part covered amount { amount currency } } total { amount currency } }
            repairAdvice { advice reason costPercent explanation }
            ratings { score comment at }
          }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

type Slots = { availableSlots: { slots: { start: string; remaining: number }[] } };
type Booked = { requestRepair: { __typename: string; ticket?: { status: string } } };
type Desk = { serviceDeskTickets: { edges: { node: { ticket: { trackingCode: string; visit: unknown } } }[] } };

/**
 * No N+1: the service desk's list reads its tickets, and everything nested in them, in a fixed
 * number of SQL statements whatever the length of the page.
 */
describe('the service desk list', () => {
  let gateway: TestGateway;
  let status: string;
  before(async () => {
    gateway = await startTestGateway();
    // 50 tickets, each with its visit and technician: every window of the next weeks, in turn.
    const slots = await gateway.graphql<Slots>(AVAILABLE_SLOTS, { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: '2026-04-21', days: 28 } });
    const starts = slots.body.data!.availableSlots.slots.flatMap((slot) => Array.from({ length: slot.remaining }, () => slot.start));
    assert.ok(starts.length >= 50, `windows for 50 visits: ${starts.length}`);
    const statuses = new Set<string>();
    for (const [index, slotStart] of starts.slice(0, 50).entries()) {
      const booked = await gateway.graphql<Booked>(REQUEST_REPAIR, { input: repairRequest({ slotStart, customer: { name: `Customer ${index}`, email: `c${index}@example.fr`, phone: '06 12 34 56 78', address: { line1: `${index + 1} rue de la Roquette`, postalCode: '75011', city: 'Paris', country: 'FR' } } }) }, { key: 'sk_demo' });
      assert.equal(booked.body.data?.requestRepair.__typename, 'RepairBooked', JSON.stringify(booked.body));
      statuses.add(booked.body.data!.requestRepair.ticket!.status);
    }
    assert.equal(statuses.size, 1);
    status = [...statuses][0]!;
  });
  after(() => gateway.close());

  async function statementsFor(first: number): Promise<{ statements: string[]; tickets: number }> {
    await gateway.graphql(DESK_LIST, { status, first }, { key: 'sk_demo' }); // the tenant's settings and key, read once
    const statements: string[] = [];
    const stop = gateway.store.onStatement!((sql) => statements.push(sql));
    try {
      const answer = await gateway.graphql<Desk>(DESK_LIST, { status, first }, { key: 'sk_demo' });
      assert.equal(answer.body.errors, undefined, JSON.stringify(answer.body.errors));
      const edges = answer.body.data!.serviceDeskTickets.edges;
      assert.ok(edges.every((edge) => edge.node.ticket.visit !== null), 'every ticket has its visit');
      return { statements, tickets: edges.length };
    } finally {
      stop();
    }
  }

  it('costs the same number of SQL statements for 50 tickets as for 1', async () => {
    const one = await statementsFor(1);
    const fifty = await statementsFor(50);
    assert.equal(one.tickets, 1);
    assert.equal(fifty.tickets, 50);
    assert.ok(one.statements.length > 0, 'the statements are counted');
    assert.equal(fifty.statements.length, one.statements.length, `1 ticket:\n${one.statements.join('\n')}\n50 tickets:\n${fifty.statements.join('\n')}`);
  });
});
