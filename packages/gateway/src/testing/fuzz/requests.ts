/** The schema fuzzer's checks: sending a case to a gateway and judging the answer and the process. */
import { EventStreamParser } from '@sav/client';
import { inspect } from 'node:util';
import type { GraphQLSchema } from 'graphql';
import type { Store } from '../../db/store.js';
import { type FuzzCase, type KeyChoice, errorTypeNames, requestBody } from './cases.js';
import { type Fingerprint, changedTables, fingerprint, fingerprintQuery } from './fingerprint.js';

/** What the fuzzer needs of a running gateway (the test harness's TestGateway has it all). */
export interface FuzzTarget {
  readonly url: string;
  readonly store: Store;
  /** Every log line the gateway wrote, as JSON text. */
  readonly logs: string[];
}

export interface Answer {
  readonly status: number;
  readonly body: { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: { code?: unknown } }[] } | null;
  readonly text: string;
  /** SSE: the stream sent nothing in time. */
  readonly silent?: boolean;
}

const KEYS: Record<KeyChoice, string | null> = { pk_demo: 'Bearer pk_demo', sk_demo: 'Bearer sk_demo', none: null, bogus: 'Bearer pk_not_a_real_key' };
const STREAM_TIMEOUT_MS = 5_000;

function requestHeaders(fuzzCase: FuzzCase, extra: Record<string, string> = {}): Record<string, string> {
  const authorization = KEYS[fuzzCase.key];
  return {
    'content-type': 'application/json',
    ...(authorization ? { authorization } : {}),
    ...(fuzzCase.acceptLanguage ? { 'accept-language': fuzzCase.acceptLanguage } : {}),
    ...extra,
  };
}

function parseJson(text: string): Answer['body'] {
  try {
    return JSON.parse(text) as Answer['body'];
  } catch {
    return null;
  }
}

