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
export { graphql } from './generated/gql.js';
export * from './generated/graphql.js';
export type {
  Coverage,
  Exclusion,
  InvalidInput,
  LegalRight,
  Product,
  ProductNotFound,
  Remedy,
  WarrantyCheck,
  WarrantyCheckError,
  WarrantyCheckResult,
} from './types.js';
