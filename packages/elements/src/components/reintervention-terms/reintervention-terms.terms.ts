// The terms' view (the terms in words, the calculator, its result): fetched once the loading line
// is shown (LazyPart), not with the component; the loaded terms wait for it.
import { termsStyles } from './reintervention-terms.terms.styles.js';

export { renderCalculator, renderResult, renderTerms } from './reintervention-terms.view.js';
// The calculator's checks and its quote's announcement (QuoteTools), needed only with the calculator.
export { checkDuration } from './reintervention-terms.duration.js';
export { announcementOf } from './reintervention-terms.words.js';

/** Adopted into the component's shadow root when the part arrives. */
export const partStyles = [termsStyles];
