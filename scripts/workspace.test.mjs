// The workspace's own promises: one exact version of each direct dependency across packages;
// peer dependencies (ranges) are also pinned development dependencies.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifests = [
  'package.json',
  ...['packages', 'examples'].flatMap((folder) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder)).map((name) => join(folder, name, 'package.json')).filter((path) => existsSync(join(root, path)))
      : [],
  ),
];

describe('workspace dependencies', () => {
  it('pins one exact version of each direct dependency across the workspace', () => {
    const versions = new Map();
    for (const path of manifests) {
      const manifest = JSON.parse(readFileSync(join(root, path), 'utf8'));
      // A peer dependency is a range by nature (the page's React, whichever version it runs): it must
      // also be a pinned devDependency of the same package, which the tests run against.
      for (const [name] of Object.entries(manifest.peerDependencies ?? {})) {
        assert.ok(manifest.devDependencies?.[name], `${path} peerDependencies.${name} is not among its devDependencies, so no test runs it`);
      }
      for (const field of ['dependencies', 'devDependencies']) {
        for (const [name, range] of Object.entries(manifest[field] ?? {})) {
          if (range.startsWith('workspace:')) continue;
          assert.match(range, /^\d+\.\d+\.\d+(-[\w.]+)?$/, `${path} ${field}.${name} is "${range}", not an exact version`);
          const seen = versions.get(name);
          assert.ok(!seen || seen.range === range, `${name} is ${range} in ${path} but ${seen?.range} in ${seen?.path}`);
          versions.set(name, { range, path });
        }
      }
    }
    assert.ok(versions.size > 10);
  });
});
