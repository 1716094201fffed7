import { isCalendarDate } from '@sav/rules';
import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';

/**
 * The days a request may name: any an appliance's purchase, cover, repair or legal period can
 * involve, and far from the calendar's ends. Nearer them, the date arithmetic every service does
 * (a cover of N years, a search a day either side of `from`, an instant's day in the tenant's
 * zone) would leave the calendar that PostgreSQL (no year 0) and ISO dates (YYYY up to 9999) can
 * hold. Answers are not bounded: a cover may well end after 2999-12-31.
 */
export const FIRST_ACCEPTED_DAY = '1900-01-01';
export const LAST_ACCEPTED_DAY = '2999-12-31';
const FIRST_ACCEPTED_INSTANT = Date.parse(`${FIRST_ACCEPTED_DAY}T00:00:00Z`);
const LAST_ACCEPTED_INSTANT = Date.parse(`${LAST_ACCEPTED_DAY}T23:59:59.999Z`);

function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function calendarDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw badUserInput(`Date must be a real calendar day written YYYY-MM-DD (such as 2024-08-20); got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A date a request gives: a real day, from FIRST_ACCEPTED_DAY to LAST_ACCEPTED_DAY. */
function parseDate(value: unknown): string {
  const date = calendarDate(value);
  if (date < FIRST_ACCEPTED_DAY || date > LAST_ACCEPTED_DAY) throw badUserInput(`Date must be a day from ${FIRST_ACCEPTED_DAY} to ${LAST_ACCEPTED_DAY}; got ${JSON.stringify(value)}.`);
  return date;
}

builder.scalarType('Date', {
  description: 'An ISO 8601 calendar date, YYYY-MM-DD, with no time and no zone.',
  serialize: (value) => calendarDate(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const OFFSET_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function instant(value: unknown): Date {
  const parsed = typeof value === 'string' && OFFSET_INSTANT.test(value) ? new Date(value) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    throw badUserInput(`DateTime must be an ISO 8601 instant with an offset (such as 2026-03-02T09:00:00+01:00); got ${JSON.stringify(value)}.`);
  }
  return parsed;
}

/** An instant a request gives, from the first moment of FIRST_ACCEPTED_DAY to the last of LAST_ACCEPTED_DAY (UTC). */
function parseDateTime(value: unknown): Date {
  const parsed = instant(value);
  if (parsed.getTime() < FIRST_ACCEPTED_INSTANT || parsed.getTime() > LAST_ACCEPTED_INSTANT) {
    throw badUserInput(`DateTime must fall from ${FIRST_ACCEPTED_DAY} to ${LAST_ACCEPTED_DAY} (UTC); got ${JSON.stringify(value)}.`);
  }
  return parsed;
}

builder.scalarType('DateTime', {
  description: 'An ISO 8601 instant with an offset.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : instant(value).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
