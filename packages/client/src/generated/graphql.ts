/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  line1: string;
  line2?: string | null | undefined;
  postalCode: string;
};

export type AnswerQuoteInput = {
  accept: boolean;
  access: CustomerTicketAccessInput;
  note?: string | null | undefined;
  /** The quote answered: an answer to an older quote changes nothing. */
  quoteId: string | number;
};

export type AvailableSlotsInput = {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** 1 to 31. */
  days: number;
  from: string;
  postalCode: string;
  productModel: string;
  /** Symptom codes, which set the expected visit length. */
  symptoms?: Array<string> | null | undefined;
};

/** PER_MINUTE: the whole presence from the first minute, prorated; PER_STARTED_QUARTER_HOUR: each started quarter hour. */
export type BillingGranularity =
  | 'PER_MINUTE'
  | 'PER_STARTED_QUARTER_HOUR';

export type CertificateStatus =
  | 'AWAITING_SIGNATURE'
  | 'DECLINED'
  | 'SIGNED';

export type CustomerInput = {
  address: AddressInput;
  email: string;
  name: string;
  /** Any usual form; stored in E.164. */
  phone: string;
};

/** How the customer reaches their ticket: the tracking code with the postal code of the address, or the signed link. */
export type CustomerTicketAccessInput = {
  /** The token of the confirmation link (Ticket.link). */
  link?: string | null | undefined;
  postalCode?: string | null | undefined;
  trackingCode?: string | null | undefined;
};

/** What caused the reintervention, set after diagnosis: the supplies, the kitchen designer's work, or the installer's own. */
export type DefectCause =
  | 'DESIGNER'
  | 'INSTALLER'
  | 'SUPPLIES';

export type DropOffSlotsInput = {
  /** 1 to 31. */
  days: number;
  from: string;
  workshopId: string | number;
};

export type GoodsCondition =
  | 'NEW'
  | 'USED';

/** What the law lets the customer ask for: RETURN and EXCHANGE (China, in the first days), REPAIR, REPLACEMENT, PRICE_REDUCTION, REFUND. */
export type LegalRemedyKind =
  | 'EXCHANGE'
  | 'PRICE_REDUCTION'
  | 'REFUND'
  | 'REPAIR'
  | 'REPLACEMENT'
  | 'RETURN';

/** What happens next, as a code each page words in its own language. */
export type NextStepCode =
  | 'ANSWER_QUOTE'
  | 'AWAIT_ARRIVAL'
  | 'AWAIT_PARTS'
  | 'AWAIT_VISIT'
  | 'BRING_DEVICE'
  | 'DIAGNOSE'
  | 'NONE'
  | 'RATE_REPAIR'
  | 'REPAIR'
  | 'SCHEDULE_VISIT'
  | 'VERIFY_REQUEST';

/** What a quality report covers: tickets created from `from` to `to` (both included, in the tenant's zone; at most 5 years), of the models, category and country given (none: all). */
export type QualityReportInput = {
  /** A product category (REFRIGERATOR, AIR_CONDITIONER…). */
  category?: string | null | undefined;
  /** ISO 3166-1 alpha-2: tickets repaired there, units sold there. */
  country?: string | null | undefined;
  /** First day of ticket creation covered; none: from the first ticket. */
  from?: string | null | undefined;
  /** Catalogue model codes (HRF-DEMO-1…); none: every model. */
  productModels?: Array<string> | null | undefined;
  /** A part replaced on this many different units of one model, or more, is a repeated defect; default 3. */
  repeatThreshold?: number | null | undefined;
  /** Last day covered, included; none: up to now. Units sold count up to this day. */
  to?: string | null | undefined;
};

/** REPAIR_BONUS: France's bonus réparation, deducted by a QualiRépar-labelled repairer (a negative amount). */
export type QuoteLineKind =
  | 'CALL_OUT'
  | 'LABOUR'
  | 'PART'
  | 'REPAIR_BONUS';

export type QuoteStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

export type RateRepairInput = {
  access: CustomerTicketAccessInput;
  /** Up to 2000 characters. */
  comment?: string | null | undefined;
  /** 1 to 5. */
  rating: number;
};

export type RatingOutcome =
  | 'CLOSED'
  | 'REOPENED';

export type RecourseLayer =
  | 'COMMERCIAL_WARRANTY'
  | 'LEGAL_GUARANTEE'
  | 'MANUFACTURER_REPAIR'
  | 'PAID_REPAIR'
  | 'REPAIR_BONUS';

/** SELLER: the shop that sold it; WARRANTOR: the maker's service (this one); MANUFACTURER; LABELLED_REPAIRER: a QualiRépar repairer. */
export type RecourseParty =
  | 'LABELLED_REPAIRER'
  | 'MANUFACTURER'
  | 'SELLER'
  | 'WARRANTOR';

/** Who pays: the supplier, the kitchen designer, or the installer (its own cost). */
export type ReinterventionPayer =
  | 'DESIGNER'
  | 'INSTALLER'
  | 'SUPPLIER';

export type ReinterventionQuoteInput = {
  /** Judge under the terms in force then (a job keeps the terms of the day it was signed); default now. */
  at?: string | null | undefined;
  cause: DefectCause;
  /** Where the job is (its VAT); the network's own country by default. */
  country?: string | null | undefined;
  /** Minutes at the customer's, from arrival to departure: 0 to 1440. */
  presenceMinutes: number;
};

/** The rule that decided: the installer's own cause, a presence within the threshold, a cause these terms do not bill, or billed. */
export type ReinterventionRule =
  | 'BILLED'
  | 'CAUSE_NOT_BILLABLE'
  | 'INSTALLER_CAUSE'
  | 'WITHIN_THRESHOLD';

export type RemedyKind =
  | 'EXCHANGE'
  | 'REPAIR'
  | 'RETURN';

export type RepairAdviceCode =
  | 'REPAIR'
  | 'REPLACE';

export type RepairAdviceReason =
  | 'NOT_REPAIRABLE'
  | 'NO_REPLACEMENT_PRICE'
  | 'TOO_COSTLY'
  | 'WORTH_REPAIRING';

export type RepairEstimateInput = {
  city?: string | null | undefined;
  country?: string | null | undefined;
  fault?: string | null | undefined;
  productModel: string;
  purchaseDate?: string | null | undefined;
  serialNumber?: string | null | undefined;
  symptoms?: Array<string> | null | undefined;
};

/** Where the repair is expected to happen: at the customer's home, or in the workshop. */
export type RepairLocation =
  | 'HOME'
  | 'WORKSHOP';

