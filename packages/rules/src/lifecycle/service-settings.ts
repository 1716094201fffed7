/**
 * A tenant's settings for the service after the visit: the satisfaction threshold, when the
 * follow-up is due, the repair-cost share above which replacing is advised, where its tracker
 * page is, how many lookups and booking requests a publishable key and address may make a minute, and whether its repairers
 * hold France's QualiRépar label (their quotes then deduct the bonus réparation). Every bad field at once.
 */
import { acceptInput, type FieldProblem, type InputDecision, refuseProblems } from '../booking/input-problems.js';
import { PERSONAL_DATA_RETENTION_DAYS } from '../privacy/personal-data.js';

export interface ServiceSettingsChange {
  readonly satisfactionThreshold?: number | null;
  readonly followUpDays?: number | null;
  readonly repairCostLimitPercent?: number | null;
  /** An empty string clears it. */
  readonly trackerUrl?: string | null;
  readonly lookupsPerMinute?: number | null;
  readonly bookingsPerMinute?: number | null;
  readonly qualiReparLabelled?: boolean | null;
  /** Days after a ticket is closed or cancelled before its customer's personal data is anonymised. */
  readonly personalDataRetentionDays?: number | null;
}

export interface CheckedServiceSettings {
  readonly satisfactionThreshold?: number;
  readonly followUpDays?: number;
  readonly repairCostLimitPercent?: number;
  readonly trackerUrl?: string | null;
  readonly lookupsPerMinute?: number;
  readonly bookingsPerMinute?: number;
  readonly qualiReparLabelled?: boolean;
  readonly personalDataRetentionDays?: number;
}

const RANGES = {
  satisfactionThreshold: [1, 5, 'a rating from 1 to 5'],
  followUpDays: [0, 90, 'a whole number of days from 0 to 90'],
  repairCostLimitPercent: [1, 100, 'a whole percent from 1 to 100'],
  lookupsPerMinute: [1, 100_000, 'a whole number from 1 to 100000'],
  bookingsPerMinute: [1, 100_000, 'a whole number from 1 to 100000'],
  personalDataRetentionDays: [PERSONAL_DATA_RETENTION_DAYS.min, PERSONAL_DATA_RETENTION_DAYS.max, `a whole number of days from ${PERSONAL_DATA_RETENTION_DAYS.min} to ${PERSONAL_DATA_RETENTION_DAYS.max}`],
} as const;

/** A tracker page: https, or http on the local machine (for development). */
function checkTrackerUrl(value: string, allowLocalHttp: boolean): string | null {
  if (value.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(allowLocalHttp && local && url.protocol === 'http:')) return null;
  if (url.username || url.password) return null;
  return url.href;
}

export function checkServiceSettings(change: ServiceSettingsChange, options: { allowLocalHttp: boolean }): InputDecision<CheckedServiceSettings> {
  const problems: FieldProblem[] = [];
  const checked: Record<string, number | string | boolean | null> = {};
  for (const [name, [min, max, words]] of Object.entries(RANGES)) {
    const value = change[name as keyof typeof RANGES];
    if (value == null) continue;
    if (!Number.isInteger(value) || value < min || value > max) problems.push({ field: name, code: 'OUT_OF_RANGE', message: `${name} must be ${words}.` });
    else checked[name] = value;
  }
  if (change.trackerUrl != null) {
    const trimmed = change.trackerUrl.trim();
    if (trimmed === '') checked.trackerUrl = null;
    else {
      const url = checkTrackerUrl(trimmed, options.allowLocalHttp);
      if (url === null) problems.push({ field: 'trackerUrl', code: 'INVALID_URL', message: 'trackerUrl must be an https:// address of at most 2000 characters, without credentials.' });
      else checked.trackerUrl = url;
    }
  }
  if (change.qualiReparLabelled != null) {
    if (typeof change.qualiReparLabelled !== 'boolean') problems.push({ field: 'qualiReparLabelled', code: 'INVALID', message: 'qualiReparLabelled is true or false.' });
    else checked.qualiReparLabelled = change.qualiReparLabelled;
  }
  return problems.length > 0 ? refuseProblems(problems) : acceptInput(checked as CheckedServiceSettings);
}
