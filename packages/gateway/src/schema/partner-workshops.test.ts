import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { execute, getNamedType, getNullableType, isLeafType, type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, parse, subscribe } from 'graphql';
import type { GatewayContext } from '../context.js';
import { issueKey } from '../tenancy/tenant-admin.js';
import { PARTNER_OPERATIONS } from '../tenancy/partner-access.js';
import { PARIS_CUSTOMER, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { schema } from './index.js';

const PARTNER = `id name contactEmail contactPhone postalCode country active`;
const CREATE = `mutation($input: CreatePartnerWorkshopInput!) { createPartnerWorkshop(input: $input) { __typename ... on PartnerWorkshop { ${PARTNER} } ... on Error { code message } ... on InvalidInput { field } } }`;
const UPDATE = `mutation($input: UpdatePartnerWorkshopInput!) { updatePartnerWorkshop(input: $input) { __typename ... on PartnerWorkshop { ${PARTNER} } ... on Error { code message } ... on InvalidInput { field } } }`;
const SET_RULES = `mutation($rules: [TicketRoutingRuleInput!]!) { setTicketRoutingRules(rules: $rules) { __typename
  ... on TicketRoutingRulesSet { rules { position category country postalCodePrefixes partner { name } } } ... on Error { code message } ... on InvalidInput { field } } }`;
const RULES = `{ ticketRoutingRules { position category country postalCodePrefixes partner { name } } partnerWorkshops { name active } }`;
const DESK_TICKET = `ticket { trackingCode status timeline { kind actor reason } } postalCode partner { name }`;
const ONE_TICKET = `query($code: String!) { serviceDeskTicket(trackingCode: $code) { __typename ... on ServiceDeskTicket { ${DESK_TICKET} } ... on Error { code message } } }`;
const DESK_TICKETS = `query($status: TicketStatus!) { serviceDeskTickets(status: $status, first: 100) { edges { node { ticket { trackingCode } partner { name } } } } }`;
const ROUTE = `mutation($code: String!, $partnerId: ID) { routeTicket(trackingCode: $code, partnerId: $partnerId) { __typename ... on TicketRouted { ticket { ${DESK_TICKET} } } ... on Error { code message } ... on InvalidInput { field } } }`;
const REPAIR = `mutation($input: RequestRepairInput!) { requestRepair(input: $input) { __typename ... on RepairBooked { ticket { trackingCode } } ... on NeedsVerification { ticket { trackingCode } } ... on Error { code message } } }`;
const SLOTS = `query($input: AvailableSlotsInput!) { availableSlots(input: $input) { ... on AvailableSlots { slots { start remaining } } } }`;
const STEP_RESULT = `__typename ... on RepairChanged { ticket { status } } ... on Error { code message }`;

type DeskTicket = { ticket: { trackingCode: string; status: string; timeline: { kind: string; actor: string; reason: string | null }[] }; partner: { name: string } | null };

const WEEKDAYS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));
const SCHEDULE = `mutation($input: ScheduleVisitInput!) { scheduleVisit(input: $input) { __typename ... on RepairChanged { ticket { status visit { technician { badgeNumber } } } } ... on Error { code message } } }`;
const TRACK = `query($code: String!, $postalCode: String!) { ticket(trackingCode: $code, postalCode: $postalCode) { __typename ... on Ticket { visit { technician { name badgeNumber photoUrl } } } } }`;

const lyonWorkshop = {
  name: 'Atelier Froid Paris Centre', contactEmail: 'atelier@froid-paris.example', contactPhone: '01 40 00 00 00',
  addressLine1: '3 rue du Froid', postalCode: '75010', city: 'Paris', country: 'FR',
};

