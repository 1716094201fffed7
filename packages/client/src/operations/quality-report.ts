import { graphql } from '../generated/gql.js';

/**
 * The quality report of a distributor's own products (secret key: sent from the back office's
 * server, never from a web page): failure rates by model, replaced part and purchase month,
 * repeated defects, delays, first-time fix and satisfaction, for the period, models, category and
 * country asked. What `<sav-quality-report>` shows, through the back office's endpoint that adds
 * the key.
 */
export const QualityReportDocument = graphql(`
  query QualityReport($input: QualityReportInput!) {
    qualityReport(input: $input) {
      __typename
      ... on QualityReport {
        from
        to
        repeatThreshold
        tickets
        unitsSold
        failureRatePercent
        byModel {
          productModel
          name
          category
          unitsSold
          tickets
          failureRatePercent
        }
        byPart {
          part
          unitsSold
          tickets
          failureRatePercent
        }
        byPurchaseMonth {
          month
          unitsSold
          tickets
          failureRatePercent
        }
        repeatedPartDefects {
          productModel
          part
          units
          tickets
        }
        repeatedUnitRepairs {
          serialNumber
          productModel
          part
          repairs
        }
        timeToFirstVisit {
          tickets
          medianHours
          p90Hours
        }
        timeToRepair {
          tickets
          medianHours
          p90Hours
        }
        firstTimeFix {
          closedTickets
          fixedFirstTime
          ratePercent
        }
        satisfactionByTechnician {
          name
          badgeNumber
          ratings
          averageScore
        }
        satisfactionByWorkshop {
          name
          city
          ratings
          averageScore
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
