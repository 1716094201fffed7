import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LANGUAGES } from '../language/language.js';
import { WARRANTY_PARTS } from '../warranty/policy.js';
import { analyseFault, detectSymptoms, symptomsFor } from './fault-analysis.js';
import { DEFAULT_FAULT_MAPPING, type FaultMapping } from './fault-mapping.js';

describe('fault analysis', () => {
  it('finds the symptoms in French and English words, accents and case ignored', () => {
    assert.deepEqual(detectSymptoms('REFRIGERATOR', 'Mon frigo NE REFROIDIT PLUS et fait un bruit bizarre'), ['NOT_COOLING', 'NOISY']);
    assert.deepEqual(detectSymptoms('REFRIGERATOR', 'The fridge is not cooling and leaking water'), ['NOT_COOLING', 'LEAKING_WATER']);
    assert.deepEqual(detectSymptoms('REFRIGERATOR', 'Du givre partout, une fuite sous le bac'), ['LEAKING_WATER', 'ICE_BUILDUP']);
    assert.deepEqual(detectSymptoms('REFRIGERATOR', 'Ice everywhere in the freezer, lots of noise'), ['NOISY', 'ICE_BUILDUP']);
    assert.deepEqual(detectSymptoms('air_conditioner', 'La télécommande ne répond plus'), ['REMOTE_NOT_RESPONDING']);
    assert.deepEqual(detectSymptoms('REFRIGERATOR', 'It is fine, I just have a question'), []);
    assert.deepEqual(detectSymptoms('REFRIGERATOR', 'my device'), [], 'a keyword only counts at the start of a word ("ice" is not in "device")');
  });

  it('finds the symptoms in Dutch words, and in Chinese text written without spaces', () => {
    assert.deepEqual(detectSymptoms('REFRIGERATOR', 'Mijn koelkast koelt niet meer en maakt veel lawaai'), ['NOT_COOLING', 'NOISY']);
    assert.deepEqual(detectSymptoms('REFRIGERATOR', 'Er staat water op de vloer en de deur sluit slecht'), ['LEAKING_WATER', 'DOOR_NOT_CLOSING']);
    assert.deepEqual(detectSymptoms('AIR_CONDITIONER', 'De afstandsbediening doet niets'), ['REMOTE_NOT_RESPONDING']);
    assert.deepEqual(detectSymptoms('REFRIGERATOR', '冰箱不制冷了，而且有很大的噪音'), ['NOT_COOLING', 'NOISY']);
    assert.deepEqual(detectSymptoms('REFRIGERATOR', '冷冻室结霜很严重，地上有积水。'), ['LEAKING_WATER', 'ICE_BUILDUP']);
    assert.deepEqual(detectSymptoms('AIR_CONDITIONER', '空调遥控器没反应，开机就显示错误代码'), ['REMOTE_NOT_RESPONDING', 'ERROR_CODE']);
    assert.deepEqual(detectSymptoms('REFRIGERATOR', '冰箱'), [], 'the word for refrigerator names no symptom');
    assert.deepEqual(detectSymptoms('REFRIGERATOR', 'Une boîte en plastique est cassée'), [], 'no Dutch keyword matches inside a French word');
  });

  it('joins the chosen and detected symptoms, each once, and ranks the likely parts', () => {
    const analysis = analyseFault({ category: 'REFRIGERATOR', symptoms: ['noisy'], faultText: 'Ne refroidit plus, et quel bruit !' });
    assert.deepEqual(analysis.symptoms, ['NOISY', 'NOT_COOLING']);
    // The fan motor and the compressor are named by both symptoms; the fan motor ranks first in both.
    assert.deepEqual(analysis.likelyParts, ['FAN_MOTOR', 'COMPRESSOR', 'TEMPERATURE_CONTROLLER', 'EVAPORATOR']);
    assert.equal(analysis.location, 'HOME');
    assert.equal(analysis.visitMinutes, 90, 'the longest of the symptoms');
  });

  it('repairs a fridge at home and sends only what can travel to the workshop', () => {
    assert.equal(analyseFault({ category: 'REFRIGERATOR', symptoms: ['DOOR_NOT_CLOSING'], faultText: '' }).location, 'HOME');
    const remote = analyseFault({ category: 'AIR_CONDITIONER', symptoms: ['REMOTE_NOT_RESPONDING'] });
    assert.deepEqual([remote.location, remote.visitMinutes], ['WORKSHOP', 30]);
    const both = analyseFault({ category: 'AIR_CONDITIONER', symptoms: ['REMOTE_NOT_RESPONDING'], faultText: 'and it blows warm air' });
    assert.deepEqual([both.location, both.visitMinutes], ['HOME', 120]);
  });

  it('uses the category defaults when nothing is known, and a generic visit for an unknown category', () => {
    assert.deepEqual(analyseFault({ category: 'REFRIGERATOR', faultText: 'hmm' }), { symptoms: [], likelyParts: [], location: 'HOME', visitMinutes: 60 });
    assert.deepEqual(analyseFault({ category: 'REFRIGERATOR', symptoms: ['OTHER'] }), { symptoms: ['OTHER'], likelyParts: [], location: 'HOME', visitMinutes: 60 });
    assert.deepEqual(analyseFault({ category: 'AIR_CONDITIONER', symptoms: [] }).visitMinutes, 90);
    assert.deepEqual(analyseFault({ category: 'WASHING_MACHINE', symptoms: ['LEAKING'], faultText: 'fuite' }), { symptoms: ['LEAKING'], likelyParts: [], location: 'HOME', visitMinutes: 60 });
  });

  it("follows a tenant's own mapping", () => {
    const mapping: FaultMapping = {
      MICROWAVE: { location: 'WORKSHOP', visitMinutes: 30, symptoms: [{ code: 'NOT_HEATING', labels: { en: 'Not heating', fr: 'Ne chauffe plus', nl: 'Verwarmt niet meer', zh: '不加热' }, likelyParts: ['PARTS'], keywords: ['chauffe'] }] },
    };
    assert.deepEqual(analyseFault({ category: 'microwave', faultText: 'Ne chauffe plus' }, mapping), { symptoms: ['NOT_HEATING'], likelyParts: ['PARTS'], location: 'WORKSHOP', visitMinutes: 30 });
  });

  it('lists the symptoms a form offers, in English, French, Dutch and Chinese', () => {
    const fridge = symptomsFor('REFRIGERATOR');
    assert.deepEqual(fridge.map((s) => s.code), ['NOT_COOLING', 'TOO_COLD', 'NOISY', 'LEAKING_WATER', 'ICE_BUILDUP', 'DOOR_NOT_CLOSING', 'DISPLAY_ERROR', 'NOT_STARTING', 'OTHER']);
    assert.deepEqual(fridge[0]?.labels, { en: 'Not cooling', fr: 'Ne refroidit plus', nl: 'Koelt niet meer', zh: '不制冷' });
    assert.equal(symptomsFor('AIR_CONDITIONER').find((s) => s.code === 'REMOTE_NOT_RESPONDING')?.labels.nl, 'Afstandsbediening reageert niet');
    assert.equal(symptomsFor('AIR_CONDITIONER').find((s) => s.code === 'REMOTE_NOT_RESPONDING')?.labels.zh, '遥控器没有反应');
    for (const category of Object.keys(DEFAULT_FAULT_MAPPING)) {
      for (const symptom of symptomsFor(category)) {
        for (const language of LANGUAGES) assert.ok(symptom.labels[language].trim() !== '', `${category} ${symptom.code} has a ${language} label`);
      }
    }
    assert.deepEqual(symptomsFor('AIR_CONDITIONER').map((s) => s.code), ['NOT_COOLING', 'NOT_HEATING', 'LEAKING_WATER', 'NOISY', 'BAD_SMELL', 'REMOTE_NOT_RESPONDING', 'ERROR_CODE', 'NOT_STARTING', 'OTHER']);
    assert.deepEqual(symptomsFor('TOASTER'), []);
  });

  it('names only warranty parts in the default mapping, with sensible visit times', () => {
    for (const category of Object.values(DEFAULT_FAULT_MAPPING)) {
      for (const symptom of category.symptoms) {
        for (const part of symptom.likelyParts) assert.ok((WARRANTY_PARTS as readonly string[]).includes(part), part);
        const minutes = symptom.visitMinutes ?? category.visitMinutes;
        assert.ok(Number.isInteger(minutes) && minutes >= 1 && minutes <= 600);
      }
    }
  });

  it('always gives unique symptoms and parts, and a visit the arrival windows accept', () => {
    const codes = fc.array(fc.constantFrom('NOT_COOLING', 'NOISY', 'OTHER', 'REMOTE_NOT_RESPONDING', 'UNKNOWN'), { maxLength: 5 });
    fc.assert(
      fc.property(fc.constantFrom('REFRIGERATOR', 'AIR_CONDITIONER', 'OVEN'), codes, fc.string(), (category, symptoms, faultText) => {
        const analysis = analyseFault({ category, symptoms, faultText });
        assert.equal(new Set(analysis.symptoms).size, analysis.symptoms.length);
        assert.equal(new Set(analysis.likelyParts).size, analysis.likelyParts.length);
        assert.ok(analysis.visitMinutes >= 1 && analysis.visitMinutes <= 600);
        for (const code of symptoms) assert.ok(analysis.symptoms.includes(code));
      }),
    );
  });
});
