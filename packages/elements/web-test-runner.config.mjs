// Browser tests in Debian's Chromium (no browser download): see docs/architecture.md.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const gatewayUrl = process.env.SAV_TEST_API ?? '';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  // Lit's one-line dev-mode notice in every file is noise; its real warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  concurrency: 1,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // The components' templates minified as the build ships them (scripts/minify-templates.mjs),
    // after esbuild has made the TypeScript JavaScript; the tests' own fixtures are left as written.
    {
      name: 'sav-minify-templates',
      transform(context) {
        if (!/\/packages\/elements\/src\/.*(?<!\.test)\.ts$/.test(context.path) || typeof context.body !== 'string') return undefined;
        const minified = minifyTemplates(context.body, context.path, 'js');
        return minified ? { body: minified.code } : undefined;
      },
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  // The real gateway's URL for the *.gateway.test.ts files, which skip themselves without it.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>SAV elements tests</title></head>
  <body>
    <script>window.__SAV_TEST_API__ = ${JSON.stringify(gatewayUrl || null)};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
