/**
 * A property-based fuzzer of the whole GraphQL API, driven by the executable schema itself.
 *
 * For every root field (Query, Mutation, and Subscription over POST /graphql/stream) it builds a
 * fast-check arbitrary of requests: an operation document whose variables (or inline literals)
 * follow the field's arguments through input objects, lists, nullability, enums and scalars,
 * mixing valid-shaped values (the demo catalogue, Paris postal codes, tracking codes, links and ids
 * seeded before the run) with hostile ones (empty, huge, unicode, control characters, SQL- and
 * HTML-looking text, out-of-range numbers and dates, wrong types, missing and extra fields,
 * nulls); a selection set that asks for every scalar of the result (union members through inline
 * fragments, nested objects as far as a cost budget allows); and a key: publishable, secret, none
 * or a bogus one.
 *
 * Each case draws a mode: `valid` (every value well-shaped), `oneFault` (exactly one hostile spot:
 * a bad leaf, a null or missing required field, an extra field, a bad list item, a wrong type) or
 * `chaos` (hostile values anywhere). Objects naming a ticket are made coherent half of the time
 * (a seeded ticket's code with its own postal code, or its link), so that found-ticket paths run.
 *
 * Each request is checked against what api.md promises: never an HTTP 5xx, never an error without
 * a code or with INTERNAL_SERVER_ERROR, never an unhandled rejection or uncaught exception in the
 * process, never a log line of level error, and nothing written by a refusal (a status of 400 or
 * more, top-level `errors`, or a result whose type implements `Error`, NeedsVerification aside):
 * every table is fingerprinted (see `fingerprintQuery`) before and after each request, and must
 * not change when the answer is a refusal. Successes may write.
 *
 * Used by src/http/schema-fuzz.test.ts (bounded, for CI) and scripts/fuzz.mjs (`pnpm fuzz`).
 */
import { EventStreamParser } from '@sav/client';
import { inspect } from 'node:util';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type { Store } from '../db/store.js';

// ---------------------------------------------------------------------------------------------
// Known values: what a real caller would send, seeded before the run.

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

const DEMO_MODELS = ['HRF-DEMO-1', 'HAC-DEMO-INV', 'HAC-DEMO-FF'];
const DEMO_SERIALS = ['HRF1-2024-0001', 'HRF1-2025-0002', 'HAC-INV-QD-0001', 'HAC-INV-2008-0001', 'HAC-FF-0001'];
const PARIS_POSTAL_CODES = Array.from({ length: 20 }, (_, index) => `750${String(index + 1).padStart(2, '0')}`);
const PARTS = ['WHOLE_UNIT', 'COMPRESSOR', 'EVAPORATOR', 'CONDENSER', 'MAIN_CONTROL_BOARD', 'DOOR', 'FAN_MOTOR', 'DEFROST_HEATER', 'ICE_MAKER', 'PARTS', 'FILTER'];
const COUNTRIES = ['FR', 'NL', 'CN', 'DE', 'BE', 'IT', 'US'];
const CITIES = ['Paris', 'Qingdao', 'Amsterdam', 'Lyon'];
const EMAILS = ['camille.dupont@example.fr', 'ines@example.fr', 'li.wei@example.cn'];
const PHONES = ['06 12 34 56 78', '+33612345678', '+86 138 0013 8000', '0612345678'];
const NAMES = ['Camille Dupont', 'Karim Benali', 'Cuisines Lumière', 'Meubles Durand', '李伟'];
const TEXTS = [
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
const URLS = ['https://shop.example.com/my-repairs', 'https://hooks.example.com/sav', 'http://localhost:5173/track', 'http://127.0.0.1:4000/hook'];
const BADGES = ['DEMO-TECH-001', 'DEMO-TECH-002'];
const CAUSES = ['SUPPLIES', 'DESIGNER', 'INSTALLER'];
const CURRENCIES = ['EUR', 'CNY', 'USD'];
const FUZZ_NOW = Date.parse('2026-04-20T10:00:00Z');

// ---------------------------------------------------------------------------------------------
// Hostile values.

const HOSTILE_STRINGS: readonly string[] = [
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
const HUGE_STRINGS: readonly string[] = ['x'.repeat(2_001), 'é'.repeat(10_000), 'A'.repeat(100_001), `${'75011'.repeat(20_000)}`];

const WRONG_TYPES: readonly unknown[] = [123, -1, 1.5, true, false, 'text', [], {}, [1, 2], { a: 1 }, [null], 1e21];

const HOSTILE_DATES: readonly unknown[] = [
  '0000-01-01', '0001-01-01', '2026-02-30', '2023-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '9999-12-31', '1900-01-01', '2999-01-01',
  '1970-01-01', '20260421', '2026-4-21', '2026-04-21T00:00:00Z', '+002026-04-21', '-000001-01-01', '2026-04-21 ', ' 2026-04-21', 'yesterday', '', 20260421,
];

const HOSTILE_DATE_TIMES: readonly unknown[] = [
  '0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '1970-01-01T00:00:00Z', '2026-02-30T10:00:00Z', '2026-04-21T25:00:00Z',
  '2026-04-21T06:00:00', '2026-04-21 06:00:00Z', '2026-04-21T06:00:00+25:00', '2026-04-21T06:00:00.123456789Z', '2026-04-21T06:60:00Z', '2026-04-21',
  '2100-01-01T00:00:00Z', '1900-01-01T00:00:00Z', '2026-04-20T09:59:59Z', '', 'now', 1776758400000,
];

const INT_BOUNDARIES: readonly unknown[] = [0, 1, -1, 2, 31, 32, 100, 101, 1440, 1441, 100_000, 100_001, 2_147_483_647, -2_147_483_648];
const INT_INVALID: readonly unknown[] = [2_147_483_648, -2_147_483_649, 1.5, '5', 1e21, true, null];

/** Valid ranges of the integer arguments, by name (lowercase). */
const INT_RANGES: Record<string, [number, number]> = {
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

// ---------------------------------------------------------------------------------------------
// Value generation.

/** An absent argument or input field (as opposed to an explicit null). */
export const OMIT: unique symbol = Symbol('omit');
type Generated = unknown;

/** valid: every value well-shaped; oneFault: exactly one hostile spot; chaos: hostile anywhere. */
type Mode = 'valid' | 'oneFault' | 'chaos';

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const DAY_2000 = Date.UTC(2000, 0, 1) / 86_400_000;
const DAY_2031 = Date.UTC(2031, 0, 1) / 86_400_000;

function constant<T>(values: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...values);
}

/** Picks from the first non-empty pool, else `fallback`. */
function fromPools(pools: readonly (readonly string[])[], fallback: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const values = pools.flat();
  return values.length > 0 ? fc.oneof({ arbitrary: constant(values), weight: 4 }, { arbitrary: fallback, weight: 1 }) : fallback;
}

const readableText = fc.oneof(constant(TEXTS), fc.string({ minLength: 1, maxLength: 40 }), fc.lorem({ maxCount: 12 }));

/** Lower-cases a name for hint matching. */
const lower = (name: string) => name.toLowerCase();

/** Valid-shaped strings for a field, by its name and its parent's. */
function validString(name: string, parent: string, known: KnownValues): fc.Arbitrary<string> {
  const n = lower(name);
  const p = lower(parent);
  if (n === 'productmodel') return constant(DEMO_MODELS);
  if (n === 'serialnumber') return fc.oneof({ arbitrary: constant(DEMO_SERIALS), weight: 4 }, { arbitrary: fc.constant('HRF1-2099-9999'), weight: 1 });
  if (n === 'postalcode') return fromPools([known.ticketPostalCodes, PARIS_POSTAL_CODES], constant(['69001', '1012 AB', '266000', '10115']));
  if (n === 'country') return fc.oneof({ arbitrary: fc.constant('FR'), weight: 3 }, { arbitrary: constant(COUNTRIES), weight: 2 });
  if (n === 'city') return fc.oneof({ arbitrary: fc.constant('Paris'), weight: 2 }, { arbitrary: constant(CITIES), weight: 1 });
  if (n === 'trackingcode') return fromPools([known.trackingCodes, known.trackingCodes.map((code) => code.toLowerCase())], fc.constant('SAV-AAAA-BBBB'));
  if (n === 'link') return fromPools([p.includes('certificate') || p.includes('completion') ? known.certificateLinks : known.ticketLinks, known.ticketLinks, known.certificateLinks], fc.constant('not-a-link'));
  if (n === 'reference' || n === 'jobreference') return fromPools([known.jobReferences], fc.constant('JOB-ABCDEFGH'));
  if (n === 'email' || n === 'customeremail') return constant(EMAILS);
  if (n === 'phone') return constant(PHONES);
  if (n.endsWith('name')) return constant(NAMES);
  if (n === 'url' || n === 'trackerurl') return constant(URLS);
  if (n === 'technicianbadge') return constant(BADGES);
  if (n === 'cause') return constant(CAUSES);
  if (n === 'currency') return constant(CURRENCIES);
  if (n === 'symptoms') return fromPools([known.symptoms], constant(['NOT_COOLING', 'NOISE']));
  if (n === 'parts' || n === 'likelyparts' || n === 'partsused') return constant(PARTS);
  if (n === 'after') return fromPools([known.cursors], fc.base64String({ maxLength: 24 }));
  if (n === 'idempotencykey') return fc.oneof(fc.constant('order-1234-repair'), fc.uuid());
  if (n === 'signature') return fc.oneof(constant(NAMES), fc.constant('M 10 10 L 20 20 L 30 10'));
  if (n === 'addressline1' || n === 'line1') return fc.constant('12 rue de la Roquette');
  if (n === 'line2') return fc.constant('Bâtiment B');
  if (n === 'place') return constant(CITIES);
  if (['fault', 'note', 'reason', 'description', 'reportedproblem', 'comment', 'question'].includes(n)) return fc.oneof({ arbitrary: constant(TEXTS), weight: 3 }, { arbitrary: readableText, weight: 1 });
  return readableText;
}

/**
 * Makes an object that names a ticket (a `trackingCode`, with a `postalCode` or a `link` beside it)
 * name one seeded ticket coherently half of the time: its code with its own postal code, or its
 * link alone. Drawn independently, the three would almost never find the ticket, and the paths
 * behind a found ticket would go untried.
 */
function coherentTicket(object: fc.Arbitrary<Record<string, unknown>>, fieldNames: ReadonlySet<string>, known: KnownValues): fc.Arbitrary<Record<string, unknown>> {
  if (!fieldNames.has('trackingCode') || known.trackingCodes.length === 0) return object;
  return fc.tuple(object, fc.nat(), fc.integer({ min: 0, max: 3 })).map(([value, index, how]) => {
    if (how >= 2) return value;
    const ticket = index % known.trackingCodes.length;
    const copy: Record<string, unknown> = { ...value };
    if (how === 1 && fieldNames.has('link') && known.ticketLinks.length > 0) {
      copy.link = known.ticketLinks[ticket % known.ticketLinks.length];
      delete copy.trackingCode;
      delete copy.postalCode;
    } else {
      copy.trackingCode = known.trackingCodes[ticket];
      if (fieldNames.has('postalCode')) copy.postalCode = known.ticketPostalCodes[ticket];
      delete copy.link;
    }
    return copy;
  });
}

function validId(name: string, known: KnownValues): fc.Arbitrary<string> {
  const n = lower(name);
  const pools: Record<string, readonly string[]> = {
    workshopid: known.workshopIds,
    quoteid: known.quoteIds,
    surveyid: known.surveyIds,
  };
  const own = pools[n];
  const every = [known.surveyIds, known.webhookEndpointIds, known.reinterventionIds, known.quoteIds, known.workshopIds];
  return fromPools(own && own.length > 0 ? [own] : every, fc.uuid());
}

function validInt(name: string): fc.Arbitrary<number> {
  const range = INT_RANGES[lower(name)];
  if (range) return fc.oneof({ arbitrary: fc.integer({ min: range[0], max: range[1] }), weight: 4 }, { arbitrary: constant(range), weight: 1 });
  return fc.integer({ min: 0, max: 1000 });
}

function hostileInt(name: string): fc.Arbitrary<unknown> {
  const range = INT_RANGES[lower(name)];
  const outside = range ? [range[0] - 1, range[1] + 1, -range[1], range[1] * 1000] : [];
  return fc.oneof(
    { arbitrary: constant([...INT_BOUNDARIES, ...outside]), weight: 4 },
    { arbitrary: fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }), weight: 3 },
    { arbitrary: constant(INT_INVALID), weight: 1 },
  );
}

