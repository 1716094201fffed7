/**
 * The messages the lifecycle sends the customer, in plain words: a late technician with the
 * reason and the new time (seed 001, step 3), a quote to answer (step 5), and the request to rate
 * the repair (steps 6–7).
 */
import { type CustomerMessage, type MessageContext, SIGN_OFF } from '../booking/customer-messages.js';
import { dateTimeFormat } from '../language/intl-formats.js';

function timeOf(at: Date, context: MessageContext): string {
  return dateTimeFormat(context.locale, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: context.timeZone }).format(at);
}

/** The technician is late: why, and when they now expect to arrive. */
export function technicianDelayedMessage(context: MessageContext, facts: { reason: string; expectedArrivalAt: Date }): CustomerMessage {
  const when = timeOf(facts.expectedArrivalAt, context);
  if (context.language === 'fr') {
    return {
      subject: `Votre technicien aura du retard (${context.trackingCode})`,
      body: [`Bonjour ${context.customerName},`, '', `Le technicien qui vient réparer votre ${context.productName} aura du retard : ${facts.reason}`, `Nouvelle heure d'arrivée prévue : ${when}.`, `Numéro de suivi : ${context.trackingCode}.`, '', SIGN_OFF.fr(context.tenantName)].join('\n'),
    };
  }
  return {
    subject: `Your technician is running late (${context.trackingCode})`,
    body: [`Hello ${context.customerName},`, '', `The technician coming to repair your ${context.productName} is running late: ${facts.reason}`, `They now expect to arrive: ${when}.`, `Tracking code: ${context.trackingCode}.`, '', SIGN_OFF.en(context.tenantName)].join('\n'),
  };
}

/** A quote waits for the customer's answer in the tracker. */
export function quoteSentMessage(context: MessageContext, facts: { total: string }): CustomerMessage {
  if (context.language === 'fr') {
    return {
      subject: `Devis à valider : ${facts.total} (${context.trackingCode})`,
      body: [`Bonjour ${context.customerName},`, '', `La réparation de votre ${context.productName} n'est pas entièrement couverte par la garantie. Le devis s'élève à ${facts.total}.`, 'Rien ne vous sera facturé sans votre accord : acceptez ou refusez le devis dans le suivi de votre réparation.', `Numéro de suivi : ${context.trackingCode}.`, '', SIGN_OFF.fr(context.tenantName)].join('\n'),
    };
  }
  return {
    subject: `A quote to answer: ${facts.total} (${context.trackingCode})`,
    body: [`Hello ${context.customerName},`, '', `The warranty does not fully cover the repair of your ${context.productName}. The quote comes to ${facts.total}.`, 'Nothing is charged without your agreement: accept or decline the quote in your repair tracker.', `Tracking code: ${context.trackingCode}.`, '', SIGN_OFF.en(context.tenantName)].join('\n'),
  };
}

/** The visit is over: how it went, and a request to rate it. */
export function rateRepairMessage(context: MessageContext, facts: { repaired: boolean }): CustomerMessage {
  if (context.language === 'fr') {
    return {
      subject: `${facts.repaired ? 'Réparation terminée' : 'Intervention terminée'} : votre avis (${context.trackingCode})`,
      body: [`Bonjour ${context.customerName},`, '', facts.repaired ? `Votre ${context.productName} est réparé.` : `Votre ${context.productName} n'a pas pu être réparé ; le suivi vous indique nos conseils.`, 'Notez notre intervention de 1 à 5 dans le suivi de votre réparation : tant que vous n\'êtes pas satisfait, votre dossier reste ouvert.', `Numéro de suivi : ${context.trackingCode}.`, '', SIGN_OFF.fr(context.tenantName)].join('\n'),
    };
  }
  return {
    subject: `${facts.repaired ? 'Repair complete' : 'Visit complete'}: how did we do? (${context.trackingCode})`,
    body: [`Hello ${context.customerName},`, '', facts.repaired ? `Your ${context.productName} is repaired.` : `Your ${context.productName} could not be repaired; the tracker shows our advice.`, 'Rate our service from 1 to 5 in your repair tracker: while you are not satisfied, your ticket stays open.', `Tracking code: ${context.trackingCode}.`, '', SIGN_OFF.en(context.tenantName)].join('\n'),
  };
}
