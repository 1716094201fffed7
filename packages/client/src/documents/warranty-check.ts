// Written by scripts/documents.ts (`pnpm --filter @sav/client codegen`) from src/generated/graphql.ts: do not edit.
import type { DocumentText } from '../transport.js';
import type {
  WarrantyCheckQuery,
  WarrantyCheckQueryVariables,
} from '../generated/graphql.js';

export const WarrantyCheckDocument = `
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
    ` as DocumentText<WarrantyCheckQuery, WarrantyCheckQueryVariables>;
