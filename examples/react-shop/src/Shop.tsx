import { SavBooking, SavWarrantyCheck } from '@sav/elements/react';
import type { SavBookingConfirmedEvent, SavWarrantyCheckedEvent } from '@sav/elements';
import { useState } from 'react';

/** The demo tenant's public key: issue your own with `sav keys issue`. */
const PUBLISHABLE_KEY = 'pk_demo';
const MODEL = 'HRF-DEMO-1';

const STATUS_WORDS: Record<string, string> = {
  COVERED: 'covered',
  PARTLY_COVERED: 'partly covered',
  EXPIRED: 'no longer covered',
  NO_POLICY: 'not covered by any warranty we know',
};

/**
 * A shop's product page in React: SAV's warranty check, then its booking once the customer asks
 * for a repair. The page follows both through their events, as typed React props.
 */
export function Shop() {
  const [check, setCheck] = useState<SavWarrantyCheckedEvent['detail'] | null>(null);
  const [booked, setBooked] = useState<string | null>(null);
  const [wantsRepair, setWantsRepair] = useState(false);

  return (
    <main>
      <h1>Fridge {MODEL}</h1>
      <p>Frost-free, 350 litres. Sold with the maker's warranty and our after-sales service.</p>

      <h2>Is my fridge still under warranty?</h2>
      <SavWarrantyCheck publishableKey={PUBLISHABLE_KEY} productModel={MODEL} country="FR" onWarrantyChecked={(event) => setCheck(event.detail)} />
      <p id="check-summary" aria-live="polite">
        {check ? `Your ${check.productModel} bought on ${check.purchaseDate} is ${STATUS_WORDS[check.status] ?? check.status}.` : ''}
      </p>

      {wantsRepair ? (
        <>
          <h2>Book a repair</h2>
          <SavBooking publishableKey={PUBLISHABLE_KEY} productModel={MODEL} country="FR" onBookingConfirmed={(event: SavBookingConfirmedEvent) => setBooked(event.detail.trackingCode)} />
          {booked ? <p id="booking-summary">Booked: keep your tracking code {booked}.</p> : null}
        </>
      ) : (
        <button type="button" id="ask-repair" onClick={() => setWantsRepair(true)}>
          My fridge needs a repair
        </button>
      )}
    </main>
  );
}
