import { define } from '../../internal/define.js';
import { SavWarrantyCheck } from './warranty-check.component.js';

export * from './warranty-check.component.js';
export * from '../../events/sav-warranty-checked.js';

define('sav-warranty-check', SavWarrantyCheck);

declare global {
  interface HTMLElementTagNameMap {
    'sav-warranty-check': SavWarrantyCheck;
  }
}
