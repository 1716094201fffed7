/**
 * The messages the lifecycle sends the customer, in plain words: a late technician with the
 * reason and the new time (seed 001, step 3), a quote to answer (step 5), and the request to rate
 * the repair (steps 6–7).
 */
import { composeMessage, type CustomerMessage, type MessageContext, type MessageText } from '../booking/customer-messages.js';
import { dateTimeFormat } from '../language/intl-formats.js';
import type { Language } from '../language/language.js';

function timeOf(at: Date, context: MessageContext): string {
  return dateTimeFormat(context.locale, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: context.timeZone }).format(at);
}

/** What the lifecycle messages say, in one language. */
export interface LifecycleMessageWords {
  readonly technicianDelayed: (f: { code: string; product: string; reason: string; when: string }) => MessageText;
  readonly quoteSent: (f: { code: string; product: string; total: string }) => MessageText;
  readonly rateRepair: (f: { code: string; product: string; repaired: boolean }) => MessageText;
}

export const LIFECYCLE_MESSAGE_WORDS: Readonly<Record<Language, LifecycleMessageWords>> = {
  en: {
    technicianDelayed: (f) => ({
      subject: `Your technician is running late (${f.code})`,
      lines: [`The technician coming to repair your ${f.product} is running late: ${f.reason}`, `They now expect to arrive: ${f.when}.`, `Tracking code: ${f.code}.`],
    }),
    quoteSent: (f) => ({
      subject: `A quote to answer: ${f.total} (${f.code})`,
      lines: [
        `The warranty does not fully cover the repair of your ${f.product}. The quote comes to ${f.total}.`,
        'Nothing is charged without your agreement: accept or decline the quote in your repair tracker.',
        `Tracking code: ${f.code}.`,
      ],
    }),
    rateRepair: (f) => ({
      subject: `${f.repaired ? 'Repair complete' : 'Visit complete'}: how did we do? (${f.code})`,
      lines: [
        f.repaired ? `Your ${f.product} is repaired.` : `Your ${f.product} could not be repaired; the tracker shows our advice.`,
        'Rate our service from 1 to 5 in your repair tracker: while you are not satisfied, your ticket stays open.',
        `Tracking code: ${f.code}.`,
      ],
    }),
  },
  fr: {
    technicianDelayed: (f) => ({
      subject: `Votre technicien aura du retard (${f.code})`,
      lines: [`Le technicien qui vient réparer votre ${f.product} aura du retard : ${f.reason}`, `Nouvelle heure d'arrivée prévue : ${f.when}.`, `Numéro de suivi : ${f.code}.`],
    }),
    quoteSent: (f) => ({
      subject: `Devis à valider : ${f.total} (${f.code})`,
      lines: [
        `La réparation de votre ${f.product} n'est pas entièrement couverte par la garantie. Le devis s'élève à ${f.total}.`,
        'Rien ne vous sera facturé sans votre accord : acceptez ou refusez le devis dans le suivi de votre réparation.',
        `Numéro de suivi : ${f.code}.`,
      ],
    }),
    rateRepair: (f) => ({
      subject: `${f.repaired ? 'Réparation terminée' : 'Intervention terminée'} : votre avis (${f.code})`,
      lines: [
        f.repaired ? `Votre ${f.product} est réparé.` : `Votre ${f.product} n'a pas pu être réparé ; le suivi vous indique nos conseils.`,
        "Notez notre intervention de 1 à 5 dans le suivi de votre réparation : tant que vous n'êtes pas satisfait, votre dossier reste ouvert.",
        `Numéro de suivi : ${f.code}.`,
      ],
    }),
  },
  nl: {
    technicianDelayed: (f) => ({
      subject: `Uw technicus heeft vertraging (${f.code})`,
      lines: [`De technicus die uw ${f.product} komt repareren, heeft vertraging: ${f.reason}`, `Verwachte nieuwe aankomsttijd: ${f.when}.`, `Trackingcode: ${f.code}.`],
    }),
    quoteSent: (f) => ({
      subject: `Offerte ter goedkeuring: ${f.total} (${f.code})`,
      lines: [
        `De garantie dekt de reparatie van uw ${f.product} niet volledig. De offerte bedraagt ${f.total}.`,
        'Zonder uw akkoord betaalt u niets: aanvaard of weiger de offerte in het online overzicht van uw reparatie.',
        `Trackingcode: ${f.code}.`,
      ],
    }),
    rateRepair: (f) => ({
      subject: `${f.repaired ? 'Reparatie voltooid' : 'Bezoek afgerond'}: hoe tevreden bent u? (${f.code})`,
      lines: [
        f.repaired ? `Uw ${f.product} is gerepareerd.` : `Uw ${f.product} kon niet worden gerepareerd; in het online overzicht van uw reparatie vindt u ons advies.`,
        'Geef onze service een score van 1 tot 5 in het online overzicht van uw reparatie: zolang u niet tevreden bent, blijft uw dossier open.',
        `Trackingcode: ${f.code}.`,
      ],
    }),
  },
  zh: {
    technicianDelayed: (f) => ({
      subject: `您的技术人员将会迟到（${f.code}）`,
      lines: [`前来维修您的${f.product}的技术人员将会迟到：${f.reason}`, `预计新的到达时间：${f.when}。`, `跟踪编号：${f.code}。`],
    }),
    quoteSent: (f) => ({
      subject: `待确认的报价：${f.total}（${f.code}）`,
      lines: [
        `您的${f.product}的维修不完全在保修范围内。报价金额为${f.total}。`,
        '未经您同意，我们不会收取任何费用：请在维修跟踪页面接受或拒绝报价。',
        `跟踪编号：${f.code}。`,
      ],
    }),
    rateRepair: (f) => ({
      subject: `${f.repaired ? '维修已完成' : '上门服务已结束'}：请评价我们的服务（${f.code}）`,
      lines: [
        f.repaired ? `您的${f.product}已修好。` : `您的${f.product}未能修复；维修跟踪页面上有我们的建议。`,
        '请在维修跟踪页面为我们的服务打1到5分：在您满意之前，您的工单将保持开放。',
        `跟踪编号：${f.code}。`,
      ],
    }),
  },
};

/** The technician is late: why, and when they now expect to arrive. */
export function technicianDelayedMessage(context: MessageContext, facts: { reason: string; expectedArrivalAt: Date }): CustomerMessage {
  const when = timeOf(facts.expectedArrivalAt, context);
  return composeMessage(context, LIFECYCLE_MESSAGE_WORDS[context.language].technicianDelayed({ code: context.trackingCode, product: context.productName, reason: facts.reason, when }));
}

/** A quote waits for the customer's answer in the tracker. */
export function quoteSentMessage(context: MessageContext, facts: { total: string }): CustomerMessage {
  return composeMessage(context, LIFECYCLE_MESSAGE_WORDS[context.language].quoteSent({ code: context.trackingCode, product: context.productName, total: facts.total }));
}

/** The visit is over: how it went, and a request to rate it. */
export function rateRepairMessage(context: MessageContext, facts: { repaired: boolean }): CustomerMessage {
  return composeMessage(context, LIFECYCLE_MESSAGE_WORDS[context.language].rateRepair({ code: context.trackingCode, product: context.productName, repaired: facts.repaired }));
}
