import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * One ESM file a retailer loads with a single `<script type="module">`: Lit and every
 * customer-facing component, minified (dist/sav-elements.js). scripts/check-size.mjs then holds
 * its gzip size to the budget.
 */
export default defineConfig({
  // The library has no public folder nor HTML entry.
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    reportCompressedSize: true,
    // Library mode bundles every dependency, Lit included, unless told otherwise: the page loads nothing else.
    lib: {
      entry: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'sav-elements.js',
    },
    rolldownOptions: {
      // Vite keeps the whitespace of an ES library (for a bundler downstream); this file goes to
      // browsers as it is, so minify it whole.
      output: { minify: true },
    },
  },
});