const validDate = fc.oneof(
  { arbitrary: constant(['2024-08-20', '2025-06-02', '2026-04-20', '2026-04-21', '2026-04-22', '2026-04-25', '2012-05-10', '2008-06-15', '2024-02-29']), weight: 2 },
  { arbitrary: fc.integer({ min: DAY_2000, max: DAY_2031 }).map(isoDate), weight: 3 },
);

function validDateTime(known: KnownValues): fc.Arbitrary<string> {
  const near = fc.integer({ min: -30 * 24 * 60, max: 30 * 24 * 60 }).map((minutes) => new Date(FUZZ_NOW + minutes * 60_000).toISOString());
  const withOffset = fc.integer({ min: 0, max: 14 * 24 }).map((hours) => {
    // An instant written in Paris time (+02:00 in April), as a browser in France would.
    const instant = new Date(FUZZ_NOW + hours * 3_600_000 + 2 * 3_600_000);
    return `${instant.toISOString().slice(0, 19)}+02:00`;
  });
  const slots = known.slotStarts.length > 0 ? [{ arbitrary: constant(known.slotStarts), weight: 4 }] : [];
  return fc.oneof(...slots, { arbitrary: near, weight: 3 }, { arbitrary: withOffset, weight: 1 });
}

function hostileString(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: constant(HOSTILE_STRINGS), weight: 8 },
    { arbitrary: constant(HUGE_STRINGS), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
    { arbitrary: constant(WRONG_TYPES), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
}

/** A valid value spoilt the way a user or a script spoils one: padded, cased, cut, NUL-ended, doubled. */
function spoilt(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(valid, fc.integer({ min: 0, max: 6 })).map(([value, how]) => {
    switch (how) {
      case 0: return `  ${value}  `;
      case 1: return value.toLowerCase();
      case 2: return value.slice(0, Math.max(0, value.length - 1));
      case 3: return `${value}\u0000`;
      case 4: return `${value}${value}`;
      case 5: return value.replace(/./u, '\uFF21');
      default: return `${value}' --`;
    }
  });
}

/** What the generator needs to know while it walks the input types. */
interface GenerationContext {
  readonly schema: GraphQLSchema;
  readonly known: KnownValues;
}

const MAX_INPUT_DEPTH = 6;

function leafArbitrary(type: GraphQLNamedType, name: string, parent: string, mode: Mode, context: GenerationContext): fc.Arbitrary<Generated> {
  const { known } = context;
  let valid: fc.Arbitrary<unknown>;
  let hostile: fc.Arbitrary<unknown>;
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name);
    valid = constant(values);
    hostile = fc.oneof(constant(['', 'NOPE', 'null', ...values.map((value) => value.toLowerCase())]), constant(WRONG_TYPES), fc.constant(null));
  } else {
    switch (type.name) {
      case 'String':
        valid = validString(name, parent, known);
        hostile = fc.oneof({ arbitrary: hostileString(), weight: 3 }, { arbitrary: spoilt(validString(name, parent, known)), weight: 1 });
        break;
      case 'ID':
        valid = validId(name, known);
        hostile = fc.oneof(hostileString(), spoilt(validId(name, known)), fc.integer({ min: -5, max: 1_000_000 }), fc.uuid());
        break;
      case 'Int':
        valid = validInt(name);
        hostile = hostileInt(name);
        break;
      case 'Float':
        valid = fc.double({ min: 0, max: 1000, noNaN: true });
        hostile = fc.oneof(constant([-1, 0, 1e308, -1e308, Number.MIN_VALUE, '1.5', null]), fc.double());
        break;
      case 'Boolean':
        valid = fc.boolean();
        hostile = constant(['true', 0, 1, null, [], {}]);
        break;
      case 'Date':
        valid = validDate;
        hostile = fc.oneof(constant(HOSTILE_DATES), fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), hostileString());
        break;
      case 'DateTime':
        valid = validDateTime(known);
        hostile = fc.oneof(constant(HOSTILE_DATE_TIMES), fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), hostileString());
        break;
      default:
        // A custom scalar this generator does not know: text, and anything.
        valid = readableText;
        hostile = fc.oneof(hostileString(), constant(WRONG_TYPES));
    }
  }
  if (mode === 'valid') return valid;
  if (mode === 'oneFault') return hostile;
  return fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: hostile, weight: 1 });
}

