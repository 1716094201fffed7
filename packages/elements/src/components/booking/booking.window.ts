import type { Slot } from '@sav/client';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderFieldError } from '../../internal/fields.js';
import { translate } from '../../internal/i18n.js';
import { calendarDays, dateInZone, formatDay, formatTimeRange, zoneCity } from '../../internal/zoned-time.js';
import { renderCalendar, type WindowsByDay } from './booking.calendar.js';
import { WINDOW_DAYS } from './booking.requests.js';
import type { BookingViewContext } from './booking.view.js';

/**
 * A window with this many places or fewer says how many are left, unless no window has more (a
 * team of two technicians is not "only 2 places left" everywhere).
 */
export const FEW_PLACES = 2;

/** Whether a window's remaining places are few enough to say. */
export function fewPlaces(slot: Slot, slots: readonly Slot[]): boolean {
  return slot.remaining <= FEW_PLACES && slots.some((other) => other.remaining > slot.remaining);
}

/** The open windows (a place left) by their day in the tenant's zone, in time order. */
export function windowsByDay(slots: readonly Slot[], timeZone: string): WindowsByDay {
  const byDay = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    if (slot.remaining <= 0) continue;
    const day = dateInZone(slot.start, timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), slot]);
  }
  return byDay;
}

/** The days the calendar shows: WINDOW_DAYS from the day the windows were asked from. */
export function windowDays(context: Pick<BookingViewContext, 'booking'>): string[] {
  return calendarDays(context.booking.slotsFrom, WINDOW_DAYS);
}

/**
 * Step 3: the calendar of days and the chosen day's windows as a radio group, times in the page's
 * locale and the tenant's zone. Outside the service area: why, and the way back to the address.
 */
export function renderWindowStep(context: BookingViewContext): TemplateResult {
  const { booking, language } = context;
  if (booking.busy.has('slots')) {
    return html`<p part="loading" class="loading">${translate(language, 'booking.windows.loading')}</p>`;
  }
  if (booking.outsideServiceArea) {
    return html`<div part="outside" class="outside notice" role="alert">
      <h3 class="notice-heading">${translate(language, 'booking.outside.title')}</h3>
      <p>${translate(language, 'booking.outside.text', { postalCode: context.draft.values.postalCode.trim() })}</p>
      <button part="back-to-address" class="secondary" type="button" @click=${context.handlers.onBackToAddress}>
        ${translate(language, 'booking.outside.back')}
      </button>
    </div>`;
  }
  const slots = booking.slots?.slots ?? [];
  const windows = windowsByDay(slots, context.timeZone);
  return html`${booking.slotMessage ? html`<p part="notice" class="notice" role="alert">${booking.slotMessage}</p>` : nothing}
    ${windows.size === 0
      ? html`<p part="notice" class="notice">${translate(language, 'booking.windows.none', { days: WINDOW_DAYS })}</p>`
      : nothing}
    ${renderCalendar(context, windowDays(context), windows)}
    ${context.selectedDay && windows.has(context.selectedDay)
      ? renderWindows(context, context.selectedDay, windows.get(context.selectedDay) ?? [])
      : html`<p part="hint" class="hint">${translate(language, 'booking.windows.chooseDay')}</p>`}
    ${renderFieldError('slot', booking.fieldErrors.slotStart)}`;
}

function renderWindows(context: BookingViewContext, day: string, slots: readonly Slot[]): TemplateResult {
  const { language, locale, timeZone } = context;
  const chosen = context.draft.slot?.start;
  const error = context.booking.fieldErrors.slotStart;
  const minutes = context.booking.slots?.visitMinutes ?? 60;
  return html`<fieldset
    part="windows"
    class="windows"
    aria-describedby=${['windows-hint', error ? 'slot-error' : ''].filter(Boolean).join(' ')}
    @change=${context.handlers.onWindowChange}
  >
    <legend>${translate(language, 'booking.windows.legend', { day: formatDay(day, locale) })}</legend>
    <p id="windows-hint" part="hint" class="hint">
      ${translate(language, 'booking.windows.hint', { zone: zoneCity(timeZone), minutes })}
    </p>
    ${slots.map(
      (slot) => html`<label part="window" class="window">
        <input type="radio" name="slot" value=${slot.start} .checked=${live(slot.start === chosen)} aria-invalid=${error ? 'true' : nothing} />
        <span part="window-time" class="window-time">${formatTimeRange(slot.start, slot.end, locale, timeZone)}</span>
        ${fewPlaces(slot, context.booking.slots?.slots ?? [])
          ? html`<span part="remaining" class="remaining">
              ${slot.remaining === 1
                ? translate(language, 'booking.windows.remainingOne')
                : translate(language, 'booking.windows.remaining', { count: slot.remaining })}
            </span>`
          : nothing}
      </label>`,
    )}
  </fieldset>`;
}
