import { createHash } from 'node:crypto';
import * as generated from './generated/graphql.js';

export interface TrustedOperation {
  /** sha256 of `body`, lowercase hex: what a client may send instead of the text. */
  readonly id: string;
  readonly name: string;
  readonly type: 'query' | 'mutation' | 'subscription';
  /** The document exactly as the client sends it. */
  readonly body: string;
}

export interface TrustedDocumentsManifest {
  readonly format: 'apollo-persisted-query-manifest';
  readonly version: 1;
  readonly operations: readonly TrustedOperation[];
}

const OPERATION = /^\s*(query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/m;

/** Every operation document of the typed client (fragments are part of the operations that use them), sorted by name. */
export function trustedDocumentsManifest(): TrustedDocumentsManifest {
  const operations: TrustedOperation[] = [];
  for (const value of Object.values(generated)) {
    if (!(value instanceof generated.TypedDocumentString)) continue;
    const body = value.toString();
    const match = OPERATION.exec(body);
    if (!match) continue;
    operations.push({ id: createHash('sha256').update(body, 'utf8').digest('hex'), name: match[2]!, type: match[1] as TrustedOperation['type'], body });
  }
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}
