/**
 * SAV's web components. Importing this module registers every customer-facing element
 * (skipping a tag a previous copy already registered).
 */
export * from './components/warranty-check/warranty-check.js';
export * from './components/booking/booking.js';
export * from './components/ticket-tracker/ticket-tracker.js';
export * from './components/reintervention-terms/reintervention-terms.js';
export * from './components/completion-certificate/completion-certificate.js';
export { define } from './internal/define.js';
// The back office's <sav-quality-report> is not here (no shop needs it in its bundle): import
// '@sav/elements/components/quality-report/quality-report.js', or load dist/sav-quality-report.js.
