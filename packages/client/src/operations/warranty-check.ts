import { graphql } from '../generated/gql.js';

/**
 * Checks a product's commercial warranty and the customer's legal rights.
 * Asks for every field of `WarrantyCheck` and for the typed errors' message, code, fields and each field's own problem.
 */
export const WarrantyCheckDocument = graphql(`
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
          ruleSet
          startsOn
          endsOn
          presumptionEndsOn
          extendedByRepair
          active
          liable
          remedies {
            kind
            available
            until
          }
          repairBonus {
            amount
            currency
          }
          source
          sourceUrl
          explanation
        }
        recourse {
          layer
          turnTo
          legalKind
          until
          proofNeeded
          free
          explanation
        }
        legalNotice
        usageAdvice {
          text
          language
          cause
          reason
          why
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
`);
