import { define } from '../../internal/define.js';
import { SavTicketTracker } from './ticket-tracker.component.js';

export * from './ticket-tracker.component.js';
export * from '../../events/sav-ticket-found.js';
export * from '../../events/sav-ticket-updated.js';
export * from '../../events/sav-quote-answered.js';
export * from '../../events/sav-repair-rated.js';
export * from '../../events/sav-calendar-downloaded.js';
export * from '../../events/sav-ticket-action-failed.js';

define('sav-ticket-tracker', SavTicketTracker);

declare global {
  interface HTMLElementTagNameMap {
    'sav-ticket-tracker': SavTicketTracker;
  }
}
