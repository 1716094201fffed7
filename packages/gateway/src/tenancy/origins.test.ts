import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { originAllowed, originMatches } from './origins.js';

describe('allowed origins', () => {
  it('matches a wildcard port on the same host and scheme only', () => {
    assert.equal(originMatches('http://localhost:8080', 'http://localhost:*'), true);
    assert.equal(originMatches('http://localhost', 'http://localhost:*'), true);
    assert.equal(originMatches('https://localhost:8080', 'http://localhost:*'), false);
    assert.equal(originMatches('http://localhost.evil.test:80', 'http://localhost:*'), false);
    assert.equal(originMatches('http://127.0.0.1:4000', 'http://localhost:*'), false);
  });

  it('matches exact origins and default ports', () => {
    assert.equal(originMatches('https://shop.example', 'https://shop.example'), true);
    assert.equal(originMatches('https://shop.example:8443', 'https://shop.example'), false);
  });

  it('matches a wildcard subdomain, never the bare or a look-alike domain', () => {
    assert.equal(originMatches('https://eu.shop.example', 'https://*.shop.example'), true);
    assert.equal(originMatches('https://shop.example', 'https://*.shop.example'), false);
    assert.equal(originMatches('https://evilshop.example', 'https://*.shop.example'), false);
  });

  it('refuses what is not an origin', () => {
    assert.equal(originMatches('null', 'http://localhost:*'), false);
    assert.equal(originMatches('http://localhost:8080/path', 'http://localhost:*'), false);
    assert.equal(originAllowed('http://127.0.0.1:5173', ['http://localhost:*', 'http://127.0.0.1:*']), true);
  });
});
