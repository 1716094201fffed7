import type { Language } from '../language/language.js';
import { dateTimeFormat } from '../language/intl-formats.js';

/** A message to a customer, in plain words, before any transport is chosen. */
export interface CustomerMessage {
  readonly subject: string;
  readonly body: string;
}

export interface MessageContext {
  readonly language: Language;
  /** How dates and times are written (en-GB, fr-FR…). */
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

/** The closing lines of every message, per language. */
export const SIGN_OFF: Record<Language, (tenant: string) => string> = {
  en: (tenant) => `Kind regards,\n${tenant} after-sales service`,
  fr: (tenant) => `Cordialement,\nLe service après-vente ${tenant}`,
};

/** The visit is booked (or moved): when, who comes, how to check them at the door (seed 001, steps 3–4). */
export function visitConfirmedMessage(context: MessageContext, visit: VisitFacts, moved: boolean): CustomerMessage {
  const when = formatArrivalWindow(visit, context.locale, context.timeZone);
  if (context.language === 'fr') {
    return {
      subject: `${moved ? 'Intervention déplacée' : 'Intervention confirmée'} : ${when} (${context.trackingCode})`,
      body: [
        `Bonjour ${context.customerName},`,
        '',
        `${moved ? 'Votre intervention a été déplacée' : 'Votre intervention est confirmée'} pour votre ${context.productName}.`,
        `Le technicien arrivera : ${when}.`,
        `Technicien : ${visit.technicianName}, badge n° ${visit.badgeNumber}. Demandez à voir sa carte professionnelle à la porte.`,
        `Numéro de suivi : ${context.trackingCode} (avec votre code postal, pour suivre, déplacer ou annuler).`,
        '',
        'Le fichier joint ajoute le rendez-vous à votre agenda.',
        '',
        SIGN_OFF.fr(context.tenantName),
      ].join('\n'),
    };
  }
  return {
    subject: `${moved ? 'Visit moved' : 'Visit confirmed'}: ${when} (${context.trackingCode})`,
    body: [
      `Hello ${context.customerName},`,
      '',
      `${moved ? 'Your repair visit has been moved' : 'Your repair visit is confirmed'} for your ${context.productName}.`,
      `The technician arrives: ${when}.`,
      `Technician: ${visit.technicianName}, badge number ${visit.badgeNumber}. Ask to see their badge at the door.`,
      `Tracking code: ${context.trackingCode} (with your postal code, to follow, move or cancel the visit).`,
      '',
      'The attached file adds the visit to your calendar.',
      '',
      SIGN_OFF.en(context.tenantName),
    ].join('\n'),
  };
}

/** The request is kept for verification: someone will call (seed 001, step 1). */
export function requestReceivedMessage(context: MessageContext): CustomerMessage {
  if (context.language === 'fr') {
    return {
      subject: `Demande reçue (${context.trackingCode})`,
      body: [
        `Bonjour ${context.customerName},`,
        '',
        `Nous avons bien reçu votre demande de réparation pour votre ${context.productName}.`,
        "Quelques informations doivent être vérifiées avant de réserver un technicien : notre service vous contactera rapidement.",
        `Numéro de suivi : ${context.trackingCode}.`,
        '',
        SIGN_OFF.fr(context.tenantName),
      ].join('\n'),
    };
  }
  return {
    subject: `Request received (${context.trackingCode})`,
    body: [
      `Hello ${context.customerName},`,
      '',
      `We have received your repair request for your ${context.productName}.`,
      'A few details need checking before a technician is booked: our service desk will contact you shortly.',
      `Tracking code: ${context.trackingCode}.`,
      '',
      SIGN_OFF.en(context.tenantName),
    ].join('\n'),
  };
}

/** The repair is cancelled. */
export function repairCancelledMessage(context: MessageContext): CustomerMessage {
  if (context.language === 'fr') {
    return {
      subject: `Intervention annulée (${context.trackingCode})`,
      body: [`Bonjour ${context.customerName},`, '', `L'intervention prévue pour votre ${context.productName} est annulée.`, `Numéro de suivi : ${context.trackingCode}.`, '', SIGN_OFF.fr(context.tenantName)].join('\n'),
    };
  }
  return {
    subject: `Repair cancelled (${context.trackingCode})`,
    body: [`Hello ${context.customerName},`, '', `The repair visit for your ${context.productName} is cancelled.`, `Tracking code: ${context.trackingCode}.`, '', SIGN_OFF.en(context.tenantName)].join('\n'),
  };
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
  if (context.language === 'fr') {
    return {
      subject: `Dépôt en atelier confirmé : ${when} (${context.trackingCode})`,
      body: [
        `Bonjour ${context.customerName},`,
        '',
        `Vous pouvez déposer votre ${context.productName} : ${when}.`,
        `Atelier : ${dropOff.workshopName}, ${dropOff.workshopAddress}.`,
        `Apportez l'appareil, sa facture et votre numéro de suivi : ${context.trackingCode}.`,
        '',
        SIGN_OFF.fr(context.tenantName),
      ].join('\n'),
    };
  }
  return {
    subject: `Workshop drop-off confirmed: ${when} (${context.trackingCode})`,
    body: [
      `Hello ${context.customerName},`,
      '',
      `You can drop off your ${context.productName}: ${when}.`,
      `Workshop: ${dropOff.workshopName}, ${dropOff.workshopAddress}.`,
      `Bring the device, its invoice and your tracking code: ${context.trackingCode}.`,
      '',
      SIGN_OFF.en(context.tenantName),
    ].join('\n'),
  };
}

/** The line that sends the customer to their tracker page, signed link included. */
export function trackerLinkLine(language: Language, url: string): string {
  return language === 'fr' ? `Suivez votre réparation en ligne : ${url}` : `Follow your repair online: ${url}`;
}

/** The message with the tracker link added before its sign-off. */
export function withTrackerLink(message: CustomerMessage, language: Language, url: string | null | undefined): CustomerMessage {
  if (!url) return message;
  const paragraphs = message.body.split('\n\n');
  const signOff = paragraphs.pop() ?? '';
  return { ...message, body: [...paragraphs, trackerLinkLine(language, url), signOff].join('\n\n') };
}
