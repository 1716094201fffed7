import { formattingLocale, LANGUAGES, type SupportedLanguage } from '../../internal/language.js';
import { dateInZone, firstDayOfWeek, formatDay } from '../../internal/zoned-time.js';
import type { BookingController } from './booking.controller.js';
import type { BookingDraft, RepairMode } from './booking.draft.js';
import { dayAfterKey, dayLabel, windowDays, windowsByDay, type Offered } from './booking.days.js';

/** What the picker works with: what is offered, the zone shown, the draft, the focus. */
export interface PickerContext {
  booking: BookingController;
  host: { readonly language: SupportedLanguage; readonly languageTag: string | undefined; requestUpdate(): void };
  /** The arrival windows, or the chosen workshop's drop-off slots. */
  offered: () => Offered | undefined;
  mode: () => RepairMode;
  timeZone: () => string;
  draft: () => BookingDraft;
  update: (draft: BookingDraft) => void;
  /** Moves the focus, after the next render, to the first of these selectors that matches. */
  focus: (selectors: string[]) => void;
}

const movingKeys = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'];

/**
 * The window (or drop-off slot) picker's state: the calendar's day with the keyboard focus (the
 * only one in the tab order) and the day whose windows are shown, and what the keys and clicks do to them.
 */
export class WindowPicker {
  focusedDay: string | undefined = undefined;
  selectedDay: string | undefined = undefined;

  readonly #context: PickerContext;

  constructor(context: PickerContext) {
    this.#context = context;
  }

  #windows(): ReturnType<typeof windowsByDay> {
    return windowsByDay(this.#context.offered()?.slots ?? [], this.#context.timeZone());
  }

  /** Once windows arrive: the chosen window's day when it is still offered (else it is dropped), or the first open day. */
  prepare(): void {
    const { draft, update, timeZone } = this.#context;
    const windows = this.#windows();
    const slot = draft().slot;
    const stillOffered = slot !== null && [...windows.values()].some((slots) => slots.some((each) => each.start === slot.start));
    if (slot && !stillOffered) update({ ...draft(), slot: null });
    this.selectedDay = slot && stillOffered ? dateInZone(slot.start, timeZone()) : undefined;
    const days = windowDays(this.#context.offered());
    this.focusedDay = this.selectedDay ?? days.find((day) => windows.has(day)) ?? days[0];
    this.#context.host.requestUpdate();
  }

  /** The grid's keys: arrows, Home/End, Page Up/Down move; Enter or Space picks. */
  onKeyDown(event: KeyboardEvent): void {
    const days = windowDays(this.#context.offered());
    // The day the keys start from is the one with the focus, however it got there.
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-date]')?.dataset.date ?? this.focusedDay ?? days[0];
    if (!current) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.pick(current);
      return;
    }
    if (movingKeys.includes(event.key)) event.preventDefault();
    const next = dayAfterKey(days, current, event.key, firstDayOfWeek(formattingLocale(this.#context.host.languageTag, LANGUAGES)));
    if (!next) return;
    this.focusedDay = next;
    this.#context.focus([`#day-${next}`]);
  }

  /** Shows a day's windows (a day without one cannot be picked); a window chosen on another day is dropped. */
  pick(date: string): void {
    const { booking, host, draft, update, timeZone } = this.#context;
    const open = this.#windows().get(date);
    this.focusedDay = date;
    if (!open) {
      host.requestUpdate();
      return;
    }
    this.selectedDay = date;
    const slot = draft().slot;
    if (slot && dateInZone(slot.start, timeZone()) !== date) update({ ...draft(), slot: null });
    booking.announce(dayLabel(host.language, this.#context.mode(), formatDay(date, formattingLocale(host.languageTag, LANGUAGES)), open.length));
  }
}
