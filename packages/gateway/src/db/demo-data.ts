// The demo tenant that `pnpm start` seeds into an empty store (docs/api.md), as plain data.
// Deterministic: fixed dates, fixed keys, no clock. Written to the store by seed.ts.
// The warranty terms are those of seed 001 (Haier), read with docs/product.md; the reintervention
// terms are seed 000's (Wipoz!).
import { DEMO_PRICE_LIST, HAIER_SEED_001_POLICIES, type PriceList, SEED_000_TERMS } from '@sav/rules';
import type { ApiKeyKind, ServicePeriodKind } from '../generated/prisma/enums.js';

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface DemoTenant {
  readonly slug: string;
  readonly name: string;
  readonly timeZone: string;
  readonly allowedOrigins: readonly string[];
  readonly demo: boolean;
}

export interface DemoApiKey {
  readonly kind: ApiKeyKind;
  /** The key itself, public in the documentation; only its hash is stored. */
  readonly key: string;
  readonly label: string;
}

export interface DemoProductModel {
  readonly model: string;
  readonly name: string;
  readonly brand: string;
  readonly category: string;
  readonly productLines: readonly string[];
  /** What a new unit costs, in euro cents: the yardstick for "repair or replace". */
  readonly replacementPriceMinor: number;
  /** The tenant's own usage tips for the model (setUsageAdvice); without them, SAV's defaults for the category show. */
  readonly usageTips?: readonly { readonly cause: string; readonly text: Readonly<Record<'en' | 'fr' | 'nl' | 'zh', string>> }[];
}

export interface DemoPolicyPart {
  readonly part: string;
  readonly months: number;
}

export interface DemoWarrantyPolicy {
  readonly productLine: string;
  readonly name: string;
  readonly source: string;
  readonly purchasedFrom: IsoDate | null;
  readonly purchasedUntil: IsoDate | null;
  readonly country: string | null;
  readonly cities: readonly string[];
  readonly returnDays: number | null;
  readonly exchangeDays: number | null;
  readonly exclusions: readonly string[];
  readonly paidRepairAfterExpiry: boolean;
  readonly parts: readonly DemoPolicyPart[];
}

export interface DemoServicePeriod {
  readonly kind: ServicePeriodKind;
  readonly startsOn: IsoDate;
  /** Inclusive. */
  readonly endsOn: IsoDate;
}

export interface DemoSale {
  readonly serialNumber: string;
  /** DemoProductModel.model */
  readonly productModel: string;
  readonly purchaseDate: IsoDate;
  readonly country: string | null;
  readonly city: string | null;
  readonly servicePeriods: readonly DemoServicePeriod[];
}

export interface DemoReinterventionTerms {
  readonly hourlyRateMinor: number;
  readonly currency: string;
  readonly thresholdMinutes: number;
  readonly billableCauses: readonly string[];
  readonly country: string;
  readonly vatRates: Readonly<Record<string, number>>;
  readonly granularity: string;
  /** An instant, ISO 8601. */
  readonly effectiveFrom: string;
}

export interface DemoTechnician {
  readonly name: string;
  readonly badgeNumber: string;
  readonly timeZone: string;
  readonly skills: readonly string[];
  readonly postalCodes: readonly string[];
  readonly country: string;
  /** Local working hours: weekday 1 (Monday) to 7, "HH:MM". */
  readonly workingHours: readonly { weekday: number; start: string; end: string }[];
}

/** Weekdays, 08:00 to 18:00 local time (docs/api.md: the demo technicians serve Paris on weekdays). */
const weekdaysEightToSix = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));

export const demoTenant: DemoTenant = {
  slug: 'demo',
  name: 'Demo Appliances',
  timeZone: 'Europe/Paris',
  allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
  demo: true,
};

export const demoApiKeys: readonly DemoApiKey[] = [
  { kind: 'PUBLISHABLE', key: 'pk_demo', label: 'Demo publishable key' },
  { kind: 'SECRET', key: 'sk_demo', label: 'Demo secret key' },
];

