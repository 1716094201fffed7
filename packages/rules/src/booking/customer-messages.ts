import type { Language } from '../language/language.js';
import { dateTimeFormat } from '../language/intl-formats.js';

/** A message to a customer, in plain words, before any transport is chosen. */
export interface CustomerMessage {
  readonly subject: string;
  readonly body: string;
}

export interface MessageContext {
  readonly language: Language;
  /** How dates and times are written (en-GB, fr-FR, nl-BE, zh-CN…). */
  readonly locale: string;
  /** The zone the customer reads times in (the tenant's). */
  readonly timeZone: string;
  readonly tenantName: string;
  readonly customerName: string;
  readonly trackingCode: string;
  readonly productName: string;
}

export interface VisitFacts {
  readonly windowStart: Date;
  readonly windowEnd: Date;
  readonly technicianName: string;
  readonly badgeNumber: string;
}

/** "Tuesday 21 April 2026, 08:00 – 10:00" in the customer's zone and locale. */
export function formatArrivalWindow(visit: Pick<VisitFacts, 'windowStart' | 'windowEnd'>, locale: string, timeZone: string): string {
  const day = dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(visit.windowStart);
  const time = dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  return `${day}, ${time.format(visit.windowStart)} – ${time.format(visit.windowEnd)}`;
}

/** A message's own words before the greeting and sign-off are added: its subject and body lines (blank lines between paragraphs). */
export interface MessageText {
  readonly subject: string;
  readonly lines: readonly string[];
}

/** The words every message shares, in one language. */
export interface CommonWords {
  readonly greeting: (customer: string) => string;
  readonly signOff: (tenant: string) => string;
  readonly trackerLink: (url: string) => string;
}

export const COMMON_WORDS: Readonly<Record<Language, CommonWords>> = {
  en: {
    greeting: (customer) => `Hello ${customer},`,
    signOff: (tenant) => `Kind regards,\n${tenant} after-sales service`,
    trackerLink: (url) => `Follow your repair online: ${url}`,
  },
  fr: {
    greeting: (customer) => `Bonjour ${customer},`,
    signOff: (tenant) => `Cordialement,\nLe service après-vente ${tenant}`,
    trackerLink: (url) => `Suivez votre réparation en ligne : ${url}`,
  },
  nl: {
    greeting: (customer) => `Beste ${customer},`,
    signOff: (tenant) => `Met vriendelijke groet,\nDe klantenservice van ${tenant}`,
    trackerLink: (url) => `Volg uw reparatie online: ${url}`,
  },
  zh: {
    greeting: (customer) => `${customer}，您好：`,
    signOff: (tenant) => `此致\n${tenant}售后服务部`,
    trackerLink: (url) => `在线跟踪您的维修进度：${url}`,
  },
};

/** The closing lines of every message, per language. */
export const SIGN_OFF: Readonly<Record<Language, (tenant: string) => string>> = {
  en: COMMON_WORDS.en.signOff,
  fr: COMMON_WORDS.fr.signOff,
  nl: COMMON_WORDS.nl.signOff,
  zh: COMMON_WORDS.zh.signOff,
};

/** A message from its own words: greeting, body lines, sign-off. */
export function composeMessage(context: MessageContext, text: MessageText): CustomerMessage {
  const common = COMMON_WORDS[context.language];
  return { subject: text.subject, body: [common.greeting(context.customerName), '', ...text.lines, '', common.signOff(context.tenantName)].join('\n') };
}

/** What the booking messages say, in one language. */
export interface BookingMessageWords {
  readonly visitConfirmed: (f: { moved: boolean; when: string; code: string; product: string; technician: string; badge: string }) => MessageText;
  readonly requestReceived: (f: { code: string; product: string }) => MessageText;
  readonly repairCancelled: (f: { code: string; product: string }) => MessageText;
  readonly dropOffConfirmed: (f: { when: string; code: string; product: string; workshop: string; address: string }) => MessageText;
}

