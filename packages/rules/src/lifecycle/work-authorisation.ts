/**
 * Seed 001, step 5: no charge without the customer's agreement. Work on a product the warranty
 * does not wholly cover proceeds only once the customer has accepted a quote.
 */
import { accept, type Decision, refuse } from '../rule-violation.js';

export type QuoteAnswer = 'PENDING' | 'ACCEPTED' | 'DECLINED';

export interface WorkFacts {
  /** The warranty status the ticket carries: COVERED, PARTLY_COVERED, EXPIRED, NO_POLICY, or null if unknown. */
  readonly warrantyStatus: string | null;
  /** The latest quote's state, null when none was sent. */
  readonly latestQuote: QuoteAnswer | null;
  /** The seller's legal guarantee (or China's three guarantees) covers the unit today: the repair is free by law. */
  readonly legalGuaranteeCovers?: boolean;
}

/** Whether the technician may start (or finish) repair work that could be charged. */
export function checkWorkMayProceed(facts: WorkFacts): Decision<true> {
  if (facts.warrantyStatus === 'COVERED') return accept(true);
  // A quote means the desk found the fault outside the legal guarantee (misuse, accident): the customer's answer rules.
  if (facts.legalGuaranteeCovers && facts.latestQuote === null) return accept(true);
  if (facts.latestQuote === 'ACCEPTED') return accept(true);
  if (facts.latestQuote === 'PENDING') return refuse('QUOTE_PENDING', 'The customer has not answered the quote yet: no chargeable work before they accept it.', ['status']);
  if (facts.latestQuote === 'DECLINED') return refuse('QUOTE_DECLINED', 'The customer declined the quote: record the ticket as not repaired, or send a new quote.', ['status']);
  return refuse('QUOTE_REQUIRED', 'The warranty does not cover this repair in full: send the customer a quote and wait for their agreement.', ['status']);
}

/** A quote can be answered once, while pending. */
export function checkQuoteAnswerable(status: QuoteAnswer): Decision<true> {
  if (status !== 'PENDING') return refuse('QUOTE_ALREADY_ANSWERED', `This quote was already ${status.toLowerCase()}.`, ['accept']);
  return accept(true);
}
