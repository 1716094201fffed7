import { graphql } from '../generated/gql.js';

/**
 * An installation job's certificate of completion (seed 000, Wipoz!), for its customer, through the
 * signed link the installer platform gave them: read it, sign it once (a typed name or a drawn
 * signature, the place, on site or remotely) or decline it with a reason. Every answer that carries
 * the job asks for the same fields (the `CertificateJobFields` fragment), so a page shows the job the
 * same way whichever answered. The PDF is a query of its own: it is large, and wanted only once the
 * certificate is answered. Public: a publishable key with the link is enough.
 */
export const CompletionCertificateDocument = graphql(`
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
  }
`);

export const CompletionCertificatePdfDocument = graphql(`
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
`);

export const SignCompletionCertificateDocument = graphql(`
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
`);

export const DeclineCompletionCertificateDocument = graphql(`
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
`);
