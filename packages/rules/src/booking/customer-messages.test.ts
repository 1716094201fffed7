import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatArrivalWindow, repairCancelledMessage, requestReceivedMessage, visitConfirmedMessage } from './customer-messages.js';

const context = { language: 'en' as const, locale: 'en-GB', timeZone: 'Europe/Paris', tenantName: 'Demo Appliances', customerName: 'Camille Dupont', trackingCode: 'SAV-ABCD-EFGH', productName: 'Haier refrigerator' };
const visit = { windowStart: new Date('2026-04-21T06:00:00Z'), windowEnd: new Date('2026-04-21T08:00:00Z'), technicianName: 'Camille Martin', badgeNumber: 'DEMO-TECH-001' };

describe('messages to the customer', () => {
  it("writes the window in the customer's zone and language", () => {
    assert.equal(formatArrivalWindow(visit, 'en-GB', 'Europe/Paris'), 'Tuesday, 21 April 2026, 08:00 – 10:00');
    assert.equal(formatArrivalWindow(visit, 'fr-FR', 'Europe/Paris'), 'mardi 21 avril 2026, 08:00 – 10:00');
  });

  it('confirms the visit with who comes and how to check them at the door', () => {
    const message = visitConfirmedMessage(context, visit, false);
    assert.equal(message.subject, 'Visit confirmed: Tuesday, 21 April 2026, 08:00 – 10:00 (SAV-ABCD-EFGH)');
    assert.match(message.body, /Camille Martin, badge number DEMO-TECH-001\. Ask to see their badge/);
    assert.match(visitConfirmedMessage({ ...context, language: 'fr', locale: 'fr-FR' }, visit, true).subject, /^Intervention déplacée : mardi 21 avril/);
  });

  it('acknowledges a request kept for verification, and a cancellation, in both languages', () => {
    assert.match(requestReceivedMessage(context).body, /service desk will contact you/);
    assert.match(requestReceivedMessage({ ...context, language: 'fr' }).subject, /^Demande reçue/);
    assert.match(repairCancelledMessage(context).subject, /^Repair cancelled/);
    assert.match(repairCancelledMessage({ ...context, language: 'fr' }).body, /est annulée/);
  });
});