/**
 * An arbitrary of values for `type` (argument or input field `name`, inside `parent`). Returns
 * OMIT for an absent optional value.
 */
function inputArbitrary(type: GraphQLInputType, name: string, parent: string, mode: Mode, context: GenerationContext, depth = 0): fc.Arbitrary<Generated> {
  if (isNonNullType(type)) {
    const inner = nullableInputArbitrary(type.ofType, name, parent, mode, context, depth);
    if (mode === 'valid') return inner;
    if (mode === 'oneFault') return fc.oneof({ arbitrary: inner, weight: 6 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: fc.constant(OMIT), weight: 1 });
    return fc.oneof({ arbitrary: inner, weight: 12 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: fc.constant(OMIT), weight: 1 });
  }
  // Nullable: absent, null, or a value.
  const inner = nullableInputArbitrary(type, name, parent, mode, context, depth);
  if (mode === 'oneFault') return inner;
  return fc.oneof({ arbitrary: inner, weight: 4 }, { arbitrary: fc.constant(OMIT), weight: 3 }, { arbitrary: fc.constant(null), weight: 1 });
}

function nullableInputArbitrary(type: GraphQLInputType, name: string, parent: string, mode: Mode, context: GenerationContext, depth: number): fc.Arbitrary<Generated> {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = inputArbitrary(nullable.ofType as GraphQLInputType, name, parent, mode === 'oneFault' ? 'valid' : mode, context, depth + 1);
    const items = fc.array(item, { maxLength: 4 }).map((values) => values.map((value) => (value === OMIT ? null : value)));
    if (mode === 'valid') return fc.oneof({ arbitrary: items, weight: 6 }, { arbitrary: item.map((value) => (value === OMIT ? null : value)), weight: 1 });
    const faultyItem = inputArbitrary(nullable.ofType as GraphQLInputType, name, parent, 'oneFault', context, depth + 1).map((value) => (value === OMIT ? null : value));
    const oneFaultyItem = fc.tuple(fc.array(item, { maxLength: 3 }), faultyItem, fc.nat()).map(([values, faulty, at]) => {
      const list = values.map((value) => (value === OMIT ? null : value));
      list.splice(at % (list.length + 1), 0, faulty);
      return list;
    });
    const long = fc.array(item, { minLength: 21, maxLength: 150 }).map((values) => values.map((value) => (value === OMIT ? null : value)));
    const hostile = fc.oneof(
      { arbitrary: oneFaultyItem, weight: 6 },
      { arbitrary: long, weight: 2 },
      { arbitrary: fc.constant([]), weight: 1 },
      { arbitrary: constant(WRONG_TYPES), weight: 1 },
    );
    return mode === 'oneFault' ? hostile : fc.oneof({ arbitrary: items, weight: 3 }, { arbitrary: hostile, weight: 1 });
  }
  if (isInputObjectType(nullable)) {
    if (depth > MAX_INPUT_DEPTH) return fc.constant({});
    const fields = Object.values(nullable.getFields());
    const fieldNames = new Set(fields.map((field) => field.name));
    const fieldArbitraries = (fieldMode: (index: number) => Mode) => {
      const object = fc.tuple(...fields.map((field, index) => inputArbitrary(field.type, field.name, nullable.name, fieldMode(index), context, depth + 1))).map((values) => {
        const built: Record<string, unknown> = {};
        values.forEach((value, index) => {
          if (value !== OMIT) built[fields[index]!.name] = value;
        });
        return built;
      });
      // The one hostile spot of a oneFault object must stay as it is.
      return mode === 'oneFault' ? object : coherentTicket(object, fieldNames, context.known);
    };
    if (mode === 'valid') return fieldArbitraries(() => 'valid');
    if (mode === 'chaos') {
      return fc.oneof(
        { arbitrary: fieldArbitraries(() => 'chaos'), weight: 8 },
        { arbitrary: withExtraField(fieldArbitraries(() => 'chaos')), weight: 1 },
        { arbitrary: constant(WRONG_TYPES), weight: 1 },
      );
    }
    const required = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
    const oneFaultyField = fc.integer({ min: 0, max: Math.max(0, fields.length - 1) }).chain((faulty) => fieldArbitraries((index) => (index === faulty ? 'oneFault' : 'valid')));
    const missingRequired = required.length === 0
      ? fieldArbitraries(() => 'valid')
      : fc.tuple(fieldArbitraries(() => 'valid'), constant(required)).map(([object, missing]) => {
          const copy = { ...object };
          delete copy[missing];
          return copy;
        });
    return fc.oneof(
      { arbitrary: oneFaultyField, weight: 8 },
      { arbitrary: missingRequired, weight: 1 },
      { arbitrary: withExtraField(fieldArbitraries(() => 'valid')), weight: 1 },
      { arbitrary: constant(WRONG_TYPES), weight: 1 },
    );
  }
  return leafArbitrary(getNamedType(nullable), name, parent, mode, context);
}

function withExtraField(object: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(object, constant(['extra', 'unknownField', 'constructor', 'toString', 'id', '__typename']), fc.oneof(constant(HOSTILE_STRINGS), fc.integer())).map(([value, key, extra]) => {
    const copy = { ...value };
    Object.defineProperty(copy, key, { value: extra, enumerable: true, configurable: true, writable: true });
    return copy;
  });
}

// ---------------------------------------------------------------------------------------------
// Documents: selection sets within a cost budget, arguments as variables or literals.

/** The cost model of the gateway's query limits (root 10, 1 a field, ×10 under a list), kept well under its ceiling. */
const SELECTION_BUDGET = 1200;
const LIST_FACTOR = 10;
const MAX_SELECTION_DEPTH = 5;

interface Selection {
  readonly text: string;
  readonly cost: number;
}

function fieldsWithoutRequiredArguments(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined));
}

function isListOutput(field: GraphQLField<unknown, unknown>): boolean {
  return isListType(getNullableType(field.type));
}

