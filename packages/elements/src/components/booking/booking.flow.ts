import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bookingText } from '../../internal/i18n.booking.js';
import type { SupportedLanguage } from '../../internal/language.js';
import { prefill, type BookingAttributes, type Configuration } from './booking.attributes.js';
import type { Answer, BookingController, GatewayConnection } from './booking.controller.js';
import { draftKey, forgetDraft, loadDraft, newDraft, saveDraft, type BookingDraft } from './booking.draft.js';
import { fieldIds, formSteps, stepAnnouncement, stepFields, stepOf, type FieldName, type FormStep, type TextFieldName } from './booking.steps.js';
import { fieldProblem, stepProblems } from './booking.validation.js';
import type { BookingHandlers } from './booking.view.js';
import { Schedule } from './booking.schedule.js';

/** The element the flow serves. */
export type FlowHost = ReactiveControllerHost &
  HTMLElement &
  BookingAttributes & { readonly language: SupportedLanguage; readonly languageTag: string | undefined; readonly renderRoot: ParentNode };

/** What the flow needs from the element beyond its attributes. */
export interface FlowOptions {
  configuration: () => Configuration;
  /** Sets the element's form value (ElementInternals). */
  setFormValue: (value: string | null) => void;
}

/**
 * `<sav-booking>`'s steps: the draft (kept in sessionStorage on every change, forgotten once the
 * gateway took the request), moving from step to step after checking each, where the focus goes,
 * and what each gateway answer leads to. The window step's choices are the schedule's.
 */
export class BookingFlow implements ReactiveController {
  draft: BookingDraft = newDraft();
  calendarUrl: string | undefined = undefined;
  /** A step's Continue is waiting for the gateway. */
  advancing = false;

  readonly #host: FlowHost;
  readonly #booking: BookingController;
  readonly #options: FlowOptions;
  #key: string | undefined = undefined;
  /** Where to put the focus after the next render: the first of these selectors that matches. */
  #pendingFocus: string[] = [];

  /** A visit or a drop-off, what the calendar offers, and the zone its times are shown in. */
  readonly schedule: Schedule;

