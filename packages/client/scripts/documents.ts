// Writes src/documents/<file>.ts, one module per file of src/operations/: the text of each of its
// documents, exactly as src/generated/graphql.ts has it (fragments included), typed with its result
// and variables. A bundle that imports documents from `@sav/client/documents` keeps only the
// modules it uses, where `@sav/client`'s generated module (one module, every document) would
// give every component all eighteen. Run by `pnpm --filter @sav/client codegen`, after
// graphql-codegen; src/documents.test.ts keeps the files current.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as generated from '../src/generated/graphql.js';

const operationsDirectory = fileURLToPath(new URL('../src/operations/', import.meta.url));
const documentsDirectory = fileURLToPath(new URL('../src/documents/', import.meta.url));

const HEADER = '// Written by scripts/documents.ts (`pnpm --filter @sav/client codegen`) from src/generated/graphql.ts: do not edit.\n';
const OPERATION = /^\s*(query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/m;

/** The documents' modules, by file name: what `pnpm codegen` writes into src/documents/. */
export function documentModules(): Map<string, string> {
  const modules = new Map<string, string>();
  const index: string[] = [];
  for (const file of readdirSync(operationsDirectory).filter((name) => name.endsWith('.ts')).sort()) {
    const source = readFileSync(`${operationsDirectory}${file}`, 'utf8');
    const names = [...source.matchAll(/export const (\w+Document)\s*=\s*graphql\(/g)].map((match) => match[1]!);
    if (names.length === 0) continue;
    const types: string[] = [];
    const constants: string[] = [];
    for (const name of names.sort()) {
      const value = (generated as Record<string, unknown>)[name];
      if (!(value instanceof generated.TypedDocumentString)) throw new Error(`${file}: ${name} is not in src/generated/graphql.ts; run graphql-codegen first`);
      const text = value.toString();
      const [, kind, operation] = OPERATION.exec(text) ?? [];
      if (!kind || !operation) throw new Error(`${name}: no operation in its text`);
      const result = `${operation}${kind[0]!.toUpperCase()}${kind.slice(1)}`;
      types.push(result, `${result}Variables`);
      // A template literal keeps the text readable; JSON's quoting where the text could not be one as it is.
      const literal = /[`\\]|\$\{/.test(text) ? JSON.stringify(text) : `\`${text}\``;
      constants.push(`export const ${name} = ${literal} as DocumentText<${result}, ${result}Variables>;`);
    }
    const imports = types.sort().map((type) => `  ${type},`).join('\n');
    modules.set(
      file,
      `${HEADER}import type { DocumentText } from '../transport.js';\nimport type {\n${imports}\n} from '../generated/graphql.js';\n\n${constants.join('\n')}\n`,
    );
    index.push(`export { ${names.join(', ')} } from './${file.replace(/\.ts$/, '.js')}';`);
  }
  modules.set('index.ts', `${HEADER}${index.join('\n')}\n`);
  return modules;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [file, content] of documentModules()) writeFileSync(`${documentsDirectory}${file}`, content);
  process.stdout.write(`Wrote ${documentsDirectory}\n`);
}