/** Every scalar of an object, then its nested objects while the budget lasts. */
function objectSelection(schema: GraphQLSchema, type: GraphQLObjectType, budget: number, depth: number, alias: (field: string) => string): Selection {
  const parts = ['__typename'];
  let cost = 1;
  const fields = fieldsWithoutRequiredArguments(type);
  for (const field of fields) {
    if (!isLeafType(getNamedType(field.type)) || cost + 1 > budget) continue;
    parts.push(aliased(alias(field.name), field.name));
    cost += 1;
  }
  if (depth >= MAX_SELECTION_DEPTH) return { text: parts.join(' '), cost };
  for (const field of fields) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) continue;
    const factor = isListOutput(field) ? LIST_FACTOR : 1;
    const childBudget = Math.floor((budget - cost - 1) / factor);
    if (childBudget < 1) continue;
    const child = compositeSelection(schema, named as GraphQLCompositeType, childBudget, depth + 1);
    parts.push(`${aliased(alias(field.name), field.name)} { ${child.text} }`);
    cost += 1 + factor * child.cost;
  }
  return { text: parts.join(' '), cost };
}

function aliased(responseName: string, field: string): string {
  return responseName === field ? field : `${responseName}: ${field}`;
}

/** A selection of a union or interface: each possible type in an inline fragment; fields whose types differ between members aliased apart. */
function compositeSelection(schema: GraphQLSchema, type: GraphQLCompositeType, budget: number, depth: number): Selection {
  if (isObjectType(type)) return objectSelection(schema, type, budget, depth, (field) => field);
  const members = schema.getPossibleTypes(type);
  const signatures = new Map<string, Set<string>>();
  for (const member of members) {
    for (const field of Object.values(member.getFields())) {
      const seen = signatures.get(field.name) ?? new Set<string>();
      seen.add(String(field.type));
      signatures.set(field.name, seen);
    }
  }
  const alias = (member: string) => (field: string) => ((signatures.get(field)?.size ?? 0) > 1 ? `${field}_${member}` : field);
  const parts = ['__typename'];
  let cost = 1;
  members.forEach((member, index) => {
    const share = Math.floor((budget - cost) / (members.length - index));
    if (share < 1) return;
    const selection = objectSelection(schema, member, share, depth, alias(member.name));
    parts.push(`... on ${member.name} { ${selection.text} }`);
    cost += selection.cost;
  });
  return { text: parts.join(' '), cost };
}

