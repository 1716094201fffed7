import { define } from '../../internal/define.js';
import { SavBooking } from './booking.component.js';

export * from './booking.component.js';
export * from '../../events/sav-booking-submitted.js';
export * from '../../events/sav-booking-confirmed.js';
export * from '../../events/sav-booking-failed.js';

define('sav-booking', SavBooking);

declare global {
  interface HTMLElementTagNameMap {
    'sav-booking': SavBooking;
  }
}
