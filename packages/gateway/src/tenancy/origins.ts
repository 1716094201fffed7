/**
 * Browser origins a tenant lets call the gateway, as patterns: an exact origin
 * ("https://shop.example"), or one with a wildcard port ("http://localhost:*") or a wildcard
 * subdomain ("https://*.shop.example").
 */
export function originMatches(origin: string, pattern: string): boolean {
  if (pattern === origin) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  const match = /^(https?):\/\/([^/:]+)(?::(\*|\d+))?$/.exec(pattern);
  if (!match) return false;
  const [, scheme, host = '', port] = match;
  if (`${scheme}:` !== url.protocol) return false;
  const hostMatches = host.startsWith('*.') ? url.hostname.endsWith(host.slice(1)) && url.hostname.length > host.length - 1 : url.hostname === host;
  if (!hostMatches) return false;
  if (port === '*') return true;
  const defaultPort = url.protocol === 'https:' ? '443' : '80';
  return (url.port || defaultPort) === (port ?? defaultPort);
}

export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => originMatches(origin, pattern));
}

/** Whether a string is a pattern `originMatches` understands. */
export function isOriginPattern(pattern: string): boolean {
  return /^https?:\/\/(\*\.)?[a-z0-9.-]+(:(\*|\d{1,5}))?$/i.test(pattern);
}
