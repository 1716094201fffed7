import { bookingText } from '../../internal/i18n.booking.js';
import type { SupportedLanguage } from '../../internal/language.js';
import { DEFAULT_TIME_ZONE, isTimeZone, todayInZone } from '../../internal/zoned-time.js';
import type { Configuration } from './booking.attributes.js';
import type { Answer, BookingController, GatewayConnection } from './booking.controller.js';
import type { BookingDraft, RepairMode } from './booking.draft.js';
import { WindowPicker } from './booking.picker.js';
import { WINDOW_DAYS } from './booking.requests.js';
import { modeKey } from './booking.steps.js';
import type { Offered } from './booking.days.js';

/** What the schedule works with. */
export interface ScheduleContext {
  booking: BookingController;
  host: { readonly language: SupportedLanguage; readonly languageTag: string | undefined; requestUpdate(): void };
  configuration: () => Configuration;
  connection: () => GatewayConnection | undefined;
  draft: () => BookingDraft;
  update: (draft: BookingDraft) => void;
  /** Moves the focus, after the next render, to the first of these selectors that matches. */
  focus: (selectors: string[]) => void;
}

/**
 * Step 3's "when and where": a technician's visit in an arrival window, or a drop-off at a
 * workshop (offered where a workshop takes the product in the address's country) in one of its
 * slots; what the calendar offers for the mode chosen, the zone its times are shown in, and the
 * gateway's answers to ask for.
 */
export class Schedule {
  /** The calendar of days and the windows (or slots) of the day chosen. */
  readonly picker: WindowPicker;

  readonly #context: ScheduleContext;

  constructor(context: ScheduleContext) {
    this.#context = context;
    this.picker = new WindowPicker({
      ...context,
      offered: () => this.offered,
      mode: () => this.mode,
      timeZone: () => this.timeZone,
    });
  }

  /** The customer's choice: `workshop` only while a workshop is offered (the gateway's answers keep it so). */
  get mode(): RepairMode {
    return this.#context.draft().mode;
  }

  /** The arrival windows, or the chosen workshop's drop-off slots; undefined until they arrive. */
  get offered(): Offered | undefined {
    const { booking, draft } = this.#context;
    if (this.mode === 'visit') return booking.slots && { ...booking.slots, from: booking.slotsFrom };
    return booking.dropOff?.workshopId === draft().workshop?.id ? booking.dropOff : undefined;
  }

  /**
   * The zone times are shown in: the page's `time-zone` when it sets one, else the API's (the
   * workshop's for a drop-off, the tenant's for a visit), else Europe/Paris.
   */
  get timeZone(): string {
    return this.#zone(this.offered?.timeZone);
  }

  /** "4 arrival windows open in the next 14 days." (empty before they arrive). */
  found(): string {
    const offered = this.offered;
    if (!offered) return '';
    const count = offered.slots.filter((slot) => slot.remaining > 0).length;
    return bookingText(this.#context.host.language, modeKey('booking.windows.found', this.mode), { count, days: WINDOW_DAYS });
  }

  /**
   * Asks afresh for the windows at the draft's address and (once per model and country) the
   * workshops; then, for a drop-off, the chosen workshop's slots. Answers as the windows did, unless
   * they refused the input or failed.
   */
  async load(): Promise<Answer> {
    const { booking, draft } = this.#context;
    const connection = this.#context.connection();
    if (!connection) return { kind: 'aborted' };
    const [answer] = await Promise.all([
      booking.loadSlots(connection, draft(), this.#from(), () => void this.load()),
      booking.loadWorkshops(connection, draft()),
    ]);
    this.#keepChoiceOffered();
    if (answer.kind !== 'ok' && answer.kind !== 'outside') return answer;
    if (this.mode === 'workshop') return this.loadDropOff();
    this.picker.prepare();
    return answer;
  }

  /** Asks for the chosen workshop's drop-off slots. */
  async loadDropOff(): Promise<Answer> {
    const connection = this.#context.connection();
    const workshop = this.#context.draft().workshop;
    if (!connection || !workshop) return { kind: 'ok' };
    const answer = await this.#context.booking.loadDropOffSlots(connection, workshop.id, this.#from(), () => void this.loadDropOff());
    if (answer.kind === 'ok') this.picker.prepare();
    return answer;
  }

  /** Back at the step: asks for what is missing, else shows the choice kept. */
  ensure(): void {
    const { booking, draft } = this.#context;
    if (booking.busy.has('slots') || booking.busy.has('dropOff')) return;
    if (!booking.slots && !booking.outsideServiceArea) void this.load();
    else if (this.mode === 'workshop' && draft().workshop && !this.offered) void this.loadDropOff();
    else this.picker.prepare();
  }

  /** A visit or a drop-off: the window chosen for the other is dropped, and what the new one offers shown. */
  setMode(mode: RepairMode): void {
    const { booking, draft, update } = this.#context;
    if (mode === this.mode) return;
    update({ ...draft(), mode, slot: null });
    booking.clearMessages();
    booking.clearFieldError('workshopId');
    booking.clearFieldError('slotStart');
    this.ensure();
  }

  /** A workshop picked: its drop-off slots asked for, and how many are open said. */
  async pickWorkshop(id: string): Promise<Answer> {
    const { booking, draft, update } = this.#context;
    const workshop = booking.workshops.find((each) => each.id === id);
    if (!workshop || id === draft().workshop?.id) return { kind: 'ok' };
    update({ ...draft(), workshop: { id, name: workshop.name, address: workshop.address }, slot: null });
    booking.clearFieldError('workshopId');
    const answer = await this.loadDropOff();
    if (answer.kind === 'ok') booking.announce(this.found());
    return answer;
  }

  /** Outside the service area: the drop-off instead, the focus on the workshops. */
  dropOffInstead(): void {
    this.setMode('workshop');
    this.#context.focus(['input[name="workshop"]:checked', 'input[name="workshop"]']);
  }

  /** A drop-off only while a workshop takes the product here, at a workshop still listed. */
  #keepChoiceOffered(): void {
    const { booking, draft, update } = this.#context;
    const current = draft();
    const workshop = booking.workshops.some((each) => each.id === current.workshop?.id) ? current.workshop : null;
    const mode = booking.workshops.length > 0 ? current.mode : 'visit';
    if (workshop !== current.workshop || mode !== current.mode) {
      update({ ...current, mode, workshop, slot: current.mode === 'workshop' ? null : current.slot });
    }
  }

  /** The first day to ask for: today in the zone shown before any slot arrives. */
  #from(): string {
    return todayInZone(this.#zone(undefined));
  }

  #zone(fromApi: string | undefined): string {
    return this.#context.configuration().timeZone ?? [fromApi, this.#context.booking.options?.timeZone].find(isTimeZone) ?? DEFAULT_TIME_ZONE;
  }
}
