import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * The Vue shop, built into app/ and served by the gateway with the other examples at
 * /vue-shop/app/. Vue is told that `sav-*` tags are custom elements, not Vue components: it then
 * sets their properties and listens to their events as for any element.
 */
export default defineConfig({
  root: 'src',
  base: '/vue-shop/app/',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sav-') } } })],
  build: { outDir: '../app', emptyOutDir: true },
});
