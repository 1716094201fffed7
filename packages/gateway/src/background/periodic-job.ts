/**
 * Background work that runs now and then every `intervalMs`: the outbox, webhook deliveries,
 * retention, rate-limit pruning. A run never overlaps the previous one, a failed run is logged by
 * the job and does not stop the next, and `stop()` waits for the run under way, so that a
 * graceful shutdown never cuts one in the middle.
 */
export interface PeriodicJob {
  stop(): Promise<void>;
}

export function startPeriodicJob(run: () => Promise<void>, intervalMs: number, options: { runAtStart?: boolean } = {}): PeriodicJob {
  let running: Promise<void> = Promise.resolve();
  // `run` reports its own failures; one that escapes must not become an unhandled rejection.
  const tick = () => {
    running = run().catch(() => {});
  };
  if (options.runAtStart ?? true) tick();
  const timer = setInterval(() => {
    void running.then(tick);
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
