// The booking's steps after the first (the address, the windows, the contact, the review) and its
// confirmation: fetched once the first step is shown (LazyPart), not with the component.
import { calendarStyles } from './booking.calendar.styles.js';
import { summaryStyles } from './booking.summary.styles.js';

export { renderConfirmation, copyTrackingCode } from './booking.confirmation.js';
export { renderAddressStep, renderContactStep } from './booking.contact.js';
export { renderReviewStep } from './booking.review.js';
export { renderWindowStep } from './booking.window.js';

/** Adopted into the component's shadow root when the part arrives (after its own styles). */
export const partStyles = [calendarStyles, summaryStyles];