export const BOOKING_MESSAGE_WORDS: Readonly<Record<Language, BookingMessageWords>> = {
  en: {
    visitConfirmed: (f) => ({
      subject: `${f.moved ? 'Visit moved' : 'Visit confirmed'}: ${f.when} (${f.code})`,
      lines: [
        `${f.moved ? 'Your repair visit has been moved' : 'Your repair visit is confirmed'} for your ${f.product}.`,
        `The technician arrives: ${f.when}.`,
        `Technician: ${f.technician}, badge number ${f.badge}. Ask to see their badge at the door.`,
        `Tracking code: ${f.code} (with your postal code, to follow, move or cancel the visit).`,
        '',
        'The attached file adds the visit to your calendar.',
      ],
    }),
    requestReceived: (f) => ({
      subject: `Request received (${f.code})`,
      lines: [
        `We have received your repair request for your ${f.product}.`,
        'A few details need checking before a technician is booked: our service desk will contact you shortly.',
        `Tracking code: ${f.code}.`,
      ],
    }),
    repairCancelled: (f) => ({
      subject: `Repair cancelled (${f.code})`,
      lines: [`The repair visit for your ${f.product} is cancelled.`, `Tracking code: ${f.code}.`],
    }),
    dropOffConfirmed: (f) => ({
      subject: `Workshop drop-off confirmed: ${f.when} (${f.code})`,
      lines: [
        `You can drop off your ${f.product}: ${f.when}.`,
        `Workshop: ${f.workshop}, ${f.address}.`,
        `Bring the device, its invoice and your tracking code: ${f.code}.`,
      ],
    }),
  },
  fr: {
    visitConfirmed: (f) => ({
      subject: `${f.moved ? 'Intervention déplacée' : 'Intervention confirmée'} : ${f.when} (${f.code})`,
      lines: [
        `${f.moved ? 'Votre intervention a été déplacée' : 'Votre intervention est confirmée'} pour votre ${f.product}.`,
        `Le technicien arrivera : ${f.when}.`,
        `Technicien : ${f.technician}, badge n° ${f.badge}. Demandez à voir sa carte professionnelle à la porte.`,
        `Numéro de suivi : ${f.code} (avec votre code postal, pour suivre, déplacer ou annuler).`,
        '',
        'Le fichier joint ajoute le rendez-vous à votre agenda.',
      ],
    }),
    requestReceived: (f) => ({
      subject: `Demande reçue (${f.code})`,
      lines: [
        `Nous avons bien reçu votre demande de réparation pour votre ${f.product}.`,
        'Quelques informations doivent être vérifiées avant de réserver un technicien : notre service vous contactera rapidement.',
        `Numéro de suivi : ${f.code}.`,
      ],
    }),
    repairCancelled: (f) => ({
      subject: `Intervention annulée (${f.code})`,
      lines: [`L'intervention prévue pour votre ${f.product} est annulée.`, `Numéro de suivi : ${f.code}.`],
    }),
    dropOffConfirmed: (f) => ({
      subject: `Dépôt en atelier confirmé : ${f.when} (${f.code})`,
      lines: [
        `Vous pouvez déposer votre ${f.product} : ${f.when}.`,
        `Atelier : ${f.workshop}, ${f.address}.`,
        `Apportez l'appareil, sa facture et votre numéro de suivi : ${f.code}.`,
      ],
    }),
  },
  nl: {
    visitConfirmed: (f) => ({
      subject: `${f.moved ? 'Bezoek verplaatst' : 'Bezoek bevestigd'}: ${f.when} (${f.code})`,
      lines: [
        `Het reparatiebezoek voor uw ${f.product} ${f.moved ? 'is verplaatst' : 'is bevestigd'}.`,
        `De technicus komt: ${f.when}.`,
        `Technicus: ${f.technician}, badgenummer ${f.badge}. Vraag aan de deur om de badge te zien.`,
        `Trackingcode: ${f.code} (met uw postcode kunt u het bezoek volgen, verplaatsen of annuleren).`,
        '',
        'Met het bijgevoegde bestand zet u het bezoek in uw agenda.',
      ],
    }),
    requestReceived: (f) => ({
      subject: `Aanvraag ontvangen (${f.code})`,
      lines: [
        `Wij hebben uw reparatieaanvraag voor uw ${f.product} goed ontvangen.`,
        'Enkele gegevens moeten nog worden gecontroleerd voordat een technicus wordt ingepland: onze klantenservice neemt snel contact met u op.',
        `Trackingcode: ${f.code}.`,
      ],
    }),
    repairCancelled: (f) => ({
      subject: `Reparatie geannuleerd (${f.code})`,
      lines: [`Het reparatiebezoek voor uw ${f.product} is geannuleerd.`, `Trackingcode: ${f.code}.`],
    }),
    dropOffConfirmed: (f) => ({
      subject: `Afgifte in de werkplaats bevestigd: ${f.when} (${f.code})`,
      lines: [
        `U kunt uw ${f.product} afgeven: ${f.when}.`,
        `Werkplaats: ${f.workshop}, ${f.address}.`,
        `Breng het apparaat, de factuur en uw trackingcode mee: ${f.code}.`,
      ],
    }),
  },
  zh: {
    visitConfirmed: (f) => ({
      subject: `${f.moved ? '上门维修已改期' : '上门维修已确认'}：${f.when}（${f.code}）`,
      lines: [
        `您的${f.product}的上门维修${f.moved ? '已改期' : '已确认'}。`,
        `技术人员到达时间：${f.when}。`,
        `技术人员：${f.technician}，工牌号${f.badge}。请在门口要求查看其工牌。`,
        `跟踪编号：${f.code}（凭您的邮政编码可查看、改期或取消上门维修）。`,
        '',
        '附件可将此次上门维修添加到您的日历。',
      ],
    }),
    requestReceived: (f) => ({
      subject: `已收到维修申请（${f.code}）`,
      lines: [
        `我们已收到您的${f.product}维修申请。`,
        '在安排技术人员之前，需要核实一些信息：我们的售后服务部门会尽快与您联系。',
        `跟踪编号：${f.code}。`,
      ],
    }),
    repairCancelled: (f) => ({
      subject: `维修已取消（${f.code}）`,
      lines: [`您的${f.product}的上门维修已取消。`, `跟踪编号：${f.code}。`],
    }),
    dropOffConfirmed: (f) => ({
      subject: `送修预约已确认：${f.when}（${f.code}）`,
      lines: [
        `您可以在以下时间送修您的${f.product}：${f.when}。`,
        `维修点：${f.workshop}，${f.address}。`,
        `请携带设备、发票和您的跟踪编号：${f.code}。`,
      ],
    }),
  },
};

