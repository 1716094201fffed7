/**
 * The back office's `<sav-quality-report>` as a React component (`@sav/elements/react/quality-report`),
 * apart from the shops' components of `@sav/elements/react` so that no shop bundles it:
 *
 *   import { SavQualityReport } from '@sav/elements/react/quality-report';
 *   <SavQualityReport api="/back-office/sav-graphql" from="2025-01-01"
 *     onReportLoaded={(event) => console.log(event.detail.tickets)} />
 *
 * `api` is the back office's own endpoint, which adds the secret key on its server (never in the
 * page); or give `report`, a QualityReport the server fetched. Importing this module registers the
 * custom element. React itself is the page's (a peer dependency).
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { SavQualityReport as SavQualityReportElement, type SavReportLoadedEvent } from '../components/quality-report/quality-report.js';

export const SavQualityReport = createComponent({
  tagName: 'sav-quality-report',
  elementClass: SavQualityReportElement,
  react: React,
  events: {
    onReportLoaded: 'sav-report-loaded' as EventName<SavReportLoadedEvent>,
  },
});