export const demoProductModels: readonly DemoProductModel[] = [
  {
    model: 'HRF-DEMO-1',
    name: 'Haier refrigerator',
    brand: 'Haier',
    category: 'REFRIGERATOR',
    productLines: ['haier-refrigerator'],
    replacementPriceMinor: 69900,
  },
  {
    model: 'HAC-DEMO-INV',
    name: 'Haier inverter air conditioner',
    brand: 'Haier',
    category: 'AIR_CONDITIONER',
    productLines: ['haier-ac-inverter'],
    replacementPriceMinor: 89900,
    // The demo's own words for one model, in place of SAV's for its most repaired part (the fleet's control boards, below).
    usageTips: [
      {
        cause: 'MAIN_CONTROL_BOARD',
        text: {
          en: 'Our inverter models dislike power surges: plug them into a socket with surge protection, and wait three minutes after a power cut.',
          fr: 'Nos modèles inverter craignent les surtensions : branchez-les sur une prise parafoudre et attendez trois minutes après une coupure.',
          nl: 'Onze inverter-modellen kunnen slecht tegen stroompieken: gebruik een stopcontact met overspanningsbeveiliging en wacht drie minuten na een stroomstoring.',
          zh: '我们的变频机型怕电涌：请使用带防雷保护的插座，停电后等三分钟再开机。',
        },
      },
    ],
  },
  {
    model: 'HAC-DEMO-FF',
    name: 'Haier fluorine-free household air conditioner',
    brand: 'Haier',
    category: 'AIR_CONDITIONER',
    productLines: ['haier-ac-fluorine-free'],
    replacementPriceMinor: 79900,
  },
];

/** Seed 001's Haier terms, from the rules package's reference policies, as rows to store. */
export const demoWarrantyPolicies: readonly DemoWarrantyPolicy[] = HAIER_SEED_001_POLICIES.map((policy) => ({
  productLine: policy.productLine,
  name: policy.name,
  source: policy.source ?? '',
  purchasedFrom: policy.purchasedFrom,
  purchasedUntil: policy.purchasedUntil,
  country: policy.country,
  cities: policy.cities,
  returnDays: policy.returnDays,
  exchangeDays: policy.exchangeDays,
  exclusions: policy.exclusions,
  paidRepairAfterExpiry: policy.paidRepairAfterExpiry,
  parts: policy.terms,
}));

export const demoSales: readonly DemoSale[] = [
  {
    serialNumber: 'HRF1-2024-0001',
    productModel: 'HRF-DEMO-1',
    purchaseDate: '2024-08-20',
    country: 'FR',
    city: 'Paris',
    servicePeriods: [{ kind: 'REPAIR', startsOn: '2025-03-03', endsOn: '2025-03-12' }],
  },
  {
    serialNumber: 'HRF1-2025-0002',
    productModel: 'HRF-DEMO-1',
    purchaseDate: '2025-06-02',
    country: 'FR',
    city: null,
    servicePeriods: [],
  },
  {
    serialNumber: 'HAC-INV-QD-0001',
    productModel: 'HAC-DEMO-INV',
    purchaseDate: '2012-05-10',
    country: 'CN',
    city: 'Qingdao',
    servicePeriods: [],
  },
  {
    serialNumber: 'HAC-INV-2008-0001',
    productModel: 'HAC-DEMO-INV',
    purchaseDate: '2008-06-15',
    country: 'CN',
    city: null,
    servicePeriods: [],
  },
  {
    serialNumber: 'HAC-FF-0001',
    productModel: 'HAC-DEMO-FF',
    purchaseDate: '2021-04-01',
    country: 'FR',
    city: null,
    servicePeriods: [],
  },
];

/** Seed 000's defaults: €40 excl. tax an hour, from the first hour, beyond one hour, for supplies or designer defects. */
export const demoReinterventionTerms: DemoReinterventionTerms = {
  ...SEED_000_TERMS,
  effectiveFrom: '2024-01-01T00:00:00.000Z',
};

/** Paris, arrondissements 1 to 20. */
export const parisPostalCodes: readonly string[] = Array.from(
  { length: 20 },
  (_, index) => `750${String(index + 1).padStart(2, '0')}`,
);

