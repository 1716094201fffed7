// Registers SAV's custom elements (the page could as well load sav-elements.js with a script tag).
import '@sav/elements';
import { bootstrapApplication } from '@angular/platform-browser';
import { ShopComponent } from './shop.component';

bootstrapApplication(ShopComponent).catch((error: unknown) => console.error(error));