describe('partner workshops: routing rules, hand routing and partner keys', () => {
  let gateway: TestGateway;
  const partners: Record<'clim' | 'froid' | 'idle', string> = { clim: '', froid: '', idle: '' };
  const tickets: Record<'acEast' | 'fridgeEast' | 'fridgeCentre' | 'acNorth', string> = { acEast: '', fridgeEast: '', fridgeCentre: '', acNorth: '' };
  let froidKey = '';

  const desk = async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, key = 'sk_demo'): Promise<T> => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const response = await gateway.graphql<T>(query, variables, { key });
    assert.ok(response.body.data, JSON.stringify(response.body));
    return response.body.data;
  };
  const deskTicket = async (code: string, key = 'sk_demo') => (await desk<{ serviceDeskTicket: DeskTicket & { __typename: string; code?: string; message?: string } }>(ONE_TICKET, { code }, key)).serviceDeskTicket;

  /** Books a repair in the first window with room, for this model and postal code. */
  const book = async (productModel: string, postalCode: string): Promise<string> => {
    const slots = await desk<{ availableSlots: { slots: { start: string; remaining: number }[] } }>(SLOTS, { input: { productModel, postalCode, country: 'FR', from: '2026-04-21', days: 5 } }, 'pk_demo');
    const slot = slots.availableSlots.slots.find((candidate) => candidate.remaining > 0);
    assert.ok(slot, 'a window with room');
    const answer = await desk<{ requestRepair: { __typename: string; ticket: { trackingCode: string } } }>(
      REPAIR,
      { input: repairRequest({ productModel, slotStart: slot.start, symptoms: [], customer: { ...PARIS_CUSTOMER, address: { ...PARIS_CUSTOMER.address, postalCode } } }) },
      'pk_demo',
    );
    assert.equal(answer.requestRepair.__typename, 'RepairBooked', JSON.stringify(answer));
    return answer.requestRepair.ticket.trackingCode;
  };

  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
    for (const [name, input] of [
      ['clim', { ...lyonWorkshop, name: 'Clim Services Est', postalCode: '75011' }],
      ['froid', lyonWorkshop],
      ['idle', { ...lyonWorkshop, name: 'Atelier Fermé', contactPhone: null }],
    ] as const) {
      const created = await desk<{ createPartnerWorkshop: { __typename: string; id: string } }>(CREATE, { input });
      assert.equal(created.createPartnerWorkshop.__typename, 'PartnerWorkshop', JSON.stringify(created));
      partners[name] = created.createPartnerWorkshop.id;
    }
    // Each partner's own technicians (configured in the database, as the demo's are): the clim
    // partner works only on Saturdays, in the east, the north and Lyon; the tenant's own
    // technicians work on weekdays all over Paris.
    for (const technician of [
      { partnerId: partners.clim, name: 'Inès Clim', badgeNumber: 'CLIM-EST-1', skills: ['AIR_CONDITIONER'], postalCodes: ['75011', '75018', '69003'], photoUrl: 'https://example.com/ines.jpg', workingHours: [{ weekday: 6, start: '08:00', end: '18:00' }] },
      { partnerId: partners.froid, name: 'Paul Froid', badgeNumber: 'FROID-1', skills: ['REFRIGERATOR'], postalCodes: ['75004', '75011', '75018'], photoUrl: null, workingHours: WEEKDAYS },
      { partnerId: partners.froid, name: 'Rose Froid', badgeNumber: 'FROID-2', skills: ['REFRIGERATOR'], postalCodes: ['75004', '75011', '75018'], photoUrl: null, workingHours: WEEKDAYS },
    ]) {
      await gateway.configure(async (prisma) => {
        const { id: tenantId } = await prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true } });
        return prisma.technician.create({ data: { tenantId, timeZone: 'Europe/Paris', country: 'FR', ...technician } });
      });
    }
    const rules = await desk<{ setTicketRoutingRules: { __typename: string } }>(SET_RULES, {
      rules: [
        { category: 'AIR_CONDITIONER', partnerId: partners.clim },
        { country: 'FR', postalCodePrefixes: ['7501', '75 02'], partnerId: partners.froid },
      ],
    });
    assert.equal(rules.setTicketRoutingRules.__typename, 'TicketRoutingRulesSet', JSON.stringify(rules));
    tickets.acEast = await book('HAC-DEMO-INV', '75011');
    tickets.fridgeEast = await book('HRF-DEMO-1', '75011');
    tickets.fridgeCentre = await book('HRF-DEMO-1', '75003');
    tickets.acNorth = await book('HAC-DEMO-INV', '75018');
    froidKey = (await issueKey(gateway.store, 'demo', 'secret', { label: 'Atelier Froid', partnerId: partners.froid })).key;
  });
  after(() => gateway.close());

  describe('configuring partners and rules (secret key)', () => {
    it('lists the rules in order with their partners, prefixes normalised', async () => {
      const { ticketRoutingRules, partnerWorkshops } = await desk<{ ticketRoutingRules: unknown[]; partnerWorkshops: { name: string }[] }>(RULES);
      assert.deepEqual(ticketRoutingRules, [
        { position: 0, category: 'AIR_CONDITIONER', country: null, postalCodePrefixes: [], partner: { name: 'Clim Services Est' } },
        { position: 1, category: null, country: 'FR', postalCodePrefixes: ['7501', '7502'], partner: { name: 'Atelier Froid Paris Centre' } },
      ]);
      // The demo's own partner (demo-data.ts) and the three made here, by name.
      assert.deepEqual(partnerWorkshops.map((partner) => partner.name), ['Atelier Clim Lyon', 'Atelier Fermé', 'Atelier Froid Paris Centre', 'Clim Services Est']);
    });

    it('refuses bad rules with typed errors naming each field, and keeps the rules it had', async () => {
      const before = await desk(RULES);
      const refused = await desk<{ setTicketRoutingRules: { __typename: string; code: string; field: string[] } }>(SET_RULES, {
        rules: [
          { country: 'France', partnerId: partners.clim },
          { country: 'FR', postalCodePrefixes: ['75?'], partnerId: partners.froid },
          { category: 'REFRIGERATOR', partnerId: '00000000-0000-4000-8000-000000000000' },
        ],
      });
      const { __typename, code, field } = refused.setTicketRoutingRules;
      assert.deepEqual([__typename, code, field], ['InvalidInput', 'INVALID_INPUT', ['rules.0.country', 'rules.1.postalCodePrefixes.0', 'rules.2.partnerId']]);
      assert.deepEqual(await desk(RULES), before);
    });

    it('refuses a partner with bad details, naming the fields', async () => {
      const refused = await desk<{ createPartnerWorkshop: { __typename: string; field: string[] } }>(CREATE, { input: { ...lyonWorkshop, contactEmail: 'nobody', postalCode: '7501' } });
      assert.equal(refused.createPartnerWorkshop.__typename, 'InvalidInput');
      assert.deepEqual(refused.createPartnerWorkshop.field, ['postalCode', 'contactEmail']);
      const missing = await desk<{ updatePartnerWorkshop: { __typename: string } }>(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', city: 'Lyon' } });
      assert.equal(missing.updatePartnerWorkshop.__typename, 'PartnerWorkshopNotFound');
    });
  });

  describe('routing new tickets by the rules', () => {
    it('routes by category: an air conditioner goes to the air-conditioning partner', async () => {
      const ticket = await deskTicket(tickets.acEast);
      assert.equal(ticket.partner?.name, 'Clim Services Est');
      assert.deepEqual(ticket.ticket.timeline.map((event) => [event.kind, event.actor]), [['CREATED', 'SYSTEM'], ['ROUTED', 'SYSTEM']]);
      // Its reason, a back-office note, names the partner and the rule (the customer's timeline shows only the step).
      const event = await gateway.store.prisma.ticketEvent.findFirstOrThrow({ where: { ticket: { trackingCode: tickets.acEast }, kind: 'ROUTED' }, select: { reason: true, details: true } });
      assert.equal(event.reason, 'Sent to the partner workshop Clim Services Est by routing rule 1.');
      assert.deepEqual(event.details, { partnerId: partners.clim, partnerName: 'Clim Services Est', ruleIndex: 0 });
    });

    it('routes by area, country and postal-code prefix', async () => {
      assert.equal((await deskTicket(tickets.fridgeEast)).partner?.name, 'Atelier Froid Paris Centre');
    });

    it('takes the first rule that matches: an air conditioner in the prefix area goes by the category rule before it', async () => {
      assert.equal((await deskTicket(tickets.acNorth)).partner?.name, 'Clim Services Est');
    });

    it('leaves a ticket no rule matches with the tenant, with no routing event', async () => {
      const ticket = await deskTicket(tickets.fridgeCentre);
      assert.equal(ticket.partner, null);
      assert.ok(!ticket.ticket.timeline.some((event) => event.kind === 'ROUTED'));
    });

    it("passes over an inactive partner's rules", async () => {
      const deactivated = await desk<{ updatePartnerWorkshop: { active: boolean } }>(UPDATE, { input: { id: partners.idle, active: false } });
      assert.equal(deactivated.updatePartnerWorkshop.active, false);
      await desk(SET_RULES, { rules: [{ country: 'FR', partnerId: partners.idle }, { category: 'REFRIGERATOR', country: 'fr', postalCodePrefixes: ['75'], partnerId: partners.froid }] });
      try {
        assert.equal((await deskTicket(await book('HRF-DEMO-1', '75004'))).partner?.name, 'Atelier Froid Paris Centre');
      } finally {
        await desk(SET_RULES, { rules: [{ category: 'AIR_CONDITIONER', partnerId: partners.clim }, { country: 'FR', postalCodePrefixes: ['7501', '7502'], partnerId: partners.froid }] });
      }
    });
  });

  describe('routing by hand (routeTicket)', () => {
    it("reassigns a ticket to a partner and back to the tenant's own service, recording each step", async () => {
      // Kept for verification (a serial never sold): no visit booked yet, so it may go anywhere.
      const kept = await desk<{ requestRepair: { __typename: string; ticket: { trackingCode: string } } }>(
        REPAIR,
        { input: repairRequest({ serialNumber: 'NEVER-SOLD-0001', customer: { ...PARIS_CUSTOMER, address: { ...PARIS_CUSTOMER.address, postalCode: '75005' } } }) },
        'pk_demo',
      );
      assert.equal(kept.requestRepair.__typename, 'NeedsVerification', JSON.stringify(kept));
      const code = kept.requestRepair.ticket.trackingCode;
      const toPartner = await desk<{ routeTicket: { __typename: string; ticket: DeskTicket } }>(ROUTE, { code, partnerId: partners.clim });
      assert.equal(toPartner.routeTicket.__typename, 'TicketRouted');
      assert.equal(toPartner.routeTicket.ticket.partner?.name, 'Clim Services Est');
      const back = await desk<{ routeTicket: { ticket: DeskTicket } }>(ROUTE, { code: code.toLowerCase(), partnerId: null });
      assert.equal(back.routeTicket.ticket.partner, null);
      assert.deepEqual(
        back.routeTicket.ticket.ticket.timeline.filter((event) => event.kind === 'ROUTED').map((event) => event.actor),
        ['SERVICE_DESK', 'SERVICE_DESK'],
      );
      const reasons = await gateway.store.prisma.ticketEvent.findMany({ where: { ticket: { trackingCode: code }, kind: 'ROUTED' }, orderBy: { position: 'asc' }, select: { reason: true } });
      assert.deepEqual(reasons.map((event) => event.reason), ['Sent to the partner workshop Clim Services Est.', "Back to the tenant's own service."]);
      // The same partner again changes nothing and records nothing.
      await desk(ROUTE, { code, partnerId: null });
      assert.equal(await gateway.store.prisma.ticketEvent.count({ where: { ticket: { trackingCode: code }, kind: 'ROUTED' } }), 2);
    });

    it('refuses an unknown ticket, an unknown or inactive partner, with typed errors', async () => {
      const unknownTicket = await desk<{ routeTicket: { __typename: string } }>(ROUTE, { code: 'SAV-0000-0000', partnerId: partners.clim });
      assert.equal(unknownTicket.routeTicket.__typename, 'TicketNotFound');
      const unknownPartner = await desk<{ routeTicket: { __typename: string } }>(ROUTE, { code: tickets.fridgeCentre, partnerId: 'not-a-partner' });
      assert.equal(unknownPartner.routeTicket.__typename, 'PartnerWorkshopNotFound');
      const inactive = await desk<{ routeTicket: { __typename: string; code: string; field: string[] } }>(ROUTE, { code: tickets.fridgeCentre, partnerId: partners.idle });
      assert.deepEqual([inactive.routeTicket.__typename, inactive.routeTicket.code, inactive.routeTicket.field], ['InvalidInput', 'PARTNER_INACTIVE', ['partnerId']]);
      assert.equal((await deskTicket(tickets.fridgeCentre)).partner, null, 'nothing changed');
    });

    it('is audited like the other back-office actions', async () => {
      const log = await desk<{ auditLog: { edges: { node: { action: string; target: { type: string } | null; outcome: string } }[] } }>(
        `{ auditLog(first: 100) { edges { node { action target { type } outcome } } } }`,
      );
      const actions = new Set(log.auditLog.edges.map((edge) => `${edge.node.action}:${edge.node.target?.type ?? null}:${edge.node.outcome}`));
      for (const expected of ['createPartnerWorkshop:PartnerWorkshop:SUCCESS', 'updatePartnerWorkshop:PartnerWorkshop:SUCCESS', 'setTicketRoutingRules:null:SUCCESS', 'setTicketRoutingRules:null:ERROR', 'routeTicket:Ticket:SUCCESS']) {
        assert.ok(actions.has(expected), `${expected} in ${[...actions].join(', ')}`);
      }
    });
  });

  describe("whose calendar: the routed partner's technicians, or the tenant's own", () => {
    type Slots = { availableSlots: { slots: { start: string; remaining: number }[] } };
    const slots = async (productModel: string, postalCode: string) =>
      (await desk<Slots>(SLOTS, { input: { productModel, postalCode, country: 'FR', from: '2026-04-21', days: 5 } }, 'pk_demo')).availableSlots.slots;
    const visitsOf = (trackingCode: string) =>
      gateway.store.prisma.visit.findMany({ where: { ticket: { trackingCode } }, orderBy: { createdAt: 'asc' }, select: { id: true, status: true, windowStart: true, technician: { select: { badgeNumber: true, partnerId: true } } } });
    const bookedBadge = async (trackingCode: string) => (await visitsOf(trackingCode)).find((visit) => visit.status === 'BOOKED')?.technician.badgeNumber;

    it("offers a routed request only its partner's windows, and an unrouted one only the tenant's", async () => {
      // Air conditioners go to the clim partner, whose one technician works on Saturdays only.
      const routed = await slots('HAC-DEMO-INV', '75018');
      assert.ok(routed.length > 0, 'routed windows');
      assert.ok(routed.every((slot) => new Date(slot.start).getUTCDay() === 6 && slot.remaining <= 1), JSON.stringify(routed));
      // A fridge at 75005 no rule routes: the tenant's own technicians, on weekdays (two of them there).
      const own = await slots('HRF-DEMO-1', '75005');
      assert.ok(own.length > 0, 'own windows');
      assert.ok(own.every((slot) => new Date(slot.start).getUTCDay() !== 6), JSON.stringify(own));
      assert.ok(own.some((slot) => slot.remaining === 2), 'two of the tenant\'s technicians free at once');
    });

    it("books a routed request with the partner's technician, even where only the partner serves, and the tracker shows them", async () => {
      const code = await book('HAC-DEMO-INV', '69003');
      const [visit] = await visitsOf(code);
      assert.deepEqual([visit?.technician.badgeNumber, visit?.technician.partnerId], ['CLIM-EST-1', partners.clim]);
      const tracked = await desk<{ ticket: { visit: { technician: unknown } } }>(TRACK, { code, postalCode: '69003' }, 'pk_demo');
      assert.deepEqual(tracked.ticket.visit.technician, { name: 'Inès Clim', badgeNumber: 'CLIM-EST-1', photoUrl: 'https://example.com/ines.jpg' });
    });

    it("keeps a routed request for verification where the partner does not serve, though the tenant's technicians do", async () => {
      const answer = await desk<{ requestRepair: { __typename: string } }>(
        REPAIR,
        { input: repairRequest({ productModel: 'HAC-DEMO-INV', symptoms: [], slotStart: '2026-04-21T06:00:00.000Z', customer: { ...PARIS_CUSTOMER, address: { ...PARIS_CUSTOMER.address, postalCode: '75005' } } }) },
        'pk_demo',
      );
      assert.equal(answer.requestRepair.__typename, 'NeedsVerification');
      const kept = await gateway.store.prisma.ticket.findFirstOrThrow({ where: { postalCode: '75005', productModel: 'HAC-DEMO-INV' }, orderBy: { createdAt: 'desc' }, select: { verificationReasons: true, partnerId: true, visits: { select: { id: true } } } });
      assert.deepEqual(kept, { verificationReasons: ['OUTSIDE_SERVICE_AREA'], partnerId: partners.clim, visits: [] });
    });

    it("refuses scheduleVisit with a technician of another pool, and writes nothing", async () => {
      // A partner's ticket, with one of the tenant's own technicians.
      const saturday = (await slots('HAC-DEMO-INV', '75018')).find((slot) => slot.remaining > 0);
      assert.ok(saturday, 'a Saturday window with room');
      const before = await visitsOf(tickets.acNorth);
      const refused = await desk<{ scheduleVisit: { __typename: string; code: string } }>(SCHEDULE, { input: { trackingCode: tickets.acNorth, slotStart: saturday.start, technicianBadge: 'DEMO-TECH-001' } });
      assert.deepEqual([refused.scheduleVisit.__typename, refused.scheduleVisit.code], ['ChangeNotAllowed', 'UNKNOWN_TECHNICIAN']);
      assert.deepEqual(await visitsOf(tickets.acNorth), before);
      // The tenant's own ticket (a fridge at 75004, no rule routes it), with a partner's technician who serves 75004.
      const own = await book('HRF-DEMO-1', '75004');
      assert.equal((await deskTicket(own)).partner, null);
      const weekday = (await slots('HRF-DEMO-1', '75004')).find((slot) => slot.remaining > 0);
      assert.ok(weekday, 'a weekday window with room');
      const ownBefore = await visitsOf(own);
      const refusedOwn = await desk<{ scheduleVisit: { __typename: string; code: string } }>(SCHEDULE, { input: { trackingCode: own, slotStart: weekday.start, technicianBadge: 'FROID-1' } });
      assert.deepEqual([refusedOwn.scheduleVisit.__typename, refusedOwn.scheduleVisit.code], ['ChangeNotAllowed', 'UNKNOWN_TECHNICIAN']);
      assert.deepEqual(await visitsOf(own), ownBefore);
    });

    it("lets a partner's key schedule its ticket's visit with its own technician, and only its own", async () => {
      const code = await book('HRF-DEMO-1', '75011');
      const first = await bookedBadge(code);
      assert.ok(first === 'FROID-1' || first === 'FROID-2', `booked with ${first}`);
      const other = first === 'FROID-1' ? 'FROID-2' : 'FROID-1';
      const window = (await slots('HRF-DEMO-1', '75011')).at(-1);
      assert.ok(window, 'a window');
      const moved = await desk<{ scheduleVisit: { __typename: string; ticket: { visit: { technician: { badgeNumber: string } } } } }>(SCHEDULE, { input: { trackingCode: code, slotStart: window.start, technicianBadge: other } }, froidKey);
      assert.equal(moved.scheduleVisit.__typename, 'RepairChanged', JSON.stringify(moved));
      assert.equal(moved.scheduleVisit.ticket.visit.technician.badgeNumber, other);
      const before = await visitsOf(code);
      const refused = await desk<{ scheduleVisit: { __typename: string; code: string } }>(SCHEDULE, { input: { trackingCode: code, slotStart: window.start, technicianBadge: 'DEMO-TECH-002' } }, froidKey);
      assert.deepEqual([refused.scheduleVisit.__typename, refused.scheduleVisit.code], ['ChangeNotAllowed', 'UNKNOWN_TECHNICIAN']);
      assert.deepEqual(await visitsOf(code), before);
      // Another partner's ticket is not found for it.
      const notFound = await desk<{ scheduleVisit: { __typename: string } }>(SCHEDULE, { input: { trackingCode: tickets.acNorth, slotStart: window.start } }, froidKey);
      assert.equal(notFound.scheduleVisit.__typename, 'TicketNotFound');
    });

    it('refuses to route elsewhere a ticket whose visit is booked with its workshop, and changes nothing', async () => {
      const before = await deskTicket(tickets.acNorth);
      for (const partnerId of [null, partners.froid]) {
        const refused = await desk<{ routeTicket: { __typename: string; code: string } }>(ROUTE, { code: tickets.acNorth, partnerId });
        assert.deepEqual([refused.routeTicket.__typename, refused.routeTicket.code], ['ChangeNotAllowed', 'VISIT_BOOKED']);
      }
      assert.deepEqual(await deskTicket(tickets.acNorth), before);
      assert.equal(await bookedBadge(tickets.acNorth), 'CLIM-EST-1');
    });
  });

  describe("a partner workshop's key", () => {
    it('lists only the tickets routed to its partner', async () => {
      const mine = await desk<{ serviceDeskTickets: { edges: { node: { ticket: { trackingCode: string }; partner: { name: string } } }[] } }>(DESK_TICKETS, { status: 'SCHEDULED' }, froidKey);
      const codes = mine.serviceDeskTickets.edges.map((edge) => edge.node.ticket.trackingCode);
      assert.ok(codes.includes(tickets.fridgeEast));
      assert.ok(!codes.includes(tickets.acEast) && !codes.includes(tickets.fridgeCentre) && !codes.includes(tickets.acNorth));
      assert.ok(mine.serviceDeskTickets.edges.every((edge) => edge.node.partner.name === 'Atelier Froid Paris Centre'));
      // The tenant's own key lists them all.
      const all = await desk<{ serviceDeskTickets: { edges: { node: { ticket: { trackingCode: string } } }[] } }>(DESK_TICKETS, { status: 'SCHEDULED' });
      assert.ok(all.serviceDeskTickets.edges.length > codes.length);
    });

    it("refuses another ticket's id as a cursor, as the tenant's key refuses another tenant's", async () => {
      const other = await gateway.store.prisma.ticket.findUniqueOrThrow({ where: { trackingCode: tickets.acEast }, select: { id: true } });
      const response = await gateway.graphql(`query($after: String) { serviceDeskTickets(status: SCHEDULED, first: 10, after: $after) { pageInfo { hasNextPage } } }`, { after: other.id }, { key: froidKey });
      assert.equal(response.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    });

    it('reads its own ticket; another partner\'s or the tenant\'s answers exactly as a ticket that does not exist', async () => {
      assert.equal((await deskTicket(tickets.fridgeEast, froidKey)).ticket.trackingCode, tickets.fridgeEast);
      const missing = await deskTicket('SAV-0000-0000', froidKey);
      for (const code of [tickets.acEast, tickets.fridgeCentre]) assert.deepEqual(await deskTicket(code, froidKey), missing);
      assert.equal(missing.__typename, 'TicketNotFound');
    });

    it("runs every allowed step on its own ticket only: on another's it is not found, and nothing changes", async () => {
      const steps: [string, string, Record<string, unknown>][] = [
        ['diagnoseTicket', 'DiagnoseTicketInput', { likelyParts: ['COMPRESSOR'], repairLocation: 'HOME', note: 'Partner diagnosis' }],
        ['sendQuote', 'SendQuoteInput', { parts: ['COMPRESSOR'], labourMinutes: 60 }],
        ['startTravel', 'StartTravelInput', { expectedArrivalAt: '2026-04-21T07:00:00.000Z' }],
        ['reportDelay', 'ReportDelayInput', { reason: 'Traffic', expectedArrivalAt: '2026-04-21T08:00:00.000Z' }],
        ['arriveOnSite', 'ArriveOnSiteInput', {}],
        ['recordRepairProgress', 'RecordRepairProgressInput', { status: 'REPAIRING' }],
        ['recordRepairOutcome', 'RecordRepairOutcomeInput', { outcome: 'REPAIRED', partsUsed: [], minutesOnSite: 30, note: 'Done' }],
      ];
      const notFound = (await deskTicket('SAV-0000-0000', froidKey)).message;
      for (const code of [tickets.acEast, tickets.fridgeCentre]) {
        const before = await deskTicket(code);
        for (const [name, inputType, input] of steps) {
          const answer = await desk<Record<string, { __typename: string; code: string; message: string }>>(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${STEP_RESULT} } }`, { input: { trackingCode: code, ...input } }, froidKey);
          assert.deepEqual([answer[name]!.__typename, answer[name]!.message], ['TicketNotFound', notFound], `${name} on ${code}`);
        }
        const received = await desk<{ recordDeviceReceived: { __typename: string } }>(`mutation($code: String!) { recordDeviceReceived(trackingCode: $code) { __typename } }`, { code }, froidKey);
        assert.equal(received.recordDeviceReceived.__typename, 'TicketNotFound');
        assert.deepEqual(await deskTicket(code), before, 'nothing changed');
      }
      // Its own ticket moves.
      const started = await desk<{ startTravel: { __typename: string; ticket: { status: string } } }>(
        `mutation($input: StartTravelInput!) { startTravel(input: $input) { ${STEP_RESULT} } }`,
        { input: { trackingCode: tickets.fridgeEast, expectedArrivalAt: '2026-04-20T11:00:00.000Z' } },
        froidKey,
      );
      assert.deepEqual([started.startTravel.__typename, started.startTravel.ticket.status], ['RepairChanged', 'TECHNICIAN_EN_ROUTE']);
      const timeline = (await deskTicket(tickets.fridgeEast)).ticket.timeline;
      assert.equal(timeline.at(-1)?.kind, 'STATUS_CHANGED');
    });

    it('is FORBIDDEN the tenant\'s other operations: settings, rules, routing, audit, privacy, webhooks, customer lookups', async () => {
      const forbidden = [
        `{ serviceSettings { followUpDays } }`,
        `{ partnerWorkshops { id } }`,
        `{ ticketRoutingRules { position } }`,
        `{ auditLog(first: 1) { edges { cursor } } }`,
        `{ webhookEndpoints { id } }`,
        `{ customerDataExport(email: "camille.dupont@example.fr") { __typename } }`,
        `mutation { setTicketRoutingRules(rules: []) { __typename } }`,
        `mutation($code: String!) { routeTicket(trackingCode: $code, partnerId: null) { __typename } }`,
        `mutation($code: String!) { cancelTicket(input: { trackingCode: $code, reason: "x" }) { __typename } }`,
        `query($code: String!) { ticket(trackingCode: $code, postalCode: "75011") { __typename } }`,
      ];
      for (const query of forbidden) {
        // Again and again: an operation that comes back (the 2nd time, http/compiled-execution.ts) runs compiled (graphql-jit), and is refused there too.
        for (let round = 0; round < 3; round += 1) {
          const response = await gateway.graphql(query, query.includes('$code') ? { code: tickets.fridgeEast } : {}, { key: froidKey });
          assert.equal(response.body.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${query} (round ${round}): ${JSON.stringify(response.body)}`);
        }
      }
      assert.ok(gateway.compiledOperations() > 0, 'some of them ran compiled');
      // The rules are untouched by the refused replacement.
      assert.equal((await desk<{ ticketRoutingRules: unknown[] }>(RULES)).ticketRoutingRules.length, 2);
    });
  });
});

