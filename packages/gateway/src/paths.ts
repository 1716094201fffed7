import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The workspace's root, whatever folder a command was started from. */
export const workspaceRoot = resolve(here, '../../..');
export const examplesDir = resolve(workspaceRoot, 'examples');
export const elementsDistDir = resolve(workspaceRoot, 'packages/elements/dist');
/** The components' registered operations, written by the client's codegen. */
export const trustedDocumentsPath = resolve(workspaceRoot, 'packages/client/trusted-documents.json');

/** The folder the user ran the command in (pnpm runs scripts in the package's folder). */
export function invocationDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}
