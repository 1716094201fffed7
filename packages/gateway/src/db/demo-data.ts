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
