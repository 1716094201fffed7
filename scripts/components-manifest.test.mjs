// packages/elements/custom-elements.json (what editors, Storybook and docs/components read) is what
// the analyzer writes from the components' JSDoc today: a component changed without
// `pnpm --filter @sav/elements manifest` fails here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const elements = fileURLToPath(new URL('../packages/elements/', import.meta.url));

describe('the components manifest', () => {
  it('is current with the components’ JSDoc', () => {
    const out = mkdtempSync(join(tmpdir(), 'sav-manifest-'));
    try {
      // The package's own configuration, writing elsewhere (the analyzer joins outdir to its working
      // folder) and leaving package.json alone (it points package.json at what it wrote).
      const config = join(out, 'check.config.mjs');
      const base = pathToFileURL(join(elements, 'custom-elements-manifest.config.mjs')).href;
      writeFileSync(config, `import base from ${JSON.stringify(base)};\nexport default { ...base, outdir: ${JSON.stringify(relative(elements, out))}, packagejson: false };\n`);
      execFileSync(join(elements, 'node_modules/.bin/cem'), ['analyze', '--config', config], { cwd: elements, stdio: 'pipe' });
      const fresh = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
      const committed = JSON.parse(readFileSync(join(elements, 'custom-elements.json'), 'utf8'));
      assert.deepEqual(committed, fresh, 'packages/elements/custom-elements.json is stale: run `pnpm run docs` (it writes the manifest, then docs/)');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
