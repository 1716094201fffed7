export {
  createSavClient,
  SavRequestError,
  type FetchFunction,
  type GraphQLErrorEntry,
  type SavClient,
  type SavClientOptions,
  type SavRequestOptions,
  type SavTransportErrorCode,
} from './client.js';
export { WarrantyCheckDocument } from './operations/warranty-check.js';
export { AvailableSlotsDocument, RepairEstimateDocument, RepairOptionsDocument, RequestRepairDocument } from './operations/booking.js';
export { graphql } from './generated/gql.js';
export * from './generated/graphql.js';
export type {
  AvailableSlots,
  AvailableSlotsResult,
  BookedTicket,
  Coverage,
  Exclusion,
  InvalidInput,
  LegalRight,
  Money,
  NeedsVerification,
  OutsideServiceArea,
  PriceList,
  Product,
  ProductNotFound,
  Remedy,
  RepairBooked,
  RepairEstimate,
  RepairEstimateResult,
  RepairOptions,
  RepairOptionsResult,
  RequestRepairResult,
  Slot,
  SlotUnavailable,
  Symptom,
  Visit,
  WarrantyCheck,
  WarrantyCheckError,
  WarrantyCheckResult,
} from './types.js';
