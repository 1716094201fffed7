import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseRepairRequest, type RepairRequestInput } from './intake.js';

const today = '2026-03-30';
const request: RepairRequestInput = {
  productModel: ' hrf-demo-1 ',
  serialNumber: 'hrf1-2024-0001',
  purchaseDate: '2024-08-20',
  fault: '  Le frigo ne refroidit plus depuis hier.\n Il fait du bruit.  ',
  symptoms: ['not_cooling', 'NOISY', 'NOT_COOLING'],
  customer: {
    name: '  Camille   Martin ',
    email: ' Camille.Martin@Example.FR ',
    phone: '06 12 34 56 78',
    address: { line1: ' 12 rue de la Roquette ', line2: '', postalCode: ' 75 011', city: 'Paris', country: 'fr' },
  },
};

const problemsOf = (input: RepairRequestInput) => {
  const decision = normaliseRepairRequest(input, { today });
  assert.equal(decision.ok, false);
  return decision.ok ? undefined : decision.violation;
};

describe('repair request intake', () => {
  it('accepts a complete request, made plain', () => {
    const decision = normaliseRepairRequest(request, { today });
    assert.deepEqual(decision, {
      ok: true,
      value: {
        productModel: 'HRF-DEMO-1',
        serialNumber: 'HRF1-2024-0001',
        purchaseDate: '2024-08-20',
        fault: 'Le frigo ne refroidit plus depuis hier.\n Il fait du bruit.',
        symptoms: ['NOT_COOLING', 'NOISY'],
        customer: {
          name: 'Camille Martin',
          email: 'Camille.Martin@example.fr',
          phone: '+33612345678',
          address: { line1: '12 rue de la Roquette', line2: null, postalCode: '75011', city: 'Paris', country: 'FR' },
        },
      },
    });
  });

  it('needs no serial number, purchase date nor symptoms', () => {
    const decision = normaliseRepairRequest({ ...request, serialNumber: null, purchaseDate: undefined, symptoms: null }, { today });
    assert.ok(decision.ok);
    assert.equal(decision.value.serialNumber, null);
    assert.equal(decision.value.purchaseDate, null);
    assert.deepEqual(decision.value.symptoms, []);
  });

  it('reads the postal code and phone of the customer’s country', () => {
    const decision = normaliseRepairRequest({ ...request, customer: { ...request.customer, phone: '06-12345678', address: { line1: 'Damrak 1', postalCode: '1012lg', city: 'Amsterdam', country: 'NL' } } }, { today });
    assert.ok(decision.ok);
    assert.equal(decision.value.customer.phone, '+31612345678');
    assert.equal(decision.value.customer.address.postalCode, '1012 LG');
  });

  it('reports every problem at once, each under its input path', () => {
    const violation = problemsOf({
      productModel: '',
      purchaseDate: '2026-03-31',
      fault: 'ok',
      symptoms: ['NOT COOLING'],
      customer: { name: ' ', email: 'camille@example', phone: '12', address: { line1: 'x'.repeat(201), postalCode: '7501', city: '', country: 'FR' } },
    });
    assert.equal(violation?.code, 'INVALID_INPUT');
    assert.deepEqual(violation?.field, [
      'productModel',
      'purchaseDate',
      'fault',
      'symptoms',
      'customer.name',
      'customer.email',
      'customer.phone',
      'customer.address.line1',
      'customer.address.postalCode',
      'customer.address.city',
    ]);
    assert.deepEqual(
      (violation?.problems ?? []).map((p) => p.code),
      ['REQUIRED', 'DATE_IN_FUTURE', 'TOO_SHORT', 'INVALID_SYMPTOM', 'REQUIRED', 'INVALID_EMAIL', 'INVALID_PHONE', 'TOO_LONG', 'INVALID_POSTAL_CODE', 'REQUIRED'],
    );
    assert.match(violation?.message ?? '', /Give the product model\. The purchase date 2026-03-31 is after today \(2026-03-30\)\./);
    assert.match(violation?.message ?? '', /"7501" is not a postal code of FR\./);
  });

  it('refuses a fault description that is too long rather than cutting it', () => {
    const violation = problemsOf({ ...request, fault: 'é'.repeat(2001) });
    assert.equal(violation?.code, 'TOO_LONG');
    assert.deepEqual(violation?.field, ['fault']);
    assert.equal(normaliseRepairRequest({ ...request, fault: 'é'.repeat(2000) }, { today }).ok, true, 'characters, not bytes');
  });

  it('checks each field’s own rule', () => {
    const field = (input: RepairRequestInput) => problemsOf(input)?.field.join();
    const customer = request.customer!;
    assert.equal(field({ ...request, productModel: 'M'.repeat(101) }), 'productModel');
    assert.equal(field({ ...request, serialNumber: 'S'.repeat(101) }), 'serialNumber');
    assert.equal(field({ ...request, purchaseDate: '2024-02-30' }), 'purchaseDate');
    assert.equal(normaliseRepairRequest({ ...request, purchaseDate: today }, { today }).ok, true, 'bought today');
    assert.equal(field({ ...request, symptoms: Array.from({ length: 11 }, (_, i) => `S${i}`) }), 'symptoms');
    assert.equal(field({ ...request, symptoms: ['X'.repeat(41)] }), 'symptoms');
    assert.equal(field({ ...request, customer: { ...customer, name: 'N'.repeat(101) } }), 'customer.name');
    for (const email of ['camille', 'a@b@example.fr', 'ca mille@example.fr', '@example.fr', 'camille@.fr', 'camille@example.', `${'a'.repeat(250)}@ex.fr`]) {
      assert.equal(field({ ...request, customer: { ...customer, email } }), 'customer.email', email);
    }
    assert.equal(field({ ...request, customer: { ...customer, phone: undefined } }), 'customer.phone');
    assert.equal(field({ ...request, customer: { ...customer, address: { ...customer.address, country: 'France' } } }), 'customer.address.country');
    assert.equal(field({ ...request, customer: { ...customer, address: { ...customer.address, line2: 'L'.repeat(201) } } }), 'customer.address.line2');
    assert.equal(field({ ...request, customer: { ...customer, address: { ...customer.address, city: 'C'.repeat(101) } } }), 'customer.address.city');
    assert.equal(field({ ...request, customer: null }), 'customer.name,customer.email,customer.phone,customer.address.line1,customer.address.postalCode,customer.address.city,customer.address.country');
  });
});
