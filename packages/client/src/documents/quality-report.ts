// Written by scripts/documents.ts (`pnpm --filter @sav/client codegen`) from src/generated/graphql.ts: do not edit.
import type { DocumentText } from '../transport.js';
import type {
  QualityReportQuery,
  QualityReportQueryVariables,
} from '../generated/graphql.js';

export const QualityReportDocument = `
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
    ` as DocumentText<QualityReportQuery, QualityReportQueryVariables>;
