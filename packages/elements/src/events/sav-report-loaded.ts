import type { QualityReport } from '@sav/client';

/**
 * What `sav-report-loaded` tells the page: the quality report now shown, as the gateway gave it
 * (the `QualityReport` of `@sav/client`; rates and hours are decimal strings such as `"2.50"`).
 */
export interface SavReportLoadedDetail {
  /** First day of ticket creation covered (`YYYY-MM-DD`); null: from the first ticket. */
  readonly from: QualityReport['from'];
  /** Last day covered, included (`YYYY-MM-DD`); null: up to now. */
  readonly to: QualityReport['to'];
  /** Repairs requested on catalogue models in scope (cancelled requests left out). */
  readonly tickets: QualityReport['tickets'];
  /** Registered units of the models in scope, bought up to `to`. */
  readonly unitsSold: QualityReport['unitsSold'];
  /** Tickets over units sold, in percent (`"21.18"`); null when no unit was sold. */
  readonly failureRatePercent: QualityReport['failureRatePercent'];
  /** Per catalogue model: units sold, tickets, failure rate. */
  readonly byModel: QualityReport['byModel'];
  /** Per part replaced: tickets, failure rate. */
  readonly byPart: QualityReport['byPart'];
  /** Per purchase month (`YYYY-MM`): units sold, tickets, failure rate. */
  readonly byPurchaseMonth: QualityReport['byPurchaseMonth'];
  /** The units of one model on which a part must fail to be a repeated defect. */
  readonly repeatThreshold: QualityReport['repeatThreshold'];
  /** Parts replaced on `repeatThreshold` units of one model or more. */
  readonly repeatedPartDefects: QualityReport['repeatedPartDefects'];
  /** Units repaired twice or more for the same part. */
  readonly repeatedUnitRepairs: QualityReport['repeatedUnitRepairs'];
  /** From the request to the first visit: median and 90th percentile in hours. */
  readonly timeToFirstVisit: QualityReport['timeToFirstVisit'];
  /** From the request to the repair: median and 90th percentile in hours. */
  readonly timeToRepair: QualityReport['timeToRepair'];
  /** Closed tickets fixed at the first visit, and their share. */
  readonly firstTimeFix: QualityReport['firstTimeFix'];
  /** Customers' ratings by technician. */
  readonly satisfactionByTechnician: QualityReport['satisfactionByTechnician'];
  /** Customers' ratings by workshop. */
  readonly satisfactionByWorkshop: QualityReport['satisfactionByWorkshop'];
}

/**
 * Fired by `<sav-quality-report>` each time it shows a report (loaded from its `api`, or given as
 * its `report` property); not on a refused or failed request. Bubbles and crosses shadow roots.
 */
export class SavReportLoadedEvent extends Event {
  static readonly eventName = 'sav-report-loaded' as const;
  readonly detail: SavReportLoadedDetail;

  constructor(detail: SavReportLoadedDetail) {
    super(SavReportLoadedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-report-loaded': SavReportLoadedEvent;
  }
}