  constructor(host: FlowHost, booking: BookingController, options: FlowOptions) {
    this.#host = host;
    this.#booking = booking;
    this.#options = options;
    this.schedule = new Schedule({
      booking,
      host,
      configuration: options.configuration,
      connection: () => this.#connection(),
      draft: () => this.draft,
      update: (draft) => this.#update(draft),
      focus: (selectors) => {
        this.#pendingFocus = selectors;
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    const calendar = this.#booking.outcome?.ticket.calendar;
    if (calendar && !this.calendarUrl) this.calendarUrl = URL.createObjectURL(new Blob([calendar], { type: 'text/calendar;charset=utf-8' }));
  }

  hostDisconnected(): void {
    if (this.calendarUrl) URL.revokeObjectURL(this.calendarUrl);
    this.calendarUrl = undefined;
  }

  /** Before a render: the draft of the page's product model, kept from before a reload or new. */
  prepare(productModelChanged: boolean): void {
    if (this.#key !== undefined && !productModelChanged) return;
    const key = draftKey(this.#host.productModel);
    if (key === this.#key) return;
    this.#key = key;
    this.draft = loadDraft(key) ?? prefill(newDraft(), this.#host, this.#host.languageTag);
    this.#save();
  }

  /** After the first render: what the restored step needs from the gateway (the windows once the tenant's zone is known). */
  async resume(): Promise<void> {
    const connection = this.#connection();
    if (!connection) return;
    const options = this.#booking.loadOptions(connection, this.draft.values.productModel);
    const step = this.draft.step;
    if (step === 'window' || step === 'contact' || step === 'review') {
      await options;
      await this.schedule.load();
      if (this.draft.step === 'window') this.#booking.announce(this.schedule.found());
    }
    if (step === 'review') void this.#loadEstimate();
  }

  /** After a render: the pending focus, and the symptoms again in a new language. */
  afterRender(): void {
    const selectors = this.#pendingFocus;
    this.#pendingFocus = [];
    const target = selectors.map((selector) => this.#host.renderRoot.querySelector<HTMLElement>(selector)).find(Boolean);
    // Moving the focus blurs a field, whose check may update the host: not inside this update.
    if (target) queueMicrotask(() => target.focus());
    const booking = this.#booking;
    const connection = this.#connection();
    if (connection && booking.options && !booking.outcome && booking.optionsLanguage !== (this.#host.languageTag ?? '') && !booking.busy.has('options')) {
      queueMicrotask(() => void booking.loadOptions(connection, booking.options?.product.model ?? ''));
    }
  }

  readonly handlers: BookingHandlers = {
    onSubmit: (event) => {
      event.preventDefault();
      if (this.advancing || this.#booking.busy.has('submit')) return;
      void this.#continue();
    },
    onBack: () => {
      const index = formSteps.indexOf(this.draft.step);
      this.#goTo(formSteps[Math.max(0, index - 1)] ?? 'product');
    },
    onEdit: (step) => this.#goTo(step),
    onBackToAddress: () => this.#goTo('address', 'postalCode'),
    onFieldInput: (field, event) => {
      const value = (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
      this.#update({ ...this.draft, values: { ...this.draft.values, [field]: value } });
      this.#booking.clearFieldError(field);
    },
    onFieldBlur: (field) => this.#checkField(field),
    onSymptomChange: (event) => {
      const box = event.target as HTMLInputElement;
      const others = this.draft.symptoms.filter((code) => code !== box.value);
      this.#update({ ...this.draft, symptoms: box.checked ? [...others, box.value] : others });
    },
    onModeChange: (event) => this.schedule.setMode((event.target as HTMLInputElement).value === 'workshop' ? 'workshop' : 'visit'),
    onWorkshopChange: (event) => {
      void this.schedule.pickWorkshop((event.target as HTMLInputElement).value).then((answer) => {
        if (answer.kind === 'invalid') this.#showInvalid(answer.fields);
      });
    },
    onDropOffInstead: () => this.schedule.dropOffInstead(),
    onCalendarKeyDown: (event) => this.schedule.picker.onKeyDown(event),
    onDayPick: (date) => this.schedule.picker.pick(date),
    onWindowChange: (event) => {
      const start = (event.target as HTMLInputElement).value;
      const slot = this.schedule.offered?.slots.find((each) => each.start === start);
      if (!slot) return;
      this.#update({ ...this.draft, slot: { start: slot.start, end: slot.end } });
      this.#booking.clearFieldError('slotStart');
    },
    // The confirmation's module, already here when its button is clicked.
    onCopy: () => void import('./booking.later.js').then(({ copyTrackingCode }) => copyTrackingCode(this.#host, this.#booking)),
  };

  #connection(): GatewayConnection | undefined {
    const configuration = this.#options.configuration();
    return configuration.fatal === undefined ? configuration : undefined;
  }

  #update(draft: BookingDraft): void {
    this.draft = draft;
    this.#save();
    this.#host.requestUpdate();
  }

  #save(): void {
    if (this.#key !== undefined && !this.#booking.outcome) saveDraft(this.#key, this.draft);
  }

  /** Checks a field the customer leaves, once it holds something (an empty one waits for Continue). */
  #checkField(field: TextFieldName): void {
    if (!this.draft.values[field].trim()) return;
    const problem = fieldProblem(field, this.draft, this.#host.language);
    if (problem === this.#booking.fieldErrors[field]) return;
    if (problem) this.#booking.setFieldErrors({ ...this.#booking.fieldErrors, [field]: problem });
    else this.#booking.clearFieldError(field);
  }

  /** Continue: check the step's fields, then ask the gateway what the step needs, then move on. */
  async #continue(): Promise<void> {
    const step = this.draft.step;
    const problems = stepProblems(step, this.draft, this.#host.language);
    const others = Object.entries(this.#booking.fieldErrors).filter(([field]) => stepOf(field as FieldName) !== step);
    this.#booking.setFieldErrors({ ...Object.fromEntries(others), ...problems });
    const firstBad = stepFields[step].find((field) => problems[field]);
    if (firstBad) {
      this.#focusField(firstBad);
      return;
    }
    const connection = this.#connection();
    if (!connection) return;
    this.#booking.clearMessages();
    this.advancing = true;
    try {
      switch (step) {
        case 'product': {
          const answer = await this.#booking.loadOptions(connection, this.draft.values.productModel);
          const codes = this.#booking.options?.symptoms.map((symptom) => symptom.code);
          if (codes) this.#update({ ...this.draft, symptoms: this.draft.symptoms.filter((code) => codes.includes(code)) });
          this.#follow(answer, 'address');
          break;
        }
        case 'address':
          this.#follow(await this.schedule.load(), 'window');
          break;
        case 'window':
          this.#goTo('contact');
          break;
        case 'contact':
          this.#goTo('review');
          void this.#loadEstimate();
          break;
        case 'review':
          await this.#submit(connection);
          break;
      }
    } finally {
      this.advancing = false;
      this.#host.requestUpdate();
    }
  }

  /** Moves on after an answer, or shows what it refused; a failure is shown in the step. */
  #follow(answer: Answer, next: FormStep): void {
    if (answer.kind === 'invalid') this.#showInvalid(answer.fields);
    else if (answer.kind === 'failed' && this.#booking.failure) this.#pendingFocus = ['#error-heading'];
    else if (answer.kind !== 'aborted') this.#goTo(next);
  }

  async #submit(connection: GatewayConnection): Promise<void> {
    const answer = await this.#booking.submit(connection, this.draft, () => void this.#continue());
    switch (answer.kind) {
      case 'ok':
        this.#finish();
        break;
      case 'slot-unavailable':
        this.#update({ ...this.draft, slot: null });
        this.schedule.picker.selectedDay = undefined;
        this.#goTo('window');
        await this.schedule.load();
        break;
      case 'invalid':
        this.#showInvalid(answer.fields);
        break;
      case 'failed':
        this.#pendingFocus = ['#error-heading'];
        break;
    }
    this.#host.requestUpdate();
  }

  /** The gateway took the request: forget the draft, set the form value, offer the calendar file. */
  #finish(): void {
    const outcome = this.#booking.outcome;
    if (!outcome) return;
    if (this.#key !== undefined) forgetDraft(this.#key);
    this.#options.setFormValue(outcome.ticket.trackingCode);
    this.hostConnected();
    const title = outcome.kind === 'booked' ? 'booking.booked.title' : 'booking.verification.title';
    const language = this.#host.language;
    this.#booking.announce(bookingText(language, 'booking.announce.done', { title: bookingText(language, title), code: outcome.ticket.trackingCode }));
    this.#pendingFocus = ['#step-heading'];
  }

  async #loadEstimate(): Promise<void> {
    const connection = this.#connection();
    if (!connection) return;
    const answer = await this.#booking.loadEstimate(connection, this.draft, () => void this.#loadEstimate());
    if (answer.kind === 'invalid') this.#showInvalid(answer.fields);
  }

  #goTo(step: FormStep, field?: FieldName): void {
    this.#booking.failure = undefined;
    this.#update({ ...this.draft, step });
    const windows = step === 'window' ? this.schedule.found() : '';
    this.#booking.announce(`${stepAnnouncement(step, this.#host.language, this.draft.mode)} ${windows}`.trim());
    if (field) this.#focusField(field);
    else this.#pendingFocus = ['#step-heading'];
    if (step === 'window') this.schedule.ensure();
  }

  #showInvalid(fields: readonly FieldName[]): void {
    const first = fields[0];
    if (!first) return;
    if (stepOf(first) !== this.draft.step) this.#goTo(stepOf(first), first);
    else this.#focusField(first);
  }

  #focusField(field: FieldName): void {
    this.#pendingFocus = focusTargets[field] ?? [`#${fieldIds[field]}`];
    this.#host.requestUpdate();
  }
}

/** Where the focus goes for a field that is not one control: the first of these that is shown. */
const focusTargets: Partial<Record<FieldName, string[]>> = {
  symptoms: ['#symptoms input', '#step-heading'],
  workshopId: ['input[name="workshop"]', '#step-heading'],
  slotStart: ['input[name="slot"]:checked', 'input[name="slot"]', '[role="gridcell"][tabindex="0"]', 'input[name="workshop"]'],
};
