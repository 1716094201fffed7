// Written by scripts/documents.ts (`pnpm --filter @sav/client codegen`) from src/generated/graphql.ts: do not edit.
import type { DocumentText } from '../transport.js';
import type {
  DropOffSlotsQuery,
  DropOffSlotsQueryVariables,
  WorkshopsQuery,
  WorkshopsQueryVariables,
} from '../generated/graphql.js';

export const DropOffSlotsDocument = `
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
    ` as DocumentText<DropOffSlotsQuery, DropOffSlotsQueryVariables>;
export const WorkshopsDocument = `
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
    ` as DocumentText<WorkshopsQuery, WorkshopsQueryVariables>;
