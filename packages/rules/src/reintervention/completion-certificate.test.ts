import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCertificateContent, checkSignature } from './completion-certificate.js';

describe('the certificate of completion (seed 000)', () => {
  it('takes the items done and the reserves, each with who acts and by when', () => {
    const checked = checkCertificateContent({
      itemsDone: ['  Units fitted and levelled ', 'Worktop sealed'],
      reserves: [{ description: 'Replace the scratched oven door', party: 'SUPPLIER', dueOn: '2026-05-15' }],
      photoUrls: ['https://photos.example/1.jpg'],
    });
    assert.ok(checked.ok);
    assert.equal(checked.value.itemsDone[0], 'Units fitted and levelled');
  });

  it('names every bad field at once', () => {
    const checked = checkCertificateContent({
      itemsDone: [],
      reserves: [{ description: '', party: 'NEIGHBOUR' as never, dueOn: '2026-02-30' }],
      photoUrls: ['http://insecure.example/1.jpg'],
    });
    assert.equal(checked.ok, false);
    if (!checked.ok) assert.deepEqual(checked.violation.field, ['itemsDone', 'reserves.0.description', 'reserves.0.party', 'reserves.0.dueOn', 'photoUrls']);
  });

  it("accepts a typed signature that is the signer's name, and a drawn one as path data only", () => {
    assert.ok(checkSignature({ signerName: 'Camille Dupont', kind: 'TYPED', signature: 'camille dupont', place: 'Paris' }).ok);
    assert.ok(checkSignature({ signerName: 'Camille Dupont', kind: 'DRAWN', signature: 'M10 10 L20 25 C30 40 50 40 60 20', place: 'Paris' }).ok);
    const typedOther = checkSignature({ signerName: 'Camille Dupont', kind: 'TYPED', signature: 'Someone Else', place: 'Paris' });
    assert.equal(typedOther.ok ? null : typedOther.violation.code, 'SIGNATURE_MISMATCH');
    const script = checkSignature({ signerName: 'C', kind: 'DRAWN', signature: 'M0 0"/><script>alert(1)</script>', place: 'Paris' });
    assert.equal(script.ok ? null : script.violation.code, 'INVALID_DRAWING');
    const blank = checkSignature({ signerName: ' ', kind: 'TYPED', signature: ' ', place: '' });
    assert.deepEqual(blank.ok ? null : blank.violation.field, ['signerName', 'place']);
  });
});
