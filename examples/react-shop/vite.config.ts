import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The React shop, built into app/ and served by the gateway with the other examples at
 * /react-shop/app/ (its sources are in src/; the gateway answers /graphql on the same origin).
 */
export default defineConfig({
  root: 'src',
  base: '/react-shop/app/',
  plugins: [react()],
  build: { outDir: '../app', emptyOutDir: true },
});
