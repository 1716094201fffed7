import type { ReinterventionKey } from '../../internal/i18n.reintervention.js';

/** The longest visit the calculator takes, in minutes (the gateway's bound: a working day and night). */
export const MAX_PRESENCE_MINUTES = 24 * 60;

/** The duration's two fields. */
export type DurationField = 'hours' | 'minutes';

/** What the duration fields hold, as typed. */
export type DurationInput = Record<DurationField, string>;

/** The minutes the fields add up to, or each wrong field's problem (a string key). */
export type DurationCheck =
  | { readonly ok: true; readonly presenceMinutes: number }
  | { readonly ok: false; readonly problems: Partial<Record<DurationField, ReinterventionKey>> };

const WHOLE_NUMBER = /^\d{1,5}$/;

/**
 * Checks the duration as a person types it: hours and minutes, or minutes only (an empty field is
 * 0); each must be a whole number, 0 or more, and together at most 24 hours. Each wrong field gets
 * its own problem; the total's goes where the time was typed (the hours when there are any).
 */
export function checkDuration(input: DurationInput): DurationCheck {
  const hours = input.hours.trim();
  const minutes = input.minutes.trim();
  if (!hours && !minutes) return { ok: false, problems: { hours: 'calc.duration.missing' } };
  const problems: Partial<Record<DurationField, ReinterventionKey>> = {};
  if (hours && !WHOLE_NUMBER.test(hours)) problems.hours = 'calc.hours.invalid';
  if (minutes && !WHOLE_NUMBER.test(minutes)) problems.minutes = 'calc.minutes.invalid';
  if (problems.hours || problems.minutes) return { ok: false, problems };
  const total = Number(hours || '0') * 60 + Number(minutes || '0');
  if (total > MAX_PRESENCE_MINUTES) return { ok: false, problems: Number(hours || '0') > 0 ? { hours: 'calc.tooLong' } : { minutes: 'calc.tooLong' } };
  return { ok: true, presenceMinutes: total };
}

/**
 * A duration in words in a locale: "1 hour 30 minutes", "1 heure 30 minutes", "1 uur 30 minuten",
 * "1小时30分钟" (Intl's units, long form).
 */
export function formatDuration(totalMinutes: number, locale: string): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const words = [hours > 0 ? unit(hours, 'hour') : '', minutes > 0 || hours === 0 ? unit(minutes, 'minute') : ''].filter(Boolean);
  return words.join(locale.toLowerCase().startsWith('zh') ? '' : ' ');
}

/** A VAT rate in percent as the gateway sends it ("20", "5.5"), written in a locale ("20 %", "5,5 %"). */
export function formatPercent(percent: string, locale: string): string {
  if (!/^\d+(\.\d+)?$/.test(percent)) return `${percent} %`;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 4 }).format(Number(percent) / 100);
}