export type RequestRepairInput = {
  customer: CustomerInput;
  /** The fault in the customer's words, 3 to 2000 characters. */
  fault: string;
  /** The same key sent twice gives the same ticket and books once. */
  idempotencyKey?: string | null | undefined;
  productModel: string;
  purchaseDate?: string | null | undefined;
  serialNumber?: string | null | undefined;
  /** The start of an arrival window from availableSlots. */
  slotStart: string;
  /** Symptom codes chosen in the form. */
  symptoms?: Array<string> | null | undefined;
  /** Drop the device off at this workshop instead of a visit; slotStart is then one of its dropOffSlots. */
  workshopId?: string | number | null | undefined;
};

/** Who must act on a remaining item. */
export type ReserveParty =
  | 'CUSTOMER'
  | 'DESIGNER'
  | 'INSTALLER'
  | 'SUPPLIER';

export type SignCompletionCertificateInput = {
  link: string;
  /** Signed at the customer's with the installer present, or remotely. */
  onSite: boolean;
  /** Where it is signed. */
  place: string;
  /** TYPED: the signer's name; DRAWN: SVG path data, up to 100000 characters. */
  signature: string;
  signatureKind: SignatureKind;
  signerName: string;
};

/** TYPED: the signer's name as typed; DRAWN: SVG path data of the strokes. */
export type SignatureKind =
  | 'DRAWN'
  | 'TYPED';

/** Who takes a step: the customer, the service desk, the technician, or SAV itself. */
export type TicketActor =
  | 'CUSTOMER'
  | 'SERVICE_DESK'
  | 'SYSTEM'
  | 'TECHNICIAN';

export type TicketEventKind =
  | 'CREATED'
  | 'DELAY_REPORTED'
  | 'DEVICE_RECEIVED'
  | 'DIAGNOSIS_UPDATED'
  | 'QUOTE_ACCEPTED'
  | 'QUOTE_DECLINED'
  | 'QUOTE_SENT'
  | 'RATED'
  | 'ROUTED'
  | 'STATUS_CHANGED'
  | 'VISIT_SCHEDULED';

/** Where a repair stands, from the request to the satisfied customer (seed 001). */
export type TicketStatus =
  | 'AWAITING_PARTS'
  | 'CANCELLED'
  | 'CLOSED'
  | 'DIAGNOSED'
  | 'FOLLOW_UP'
  | 'NEEDS_VERIFICATION'
  | 'NOT_REPAIRABLE'
  | 'ON_SITE'
  | 'RECEIVED'
  | 'REOPENED'
  | 'REPAIRED'
  | 'REPAIRING'
  | 'SCHEDULED'
  | 'TECHNICIAN_EN_ROUTE'
  | 'VERIFIED';

/** FREQUENT_FAILURE: against a frequent cause of repairs on this model; GOOD_CARE: worth doing before anything fails. */
export type UsageTipReason =
  | 'FREQUENT_FAILURE'
  | 'GOOD_CARE';

/** A registered serial number, or a model with its purchase date. */
export type WarrantyCheckInput = {
  /** The day to judge on; default today in the tenant's zone. */
  asOf?: string | null | undefined;
  /** City where bought, for regional policies. */
  city?: string | null | undefined;
  /** NEW by default; some laws give used goods shorter periods. */
  condition?: GoodsCondition | null | undefined;
  /** ISO 3166-1 alpha-2 country where bought. */
  country?: string | null | undefined;
  /** When the goods were delivered, if later than the purchase: the law counts from delivery. */
  deliveredOn?: string | null | undefined;
  /** Or a model with a purchase date. */
  productModel?: string | null | undefined;
  purchaseDate?: string | null | undefined;
  /** A registered sale of the tenant. */
  serialNumber?: string | null | undefined;
};

/** COVERED: every cover active; PARTLY_COVERED: some; EXPIRED: a policy applies, none active; NO_POLICY: no configured policy applies. */
export type WarrantyStatus =
  | 'COVERED'
  | 'EXPIRED'
  | 'NO_POLICY'
  | 'PARTLY_COVERED';

export type RepairOptionsQueryVariables = Exact<{
  productModel: string;
}>;


export type RepairOptionsQuery = { repairOptions:
    | { __typename: 'ProductNotFound', message: string, code: string }
    | { __typename: 'RepairOptions', timeZone: string, product: { model: string, name: string, brand: string, category: string }, symptoms: Array<{ code: string, label: string }>, priceList: { currency: string, callOut: { amount: string, currency: string }, labourPerHour: { amount: string, currency: string } } | null }
   };

export type AvailableSlotsQueryVariables = Exact<{
  input: AvailableSlotsInput;
}>;


export type AvailableSlotsQuery = { availableSlots:
    | { __typename: 'AvailableSlots', visitMinutes: number, repairLocation: RepairLocation, timeZone: string, slots: Array<{ start: string, end: string, remaining: number }> }
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'OutsideServiceArea', message: string, code: string }
    | { __typename: 'ProductNotFound', message: string, code: string }
   };

export type RepairEstimateQueryVariables = Exact<{
  input: RepairEstimateInput;
}>;


export type RepairEstimateQuery = { repairEstimate:
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'ProductNotFound', message: string, code: string }
    | { __typename: 'RepairEstimate', warrantyStatus: WarrantyStatus | null, covered: boolean, likelyParts: Array<string>, repairLocation: RepairLocation, visitMinutes: number, pricedPart: string | null, explanation: string, callOut: { amount: string, currency: string } | null, labour: { amount: string, currency: string } | null, parts: { amount: string, currency: string } | null, total: { amount: string, currency: string } | null, priceList: { currency: string, callOut: { amount: string, currency: string }, labourPerHour: { amount: string, currency: string } } | null }
   };

export type RequestRepairMutationVariables = Exact<{
  input: RequestRepairInput;
}>;


export type RequestRepairMutation = { requestRepair:
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NeedsVerification', trackingCode: string, reasons: Array<string>, message: string, code: string, ticket: { trackingCode: string, status: TicketStatus, productModel: string, fault: string, symptoms: Array<string>, likelyParts: Array<string>, repairLocation: RepairLocation, visitMinutes: number, warrantyStatus: string | null, verificationReasons: Array<string>, createdAt: string, calendar: string | null, visit: { arrivalWindowStart: string, arrivalWindowEnd: string, technician: { name: string, badgeNumber: string } } | null, dropOff: { slotStart: string, slotEnd: string, workshop: { name: string, address: string } } | null } }
    | { __typename: 'ProductNotFound', message: string, code: string }
    | { __typename: 'RepairBooked', ticket: { trackingCode: string, status: TicketStatus, productModel: string, fault: string, symptoms: Array<string>, likelyParts: Array<string>, repairLocation: RepairLocation, visitMinutes: number, warrantyStatus: string | null, verificationReasons: Array<string>, createdAt: string, calendar: string | null, visit: { arrivalWindowStart: string, arrivalWindowEnd: string, technician: { name: string, badgeNumber: string } } | null, dropOff: { slotStart: string, slotEnd: string, workshop: { name: string, address: string } } | null } }
    | { __typename: 'SlotUnavailable', message: string, code: string }
   };

