import { SavRequestError, savSubscribe, type SavClientOptions } from '@sav/client';
import { TicketUpdatesDocument } from '@sav/client/documents';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TicketAccess } from './ticket-tracker.attributes.js';
import { fetchTicket, type LiveMode, type TicketAnswer } from './ticket-tracker.fetch.js';

export { fetchTicket, type LiveMode, type TicketAnswer } from './ticket-tracker.fetch.js';

/** What a live session needs: where, as whom, which ticket, in which language, and how often to poll. */
export interface LiveSession {
  readonly endpoint: URL;
  readonly publishableKey: string;
  readonly access: TicketAccess;
  readonly language: string;
  readonly pollSeconds: number;
}

/** The first wait before trying the stream again, and the longest, in seconds. */
const RETRY_FIRST_SECONDS = 2;
const RETRY_MAX_SECONDS = 120;

/**
 * Keeps the ticket shown up to date without a reload: a GraphQL subscription (`ticketUpdates`) over
 * Server-Sent Events, read with `fetch` streaming; when the stream is refused or breaks (a proxy
 * that blocks event streams, a gateway restarting), polling `ticket`/`ticketByLink` every
 * `pollSeconds` while the stream is tried again with an exponential backoff (2 s, 4 s … 2 min, or the
 * server's Retry-After). Each answer goes to `onAnswer`; a refused key ends everything, and so does
 * the host leaving the page.
 */
export class LiveTicket implements ReactiveController {
  mode: LiveMode = 'off';

  readonly #host: ReactiveControllerHost;
  readonly #onAnswer: (answer: TicketAnswer) => void;
  #session: LiveSession | undefined;
  #abort: AbortController | undefined;
  #pollTimer: ReturnType<typeof setTimeout> | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;

  constructor(host: ReactiveControllerHost, onAnswer: (answer: TicketAnswer) => void) {
    this.#host = host;
    this.#onAnswer = onAnswer;
    host.addController(this);
  }

  /** Starts following a ticket (stopping whatever was followed before). */
  start(session: LiveSession): void {
    this.stop();
    this.#session = session;
    this.#resume();
  }

  /** Stops the stream, the polling and the retries; forgets the ticket. */
  stop(): void {
    this.#halt();
    this.#session = undefined;
  }

  hostConnected(): void {
    // Moved in the page: the host was disconnected (everything stopped) and is back.
    if (this.#session && !this.#abort) this.#resume();
  }

  hostDisconnected(): void {
    this.#halt();
  }

  #resume(): void {
    const abort = new AbortController();
    this.#abort = abort;
    this.#failures = 0;
    void this.#stream(abort.signal);
  }

  #halt(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    clearTimeout(this.#pollTimer);
    clearTimeout(this.#retryTimer);
    this.#pollTimer = undefined;
    this.#retryTimer = undefined;
    this.#setMode('off');
  }

  #client(session: LiveSession): SavClientOptions {
    return { endpoint: session.endpoint, publishableKey: session.publishableKey, language: session.language };
  }

  async #stream(signal: AbortSignal): Promise<void> {
    const session = this.#session;
    if (!session || signal.aborted) return;
    let failure: unknown;
    try {
      for await (const { ticketUpdates: answer } of savSubscribe(this.#client(session), TicketUpdatesDocument, { access: session.access }, { signal })) {
        if (answer.__typename === 'Ticket') {
          this.#failures = 0;
          this.#stopPolling();
          this.#setMode('stream');
        }
        this.#onAnswer(answer);
        // The stream's refusal (the ticket is gone, a link no longer valid) is its one answer.
        if (answer.__typename !== 'Ticket') return this.stop();
      }
    } catch (error) {
      failure = error;
    }
    if (signal.aborted) return;
    if (failure instanceof SavRequestError && (failure.status === 401 || failure.status === 403)) return this.stop();
    // Refused, broken off, or completed by the server (a deploy): poll meanwhile, and try again.
    this.#setMode('polling');
    this.#schedulePoll(session, signal);
    const backoff = Math.min(RETRY_MAX_SECONDS, RETRY_FIRST_SECONDS * 2 ** this.#failures);
    const retryAfter = failure instanceof SavRequestError ? failure.retryAfterSeconds : undefined;
    this.#failures += 1;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => void this.#stream(signal), Math.max(backoff, retryAfter ?? 0) * 1000);
  }

  #schedulePoll(session: LiveSession, signal: AbortSignal): void {
    if (this.#pollTimer !== undefined) return;
    this.#pollTimer = setTimeout(async () => {
      try {
        const answer = await fetchTicket(this.#client(session), session.access, signal);
        if (signal.aborted || this.#pollTimer === undefined) return;
        this.#onAnswer(answer);
        if (answer.__typename !== 'Ticket') return this.stop();
      } catch {
        // A failed poll changes nothing shown: the next one may work.
        if (signal.aborted) return;
      }
      if (this.#pollTimer === undefined) return;
      this.#pollTimer = undefined;
      if (this.mode === 'polling') this.#schedulePoll(session, signal);
    }, session.pollSeconds * 1000);
  }

  #stopPolling(): void {
    clearTimeout(this.#pollTimer);
    this.#pollTimer = undefined;
  }

  #setMode(mode: LiveMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.#host.requestUpdate();
  }
}
