import { html, nothing, type TemplateResult } from 'lit';
import { bookingText } from '../../internal/i18n.booking.js';
import { firstDayOfWeek, formatDay, weekdayNames } from '../../internal/zoned-time.js';
import { dayLabel, weekColumn, type WindowsByDay } from './booking.days.js';
import { modeKey } from './booking.steps.js';
import type { BookingViewContext } from './booking.view.js';

export { dayAfterKey, dayLabel, type WindowsByDay } from './booking.days.js';

/**
 * The calendar of days (a WAI-ARIA grid): one cell per day of the range, in weeks; the arrow keys
 * move a day or a week, Home and End to the week's ends, Page Up and Page Down to the range's ends;
 * Enter or Space picks the day. Days without an open window stay reachable (to hear so) but are
 * `aria-disabled` and cannot be picked. Only the focused day is in the tab order.
 */

export function calendarWeeks(days: readonly string[], firstDay: number): (string | null)[][] {
  const first = days[0];
  if (!first) return [];
  const cells: (string | null)[] = [...Array<null>(weekColumn(first, firstDay)).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_unused, week) => cells.slice(week * 7, week * 7 + 7));
}

export function renderCalendar(context: BookingViewContext, days: readonly string[], windows: WindowsByDay): TemplateResult {
  const locale = context.locale;
  const firstDay = firstDayOfWeek(locale);
  const weeks = calendarWeeks(days, firstDay);
  const header = weeks[0]?.map((_cell, column) => days.find((date) => weekColumn(date, firstDay) === column)) ?? [];
  const error = context.booking.fieldErrors.slotStart;
  const dayNumber = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' });
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const at = (date: string) => Date.parse(`${date}T00:00:00Z`);
  return html`<p id="calendar-hint" part="hint" class="hint">${bookingText(context.language, modeKey('booking.calendar.hint', context.mode))}</p>
    <table
      part="calendar"
      class="calendar"
      role="grid"
      aria-labelledby="calendar-label"
      aria-describedby=${['calendar-hint', error ? 'slot-error' : ''].filter(Boolean).join(' ')}
      @keydown=${context.handlers.onCalendarKeyDown}
    >
      <caption id="calendar-label" part="calendar-caption">
        ${bookingText(context.language, 'booking.calendar.label', {
          from: formatDay(days[0] ?? '', locale),
          to: formatDay(days.at(-1) ?? '', locale),
        })}
      </caption>
      <thead>
        <tr>
          ${header.map((date) => {
            const names = date ? weekdayNames(date, locale) : { short: '', long: '' };
            return html`<th scope="col" abbr=${names.long}>${names.short}</th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((date) => {
              if (!date) return html`<td role="gridcell" class="blank"></td>`;
              const count = windows.get(date)?.length ?? 0;
              const selected = date === context.selectedDay;
              const newMonth = date === days[0] || date.endsWith('-01');
              return html`<td
                role="gridcell"
                id="day-${date}"
                part="day${count > 0 ? ' day-open' : ''}${selected ? ' day-selected' : ''}"
                class="day ${count > 0 ? 'open' : 'closed'} ${selected ? 'selected' : ''}"
                data-date=${date}
                tabindex=${date === context.focusedDay ? '0' : '-1'}
                aria-selected=${selected ? 'true' : 'false'}
                aria-disabled=${count > 0 ? nothing : 'true'}
                @click=${() => context.handlers.onDayPick(date)}
              >
                <span class="day-number" aria-hidden="true"
                  >${dayNumber.format(at(date))}${newMonth ? html`<span class="month"> ${monthName.format(at(date))}</span>` : nothing}</span
                >
                <span class="visually-hidden">${dayLabel(context.language, context.mode, formatDay(date, locale), count)}</span>
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>`;
}
