// Written by scripts/documents.ts (`pnpm --filter @sav/client codegen`) from src/generated/graphql.ts: do not edit.
import type { DocumentText } from '../transport.js';
import type {
  AvailableSlotsQuery,
  AvailableSlotsQueryVariables,
  RepairEstimateQuery,
  RepairEstimateQueryVariables,
  RepairOptionsQuery,
  RepairOptionsQueryVariables,
  RequestRepairMutation,
  RequestRepairMutationVariables,
} from '../generated/graphql.js';

export const AvailableSlotsDocument = `
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
    ` as DocumentText<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const RepairEstimateDocument = `
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
    ` as DocumentText<RepairEstimateQuery, RepairEstimateQueryVariables>;
export const RepairOptionsDocument = `
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
    ` as DocumentText<RepairOptionsQuery, RepairOptionsQueryVariables>;
export const RequestRepairDocument = `
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
}` as DocumentText<RequestRepairMutation, RequestRepairMutationVariables>;
