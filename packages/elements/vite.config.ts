import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Two builds, both minified ES modules in dist/ (`pnpm size`, scripts/check-size.mjs, then holds
 * each to its gzip budget):
 *
 * - `vite build`: dist/sav-elements.js, every customer-facing component with Lit, for a retailer
 *   who loads everything with a single `<script type="module">`.
 * - `vite build --mode components`: dist/sav-warranty-check.js, dist/sav-booking.js,
 *   dist/sav-ticket-tracker.js, dist/sav-reintervention-terms.js and
 *   dist/sav-completion-certificate.js, one entry per component, with what they share (Lit, the
 *   client, the shared strings and styles) in dist/chunks/, which the browser fetches once for every
 *   component on the page.
 *
 * Both put in dist/chunks/ what a component fetches only when it needs it, with `import()`: the
 * strings of each language but English (i18n/<catalog>.<language>.ts), fetched when a component
 * speaks it; and what it shows only after a user action or an answer (the booking's later steps,
 * the warranty result, the ticket, the certificate's job, the terms: internal/lazy-part.ts), with
 * its CSS and its English (i18n/<catalog>.en.ts), fetched once the first render is done; and the
 * appearance (internal/appearance.theme.ts: a theme's palette, the variables, their warnings),
 * fetched only once a page sets `appearance` or `theme`. The browser resolves those relative to
 * the entry's own URL, so dist/ is served as a whole. The
 * templates' indentation is minified too (scripts/minify-templates.mjs).
 */
const components = {
  'sav-warranty-check': source('./src/components/warranty-check/warranty-check.ts'),
  'sav-booking': source('./src/components/booking/booking.ts'),
  'sav-ticket-tracker': source('./src/components/ticket-tracker/ticket-tracker.ts'),
  'sav-reintervention-terms': source('./src/components/reintervention-terms/reintervention-terms.ts'),
  'sav-completion-certificate': source('./src/components/completion-certificate/completion-certificate.ts'),
};

/**
 * The back office's component, built on its own (`vite build --mode back-office`): a back office
 * loads none of the customer-facing components, so it shares no chunk with them (sharing would
 * split theirs, and every shop would fetch more files), and it is not in dist/sav-elements.js.
 */
const backOfficeComponents = {
  'sav-quality-report': source('./src/components/quality-report/quality-report.ts'),
};

export default defineConfig(({ mode }) => {
  const perComponent = mode === 'components' || mode === 'back-office';
  const entries = mode === 'back-office' ? backOfficeComponents : components;
  return {
    // The library has no public folder nor HTML entry.
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: 'dist',
      // The all-in-one build empties dist/; the per-component build runs after it and adds its files.
      emptyOutDir: !perComponent,
      minify: true,
      sourcemap: true,
      reportCompressedSize: true,
      // Library mode bundles every dependency, Lit included, unless told otherwise: the page loads nothing else.
      lib: perComponent
        ? { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` }
        : { entry: source('./src/index.ts'), formats: ['es'], fileName: () => 'sav-elements.js' },
      rolldownOptions: {
        // What an entry shares with the parts it fetches later stays in the entry (the part imports
        // it from there) rather than in a common chunk beside it: one file less to wait for.
        preserveEntrySignatures: 'allow-extension',
        // Vite keeps the whitespace of an ES library (for a bundler downstream); these files go to
        // browsers as they are, so minify them whole.
        output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
    plugins: [minifyTemplatesPlugin()],
  };
});
