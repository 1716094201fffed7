import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkUsageTips, DEFAULT_USAGE_TIPS, GENERAL_CARE, usageTipCauses } from '@sav/rules';
import { demoProductModels } from '../db/demo-data.js';
import { forgetFailureRankings } from '../advice/failure-ranking.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { createTenant, issueKey } from '../tenancy/tenant-admin.js';
import { newTrackingCode } from '../tickets/tracking-code.js';

const CHECK = /* GraphQL */ `
  query Check($input: WarrantyCheckInput!) {
    warrantyCheck(input: $input) {
      __typename
      ... on WarrantyCheck { usageAdvice { text language cause reason why source } }
      ... on Error { code message }
    }
  }
`;

const TICKET = /* GraphQL */ `
  query Ticket($trackingCode: String!, $postalCode: String!) {
    ticket(trackingCode: $trackingCode, postalCode: $postalCode) {
      __typename
      ... on Ticket { trackingCode usageAdvice { text cause reason source } }
    }
  }
`;

const SET = /* GraphQL */ `
  mutation Set($input: SetUsageAdviceInput!) {
    setUsageAdvice(input: $input) {
      __typename
      ... on UsageAdviceSet { productModel tips { cause texts { language text } } }
      ... on InvalidInput { code message field problems { field code } }
    }
  }
`;

interface Tip { text: string; language: string; cause: string; reason: string; why: string; source: string }
type Prisma = TestGateway['store']['prisma'];

const fridgeTip = (cause: string, language: 'en' | 'fr' | 'nl' | 'zh' = 'en') => DEFAULT_USAGE_TIPS.REFRIGERATOR!.find((tip) => tip.causes.includes(cause))!.text[language];

