/**
 * `<sav-warranty-check>`'s English strings for its result (the coverages, remedies, legal rights):
 * a chunk of its own, fetched with the code that shows them (the component's lazy part), not with
 * the component. The rest of English, what the first render shows, is in ../i18n.warranty.ts; the
 * other languages' chunks hold both.
 */
const en = {
  'coverages.title': 'What is covered, part by part',
  'coverages.part': 'Part',
  'coverages.until': 'Covered until',
  'coverages.state': 'Status',
  'coverages.active': 'Covered',
  'coverages.ended': 'Ended',
  'coverages.extended': 'extended by {days} days for repairs',
  'coverages.extendedOne': 'extended by 1 day for repairs',
  'coverages.none': 'No part is covered.',
  'remedies.title': 'What you can ask for now',
  'remedies.RETURN': 'Return it and get your money back, until {date}.',
  'remedies.EXCHANGE': 'Exchange it for a new one, until {date}.',
  'remedies.REPAIR': 'Have it repaired free of charge, until {date}.',
  'remedies.none': 'No free return, exchange or repair applies any more.',
  'exclusions.title': 'What voids free service',
  'exclusions.intro': 'Repairs are not free in these cases:',
  'paidRepair.available': 'Paid repair stays available at any time, even when the warranty does not apply.',
  'legal.title': 'Your rights under the law',
  'legal.intro': "Apart from the maker's warranty, the law where you bought it gives you these rights.",
  'usageAdvice.title': 'How to avoid breakdowns',
  'usageAdvice.intro': 'A few tips for your {product}.',
  'legal.until': 'Until {date}.',
  'legal.endedOn': 'Ended on {date}.',
  'legal.noEnd': 'No fixed end date.',
  'legal.presumedUntil': 'A defect is presumed to have been there at delivery until {date}.',
  'legal.extendedByRepair': 'Extended after a repair under it.',
  'legal.source': 'Source: {source}',
  'legal.kind.CONFORMITY': 'Legal guarantee of conformity',
  'legal.kind.HIDDEN_DEFECTS': 'Guarantee against hidden defects',
  'legal.kind.THREE_GUARANTEES': 'Three guarantees (三包)',
  'legal.kind.MANUFACTURER_REPAIR': "Manufacturer's duty to repair",
  'legal.kind.REPAIR_BONUS': 'Repair bonus',
  'legal.jurisdiction.EU': 'European Union',
  'legal.liable.SELLER': 'Answered by the seller',
  'legal.liable.MANUFACTURER': 'Answered by the manufacturer',
  'legal.remediesOpen': 'You may ask for: {remedies}.',
  'legal.remedy.RETURN': 'return',
  'legal.remedy.EXCHANGE': 'exchange',
  'legal.remedy.REPAIR': 'repair',
  'legal.remedy.REPLACEMENT': 'replacement',
  'legal.remedy.PRICE_REDUCTION': 'price reduction',
  'legal.remedy.REFUND': 'refund',
  'legal.bonus': 'Bonus: {amount}',
  'recourse.title': 'Who to turn to now',
} as const;

export default en;