export type BookedTicketFragment = { trackingCode: string, status: TicketStatus, productModel: string, fault: string, symptoms: Array<string>, likelyParts: Array<string>, repairLocation: RepairLocation, visitMinutes: number, warrantyStatus: string | null, verificationReasons: Array<string>, createdAt: string, calendar: string | null, visit: { arrivalWindowStart: string, arrivalWindowEnd: string, technician: { name: string, badgeNumber: string } } | null, dropOff: { slotStart: string, slotEnd: string, workshop: { name: string, address: string } } | null };

export type CompletionCertificateQueryVariables = Exact<{
  link: string;
}>;


export type CompletionCertificateQuery = { completionCertificate:
    | { __typename: 'InstallationJob', reference: string, customerName: string, addressLine1: string, postalCode: string, city: string, country: string, designerName: string, installerName: string, supplierName: string | null, supplies: Array<string>, createdAt: string, certificate: { itemsDone: Array<string>, photoUrls: Array<string>, status: CertificateStatus, signerName: string | null, signatureKind: SignatureKind | null, signature: string | null, signedAt: string | null, signedPlace: string | null, signedRemotely: boolean | null, declineReason: string | null, reserves: Array<{ description: string, party: ReserveParty, dueOn: string }> } | null }
    | { __typename: 'JobNotFound', message: string, code: string }
   };

export type CertificateJobFieldsFragment = { reference: string, customerName: string, addressLine1: string, postalCode: string, city: string, country: string, designerName: string, installerName: string, supplierName: string | null, supplies: Array<string>, createdAt: string, certificate: { itemsDone: Array<string>, photoUrls: Array<string>, status: CertificateStatus, signerName: string | null, signatureKind: SignatureKind | null, signature: string | null, signedAt: string | null, signedPlace: string | null, signedRemotely: boolean | null, declineReason: string | null, reserves: Array<{ description: string, party: ReserveParty, dueOn: string }> } | null };

export type CompletionCertificatePdfQueryVariables = Exact<{
  link: string;
}>;


export type CompletionCertificatePdfQuery = { completionCertificate:
    | { __typename: 'InstallationJob', reference: string, certificatePdf: string }
    | { __typename: 'JobNotFound', message: string, code: string }
   };

export type SignCompletionCertificateMutationVariables = Exact<{
  input: SignCompletionCertificateInput;
}>;


export type SignCompletionCertificateMutation = { signCompletionCertificate:
    | { __typename: 'ChangeNotAllowed', message: string, code: string }
    | { __typename: 'InstallationJob', reference: string, customerName: string, addressLine1: string, postalCode: string, city: string, country: string, designerName: string, installerName: string, supplierName: string | null, supplies: Array<string>, createdAt: string, certificate: { itemsDone: Array<string>, photoUrls: Array<string>, status: CertificateStatus, signerName: string | null, signatureKind: SignatureKind | null, signature: string | null, signedAt: string | null, signedPlace: string | null, signedRemotely: boolean | null, declineReason: string | null, reserves: Array<{ description: string, party: ReserveParty, dueOn: string }> } | null }
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'JobNotFound', message: string, code: string }
   };

export type DeclineCompletionCertificateMutationVariables = Exact<{
  link: string;
  reason: string;
}>;


export type DeclineCompletionCertificateMutation = { declineCompletionCertificate:
    | { __typename: 'ChangeNotAllowed', message: string, code: string }
    | { __typename: 'InstallationJob', reference: string, customerName: string, addressLine1: string, postalCode: string, city: string, country: string, designerName: string, installerName: string, supplierName: string | null, supplies: Array<string>, createdAt: string, certificate: { itemsDone: Array<string>, photoUrls: Array<string>, status: CertificateStatus, signerName: string | null, signatureKind: SignatureKind | null, signature: string | null, signedAt: string | null, signedPlace: string | null, signedRemotely: boolean | null, declineReason: string | null, reserves: Array<{ description: string, party: ReserveParty, dueOn: string }> } | null }
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'JobNotFound', message: string, code: string }
   };

export type WorkshopsQueryVariables = Exact<{
  productModel: string;
  country: string;
}>;


export type WorkshopsQuery = { workshops:
    | { __typename: 'ProductNotFound', message: string, code: string }
    | { __typename: 'Workshops', workshops: Array<{ id: string, name: string, address: string, addressLine1: string, postalCode: string, city: string, country: string, slotMinutes: number }> }
   };

export type DropOffSlotsQueryVariables = Exact<{
  input: DropOffSlotsInput;
}>;


export type DropOffSlotsQuery = { dropOffSlots:
    | { __typename: 'DropOffSlots', timeZone: string, slots: Array<{ start: string, end: string, remaining: number }> }
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
   };

export type QualityReportQueryVariables = Exact<{
  input: QualityReportInput;
}>;


export type QualityReportQuery = { qualityReport:
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'QualityReport', from: string | null, to: string | null, repeatThreshold: number, tickets: number, unitsSold: number, failureRatePercent: string | null, byModel: Array<{ productModel: string, name: string, category: string, unitsSold: number, tickets: number, failureRatePercent: string | null }>, byPart: Array<{ part: string, unitsSold: number, tickets: number, failureRatePercent: string | null }>, byPurchaseMonth: Array<{ month: string, unitsSold: number, tickets: number, failureRatePercent: string | null }>, repeatedPartDefects: Array<{ productModel: string, part: string, units: number, tickets: number }>, repeatedUnitRepairs: Array<{ serialNumber: string, productModel: string, part: string, repairs: number }>, timeToFirstVisit: { tickets: number, medianHours: string | null, p90Hours: string | null }, timeToRepair: { tickets: number, medianHours: string | null, p90Hours: string | null }, firstTimeFix: { closedTickets: number, fixedFirstTime: number, ratePercent: string | null }, satisfactionByTechnician: Array<{ name: string, badgeNumber: string, ratings: number, averageScore: string }>, satisfactionByWorkshop: Array<{ name: string, city: string, ratings: number, averageScore: string }> }
   };

export type ReinterventionTermsQueryVariables = Exact<{
  at?: string | null | undefined;
}>;


export type ReinterventionTermsQuery = { reinterventionTerms:
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null }
    | { __typename: 'ReinterventionTerms', thresholdMinutes: number, billableCauses: Array<DefectCause>, country: string, granularity: BillingGranularity, effectiveFrom: string, hourlyRate: { amount: string, currency: string }, vatRates: Array<{ country: string, percent: string }> }
   };

export type ReinterventionTermsFieldsFragment = { thresholdMinutes: number, billableCauses: Array<DefectCause>, country: string, granularity: BillingGranularity, effectiveFrom: string, hourlyRate: { amount: string, currency: string }, vatRates: Array<{ country: string, percent: string }> };

export type ReinterventionQuoteQueryVariables = Exact<{
  input: ReinterventionQuoteInput;
}>;


