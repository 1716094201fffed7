/**
 * The bench harness: named cases measured in alternating rounds on the same machine, reported as
 * ops/s (median of rounds) and as ratios between cases. No absolute threshold anywhere: these
 * machines are shared and noisy, so only side-by-side ratios from one run mean something.
 *
 * A suite (see run.ts) gets a `Suite`, runs one or more groups of cases with `suite.group(...)`,
 * may add `note`s, `check`s (printed facts, never asserted) and `skip`s, and the runner prints the
 * report and writes it to bench/results/<suite>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One thing measured. */
export interface BenchCase {
  readonly name: string;
  /**
   * One call of the measured work; returns how many operations it performed (default 1), so a
   * call may be a whole batch (e.g. 2000 inserts). Sync or async.
   */
  readonly run: () => number | void | Promise<number | void>;
  /** Untimed, before each round of this case (e.g. TRUNCATE). */
  readonly beforeRound?: () => void | Promise<void>;
  /** Untimed, after each round of this case (e.g. a correctness count). */
  readonly afterRound?: () => void | Promise<void>;
  /** Calls per round. Unset: call repeatedly until the group's roundMs has elapsed. */
  readonly callsPerRound?: number;
}

/** A ratio between two cases of a group, computed per round (paired, the rounds alternate) and reported as the median. */
export interface Comparison {
  readonly label: string;
  readonly numerator: string;
  readonly denominator: string;
  /** 'time': time per op of numerator / of denominator (> 1 = numerator slower). 'throughput': ops/s ratio (> 1 = numerator faster). */
  readonly measure: 'time' | 'throughput';
  /** Also show ratio / per (e.g. the number of technicians, for a cost per technician relative to the baseline). */
  readonly per?: number;
  readonly perLabel?: string;
}

export interface GroupOptions {
  /** Timed rounds per case (default 7); fewer if maxCaseMs runs out (never fewer than minRounds). */
  readonly rounds?: number;
  readonly minRounds?: number;
  /** Time per round for cases without callsPerRound (default 250 ms). */
  readonly roundMs?: number;
  /** Budget per case, warm-up included (default 10 s). Checked between rounds. */
  readonly maxCaseMs?: number;
  /** Untimed warm-up rounds per case (default 1). */
  readonly warmupRounds?: number;
}

export interface CaseResult {
  readonly name: string;
  readonly rounds: number;
  readonly opsPerSecond: { readonly median: number; readonly min: number; readonly max: number };
  /** (max − min) / median of the rounds' ops/s: how noisy this case was in this run. */
  readonly spread: number;
  readonly microsecondsPerOp: number;
  readonly opsPerRound: number[];
  readonly roundOpsPerSecond: number[];
}

export interface ComparisonResult extends Comparison {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly perUnit?: number;
}

export interface GroupResult {
  readonly name: string;
  readonly description: string;
  readonly options: Required<GroupOptions>;
  readonly cases: CaseResult[];
  readonly comparisons: ComparisonResult[];
  readonly elapsedMs: number;
}

