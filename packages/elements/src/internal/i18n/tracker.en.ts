/**
 * `<sav-ticket-tracker>`'s English strings for a ticket (its next step, quote, advice, timeline):
 * a chunk of its own, fetched with the code that shows them (the component's lazy part), not with
 * the component. The rest of English, what the first render shows, is in ../i18n.tracker.ts; the
 * other languages' chunks hold both.
 */
const en = {
  'next.title': 'Next step',
  'next.who': 'Who acts',
  'next.VERIFY_REQUEST': 'The service desk checks your request.',
  'next.DIAGNOSE': 'The service desk analyses the fault.',
  'next.SCHEDULE_VISIT': 'The service desk books a visit.',
  'next.BRING_DEVICE': 'Bring the appliance to the workshop at the time booked.',
  'next.AWAIT_VISIT': 'The technician comes at the appointment.',
  'next.AWAIT_ARRIVAL': 'The technician arrives soon.',
  'next.REPAIR': 'The technician repairs the appliance.',
  'next.ANSWER_QUOTE': 'Accept or decline the quote.',
  'next.AWAIT_PARTS': 'The spare parts are on order.',
  'next.RATE_REPAIR': 'Tell us how the repair went.',
  'next.NONE': 'Nothing left to do.',
  'actor.CUSTOMER': 'You',
  'actor.SERVICE_DESK': 'The service desk',
  'actor.TECHNICIAN': 'The technician',
  'actor.SYSTEM': 'SAV, automatically',
  'tech.title': 'Your technician',
  'tech.badge': 'Badge number {badge}',
  'tech.photo': 'Photo of {name}',
  'line.CALL_OUT': 'Call-out fee',
  'line.LABOUR': 'Labour',
  'line.PART': 'Part: {part}',
  'line.REPAIR_BONUS': 'Repair bonus (France), deducted by a QualiRépar-labelled repairer',
  'advice.title': 'Repair or replace?',
  'advice.REPAIR': 'We advise repairing it.',
  'advice.REPLACE': 'We advise replacing it.',
  'usageAdvice.title': 'How to avoid breakdowns',
  'usageAdvice.intro': 'A few tips for your {product}.',
  'ratings.title': 'Your ratings',
  'ratings.item': '{score} out of 5, {date}',
  'timeline.title': 'History',
  'event.CREATED': 'Request received',
  'event.DELAY_REPORTED': 'The technician reported a delay',
  'event.VISIT_SCHEDULED': 'Visit booked',
  'event.DEVICE_RECEIVED': 'Appliance received at the workshop',
  'event.DIAGNOSIS_UPDATED': 'Diagnosis updated',
  'event.QUOTE_SENT': 'Quote sent',
  'event.QUOTE_ACCEPTED': 'Quote accepted',
  'event.QUOTE_DECLINED': 'Quote declined',
  'event.RATED': 'Repair rated',
  'event.ROUTED': 'Repair entrusted to a partner workshop',
} as const;

export default en;
