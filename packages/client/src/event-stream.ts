/**
 * A small reader of Server-Sent Events (the `text/event-stream` format of the HTML standard) over a
 * `fetch` response body, for GraphQL subscriptions in graphql-sse's "distinct connections" mode:
 * `event: next` with an execution result as `data`, then `event: complete`. Written here rather
 * than taken from a library, to keep the components' bundle small; `EventSource` cannot be used,
 * since it can neither POST nor send an `Authorization` header.
 */

/** One event of the stream: its type (`message` when none was given) and its data lines joined by `\n`. */
export interface ServerSentEvent {
  event: string;
  data: string;
}

/**
 * Parses an event stream's text, chunk by chunk, wherever the chunks are cut (inside a line, a
 * CRLF, or a multi-byte character). Comments (`:` lines, the server's keep-alives) and fields
 * other than `event` and `data` are skipped; an event is dispatched at a blank line once it has
 * an `event` or a `data` field (graphql-sse's `complete` has an empty `data`).
 */
export class EventStreamParser {
  #buffer = '';
  #event = '';
  #data: string[] = [];
  #hasField = false;
  #pendingCarriageReturn = false;

  /** Feeds a chunk of text; returns the events it completed. */
  push(text: string): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    let chunk = text;
    // A CR at the end of the previous chunk already ended its line: skip the LF of a split CRLF.
    if (this.#pendingCarriageReturn && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.#pendingCarriageReturn = false;
    this.#buffer += chunk;
    let start = 0;
    for (let index = 0; index < this.#buffer.length; index += 1) {
      const character = this.#buffer[index];
      if (character !== '\n' && character !== '\r') continue;
      const line = this.#buffer.slice(start, index);
      if (character === '\r') {
        if (index + 1 === this.#buffer.length) this.#pendingCarriageReturn = true;
        else if (this.#buffer[index + 1] === '\n') index += 1;
      }
      start = index + 1;
      const event = this.#line(line);
      if (event) events.push(event);
    }
    this.#buffer = this.#buffer.slice(start);
    return events;
  }

  #line(line: string): ServerSentEvent | undefined {
    if (line === '') {
      if (!this.#hasField) return undefined;
      const event = { event: this.#event || 'message', data: this.#data.join('\n') };
      this.#event = '';
      this.#data = [];
      this.#hasField = false;
      return event;
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') {
      this.#event = value;
      this.#hasField = true;
    } else if (field === 'data') {
      this.#data.push(value);
      this.#hasField = true;
    }
    return undefined;
  }
}

/** The events of a response body, as they arrive; ends when the body ends. */
export async function* readEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new EventStreamParser();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    // An event the stream did not finish with a blank line is dropped, as the standard says.
    yield* parser.push(decoder.decode());
  } finally {
    // Stops the download when the consumer leaves early (a `return` from its loop, or an error).
    reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}
