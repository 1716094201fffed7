// The demo tenant that `pnpm start` seeds into an empty store (docs/api.md), as plain data.
// Deterministic: fixed dates, fixed keys, no clock. Written to the store by seed.ts.
// The warranty terms are those of seed 001 (Haier), read with docs/product.md.
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
}

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
  },
  {
    model: 'HAC-DEMO-INV',
    name: 'Haier inverter air conditioner',
    brand: 'Haier',
    category: 'AIR_CONDITIONER',
    productLines: ['haier-ac-inverter'],
  },
  {
    model: 'HAC-DEMO-FF',
    name: 'Haier fluorine-free household air conditioner',
    brand: 'Haier',
    category: 'AIR_CONDITIONER',
    productLines: ['haier-ac-fluorine-free'],
  },
];

const seed001 = 'Haier Group’s after-sales service process (seed 001)';

/** What seed 001 gives every Haier term: the 7- and 15-day remedies, the exclusions, lifelong paid service. */
const haierCommonTerms = {
  returnDays: 7,
  exchangeDays: 15,
  exclusions: ['NO_PROOF_OF_PURCHASE', 'ALTERED_INVOICE', 'ACCIDENT_OR_MISUSE', 'UNAUTHORISED_REPAIR'],
  paidRepairAfterExpiry: true,
} as const;

const anywhere = { country: null, cities: [] } as const;

/** The 14 main parts of a Haier refrigerator, covered 3 years (seed 001). */
export const refrigeratorMainParts: readonly string[] = [
  'COMPRESSOR',
  'EVAPORATOR',
  'CONDENSER',
  'SOLENOID_VALVE',
  'MAIN_CONTROL_BOARD',
  'CABINET',
  'DOOR',
  'TEMPERATURE_CONTROLLER',
  'FILTER',
  'CAPILLARY_TUBE',
  'FAN_MOTOR',
  'DEFROST_HEATER',
  'ICE_MAKER',
  'TIMER',
];

/** "N years, including compressor and parts". */
function wholeUnitCompressorAndParts(months: number): DemoPolicyPart[] {
  return [
    { part: 'WHOLE_UNIT', months },
    { part: 'COMPRESSOR', months },
    { part: 'PARTS', months },
  ];
}

export const demoWarrantyPolicies: readonly DemoWarrantyPolicy[] = [
  {
    productLine: 'haier-refrigerator',
    name: 'Haier refrigerator warranty',
    source: `${seed001}: How many years does Haier refrigerator guarantee?`,
    purchasedFrom: null,
    purchasedUntil: null,
    ...anywhere,
    ...haierCommonTerms,
    parts: [
      { part: 'WHOLE_UNIT', months: 12 },
      ...refrigeratorMainParts.map((part) => ({ part, months: 36 })),
    ],
  },
  {
    productLine: 'haier-ac-inverter',
    name: 'Haier inverter air conditioner warranty, bought up to 2007-12-30',
    source: `${seed001}: Machines purchased before December 30, 2007 are guaranteed for 3 years for the whole machine and 6 years for the compressor.`,
    purchasedFrom: null,
    purchasedUntil: '2007-12-30',
    ...anywhere,
    ...haierCommonTerms,
    parts: [
      { part: 'WHOLE_UNIT', months: 36 },
      { part: 'COMPRESSOR', months: 72 },
    ],
  },
  {
    productLine: 'haier-ac-inverter',
    name: 'Haier inverter air conditioner warranty, bought 2007-12-31 to 2009-11-30',
    source: `${seed001}: The air conditioner purchased from December 31, 2007 to November 30, 2009 shall be guaranteed for 6 years, including the compressor and parts.`,
    purchasedFrom: '2007-12-31',
    purchasedUntil: '2009-11-30',
    ...anywhere,
    ...haierCommonTerms,
    parts: wholeUnitCompressorAndParts(72),
  },
  {
    productLine: 'haier-ac-inverter',
    name: 'Haier inverter air conditioner warranty, bought from 2009-12-01 in seven Chinese cities',
    source: `${seed001}: From December 1st, 2009, the domestic air conditioners purchased in Jinan, Qingdao, Jining, Yantai, Wuhan, Hefei and Chongqing are guaranteed for 10 years, including compressors and parts.`,
    purchasedFrom: '2009-12-01',
    purchasedUntil: null,
    country: 'CN',
    cities: ['Jinan', 'Qingdao', 'Jining', 'Yantai', 'Wuhan', 'Hefei', 'Chongqing'],
    ...haierCommonTerms,
    parts: wholeUnitCompressorAndParts(120),
  },
  {
    productLine: 'haier-ac-fluorine-free',
    name: 'Haier fluorine-free household air conditioner warranty, bought from 2010-01-01',
    source: `${seed001}: Haier household fluorine-free air conditioner purchased from January 1st, 2010 is guaranteed for 10 years, including compressor and parts.`,
    purchasedFrom: '2010-01-01',
    purchasedUntil: null,
    ...anywhere,
    ...haierCommonTerms,
    parts: wholeUnitCompressorAndParts(120),
  },
];

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
  hourlyRateMinor: 4000,
  currency: 'EUR',
  thresholdMinutes: 60,
  billableCauses: ['SUPPLIES', 'DESIGNER'],
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
  },
  {
    name: 'Karim Benali',
    badgeNumber: 'DEMO-TECH-002',
    timeZone: 'Europe/Paris',
    skills: ['REFRIGERATOR', 'AIR_CONDITIONER'],
    postalCodes: parisPostalCodes,
    country: 'FR',
  },
];
