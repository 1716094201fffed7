import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

describe('OpenTelemetry traces', () => {
  const exporter = new InMemorySpanExporter();
  let gateway: TestGateway;
  before(async () => {
    // What an operator's SDK does: register a provider; the gateway's spans then reach its exporter.
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    gateway = await startTestGateway();
  });
  after(async () => {
    await gateway.close();
    trace.disable();
  });

  it('records one span per GraphQL request, with ids and statuses and no personal data', async () => {
    const answer = await gateway.post(JSON.stringify({ operationName: 'Check', query: 'query Check { warrantyCheck(input: { serialNumber: "HRF1-2024-0001" }) { __typename } }' }), { authorization: 'Bearer pk_demo' });
    assert.equal(answer.status, 200);
    await gateway.graphql('{ __typename }', {}, { key: null });
    const spans = exporter.getFinishedSpans();
    assert.equal(spans.length, 2);
    const [served, refused] = spans;
    assert.equal(served!.name, 'POST /graphql');
    assert.equal(served!.attributes['graphql.operation.name'], 'Check');
    assert.equal(served!.attributes['http.response.status_code'], 200);
    assert.equal(served!.attributes['sav.request_id'], answer.headers.get('x-request-id'));
    assert.equal(typeof served!.attributes['sav.tenant_id'], 'string');
    assert.equal(refused!.attributes['http.response.status_code'], 401);
    assert.ok(!JSON.stringify(spans.map((span) => span.attributes)).includes('HRF1-2024-0001'));
  });
});
