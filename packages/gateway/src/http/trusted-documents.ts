/**
 * Trusted documents: the operations SAV's components send, registered by the sha256 of their text
 * (packages/client/trusted-documents.json, written by the client's codegen). In production a
 * publishable key runs only these, so a key copied out of a web page cannot be used to run
 * arbitrary queries. Any key may send a registered operation by its hash alone
 * (`extensions.persistedQuery.sha256Hash`, as Apollo's persisted queries do).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface TrustedDocuments {
  readonly size: number;
  /** The text registered under a hash, if any. */
  byHash(sha256: string): string | undefined;
  has(query: string): boolean;
}

/** A GraphQL request's parameters, as far as admission reads them. */
export interface RequestParameters {
  query?: unknown;
  extensions?: unknown;
}

export type Admission = { readonly ok: true; readonly params: RequestParameters } | { readonly ok: false; readonly code: 'UNTRUSTED_DOCUMENT' | 'PERSISTED_QUERY_NOT_FOUND'; readonly message: string };

export const UNTRUSTED_MESSAGE = "In production a publishable key runs only the operations of SAV's components (trusted documents); call other operations from a server with a secret key.";

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function trustedDocumentsFrom(bodies: Iterable<string>): TrustedDocuments {
  const byHash = new Map<string, string>();
  for (const body of bodies) byHash.set(sha256Hex(body), body);
  return { size: byHash.size, byHash: (hash) => byHash.get(hash.toLowerCase()), has: (query) => byHash.has(sha256Hex(query)) };
}

/** Reads a manifest in Apollo's persisted-query format; a missing or malformed one is an error at start. */
export function loadTrustedDocuments(path: string): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { format?: string; operations?: { id?: string; body?: string }[] };
  if (manifest.format !== 'apollo-persisted-query-manifest' || !Array.isArray(manifest.operations)) {
    throw new Error(`${path} is not a persisted-query manifest (format apollo-persisted-query-manifest).`);
  }
  const bodies = manifest.operations.map((operation, index) => {
    if (typeof operation.body !== 'string' || operation.id !== sha256Hex(operation.body)) throw new Error(`${path}: operation ${index} has no body or a wrong id.`);
    return operation.body;
  });
  return trustedDocumentsFrom(bodies);
}

function persistedHash(extensions: unknown): string | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

/**
 * Admits a request: the document named by hash is put in place of the hash; with `trustedOnly`, a
 * document that is not registered is refused. Anything else is left for GraphQL to judge.
 */
export function admitDocument(params: RequestParameters, documents: TrustedDocuments, trustedOnly: boolean): Admission {
  const hash = persistedHash(params.extensions);
  let rest = params;
  if (hash !== undefined) {
    const { persistedQuery: _persisted, ...extensions } = params.extensions as Record<string, unknown>;
    rest = { ...params, extensions };
    if (params.query === undefined || params.query === null) {
      const query = documents.byHash(hash);
      if (query === undefined) return { ok: false, code: 'PERSISTED_QUERY_NOT_FOUND', message: 'No registered operation has this sha256Hash: send the document itself.' };
      return { ok: true, params: { ...rest, query } };
    }
  }
  if (trustedOnly && typeof rest.query === 'string' && !documents.has(rest.query)) {
    return { ok: false, code: 'UNTRUSTED_DOCUMENT', message: UNTRUSTED_MESSAGE };
  }
  return { ok: true, params: rest };
}
