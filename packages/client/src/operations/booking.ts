import { graphql } from '../generated/gql.js';

/**
 * What a customer may choose when asking for a repair of a model: the product, its symptoms (labels
 * in the request's language), the tenant's price list (seed 001, step 5: shown before any charge)
 * and the IANA zone the tenant's times are shown in.
 */
export const RepairOptionsDocument = graphql(`
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
`);

/** The arrival windows open for a product at a postal code, with the expected visit and the zone to show them in. */
export const AvailableSlotsDocument = graphql(`
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
`);

/** Whether the warranty pays a repair and, when it does not, its price before booking. */
export const RepairEstimateDocument = graphql(`
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
`);

/**
 * Books a technician in an arrival window or a workshop drop-off (`workshopId`), or keeps the
 * request for verification. The ticket comes with its visit (who comes, when) or its drop-off
 * (where, when), and either as iCalendar text.
 */
export const RequestRepairDocument = graphql(`
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
  }
`);
