// The workspace's own promises: one exact version of each direct dependency across packages.
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
      for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
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