/** The visit is booked (or moved): when, who comes, how to check them at the door (seed 001, steps 3–4). */
export function visitConfirmedMessage(context: MessageContext, visit: VisitFacts, moved: boolean): CustomerMessage {
  const when = formatArrivalWindow(visit, context.locale, context.timeZone);
  return composeMessage(context, BOOKING_MESSAGE_WORDS[context.language].visitConfirmed({
    moved, when, code: context.trackingCode, product: context.productName, technician: visit.technicianName, badge: visit.badgeNumber,
  }));
}

/** The request is kept for verification: someone will call (seed 001, step 1). */
export function requestReceivedMessage(context: MessageContext): CustomerMessage {
  return composeMessage(context, BOOKING_MESSAGE_WORDS[context.language].requestReceived({ code: context.trackingCode, product: context.productName }));
}

/** The repair is cancelled. */
export function repairCancelledMessage(context: MessageContext): CustomerMessage {
  return composeMessage(context, BOOKING_MESSAGE_WORDS[context.language].repairCancelled({ code: context.trackingCode, product: context.productName }));
}

export interface DropOffFacts {
  readonly slotStart: Date;
  readonly slotEnd: Date;
  readonly workshopName: string;
  readonly workshopAddress: string;
}

/** The drop-off is booked: where and when to bring the device, and what to bring (seed 004). */
export function dropOffConfirmedMessage(context: MessageContext, dropOff: DropOffFacts): CustomerMessage {
  const when = formatArrivalWindow({ windowStart: dropOff.slotStart, windowEnd: dropOff.slotEnd }, context.locale, context.timeZone);
  return composeMessage(context, BOOKING_MESSAGE_WORDS[context.language].dropOffConfirmed({
    when, code: context.trackingCode, product: context.productName, workshop: dropOff.workshopName, address: dropOff.workshopAddress,
  }));
}

/** The line that sends the customer to their tracker page, signed link included. */
export function trackerLinkLine(language: Language, url: string): string {
  return COMMON_WORDS[language].trackerLink(url);
}

/** The message with the tracker link added before its sign-off. */
export function withTrackerLink(message: CustomerMessage, language: Language, url: string | null | undefined): CustomerMessage {
  if (!url) return message;
  const paragraphs = message.body.split('\n\n');
  const signOff = paragraphs.pop() ?? '';
  return { ...message, body: [...paragraphs, trackerLinkLine(language, url), signOff].join('\n\n') };
}
