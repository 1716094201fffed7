/**
 * SAV's components as React components (`@sav/elements/react`), for React 18 and 19: properties
 * are set as properties (not stringified attributes) and SAV's events are props named in React's
 * way, typed with their `detail`:
 *
 *   import { SavWarrantyCheck } from '@sav/elements/react';
 *   <SavWarrantyCheck api="https://sav.example/graphql" publishableKey="pk_…"
 *     onWarrantyChecked={(event) => console.log(event.detail.status)} />
 *
 * Importing this module registers the custom elements, as `@sav/elements` does. React itself is
 * the page's (a peer dependency): it is not bundled.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  SavBooking as SavBookingElement,
  type SavBookingConfirmedEvent,
  type SavBookingFailedEvent,
  type SavBookingSubmittedEvent,
  SavCompletionCertificate as SavCompletionCertificateElement,
  type SavCalendarDownloadedEvent,
  type SavCertificateActionFailedEvent,
  type SavCertificateDeclinedEvent,
  type SavCertificateSignedEvent,
  type SavQuoteAnsweredEvent,
  SavReinterventionTerms as SavReinterventionTermsElement,
  type SavReinterventionQuotedEvent,
  type SavRepairRatedEvent,
  type SavTicketActionFailedEvent,
  type SavTicketFoundEvent,
  SavTicketTracker as SavTicketTrackerElement,
  type SavTicketUpdatedEvent,
  SavWarrantyCheck as SavWarrantyCheckElement,
  type SavWarrantyCheckedEvent,
} from '../index.js';

export const SavWarrantyCheck = createComponent({
  tagName: 'sav-warranty-check',
  elementClass: SavWarrantyCheckElement,
  react: React,
  events: {
    onWarrantyChecked: 'sav-warranty-checked' as EventName<SavWarrantyCheckedEvent>,
  },
});

export const SavBooking = createComponent({
  tagName: 'sav-booking',
  elementClass: SavBookingElement,
  react: React,
  events: {
    onBookingSubmitted: 'sav-booking-submitted' as EventName<SavBookingSubmittedEvent>,
    onBookingConfirmed: 'sav-booking-confirmed' as EventName<SavBookingConfirmedEvent>,
    onBookingFailed: 'sav-booking-failed' as EventName<SavBookingFailedEvent>,
  },
});

export const SavTicketTracker = createComponent({
  tagName: 'sav-ticket-tracker',
  elementClass: SavTicketTrackerElement,
  react: React,
  events: {
    onTicketFound: 'sav-ticket-found' as EventName<SavTicketFoundEvent>,
    onTicketUpdated: 'sav-ticket-updated' as EventName<SavTicketUpdatedEvent>,
    onQuoteAnswered: 'sav-quote-answered' as EventName<SavQuoteAnsweredEvent>,
    onRepairRated: 'sav-repair-rated' as EventName<SavRepairRatedEvent>,
    onCalendarDownloaded: 'sav-calendar-downloaded' as EventName<SavCalendarDownloadedEvent>,
    onTicketActionFailed: 'sav-ticket-action-failed' as EventName<SavTicketActionFailedEvent>,
  },
});

export const SavReinterventionTerms = createComponent({
  tagName: 'sav-reintervention-terms',
  elementClass: SavReinterventionTermsElement,
  react: React,
  events: {
    onReinterventionQuoted: 'sav-reintervention-quoted' as EventName<SavReinterventionQuotedEvent>,
  },
});

export const SavCompletionCertificate = createComponent({
  tagName: 'sav-completion-certificate',
  elementClass: SavCompletionCertificateElement,
  react: React,
  events: {
    onCertificateSigned: 'sav-certificate-signed' as EventName<SavCertificateSignedEvent>,
    onCertificateDeclined: 'sav-certificate-declined' as EventName<SavCertificateDeclinedEvent>,
    onCertificateActionFailed: 'sav-certificate-action-failed' as EventName<SavCertificateActionFailedEvent>,
  },
});

// The back office's <sav-quality-report> is in '@sav/elements/react/quality-report' (react/quality-report.ts): no shop bundles it.
