import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { SavReinterventionQuotedEvent, SavWarrantyCheckedEvent } from '@sav/elements';

const STATUS_WORDS: Record<string, string> = {
  COVERED: 'covered',
  PARTLY_COVERED: 'partly covered',
  EXPIRED: 'no longer covered',
  NO_POLICY: 'not covered by any warranty we know',
};

/**
 * A shop's product page in Angular: SAV's components are custom elements (CUSTOM_ELEMENTS_SCHEMA);
 * `[property]` bindings set their properties, `(sav-…)` bindings hear their events.
 */
@Component({
  selector: 'sav-shop',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Fridge {{ model }}</h1>
      <p>Frost-free, 350 litres. Sold with the maker's warranty and our after-sales service.</p>

      <h2>Is my fridge still under warranty?</h2>
      <sav-warranty-check [publishableKey]="publishableKey" [productModel]="model" country="FR" (sav-warranty-checked)="checked($event)"></sav-warranty-check>
      <p id="check-summary" aria-live="polite">{{ summary() }}</p>

      <h2>Our installers' return visits</h2>
      <sav-reintervention-terms [publishableKey]="publishableKey" (sav-reintervention-quoted)="quoted($event)"></sav-reintervention-terms>
      @if (quote(); as text) {
        <p id="quote-summary">{{ text }}</p>
      }
    </main>
  `,
})
export class ShopComponent {
  /** The demo tenant's public key: issue your own with `sav keys issue`. */
  readonly publishableKey = 'pk_demo';
  readonly model = 'HRF-DEMO-1';
  readonly summary = signal('');
  readonly quote = signal('');

  checked(event: Event): void {
    const { detail } = event as SavWarrantyCheckedEvent;
    this.summary.set(`Your ${detail.productModel} bought on ${detail.purchaseDate} is ${STATUS_WORDS[detail.status] ?? detail.status}.`);
  }

  quoted(event: Event): void {
    const { detail } = event as SavReinterventionQuotedEvent;
    this.quote.set(detail.billable ? `${detail.payer} pays ${detail.amountInclTax.amount} ${detail.amountInclTax.currency}.` : 'The installer bears the cost.');
  }
}
