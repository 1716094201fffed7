import type {
  AnswerQuoteMutation,
  AvailableSlotsQuery,
  CertificateJobFieldsFragment,
  CompletionCertificatePdfQuery,
  CompletionCertificateQuery,
  CustomerTicketByLinkQuery,
  CustomerTicketQuery,
  DeclineCompletionCertificateMutation,
  DropOffSlotsQuery,
  QualityReportQuery,
  RateRepairMutation,
  ReinterventionQuoteQuery,
  ReinterventionTermsFieldsFragment,
  ReinterventionTermsQuery,
  RepairEstimateQuery,
  RepairOptionsQuery,
  RequestRepairMutation,
  SignCompletionCertificateMutation,
  TicketUpdatesSubscription,
  TrackedTicketFragment,
  WarrantyCheckQuery,
  WorkshopsQuery,
} from './generated/graphql.js';

/** What `warrantyCheck` answers: the check itself, or a typed error. */
export type WarrantyCheckResult = WarrantyCheckQuery['warrantyCheck'];
/** A successful warranty check, with every field the WarrantyCheck operation asks for. */
export type WarrantyCheck = Extract<WarrantyCheckResult, { __typename: 'WarrantyCheck' }>;
/** No product of the tenant's catalogue (or no registered sale) matches the input. */
export type ProductNotFound = Extract<WarrantyCheckResult, { __typename: 'ProductNotFound' }>;
/**
 * The input is at fault; `problems` gives each wrong field (a dotted path such as
 * `customer.address.postalCode`) its own code and message, `field` names them all (e.g. `["purchaseDate"]`).
 */
export type InvalidInput = Extract<WarrantyCheckResult, { __typename: 'InvalidInput' }>;
/** One wrong input field: its dotted path, a stable code and a message to show beside the field. */
export type FieldProblem = InvalidInput['problems'][number];
/** Either typed error of a warranty check. */
export type WarrantyCheckError = ProductNotFound | InvalidInput;
/** One part's cover: `endsOn` is the last day covered, inclusive. */
export type Coverage = WarrantyCheck['coverages'][number];
/** What the customer may ask for now, until a date (inclusive). */
export type Remedy = WarrantyCheck['remedies'][number];
/** What voids free service (paid repair still offered). */
export type Exclusion = WarrantyCheck['exclusions'][number];
/** A statutory layer that applies where the product was bought. */
export type LegalRight = WarrantyCheck['legalRights'][number];
/** Who to turn to for a fault today, the best first: the legal guarantee, the maker's warranty, paid repair. */
export type Recourse = WarrantyCheck['recourse'][number];
/** The catalogue product the check is about. */
export type Product = WarrantyCheck['product'];
/**
 * A short usage tip in plain words against a frequent cause of repairs on the model (reason
 * FREQUENT_FAILURE) or good care (GOOD_CARE); `language` is the one `text` is written in. The
 * warranty check and the tracked ticket ask for the same fields.
 */
export type UsageTip = WarrantyCheck['usageAdvice'][number];

// Booking (seed 001, steps 1 to 3 and 5).

/** What `repairOptions` answers: the options, or ProductNotFound. */
export type RepairOptionsResult = RepairOptionsQuery['repairOptions'];
/** A model's symptoms to choose from, and the tenant's price list. */
export type RepairOptions = Extract<RepairOptionsResult, { __typename: 'RepairOptions' }>;
/** A symptom code and its label in the request's language. */
export type Symptom = RepairOptions['symptoms'][number];
/** The tenant's charging standard: call-out fee and labour per hour (null where none is published). */
export type PriceList = NonNullable<RepairOptions['priceList']>;
/** An amount as a decimal string with two decimals (`"80.00"`) and its ISO 4217 currency. */
export type Money = PriceList['callOut'];

/** What `availableSlots` answers: the windows, or ProductNotFound, OutsideServiceArea, InvalidInput. */
export type AvailableSlotsResult = AvailableSlotsQuery['availableSlots'];
/** The arrival windows open, with the expected visit's length and place. */
export type AvailableSlots = Extract<AvailableSlotsResult, { __typename: 'AvailableSlots' }>;
/** An arrival window: UTC instants, and how many more visits it can take. */
export type Slot = AvailableSlots['slots'][number];
/** No technician of the tenant serves this postal code for this product. */
export type OutsideServiceArea = Extract<AvailableSlotsResult, { __typename: 'OutsideServiceArea' }>;

