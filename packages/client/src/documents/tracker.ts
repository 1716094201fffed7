// Written by scripts/documents.ts (`pnpm --filter @sav/client codegen`) from src/generated/graphql.ts: do not edit.
import type { DocumentText } from '../transport.js';
import type {
  AnswerQuoteMutation,
  AnswerQuoteMutationVariables,
  CustomerTicketByLinkQuery,
  CustomerTicketByLinkQueryVariables,
  CustomerTicketQuery,
  CustomerTicketQueryVariables,
  RateRepairMutation,
  RateRepairMutationVariables,
  TicketUpdatesSubscription,
  TicketUpdatesSubscriptionVariables,
} from '../generated/graphql.js';

export const AnswerQuoteDocument = `
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
}` as DocumentText<AnswerQuoteMutation, AnswerQuoteMutationVariables>;
export const CustomerTicketByLinkDocument = `
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
}` as DocumentText<CustomerTicketByLinkQuery, CustomerTicketByLinkQueryVariables>;
export const CustomerTicketDocument = `
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
}` as DocumentText<CustomerTicketQuery, CustomerTicketQueryVariables>;
export const RateRepairDocument = `
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
}` as DocumentText<RateRepairMutation, RateRepairMutationVariables>;
export const TicketUpdatesDocument = `
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
}` as DocumentText<TicketUpdatesSubscription, TicketUpdatesSubscriptionVariables>;
