import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../cli/sav.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

/** Key management as an operator does it (`sav keys …`), proved against a running gateway on the same store. */
describe('key management', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway();
    assert.equal((await sav('tenant', 'create', '--name', 'Key Shop', '--origin', 'https://keyshop.example')).code, 0);
  });
  after(() => gateway.close());

  async function sav(...args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += text), openStore: async () => ({ ...gateway.store, close: async () => {} }) });
    return { code, stdout, stderr };
  }
  async function issue(...args: string[]): Promise<{ key: string; displayPrefix: string; id: string }> {
    const issued = await sav('keys', 'issue', '--tenant', 'key-shop', ...args, '--json');
    assert.equal(issued.code, 0, issued.stderr);
    return JSON.parse(issued.stdout) as { key: string; displayPrefix: string; id: string };
  }
  const hello = (key: string) => gateway.graphql('{ __typename }', {}, { key });

  it('records when a key was last used, at most once a minute', async () => {
    const { key, id } = await issue('--kind', 'secret', '--label', 'reporting');
    assert.equal((await gateway.store.prisma.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt, null);
    assert.equal((await hello(key)).status, 200);
    const first = (await gateway.store.prisma.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    assert.ok(first && Date.now() - first.getTime() < 60_000);
    assert.equal((await hello(key)).status, 200);
    assert.deepEqual((await gateway.store.prisma.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt, first, 'not written again within the minute');
    assert.match((await sav('keys', 'list', '--tenant', 'key-shop')).stdout, new RegExp(`reporting\\tactive\\tcreated \\S+\\tlast used ${first.toISOString()}`));
  });

  it('revokes a key by the prefix `keys list` shows: refused at once, and saying so twice changes nothing', async () => {
    const { key, displayPrefix } = await issue('--kind', 'publishable', '--label', 'old shop');
    assert.equal((await hello(key)).status, 200);
    const revoked = await sav('keys', 'revoke', '--tenant', 'key-shop', '--key', displayPrefix);
    assert.equal(revoked.code, 0, revoked.stderr);
    assert.match(revoked.stdout, /Revoked pk_/);
    const refused = await hello(key);
    assert.equal(refused.status, 401);
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.match((await sav('keys', 'revoke', '--tenant', 'key-shop', '--key', displayPrefix)).stdout, /already revoked/);
  });

  it('rotates a key: the successor works at once, the old one until the grace period ends', async () => {
    const old = await issue('--kind', 'secret', '--label', 'erp', '--scope', 'query:*');
    const rotated = await sav('keys', 'rotate', '--tenant', 'key-shop', '--key', old.id, '--grace', '1h', '--json');
    assert.equal(rotated.code, 0, rotated.stderr);
    const successor = JSON.parse(rotated.stdout) as { key: string; label: string; scopes: string[]; oldKeyEndsAt: string };
    assert.equal(successor.label, 'erp');
    assert.deepEqual(successor.scopes, ['query:*'], 'the successor keeps the restrictions');
    assert.equal((await hello(successor.key)).status, 200);
    assert.equal((await hello(old.key)).status, 200, 'the old key works during the grace period');
    const endsAt = new Date(successor.oldKeyEndsAt).getTime();
    assert.ok(Math.abs(endsAt - (Date.now() + 3_600_000)) < 60_000);
    // The grace period over: the old key is refused.
    await gateway.configure((prisma) => prisma.apiKey.update({ where: { id: old.id }, data: { expiresAt: new Date(Date.now() - 1000) } }));
    assert.equal((await hello(old.key)).status, 401);
    assert.match((await sav('keys', 'list', '--tenant', 'key-shop')).stdout, /erp\texpired/);

    const immediate = await issue('--kind', 'publishable');
    const now = JSON.parse((await sav('keys', 'rotate', '--tenant', 'key-shop', '--key', immediate.displayPrefix, '--grace', '0', '--json')).stdout) as { key: string };
    assert.equal((await hello(immediate.key)).status, 401, 'with no grace the old key is refused at once');
    assert.equal((await hello(now.key)).status, 200);
  });

  it('issues keys that expire by themselves', async () => {
    const { key, id } = await issue('--kind', 'publishable', '--expires-in', '30m');
    assert.equal((await hello(key)).status, 200);
    const stored = await gateway.store.prisma.apiKey.findUniqueOrThrow({ where: { id } });
    assert.ok(stored.expiresAt && Math.abs(stored.expiresAt.getTime() - (Date.now() + 30 * 60_000)) < 60_000);
  });

  it('restricts a key to its scopes: a read-only secret key may read, not write; one operation, only it', async () => {
    const readOnly = await issue('--kind', 'secret', '--scope', 'query:*');
    const read = await gateway.graphql('{ serviceSettings { lookupsPerMinute } }', {}, { key: readOnly.key });
    assert.equal(read.status, 200, JSON.stringify(read.body));
    const write = await gateway.graphql('mutation { updateServiceSettings(input: { followUpDays: 3 }) { __typename } }', {}, { key: readOnly.key });
    assert.equal(write.status, 403);
    assert.equal(write.body.errors?.[0]?.extensions?.code, 'FORBIDDEN_SCOPE');
    assert.match(write.body.errors?.[0]?.message ?? '', /mutation:updateServiceSettings/);
    const tenant = await gateway.store.prisma.tenant.findUniqueOrThrow({ where: { slug: 'key-shop' }, select: { followUpDays: true } });
    assert.equal(tenant.followUpDays, 7, 'nothing was written');

    const one = await issue('--kind', 'secret', '--scope', 'query:serviceSettings');
    assert.equal((await gateway.graphql('{ serviceSettings { followUpDays } }', {}, { key: one.key })).status, 200);
    const other = await gateway.graphql('{ webhookEndpoints { __typename } }', {}, { key: one.key });
    assert.equal(other.status, 403);
    // A fragment cannot smuggle an operation past the scopes.
    const smuggled = await gateway.graphql('query { ...F } fragment F on Query { serviceSettings { followUpDays } webhookEndpoints { __typename } }', {}, { key: one.key });
    assert.equal(smuggled.status, 403);
  });

  it('refuses bad key commands clearly, changing nothing', async () => {
    const before = await gateway.store.prisma.apiKey.count();
    const badScope = await sav('keys', 'issue', '--tenant', 'key-shop', '--kind', 'secret', '--scope', 'mutation:launchRockets', '--scope', 'everything');
    assert.equal(badScope.code, 1);
    assert.match(badScope.stderr, /Unknown scopes: "mutation:launchRockets" \(no mutation is named launchRockets\), "everything"/);
    const badDuration = await sav('keys', 'issue', '--tenant', 'key-shop', '--kind', 'secret', '--expires-in', 'soon');
    assert.equal(badDuration.code, 2);
    assert.match(badDuration.stderr, /--expires-in must be a duration such as 90d/);
    const noKey = await sav('keys', 'revoke', '--tenant', 'key-shop');
    assert.equal(noKey.code, 2);
    assert.match(noKey.stderr, /needs --key/);
    const unknownKey = await sav('keys', 'rotate', '--tenant', 'key-shop', '--key', 'sk_nothinglikeit');
    assert.equal(unknownKey.code, 1);
    assert.match(unknownKey.stderr, /has no key sk_nothinglikeit/);
    const otherTenants = await sav('keys', 'revoke', '--tenant', 'key-shop', '--key', 'pk_demo');
    assert.equal(otherTenants.code, 1, "another tenant's key is not found through this one");
    assert.equal(await gateway.store.prisma.apiKey.count(), before);
    assert.equal((await hello('pk_demo')).status, 200);
  });
});