export type ReinterventionQuoteQuery = { reinterventionQuote:
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'ReinterventionQuote', billable: boolean, vatRate: string, payer: ReinterventionPayer, rule: ReinterventionRule, cause: DefectCause, presenceMinutes: number, billedMinutes: number, country: string, explanation: string, amountExclTax: { amount: string, currency: string }, vat: { amount: string, currency: string }, amountInclTax: { amount: string, currency: string }, terms: { thresholdMinutes: number, billableCauses: Array<DefectCause>, country: string, granularity: BillingGranularity, effectiveFrom: string, hourlyRate: { amount: string, currency: string }, vatRates: Array<{ country: string, percent: string }> } }
   };

export type CustomerTicketQueryVariables = Exact<{
  trackingCode: string;
  postalCode: string;
}>;


export type CustomerTicketQuery = { ticket:
    | { __typename: 'Ticket', trackingCode: string, status: TicketStatus, productModel: string, repairLocation: RepairLocation, createdAt: string, updatedAt: string, timeZone: string, link: string, calendar: string | null, canRate: boolean, outcome: TicketStatus | null, outcomeNote: string | null, followUpOn: string | null, nextStep: { code: NextStepCode, actor: TicketActor | null }, usageAdvice: Array<{ text: string, language: string, cause: string, reason: UsageTipReason, why: string }>, timeline: Array<{ id: string, kind: TicketEventKind, status: TicketStatus, previousStatus: TicketStatus | null, actor: TicketActor, by: string | null, at: string, reason: string | null, expectedArrivalAt: string | null }>, visit: { arrivalWindowStart: string, arrivalWindowEnd: string, verificationCode: string | null, expectedArrivalAt: string | null, delayReason: string | null, arrivedAt: string | null, technician: { name: string, badgeNumber: string, photoUrl: string | null } } | null, dropOff: { slotStart: string, slotEnd: string, receivedAt: string | null, workshop: { name: string, address: string } } | null, quote: { id: string, status: QuoteStatus, createdAt: string, answeredAt: string | null, note: string | null, lines: Array<{ kind: QuoteLineKind, part: string | null, covered: boolean, amount: { amount: string, currency: string } }>, total: { amount: string, currency: string }, advice: { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string } | null } | null, repairAdvice: { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string } | null, ratings: Array<{ score: number, comment: string | null, at: string }> }
    | { __typename: 'TicketNotFound', message: string, code: string }
   };

export type TrackedTicketFragment = { trackingCode: string, status: TicketStatus, productModel: string, repairLocation: RepairLocation, createdAt: string, updatedAt: string, timeZone: string, link: string, calendar: string | null, canRate: boolean, outcome: TicketStatus | null, outcomeNote: string | null, followUpOn: string | null, nextStep: { code: NextStepCode, actor: TicketActor | null }, usageAdvice: Array<{ text: string, language: string, cause: string, reason: UsageTipReason, why: string }>, timeline: Array<{ id: string, kind: TicketEventKind, status: TicketStatus, previousStatus: TicketStatus | null, actor: TicketActor, by: string | null, at: string, reason: string | null, expectedArrivalAt: string | null }>, visit: { arrivalWindowStart: string, arrivalWindowEnd: string, verificationCode: string | null, expectedArrivalAt: string | null, delayReason: string | null, arrivedAt: string | null, technician: { name: string, badgeNumber: string, photoUrl: string | null } } | null, dropOff: { slotStart: string, slotEnd: string, receivedAt: string | null, workshop: { name: string, address: string } } | null, quote: { id: string, status: QuoteStatus, createdAt: string, answeredAt: string | null, note: string | null, lines: Array<{ kind: QuoteLineKind, part: string | null, covered: boolean, amount: { amount: string, currency: string } }>, total: { amount: string, currency: string }, advice: { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string } | null } | null, repairAdvice: { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string } | null, ratings: Array<{ score: number, comment: string | null, at: string }> };

export type TrackedRepairAdviceFragment = { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string };

export type CustomerTicketByLinkQueryVariables = Exact<{
  link: string;
}>;


export type CustomerTicketByLinkQuery = { ticketByLink:
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'Ticket', trackingCode: string, status: TicketStatus, productModel: string, repairLocation: RepairLocation, createdAt: string, updatedAt: string, timeZone: string, link: string, calendar: string | null, canRate: boolean, outcome: TicketStatus | null, outcomeNote: string | null, followUpOn: string | null, nextStep: { code: NextStepCode, actor: TicketActor | null }, usageAdvice: Array<{ text: string, language: string, cause: string, reason: UsageTipReason, why: string }>, timeline: Array<{ id: string, kind: TicketEventKind, status: TicketStatus, previousStatus: TicketStatus | null, actor: TicketActor, by: string | null, at: string, reason: string | null, expectedArrivalAt: string | null }>, visit: { arrivalWindowStart: string, arrivalWindowEnd: string, verificationCode: string | null, expectedArrivalAt: string | null, delayReason: string | null, arrivedAt: string | null, technician: { name: string, badgeNumber: string, photoUrl: string | null } } | null, dropOff: { slotStart: string, slotEnd: string, receivedAt: string | null, workshop: { name: string, address: string } } | null, quote: { id: string, status: QuoteStatus, createdAt: string, answeredAt: string | null, note: string | null, lines: Array<{ kind: QuoteLineKind, part: string | null, covered: boolean, amount: { amount: string, currency: string } }>, total: { amount: string, currency: string }, advice: { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string } | null } | null, repairAdvice: { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string } | null, ratings: Array<{ score: number, comment: string | null, at: string }> }
    | { __typename: 'TicketNotFound', message: string, code: string }
   };

export type AnswerQuoteMutationVariables = Exact<{
  input: AnswerQuoteInput;
}>;


export type AnswerQuoteMutation = { answerQuote:
    | { __typename: 'ChangeNotAllowed', message: string, code: string }
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RepairChanged', ticket: { trackingCode: string, status: TicketStatus, productModel: string, repairLocation: RepairLocation, createdAt: string, updatedAt: string, timeZone: string, link: string, calendar: string | null, canRate: boolean, outcome: TicketStatus | null, outcomeNote: string | null, followUpOn: string | null, nextStep: { code: NextStepCode, actor: TicketActor | null }, usageAdvice: Array<{ text: string, language: string, cause: string, reason: UsageTipReason, why: string }>, timeline: Array<{ id: string, kind: TicketEventKind, status: TicketStatus, previousStatus: TicketStatus | null, actor: TicketActor, by: string | null, at: string, reason: string | null, expectedArrivalAt: string | null }>, visit: { arrivalWindowStart: string, arrivalWindowEnd: string, verificationCode: string | null, expectedArrivalAt: string | null, delayReason: string | null, arrivedAt: string | null, technician: { name: string, badgeNumber: string, photoUrl: string | null } } | null, dropOff: { slotStart: string, slotEnd: string, receivedAt: string | null, workshop: { name: string, address: string } } | null, quote: { id: string, status: QuoteStatus, createdAt: string, answeredAt: string | null, note: string | null, lines: Array<{ kind: QuoteLineKind, part: string | null, covered: boolean, amount: { amount: string, currency: string } }>, total: { amount: string, currency: string }, advice: { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string } | null } | null, repairAdvice: { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string } | null, ratings: Array<{ score: number, comment: string | null, at: string }> } }
    | { __typename: 'TicketNotFound', message: string, code: string }
   };

