/**
 * A tenant's settings for the service after the visit (secret key): read them, change some. The
 * rules check every field; a refusal names each bad one and changes nothing.
 */
import { configurationChanged } from '../db/configuration-cache.js';
import { checkServiceSettings, PERSONAL_DATA_RETENTION_DAYS } from '@sav/rules';
import { requireSecretKey } from '../tenancy/authorization.js';
import { loadTenantSettings, type TenantSettings } from '../tenancy/tenant-settings.js';
import { builder } from './builder.js';
import { InvalidInputError, loggingTypedErrors } from './errors.js';

const ServiceSettingsRef = builder.objectRef<TenantSettings>('ServiceSettings').implement({
  description: "The tenant's settings for follow-up, ratings, repair advice, tracker links, lookup limits and the repair bonus.",
  fields: (t) => ({
    satisfactionThreshold: t.exposeInt('satisfactionThreshold', { description: 'A rating at or above it closes a ticket; below, it reopens it.' }),
    followUpDays: t.exposeInt('followUpDays', { description: 'Days after the repair when the follow-up call is due.' }),
    repairCostLimitPercent: t.exposeInt('repairCostLimitPercent', { description: 'Replacing is advised when a repair costs more than this share of a new unit.' }),
    trackerUrl: t.exposeString('trackerUrl', { nullable: true, description: "The page of the retailer's site with <sav-ticket-tracker>; signed links point to it." }),
    lookupsPerMinute: t.exposeInt('lookupsPerMinute', { description: 'Ticket lookups, and warranty lookups by serial, each served per minute to one publishable key and client address before a 429.' }),
    bookingsPerMinute: t.exposeInt('bookingsPerMinute', { description: 'Booking requests (available windows, repair requests, drop-off slots) served per minute to one publishable key and client address before a 429.' }),
    qualiReparLabelled: t.exposeBoolean('qualiReparLabelled', { description: "The tenant's repairers hold France's QualiRépar label: out-of-warranty quotes deduct the bonus réparation." }),
    personalDataRetentionDays: t.exposeInt('personalDataRetentionDays', {
      description: "Days after a ticket is closed or cancelled before its customer's personal data (name, contact details, address, their words) is anonymised; the ticket's facts stay.",
    }),
  }),
});

builder.queryField('serviceSettings', (t) =>
  t.field({
    type: ServiceSettingsRef,
    description: "The tenant's service settings (secret key).",
    resolve: (_root, _args, context) => {
      requireSecretKey(context);
      return context.tenantSettings();
    },
  }),
);

const UpdateServiceSettingsInput = builder.inputType('UpdateServiceSettingsInput', {
  description: 'Only the fields given change; an empty trackerUrl clears it.',
  fields: (t) => ({
    satisfactionThreshold: t.int({ required: false, description: '1 to 5.' }),
    followUpDays: t.int({ required: false, description: '0 to 90.' }),
    repairCostLimitPercent: t.int({ required: false, description: '1 to 100.' }),
    trackerUrl: t.string({ required: false, description: 'https:// (http://localhost outside production).' }),
    lookupsPerMinute: t.int({ required: false, description: '1 to 100000.' }),
    bookingsPerMinute: t.int({ required: false, description: '1 to 100000.' }),
    qualiReparLabelled: t.boolean({ required: false }),
    personalDataRetentionDays: t.int({ required: false, description: `${PERSONAL_DATA_RETENTION_DAYS.min} to ${PERSONAL_DATA_RETENTION_DAYS.max} days.` }),
  }),
});

const ServiceSettingsUpdatedRef = builder.objectRef<{ settings: TenantSettings }>('ServiceSettingsUpdated').implement({
  fields: (t) => ({ settings: t.field({ type: ServiceSettingsRef, resolve: (updated) => updated.settings }) }),
});

builder.mutationField('updateServiceSettings', (t) =>
  t.field({
    type: ServiceSettingsUpdatedRef,
    description: "Changes some of the tenant's service settings (secret key).",
    args: { input: t.arg({ type: UpdateServiceSettingsInput, required: true }) },
    errors: { types: [InvalidInputError], union: { name: 'UpdateServiceSettingsResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'updateServiceSettings',
        (async () => {
          const checked = checkServiceSettings(input, { allowLocalHttp: !context.production });
          if (!checked.ok) throw InvalidInputError.fromViolation(checked.violation);
          await context.store.prisma.tenant.update({ where: { id: context.tenant.id }, data: checked.value });
          configurationChanged(context.store, context.tenant.id);
          return { settings: await loadTenantSettings(context.store, context.tenant.id) };
        })(),
      );
    },
  }),
);
