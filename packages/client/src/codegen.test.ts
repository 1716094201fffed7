import { generate } from '@graphql-codegen/cli';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { codegenConfig } from '../codegen.js';

const committedDirectory = fileURLToPath(new URL('./generated/', import.meta.url));

test('the committed codegen output matches what `pnpm codegen` would produce now', async () => {
  const temporaryDirectory = await mkdtemp(join(tmpdir(), 'sav-client-codegen-'));
  try {
    const outputDirectory = `${temporaryDirectory}/`;
    const files = (await generate(codegenConfig(outputDirectory), false)) as Array<{ filename: string; content: string }>;
    assert.ok(files.length > 0, 'codegen produced no file');

    const expected = new Map(files.map((file) => [file.filename.slice(outputDirectory.length), file.content]));
    const committed = (await readdir(committedDirectory)).sort();
    assert.deepEqual(
      committed,
      [...expected.keys()].sort(),
      'the files in src/generated differ from the ones codegen produces: run `pnpm --filter @sav/client codegen`',
    );
    for (const [name, content] of expected) {
      const current = await readFile(join(committedDirectory, name), 'utf8');
      assert.equal(current, content, `src/generated/${name} is stale: run \`pnpm --filter @sav/client codegen\``);
    }
  } finally {
    await rm(temporaryDirectory, { recursive: true, force: true });
  }
});
