/** GraphQL documents and inputs the booking tests share. */
export const AVAILABLE_SLOTS = /* GraphQL */ `
  query Slots($input: AvailableSlotsInput!) {
    availableSlots(input: $input) {
      __typename
      ... on AvailableSlots { visitMinutes repairLocation slots { start end remaining } }
      ... on Error { message code }
      ... on InvalidInput { field }
    }
  }
`;

export const REQUEST_REPAIR = /* GraphQL */ `
  mutation Repair($input: RequestRepairInput!) {
    requestRepair(input: $input) {
      __typename
      ... on RepairBooked { ticket { trackingCode status repairLocation likelyParts warrantyStatus visit { arrivalWindowStart arrivalWindowEnd technician { name badgeNumber } } } }
      ... on NeedsVerification { trackingCode reasons ticket { status } }
      ... on Error { message code }
      ... on InvalidInput { field }
    }
  }
`;

export const TICKET = /* GraphQL */ `
  query Ticket($trackingCode: String!, $postalCode: String!) {
    ticket(trackingCode: $trackingCode, postalCode: $postalCode) {
      __typename
      ... on Ticket { trackingCode status productModel visit { arrivalWindowStart technician { name } } }
      ... on Error { message code }
    }
  }
`;

export const PARIS_CUSTOMER = {
  name: 'Camille Dupont',
  email: 'camille.dupont@example.fr',
  phone: '06 12 34 56 78',
  address: { line1: '12 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR' },
};

export function repairRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    productModel: 'HRF-DEMO-1',
    purchaseDate: '2024-08-20',
    fault: 'The fridge is not cooling any more, the food gets warm.',
    symptoms: ['NOT_COOLING'],
    customer: PARIS_CUSTOMER,
    slotStart: '2026-04-21T06:00:00.000Z',
    ...overrides,
  };
}

export interface RepairAnswer {
  __typename: string;
  code?: string;
  message?: string;
  field?: string[];
  trackingCode?: string;
  reasons?: string[];
  ticket?: { trackingCode: string; status: string; warrantyStatus: string | null; visit: { arrivalWindowStart: string; technician: { name: string; badgeNumber: string } } | null };
}