/** Sends one case: POST /graphql, or POST /graphql/stream for a subscription (its first event). */
export async function sendCase(target: FuzzTarget, fuzzCase: FuzzCase): Promise<Answer> {
  if (fuzzCase.root !== 'Subscription') {
    const response = await fetch(`${target.url}/graphql`, { method: 'POST', headers: requestHeaders(fuzzCase), body: requestBody(fuzzCase) });
    const text = await response.text();
    return { status: response.status, body: parseJson(text), text };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), STREAM_TIMEOUT_MS);
  try {
    const response = await fetch(`${target.url}/graphql/stream`, { method: 'POST', headers: requestHeaders(fuzzCase, { accept: 'text/event-stream' }), body: requestBody(fuzzCase), signal: controller.signal });
    if (!(response.headers.get('content-type') ?? '').includes('text/event-stream')) {
      const text = await response.text();
      return { status: response.status, body: parseJson(text), text };
    }
    // The first `next` event is the answer; a `complete` before it means the stream had nothing.
    let buffered = '';
    const decoder = new TextDecoder();
    const parser = new EventStreamParser();
    const reader = response.body!.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const text = decoder.decode(value, { stream: true });
        buffered += text;
        for (const { event, data } of parser.push(text)) {
          if (event === 'next') return { status: response.status, body: parseJson(data), text: data };
          if (event === 'complete') return { status: response.status, body: { data: null }, text: `event: complete` };
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      controller.abort();
    }
    return { status: response.status, body: null, text: buffered, silent: true };
  } catch (error) {
    if (controller.signal.aborted) return { status: 0, body: null, text: '', silent: true };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** How an answer reads: a typename, a refusal code, or a status, for the per-operation counts. */
export function outcomeOf(fuzzCase: FuzzCase, answer: Answer): string {
  if (answer.silent) return 'silent-stream';
  const code = answer.body?.errors?.[0]?.extensions?.code;
  if (answer.status >= 400 || (code && !answer.body?.data)) return `${answer.status} ${String(code ?? '')}`.trim();
  const result = answer.body?.data?.[fuzzCase.field];
  const typename = Array.isArray(result) ? 'list' : result && typeof result === 'object' ? String((result as { __typename?: unknown }).__typename) : String(result);
  return code ? `${typename} + ${String(code)}` : typename;
}

/** Whether the answer refuses: status ≥ 400, top-level errors, or a result typed as an error. */
export function isRefusal(fuzzCase: FuzzCase, answer: Answer, errorTypes: ReadonlySet<string>): boolean {
  if (answer.status >= 400 || (answer.body?.errors?.length ?? 0) > 0) return true;
  const result = answer.body?.data?.[fuzzCase.field];
  const typename = result && typeof result === 'object' && !Array.isArray(result) ? (result as { __typename?: unknown }).__typename : undefined;
  return typeof typename === 'string' && errorTypes.has(typename);
}

/** Watches the process for unhandled rejections and uncaught exceptions while installed. */
export class ProcessWatch {
  readonly problems: string[] = [];
  readonly #onRejection = (reason: unknown) => void this.problems.push(`unhandledRejection: ${inspect(reason, { depth: 3 })}`);
  readonly #onException = (error: unknown) => void this.problems.push(`uncaughtException: ${inspect(error, { depth: 3 })}`);

  install(): this {
    process.on('unhandledRejection', this.#onRejection);
    process.on('uncaughtException', this.#onException);
    return this;
  }

  uninstall(): void {
    process.off('unhandledRejection', this.#onRejection);
    process.off('uncaughtException', this.#onException);
  }
}

function levelOf(line: string): string | undefined {
  try {
    return (JSON.parse(line) as { level?: string }).level;
  } catch {
    return undefined;
  }
}

/** Cuts long strings in a value, for a readable report. */
export function abbreviate(value: unknown, limit = 120): unknown {
  if (typeof value === 'string') return value.length > limit ? `${value.slice(0, limit)}…(${value.length} chars)` : value;
  if (Array.isArray(value)) return value.length > 12 ? [...value.slice(0, 12).map((entry) => abbreviate(entry, limit)), `…(${value.length} items)`] : value.map((entry) => abbreviate(entry, limit));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, abbreviate(entry, limit)]));
  return value;
}

export class FuzzViolation extends Error {
  constructor(readonly problems: readonly string[], readonly answer: Answer | undefined) {
    super(problems.join('\n'));
    this.name = 'FuzzViolation';
  }
}

/** Sends cases and checks each answer; keeps the last fingerprint, which is the next case's "before". */
export class FuzzChecker {
  readonly outcomes = new Map<string, Map<string, number>>();
  /** How many of the watch's problems a case was blamed for; any later one came after the last case. */
  attributedProblems = 0;
  readonly #errorTypes: ReadonlySet<string>;
  #query: string | undefined;
  #last: Fingerprint | undefined;

  constructor(readonly target: FuzzTarget, readonly watch: ProcessWatch, schema: GraphQLSchema) {
    this.#errorTypes = errorTypeNames(schema);
  }

  async #fingerprint(): Promise<Fingerprint> {
    this.#query ??= await fingerprintQuery(this.target.store);
    return fingerprint(this.target.store, this.#query);
  }

  /**
   * Builds the fingerprint query (reading information_schema can hold the event loop, which an
   * embedded PGlite shares with the gateway, for seconds), then wakes the client's connection with
   * a harmless request: one left idle past the server's keep-alive timeout meanwhile could be
   * closed under the first real request (ECONNRESET), which would be this harness's fault, not the gateway's.
   */
  async prepare(): Promise<void> {
    this.#last = await this.#fingerprint();
    for (let attempt = 1; ; attempt += 1) {
      try {
        await (await fetch(`${this.target.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer pk_demo' }, body: '{"query":"{ __typename }"}' })).text();
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  }

  /** Sends one case and throws a FuzzViolation naming every broken promise. */
  async check(fuzzCase: FuzzCase): Promise<void> {
    // The rate limiter is not under test here: a fresh minute for every request.
    await this.target.store.prisma.$executeRawUnsafe('DELETE FROM rate_limit_windows');
    const before = (this.#last ??= await this.#fingerprint());
    const logsBefore = this.target.logs.length;
    const watchedBefore = this.watch.problems.length;
    let answer: Answer | undefined;
    const problems: string[] = [];
    try {
      answer = await sendCase(this.target, fuzzCase);
    } catch (error) {
      problems.push(`the request failed: ${inspect(error, { depth: 2 })}`);
    }
    // Let whatever the request left running settle (a rejection surfaces a tick later).
    await new Promise((resolve) => setImmediate(resolve));
    this.#last = undefined;
    const after = await this.#fingerprint();
    this.#last = after;

    if (answer) {
      const counts = this.outcomes.get(fuzzCase.operation) ?? new Map<string, number>();
      const outcome = outcomeOf(fuzzCase, answer);
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      this.outcomes.set(fuzzCase.operation, counts);

      if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
      if (answer.silent) problems.push(`the stream sent nothing within ${STREAM_TIMEOUT_MS} ms`);
      else if (answer.body === null) problems.push(`the body is not JSON: ${JSON.stringify(abbreviate(answer.text, 300))}`);
      for (const error of answer.body?.errors ?? []) {
        const code = error.extensions?.code;
        if (typeof code !== 'string') problems.push(`an error without extensions.code: ${JSON.stringify(abbreviate(error))}`);
        else if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${JSON.stringify(abbreviate(error))}`);
      }
      if (isRefusal(fuzzCase, answer, this.#errorTypes)) {
        const changed = changedTables(before, after);
        if (changed.length > 0) problems.push(`a refusal (${outcomeOf(fuzzCase, answer)}) wrote to ${changed.join(', ')}`);
      }
    }
    const errorLines = this.target.logs.slice(logsBefore).filter((line) => levelOf(line) === 'error');
    if (errorLines.length > 0) problems.push(`error log lines: ${errorLines.map((line) => abbreviate(line, 600)).join('\n  ')}`);
    const watched = this.watch.problems.slice(watchedBefore);
    this.attributedProblems = this.watch.problems.length;
    if (watched.length > 0) problems.push(...watched);
    if (problems.length > 0) throw new FuzzViolation(problems, answer);
  }
}

