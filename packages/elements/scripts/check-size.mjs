#!/usr/bin/env node
// Fails (exit 1) when the bundle's gzip size exceeds the budget. Usage: node scripts/check-size.mjs [file] [budgetBytes]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const file = process.argv[2] ?? fileURLToPath(new URL('../dist/sav-elements.js', import.meta.url));
const budget = Number(process.argv[3] ?? process.env.SAV_BUNDLE_BUDGET ?? 40 * 1024);

let source;
try {
  source = readFileSync(file);
} catch (error) {
  console.error(`check-size: cannot read ${file} (${error.code ?? error.message}); run vite build first.`);
  process.exit(1);
}

const gzipped = gzipSync(source, { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const line = `${file}: ${source.length} bytes minified, ${gzipped} bytes gzip (${kib(gzipped)}); budget ${budget} bytes gzip (${kib(budget)})`;

if (gzipped > budget) {
  console.error(`check-size: FAIL, over budget by ${gzipped - budget} bytes. ${line}`);
  process.exit(1);
}
console.log(`check-size: OK. ${line}`);