/** The selection set of a root field's result, scalars first, within the cost budget. */
export function resultSelection(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  const factor = isListOutput(field) ? LIST_FACTOR : 1;
  return `{ ${compositeSelection(schema, named as GraphQLCompositeType, Math.floor((SELECTION_BUDGET - 10) / factor), 1).text} }`;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A value as a GraphQL literal (hostile values too: they must reach the server as they are). */
export function printLiteral(value: unknown, type: GraphQLInputType | undefined): string {
  const nullable = type ? getNullableType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const item = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : undefined;
    return `[${value.map((entry) => printLiteral(entry, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
    const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => NAME.test(key));
    return `{${entries.map(([key, entry]) => `${key}: ${printLiteral(entry, fields[key]?.type)}`).join(', ')}}`;
  }
  if (typeof value === 'string') {
    if (nullable && isEnumType(nullable) && NAME.test(value) && !['true', 'false', 'null'].includes(value)) return value;
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return String(value);
}

// ---------------------------------------------------------------------------------------------
// Cases.

export type RootKind = 'Query' | 'Mutation' | 'Subscription';
export type KeyChoice = 'pk_demo' | 'sk_demo' | 'none' | 'bogus';
export type ArgumentStyle = 'variables' | 'variablesAsString' | 'variablesAsList' | 'inline' | 'extraArgument';

/** One request the fuzzer sends: printable, so that a failure can be replayed by hand. */
export interface FuzzCase {
  /** Query.ticket, Mutation.requestRepair, Subscription.ticketUpdates. */
  readonly operation: string;
  readonly root: RootKind;
  readonly field: string;
  readonly mode: Mode;
  /** How the arguments travel: as variables (or variables sent as a string or a list), inline, or inline with an argument the field does not have. */
  readonly style: ArgumentStyle;
  readonly key: KeyChoice;
  readonly acceptLanguage: string | null;
  readonly query: string;
  /** Undefined when the arguments are written inline; else what is sent as `variables`. */
  readonly variables: unknown;
}

const ACCEPT_LANGUAGES = [null, null, null, 'fr-FR,fr;q=0.9', 'nl', 'zh-CN', 'en-GB', 'xx-YY', ';;q=abc,*', 'fr'.repeat(500)];

const KEY_CHOICE: fc.Arbitrary<KeyChoice> = fc.oneof(
  { arbitrary: fc.constant('pk_demo' as const), weight: 5 },
  { arbitrary: fc.constant('sk_demo' as const), weight: 5 },
  { arbitrary: fc.constant('none' as const), weight: 1 },
  { arbitrary: fc.constant('bogus' as const), weight: 1 },
);

function argumentsArbitrary(args: readonly GraphQLArgument[], parent: string, mode: Mode, context: GenerationContext): fc.Arbitrary<Record<string, unknown>> {
  const argumentNames = new Set(args.map((arg) => arg.name));
  const record = (argMode: (index: number) => Mode) => {
    const chosen = fc.tuple(...args.map((arg, index) => inputArbitrary(arg.type, arg.name, parent, argMode(index), context))).map((values) => {
      const built: Record<string, unknown> = {};
      values.forEach((value, index) => {
        if (value !== OMIT) built[args[index]!.name] = value;
      });
      return built;
    });
    return mode === 'oneFault' ? chosen : coherentTicket(chosen, argumentNames, context.known);
  };
  if (args.length === 0 || mode !== 'oneFault') return record(() => mode);
  return fc.integer({ min: 0, max: args.length - 1 }).chain((faulty) => record((index) => (index === faulty ? 'oneFault' : 'valid')));
}

/** Arbitraries of requests for one root field. */
function caseArbitrary(schema: GraphQLSchema, root: RootKind, field: GraphQLField<unknown, unknown>, known: KnownValues): fc.Arbitrary<FuzzCase> {
  const context: GenerationContext = { schema, known };
  const selection = resultSelection(schema, field);
  const keyword = root.toLowerCase();
  const modes: fc.Arbitrary<Mode> = fc.oneof(
    { arbitrary: fc.constant('valid' as const), weight: 4 },
    { arbitrary: fc.constant('oneFault' as const), weight: 4 },
    { arbitrary: fc.constant('chaos' as const), weight: 2 },
  );
  const argumentStyle = fc.oneof(
    { arbitrary: fc.constant('variables' as const), weight: 8 },
    { arbitrary: fc.constant('inline' as const), weight: 2 },
    { arbitrary: fc.constant('extraArgument' as const), weight: field.args.length > 0 ? 1 : 0 },
  );
  const variablesShape = fc.oneof({ arbitrary: fc.constant('object' as const), weight: 30 }, { arbitrary: fc.constant('string' as const), weight: 1 }, { arbitrary: fc.constant('array' as const), weight: 1 });
  return modes.chain((mode) =>
    fc.record({
      mode: fc.constant(mode),
      args: argumentsArbitrary(field.args, field.name, mode, context),
      key: KEY_CHOICE,
      acceptLanguage: constant(ACCEPT_LANGUAGES),
      style: argumentStyle,
      shape: variablesShape,
    }),
  ).map(({ mode, args, key, acceptLanguage, style, shape }) => {
    const operation = `${root}.${field.name}`;
    if (style === 'inline' || style === 'extraArgument') {
      const written = field.args
        .filter((arg) => arg.name in args)
        .map((arg) => `${arg.name}: ${printLiteral(args[arg.name], arg.type)}`);
      if (style === 'extraArgument') written.push('notAnArgument: "x"');
      const argumentText = written.length > 0 ? `(${written.join(', ')})` : '';
      return { operation, root, field: field.name, mode, style, key, acceptLanguage, query: `${keyword} Fuzz { ${field.name}${argumentText} ${selection} }`, variables: undefined };
    }
    const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`);
    const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`);
    const declarations = declared.length > 0 ? `(${declared.join(', ')})` : '';
    const argumentText = passed.length > 0 ? `(${passed.join(', ')})` : '';
    const variables = shape === 'object' ? args : shape === 'string' ? JSON.stringify(args) : [args];
    const sent: ArgumentStyle = shape === 'object' ? 'variables' : shape === 'string' ? 'variablesAsString' : 'variablesAsList';
    return { operation, root, field: field.name, mode, style: sent, key, acceptLanguage, query: `${keyword} Fuzz${declarations} { ${field.name}${argumentText} ${selection} }`, variables };
  }).filter((fuzzCase) => Buffer.byteLength(requestBody(fuzzCase)) < MAX_BODY_BYTES);
}

/**
 * Bodies stay under the gateway's 1 MiB limit: over it the answer is a 413 before GraphQL runs
 * (gateway-server.test.ts covers it), which would tell nothing about the schema.
 */
const MAX_BODY_BYTES = 900_000;

/** The operations of a schema the fuzzer drives: every root field of Query, Mutation and Subscription. */
export function rootFields(schema: GraphQLSchema): { root: RootKind; field: GraphQLField<unknown, unknown> }[] {
  const roots: [RootKind, GraphQLObjectType | null | undefined][] = [['Query', schema.getQueryType()], ['Mutation', schema.getMutationType()], ['Subscription', schema.getSubscriptionType()]];
  return roots.flatMap(([root, type]) => (type ? Object.values(type.getFields()).map((field) => ({ root, field })) : []));
}

/** One arbitrary per root field, named `Query.ticket`, `Mutation.requestRepair`, …, built from the schema. */
export function operationArbitraries(schema: GraphQLSchema, known: KnownValues = EMPTY_KNOWN_VALUES): Map<string, fc.Arbitrary<FuzzCase>> {
  return new Map(rootFields(schema).map(({ root, field }) => [`${root}.${field.name}`, caseArbitrary(schema, root, field, known)]));
}

/**
 * Results that implement `Error` but are not refusals: NeedsVerification keeps the repair request,
 * with a tracking code, for the service desk to verify (api.md: requestRepair "books … or keeps
 * the request for verification"); writing that ticket is its purpose.
 */
const KEPT_REQUEST_TYPES: ReadonlySet<string> = new Set(['NeedsVerification']);

/** The object types that implement `Error` and refuse: a result of one of them must write nothing. */
export function errorTypeNames(schema: GraphQLSchema): Set<string> {
  const error = schema.getType('Error');
  if (!error || !isAbstractType(error)) return new Set();
  return new Set(schema.getPossibleTypes(error).map((type) => type.name).filter((name) => !KEPT_REQUEST_TYPES.has(name)));
}

// ---------------------------------------------------------------------------------------------
// The database fingerprint.

/**
 * Tables and columns left out of the fingerprint, and why:
 * - rate_limit_windows: every counted request, refused or not, must count against its limit (a
 *   refused ticket lookup counting is what stops enumeration); the fuzzer also clears it between
 *   requests so that the run explores operations rather than the limiter.
 * - audit_entries: the audit log records every call made with a secret key, refused ones
 *   included, by design (src/audit/audit-log.ts): who tried what is the point of it.
 * - _prisma_migrations: the migration history, never written by a request.
 * - api_keys.lastUsedAt: when a key was last presented, which any authenticated request may note.
 */
const UNFINGERPRINTED_TABLES = new Set(['rate_limit_windows', 'audit_entries', '_prisma_migrations']);
const UNFINGERPRINTED_COLUMNS = new Set(['api_keys.lastUsedAt']);

export type Fingerprint = Record<string, string>;

/**
 * Builds the one SQL statement that fingerprints every table of the store's schema: per table,
 * its row count and the newest row version's transaction id (xmin). PostgreSQL writes a new row
 * version, with the writing transaction's id, for every INSERT and UPDATE (even one that changes
 * no value) and a DELETE lowers the count, so any write moves it, at the cost of a scan of row
 * headers (hashing every row's text around every request cost ten times more). A table with a
 * bookkeeping column left out is fingerprinted by a hash of its other columns instead.
 */
export async function fingerprintQuery(store: Store): Promise<string> {
  const columns = await store.prisma.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name IN (SELECT tablename FROM pg_tables WHERE schemaname = current_schema())
      ORDER BY table_name, ordinal_position`,
  );
  const byTable = new Map<string, { kept: string[]; leftOut: boolean }>();
  for (const { table_name: table, column_name: column } of columns) {
    if (UNFINGERPRINTED_TABLES.has(table)) continue;
    const entry = byTable.get(table) ?? { kept: [], leftOut: false };
    if (UNFINGERPRINTED_COLUMNS.has(`${table}.${column}`)) entry.leftOut = true;
    else entry.kept.push(column);
    byTable.set(table, entry);
  }
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const parts = [...byTable].map(([table, { kept, leftOut }]) => {
    const version = leftOut
      ? `coalesce(sum(hashtextextended(ROW(${kept.map((name) => `t.${quote(name)}`).join(', ')})::text, 0)), 0)::text`
      : `coalesce(max(t.xmin::text::bigint), 0)::text`;
    return `(SELECT count(*)::text || ':' || ${version} FROM ${quote(table)} t) AS ${quote(table)}`;
  });
  return `SELECT ${parts.join(',\n')}`;
}

export async function fingerprint(store: Store, query: string): Promise<Fingerprint> {
  const [row] = await store.prisma.$queryRawUnsafe<Fingerprint[]>(query);
  return row ?? {};
}

function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]);
}

// ---------------------------------------------------------------------------------------------
// Running cases against a gateway.

/** What the fuzzer needs of a running gateway (the test harness's TestGateway has it all). */
export interface FuzzTarget {
  readonly url: string;
  readonly store: Store;
  /** Every log line the gateway wrote, as JSON text. */
  readonly logs: string[];
}

export interface Answer {
  readonly status: number;
  readonly body: { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: { code?: unknown } }[] } | null;
  readonly text: string;
  /** SSE: the stream sent nothing in time. */
  readonly silent?: boolean;
}

const KEYS: Record<KeyChoice, string | null> = { pk_demo: 'Bearer pk_demo', sk_demo: 'Bearer sk_demo', none: null, bogus: 'Bearer pk_not_a_real_key' };
const STREAM_TIMEOUT_MS = 5_000;

function requestHeaders(fuzzCase: FuzzCase, extra: Record<string, string> = {}): Record<string, string> {
  const authorization = KEYS[fuzzCase.key];
  return {
    'content-type': 'application/json',
    ...(authorization ? { authorization } : {}),
    ...(fuzzCase.acceptLanguage ? { 'accept-language': fuzzCase.acceptLanguage } : {}),
    ...extra,
  };
}

function requestBody(fuzzCase: FuzzCase): string {
  return JSON.stringify(fuzzCase.variables === undefined ? { query: fuzzCase.query } : { query: fuzzCase.query, variables: fuzzCase.variables });
}

function parseJson(text: string): Answer['body'] {
  try {
    return JSON.parse(text) as Answer['body'];
  } catch {
    return null;
  }
}

