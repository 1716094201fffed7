import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Two builds, both minified ES modules in dist/ (scripts/check-size.mjs then holds each to its
 * gzip budget):
 *
 * - `vite build`: dist/sav-elements.js, one self-contained file with Lit and every customer-facing
 *   component, for a retailer who loads everything with a single `<script type="module">`. Its budget
 *   is 84 KiB gzip: the warranty check and the booking took 37 KiB (Lit about 6 of them), the
 *   ticket tracker adds about 19 KiB (7 KiB of it its strings in four languages), the
 *   reintervention terms about 9 KiB (4 KiB of it their strings in four languages) and the completion
 *   certificate about 13 KiB (its strings in four languages, the job's view, the signing and declining
 *   forms, the signature pad), and the warranty check's legal layer with its Dutch and Chinese 2 KiB: 80 KiB. The certificate stays in it rather than in a second bundle:
 *   the all-in-one file promises every customer-facing component, and a page that counts its bytes
 *   (an installer platform signing on a tablet, a shop's product page) loads one component's file
 *   instead, with the chunks they share:
 * - `vite build --mode components`: dist/sav-warranty-check.js, dist/sav-booking.js,
 *   dist/sav-ticket-tracker.js, dist/sav-reintervention-terms.js and dist/sav-completion-certificate.js, one entry per component, with what they share (Lit, the client,
 *   the shared strings and styles) in dist/chunks/, which the browser fetches once for every
 *   component on the page. Each entry's budget counts the entry and every chunk it imports.
 */
const components = {
  'sav-warranty-check': source('./src/components/warranty-check/warranty-check.ts'),
  'sav-booking': source('./src/components/booking/booking.ts'),
  'sav-ticket-tracker': source('./src/components/ticket-tracker/ticket-tracker.ts'),
  'sav-reintervention-terms': source('./src/components/reintervention-terms/reintervention-terms.ts'),
  'sav-completion-certificate': source('./src/components/completion-certificate/completion-certificate.ts'),
};

export default defineConfig(({ mode }) => {
  const perComponent = mode === 'components';
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
        ? { entry: components, formats: ['es'], fileName: (_format, name) => `${name}.js` }
        : { entry: source('./src/index.ts'), formats: ['es'], fileName: () => 'sav-elements.js' },
      rolldownOptions: {
        // Vite keeps the whitespace of an ES library (for a bundler downstream); these files go to
        // browsers as they are, so minify them whole.
        output: perComponent ? { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } : { minify: true },
      },
    },
  };
});
