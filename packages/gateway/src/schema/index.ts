import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
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

export const schema = builder.toSchema();

/** The schema as committed in schema.graphql: sorted, so that only real changes show in a diff. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
