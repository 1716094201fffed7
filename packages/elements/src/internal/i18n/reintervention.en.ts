/**
 * `<sav-reintervention-terms>`'s English strings for the terms, the calculator and its checks, and
 * the quote's words: a chunk of its own, fetched with the code that shows them (the component's
 * lazy part), not with the component. The rest of English, what the first render shows, is in
 * ../i18n.reintervention.ts; the other languages' chunks hold both.
 */
const en = {
  'terms.title': 'Return visits: who pays?',
  'terms.intro': 'When an installer has to come back after the job, who pays depends on what caused it and on how long the visit lasts at the customer’s.',
  'terms.rate': 'Rate: {rate} excl. tax an hour.',
  'terms.threshold': 'Billable only beyond {duration} at the customer’s: a visit of {duration} or less stays at the installer’s expense.',
  'terms.causes': 'Who pays, by cause (beyond {duration}):',
  'terms.billedTo': '{cause}: billed to {payer}.',
  'terms.notBilled': '{cause}: not billed, at the installer’s expense.',
  'terms.installer': '{cause}: never billed, whatever the time spent: always at the installer’s expense.',
  'count.PER_MINUTE': 'Once beyond the threshold, the whole visit is billed from the first minute, to the minute.',
  'count.PER_STARTED_QUARTER_HOUR': 'Once beyond the threshold, the whole visit is billed from the first minute, per started quarter hour.',
  'terms.vat': 'VAT: {percent} ({country}), added to the amount excl. tax.',
  'calc.title': 'Work out a return visit',
  'calc.cause': 'What caused the return visit?',
  'calc.duration': 'Time at the customer’s',
  'calc.duration.hint': 'From arrival to departure: hours and minutes, or minutes only (at most 24 hours).',
  'calc.hours': 'Hours',
  'calc.minutes': 'Minutes',
  'calc.submit': 'Work out who pays',
  'calc.busy': 'Working it out…',
  'payer.SUPPLIER': 'the supplier',
  'payer.DESIGNER': 'the kitchen designer',
  'payer.INSTALLER': 'the installer',
  'calc.duration.missing': 'Enter how long the visit lasted.',
  'calc.hours.invalid': 'Enter the hours as a whole number, 0 or more (for example 1).',
  'calc.minutes.invalid': 'Enter the minutes as a whole number, 0 or more (for example 30).',
  'why.INSTALLER_CAUSE': 'Not billable: the return visit is due to the installer’s own work. It stays at the installer’s expense, however long it takes.',
  'why.WITHIN_THRESHOLD': 'Not billable: {presence} at the customer’s does not exceed the {threshold} threshold. The return visit stays at the installer’s expense.',
  'why.CAUSE_NOT_BILLABLE': 'Not billable: the network’s terms do not bill a return visit due to this cause. It stays at the installer’s expense.',
  'why.BILLED': 'Billable to {payer}: the return visit lasted {presence}, more than the {threshold} threshold, so the whole visit is billed ({billed}) at {rate} excl. tax an hour: {exclTax} excl. tax, VAT {vat}, {inclTax} incl. tax.',
} as const;

export default en;
