import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cachedRead, CONFIGURATION_CHANGES_CHANNEL, configurationChanged, startConfigurationCache } from './configuration-cache.js';
import type { Store } from './store.js';

/** A store whose change notices the test sends by hand (the cache only listens and keys by the client). */
function fakeStore() {
  const heard: { channel?: string; notice?: (payload: string) => void; reconnected?: () => void; dropped?: () => void; closed: boolean } = { closed: false };
  const store = {
    prisma: {},
    async listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void, onDrop?: () => void) {
      Object.assign(heard, { channel, notice: onPayload, reconnected: onReconnect, dropped: onDrop });
      return { close: async () => void (heard.closed = true) };
    },
  } as unknown as Store;
  return { store, heard };
}

/** A read that counts how often the database is asked, answering `value()` each time. */
function counted<V>(value: () => V) {
  const read = { count: 0, load: async () => (read.count += 1, value()) };
  return read;
}

describe('the configuration cache', () => {
  it('reads straight from the database where no gateway runs on the store', async () => {
    const { store } = fakeStore();
    const read = counted(() => ({ name: 'Shop' }));
    await cachedRead(store, 'tenant', 't1', read.load, () => 't1');
    await cachedRead(store, 'tenant', 't1', read.load, () => 't1');
    assert.equal(read.count, 2);
  });

  it('answers from memory once read, and reads again after a notice of that tenant only', async () => {
    const { store, heard } = fakeStore();
    const { stop } = await startConfigurationCache(store);
    assert.equal(heard.channel, CONFIGURATION_CHANGES_CHANNEL);
    const one = counted(() => ({ tenant: 't1' }));
    const two = counted(() => ({ tenant: 't2' }));
    for (let i = 0; i < 3; i += 1) {
      await cachedRead(store, 'settings', 't1', one.load, () => 't1');
      await cachedRead(store, 'settings', 't2', two.load, () => 't2');
    }
    assert.deepEqual([one.count, two.count], [1, 1]);
    heard.notice!('t1');
    await cachedRead(store, 'settings', 't1', one.load, () => 't1');
    await cachedRead(store, 'settings', 't2', two.load, () => 't2');
    assert.deepEqual([one.count, two.count], [2, 1], 'only t1 was read again');
    heard.notice!('');
    await cachedRead(store, 'settings', 't2', two.load, () => 't2');
    assert.equal(two.count, 2, 'an empty notice means every tenant');
    await stop();
    assert.equal(heard.closed, true);
  });

  it('hears a write of this process at once, through any copy of the store', async () => {
    const { store } = fakeStore();
    const { stop } = await startConfigurationCache(store);
    let months = 24;
    const read = counted(() => ({ months }));
    assert.equal((await cachedRead(store, 'policy', 't1', read.load, () => 't1')).months, 24);
    months = 36;
    configurationChanged({ ...store, close: async () => {} }, 't1');
    assert.equal((await cachedRead(store, 'policy', 't1', read.load, () => 't1')).months, 36);
    await stop();
  });

  it('does not keep a value read while a change was announced: the old value cannot come back after the notice', async () => {
    const { store, heard } = fakeStore();
    const { stop } = await startConfigurationCache(store);
    let release!: () => void;
    const slow = async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return { months: 24 };
    };
    const racing = cachedRead(store, 'policy', 't1', slow, () => 't1');
    heard.notice!('t1'); // the write commits while the read is on its way
    release();
    assert.equal((await racing).months, 24, 'the racing request gets what it read');
    const fresh = counted(() => ({ months: 36 }));
    assert.equal((await cachedRead(store, 'policy', 't1', fresh.load, () => 't1')).months, 36, 'the next one reads again');
    await stop();
  });

  it('caches nothing while the listening connection is lost, and forgets everything when it is back', async () => {
    const { store, heard } = fakeStore();
    const { cache, stop } = await startConfigurationCache(store);
    const read = counted(() => ({ tenant: 't1' }));
    await cachedRead(store, 'settings', 't1', read.load, () => 't1');
    heard.dropped!();
    assert.equal(cache.active, false);
    await cachedRead(store, 'settings', 't1', read.load, () => 't1');
    await cachedRead(store, 'settings', 't1', read.load, () => 't1');
    assert.equal(read.count, 3, 'every read goes to the database meanwhile');
    heard.reconnected!();
    assert.equal(cache.active, true);
    await cachedRead(store, 'settings', 't1', read.load, () => 't1');
    await cachedRead(store, 'settings', 't1', read.load, () => 't1');
    assert.equal(read.count, 4);
    await stop();
  });

  it('keeps no answer without a tenant (an unknown key), and freezes what it keeps', async () => {
    const { store } = fakeStore();
    const { stop } = await startConfigurationCache(store);
    const unknown = counted(() => null);
    await cachedRead(store, 'key', 'nope', unknown.load, () => null);
    await cachedRead(store, 'key', 'nope', unknown.load, () => null);
    assert.equal(unknown.count, 2);
    const kept = await cachedRead(store, 'key', 'k1', async () => ({ tenant: { id: 't1' }, scopes: ['query:*'] }), (key) => key.tenant.id);
    assert.throws(() => (kept.scopes as string[]).push('mutation:*'), TypeError, 'shared by every request: nobody may change it');
    await stop();
  });
});