describe("the demo's partner in Lyon: its calendar, its rules kept in memory", () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(() => gateway.close());

  type Answer = { availableSlots: { __typename: string; slots?: { start: string; remaining: number }[] } };
  const ANY_SLOTS = `query($input: AvailableSlotsInput!) { availableSlots(input: $input) { __typename ... on AvailableSlots { slots { start remaining } } } }`;
  const lyonAirConditioner = async () =>
    (await gateway.graphql<Answer>(ANY_SLOTS, { input: { productModel: 'HAC-DEMO-INV', postalCode: '69001', country: 'FR', from: '2026-04-21', days: 5 } })).body.data?.availableSlots;
  const eventually = async (done: (answer: Answer['availableSlots'] | undefined) => boolean) => {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const answer = await lyonAirConditioner();
      if (done(answer) || Date.now() > deadline) return answer;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it("offers an air conditioner at 69001 the Atelier Clim Lyon technicians' windows (Saturdays too: one of them works then)", async () => {
    const answer = await lyonAirConditioner();
    assert.equal(answer?.__typename, 'AvailableSlots');
    assert.ok(answer.slots!.length > 0, 'windows in Lyon');
    assert.ok(answer.slots!.every((slot) => slot.remaining <= 2), 'two technicians at most');
    assert.ok(answer.slots!.some((slot) => new Date(slot.start).getUTCDay() === 6), 'Hugo Perrin works on Saturdays');
  });

  it('routes without reading the rules again, and follows the partner deactivated and reactivated in SQL', async () => {
    const before = await lyonAirConditioner();
    const statements: string[] = [];
    const stop = gateway.store.onStatement!((sql) => statements.push(sql));
    try {
      assert.deepEqual(await lyonAirConditioner(), before);
    } finally {
      stop();
    }
    assert.ok(statements.every((sql) => !/FROM "?(ticket_routing_rules|partner_workshops|technicians)"?/i.test(sql)), statements.join('\n'));
    // Inactive, its rule is passed over: the tenant's own technicians, who do not serve Lyon.
    await gateway.store.prisma.$executeRaw`UPDATE partner_workshops SET active = false WHERE name = 'Atelier Clim Lyon'`;
    assert.equal((await eventually((answer) => answer?.__typename === 'OutsideServiceArea'))?.__typename, 'OutsideServiceArea');
    await gateway.store.prisma.$executeRaw`UPDATE partner_workshops SET active = true WHERE name = 'Atelier Clim Lyon'`;
    assert.deepEqual(await eventually((answer) => answer?.__typename === 'AvailableSlots'), before);
  });
});

