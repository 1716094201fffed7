// How a receiver knows a webhook came from SAV and was not replayed: an HMAC-SHA256, keyed with the
// endpoint's secret, over "<unix seconds>.<body>", sent as `SAV-Signature: t=<seconds>,v1=<hex>`.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The request header that carries the signature. */
export const WEBHOOK_SIGNATURE_HEADER = 'SAV-Signature';

/** How old (or how far ahead) a signature's timestamp may be, by default: five minutes. */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

function signatureHex(secret: string, timestampSeconds: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.${body}`, 'utf8').digest('hex');
}

/**
 * The `SAV-Signature` header value for `body` sent at `timestampSeconds` (whole Unix seconds):
 * `t=<seconds>,v1=<hex HMAC-SHA256 of "<seconds>.<body>" keyed with the whole secret>`.
 */
export function signWebhook(secret: string, timestampSeconds: number, body: string): string {
  if (!Number.isInteger(timestampSeconds) || timestampSeconds < 0) throw new RangeError('timestampSeconds must be whole Unix seconds.');
  return `t=${timestampSeconds},v1=${signatureHex(secret, timestampSeconds, body)}`;
}

export interface SignatureCheckOptions {
  /** How far from `now` the timestamp may be; default 300 s. */
  readonly toleranceSeconds?: number;
  /** The instant the request is judged at; default the current time. */
  readonly now?: Date;
}

/**
 * Whether `header` (the `SAV-Signature` value) signs exactly `body` (the raw request body, before
 * any JSON parsing) with `secret`, at a timestamp within the tolerance. Several `v1=` values are
 * accepted (any may match); comparisons take constant time.
 */
export function verifyWebhookSignature(secret: string, header: string | null | undefined, body: string, options: SignatureCheckOptions = {}): boolean {
  if (!header) return false;
  let timestamp: number | undefined;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === 't' && value !== undefined && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (name === 'v1' && value !== undefined && /^[0-9a-f]{64}$/i.test(value)) candidates.push(value.toLowerCase());
  }
  if (timestamp === undefined || candidates.length === 0) return false;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > (options.toleranceSeconds ?? DEFAULT_SIGNATURE_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(signatureHex(secret, timestamp, body), 'hex');
  let matched = false;
  for (const candidate of candidates) {
    // Every candidate is compared, so that the time taken says nothing about which one matched.
    if (timingSafeEqual(expected, Buffer.from(candidate, 'hex'))) matched = true;
  }
  return matched;
}
