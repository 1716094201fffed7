import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderFieldError } from '../../internal/fields.js';
import { bookingText } from '../../internal/i18n.booking.js';
import { dateInZone, formatDay, formatTimeRange, zoneCity } from '../../internal/zoned-time.js';
import { renderCalendar } from './booking.calendar.js';
import { windowDays, windowsByDay, type Offered, type OfferedSlot } from './booking.days.js';
import { WINDOW_DAYS } from './booking.requests.js';
import { modeKey } from './booking.steps.js';
import type { BookingViewContext } from './booking.view.js';

export { windowDays, windowsByDay, type Offered, type OfferedSlot } from './booking.days.js';

/**
 * A window with this many places or fewer says how many are left, unless no window has more (a
 * team of two technicians is not "only 2 places left" everywhere).
 */
export const FEW_PLACES = 2;

/** Whether a window's remaining places are few enough to say. */
export function fewPlaces(slot: OfferedSlot, slots: readonly OfferedSlot[]): boolean {
  return slot.remaining <= FEW_PLACES && slots.some((other) => other.remaining > slot.remaining);
}

/** A window or slot in words, in the zone shown: "Tuesday, March 3, 8:00 – 10:00 AM". */
export function slotWords(context: Pick<BookingViewContext, 'locale' | 'timeZone'>, start: string, end: string): { day: string; window: string } {
  const { locale, timeZone } = context;
  return { day: formatDay(dateInZone(start, timeZone), locale), window: formatTimeRange(start, end, locale, timeZone) };
}

/**
 * Step 3: where workshops take the product, the choice between a technician's visit and a workshop
 * drop-off; then the calendar of days and the chosen day's windows (or the chosen workshop's
 * drop-off slots) as a radio group, times in the page's locale and the zone shown. Outside the
 * service area: why, the drop-off when a workshop takes the product, and the way back to the address.
 */
export function renderWindowStep(context: BookingViewContext): TemplateResult {
  const { booking, language } = context;
  if (booking.busy.has('slots') || booking.busy.has('workshops')) return renderLoading(context);
  const modes = booking.workshops.length > 0;
  return html`${modes ? renderModes(context) : nothing}
  ${context.mode === 'workshop'
    ? renderDropOff(context)
    : booking.outsideServiceArea
      ? html`<div part="outside" class="outside notice" role="alert">
          <h3 class="notice-heading">${bookingText(language, 'booking.outside.title')}</h3>
          <p>${bookingText(language, 'booking.outside.text', { postalCode: context.draft.values.postalCode.trim() })}</p>
          ${modes
            ? html`<p>${bookingText(language, 'booking.outside.dropOff')}</p>
                <button part="drop-off-instead" class="secondary" type="button" @click=${context.handlers.onDropOffInstead}>
                  ${bookingText(language, 'booking.outside.toWorkshop')}
                </button>`
            : nothing}
          <button part="back-to-address" class="secondary" type="button" @click=${context.handlers.onBackToAddress}>
            ${bookingText(language, 'booking.outside.back')}
          </button>
        </div>`
      : renderSlots(context)}`;
}

function renderLoading(context: BookingViewContext): TemplateResult {
  return html`<p part="loading" class="loading">${bookingText(context.language, modeKey('booking.windows.loading', context.mode))}</p>`;
}

/** A technician's visit, or a drop-off at a workshop (a radio group). */
function renderModes(context: BookingViewContext): TemplateResult {
  return html`<fieldset part="modes" class="windows" @change=${context.handlers.onModeChange}>
    <legend>${bookingText(context.language, 'booking.mode')}</legend>
    ${(['visit', 'workshop'] as const).map(
      (mode) => html`<label part="mode" class="window">
        <input type="radio" name="mode" value=${mode} .checked=${live(mode === context.mode)} />
        ${bookingText(context.language, `booking.mode.${mode}`)}
      </label>`,
    )}
  </fieldset>`;
}

/** The workshops (name and address) as a radio group, then the chosen one's drop-off slots. */
function renderDropOff(context: BookingViewContext): TemplateResult {
  const { booking, draft, language } = context;
  const error = booking.fieldErrors.workshopId;
  return html`<fieldset
      part="workshops"
      class="windows"
      id="workshop"
      aria-describedby=${error ? 'workshop-error' : nothing}
      @change=${context.handlers.onWorkshopChange}
    >
      <legend>${bookingText(language, 'booking.workshops')}</legend>
      ${booking.workshops.map(
        (workshop) => html`<label part="workshop" class="window">
          <input type="radio" name="workshop" value=${workshop.id} .checked=${live(workshop.id === draft.workshop?.id)} aria-invalid=${error ? 'true' : nothing} />
          <span><span part="workshop-name" class="workshop-name">${workshop.name}</span> <span part="workshop-address">${workshop.address}</span></span>
        </label>`,
      )}
      ${renderFieldError('workshop', error)}
    </fieldset>
    ${booking.busy.has('dropOff') ? renderLoading(context) : context.offered ? renderSlots(context) : nothing}`;
}

/** The calendar of days and the chosen day's windows or slots, with what the customer must know. */
function renderSlots(context: BookingViewContext): TemplateResult {
  const { booking, language, mode, offered } = context;
  const windows = windowsByDay(offered?.slots ?? [], context.timeZone);
  return html`${booking.slotMessage ? html`<p part="notice" class="notice" role="alert">${booking.slotMessage}</p>` : nothing}
    ${windows.size === 0
      ? html`<p part="notice" class="notice">${bookingText(language, modeKey('booking.windows.none', mode), { days: WINDOW_DAYS })}</p>`
      : nothing}
    ${renderCalendar(context, windowDays(offered), windows)}
    ${context.selectedDay && windows.has(context.selectedDay)
      ? renderWindows(context, context.selectedDay, windows.get(context.selectedDay) ?? [])
      : html`<p part="hint" class="hint">${bookingText(language, modeKey('booking.windows.chooseDay', mode))}</p>`}
    ${renderFieldError('slot', booking.fieldErrors.slotStart)}`;
}

function renderWindows(context: BookingViewContext, day: string, slots: readonly OfferedSlot[]): TemplateResult {
  const { language, locale, mode, timeZone } = context;
  const chosen = context.draft.slot?.start;
  const error = context.booking.fieldErrors.slotStart;
  const minutes = context.booking.slots?.visitMinutes ?? 60;
  return html`<fieldset
    part="windows"
    class="windows"
    aria-describedby=${['windows-hint', error ? 'slot-error' : ''].filter(Boolean).join(' ')}
    @change=${context.handlers.onWindowChange}
  >
    <legend>${bookingText(language, modeKey('booking.windows.legend', mode), { day: formatDay(day, locale) })}</legend>
    <p id="windows-hint" part="hint" class="hint">
      ${bookingText(language, modeKey('booking.windows.hint', mode), { zone: zoneCity(timeZone), minutes })}
    </p>
    ${slots.map(
      (slot) => html`<label part="window" class="window">
        <input type="radio" name="slot" value=${slot.start} .checked=${live(slot.start === chosen)} aria-invalid=${error ? 'true' : nothing} />
        <span part="window-time" class="window-time">${formatTimeRange(slot.start, slot.end, locale, timeZone)}</span>
        ${fewPlaces(slot, context.offered?.slots ?? [])
          ? html`<span part="remaining" class="remaining">
              ${slot.remaining === 1
                ? bookingText(language, 'booking.windows.remainingOne')
                : bookingText(language, 'booking.windows.remaining', { count: slot.remaining })}
            </span>`
          : nothing}
      </label>`,
    )}
  </fieldset>`;
}
