#!/usr/bin/env node
// `pnpm size`: the gzip bytes (level 9) a page downloads for each entry of dist/, held to budgets;
// fails (exit 1) when one is over. Run after the build (`pnpm size` at the root builds first).
//   node scripts/check-size.mjs                  every budget below
//   node scripts/check-size.mjs FILE [BUDGET]    one file and what it imports (BUDGET in bytes of gzip; default 15 KiB)
//
// What counts for an entry is the entry and every chunk it imports statically, since the browser
// downloads them all before the component runs (Lit included). What an entry fetches only when it
// needs it, with `import()` (a language's strings, fetched when a component speaks it), is not in
// the entry's count: each such lazy chunk is printed under the entry with its own size, counted with
// the chunks it imports that the entry has not already loaded, and held to its own budget.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const KiB = 1024;

/**
 * Entries, in bytes of gzip. `target` is issue 8's goal: each component with Lit ≤ 15 KiB, all five
 * in one file ≤ 25 KiB. `budget` is what the build may not exceed today (the size reached, and a
 * little room): over it, the check fails; between target and budget it says how far off it is.
 * Lower a budget whenever bytes are cut; when it reaches its target, the target is held.
 */
const entries = [
  { file: 'sav-elements.js', target: 25 * KiB, budget: 41 * KiB, why: 'all five components with Lit, for a page that loads one script' },
  { file: 'sav-warranty-check.js', target: 15 * KiB, budget: 18.5 * KiB, why: 'the warranty check alone, with Lit and the chunks it shares' },
  { file: 'sav-booking.js', target: 15 * KiB, budget: 26 * KiB, why: 'the booking alone, with Lit and the chunks it shares' },
  { file: 'sav-ticket-tracker.js', target: 15 * KiB, budget: 22 * KiB, why: 'the ticket tracker alone, with Lit and the chunks it shares' },
  { file: 'sav-reintervention-terms.js', target: 15 * KiB, budget: 15 * KiB, why: 'the reintervention terms alone, with Lit and the chunks it shares' },
  { file: 'sav-completion-certificate.js', target: 15 * KiB, budget: 18.5 * KiB, why: 'the certificate of completion alone, with Lit and the chunks it shares' },
  { file: 'sav-quality-report.js', target: 15 * KiB, budget: 15 * KiB, why: "the back office's quality report alone, with its own Lit (built apart: it shares no chunk with the shops' components); its report view fetched after" },
];

/** Lazy chunks, by the name of their source module: the first that matches gives the budget. */
const lazyBudgets = [
  { match: /^appearance\.theme-/, budget: 2 * KiB, why: "the appearance (fetched once a page sets `appearance` or `theme`): the dark palette, the variables, the warnings and their English" },
  { match: /^shared\.(fr|nl|zh)-/, budget: 2 * KiB, why: 'the shared strings in one language' },
  { match: /^[a-z]+\.en-/, budget: 2 * KiB, why: "a component's English strings for what it shows after a user action" },
  { match: /^[a-z]+\.(fr|nl|zh)-/, budget: 4 * KiB, why: "a component's strings in one language" },
  { match: /./, budget: 8 * KiB, why: 'code fetched when a step needs it' },
];

const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const sizes = new Map();
/** Lazy chunks already printed in full. */
const printed = new Set();

/** A file's bytes and gzip bytes, read once. */
function size(path) {
  if (!sizes.has(path)) {
    const source = readFileSync(path);
    sizes.set(path, { bytes: source.length, gzip: gzipSync(source, { level: 9 }).length });
  }
  return sizes.get(path);
}

/** The build's own modules a file imports: static (`import … from "./x.js"`, `import "./x.js"`) and lazy (`import("./x.js")`). */
function imports(path) {
  const source = readFileSync(path, 'utf8');
  const resolved = (specifier) => resolve(dirname(path), specifier);
  return {
    static: [...source.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((match) => resolved(match[1])),
    lazy: [...source.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((match) => resolved(match[1])),
  };
}

/** The file and every module it imports statically, each once, in order. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of imports(file).static) closure(imported, seen);
  return seen;
}

const total = (files) => [...files].reduce((sum, file) => ({ bytes: sum.bytes + size(file).bytes, gzip: sum.gzip + size(file).gzip }), { bytes: 0, gzip: 0 });
const line = (ok, text) => (ok ? console.log(`check-size: OK    ${text}`) : console.error(`check-size: OVER  ${text}`));

function check({ file, budget, target = budget, why }) {
  const path = resolve(dist, file);
  if (!existsSync(path)) {
    console.error(`check-size: ${relative(process.cwd(), path)} is missing; build first (pnpm size at the root builds, then checks).`);
    return false;
  }
  const loaded = closure(path);
  const sum = total(loaded);
  let ok = sum.gzip <= budget;
  const chunks = [...loaded].slice(1).map((chunk) => `${relative(dist, chunk)} ${kib(size(chunk).gzip)}`);
  const goal = sum.gzip <= target ? `target ${kib(target)} met` : `TARGET ${kib(target)} NOT MET (${kib(sum.gzip - target)} over)`;
  line(ok, `${file}: ${sum.gzip} bytes gzip (${kib(sum.gzip)}), budget ${kib(budget)}, ${goal}; ${sum.bytes} bytes minified${chunks.length ? `; with ${chunks.join(', ')}` : ''} (${why})`);

  // Every chunk it may fetch later, however deep (a lazy chunk may itself import lazily).
  const lazy = new Map();
  const queue = [...loaded];
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const target of imports(next).lazy) {
      if (lazy.has(target) || loaded.has(target)) continue;
      const extra = [...closure(target)].filter((chunk) => !loaded.has(chunk));
      lazy.set(target, extra);
      queue.push(target);
    }
  }
  const again = [];
  for (const [target, extra] of [...lazy].sort(([a], [b]) => basename(a).localeCompare(basename(b)))) {
    const name = basename(target);
    const rule = lazyBudgets.find(({ match }) => match.test(name));
    const lazySum = total(extra);
    const lazyOk = lazySum.gzip <= rule.budget;
    ok &&= lazyOk;
    // A chunk several entries may fetch is printed in full once, then named.
    const key = `${target}|${extra.join('|')}`;
    if (lazyOk && printed.has(key)) {
      again.push(`${name.replace(/-[\w-]+\.js$/, '')} ${kib(lazySum.gzip)}`);
      continue;
    }
    printed.add(key);
    const others = extra.length > 1 ? ` with ${extra.slice(1).map((chunk) => basename(chunk)).join(', ')}` : '';
    line(lazyOk, `  lazy ${relative(dist, target)}${others}: ${lazySum.gzip} bytes gzip (${kib(lazySum.gzip)}), budget ${kib(rule.budget)} (${rule.why})`);
  }
  if (again.length) line(true, `  lazy, as above: ${again.join(', ')}`);
  return ok;
}

const [fileArgument, budgetArgument] = process.argv.slice(2);
const results = fileArgument
  ? [check({ file: resolve(fileArgument), budget: Number(budgetArgument ?? 15 * KiB), why: 'from the command line' })]
  : entries.map(check);
if (results.includes(false)) {
  console.error('check-size: over budget (see OVER above).');
  process.exit(1);
}
