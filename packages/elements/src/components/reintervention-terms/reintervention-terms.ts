import { define } from '../../internal/define.js';
import { SavReinterventionTerms } from './reintervention-terms.component.js';

export * from './reintervention-terms.component.js';
export * from '../../events/sav-reintervention-quoted.js';

define('sav-reintervention-terms', SavReinterventionTerms);

declare global {
  interface HTMLElementTagNameMap {
    'sav-reintervention-terms': SavReinterventionTerms;
  }
}