export interface SuiteReport {
  readonly suite: string;
  readonly startedAt: string;
  readonly elapsedMs: number;
  readonly machine: { node: string; platform: string; cpus: number; cpuModel: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  readonly groups: GroupResult[];
  readonly checks: { group: string; label: string; value: unknown }[];
  /** Figures a suite computes itself (e.g. page metrics), printed as tables after the groups. */
  readonly tables: ReportTable[];
  readonly notes: string[];
  readonly skipped: { group: string; reason: string }[];
  readonly errors: { group: string; message: string }[];
}

export interface ReportTable {
  readonly title: string;
  readonly headers: string[];
  readonly rows: string[][];
  /** Per column: right-aligned (numbers). Default: every column but the first. */
  readonly rightAligned?: boolean[];
}

const DEFAULTS: Required<GroupOptions> = { rounds: 7, minRounds: 3, roundMs: 250, maxCaseMs: 10_000, warmupRounds: 1 };

const nowNs = () => process.hrtime.bigint();
const msSince = (start: bigint) => Number(nowNs() - start) / 1e6;

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One round of one case: ops performed and the elapsed nanoseconds of the measured calls only. */
async function runRound(benchCase: BenchCase, roundMs: number): Promise<{ ops: number; ns: bigint }> {
  if (benchCase.beforeRound) await benchCase.beforeRound();
  let ops = 0;
  let calls = 0;
  const fixed = benchCase.callsPerRound;
  const budgetNs = BigInt(Math.round(roundMs * 1e6));
  const start = nowNs();
  let elapsed = 0n;
  for (;;) {
    let result = benchCase.run();
    if (isPromise(result)) result = await result;
    ops += typeof result === 'number' ? result : 1;
    calls += 1;
    elapsed = nowNs() - start;
    if (fixed !== undefined ? calls >= fixed : elapsed >= budgetNs) break;
  }
  if (benchCase.afterRound) await benchCase.afterRound();
  return { ops, ns: elapsed };
}

const cleanups: (() => Promise<void>)[] = [];

/** Registers work that must run even when the run is interrupted (SIGINT, SIGTERM, the runner's deadline). */
export function onAbort(cleanup: () => Promise<void>): () => void {
  cleanups.push(cleanup);
  return () => {
    const index = cleanups.indexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

/** Runs the registered cleanups once each, newest first (used by the runner). */
export async function runAbortCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop();
    try {
      await cleanup?.();
    } catch (error) {
      console.error(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

export class Suite {
  readonly name: string;
  private readonly started = nowNs();
  private readonly startedAt = new Date().toISOString();
  private readonly loadAtStart = loadavg();
  private readonly groups: GroupResult[] = [];
  private readonly checks: SuiteReport['checks'] = [];
  private readonly tables: ReportTable[] = [];
  private readonly notes: string[] = [];
  private readonly skipped: SuiteReport['skipped'] = [];
  private readonly errors: SuiteReport['errors'] = [];

  constructor(name: string) {
    this.name = name;
  }

  /**
   * Measures the cases in alternating rounds: round r runs every case once, in an order rotated by
   * r (A B C, B C A, C A B, …), so drift and noise on the machine fall on all cases alike.
   */
  async group(name: string, description: string, cases: readonly BenchCase[], comparisons: readonly Comparison[] = [], options: GroupOptions = {}): Promise<GroupResult> {
    const opts: Required<GroupOptions> = { ...DEFAULTS, ...options };
    const groupStart = nowNs();
    log(`\n▶ ${this.name} / ${name}: ${cases.length} cases, up to ${opts.rounds} alternating rounds`);
    const spentMs = new Map<string, number>(cases.map((c) => [c.name, 0]));
    const samples = new Map<string, { ops: number; opsPerSecond: number }[]>(cases.map((c) => [c.name, []]));

    for (let w = 0; w < opts.warmupRounds; w += 1) {
      for (const benchCase of cases) {
        const t = nowNs();
        await runRound(benchCase, opts.roundMs);
        spentMs.set(benchCase.name, (spentMs.get(benchCase.name) ?? 0) + msSince(t));
      }
    }

    for (let round = 0; round < opts.rounds; round += 1) {
      const overBudget = [...spentMs.values()].some((ms) => ms >= opts.maxCaseMs);
      if (round >= opts.minRounds && overBudget) {
        log(`  (stopped after ${round} rounds: a case reached its ${opts.maxCaseMs} ms budget)`);
        break;
      }
      const order = cases.map((_, i) => cases[(i + round) % cases.length] as BenchCase);
      const line: string[] = [];
      for (const benchCase of order) {
        const t = nowNs();
        const { ops, ns } = await runRound(benchCase, opts.roundMs);
        spentMs.set(benchCase.name, (spentMs.get(benchCase.name) ?? 0) + msSince(t));
        const opsPerSecond = ops / (Number(ns) / 1e9);
        samples.get(benchCase.name)?.push({ ops, opsPerSecond });
        line.push(`${benchCase.name} ${formatRate(opsPerSecond)}/s`);
      }
      log(`  round ${round + 1}: ${line.join(' · ')}`);
    }

    const results: CaseResult[] = cases.map((benchCase) => {
      const rounds = samples.get(benchCase.name) ?? [];
      const rates = rounds.map((r) => r.opsPerSecond);
      const med = median(rates);
      return {
        name: benchCase.name,
        rounds: rounds.length,
        opsPerSecond: { median: med, min: Math.min(...rates), max: Math.max(...rates) },
        spread: (Math.max(...rates) - Math.min(...rates)) / med,
        microsecondsPerOp: 1e6 / med,
        opsPerRound: rounds.map((r) => r.ops),
        roundOpsPerSecond: rates,
      };
    });

    const comparisonResults: ComparisonResult[] = comparisons.map((comparison) => {
      const num = samples.get(comparison.numerator);
      const den = samples.get(comparison.denominator);
      if (!num || !den) throw new Error(`comparison "${comparison.label}": unknown case ${!num ? comparison.numerator : comparison.denominator}`);
      const n = Math.min(num.length, den.length);
      const ratios: number[] = [];
      for (let i = 0; i < n; i += 1) {
        const a = (num[i] as { opsPerSecond: number }).opsPerSecond;
        const b = (den[i] as { opsPerSecond: number }).opsPerSecond;
        ratios.push(comparison.measure === 'time' ? b / a : a / b);
      }
      const med = median(ratios);
      return {
        ...comparison,
        median: med,
        min: Math.min(...ratios),
        max: Math.max(...ratios),
        ...(comparison.per !== undefined ? { perUnit: med / comparison.per } : {}),
      };
    });

    const result: GroupResult = { name, description, options: opts, cases: results, comparisons: comparisonResults, elapsedMs: msSince(groupStart) };
    this.groups.push(result);
    return result;
  }

  /** A fact worth printing (e.g. how many conflicting inserts were refused): reported, never asserted. */
  check(group: string, label: string, value: unknown): void {
    this.checks.push({ group, label, value });
    log(`  ✓ ${label}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }

  /** A table of figures the suite computed itself: printed after the groups, kept in the report. */
  table(table: ReportTable): void {
    this.tables.push(table);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  skip(group: string, reason: string): void {
    this.skipped.push({ group, reason });
    log(`\n⚠ ${this.name} / ${group} skipped: ${reason}`);
  }

  error(group: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.errors.push({ group, message });
    log(`\n✖ ${this.name} / ${group} failed: ${message}`);
  }

  report(): SuiteReport {
    const cpuList = cpus();
    return {
      suite: this.name,
      startedAt: this.startedAt,
      elapsedMs: msSince(this.started),
      machine: {
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpus: cpuList.length,
        cpuModel: cpuList[0]?.model ?? 'unknown',
        loadAverageAtStart: this.loadAtStart.map(round2),
        loadAverageAtEnd: loadavg().map(round2),
      },
      groups: this.groups,
      checks: this.checks,
      tables: this.tables,
      notes: this.notes,
      skipped: this.skipped,
      errors: this.errors,
    };
  }
}

function log(text: string): void {
  process.stdout.write(`${text}\n`);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** 1234567 → "1.23M", 12345 → "12.3k", 12.345 → "12.3". */
export function formatRate(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${(value / 1e6).toFixed(2)}M`;
  if (abs >= 1e4) return `${(value / 1e3).toFixed(1)}k`;
  if (abs >= 1e3) return `${(value / 1e3).toFixed(2)}k`;
  if (abs >= 100) return value.toFixed(0);
  return value.toFixed(1);
}

function formatMicros(us: number): string {
  if (us >= 1e4) return `${(us / 1e3).toFixed(1)} ms`;
  if (us >= 1e3) return `${(us / 1e3).toFixed(2)} ms`;
  if (us >= 10) return `${us.toFixed(1)} µs`;
  return `${us.toFixed(2)} µs`;
}

function table(headers: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  return [fmt(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

/** The report as printed tables. */
export function formatReport(report: SuiteReport): string {
  const out: string[] = [];
  const m = report.machine;
  out.push(`\n═══ ${report.suite} — ${m.node}, ${m.cpus} × ${m.cpuModel}, load ${m.loadAverageAtStart.join(' ')} → ${m.loadAverageAtEnd.join(' ')}, ${(report.elapsedMs / 1000).toFixed(1)} s`);
  for (const group of report.groups) {
    out.push(`\n${group.name} — ${group.description}`);
    out.push(
      table(
        ['case', 'ops/s (median)', 'min … max', 'spread', 'time/op', 'rounds'],
        group.cases.map((c) => [
          c.name,
          formatRate(c.opsPerSecond.median),
          `${formatRate(c.opsPerSecond.min)} … ${formatRate(c.opsPerSecond.max)}`,
          `${(c.spread * 100).toFixed(0)}%`,
          formatMicros(c.microsecondsPerOp),
          String(c.rounds),
        ]),
        [false, true, true, true, true, true],
      ),
    );
    if (group.comparisons.length > 0) {
      out.push('');
      out.push(
        table(
          ['ratio', 'median', 'min … max', 'per unit'],
          group.comparisons.map((c) => [
            `${c.label} (${c.measure === 'time' ? 'time' : 'ops/s'})`,
            `${c.median.toFixed(2)}×`,
            `${c.min.toFixed(2)} … ${c.max.toFixed(2)}`,
            c.perUnit !== undefined ? `${c.perUnit.toFixed(3)}× ${c.perLabel ?? `per 1/${c.per}`}` : '',
          ]),
          [false, true, true, false],
        ),
      );
    }
  }
  for (const extra of report.tables) {
    out.push(`\n${extra.title}`);
    out.push(table(extra.headers, extra.rows, extra.rightAligned ?? extra.headers.map((_, i) => i > 0)));
  }
  if (report.checks.length > 0) {
    out.push('\nchecks (printed, not asserted)');
    for (const check of report.checks) out.push(`  ${check.group}: ${check.label}: ${typeof check.value === 'string' ? check.value : JSON.stringify(check.value)}`);
  }
  for (const skip of report.skipped) out.push(`\n⚠ skipped ${skip.group}: ${skip.reason}`);
  for (const error of report.errors) out.push(`\n✖ failed ${error.group}: ${error.message}`);
  for (const note of report.notes) out.push(`\nnote: ${note}`);
  return out.join('\n');
}

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

/** Writes bench/results/<suite>.json; returns its path. */
export function writeReport(report: SuiteReport): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${report.suite}.json`);
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

/** What a suite file exports, so run.ts can list and run it (`export const suite: SuiteDefinition = …`). */
export interface SuiteDefinition {
  /** Also the report's file name: bench/results/<name>.json. */
  readonly name: string;
  readonly description: string;
  /** Runs the suite's groups. A group that cannot run (a service missing) calls suite.skip and returns. */
  readonly run: (suite: Suite) => Promise<void>;
}