export type RateRepairMutationVariables = Exact<{
  input: RateRepairInput;
}>;


export type RateRepairMutation = { rateRepair:
    | { __typename: 'ChangeNotAllowed', message: string, code: string }
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RepairRated', outcome: RatingOutcome, ticket: { trackingCode: string, status: TicketStatus, productModel: string, repairLocation: RepairLocation, createdAt: string, updatedAt: string, timeZone: string, link: string, calendar: string | null, canRate: boolean, outcome: TicketStatus | null, outcomeNote: string | null, followUpOn: string | null, nextStep: { code: NextStepCode, actor: TicketActor | null }, usageAdvice: Array<{ text: string, language: string, cause: string, reason: UsageTipReason, why: string }>, timeline: Array<{ id: string, kind: TicketEventKind, status: TicketStatus, previousStatus: TicketStatus | null, actor: TicketActor, by: string | null, at: string, reason: string | null, expectedArrivalAt: string | null }>, visit: { arrivalWindowStart: string, arrivalWindowEnd: string, verificationCode: string | null, expectedArrivalAt: string | null, delayReason: string | null, arrivedAt: string | null, technician: { name: string, badgeNumber: string, photoUrl: string | null } } | null, dropOff: { slotStart: string, slotEnd: string, receivedAt: string | null, workshop: { name: string, address: string } } | null, quote: { id: string, status: QuoteStatus, createdAt: string, answeredAt: string | null, note: string | null, lines: Array<{ kind: QuoteLineKind, part: string | null, covered: boolean, amount: { amount: string, currency: string } }>, total: { amount: string, currency: string }, advice: { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string } | null } | null, repairAdvice: { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string } | null, ratings: Array<{ score: number, comment: string | null, at: string }> } }
    | { __typename: 'TicketNotFound', message: string, code: string }
   };

export type TicketUpdatesSubscriptionVariables = Exact<{
  access: CustomerTicketAccessInput;
}>;


export type TicketUpdatesSubscription = { ticketUpdates:
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'Ticket', trackingCode: string, status: TicketStatus, productModel: string, repairLocation: RepairLocation, createdAt: string, updatedAt: string, timeZone: string, link: string, calendar: string | null, canRate: boolean, outcome: TicketStatus | null, outcomeNote: string | null, followUpOn: string | null, nextStep: { code: NextStepCode, actor: TicketActor | null }, usageAdvice: Array<{ text: string, language: string, cause: string, reason: UsageTipReason, why: string }>, timeline: Array<{ id: string, kind: TicketEventKind, status: TicketStatus, previousStatus: TicketStatus | null, actor: TicketActor, by: string | null, at: string, reason: string | null, expectedArrivalAt: string | null }>, visit: { arrivalWindowStart: string, arrivalWindowEnd: string, verificationCode: string | null, expectedArrivalAt: string | null, delayReason: string | null, arrivedAt: string | null, technician: { name: string, badgeNumber: string, photoUrl: string | null } } | null, dropOff: { slotStart: string, slotEnd: string, receivedAt: string | null, workshop: { name: string, address: string } } | null, quote: { id: string, status: QuoteStatus, createdAt: string, answeredAt: string | null, note: string | null, lines: Array<{ kind: QuoteLineKind, part: string | null, covered: boolean, amount: { amount: string, currency: string } }>, total: { amount: string, currency: string }, advice: { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string } | null } | null, repairAdvice: { advice: RepairAdviceCode, reason: RepairAdviceReason, costPercent: number | null, explanation: string } | null, ratings: Array<{ score: number, comment: string | null, at: string }> }
    | { __typename: 'TicketNotFound', message: string, code: string }
   };

export type WarrantyCheckQueryVariables = Exact<{
  input: WarrantyCheckInput;
}>;


export type WarrantyCheckQuery = { warrantyCheck:
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null, problems: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'ProductNotFound', message: string, code: string }
    | { __typename: 'WarrantyCheck', productModel: string, purchaseDate: string, asOf: string, status: WarrantyStatus, paidRepairAvailable: boolean, explanation: string, legalNotice: string, product: { model: string, name: string, brand: string, category: string }, coverages: Array<{ part: string, startsOn: string, endsOn: string, active: boolean, daysLeft: number, extendedByDays: number, policyName: string }>, remedies: Array<{ kind: RemedyKind, until: string }>, exclusions: Array<{ code: string, description: string }>, legalRights: Array<{ jurisdiction: string, kind: string, ruleSet: string, startsOn: string, endsOn: string | null, presumptionEndsOn: string | null, extendedByRepair: boolean, active: boolean, liable: string, source: string, sourceUrl: string | null, explanation: string, remedies: Array<{ kind: LegalRemedyKind, available: boolean, until: string | null }>, repairBonus: { amount: string, currency: string } | null }>, recourse: Array<{ layer: RecourseLayer, turnTo: RecourseParty, legalKind: string | null, until: string | null, proofNeeded: boolean, free: boolean, explanation: string }>, usageAdvice: Array<{ text: string, language: string, cause: string, reason: UsageTipReason, why: string }> }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BookedTicketFragmentDoc = new TypedDocumentString(`
    fragment BookedTicket on Ticket {
  trackingCode
  status
  productModel
  fault
  symptoms
  likelyParts
  repairLocation
  visitMinutes
  warrantyStatus
  verificationReasons
  createdAt
  visit {
    arrivalWindowStart
    arrivalWindowEnd
    technician {
      name
      badgeNumber
    }
  }
  dropOff {
    slotStart
    slotEnd
    workshop {
      name
      address
    }
  }
  calendar
}
    `, {"fragmentName":"BookedTicket"}) as unknown as TypedDocumentString<BookedTicketFragment, unknown>;
export const CertificateJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment CertificateJobFields on InstallationJob {
  reference
  customerName
  addressLine1
  postalCode
  city
  country
  designerName
  installerName
  supplierName
  supplies
  createdAt
  certificate {
    itemsDone
    reserves {
      description
      party
      dueOn
    }
    photoUrls
    status
    signerName
    signatureKind
    signature
    signedAt
    signedPlace
    signedRemotely
    declineReason
  }
}
    `, {"fragmentName":"CertificateJobFields"}) as unknown as TypedDocumentString<CertificateJobFieldsFragment, unknown>;
export const ReinterventionTermsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReinterventionTermsFields on ReinterventionTerms {
  hourlyRate {
    amount
    currency
  }
  thresholdMinutes
  billableCauses
  country
  vatRates {
    country
    percent
  }
  granularity
  effectiveFrom
}
    `, {"fragmentName":"ReinterventionTermsFields"}) as unknown as TypedDocumentString<ReinterventionTermsFieldsFragment, unknown>;