// ---------------------------------------------------------------------------------------------
// Schema-driven: every root field is either allowed to partner keys on purpose, or FORBIDDEN
// ---------------------------------------------------------------------------------------------

/** A value of the input type that passes GraphQL's own coercion (not the resolver's checks). */
function sampleValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(Object.values(inner.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => [field.name, sampleValue(field.type)]));
  }
  if (isScalarType(inner)) {
    const samples: Record<string, unknown> = { String: 'x', ID: 'x', Int: 1, Float: 1, Boolean: false, Date: '2026-04-21', DateTime: '2026-04-21T06:00:00.000Z' };
    assert.ok(inner.name in samples, `a sample value for the scalar ${inner.name}`);
    return samples[inner.name];
  }
  throw new Error(`no sample for ${String(type)}`);
}

describe('partner keys, for every root field of the schema', () => {
  const logged: string[] = [];
  const partnerContext = {
    tenant: { id: 'tenant', name: 'Tenant', timeZone: 'Europe/Paris', allowedOrigins: [], keyKind: 'SECRET', keyId: 'key', keyLabel: 'partner', keyScopes: [], partnerId: 'partner' },
    // Nothing may reach the store before the refusal: a store that is touched throws.
    store: new Proxy({}, { get: () => { throw new Error('the store was reached'); } }),
    logger: { info: () => {}, warn: () => {}, error: (event: string) => logged.push(event) },
    requestId: 'partner-access-test',
    now: new Date('2026-04-20T10:00:00Z'),
  } as unknown as GatewayContext;

  for (const kind of ['Query', 'Mutation', 'Subscription'] as const) {
    const type = kind === 'Query' ? schema.getQueryType() : kind === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    for (const field of Object.values(type?.getFields() ?? {})) {
      const operation = `${kind}.${field.name}`;
      const allowed = PARTNER_OPERATIONS.has(operation);
      it(`${operation}: ${allowed ? 'allowed (reads tickets through ticketScope)' : 'FORBIDDEN'}`, async () => {
        const variables = Object.fromEntries(field.args.map((arg) => [arg.name, sampleValue(arg.type)]));
        const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
        const document = parse(`${kind.toLowerCase()}${declarations ? `(${declarations})` : ''} { ${field.name}${field.args.length ? `(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : ''}${isLeafType(getNamedType(field.type)) ? '' : ' { __typename }'} }`);
        const run = { schema, document, variableValues: variables, contextValue: partnerContext };
        const result = kind === 'Subscription' ? await subscribe(run) : await execute(run);
        const errors = 'errors' in result ? (result.errors ?? []) : [];
        const codes = errors.map((error) => error.extensions?.code);
        if (allowed) assert.ok(!codes.includes('FORBIDDEN'), `${operation} is allowed, yet refused: ${JSON.stringify(errors)}`);
        else assert.deepEqual(codes, ['FORBIDDEN'], `${operation}: ${JSON.stringify(errors)}`);
      });
    }
  }

  it('allows only operations the schema has', () => {
    for (const operation of PARTNER_OPERATIONS) {
      const [kind, name] = operation.split('.') as [string, string];
      const type = kind === 'Query' ? schema.getQueryType() : kind === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
      assert.ok(type?.getFields()[name], operation);
    }
  });
});
