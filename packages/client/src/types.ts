import type { WarrantyCheckQuery } from './generated/graphql.js';

/** What `warrantyCheck` answers: the check itself, or a typed error. */
export type WarrantyCheckResult = WarrantyCheckQuery['warrantyCheck'];
/** A successful warranty check, with every field the WarrantyCheck operation asks for. */
export type WarrantyCheck = Extract<WarrantyCheckResult, { __typename: 'WarrantyCheck' }>;
/** No product of the tenant's catalogue (or no registered sale) matches the input. */
export type ProductNotFound = Extract<WarrantyCheckResult, { __typename: 'ProductNotFound' }>;
/** The input is at fault; `field` names the input fields to correct (e.g. `["purchaseDate"]`). */
export type InvalidInput = Extract<WarrantyCheckResult, { __typename: 'InvalidInput' }>;
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
