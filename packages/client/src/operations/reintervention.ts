import { graphql } from '../generated/gql.js';

/**
 * An installer network's reintervention terms (seed 000, Wipoz!) and the quote of one
 * reintervention: who pays, how much and why. Both ask for the same terms' fields (the
 * `ReinterventionTermsFields` fragment), so a page shows the terms the same way whichever answered.
 * Public: a publishable key reads them.
 */
export const ReinterventionTermsDocument = graphql(`
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
  }
`);

export const ReinterventionQuoteDocument = graphql(`
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
`);
