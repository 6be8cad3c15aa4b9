// Whether `npm start` seeds the demo shops: once, and again from scratch when the last seed was cut short
// (Ctrl-C, a crash), which would otherwise leave a half-filled demo shop for good.
import { count, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { demoSeedRuns, shops, tickets, uploads } from "../schema";
import { DEMO_SHOP_ID } from "./accounts";
import { demoShops } from "./base";

export type SeedState = {
  /** The seed's records (base.ts writes them with the shops; demo.ts finishes them at the very end). */
  runs: { finished: boolean }[];
  /** Shops of any kind in the database. */
  shops: number;
  /** Tickets of the demo shop: tells a finished seed from one cut short when there is no record. */
  demoTickets: number;
  demoShopExists: boolean;
};
/** seed: nothing there yet; redo: wipe the demo shops and seed again; skip: leave the data alone. */
export type SeedDecision = "seed" | "redo" | "skip";

export function seedDecision(s: SeedState): SeedDecision {
  if (s.runs.length > 0) return s.runs.every((r) => r.finished) ? "skip" : "redo";
  if (s.shops === 0) return "seed";
  // No record: a database seeded before the record existed, or the operator's own shops (DATABASE_URL). Only an
  // old seed stopped before any ticket is known to be cut short.
  return s.demoShopExists && s.demoTickets === 0 ? "redo" : "skip";
}

export async function readSeedState(db: Db): Promise<SeedState> {
  const runs = await db.select({ finishedAt: demoSeedRuns.finishedAt }).from(demoSeedRuns);
  const [all] = await db.select({ n: count() }).from(shops);
  const [demo] = await db.select({ n: count() }).from(shops).where(eq(shops.id, DEMO_SHOP_ID));
  const [demoTickets] = await db.select({ n: count() }).from(tickets).where(eq(tickets.shopId, DEMO_SHOP_ID));
  return {
    runs: runs.map((r) => ({ finished: r.finishedAt !== null })),
    shops: all?.n ?? 0,
    demoTickets: demoTickets?.n ?? 0,
    demoShopExists: (demo?.n ?? 0) > 0,
  };
}

/**
 * Removes the demo shops and everything of theirs (the shop tables cascade from shops; uploads do not, so they go
 * first), keeping the demo users for the next seed to reuse.
 */
export async function wipeDemoShops(db: Db): Promise<void> {
  const ids = demoShops.map((s) => s.id);
  await db.transaction(async (tx) => {
    await tx.delete(uploads).where(inArray(uploads.shopId, ids));
    await tx.delete(shops).where(inArray(shops.id, ids));
  });
}

/** Decides, and wipes a seed cut short; the caller then seeds unless the answer is "skip". */
export async function prepareDemoSeed(db: Db): Promise<SeedDecision> {
  const decision = seedDecision(await readSeedState(db));
  if (decision === "redo") await wipeDemoShops(db);
  return decision;
}

/** `progress` of a seed that ended in an error: the workbench says so instead of "生成中" (the next start redoes it). */
export const seedFailedProgress = -1;

/** `npm start` calls this when the seed process exits with an error: its unfinished records say it failed. */
export async function markSeedFailed(db: Db): Promise<void> {
  await db.update(demoSeedRuns).set({ progress: seedFailedProgress }).where(isNull(demoSeedRuns.finishedAt));
}
