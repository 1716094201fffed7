// Written by scripts/documents.ts (`pnpm --filter @sav/client codegen`) from src/generated/graphql.ts: do not edit.
import type { DocumentText } from '../transport.js';
import type {
  ReinterventionQuoteQuery,
  ReinterventionQuoteQueryVariables,
  ReinterventionTermsQuery,
  ReinterventionTermsQueryVariables,
} from '../generated/graphql.js';

export const ReinterventionQuoteDocument = `
    query ReinterventionQuote($input: ReinterventionQuoteInput!) {
  reinterventionQuote(input: $input) {
    __typename
    ... on ReinterventionQuote {
      billable
      amountExclTax {
        amount
        currency
      }
      vat {
        amount
        currency
      }
      vatRate
      amountInclTax {
        amount
        currency
      }
      payer
      rule
      cause
      presenceMinutes
      billedMinutes
      country
      explanation
      terms {
        ...ReinterventionTermsFields
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
    fragment ReinterventionTermsFields on ReinterventionTerms {
  hourlyRate {
    amount
    currency
  }
  thresholdMinutes
  billableCauses
  country
  vatRates {
    country
    percent
  }
  granularity
  effectiveFrom
}` as DocumentText<ReinterventionQuoteQuery, ReinterventionQuoteQueryVariables>;
export const ReinterventionTermsDocument = `
    query ReinterventionTerms($at: DateTime) {
  reinterventionTerms(at: $at) {
    __typename
    ... on ReinterventionTerms {
      ...ReinterventionTermsFields
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
    fragment ReinterventionTermsFields on ReinterventionTerms {
  hourlyRate {
    amount
    currency
  }
  thresholdMinutes
  billableCauses
  country
  vatRates {
    country
    percent
  }
  granularity
  effectiveFrom
}` as DocumentText<ReinterventionTermsQuery, ReinterventionTermsQueryVariables>;
