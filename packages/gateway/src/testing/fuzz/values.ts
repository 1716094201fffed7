/** The schema fuzzer's values: what a real caller would send (seeded before a run), and hostile ones. */
/** Valid-shaped values the generator draws from, by what a field names (see `validString`). */
export interface KnownValues {
  readonly trackingCodes: readonly string[];
  /** The postal code each seeded ticket was made for (same order as trackingCodes). */
  readonly ticketPostalCodes: readonly string[];
  /** The signed links of the seeded tickets (same order), and of the installation jobs' certificates. */
  readonly ticketLinks: readonly string[];
  readonly certificateLinks: readonly string[];
  readonly jobReferences: readonly string[];
  readonly quoteIds: readonly string[];
  readonly surveyIds: readonly string[];
  readonly webhookEndpointIds: readonly string[];
  readonly reinterventionIds: readonly string[];
  readonly workshopIds: readonly string[];
  readonly slotStarts: readonly string[];
  readonly symptoms: readonly string[];
  readonly cursors: readonly string[];
}

/** No seeded values: the generator falls back on made-up ones (for building arbitraries without a gateway). */
export const EMPTY_KNOWN_VALUES: KnownValues = {
  trackingCodes: [], ticketPostalCodes: [], ticketLinks: [], certificateLinks: [], jobReferences: [], quoteIds: [], surveyIds: [],
  webhookEndpointIds: [], reinterventionIds: [], workshopIds: [], slotStarts: [], symptoms: [], cursors: [],
};

export const DEMO_MODELS = ['HRF-DEMO-1', 'HAC-DEMO-INV', 'HAC-DEMO-FF'];
export const DEMO_SERIALS = ['HRF1-2024-0001', 'HRF1-2025-0002', 'HAC-INV-QD-0001', 'HAC-INV-2008-0001', 'HAC-FF-0001'];
export const PARIS_POSTAL_CODES = Array.from({ length: 20 }, (_, index) => `750${String(index + 1).padStart(2, '0')}`);
export const PARTS = ['WHOLE_UNIT', 'COMPRESSOR', 'EVAPORATOR', 'CONDENSER', 'MAIN_CONTROL_BOARD', 'DOOR', 'FAN_MOTOR', 'DEFROST_HEATER', 'ICE_MAKER', 'PARTS', 'FILTER'];
export const COUNTRIES = ['FR', 'NL', 'CN', 'DE', 'BE', 'IT', 'US'];
export const CITIES = ['Paris', 'Qingdao', 'Amsterdam', 'Lyon'];
export const EMAILS = ['camille.dupont@example.fr', 'ines@example.fr', 'li.wei@example.cn'];
export const PHONES = ['06 12 34 56 78', '+33612345678', '+86 138 0013 8000', '0612345678'];
export const NAMES = ['Camille Dupont', 'Karim Benali', 'Cuisines Lumière', 'Meubles Durand', '李伟'];
export const TEXTS = [
  'The fridge is not cooling any more, the food gets warm.',
  'Traffic jam on the ring road.',
  'Replaced the fan motor; cooling restored.',
  'Checked the serial number with the customer on the phone.',
  'A drawer front is warped.',
  'Should a reintervention be paid before the visit?',
  'Oak units',
  'Yes',
  'Paris',
];
export const URLS = ['https://shop.example.com/my-repairs', 'https://hooks.example.com/sav', 'http://localhost:5173/track', 'http://127.0.0.1:4000/hook'];
export const BADGES = ['DEMO-TECH-001', 'DEMO-TECH-002'];
export const CAUSES = ['SUPPLIES', 'DESIGNER', 'INSTALLER'];
export const CURRENCIES = ['EUR', 'CNY', 'USD'];
export const FUZZ_NOW = Date.parse('2026-04-20T10:00:00Z');

// ---------------------------------------------------------------------------------------------
// Hostile values.

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'abc\u0000def',
  '\u0007\u0008\u001b[31mred\u001b[0m',
  '\uD800',
  'a\uDFFFb',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  'e\u0301\u0301\u0301',
  '🧊❄️👩‍🔧',
  '日本語のテキスト',
  'مرحبا',
  "' OR '1'='1' --",
  "'; DROP TABLE tickets; --",
  '" OR ""="',
  '%',
  '_%_',
  '\\',
  '\\\\x00',
  '$1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  'true',
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  'https://',
  'http://[::1',
  '2026-02-30',
  'SAV-0000-0000',
  'sav-aaaa-bbbb',
  'JOB-00000000',
];

/** Strings far longer than any field accepts (the body limit is 1 MiB). */
export const HUGE_STRINGS: readonly string[] = ['x'.repeat(2_001), 'é'.repeat(10_000), 'A'.repeat(100_001), `${'75011'.repeat(20_000)}`];

export const WRONG_TYPES: readonly unknown[] = [123, -1, 1.5, true, false, 'text', [], {}, [1, 2], { a: 1 }, [null], 1e21];

export const HOSTILE_DATES: readonly unknown[] = [
  '0000-01-01', '0001-01-01', '2026-02-30', '2023-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '9999-12-31', '1900-01-01', '2999-01-01',
  '1970-01-01', '20260421', '2026-4-21', '2026-04-21T00:00:00Z', '+002026-04-21', '-000001-01-01', '2026-04-21 ', ' 2026-04-21', 'yesterday', '', 20260421,
];

export const HOSTILE_DATE_TIMES: readonly unknown[] = [
  '0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '1970-01-01T00:00:00Z', '2026-02-30T10:00:00Z', '2026-04-21T25:00:00Z',
  '2026-04-21T06:00:00', '2026-04-21 06:00:00Z', '2026-04-21T06:00:00+25:00', '2026-04-21T06:00:00.123456789Z', '2026-04-21T06:60:00Z', '2026-04-21',
  '2100-01-01T00:00:00Z', '1900-01-01T00:00:00Z', '2026-04-20T09:59:59Z', '', 'now', 1776758400000,
];

export const INT_BOUNDARIES: readonly unknown[] = [0, 1, -1, 2, 31, 32, 100, 101, 1440, 1441, 100_000, 100_001, 2_147_483_647, -2_147_483_648];
export const INT_INVALID: readonly unknown[] = [2_147_483_648, -2_147_483_649, 1.5, '5', 1e21, true, null];

/** Valid ranges of the integer arguments, by name (lowercase). */
export const INT_RANGES: Record<string, [number, number]> = {
  days: [1, 31],
  first: [1, 100],
  rating: [1, 5],
  option: [0, 3],
  presenceminutes: [0, 1440],
  labourminutes: [1, 1440],
  minutesonsite: [1, 1440],
  visitminutes: [15, 480],
  followupdays: [0, 90],
  lookupsperminute: [1, 100_000],
  repaircostlimitpercent: [1, 100],
  satisfactionthreshold: [1, 5],
  hourlyrateminor: [0, 20_000],
  thresholdminutes: [0, 240],
  basispoints: [0, 3000],
};

