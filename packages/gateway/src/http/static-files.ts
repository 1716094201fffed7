import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/** A file under `root` for a URL path, or null when the path leaves the root or names nothing. */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  let candidate = resolve(base, `.${normalize(`/${decoded}`)}`);
  if (candidate !== base && !candidate.startsWith(base + sep)) return null;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) {
      candidate = join(candidate, 'index.html');
      if (!(await stat(candidate)).isFile()) return null;
    } else if (!info.isFile()) return null;
  } catch {
    return null;
  }
  return candidate;
}

/**
 * Sends a file. Everything but a page may be loaded by a page of another origin — the retailer's
 * site loading the components' scripts and chunks, which browsers fetch in CORS mode for a module
 * script: they are public and carry no credentials, so any origin may read them.
 */
export async function sendFile(response: ServerResponse, path: string, method: string): Promise<void> {
  const body = await readFile(path);
  const type = extname(path);
  response.writeHead(200, {
    'content-type': TYPES[type] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(type === '.html' ? {} : { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' }),
  });
  response.end(method === 'HEAD' ? undefined : body);
}
