import { lexicographicSortSchema, printSchema } from 'graphql';
import { withAuditLog } from '../audit/audit-log.js';
import { withPartnerAccess } from '../tenancy/partner-access.js';
import { builder } from './builder.js';
import { refusingUnstorableText } from './text-input.js';
import './scalars.js';
import './errors.js';
import './warranty.js';
import './tickets.js';
import './booking.js';
import './repair-estimate.js';
import './change-errors.js';
import './visit-changes.js';
import './service-desk.js';
import './workshops.js';
import './webhooks.js';
import './lifecycle.js';
import './tracker.js';
import './service-settings.js';
import './reintervention.js';
import './installation-jobs.js';
import './reintervention-visits.js';
import './surveys.js';
import './privacy.js';
import './audit-log.js';
import './analytics.js';
import './usage-advice.js';
import './partner-workshops.js';

/**
 * The schema, every mutation (and every read of a customer's whole data) audited when a secret key calls it,
 * text the store cannot hold (a NUL character) refused before any resolver runs, and a partner
 * workshop's key held to its few operations (refusals audited too).
 */
export const schema = withAuditLog(withPartnerAccess(refusingUnstorableText(builder.toSchema())));

/** The schema as committed in schema.graphql: sorted, so that only real changes show in a diff. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
