// Timing helpers for the benchmark: percentiles over repeated runs, at a given concurrency.
export type Timing = { p50: number; p95: number; n: number };

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

const timing = (times: number[]): Timing => ({
  p50: percentile(times, 50),
  p95: percentile(times, 95),
  n: times.length,
});

/** `concurrency` parallel loops of `perWorker` calls each, every call timed into `times`. */
async function burst(fn: () => Promise<unknown>, concurrency: number, perWorker: number, times: number[]) {
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = 0; i < perWorker; i++) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
    }),
  );
}

/** Runs `fn` `perWorker` times in each of `concurrency` parallel loops (after a warm-up) and times each call. */
export async function timeIt(
  fn: () => Promise<unknown>,
  opts: { concurrency: number; perWorker: number; warmup?: number },
): Promise<Timing> {
  for (let i = 0; i < (opts.warmup ?? 3); i++) await fn();
  const times: number[] = [];
  await burst(fn, opts.concurrency, opts.perWorker, times);
  return timing(times);
}

/**
 * Times several ways of doing the same work against each other: after a warm-up of each, `rounds` rounds in which
 * each runs one burst (`concurrency` loops × `perWorker` calls) in turn. The machine's slow moments (another
 * process, autovacuum, a GC) then fall on all of them alike instead of on whichever ran at that time.
 */
export async function timeSideBySide<K extends string>(
  fns: Record<K, () => Promise<unknown>>,
  opts: { concurrency: number; perWorker: number; rounds: number; warmup?: number },
): Promise<Record<K, Timing>> {
  const keys = Object.keys(fns) as K[];
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (const k of keys) for (let i = 0; i < (opts.warmup ?? 20); i++) await fns[k]();
  for (let r = 0; r < opts.rounds; r++)
    for (const k of keys) await burst(fns[k], opts.concurrency, opts.perWorker, times[k]);
  return Object.fromEntries(keys.map((k) => [k, timing(times[k])])) as Record<K, Timing>;
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;