describe('usage advice: tips per model against its frequent failures (issue 10)', () => {
  let gateway: TestGateway;
  const keys = { a: { secret: '', publishable: '' }, b: { secret: '', publishable: '' } };
  const tenants = { a: '', b: '' };

  const repair = (prisma: Prisma, tenantId: string, model: { id: string; model: string }, spec: { partsUsed?: string[]; symptoms?: string[]; status?: string; linked?: boolean }) =>
    prisma.ticket.create({
      data: {
        tenantId, trackingCode: newTrackingCode(), status: (spec.status ?? 'CLOSED') as never,
        productModel: model.model.toLowerCase(), productModelId: spec.linked ? model.id : null,
        fault: 'It fails.', symptoms: spec.symptoms ?? [], likelyParts: [], repairLocation: 'HOME', visitMinutes: 60, verificationReasons: [],
        customerName: 'A Customer', customerEmail: 'a@example.fr', customerPhone: '0600000000', addressLine1: '1 rue', postalCode: '75011', city: 'Paris', country: 'FR',
        partsUsed: spec.partsUsed ?? [],
      },
    });

  const check = async (productModel: string, options: { key?: string; language?: string } = {}): Promise<Tip[]> => {
    const response = await gateway.graphql<{ warrantyCheck: { __typename: string; usageAdvice: Tip[] } }>(CHECK, { input: { productModel, purchaseDate: '2026-01-10' } }, {
      key: options.key ?? keys.a.publishable,
      headers: options.language ? { 'accept-language': options.language } : {},
    });
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    assert.equal(response.body.data!.warrantyCheck.__typename, 'WarrantyCheck', JSON.stringify(response.body.data));
    return response.body.data!.warrantyCheck.usageAdvice;
  };

  const set = async (input: Record<string, unknown>, key = keys.a.secret) => {
    const response = await gateway.graphql<{ setUsageAdvice: { __typename: string; code?: string; field?: string[]; problems?: { field: string; code: string }[]; productModel?: string; tips?: unknown[] } }>(SET, { input }, { key });
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data!.setUsageAdvice;
  };

  let fridgeA: { id: string; model: string };
  let aircoA: { id: string; model: string };
  let fridgeB: { id: string; model: string };

  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
    const prisma = gateway.store.prisma;
    tenants.a = (await createTenant(gateway.store, { name: 'Advice Distributor', slug: 'advice-a', timeZone: 'Europe/Paris' })).id;
    tenants.b = (await createTenant(gateway.store, { name: 'Other Distributor', slug: 'advice-b', timeZone: 'Europe/Paris' })).id;
    keys.a.secret = (await issueKey(gateway.store, 'advice-a', 'secret')).key;
    keys.a.publishable = (await issueKey(gateway.store, 'advice-a', 'publishable')).key;
    keys.b.secret = (await issueKey(gateway.store, 'advice-b', 'secret')).key;
    keys.b.publishable = (await issueKey(gateway.store, 'advice-b', 'publishable')).key;
    const model = (tenantId: string, code: string, category: string) => prisma.productModel.create({ data: { tenantId, model: code, name: `${code} name`, brand: 'Acme', category, productLines: [] } });
    fridgeA = await model(tenants.a, 'ADV-FRIDGE', 'REFRIGERATOR');
    aircoA = await model(tenants.a, 'ADV-AIRCO', 'AIR_CONDITIONER');
    await model(tenants.a, 'ADV-QUIET', 'REFRIGERATOR');
    // Tenant B sells a model of the same code, whose repairs are all ice makers.
    fridgeB = await model(tenants.b, 'ADV-FRIDGE', 'REFRIGERATOR');
    for (let i = 0; i < 5; i += 1) await repair(prisma, tenants.b, fridgeB, { partsUsed: ['ICE_MAKER'], linked: true });
  });

  after(() => gateway.close());

  it("gives SAV's general care for a model without repairs", async () => {
    const tips = await check('ADV-QUIET');
    assert.equal(tips.length, 3);
    assert.ok(tips.every((tip) => tip.reason === 'GOOD_CARE' && tip.source === 'SAV' && tip.cause === GENERAL_CARE), JSON.stringify(tips));
    assert.equal(tips[0]!.why, 'Good care that helps avoid breakdowns.');
  });

  it("ranks by the model's repairs: parts used and symptoms, once per ticket, cancelled tickets apart; another tenant's never count", async () => {
    const prisma = gateway.store.prisma;
    await repair(prisma, tenants.a, fridgeA, { partsUsed: ['DOOR'], symptoms: ['DOOR_NOT_CLOSING'], linked: true });
    await repair(prisma, tenants.a, fridgeA, { partsUsed: ['DOOR', 'DOOR'] });
    await repair(prisma, tenants.a, fridgeA, { partsUsed: ['TEMPERATURE_CONTROLLER'], linked: true });
    for (let i = 0; i < 4; i += 1) await repair(prisma, tenants.a, fridgeA, { partsUsed: ['LEAKING_WATER'], status: 'CANCELLED' });
    forgetFailureRankings(gateway.store);
    const tips = await check('adv-fridge');
    assert.deepEqual(tips.map((tip) => [tip.cause, tip.reason]), [['DOOR', 'FREQUENT_FAILURE'], ['DOOR_NOT_CLOSING', 'FREQUENT_FAILURE'], ['TEMPERATURE_CONTROLLER', 'FREQUENT_FAILURE']]);
    assert.equal(tips[0]!.text, fridgeTip('DOOR'));
    assert.equal(tips[0]!.why, 'A frequent cause of repairs on this model.');
    assert.ok(!tips.some((tip) => tip.cause === 'ICE_MAKER'), "tenant B's repairs");
    // Tenant B sees its own ranking for its model of the same code.
    assert.equal((await check('ADV-FRIDGE', { key: keys.b.publishable }))[0]!.cause, 'ICE_MAKER');
  });

  it('keeps a ranking for a while rather than counting per check, and follows the repairs once counted again', async () => {
    const prisma = gateway.store.prisma;
    forgetFailureRankings(gateway.store);
    assert.equal((await check('ADV-AIRCO'))[0]!.reason, 'GOOD_CARE');
    for (let i = 0; i < 3; i += 1) await repair(prisma, tenants.a, aircoA, { symptoms: ['BAD_SMELL'], linked: true });
    assert.equal((await check('ADV-AIRCO'))[0]!.reason, 'GOOD_CARE', 'the cached ranking');
    forgetFailureRankings(gateway.store, tenants.a);
    const tips = await check('ADV-AIRCO');
    assert.equal(tips[0]!.cause, 'BAD_SMELL');
    assert.equal(tips[0]!.text, DEFAULT_USAGE_TIPS.AIR_CONDITIONER!.find((tip) => tip.causes.includes('BAD_SMELL'))!.text.en);
  });

  it("speaks the request's language", async () => {
    forgetFailureRankings(gateway.store);
    for (const language of ['fr', 'nl', 'zh'] as const) {
      const tips = await check('ADV-FRIDGE', { language: `${language},en;q=0.5` });
      assert.equal(tips[0]!.text, fridgeTip('DOOR', language));
      assert.equal(tips[0]!.language, language);
      assert.notEqual(tips[0]!.why, 'A frequent cause of repairs on this model.');
    }
  });

  it("puts the tenant's own tip in place of SAV's for the same cause, English where a language is missing, and back to the defaults when cleared", async () => {
    const stored = await set({ productModel: 'adv-fridge', tips: [{ cause: 'door', texts: [{ language: 'en', text: ' Shut the door with the handle. ' }, { language: 'fr', text: 'Fermez la porte avec la poignée.' }] }] });
    assert.deepEqual(stored, { __typename: 'UsageAdviceSet', productModel: 'ADV-FRIDGE', tips: [{ cause: 'DOOR', texts: [{ language: 'en', text: 'Shut the door with the handle.' }, { language: 'fr', text: 'Fermez la porte avec la poignée.' }] }] });
    const english = await check('ADV-FRIDGE');
    assert.deepEqual([english[0]!.text, english[0]!.source, english[0]!.cause], ['Shut the door with the handle.', 'TENANT', 'DOOR']);
    assert.equal((await check('ADV-FRIDGE', { language: 'fr' }))[0]!.text, 'Fermez la porte avec la poignée.');
    const dutch = (await check('ADV-FRIDGE', { language: 'nl' }))[0]!;
    assert.deepEqual([dutch.text, dutch.language], ['Shut the door with the handle.', 'en']);
    // Tenant B's model of the same code keeps SAV's words.
    assert.equal((await check('ADV-FRIDGE', { key: keys.b.publishable }))[0]!.source, 'SAV');

    const entry = await gateway.store.prisma.auditEntry.findFirst({ where: { tenantId: tenants.a, action: 'setUsageAdvice' }, orderBy: { position: 'desc' } });
    assert.deepEqual([entry?.targetType, entry?.targetId, entry?.outcome], ['ProductModel', 'ADV-FRIDGE', 'SUCCESS']);

    assert.deepEqual((await set({ productModel: 'ADV-FRIDGE', tips: [] })).tips, []);
    assert.equal((await check('ADV-FRIDGE'))[0]!.source, 'SAV');
  });

  it('refuses bad tips with typed errors naming each field, and stores nothing', async () => {
    await set({ productModel: 'ADV-AIRCO', tips: [{ cause: 'FILTER', texts: [{ language: 'en', text: 'Rinse the filters.' }] }] });
    const refused = await set({
      productModel: 'ADV-AIRCO',
      tips: [
        { cause: 'GENERAL', texts: [{ language: 'en', text: 'Fine.' }] },
        { cause: 'WARP_DRIVE', texts: [{ language: 'de', text: 'Nein.' }, { language: 'en', text: ' ' }, { language: 'fr', text: 'x'.repeat(241) }] },
      ],
    });
    assert.equal(refused.__typename, 'InvalidInput');
    assert.deepEqual(refused.problems, [
      { field: 'tips.1.cause', code: 'UNKNOWN_CAUSE' },
      { field: 'tips.1.texts.0.language', code: 'UNKNOWN_LANGUAGE' },
      { field: 'tips.1.texts.1.text', code: 'EMPTY_TEXT' },
      { field: 'tips.1.texts.2.text', code: 'TOO_LONG' },
    ]);
    const unknown = await set({ productModel: 'NO-SUCH-MODEL', tips: [] });
    assert.deepEqual([unknown.__typename, unknown.code, unknown.field], ['InvalidInput', 'UNKNOWN_MODEL', ['productModel']]);
    // Tenant B cannot write tips on tenant A's models: its catalogue has no ADV-AIRCO.
    assert.equal((await set({ productModel: 'ADV-AIRCO', tips: [] }, keys.b.secret)).code, 'UNKNOWN_MODEL');
    const kept = await gateway.store.prisma.productModel.findUnique({ where: { id: aircoA.id }, select: { usageTips: true } });
    assert.deepEqual(kept?.usageTips, [{ cause: 'FILTER', text: { en: 'Rinse the filters.' } }]);
    const failed = await gateway.store.prisma.auditEntry.findFirst({ where: { tenantId: tenants.a, action: 'setUsageAdvice', outcome: 'ERROR' }, orderBy: { position: 'desc' } });
    assert.equal(failed?.errorCode, 'UNKNOWN_MODEL');
  });

  it('needs a secret key to write tips', async () => {
    const response = await gateway.graphql(SET, { input: { productModel: 'ADV-AIRCO', tips: [] } }, { key: keys.a.publishable });
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(response.body));
  });

  it("shows the tips of the ticket's model on the customer's ticket", async () => {
    forgetFailureRankings(gateway.store);
    const ticket = await repair(gateway.store.prisma, tenants.a, fridgeA, { partsUsed: ['DOOR'], status: 'REPAIRED' });
    const response = await gateway.graphql<{ ticket: { __typename: string; usageAdvice: Tip[] } }>(TICKET, { trackingCode: ticket.trackingCode, postalCode: '75011' }, { key: keys.a.publishable, headers: { 'accept-language': 'fr-FR' } });
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    const tips = response.body.data!.ticket.usageAdvice;
    assert.equal(tips[0]!.cause, 'DOOR');
    assert.equal(tips[0]!.text, fridgeTip('DOOR', 'fr'));
  });

  it("shows the demo tenant's own tip for its inverter, against the fleet's most repaired part, and the demo's tips hold", async () => {
    for (const product of demoProductModels) {
      const texts = (product.usageTips ?? []).map((tip) => ({ cause: tip.cause, texts: Object.entries(tip.text).map(([language, text]) => ({ language, text })) }));
      assert.equal(checkUsageTips(texts, usageTipCauses(product.category)).ok, true, product.model);
    }
    forgetFailureRankings(gateway.store);
    const tips = await check('HAC-DEMO-INV', { key: 'pk_demo', language: 'nl' });
    assert.deepEqual([tips[0]!.source, tips[0]!.cause, tips[0]!.reason, tips[0]!.language], ['TENANT', 'MAIN_CONTROL_BOARD', 'FREQUENT_FAILURE', 'nl']);
    assert.ok((await check('HRF-DEMO-1', { key: 'pk_demo' })).every((tip) => tip.source === 'SAV'));
  });

  it('gives no tips on a ticket whose model is not in the catalogue', async () => {
    const ticket = await repair(gateway.store.prisma, tenants.a, { id: 'none', model: 'UNKNOWN-MODEL' }, { status: 'SCHEDULED' });
    const response = await gateway.graphql<{ ticket: { usageAdvice: Tip[] } }>(TICKET, { trackingCode: ticket.trackingCode, postalCode: '75011' }, { key: keys.a.publishable });
    assert.deepEqual(response.body.data?.ticket.usageAdvice, [], JSON.stringify(response.body));
  });
});
