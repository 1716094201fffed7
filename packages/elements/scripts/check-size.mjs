#!/usr/bin/env node
// Fails (exit 1) when a file a page loads exceeds its gzip budget.
//   node scripts/check-size.mjs                  every budget below (after `pnpm build`)
//   node scripts/check-size.mjs FILE [BUDGET]    one file and what it imports (BUDGET in bytes; default 64 KiB or SAV_BUNDLE_BUDGET)
// A component's own file (dist/sav-booking.js …) is counted with every chunk it imports, since the
// browser downloads them all before the component runs; the all-in-one file imports nothing.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const KiB = 1024;

/** The budgets, in bytes of gzip, and why (see also vite.config.ts); each is printed with its reason. */
const budgets = [
  {
    file: 'sav-elements.js',
    budget: 84 * KiB,
    why: 'everything in one file: the warranty check and the booking took 37 KiB, the ticket tracker adds 19 KiB (7 of them its strings in four languages), the reintervention terms 9 KiB (4 of them their strings in four languages), the completion certificate 13 KiB (its strings in four languages, the signature pad), the warranty check\'s legal layer and its Dutch and Chinese 2 KiB; pages that need less load one component\'s file',
  },
  { file: 'sav-warranty-check.js', budget: 34 * KiB, why: 'the warranty check alone (four languages, the legal layer included), with the chunks it shares with the others (Lit, the client, shared strings and styles)' },
  { file: 'sav-booking.js', budget: 43 * KiB, why: 'the booking alone, with its shared chunks (the shared strings now hold the warranty check in four languages)' },
  { file: 'sav-ticket-tracker.js', budget: 45 * KiB, why: 'the ticket tracker alone (four languages), with its shared chunks' },
  { file: 'sav-reintervention-terms.js', budget: 37 * KiB, why: 'the reintervention terms and their calculator alone (four languages), with their shared chunks' },
  { file: 'sav-completion-certificate.js', budget: 43 * KiB, why: 'the certificate of completion with its signature pad alone (four languages), with its shared chunks' },
];

const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;

/** The file and every module it imports statically (relative specifiers: the build's own chunks), each once. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(resolve(dirname(file), match[1]), seen);
  }
  return seen;
}

function check(file, budget, why) {
  let files;
  try {
    files = [...closure(file)];
  } catch (error) {
    console.error(`check-size: cannot read ${file} (${error.code ?? error.message}); run vite build first.`);
    return false;
  }
  const sizes = files.map((path) => {
    const source = readFileSync(path);
    return { path, bytes: source.length, gzip: gzipSync(source, { level: 9 }).length };
  });
  const bytes = sizes.reduce((sum, size) => sum + size.bytes, 0);
  const gzip = sizes.reduce((sum, size) => sum + size.gzip, 0);
  const name = relative(process.cwd(), file);
  const parts = files.length > 1 ? ` (with ${files.length - 1} chunk${files.length > 2 ? 's' : ''}: ${sizes.slice(1).map((size) => `${relative(dirname(file), size.path)} ${kib(size.gzip)}`).join(', ')})` : '';
  const line = `${name}${parts}: ${bytes} bytes minified, ${gzip} bytes gzip (${kib(gzip)}); budget ${budget} bytes gzip (${kib(budget)})${why ? `: ${why}` : ''}`;
  if (gzip > budget) {
    console.error(`check-size: FAIL, over budget by ${gzip - budget} bytes. ${line}`);
    return false;
  }
  console.log(`check-size: OK. ${line}`);
  return true;
}

const [fileArgument, budgetArgument] = process.argv.slice(2);
const results = fileArgument
  ? [check(resolve(fileArgument), Number(budgetArgument ?? process.env.SAV_BUNDLE_BUDGET ?? 64 * KiB))]
  : budgets.map(({ file, budget, why }) => check(resolve(dist, file), budget, why));
if (results.includes(false)) process.exit(1);