export const demoTechnicians: readonly DemoTechnician[] = [
  {
    name: 'Camille Martin',
    badgeNumber: 'DEMO-TECH-001',
    timeZone: 'Europe/Paris',
    skills: ['REFRIGERATOR', 'AIR_CONDITIONER'],
    postalCodes: parisPostalCodes,
    country: 'FR',
    workingHours: weekdaysEightToSix,
  },
  {
    name: 'Karim Benali',
    badgeNumber: 'DEMO-TECH-002',
    timeZone: 'Europe/Paris',
    skills: ['REFRIGERATOR', 'AIR_CONDITIONER'],
    postalCodes: parisPostalCodes,
    country: 'FR',
    workingHours: weekdaysEightToSix,
  },
];

/** The charging standard shown before any paid repair (seed 001, step 5). */
export const demoPriceList: PriceList = DEMO_PRICE_LIST;

/** A workshop in Paris where customers drop devices off (seed 004), Monday to Saturday. */
export const demoWorkshops = [
  {
    name: 'Demo Appliances workshop',
    addressLine1: '48 rue de la Roquette',
    postalCode: '75011',
    city: 'Paris',
    country: 'FR',
    timeZone: 'Europe/Paris',
    skills: ['REFRIGERATOR', 'AIR_CONDITIONER'],
    openingHours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '09:00', end: '18:00' })),
    slotMinutes: 60,
    slotCapacity: 3,
  },
] as const;

/** Lyon's nine districts and Villeurbanne. */
const lyonPostalCodes = ['69001', '69002', '69003', '69004', '69005', '69006', '69007', '69008', '69009', '69100'];

/**
 * An independent workshop the demo tenant entrusts some repairs to (seed 004, issue 10), with the
 * routing rule that sends it air conditioners from the Lyon area (postal codes 69…), and its own two
 * technicians in Lyon, whose windows such a request is offered; the demo's own technicians serve Paris. Rules are tried in this order, the first match wins.
 */
export const demoPartnerWorkshops = [
  {
    name: 'Atelier Clim Lyon',
    contactEmail: 'atelier@clim-lyon.example',
    contactPhone: '+33478000000',
    addressLine1: '12 cours Charlemagne',
    postalCode: '69002',
    city: 'Lyon',
    country: 'FR',
    routingRules: [{ category: 'AIR_CONDITIONER', country: 'FR', postalCodePrefixes: ['69'] }],
    /** Its own technicians: they serve the tickets routed to it, and only those (the demo's serve Paris). */
    technicians: [
      {
        name: 'Lucie Fabre',
        badgeNumber: 'CLIM-LYON-01',
        timeZone: 'Europe/Paris',
        skills: ['AIR_CONDITIONER'],
        postalCodes: lyonPostalCodes,
        country: 'FR',
        workingHours: weekdaysEightToSix,
      },
      {
        name: 'Hugo Perrin',
        badgeNumber: 'CLIM-LYON-02',
        timeZone: 'Europe/Paris',
        skills: ['AIR_CONDITIONER'],
        postalCodes: lyonPostalCodes,
        country: 'FR',
        workingHours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
      },
    ] satisfies readonly DemoTechnician[],
  },
] as const;

// The demo's repair history, for the back office's quality report (issue 10, examples/back-office/):
// a fleet of units sold from autumn 2024, and repairs requested on some of them in 2025, done,
// closed and mostly rated. Seeded without any personal data (the customers' fields empty, marked
// erased), as a history kept for statistics only; all closed, in the past, so they take no
// technician's time and no service desk's attention.

