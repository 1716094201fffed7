import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPublicAddress, resolvesToPublicAddresses } from './public-address.js';

describe('public addresses for webhooks', () => {
  it('refuses private, loopback, link-local, shared and multicast ranges', () => {
    for (const internal of ['10.1.2.3', '127.0.0.1', '169.254.169.254', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1', 'not-an-address']) {
      assert.equal(isPublicAddress(internal), false, internal);
    }
  });

  it('accepts public ones, at the edges of the ranges too', () => {
    for (const external of ['93.184.216.34', '172.32.0.1', '172.15.255.255', '100.128.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
      assert.equal(isPublicAddress(external), true, external);
    }
  });

  it('judges a literal address and a name that resolves locally', async () => {
    assert.equal(await resolvesToPublicAddresses('127.0.0.1'), false);
    assert.equal(await resolvesToPublicAddresses('[::1]'), false);
    assert.equal(await resolvesToPublicAddresses('localhost'), false);
    assert.equal(await resolvesToPublicAddresses('8.8.8.8'), true);
  });
});
