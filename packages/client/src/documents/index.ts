// Written by scripts/documents.ts (`pnpm --filter @sav/client codegen`) from src/generated/graphql.ts: do not edit.
export { AvailableSlotsDocument, RepairEstimateDocument, RepairOptionsDocument, RequestRepairDocument } from './booking.js';
export { CompletionCertificateDocument, CompletionCertificatePdfDocument, DeclineCompletionCertificateDocument, SignCompletionCertificateDocument } from './completion-certificate.js';
export { DropOffSlotsDocument, WorkshopsDocument } from './drop-off.js';
export { QualityReportDocument } from './quality-report.js';
export { ReinterventionQuoteDocument, ReinterventionTermsDocument } from './reintervention.js';
export { AnswerQuoteDocument, CustomerTicketByLinkDocument, CustomerTicketDocument, RateRepairDocument, TicketUpdatesDocument } from './tracker.js';
export { WarrantyCheckDocument } from './warranty-check.js';
