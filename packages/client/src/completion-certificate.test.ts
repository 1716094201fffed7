import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSavClient, type FetchFunction } from './index.js';

interface RecordedCall {
  url: string;
  init: RequestInit;
  body: { query: string; variables: Record<string, unknown> };
}

function fakeFetch(answer: (call: RecordedCall) => Response): FetchFunction & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetchFunction = async (input: string | URL, init: RequestInit) => {
    const call = { url: String(input), init, body: JSON.parse(String(init.body)) as RecordedCall['body'] };
    calls.push(call);
    return answer(call);
  };
  return Object.assign(fetchFunction, { calls });
}

const job = {
  __typename: 'InstallationJob',
  reference: 'JOB-7K2P-Q9XW',
  customerName: 'Claire Dubois',
  addressLine1: '12 rue des Lilas',
  postalCode: '69003',
  city: 'Lyon',
  country: 'FR',
  designerName: 'Cuisines Martin',
  installerName: 'Pose & Co',
  supplierName: 'Meubles Durand',
  supplies: ['Base units', 'Worktop'],
  createdAt: '2026-03-02T09:00:00.000Z',
  certificate: {
    itemsDone: ['Units fitted'],
    reserves: [{ description: 'Replace a scratched door', party: 'SUPPLIER', dueOn: '2026-03-20' }],
    photoUrls: [],
    status: 'AWAITING_SIGNATURE',
    signerName: null,
    signatureKind: null,
    signature: null,
    signedAt: null,
    signedPlace: null,
    signedRemotely: null,
    declineReason: null,
  },
};

describe('the completion certificate operations (seed 000)', () => {
  test('completionCertificate() reads the job by its signed link, with the shared fragment and without the PDF', async () => {
    const fetch = fakeFetch(() => Response.json({ data: { completionCertificate: job } }));
    const client = createSavClient({ endpoint: 'https://sav.example/graphql', publishableKey: 'pk_test', fetch });
    const answer = await client.completionCertificate('signed.link');
    assert.equal(answer.__typename, 'InstallationJob');
    if (answer.__typename === 'InstallationJob') assert.equal(answer.certificate?.reserves[0]?.dueOn, '2026-03-20');
    assert.deepEqual(fetch.calls[0]!.body.variables, { link: 'signed.link' });
    assert.match(fetch.calls[0]!.body.query, /fragment CertificateJobFields on InstallationJob/);
    assert.doesNotMatch(fetch.calls[0]!.body.query, /certificatePdf/);
  });

  test('completionCertificatePdf() asks for the PDF alone, in the client’s language', async () => {
    const fetch = fakeFetch(() => Response.json({ data: { completionCertificate: { __typename: 'InstallationJob', reference: job.reference, certificatePdf: 'JVBERi0=' } } }));
    const client = createSavClient({ endpoint: 'https://sav.example/graphql', publishableKey: 'pk_test', language: 'fr', fetch });
    const answer = await client.completionCertificatePdf('signed.link');
    assert.equal(answer.__typename === 'InstallationJob' ? answer.certificatePdf : '', 'JVBERi0=');
    assert.match(fetch.calls[0]!.body.query, /certificatePdf/);
    assert.equal(new Headers(fetch.calls[0]!.init.headers).get('accept-language'), 'fr');
  });

  test('signCompletionCertificate() sends the signature; a second answer is a typed ChangeNotAllowed', async () => {
    const fetch = fakeFetch(() =>
      Response.json({ data: { signCompletionCertificate: { __typename: 'ChangeNotAllowed', code: 'CERTIFICATE_ALREADY_ANSWERED', message: 'This certificate was already signed.' } } }),
    );
    const client = createSavClient({ endpoint: 'https://sav.example/graphql', publishableKey: 'pk_test', fetch });
    const input = { link: 'signed.link', signerName: 'Claire Dubois', signatureKind: 'TYPED' as const, signature: 'Claire Dubois', place: 'Lyon', onSite: true };
    const answer = await client.signCompletionCertificate(input);
    assert.equal(answer.__typename, 'ChangeNotAllowed');
    if (answer.__typename === 'ChangeNotAllowed') assert.equal(answer.code, 'CERTIFICATE_ALREADY_ANSWERED');
    assert.deepEqual(fetch.calls[0]!.body.variables, { input });
  });

  test('declineCompletionCertificate() sends the link and the reason', async () => {
    const declined = { ...job, certificate: { ...job.certificate, status: 'DECLINED', declineReason: 'The worktop is cracked.' } };
    const fetch = fakeFetch(() => Response.json({ data: { declineCompletionCertificate: declined } }));
    const client = createSavClient({ endpoint: 'https://sav.example/graphql', publishableKey: 'pk_test', fetch });
    const answer = await client.declineCompletionCertificate('signed.link', 'The worktop is cracked.');
    assert.equal(answer.__typename === 'InstallationJob' ? answer.certificate?.status : '', 'DECLINED');
    assert.deepEqual(fetch.calls[0]!.body.variables, { link: 'signed.link', reason: 'The worktop is cracked.' });
  });
});
