// Timing helpers for the benchmark: percentiles over repeated runs, at a given concurrency.
export type Timing = { p50: number; p95: number; n: number };

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

/** Runs `fn` `perWorker` times in each of `concurrency` parallel loops (after a warm-up) and times each call. */
export async function timeIt(
  fn: () => Promise<unknown>,
  opts: { concurrency: number; perWorker: number; warmup?: number },
): Promise<Timing> {
  for (let i = 0; i < (opts.warmup ?? 3); i++) await fn();
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      for (let i = 0; i < opts.perWorker; i++) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
    }),
  );
  return { p50: percentile(times, 50), p95: percentile(times, 95), n: times.length };
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;
