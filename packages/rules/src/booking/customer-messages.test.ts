import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGUAGES } from '../language/language.js';
import { quoteSentMessage, rateRepairMessage, technicianDelayedMessage } from '../lifecycle/lifecycle-messages.js';
import {
  type CustomerMessage, dropOffConfirmedMessage, formatArrivalWindow, repairCancelledMessage, requestReceivedMessage, visitConfirmedMessage, withTrackerLink,
} from './customer-messages.js';

const context = { language: 'en' as const, locale: 'en-GB', timeZone: 'Europe/Paris', tenantName: 'Demo Appliances', customerName: 'Camille Dupont', trackingCode: 'SAV-ABCD-EFGH', productName: 'Haier refrigerator' };
const visit = { windowStart: new Date('2026-04-21T06:00:00Z'), windowEnd: new Date('2026-04-21T08:00:00Z'), technicianName: 'Camille Martin', badgeNumber: 'DEMO-TECH-001' };
const dropOff = { slotStart: new Date('2026-04-22T07:00:00Z'), slotEnd: new Date('2026-04-22T08:00:00Z'), workshopName: 'Atelier Nord', workshopAddress: '3 rue des Lilas' };

describe('messages to the customer', () => {
  it("writes the window in the customer's zone and language", () => {
    assert.equal(formatArrivalWindow(visit, 'en-GB', 'Europe/Paris'), 'Tuesday, 21 April 2026, 08:00 – 10:00');
    assert.equal(formatArrivalWindow(visit, 'fr-FR', 'Europe/Paris'), 'mardi 21 avril 2026, 08:00 – 10:00');
    assert.equal(formatArrivalWindow(visit, 'nl-BE', 'Europe/Paris'), 'dinsdag 21 april 2026, 08:00 – 10:00');
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

  it('confirms the visit in Dutch, word for word, formally', () => {
    const message = visitConfirmedMessage({ ...context, language: 'nl', locale: 'nl-BE', productName: 'koelkast van Haier' }, visit, false);
    assert.deepEqual(message, {
      subject: 'Bezoek bevestigd: dinsdag 21 april 2026, 08:00 – 10:00 (SAV-ABCD-EFGH)',
      body: [
        'Beste Camille Dupont,',
        '',
        'Het reparatiebezoek voor uw koelkast van Haier is bevestigd.',
        'De technicus komt: dinsdag 21 april 2026, 08:00 – 10:00.',
        'Technicus: Camille Martin, badgenummer DEMO-TECH-001. Vraag aan de deur om de badge te zien.',
        'Trackingcode: SAV-ABCD-EFGH (met uw postcode kunt u het bezoek volgen, verplaatsen of annuleren).',
        '',
        'Met het bijgevoegde bestand zet u het bezoek in uw agenda.',
        '',
        'Met vriendelijke groet,',
        'De klantenservice van Demo Appliances',
      ].join('\n'),
    });
  });

  it('acknowledges a request in Chinese, word for word, with the tracker link before the sign-off', () => {
    const message = withTrackerLink(requestReceivedMessage({ ...context, language: 'zh', locale: 'zh-CN', customerName: '李伟', productName: '海尔冰箱' }), 'zh', 'https://track.example/t/abc');
    assert.deepEqual(message, {
      subject: '已收到维修申请（SAV-ABCD-EFGH）',
      body: [
        '李伟，您好：',
        '',
        '我们已收到您的海尔冰箱维修申请。',
        '在安排技术人员之前，需要核实一些信息：我们的售后服务部门会尽快与您联系。',
        '跟踪编号：SAV-ABCD-EFGH。',
        '',
        '在线跟踪您的维修进度：https://track.example/t/abc',
        '',
        '此致',
        'Demo Appliances售后服务部',
      ].join('\n'),
    });
  });

  it('writes every message in every language, each with all its facts', () => {
    const messages: [string, (c: typeof context | { language: (typeof LANGUAGES)[number] } & Omit<typeof context, 'language'>) => CustomerMessage, string[]][] = [
      ['visit confirmed', (c) => visitConfirmedMessage(c, visit, false), ['Camille Martin', 'DEMO-TECH-001']],
      ['visit moved', (c) => visitConfirmedMessage(c, visit, true), ['Camille Martin', 'DEMO-TECH-001']],
      ['request received', (c) => requestReceivedMessage(c), []],
      ['repair cancelled', (c) => repairCancelledMessage(c), []],
      ['drop-off confirmed', (c) => dropOffConfirmedMessage(c, dropOff), ['Atelier Nord', '3 rue des Lilas']],
      ['technician delayed', (c) => technicianDelayedMessage(c, { reason: 'TRAFFIC-JAM', expectedArrivalAt: new Date('2026-04-21T09:00:00Z') }), ['TRAFFIC-JAM']],
      ['quote sent', (c) => quoteSentMessage(c, { total: 'TOTAL-42' }), ['TOTAL-42']],
      ['repaired', (c) => rateRepairMessage(c, { repaired: true }), []],
      ['not repaired', (c) => rateRepairMessage(c, { repaired: false }), []],
    ];
    for (const language of LANGUAGES) {
      const inLanguage = { ...context, language, locale: language };
      for (const [name, write, facts] of messages) {
        const message = write(inLanguage);
        assert.ok(message.subject.includes('SAV-ABCD-EFGH'), `${name} (${language}): the subject names the tracking code`);
        for (const fact of ['Camille Dupont', 'Haier refrigerator', 'SAV-ABCD-EFGH', 'Demo Appliances', ...facts]) assert.ok(message.body.includes(fact), `${name} (${language}) says ${fact}`);
        if (language !== 'en') assert.notEqual(message.body, write(context).body, `${name} is written in ${language}`);
      }
      assert.match(withTrackerLink(requestReceivedMessage(inLanguage), language, 'https://t.example/x').body, /https:\/\/t\.example\/x\n\n/);
    }
  });
});
