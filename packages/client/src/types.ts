import type {
  AvailableSlotsQuery,
  DropOffSlotsQuery,
  RepairEstimateQuery,
  RepairOptionsQuery,
  RequestRepairMutation,
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
/** The catalogue product the check is about. */
export type Product = WarrantyCheck['product'];

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