/** What `repairEstimate` answers: the estimate, or ProductNotFound, InvalidInput. */
export type RepairEstimateResult = RepairEstimateQuery['repairEstimate'];
/** Whether the warranty pays, and the price of the repair when it does not. */
export type RepairEstimate = Extract<RepairEstimateResult, { __typename: 'RepairEstimate' }>;

/** What `requestRepair` answers: booked, kept for verification, or a typed error. */
export type RequestRepairResult = RequestRepairMutation['requestRepair'];
/** The visit is booked. */
export type RepairBooked = Extract<RequestRepairResult, { __typename: 'RepairBooked' }>;
/** The request is kept, with a tracking code, for the service desk to verify. */
export type NeedsVerification = Extract<RequestRepairResult, { __typename: 'NeedsVerification' }>;
/** The arrival window is no longer offered, or has no technician left. */
export type SlotUnavailable = Extract<RequestRepairResult, { __typename: 'SlotUnavailable' }>;
/** A customer's ticket as the booking returns it, with its visit and the visit as iCalendar text. */
export type BookedTicket = RepairBooked['ticket'];
/** Who comes and when. */
export type Visit = NonNullable<BookedTicket['visit']>;
/** Where and when the customer drops the device off (a workshop's slot). */
export type DropOff = NonNullable<BookedTicket['dropOff']>;

// Workshop drop-off (seed 004).

/** What `workshops` answers: the workshops, or ProductNotFound. */
export type WorkshopsResult = WorkshopsQuery['workshops'];
/** A workshop where the customer can drop the device off, with its address on one line. */
export type Workshop = Extract<WorkshopsResult, { __typename: 'Workshops' }>['workshops'][number];
/** What `dropOffSlots` answers: the slots, or InvalidInput. */
export type DropOffSlotsResult = DropOffSlotsQuery['dropOffSlots'];
/** A workshop's open drop-off slots, with the workshop's IANA zone. */
export type DropOffSlots = Extract<DropOffSlotsResult, { __typename: 'DropOffSlots' }>;
/** A drop-off slot: UTC instants, and how many more customers it takes. */
export type DropOffSlot = DropOffSlots['slots'][number];

// The customer's repair tracker (seed 001, steps 3 to 7).

/** What `ticket` answers: the ticket, or TicketNotFound (a wrong postal code reveals nothing). */
export type TicketResult = CustomerTicketQuery['ticket'];
/** What `ticketByLink` answers: the ticket, or TicketNotFound, InvalidInput. */
export type TicketByLinkResult = CustomerTicketByLinkQuery['ticketByLink'];
/** What each `ticketUpdates` event carries: the ticket, or (the stream's one answer) TicketNotFound, InvalidInput. */
export type TicketUpdateResult = TicketUpdatesSubscription['ticketUpdates'];
/** A ticket as the tracker shows it: status, next step, timeline, visit, quote, advice, ratings. */
export type TrackedTicket = TrackedTicketFragment;
/** No ticket matches the access given (tracking code and postal code, or link). */
export type TicketNotFound = Extract<TicketResult, { __typename: 'TicketNotFound' }>;
/** One step of a ticket: the status it entered, when, who took it, and why. */
export type TicketEvent = TrackedTicket['timeline'][number];
/** A technician's visit, with the code they state at the door. */
export type TrackedVisit = NonNullable<TrackedTicket['visit']>;
/** The latest quote, its lines, total and advice. */
export type Quote = NonNullable<TrackedTicket['quote']>;
/** One line of a quote (call-out, labour, a part); `covered` when the warranty pays it. */
export type QuoteLine = Quote['lines'][number];
/** Repair or replace, why, and the repair's cost as a share of a new unit. */
export type RepairAdvice = NonNullable<TrackedTicket['repairAdvice']>;
/** A rating the customer gave, 1 to 5. */
export type Rating = TrackedTicket['ratings'][number];
/** What `answerQuote` answers: the changed ticket, or ChangeNotAllowed, TicketNotFound, InvalidInput. */
export type AnswerQuoteResult = AnswerQuoteMutation['answerQuote'];
/** What `rateRepair` answers: RepairRated (CLOSED or REOPENED), or ChangeNotAllowed, TicketNotFound, InvalidInput. */
export type RateRepairResult = RateRepairMutation['rateRepair'];
/** The rating is recorded: the ticket closed, or reopened under the tenant's threshold. */
export type RepairRated = Extract<RateRepairResult, { __typename: 'RepairRated' }>;
/** The change is not allowed now (e.g. QUOTE_ALREADY_ANSWERED, NOT_RATEABLE). */
export type ChangeNotAllowed = Extract<AnswerQuoteResult, { __typename: 'ChangeNotAllowed' }>;

