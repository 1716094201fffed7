// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), driven through a
// driver adapter: what `prisma migrate` does, without the native engine the CLI would download.
//
// The package's own entry imports the .wasm file as an ES module, which Node 20 cannot do; so
// the glue (`schema_engine_bg.js`) is loaded here and the module instantiated by hand, once per
// process.
import { readFile } from 'node:fs/promises';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type {
  MigrationDirectory,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from '@prisma/schema-engine-wasm';

export type { MigrationDirectory, MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';

type EngineGlue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

let glue: Promise<EngineGlue> | undefined;

/** The part of the WebAssembly global used here (TypeScript declares it only with the DOM lib). */
interface WebAssemblyApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly: webAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

async function instantiateEngine(): Promise<EngineGlue> {
  const glueUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const engineGlue: EngineGlue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  // Beside the glue (tsx may add a query to resolved URLs: a relative URL drops it).
  const wasmBytes = await readFile(new URL('schema_engine_bg.wasm', glueUrl));
  const { instance } = await webAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': engineGlue });
  engineGlue.__wbg_set_wasm(instance.exports);
  const start = instance.exports['__wbindgen_start'];
  if (typeof start === 'function') start();
  return engineGlue;
}

function loadEngineGlue(): Promise<EngineGlue> {
  glue ??= instantiateEngine().catch((error: unknown) => {
    glue = undefined;
    throw error;
  });
  return glue;
}

/** No table or enum is managed outside the migrations. */
export const noSchemaFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface EngineOptions {
  /** Prisma schema files, as [path, content], for commands that need the datamodel. */
  datamodels?: [string, string][];
  /** Receives the engine's log lines (JSON); silent by default. */
  onLog?: (line: string) => void;
}

/**
 * Opens a schema engine on a driver adapter factory. Free it with `engine.free()` when done.
 */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  options: EngineOptions = {},
): Promise<SchemaEngine> {
  const { SchemaEngine: Engine } = await loadEngineGlue();
  const onLog = options.onLog ?? (() => {});
  return Engine.new(
    { datamodels: options.datamodels },
    onLog,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