export const TrackedRepairAdviceFragmentDoc = new TypedDocumentString(`
    fragment TrackedRepairAdvice on RepairAdvice {
  advice
  reason
  costPercent
  explanation
}
    `, {"fragmentName":"TrackedRepairAdvice"}) as unknown as TypedDocumentString<TrackedRepairAdviceFragment, unknown>;
export const TrackedTicketFragmentDoc = new TypedDocumentString(`
    fragment TrackedTicket on Ticket {
  trackingCode
  status
  productModel
  repairLocation
  createdAt
  updatedAt
  timeZone
  link
  calendar
  canRate
  outcome
  outcomeNote
  followUpOn
  nextStep {
    code
    actor
  }
  usageAdvice {
    text
    language
    cause
    reason
    why
  }
  timeline {
    id
    kind
    status
    previousStatus
    actor
    by
    at
    reason
    expectedArrivalAt
  }
  visit {
    arrivalWindowStart
    arrivalWindowEnd
    verificationCode
    expectedArrivalAt
    delayReason
    arrivedAt
    technician {
      name
      badgeNumber
      photoUrl
    }
  }
  dropOff {
    slotStart
    slotEnd
    receivedAt
    workshop {
      name
      address
    }
  }
  quote {
    id
    status
    createdAt
    answeredAt
    note
    lines {
      kind
      part
      covered
      amount {
        amount
        currency
      }
    }
    total {
      amount
      currency
    }
    advice {
      ...TrackedRepairAdvice
    }
  }
  repairAdvice {
    ...TrackedRepairAdvice
  }
  ratings {
    score
    comment
    at
  }
}
    fragment TrackedRepairAdvice on RepairAdvice {
  advice
  reason
  costPercent
  explanation
}`, {"fragmentName":"TrackedTicket"}) as unknown as TypedDocumentString<TrackedTicketFragment, unknown>;
export const RepairOptionsDocument = new TypedDocumentString(`
    query RepairOptions($productModel: String!) {
  repairOptions(productModel: $productModel) {
    __typename
    ... on RepairOptions {
      product {
        model
        name
        brand
        category
      }
      symptoms {
        code
        label
      }
      priceList {
        currency
        callOut {
          amount
          currency
        }
        labourPerHour {
          amount
          currency
        }
      }
      timeZone
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RepairOptionsQuery, RepairOptionsQueryVariables>;
export const AvailableSlotsDocument = new TypedDocumentString(`
    query AvailableSlots($input: AvailableSlotsInput!) {
  availableSlots(input: $input) {
    __typename
    ... on AvailableSlots {
      slots {
        start
        end
        remaining
      }
      visitMinutes
      repairLocation
      timeZone
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const RepairEstimateDocument = new TypedDocumentString(`
    query RepairEstimate($input: RepairEstimateInput!) {
  repairEstimate(input: $input) {
    __typename
    ... on RepairEstimate {
      warrantyStatus
      covered
      likelyParts
      repairLocation
      visitMinutes
      callOut {
        amount
        currency
      }
      labour {
        amount
        currency
      }
      parts {
        amount
        currency
      }
      total {
        amount
        currency
      }
      pricedPart
      priceList {
        currency
        callOut {
          amount
          currency
        }
        labourPerHour {
          amount
          currency
        }
      }
      explanation
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RepairEstimateQuery, RepairEstimateQueryVariables>;
export const RequestRepairDocument = new TypedDocumentString(`
    mutation RequestRepair($input: RequestRepairInput!) {
  requestRepair(input: $input) {
    __typename
    ... on RepairBooked {
      ticket {
        ...BookedTicket
      }
    }
    ... on NeedsVerification {
      trackingCode
      reasons
      ticket {
        ...BookedTicket
      }
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    fragment BookedTicket on Ticket {
  trackingCode
  status
  productModel
  fault
  symptoms
  likelyParts
  repairLocation
  visitMinutes
  warrantyStatus
  verificationReasons
  createdAt
  visit {
    arrivalWindowStart
    arrivalWindowEnd
    technician {
      name
      badgeNumber
    }
  }
  dropOff {
    slotStart
    slotEnd
    workshop {
      name
      address
    }
  }
  calendar
}`) as unknown as TypedDocumentString<RequestRepairMutation, RequestRepairMutationVariables>;
export const CompletionCertificateDocument = new TypedDocumentString(`
    query CompletionCertificate($link: String!) {
  completionCertificate(link: $link) {
    __typename
    ... on InstallationJob {
      ...CertificateJobFields
    }
    ... on Error {
      message
      code
    }
  }
}
    fragment CertificateJobFields on InstallationJob {
  reference
  customerName
  addressLine1
  postalCode
  city
  country
  designerName
  installerName
  supplierName
  supplies
  createdAt
  certificate {
    itemsDone
    reserves {
      description
      party
      dueOn
    }
    photoUrls
    status
    signerName
    signatureKind
    signature
    signedAt
    signedPlace
    signedRemotely
    declineReason
  }
}`) as unknown as TypedDocumentString<CompletionCertificateQuery, CompletionCertificateQueryVariables>;
export const CompletionCertificatePdfDocument = new TypedDocumentString(`
    query CompletionCertificatePdf($link: String!) {
  completionCertificate(link: $link) {
    __typename
    ... on InstallationJob {
      reference
      certificatePdf
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompletionCertificatePdfQuery, CompletionCertificatePdfQueryVariables>;
export const SignCompletionCertificateDocument = new TypedDocumentString(`
    mutation SignCompletionCertificate($input: SignCompletionCertificateInput!) {
  signCompletionCertificate(input: $input) {
    __typename
    ... on InstallationJob {
      ...CertificateJobFields
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    fragment CertificateJobFields on InstallationJob {
  reference
  customerName
  addressLine1
  postalCode
  city
  country
  designerName
  installerName
  supplierName
  supplies
  createdAt
  certificate {
    itemsDone
    reserves {
      description
      party
      dueOn
    }
    photoUrls
    status
    signerName
    signatureKind
    signature
    signedAt
    signedPlace
    signedRemotely
    declineReason
  }
}`) as unknown as TypedDocumentString<SignCompletionCertificateMutation, SignCompletionCertificateMutationVariables>;
export const DeclineCompletionCertificateDocument = new TypedDocumentString(`
    mutation DeclineCompletionCertificate($link: String!, $reason: String!) {
  declineCompletionCertificate(link: $link, reason: $reason) {
    __typename
    ... on InstallationJob {
      ...CertificateJobFields
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    fragment CertificateJobFields on InstallationJob {
  reference
  customerName
  addressLine1
  postalCode
  city
  country
  designerName
  installerName
  supplierName
  supplies
  createdAt
  certificate {
    itemsDone
    reserves {
      description
      party
      dueOn
    }
    photoUrls
    status
    signerName
    signatureKind
    signature
    signedAt
    signedPlace
    signedRemotely
    declineReason
  }
}`) as unknown as TypedDocumentString<DeclineCompletionCertificateMutation, DeclineCompletionCertificateMutationVariables>;
export const WorkshopsDocument = new TypedDocumentString(`
    query Workshops($productModel: String!, $country: String!) {
  workshops(productModel: $productModel, country: $country) {
    __typename
    ... on Workshops {
      workshops {
        id
        name
        address
        addressLine1
        postalCode
        city
        country
        slotMinutes
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopsQuery, WorkshopsQueryVariables>;
export const DropOffSlotsDocument = new TypedDocumentString(`
    query DropOffSlots($input: DropOffSlotsInput!) {
  dropOffSlots(input: $input) {
    __typename
    ... on DropOffSlots {
      slots {
        start
        end
        remaining
      }
      timeZone
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DropOffSlotsQuery, DropOffSlotsQueryVariables>;
export const QualityReportDocument = new TypedDocumentString(`
    query QualityReport($input: QualityReportInput!) {
  qualityReport(input: $input) {
    __typename
    ... on QualityReport {
      from
      to
      repeatThreshold
      tickets
      unitsSold
      failureRatePercent
      byModel {
        productModel
        name
        category
        unitsSold
        tickets
        failureRatePercent
      }
      byPart {
        part
        unitsSold
        tickets
        failureRatePercent
      }
      byPurchaseMonth {
        month
        unitsSold
        tickets
        failureRatePercent
      }
      repeatedPartDefects {
        productModel
        part
        units
        tickets
      }
      repeatedUnitRepairs {
        serialNumber
        productModel
        part
        repairs
      }
      timeToFirstVisit {
        tickets
        medianHours
        p90Hours
      }
      timeToRepair {
        tickets
        medianHours
        p90Hours
      }
      firstTimeFix {
        closedTickets
        fixedFirstTime
        ratePercent
      }
      satisfactionByTechnician {
        name
        badgeNumber
        ratings
        averageScore
      }
      satisfactionByWorkshop {
        name
        city
        ratings
        averageScore
      }
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QualityReportQuery, QualityReportQueryVariables>;
export const ReinterventionTermsDocument = new TypedDocumentString(`
    query ReinterventionTerms($at: DateTime) {
  reinterventionTerms(at: $at) {
    __typename
    ... on ReinterventionTerms {
      ...ReinterventionTermsFields
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
    }
  }
}
    fragment ReinterventionTermsFields on ReinterventionTerms {
  hourlyRate {
    amount
    currency
  }
  thresholdMinutes
  billableCauses
  country
  vatRates {
    country
    percent
  }
  granularity
  effectiveFrom
}`) as unknown as TypedDocumentString<ReinterventionTermsQuery, ReinterventionTermsQueryVariables>;
export const ReinterventionQuoteDocument = new TypedDocumentString(`
    query ReinterventionQuote($input: ReinterventionQuoteInput!) {
  reinterventionQuote(input: $input) {
    __typename
    ... on ReinterventionQuote {
      billable
      amountExclTax {
        amount
        currency
      }
      vat {
        amount
        currency
      }
      vatRate
      amountInclTax {
        amount
        currency
      }
      payer
      rule
      cause
      presenceMinutes
      billedMinutes
      country
      explanation
      terms {
        ...ReinterventionTermsFields
      }
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    fragment ReinterventionTermsFields on ReinterventionTerms {
  hourlyRate {
    amount
    currency
  }
  thresholdMinutes
  billableCauses
  country
  vatRates {
    country
    percent
  }
  granularity
  effectiveFrom
}`) as unknown as TypedDocumentString<ReinterventionQuoteQuery, ReinterventionQuoteQueryVariables>;
export const CustomerTicketDocument = new TypedDocumentString(`
    query CustomerTicket($trackingCode: String!, $postalCode: String!) {
  ticket(trackingCode: $trackingCode, postalCode: $postalCode) {
    __typename
    ... on Ticket {
      ...TrackedTicket
    }
    ... on Error {
      message
      code
    }
  }
}
    fragment TrackedTicket on Ticket {
  trackingCode
  status
  productModel
  repairLocation
  createdAt
  updatedAt
  timeZone
  link
  calendar
  canRate
  outcome
  outcomeNote
  followUpOn
  nextStep {
    code
    actor
  }
  usageAdvice {
    text
    language
    cause
    reason
    why
  }
  timeline {
    id
    kind
    status
    previousStatus
    actor
    by
    at
    reason
    expectedArrivalAt
  }
  visit {
    arrivalWindowStart
    arrivalWindowEnd
    verificationCode
    expectedArrivalAt
    delayReason
    arrivedAt
    technician {
      name
      badgeNumber
      photoUrl
    }
  }
  dropOff {
    slotStart
    slotEnd
    receivedAt
    workshop {
      name
      address
    }
  }
  quote {
    id
    status
    createdAt
    answeredAt
    note
    lines {
      kind
      part
      covered
      amount {
        amount
        currency
      }
    }
    total {
      amount
      currency
    }
    advice {
      ...TrackedRepairAdvice
    }
  }
  repairAdvice {
    ...TrackedRepairAdvice
  }
  ratings {
    score
    comment
    at
  }
}
fragment TrackedRepairAdvice on RepairAdvice {
  advice
  reason
  costPercent
  explanation
}`) as unknown as TypedDocumentString<CustomerTicketQuery, CustomerTicketQueryVariables>;
export const CustomerTicketByLinkDocument = new TypedDocumentString(`
    query CustomerTicketByLink($link: String!) {
  ticketByLink(link: $link) {
    __typename
    ... on Ticket {
      ...TrackedTicket
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    fragment TrackedTicket on Ticket {
  trackingCode
  status
  productModel
  repairLocation
  createdAt
  updatedAt
  timeZone
  link
  calendar
  canRate
  outcome
  outcomeNote
  followUpOn
  nextStep {
    code
    actor
  }
  usageAdvice {
    text
    language
    cause
    reason
    why
  }
  timeline {
    id
    kind
    status
    previousStatus
    actor
    by
    at
    reason
    expectedArrivalAt
  }
  visit {
    arrivalWindowStart
    arrivalWindowEnd
    verificationCode
    expectedArrivalAt
    delayReason
    arrivedAt
    technician {
      name
      badgeNumber
      photoUrl
    }
  }
  dropOff {
    slotStart
    slotEnd
    receivedAt
    workshop {
      name
      address
    }
  }
  quote {
    id
    status
    createdAt
    answeredAt
    note
    lines {
      kind
      part
      covered
      amount {
        amount
        currency
      }
    }
    total {
      amount
      currency
    }
    advice {
      ...TrackedRepairAdvice
    }
  }
  repairAdvice {
    ...TrackedRepairAdvice
  }
  ratings {
    score
    comment
    at
  }
}
fragment TrackedRepairAdvice on RepairAdvice {
  advice
  reason
  costPercent
  explanation
}`) as unknown as TypedDocumentString<CustomerTicketByLinkQuery, CustomerTicketByLinkQueryVariables>;
export const AnswerQuoteDocument = new TypedDocumentString(`
    mutation AnswerQuote($input: AnswerQuoteInput!) {
  answerQuote(input: $input) {
    __typename
    ... on RepairChanged {
      ticket {
        ...TrackedTicket
      }
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    fragment TrackedTicket on Ticket {
  trackingCode
  status
  productModel
  repairLocation
  createdAt
  updatedAt
  timeZone
  link
  calendar
  canRate
  outcome
  outcomeNote
  followUpOn
  nextStep {
    code
    actor
  }
  usageAdvice {
    text
    language
    cause
    reason
    why
  }
  timeline {
    id
    kind
    status
    previousStatus
    actor
    by
    at
    reason
    expectedArrivalAt
  }
  visit {
    arrivalWindowStart
    arrivalWindowEnd
    verificationCode
    expectedArrivalAt
    delayReason
    arrivedAt
    technician {
      name
      badgeNumber
      photoUrl
    }
  }
  dropOff {
    slotStart
    slotEnd
    receivedAt
    workshop {
      name
      address
    }
  }
  quote {
    id
    status
    createdAt
    answeredAt
    note
    lines {
      kind
      part
      covered
      amount {
        amount
        currency
      }
    }
    total {
      amount
      currency
    }
    advice {
      ...TrackedRepairAdvice
    }
  }
  repairAdvice {
    ...TrackedRepairAdvice
  }
  ratings {
    score
    comment
    at
  }
}
fragment TrackedRepairAdvice on RepairAdvice {
  advice
  reason
  costPercent
  explanation
}`) as unknown as TypedDocumentString<AnswerQuoteMutation, AnswerQuoteMutationVariables>;
export const RateRepairDocument = new TypedDocumentString(`
    mutation RateRepair($input: RateRepairInput!) {
  rateRepair(input: $input) {
    __typename
    ... on RepairRated {
      outcome
      ticket {
        ...TrackedTicket
      }
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    fragment TrackedTicket on Ticket {
  trackingCode
  status
  productModel
  repairLocation
  createdAt
  updatedAt
  timeZone
  link
  calendar
  canRate
  outcome
  outcomeNote
  followUpOn
  nextStep {
    code
    actor
  }
  usageAdvice {
    text
    language
    cause
    reason
    why
  }
  timeline {
    id
    kind
    status
    previousStatus
    actor
    by
    at
    reason
    expectedArrivalAt
  }
  visit {
    arrivalWindowStart
    arrivalWindowEnd
    verificationCode
    expectedArrivalAt
    delayReason
    arrivedAt
    technician {
      name
      badgeNumber
      photoUrl
    }
  }
  dropOff {
    slotStart
    slotEnd
    receivedAt
    workshop {
      name
      address
    }
  }
  quote {
    id
    status
    createdAt
    answeredAt
    note
    lines {
      kind
      part
      covered
      amount {
        amount
        currency
      }
    }
    total {
      amount
      currency
    }
    advice {
      ...TrackedRepairAdvice
    }
  }
  repairAdvice {
    ...TrackedRepairAdvice
  }
  ratings {
    score
    comment
    at
  }
}
fragment TrackedRepairAdvice on RepairAdvice {
  advice
  reason
  costPercent
  explanation
}`) as unknown as TypedDocumentString<RateRepairMutation, RateRepairMutationVariables>;
export const TicketUpdatesDocument = new TypedDocumentString(`
    subscription TicketUpdates($access: CustomerTicketAccessInput!) {
  ticketUpdates(access: $access) {
    __typename
    ... on Ticket {
      ...TrackedTicket
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    fragment TrackedTicket on Ticket {
  trackingCode
  status
  productModel
  repairLocation
  createdAt
  updatedAt
  timeZone
  link
  calendar
  canRate
  outcome
  outcomeNote
  followUpOn
  nextStep {
    code
    actor
  }
  usageAdvice {
    text
    language
    cause
    reason
    why
  }
  timeline {
    id
    kind
    status
    previousStatus
    actor
    by
    at
    reason
    expectedArrivalAt
  }
  visit {
    arrivalWindowStart
    arrivalWindowEnd
    verificationCode
    expectedArrivalAt
    delayReason
    arrivedAt
    technician {
      name
      badgeNumber
      photoUrl
    }
  }
  dropOff {
    slotStart
    slotEnd
    receivedAt
    workshop {
      name
      address
    }
  }
  quote {
    id
    status
    createdAt
    answeredAt
    note
    lines {
      kind
      part
      covered
      amount {
        amount
        currency
      }
    }
    total {
      amount
      currency
    }
    advice {
      ...TrackedRepairAdvice
    }
  }
  repairAdvice {
    ...TrackedRepairAdvice
  }
  ratings {
    score
    comment
    at
  }
}
fragment TrackedRepairAdvice on RepairAdvice {
  advice
  reason
  costPercent
  explanation
}`) as unknown as TypedDocumentString<TicketUpdatesSubscription, TicketUpdatesSubscriptionVariables>;
export const WarrantyCheckDocument = new TypedDocumentString(`
    query WarrantyCheck($input: WarrantyCheckInput!) {
  warrantyCheck(input: $input) {
    __typename
    ... on WarrantyCheck {
      productModel
      purchaseDate
      asOf
      status
      paidRepairAvailable
      explanation
      product {
        model
        name
        brand
        category
      }
      coverages {
        part
        startsOn
        endsOn
        active
        daysLeft
        extendedByDays
        policyName
      }
      remedies {
        kind
        until
      }
      exclusions {
        code
        description
      }
      legalRights {
        jurisdiction
        kind
        ruleSet
        startsOn
        endsOn
        presumptionEndsOn
        extendedByRepair
        active
        liable
        remedies {
          kind
          available
          until
        }
        repairBonus {
          amount
          currency
        }
        source
        sourceUrl
        explanation
      }
      recourse {
        layer
        turnTo
        legalKind
        until
        proofNeeded
        free
        explanation
      }
      legalNotice
      usageAdvice {
        text
        language
        cause
        reason
        why
      }
    }
    ... on Error {
      message
      code
    }
    ... on InvalidInput {
      field
      problems {
        field
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WarrantyCheckQuery, WarrantyCheckQueryVariables>;