// An installer network's reintervention terms (seed 000, Wipoz!).

/** What `reinterventionTerms` answers: the terms in force, or InvalidInput (none in force at that instant). */
export type ReinterventionTermsResult = ReinterventionTermsQuery['reinterventionTerms'];
/** The network's terms: hourly rate excl. tax, threshold, billable causes, VAT by country, how time is counted. */
export type ReinterventionTerms = ReinterventionTermsFieldsFragment;
/** A VAT rate of the terms: a country and its percent as a decimal string ("20", "5.5"). */
export type VatRate = ReinterventionTerms['vatRates'][number];
/** What `reinterventionQuote` answers: the quote, or InvalidInput (`presenceMinutes` out of 0 to 1440, a `country` without a VAT rate). */
export type ReinterventionQuoteResult = ReinterventionQuoteQuery['reinterventionQuote'];
/** Who pays a reintervention and how much (excl. tax, VAT, incl. tax), the rule that decided, and why in words. */
export type ReinterventionQuote = Extract<ReinterventionQuoteResult, { __typename: 'ReinterventionQuote' }>;

// An installation job's certificate of completion (seed 000, Wipoz!), for its customer.

/** What `completionCertificate` answers: the job with its certificate, or JobNotFound (a forged link, another tenant's). */
export type CompletionCertificateResult = CompletionCertificateQuery['completionCertificate'];
/** An installation job as its customer reads it: who, where, designer, installer, supplier, supplies, and the certificate. */
export type CertificateJob = CertificateJobFieldsFragment;
/** The certificate of completion: items done, reserves, photos, and the customer's answer (signed or declined) once given. */
export type CompletionCertificate = NonNullable<CertificateJob['certificate']>;
/** A remaining item: what, who must act (`INSTALLER`, `DESIGNER`, `SUPPLIER`, `CUSTOMER`), by when (a calendar date). */
export type Reserve = CompletionCertificate['reserves'][number];
/** What the PDF query answers: the job's reference and the certificate as a PDF (base64), or JobNotFound. */
export type CertificatePdfResult = CompletionCertificatePdfQuery['completionCertificate'];
/** What `signCompletionCertificate` answers: the signed job, or ChangeNotAllowed (CERTIFICATE_ALREADY_ANSWERED), JobNotFound, InvalidInput. */
export type SignCompletionCertificateResult = SignCompletionCertificateMutation['signCompletionCertificate'];
/** What `declineCompletionCertificate` answers: the declined job, or ChangeNotAllowed, JobNotFound, InvalidInput. */
export type DeclineCompletionCertificateResult = DeclineCompletionCertificateMutation['declineCompletionCertificate'];

// The quality report (secret key: asked by a back office's server, shown by <sav-quality-report>).

/** What `qualityReport` answers: the report, or InvalidInput (a reversed or too long period, a bad country or threshold). */
export type QualityReportResult = QualityReportQuery['qualityReport'];
/** Failure rates by model, part and purchase month, repeated defects, delays, first-time fix and satisfaction. */
export type QualityReport = Extract<QualityReportResult, { __typename: 'QualityReport' }>;
/** Tickets over units sold of one catalogue model; `failureRatePercent` a decimal string ("2.50"), null without units sold. */
export type ModelFailureRate = QualityReport['byModel'][number];
/** Tickets whose repair replaced one part, over the units sold in scope. */
export type PartFailureRate = QualityReport['byPart'][number];
/** Units bought in one month (`YYYY-MM`) and the tickets on them. */
export type PurchaseMonthFailureRate = QualityReport['byPurchaseMonth'][number];
/** A part replaced on at least `repeatThreshold` different units of one model. */
export type RepeatedPartDefect = QualityReport['repeatedPartDefects'][number];
/** One unit repaired twice or more for the same part. */
export type RepeatedUnitRepair = QualityReport['repeatedUnitRepairs'][number];
/** A delay's median and 90th percentile in hours (decimal strings), over the tickets measured. */
export type DurationStats = QualityReport['timeToRepair'];
/** Customers' ratings of the repairs a technician visited for. */
export type TechnicianSatisfaction = QualityReport['satisfactionByTechnician'][number];
/** Customers' ratings of the repairs a workshop received the device for. */
export type WorkshopSatisfaction = QualityReport['satisfactionByWorkshop'][number];
