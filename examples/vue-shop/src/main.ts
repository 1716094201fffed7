// Registers SAV's custom elements (the page could as well load dist/sav-elements.js with a script tag).
import '@sav/elements';
import { createApp } from 'vue';
import Shop from './Shop.vue';

createApp(Shop).mount('#app');