/** `count` units of a model sold from a month on, `perMonth` a month, on fixed days; every sixth in Belgium. */
function fleet(productModel: string, prefix: string, count: number, firstMonth: string, perMonth: number): DemoSale[] {
  const [year, month] = firstMonth.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const monthIndex = year * 12 + (month - 1) + Math.floor(index / perMonth);
    const day = 3 + (index % perMonth) * 4;
    return {
      serialNumber: `${prefix}-${String(index + 1).padStart(4, '0')}`,
      productModel,
      purchaseDate: `${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      country: index % 6 === 5 ? 'BE' : 'FR',
      city: null,
      servicePeriods: [],
    };
  });
}

/** The fleet the quality report counts: 36 refrigerators, 24 inverter and 20 fluorine-free air conditioners. */
export const demoFleetSales: readonly DemoSale[] = [
  ...fleet('HRF-DEMO-1', 'HRF1-FLEET', 36, '2024-09', 6),
  ...fleet('HAC-DEMO-INV', 'HAC-INV-FLEET', 24, '2024-10', 4),
  ...fleet('HAC-DEMO-FF', 'HAC-FF-FLEET', 20, '2024-11', 4),
];

/** One repair of the history: on a unit of the fleet, its visits and when it was done and rated (hours after the request). */
export interface DemoRepair {
  readonly trackingCode: string;
  /** A serial number of demoFleetSales. */
  readonly serialNumber: string;
  /** When it was requested, an instant. */
  readonly requestedAt: string;
  readonly symptoms: readonly string[];
  readonly partsUsed: readonly string[];
  /** Each visit: the technician (DemoTechnician.badgeNumber) and its arrival window's start, hours after the request. */
  readonly visits: readonly { readonly badgeNumber: string; readonly afterHours: number }[];
  readonly repairedAfterHours: number;
  /** The customer's rating, 1 to 5, a day after the repair; null: not rated. */
  readonly rating: number | null;
}

const [CAMILLE, KARIM] = ['DEMO-TECH-001', 'DEMO-TECH-002'];

/**
 * 18 repairs from March to October 2025: the refrigerator's compressor fails on five units (one
 * twice), the inverter air conditioner's control board on three; two repairs needed a second visit.
 */
export const demoRepairHistory: readonly DemoRepair[] = [
  { trackingCode: 'DEMO-QR-01', serialNumber: 'HRF1-FLEET-0001', requestedAt: '2025-03-04T08:00:00.000Z', symptoms: ['NOT_COOLING'], partsUsed: ['COMPRESSOR'], visits: [{ badgeNumber: CAMILLE, afterHours: 26 }], repairedAfterHours: 28, rating: 4 },
  { trackingCode: 'DEMO-QR-02', serialNumber: 'HRF1-FLEET-0002', requestedAt: '2025-03-18T09:00:00.000Z', symptoms: ['NOT_COOLING'], partsUsed: ['COMPRESSOR'], visits: [{ badgeNumber: KARIM, afterHours: 30 }], repairedAfterHours: 31, rating: 5 },
  { trackingCode: 'DEMO-QR-03', serialNumber: 'HRF1-FLEET-0007', requestedAt: '2025-04-08T07:30:00.000Z', symptoms: ['NOISY'], partsUsed: ['COMPRESSOR'], visits: [{ badgeNumber: CAMILLE, afterHours: 50 }], repairedAfterHours: 52, rating: 3 },
  { trackingCode: 'DEMO-QR-04', serialNumber: 'HRF1-FLEET-0012', requestedAt: '2025-05-06T10:00:00.000Z', symptoms: ['DOOR_NOT_CLOSING'], partsUsed: ['DOOR'], visits: [{ badgeNumber: CAMILLE, afterHours: 44 }], repairedAfterHours: 45, rating: 5 },
  { trackingCode: 'DEMO-QR-05', serialNumber: 'HRF1-FLEET-0015', requestedAt: '2025-05-20T08:00:00.000Z', symptoms: ['TOO_COLD'], partsUsed: ['TEMPERATURE_CONTROLLER'], visits: [{ badgeNumber: KARIM, afterHours: 28 }], repairedAfterHours: 29, rating: 4 },
  { trackingCode: 'DEMO-QR-06', serialNumber: 'HRF1-FLEET-0001', requestedAt: '2025-06-10T08:00:00.000Z', symptoms: ['NOT_COOLING'], partsUsed: ['COMPRESSOR'], visits: [{ badgeNumber: KARIM, afterHours: 20 }, { badgeNumber: CAMILLE, afterHours: 70 }], repairedAfterHours: 72, rating: 2 },
  { trackingCode: 'DEMO-QR-07', serialNumber: 'HRF1-FLEET-0020', requestedAt: '2025-07-01T07:00:00.000Z', symptoms: ['NOISY'], partsUsed: ['FAN_MOTOR'], visits: [{ badgeNumber: CAMILLE, afterHours: 22 }], repairedAfterHours: 23, rating: 5 },
  { trackingCode: 'DEMO-QR-08', serialNumber: 'HRF1-FLEET-0025', requestedAt: '2025-07-15T09:00:00.000Z', symptoms: ['NOT_COOLING'], partsUsed: ['COMPRESSOR'], visits: [{ badgeNumber: KARIM, afterHours: 26 }], repairedAfterHours: 27, rating: 4 },
  { trackingCode: 'DEMO-QR-09', serialNumber: 'HRF1-FLEET-0030', requestedAt: '2025-08-26T08:00:00.000Z', symptoms: ['DOOR_NOT_CLOSING'], partsUsed: ['DOOR'], visits: [{ badgeNumber: CAMILLE, afterHours: 48 }], repairedAfterHours: 49, rating: 4 },
  { trackingCode: 'DEMO-QR-10', serialNumber: 'HRF1-FLEET-0033', requestedAt: '2025-09-09T08:00:00.000Z', symptoms: ['NOT_COOLING'], partsUsed: ['COMPRESSOR'], visits: [{ badgeNumber: KARIM, afterHours: 30 }], repairedAfterHours: 31, rating: null },
  { trackingCode: 'DEMO-QR-11', serialNumber: 'HAC-INV-FLEET-0001', requestedAt: '2025-04-15T08:00:00.000Z', symptoms: ['NOT_COOLING'], partsUsed: ['MAIN_CONTROL_BOARD'], visits: [{ badgeNumber: CAMILLE, afterHours: 30 }], repairedAfterHours: 31, rating: 4 },
  { trackingCode: 'DEMO-QR-12', serialNumber: 'HAC-INV-FLEET-0005', requestedAt: '2025-05-13T09:00:00.000Z', symptoms: ['NOISY'], partsUsed: ['FAN_MOTOR'], visits: [{ badgeNumber: KARIM, afterHours: 46 }], repairedAfterHours: 47, rating: 5 },
  { trackingCode: 'DEMO-QR-13', serialNumber: 'HAC-INV-FLEET-0009', requestedAt: '2025-06-17T08:00:00.000Z', symptoms: ['ERROR_CODE'], partsUsed: ['MAIN_CONTROL_BOARD'], visits: [{ badgeNumber: CAMILLE, afterHours: 24 }, { badgeNumber: KARIM, afterHours: 96 }], repairedAfterHours: 98, rating: 3 },
  { trackingCode: 'DEMO-QR-14', serialNumber: 'HAC-INV-FLEET-0014', requestedAt: '2025-07-22T08:00:00.000Z', symptoms: ['ERROR_CODE'], partsUsed: ['MAIN_CONTROL_BOARD'], visits: [{ badgeNumber: KARIM, afterHours: 28 }], repairedAfterHours: 29, rating: 4 },
  { trackingCode: 'DEMO-QR-15', serialNumber: 'HAC-INV-FLEET-0018', requestedAt: '2025-09-16T08:00:00.000Z', symptoms: ['LEAKING_WATER'], partsUsed: ['PARTS'], visits: [{ badgeNumber: CAMILLE, afterHours: 50 }], repairedAfterHours: 51, rating: 5 },
  { trackingCode: 'DEMO-QR-16', serialNumber: 'HAC-FF-FLEET-0002', requestedAt: '2025-05-27T08:00:00.000Z', symptoms: ['LEAKING_WATER'], partsUsed: ['PARTS'], visits: [{ badgeNumber: CAMILLE, afterHours: 26 }], repairedAfterHours: 27, rating: 5 },
  { trackingCode: 'DEMO-QR-17', serialNumber: 'HAC-FF-FLEET-0008', requestedAt: '2025-08-05T08:00:00.000Z', symptoms: ['ERROR_CODE'], partsUsed: ['MAIN_CONTROL_BOARD'], visits: [{ badgeNumber: KARIM, afterHours: 30 }], repairedAfterHours: 31, rating: 4 },
  { trackingCode: 'DEMO-QR-18', serialNumber: 'HAC-FF-FLEET-0015', requestedAt: '2025-10-07T08:00:00.000Z', symptoms: ['LEAKING_WATER'], partsUsed: ['PARTS'], visits: [{ badgeNumber: CAMILLE, afterHours: 22 }], repairedAfterHours: 23, rating: 4 },
];
