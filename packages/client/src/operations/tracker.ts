import { graphql } from '../generated/gql.js';

/**
 * The customer's repair tracker (seed 001, steps 1 to 7): a ticket reached with its tracking code
 * and the postal code of the address, or with the signed link of its confirmation; nothing else.
 * Every operation asks for the same fields (the `TrackedTicket` fragment), so a page shows a ticket
 * the same way whichever way it came: looked up, answered, rated or pushed live.
 */
export const CustomerTicketDocument = graphql(`
  query CustomerTicket($trackingCode: String!, $postalCode: String!) {
    ticket(trackingCode: $trackingCode, postalCode: $postalCode) {
      __typename
      ... on Ticket {
        ...TrackedTicket
      }
      ... on Error {
        message
        code
      }
    }
  }

  fragment TrackedTicket on Ticket {
    trackingCode
    status
    productModel
    repairLocation
    createdAt
    updatedAt
    timeZone
    link
    calendar
    canRate
    outcome
    outcomeNote
    followUpOn
    nextStep {
      code
      actor
    }
    usageAdvice {
      text
      language
      cause
      reason
      why
    }
    timeline {
      id
      kind
      status
      previousStatus
      actor
      by
      at
      reason
      expectedArrivalAt
    }
    visit {
      arrivalWindowStart
      arrivalWindowEnd
      verificationCode
      expectedArrivalAt
      delayReason
      arrivedAt
      technician {
        name
        badgeNumber
        photoUrl
      }
    }
    dropOff {
      slotStart
      slotEnd
      receivedAt
      workshop {
        name
        address
      }
    }
    quote {
      id
      status
      createdAt
      answeredAt
      note
      lines {
        kind
        part
        covered
        amount {
          amount
          currency
        }
      }
      total {
        amount
        currency
      }
      advice {
        ...TrackedRepairAdvice
      }
    }
    repairAdvice {
      ...TrackedRepairAdvice
    }
    ratings {
      score
      comment
      at
    }
  }

  fragment TrackedRepairAdvice on RepairAdvice {
    advice
    reason
    costPercent
    explanation
  }
`);

/** The ticket a signed confirmation link opens; a forged or altered link finds nothing. */
export const CustomerTicketByLinkDocument = graphql(`
  query CustomerTicketByLink($link: String!) {
    ticketByLink(link: $link) {
      __typename
      ... on Ticket {
        ...TrackedTicket
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

/** The customer accepts or declines the quote waiting for an answer, once. */
export const AnswerQuoteDocument = graphql(`
  mutation AnswerQuote($input: AnswerQuoteInput!) {
    answerQuote(input: $input) {
      __typename
      ... on RepairChanged {
        ticket {
          ...TrackedTicket
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

/** The customer rates the repair from 1 to 5: the ticket closes, or reopens under the tenant's threshold. */
export const RateRepairDocument = graphql(`
  mutation RateRepair($input: RateRepairInput!) {
    rateRepair(input: $input) {
      __typename
      ... on RepairRated {
        outcome
        ticket {
          ...TrackedTicket
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

/**
 * The ticket now, then again after each change: a GraphQL subscription served over Server-Sent
 * Events at `<endpoint>/stream` (see `SavClient.ticketUpdates`) and over WebSocket.
 */
export const TicketUpdatesDocument = graphql(`
  subscription TicketUpdates($access: CustomerTicketAccessInput!) {
    ticketUpdates(access: $access) {
      __typename
      ... on Ticket {
        ...TrackedTicket
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
