import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from, as rate limits count it. Behind `trustedProxies` proxies (a
 * load balancer: 1), it is the entry of X-Forwarded-For that the outermost trusted proxy added;
 * anything a client wrote to the left of it is ignored, so it cannot pick its own address.
 */
export function clientAddressOf(request: IncomingMessage, trustedProxies: number): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxies === 0) return peer;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  // The peer is the nearest proxy; each trusted proxy appended the address it received from.
  return forwarded[forwarded.length - trustedProxies] ?? forwarded[0] ?? peer;
}
