// Waiting for the web server: `npm start` says "ready" and `npm test` starts the browser only once /api/health
// answers 200, not when the process has merely been spawned.

/** Resolves true once `${url}/api/health` answers 200; false when `ms` pass or `gaveUp()` says to stop. */
export async function waitForHealth(url: string, ms: number, gaveUp: () => boolean = () => false): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until && !gaveUp()) {
    try {
      const r = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (r.ok) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
