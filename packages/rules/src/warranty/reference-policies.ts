import { WARRANTY_PARTS, type WarrantyPolicy } from './policy.js';

/**
 * Haier's published terms (seed 001), as data a tenant can load: the refrigerator warranty, the
 * inverter air-conditioner warranties by purchase date and city, and the fluorine-free one.
 * The seed says "before December 30, 2007" and starts the next period on December 31: the 30th
 * belongs to the first period.
 */
/** The 14 main parts of seed 001's refrigerator terms: every named part but the whole unit and PARTS. */
export const REFRIGERATOR_MAIN_PARTS = WARRANTY_PARTS.filter((part) => part !== 'WHOLE_UNIT' && part !== 'PARTS');

const SEED_001 = 'Haier Group’s after-sales service process (seed 001)';

const HAIER_SERVICE = {
  returnDays: 7,
  exchangeDays: 15,
  exclusions: ['NO_PROOF_OF_PURCHASE', 'ALTERED_INVOICE', 'ACCIDENT_OR_MISUSE', 'UNAUTHORISED_REPAIR'],
  paidRepairAfterExpiry: true,
} as const;

const SAME_TERM = (months: number, parts: readonly string[]) => parts.map((part) => ({ part, months }));

export const HAIER_SEED_001_POLICIES: readonly WarrantyPolicy[] = [
  {
    id: 'haier-refrigerator',
    source: `${SEED_001}: How many years does Haier refrigerator guarantee?`,
    name: 'Haier refrigerator warranty',
    productLine: 'haier-refrigerator',
    purchasedFrom: null,
    purchasedUntil: null,
    country: null,
    cities: [],
    terms: [{ part: 'WHOLE_UNIT', months: 12 }, ...SAME_TERM(36, REFRIGERATOR_MAIN_PARTS)],
    ...HAIER_SERVICE,
  },
  {
    id: 'haier-ac-inverter-2007',
    source: `${SEED_001}: Machines purchased before December 30, 2007 are guaranteed for 3 years for the whole machine and 6 years for the compressor.`,
    name: 'Haier inverter air conditioner warranty (bought up to 30 December 2007)',
    productLine: 'haier-ac-inverter',
    purchasedFrom: null,
    purchasedUntil: '2007-12-30',
    country: null,
    cities: [],
    terms: [
      { part: 'WHOLE_UNIT', months: 36 },
      { part: 'COMPRESSOR', months: 72 },
    ],
    ...HAIER_SERVICE,
  },
  {
    id: 'haier-ac-inverter-2008',
    source: `${SEED_001}: The air conditioner purchased from December 31, 2007 to November 30, 2009 shall be guaranteed for 6 years, including the compressor and parts.`,
    name: 'Haier inverter air conditioner warranty (bought 31 December 2007 to 30 November 2009)',
    productLine: 'haier-ac-inverter',
    purchasedFrom: '2007-12-31',
    purchasedUntil: '2009-11-30',
    country: null,
    cities: [],
    terms: SAME_TERM(72, ['WHOLE_UNIT', 'COMPRESSOR', 'PARTS']),
    ...HAIER_SERVICE,
  },
  {
    id: 'haier-ac-inverter-2009-cities',
    source: `${SEED_001}: From December 1st, 2009, the domestic air conditioners purchased in Jinan, Qingdao, Jining, Yantai, Wuhan, Hefei and Chongqing are guaranteed for 10 years, including compressors and parts.`,
    name: 'Haier inverter air conditioner 10-year warranty (seven cities, from 1 December 2009)',
    productLine: 'haier-ac-inverter',
    purchasedFrom: '2009-12-01',
    purchasedUntil: null,
    country: 'CN',
    cities: ['Jinan', 'Qingdao', 'Jining', 'Yantai', 'Wuhan', 'Hefei', 'Chongqing'],
    terms: SAME_TERM(120, ['WHOLE_UNIT', 'COMPRESSOR', 'PARTS']),
    ...HAIER_SERVICE,
  },
  {
    id: 'haier-ac-fluorine-free-2010',
    source: `${SEED_001}: Haier household fluorine-free air conditioner purchased from January 1st, 2010 is guaranteed for 10 years, including compressor and parts.`,
    name: 'Haier fluorine-free household air conditioner 10-year warranty (from 1 January 2010)',
    productLine: 'haier-ac-fluorine-free',
    purchasedFrom: '2010-01-01',
    purchasedUntil: null,
    country: null,
    cities: [],
    terms: SAME_TERM(120, ['WHOLE_UNIT', 'COMPRESSOR', 'PARTS']),
    ...HAIER_SERVICE,
  },
];