/** Sends one case: POST /graphql, or POST /graphql/stream for a subscription (its first event). */
export async function sendCase(target: FuzzTarget, fuzzCase: FuzzCase): Promise<Answer> {
  if (fuzzCase.root !== 'Subscription') {
    const response = await fetch(`${target.url}/graphql`, { method: 'POST', headers: requestHeaders(fuzzCase), body: requestBody(fuzzCase) });
    const text = await response.text();
    return { status: response.status, body: parseJson(text), text };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), STREAM_TIMEOUT_MS);
  try {
    const response = await fetch(`${target.url}/graphql/stream`, { method: 'POST', headers: requestHeaders(fuzzCase, { accept: 'text/event-stream' }), body: requestBody(fuzzCase), signal: controller.signal });
    if (!(response.headers.get('content-type') ?? '').includes('text/event-stream')) {
      const text = await response.text();
      return { status: response.status, body: parseJson(text), text };
    }
    // The first `next` event is the answer; a `complete` before it means the stream had nothing.
    let buffered = '';
    const decoder = new TextDecoder();
    const parser = new EventStreamParser();
    const reader = response.body!.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const text = decoder.decode(value, { stream: true });
        buffered += text;
        for (const { event, data } of parser.push(text)) {
          if (event === 'next') return { status: response.status, body: parseJson(data), text: data };
          if (event === 'complete') return { status: response.status, body: { data: null }, text: `event: complete` };
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      controller.abort();
    }
    return { status: response.status, body: null, text: buffered, silent: true };
  } catch (error) {
    if (controller.signal.aborted) return { status: 0, body: null, text: '', silent: true };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** How an answer reads: a typename, a refusal code, or a status, for the per-operation counts. */
export function outcomeOf(fuzzCase: FuzzCase, answer: Answer): string {
  if (answer.silent) return 'silent-stream';
  const code = answer.body?.errors?.[0]?.extensions?.code;
  if (answer.status >= 400 || (code && !answer.body?.data)) return `${answer.status} ${String(code ?? '')}`.trim();
  const result = answer.body?.data?.[fuzzCase.field];
  const typename = Array.isArray(result) ? 'list' : result && typeof result === 'object' ? String((result as { __typename?: unknown }).__typename) : String(result);
  return code ? `${typename} + ${String(code)}` : typename;
}

/** Whether the answer refuses: status ≥ 400, top-level errors, or a result typed as an error. */
export function isRefusal(fuzzCase: FuzzCase, answer: Answer, errorTypes: ReadonlySet<string>): boolean {
  if (answer.status >= 400 || (answer.body?.errors?.length ?? 0) > 0) return true;
  const result = answer.body?.data?.[fuzzCase.field];
  const typename = result && typeof result === 'object' && !Array.isArray(result) ? (result as { __typename?: unknown }).__typename : undefined;
  return typeof typename === 'string' && errorTypes.has(typename);
}

/** Watches the process for unhandled rejections and uncaught exceptions while installed. */
export class ProcessWatch {
  readonly problems: string[] = [];
  readonly #onRejection = (reason: unknown) => void this.problems.push(`unhandledRejection: ${inspect(reason, { depth: 3 })}`);
  readonly #onException = (error: unknown) => void this.problems.push(`uncaughtException: ${inspect(error, { depth: 3 })}`);

  install(): this {
    process.on('unhandledRejection', this.#onRejection);
    process.on('uncaughtException', this.#onException);
    return this;
  }

  uninstall(): void {
    process.off('unhandledRejection', this.#onRejection);
    process.off('uncaughtException', this.#onException);
  }
}

function levelOf(line: string): string | undefined {
  try {
    return (JSON.parse(line) as { level?: string }).level;
  } catch {
    return undefined;
  }
}

/** Cuts long strings in a value, for a readable report. */
export function abbreviate(value: unknown, limit = 120): unknown {
  if (typeof value === 'string') return value.length > limit ? `${value.slice(0, limit)}…(${value.length} chars)` : value;
  if (Array.isArray(value)) return value.length > 12 ? [...value.slice(0, 12).map((entry) => abbreviate(entry, limit)), `…(${value.length} items)`] : value.map((entry) => abbreviate(entry, limit));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, abbreviate(entry, limit)]));
  return value;
}

export class FuzzViolation extends Error {
  constructor(readonly problems: readonly string[], readonly answer: Answer | undefined) {
    super(problems.join('\n'));
    this.name = 'FuzzViolation';
  }
}

/** Sends cases and checks each answer; keeps the last fingerprint, which is the next case's "before". */
export class FuzzChecker {
  readonly outcomes = new Map<string, Map<string, number>>();
  /** How many of the watch's problems a case was blamed for; any later one came after the last case. */
  attributedProblems = 0;
  readonly #errorTypes: ReadonlySet<string>;
  #query: string | undefined;
  #last: Fingerprint | undefined;

  constructor(readonly target: FuzzTarget, readonly watch: ProcessWatch, schema: GraphQLSchema) {
    this.#errorTypes = errorTypeNames(schema);
  }

  async #fingerprint(): Promise<Fingerprint> {
    this.#query ??= await fingerprintQuery(this.target.store);
    return fingerprint(this.target.store, this.#query);
  }

  /**
   * Builds the fingerprint query (reading information_schema can hold the event loop, which an
   * embedded PGlite shares with the gateway, for seconds), then wakes the client's connection with
   * a harmless request: one left idle past the server's keep-alive timeout meanwhile could be
   * closed under the first real request (ECONNRESET), which would be this harness's fault, not the gateway's.
   */
  async prepare(): Promise<void> {
    this.#last = await this.#fingerprint();
    for (let attempt = 1; ; attempt += 1) {
      try {
        await (await fetch(`${this.target.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer pk_demo' }, body: '{"query":"{ __typename }"}' })).text();
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  }

  /** Sends one case and throws a FuzzViolation naming every broken promise. */
  async check(fuzzCase: FuzzCase): Promise<void> {
    // The rate limiter is not under test here: a fresh minute for every request.
    await this.target.store.prisma.$executeRawUnsafe('DELETE FROM rate_limit_windows');
    const before = (this.#last ??= await this.#fingerprint());
    const logsBefore = this.target.logs.length;
    const watchedBefore = this.watch.problems.length;
    let answer: Answer | undefined;
    const problems: string[] = [];
    try {
      answer = await sendCase(this.target, fuzzCase);
    } catch (error) {
      problems.push(`the request failed: ${inspect(error, { depth: 2 })}`);
    }
    // Let whatever the request left running settle (a rejection surfaces a tick later).
    await new Promise((resolve) => setImmediate(resolve));
    this.#last = undefined;
    const after = await this.#fingerprint();
    this.#last = after;

    if (answer) {
      const counts = this.outcomes.get(fuzzCase.operation) ?? new Map<string, number>();
      const outcome = outcomeOf(fuzzCase, answer);
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      this.outcomes.set(fuzzCase.operation, counts);

      if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
      if (answer.silent) problems.push(`the stream sent nothing within ${STREAM_TIMEOUT_MS} ms`);
      else if (answer.body === null) problems.push(`the body is not JSON: ${JSON.stringify(abbreviate(answer.text, 300))}`);
      for (const error of answer.body?.errors ?? []) {
        const code = error.extensions?.code;
        if (typeof code !== 'string') problems.push(`an error without extensions.code: ${JSON.stringify(abbreviate(error))}`);
        else if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${JSON.stringify(abbreviate(error))}`);
      }
      if (isRefusal(fuzzCase, answer, this.#errorTypes)) {
        const changed = changedTables(before, after);
        if (changed.length > 0) problems.push(`a refusal (${outcomeOf(fuzzCase, answer)}) wrote to ${changed.join(', ')}`);
      }
    }
    const errorLines = this.target.logs.slice(logsBefore).filter((line) => levelOf(line) === 'error');
    if (errorLines.length > 0) problems.push(`error log lines: ${errorLines.map((line) => abbreviate(line, 600)).join('\n  ')}`);
    const watched = this.watch.problems.slice(watchedBefore);
    this.attributedProblems = this.watch.problems.length;
    if (watched.length > 0) problems.push(...watched);
    if (problems.length > 0) throw new FuzzViolation(problems, answer);
  }
}

// ---------------------------------------------------------------------------------------------
// Seeding: real tracking codes, links, ids and slots, made through the API itself.

type GraphQLSend = (query: string, variables: Record<string, unknown>, key: 'pk_demo' | 'sk_demo') => Promise<Record<string, unknown> | undefined>;

/** Sends a fixture's request; a top-level error means the fixture itself is wrong (or the API changed), and stops the run. */
function sender(target: FuzzTarget): GraphQLSend {
  return async (query, variables, key) => {
    const response = await fetch(`${target.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`seedFuzzFixtures: ${query.slice(0, 80)}… answered ${response.status} ${JSON.stringify(body.errors)}`);
    return body.data ?? undefined;
  };
}

const PARIS_CUSTOMER = { name: 'Camille Dupont', email: 'camille.dupont@example.fr', phone: '06 12 34 56 78', address: { line1: '12 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR' } };
const BOOKING_ANSWER = `__typename ... on RepairBooked { ticket { trackingCode link } } ... on NeedsVerification { ticket { trackingCode link } }`;
const STEP_ANSWER = `__typename ... on RepairChanged { ticket { trackingCode link quote { id } } }`;

/**
 * Makes, through the API, what valid-shaped requests refer to: tickets in several states (booked,
 * kept for verification, quoted, repaired, dropped off, cancelled), installation jobs (one signed),
 * a reintervention, a survey, a webhook endpoint; and reads the slots, workshops and symptoms.
 * Every step is best effort: what fails is simply not in the pools.
 */
export async function seedFuzzFixtures(target: FuzzTarget): Promise<KnownValues> {
  const send = sender(target);
  const at = <T>(value: unknown, ...path: (string | number)[]): T | undefined => {
    let current: unknown = value;
    for (const step of path) current = current && typeof current === 'object' ? (current as Record<string | number, unknown>)[step] : undefined;
    return current as T | undefined;
  };
  const trackingCodes: string[] = [];
  const ticketPostalCodes: string[] = [];
  const ticketLinks: string[] = [];
  const quoteIds: string[] = [];
  const slotStarts: string[] = [];
  const remember = (ticket: unknown, postalCode = '75011') => {
    const code = at<string>(ticket, 'trackingCode');
    if (!code) return undefined;
    trackingCodes.push(code);
    ticketPostalCodes.push(postalCode);
    const link = at<string>(ticket, 'link');
    if (link) ticketLinks.push(link);
    return code;
  };

  const slots = await send(`query($input: AvailableSlotsInput!) { availableSlots(input: $input) { ... on AvailableSlots { slots { start remaining } } } }`,
    { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: '2026-04-21', days: 7 } }, 'pk_demo');
  for (const slot of at<{ start: string }[]>(slots, 'availableSlots', 'slots') ?? []) slotStarts.push(slot.start);

  const workshops = await send(`query { workshops(country: "FR", productModel: "HRF-DEMO-1") { ... on Workshops { workshops { id } } } }`, {}, 'pk_demo');
  const workshopIds = (at<{ id: string }[]>(workshops, 'workshops', 'workshops') ?? []).map((workshop) => workshop.id);
  const dropOffStarts: string[] = [];
  if (workshopIds[0]) {
    const dropOff = await send(`query($input: DropOffSlotsInput!) { dropOffSlots(input: $input) { ... on DropOffSlots { slots { start } } } }`, { input: { workshopId: workshopIds[0], from: '2026-04-21', days: 3 } }, 'pk_demo');
    for (const slot of at<{ start: string }[]>(dropOff, 'dropOffSlots', 'slots') ?? []) dropOffStarts.push(slot.start);
  }

  const options = await send(`query { repairOptions(productModel: "HRF-DEMO-1") { ... on RepairOptions { symptoms { code } } } }`, {}, 'pk_demo');
  const symptoms = (at<{ code: string }[]>(options, 'repairOptions', 'symptoms') ?? []).map((symptom) => symptom.code);

  const request = `mutation($input: RequestRepairInput!) { requestRepair(input: $input) { ${BOOKING_ANSWER} } }`;
  const book = async (slot: string | undefined, extra: Record<string, unknown> = {}) => {
    if (!slot) return undefined;
    const answer = await send(request, { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20', fault: TEXTS[0], customer: PARIS_CUSTOMER, slotStart: slot, ...extra } }, 'pk_demo');
    return at(answer, 'requestRepair', 'ticket');
  };
  const step = (name: string, inputType: string) => `mutation($input: ${inputType}!) { ${name}(input: $input) { ${STEP_ANSWER} } }`;
  const desk = async (name: string, inputType: string, input: Record<string, unknown>) => at(await send(step(name, inputType), { input }, 'sk_demo'), name, 'ticket');

  // Booked, and left so.
  remember(await book(slotStarts[0], { serialNumber: 'HRF1-2024-0001' }));
  // Kept for verification: the serial number belongs to another model.
  remember(await book(slotStarts[0], { serialNumber: 'HAC-FF-0001' }));
  // Booked, technician on site, quoted outside the legal guarantee.
  const quoted = remember(await book(slotStarts[1]));
  if (quoted) {
    await desk('startTravel', 'StartTravelInput', { trackingCode: quoted, expectedArrivalAt: '2026-04-21T06:30:00Z' });
    await desk('arriveOnSite', 'ArriveOnSiteInput', { trackingCode: quoted });
    const ticket = await desk('sendQuote', 'SendQuoteInput', { trackingCode: quoted, parts: ['FAN_MOTOR'], labourMinutes: 60, outsideLegalGuarantee: 'Fan blade broken by a fallen shelf.' });
    const quoteId = at<string>(ticket, 'quote', 'id');
    if (quoteId) quoteIds.push(quoteId);
  }
  // Repaired: the customer can rate it.
  const repaired = remember(await book(slotStarts[2]));
  if (repaired) {
    await desk('arriveOnSite', 'ArriveOnSiteInput', { trackingCode: repaired });
    await desk('recordRepairOutcome', 'RecordRepairOutcomeInput', { trackingCode: repaired, outcome: 'REPAIRED', partsUsed: ['FAN_MOTOR'], minutesOnSite: 45, note: TEXTS[2] });
  }
  // Dropped off at the workshop.
  if (workshopIds[0]) remember(await book(dropOffStarts[0], { workshopId: workshopIds[0] }));
  // Cancelled.
  const cancelled = remember(await book(slotStarts[3]));
  if (cancelled) await desk('cancelTicket', 'CancelTicketInput', { trackingCode: cancelled, reason: 'Duplicate request.' });

  const job = `mutation($input: CreateInstallationJobInput!) { createInstallationJob(input: $input) { ... on InstallationJob { reference certificateLink } } }`;
  const jobInput = {
    customerName: 'Camille Dupont', customerEmail: 'camille@example.fr', addressLine1: '12 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR',
    designerName: 'Cuisines Lumière', installerName: 'Karim Benali', supplierName: 'Meubles Durand', supplies: ['Oak units'], itemsDone: ['Units fitted'],
    reserves: [{ description: 'Replace the scratched oven door', party: 'SUPPLIER', dueOn: '2026-05-15' }],
  };
  const jobReferences: string[] = [];
  const certificateLinks: string[] = [];
  for (let index = 0; index < 2; index += 1) {
    const created = at<{ reference: string; certificateLink: string }>(await send(job, { input: jobInput }, 'sk_demo'), 'createInstallationJob');
    if (created?.reference) jobReferences.push(created.reference);
    if (created?.certificateLink) certificateLinks.push(created.certificateLink);
  }
  if (certificateLinks[0]) {
    await send(`mutation($input: SignCompletionCertificateInput!) { signCompletionCertificate(input: $input) { __typename } }`,
      { input: { link: certificateLinks[0], signerName: 'Camille Dupont', signatureKind: 'TYPED', signature: 'Camille Dupont', place: 'Paris', onSite: true } }, 'pk_demo');
  }
  const reinterventionIds: string[] = [];
  if (jobReferences[0]) {
    const opened = await send(`mutation($input: OpenReinterventionInput!) { openReintervention(input: $input) { ... on Reintervention { id } } }`, { input: { jobReference: jobReferences[0], reportedProblem: 'A drawer front is warped.' } }, 'sk_demo');
    const id = at<string>(opened, 'openReintervention', 'id');
    if (id) reinterventionIds.push(id);
  }
  const survey = await send(`mutation { createSurvey(question: "Should a reintervention be paid before the visit?", options: ["Yes", "No"]) { ... on Survey { id } } }`, {}, 'sk_demo');
  const surveyIds = [at<string>(survey, 'createSurvey', 'id')].filter((id): id is string => Boolean(id));
  const endpoint = await send(`mutation { createWebhookEndpoint(input: { url: "https://hooks.example.com/sav" }) { ... on WebhookEndpointCreated { endpoint { id } } } }`, {}, 'sk_demo');
  const webhookEndpointIds = [at<string>(endpoint, 'createWebhookEndpoint', 'endpoint', 'id')].filter((id): id is string => Boolean(id));
  const page = await send(`query { serviceDeskTickets(first: 1, status: SCHEDULED) { pageInfo { endCursor } } }`, {}, 'sk_demo');
  const cursors = [at<string>(page, 'serviceDeskTickets', 'pageInfo', 'endCursor')].filter((cursor): cursor is string => Boolean(cursor));

  const known: KnownValues = {
    trackingCodes, ticketPostalCodes, ticketLinks, certificateLinks, jobReferences, quoteIds, surveyIds, webhookEndpointIds, reinterventionIds, workshopIds,
    slotStarts: [...slotStarts, ...dropOffStarts], symptoms, cursors,
  };
  // Pools left empty would quietly turn valid-shaped requests into ones that find nothing.
  const empty = Object.entries(known).filter(([, pool]) => (pool as readonly string[]).length === 0).map(([name]) => name);
  if (empty.length > 0) throw new Error(`seedFuzzFixtures: nothing seeded for ${empty.join(', ')}: a fixture step was refused; see the gateway's answers.`);
  return known;
}

// ---------------------------------------------------------------------------------------------
// A whole run.

export interface FuzzRunOptions {
  readonly target: FuzzTarget;
  readonly schema: GraphQLSchema;
  readonly known: KnownValues;
  readonly seed: number;
  readonly runsPerOperation: number;
  /** Only these operations (Query.ticket, …); all by default. */
  readonly only?: readonly string[];
  /** Replays one counterexample (fast-check's path), with `only` naming its operation. */
  readonly path?: string;
  /** Shrink a failure to a smaller case (slower on failure). */
  readonly shrink?: boolean;
  readonly progress?: (line: string) => void;
}

export interface FuzzFailure {
  readonly operation: string;
  readonly seed: number;
  readonly path: string | undefined;
  readonly counterexample: FuzzCase | undefined;
  readonly problems: readonly string[];
  readonly answer: Answer | undefined;
}

export interface FuzzReport {
  readonly seed: number;
  readonly runs: number;
  readonly outcomes: Map<string, Map<string, number>>;
  readonly failures: FuzzFailure[];
  /** Unhandled rejections and uncaught exceptions that surfaced after the last request. */
  readonly processProblems: string[];
}

/** Runs every operation's property in turn against one gateway; failures are collected, not thrown. */
export async function runSchemaFuzz(options: FuzzRunOptions): Promise<FuzzReport> {
  const watch = new ProcessWatch().install();
  const checker = new FuzzChecker(options.target, watch, options.schema);
  const failures: FuzzFailure[] = [];
  let runs = 0;
  try {
    await checker.prepare();
    const arbitraries = operationArbitraries(options.schema, options.known);
    const unknown = (options.only ?? []).filter((name) => !arbitraries.has(name));
    if (unknown.length > 0) throw new Error(`Unknown operation(s): ${unknown.join(', ')}. Known: ${[...arbitraries.keys()].join(', ')}`);
    for (const [operation, arbitrary] of arbitraries) {
      if (options.only && options.only.length > 0 && !options.only.includes(operation)) continue;
      const started = Date.now();
      const details = await fc.check(
        fc.asyncProperty(arbitrary, async (fuzzCase) => {
          runs += 1;
          await checker.check(fuzzCase);
        }),
        { seed: options.seed, numRuns: options.runsPerOperation, endOnFailure: !options.shrink, ...(options.path ? { path: options.path } : {}) },
      );
      if (details.failed) {
        const error = details.errorInstance;
        failures.push({
          operation,
          seed: details.seed,
          path: details.counterexamplePath ?? undefined,
          counterexample: details.counterexample?.[0],
          problems: error instanceof FuzzViolation ? error.problems : [inspect(error, { depth: 3 })],
          answer: error instanceof FuzzViolation ? error.answer : undefined,
        });
      }
      options.progress?.(`${details.failed ? '✖' : '✔'} ${operation}: ${details.numRuns} runs in ${Date.now() - started} ms`);
    }
    // A rejection from the last request may surface a moment later.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    watch.uninstall();
  }
  return { seed: options.seed, runs, outcomes: checker.outcomes, failures, processProblems: watch.problems.slice(checker.attributedProblems) };
}

/** A failure as a person reads it: what broke, the request to replay, and how to rerun it. */
export function describeFailure(failure: FuzzFailure): string {
  const replay = `pnpm fuzz -- --seed ${failure.seed} --only ${failure.operation}${failure.path ? ` --path ${failure.path}` : ''}`;
  const request = failure.counterexample;
  return [
    `✖ ${failure.operation} (seed ${failure.seed}${failure.path ? `, path ${failure.path}` : ''})`,
    ...failure.problems.map((problem) => `  - ${problem}`),
    request ? `  request (${request.root === 'Subscription' ? 'POST /graphql/stream' : 'POST /graphql'}, key ${request.key}${request.acceptLanguage ? `, Accept-Language ${JSON.stringify(abbreviate(request.acceptLanguage, 40))}` : ''}):` : '',
    request ? `    query: ${request.query}` : '',
    request && request.variables !== undefined ? `    variables (long strings cut): ${JSON.stringify(abbreviate(request.variables, 200))}` : '',
    failure.answer ? `  answer: HTTP ${failure.answer.status} ${JSON.stringify(abbreviate(failure.answer.body, 300))}` : '',
    // The operation's run again on a fresh store; earlier operations' writes are not replayed.
    `  replay: ${replay}`,
  ].filter(Boolean).join('\n');
}

/** The per-operation counts of outcomes, one line per operation. */
export function describeOutcomes(outcomes: Map<string, Map<string, number>>): string {
  return [...outcomes]
    .map(([operation, counts]) => {
      const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
      const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([outcome, count]) => `${outcome} ${count}`);
      return `${operation.padEnd(42)} ${String(total).padStart(5)}  ${parts.join(', ')}`;
    })
    .join('\n');
}
