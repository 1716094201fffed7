/** A warranty check asking for nearly everything a result holds, and every error's code and field. */
export const WARRANTY_CHECK = /* GraphQL */ `
  query Check($input: WarrantyCheckInput!) {
    warrantyCheck(input: $input) {
      __typename
      ... on WarrantyCheck {
        productModel purchaseDate asOf status explanation paidRepairAvailable
        product { name brand category }
        coverages { part startsOn endsOn active daysLeft extendedByDays policyName }
        remedies { kind until }
        exclusions { code description }
        legalRights { jurisdiction }
      }
      ... on Error { message code }
      ... on InvalidInput { field }
    }
  }
`;
