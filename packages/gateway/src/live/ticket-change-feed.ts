/**
 * Live ticket updates across gateway instances: each instance LISTENs once to the channel the
 * ticket events NOTIFY on commit (tickets/ticket-events.ts), and wakes the trackers of that
 * ticket that are subscribed to it here. PostgreSQL carries the fan-out; PGlite, one process,
 * carries it the same way inside that process.
 */
import type { Store } from '../db/store.js';
import { TICKET_CHANGES_CHANNEL } from '../tickets/ticket-events.js';

export class TicketChangeFeed {
  readonly #watchers = new Map<string, Set<() => void>>();
  #listener: { close(): Promise<void> } | null = null;

  static async start(store: Store): Promise<TicketChangeFeed> {
    const feed = new TicketChangeFeed();
    // After a lost connection every tracker reads its ticket again: a change may have passed unheard.
    feed.#listener = await store.listen(TICKET_CHANGES_CHANNEL, (payload) => feed.#notify(payload), () => feed.#wakeAll());
    return feed;
  }

  /** Calls `onChange` after each change of the ticket, until the returned function is called. */
  watch(tenantId: string, trackingCode: string, onChange: () => void): () => void {
    const key = `${tenantId}\0${trackingCode}`;
    let watchers = this.#watchers.get(key);
    if (!watchers) this.#watchers.set(key, (watchers = new Set()));
    watchers.add(onChange);
    return () => {
      watchers.delete(onChange);
      if (watchers.size === 0) this.#watchers.delete(key);
    };
  }

  /** How many trackers this instance is serving. */
  get watching(): number {
    let count = 0;
    for (const watchers of this.#watchers.values()) count += watchers.size;
    return count;
  }

  async close(): Promise<void> {
    await this.#listener?.close();
    this.#listener = null;
    this.#watchers.clear();
  }

  #wakeAll(): void {
    for (const watchers of this.#watchers.values()) for (const onChange of watchers) onChange();
  }

  #notify(payload: string): void {
    let change: { tenantId?: unknown; trackingCode?: unknown };
    try {
      change = JSON.parse(payload) as typeof change;
    } catch {
      return;
    }
    if (typeof change.tenantId !== 'string' || typeof change.trackingCode !== 'string') return;
    for (const onChange of this.#watchers.get(`${change.tenantId}\0${change.trackingCode}`) ?? []) onChange();
  }
}

/**
 * The ticket's states as an async sequence: the current one, then one after each change, until
 * the consumer stops, or after a state `isLast` says nothing follows. Changes that arrive while a
 * state is being read are folded into one read.
 * Written by hand rather than as a generator: a generator waiting for the next change could not
 * be stopped until that change came, and a closed tracker would stay registered.
 */
export function ticketStates<T>(feed: TicketChangeFeed, tenantId: string, trackingCode: string, read: () => Promise<T>, isLast: (state: T) => boolean = () => false): AsyncIterableIterator<T> {
  let pending = true;
  let done = false;
  let wake: (() => void) | null = null;
  const stop = feed.watch(tenantId, trackingCode, () => {
    pending = true;
    wake?.();
  });
  const finish = (): IteratorResult<T> => {
    done = true;
    stop();
    wake?.();
    return { done: true, value: undefined };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<T>> {
      if (!pending && !done) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      if (done) return { done: true, value: undefined };
      pending = false;
      const state = await read();
      // A final state is sent, then the stream ends.
      if (isLast(state)) finish();
      return { done: false, value: state };
    },
    async return(): Promise<IteratorResult<T>> {
      return finish();
    },
    async throw(error?: unknown): Promise<IteratorResult<T>> {
      finish();
      throw error;
    },
  };
}
