import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: a code read over the phone or copied from a letter survives. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A new tracking code such as `SAV-7K3M-9QX2`: 40 bits of randomness, unguessable in practice. */
export function newTrackingCode(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)];
  const group = () => Array.from({ length: 4 }, pick).join('');
  return `SAV-${group()}-${group()}`;
}

/** The code as a customer may type it: any case, spaces or missing hyphens. */
export function normaliseTrackingCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const body = compact.startsWith('SAV') ? compact.slice(3) : compact;
  return body.length === 8 ? `SAV-${body.slice(0, 4)}-${body.slice(4)}` : input.trim().toUpperCase();
}
