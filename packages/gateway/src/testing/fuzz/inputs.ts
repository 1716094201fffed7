/** The schema fuzzer's argument values: arbitraries that follow input types, valid-shaped or spoilt. */
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { BADGES, CAUSES, CITIES, COUNTRIES, CURRENCIES, DEMO_MODELS, DEMO_SERIALS, EMAILS, FUZZ_NOW, HOSTILE_DATES, HOSTILE_DATE_TIMES, HOSTILE_STRINGS, HUGE_STRINGS, INT_BOUNDARIES, INT_INVALID, INT_RANGES, type KnownValues, NAMES, PARIS_POSTAL_CODES, PARTS, PHONES, TEXTS, URLS, WRONG_TYPES } from './values.js';

/** An absent argument or input field (as opposed to an explicit null). */
export const OMIT: unique symbol = Symbol('omit');
type Generated = unknown;

/** valid: every value well-shaped; oneFault: exactly one hostile spot; chaos: hostile anywhere. */
export type Mode = 'valid' | 'oneFault' | 'chaos';

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const DAY_2000 = Date.UTC(2000, 0, 1) / 86_400_000;
const DAY_2031 = Date.UTC(2031, 0, 1) / 86_400_000;

export function constant<T>(values: readonly T[]): fc.Arbitrary<T> {
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
export function validString(name: string, parent: string, known: KnownValues): fc.Arbitrary<string> {
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
export function coherentTicket(object: fc.Arbitrary<Record<string, unknown>>, fieldNames: ReadonlySet<string>, known: KnownValues): fc.Arbitrary<Record<string, unknown>> {
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
export interface GenerationContext {
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
export function inputArbitrary(type: GraphQLInputType, name: string, parent: string, mode: Mode, context: GenerationContext, depth = 0): fc.Arbitrary<Generated> {
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

