/**
 * OpenTelemetry traces, optional: the gateway opens one span per GraphQL request through
 * `@opentelemetry/api`, which records nothing until the operator registers an SDK (for example
 * `node --import ./otel.mjs`, with @opentelemetry/sdk-node and an OTLP exporter). Spans carry ids,
 * codes and statuses, never personal data, as the logs do.
 */
import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';

const tracer = () => trace.getTracer('sav-gateway');

export interface RequestSpan {
  /** Adds what became known while serving (tenant, operation). */
  set(attributes: Record<string, string | number | boolean | undefined>): void;
  end(status: number): void;
}

export function startRequestSpan(method: string, path: string, requestId: string): RequestSpan {
  const span: Span = tracer().startSpan(`${method} ${path}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'url.path': path, 'sav.request_id': requestId } });
  return {
    set(attributes) {
      for (const [name, value] of Object.entries(attributes)) if (value !== undefined) span.setAttribute(name, value);
    },
    end(status) {
      span.setAttribute('http.response.status_code', status);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}
