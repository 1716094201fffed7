/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type RemedyKind =
  | 'EXCHANGE'
  | 'REPAIR'
  | 'RETURN';

/** A registered serial number, or a model with its purchase date. */
export type WarrantyCheckInput = {
  /** The day to judge on; default today in the tenant's zone. */
  asOf?: string | null | undefined;
  /** City where bought, for regional policies. */
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country where bought. */
  country?: string | null | undefined;
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

export type WarrantyCheckQueryVariables = Exact<{
  input: WarrantyCheckInput;
}>;


export type WarrantyCheckQuery = { warrantyCheck:
    | { __typename: 'InvalidInput', message: string, code: string, field: Array<string> | null }
    | { __typename: 'ProductNotFound', message: string, code: string }
    | { __typename: 'WarrantyCheck', productModel: string, purchaseDate: string, asOf: string, status: WarrantyStatus, paidRepairAvailable: boolean, explanation: string, product: { model: string, name: string, brand: string, category: string }, coverages: Array<{ part: string, startsOn: string, endsOn: string, active: boolean, daysLeft: number, extendedByDays: number, policyName: string }>, remedies: Array<{ kind: RemedyKind, until: string }>, exclusions: Array<{ code: string, description: string }>, legalRights: Array<{ jurisdiction: string, kind: string, startsOn: string, endsOn: string | null, presumptionEndsOn: string | null, active: boolean, liable: string, source: string, sourceUrl: string | null, explanation: string }> }
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
        startsOn
        endsOn
        presumptionEndsOn
        active
        liable
        source
        sourceUrl
        explanation
      }
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
    `) as unknown as TypedDocumentString<WarrantyCheckQuery, WarrantyCheckQueryVariables>;