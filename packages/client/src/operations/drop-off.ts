import { graphql } from '../generated/gql.js';

/**
 * The tenant's workshops that repair a product in a country (seed 004), where the customer may
 * drop the device off instead of a technician's visit.
 */
export const WorkshopsDocument = graphql(`
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
`);

/**
 * A workshop's open drop-off slots and the workshop's IANA zone to show them in. Book one with
 * `requestRepair(input: { workshopId, slotStart, … })`.
 */
export const DropOffSlotsDocument = graphql(`
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
`);
