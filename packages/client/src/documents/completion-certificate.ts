// Written by scripts/documents.ts (`pnpm --filter @sav/client codegen`) from src/generated/graphql.ts: do not edit.
import type { DocumentText } from '../transport.js';
import type {
  CompletionCertificatePdfQuery,
  CompletionCertificatePdfQueryVariables,
  CompletionCertificateQuery,
  CompletionCertificateQueryVariables,
  DeclineCompletionCertificateMutation,
  DeclineCompletionCertificateMutationVariables,
  SignCompletionCertificateMutation,
  SignCompletionCertificateMutationVariables,
} from '../generated/graphql.js';

export const CompletionCertificateDocument = `
    query CompletionCertificate($link: String!) {
  completionCertificate(link: $link) {
    __typename
    ... on InstallationJob {
      ...CertificateJobFields
    }
    ... on Error {
      message
      code
    }
  }
}
    fragment CertificateJobFields on InstallationJob {
  reference
  customerName
  addressLine1
  postalCode
  city
  country
  designerName
  installerName
  supplierName
  supplies
  createdAt
  certificate {
    itemsDone
    reserves {
      description
      party
      dueOn
    }
    photoUrls
    status
    signerName
    signatureKind
    signature
    signedAt
    signedPlace
    signedRemotely
    declineReason
  }
}` as DocumentText<CompletionCertificateQuery, CompletionCertificateQueryVariables>;
export const CompletionCertificatePdfDocument = `
    query CompletionCertificatePdf($link: String!) {
  completionCertificate(link: $link) {
    __typename
    ... on InstallationJob {
      reference
      certificatePdf
    }
    ... on Error {
      message
      code
    }
  }
}
    ` as DocumentText<CompletionCertificatePdfQuery, CompletionCertificatePdfQueryVariables>;
export const DeclineCompletionCertificateDocument = `
    mutation DeclineCompletionCertificate($link: String!, $reason: String!) {
  declineCompletionCertificate(link: $link, reason: $reason) {
    __typename
    ... on InstallationJob {
      ...CertificateJobFields
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
    fragment CertificateJobFields on InstallationJob {
  reference
  customerName
  addressLine1
  postalCode
  city
  country
  designerName
  installerName
  supplierName
  supplies
  createdAt
  certificate {
    itemsDone
    reserves {
      description
      party
      dueOn
    }
    photoUrls
    status
    signerName
    signatureKind
    signature
    signedAt
    signedPlace
    signedRemotely
    declineReason
  }
}` as DocumentText<DeclineCompletionCertificateMutation, DeclineCompletionCertificateMutationVariables>;
export const SignCompletionCertificateDocument = `
    mutation SignCompletionCertificate($input: SignCompletionCertificateInput!) {
  signCompletionCertificate(input: $input) {
    __typename
    ... on InstallationJob {
      ...CertificateJobFields
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
    fragment CertificateJobFields on InstallationJob {
  reference
  customerName
  addressLine1
  postalCode
  city
  country
  designerName
  installerName
  supplierName
  supplies
  createdAt
  certificate {
    itemsDone
    reserves {
      description
      party
      dueOn
    }
    photoUrls
    status
    signerName
    signatureKind
    signature
    signedAt
    signedPlace
    signedRemotely
    declineReason
  }
}` as DocumentText<SignCompletionCertificateMutation, SignCompletionCertificateMutationVariables>;
