import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { sandboxClock } from "../db/schema";
import { env } from "./env";

// The app clock (SPEC §3 timers, §7 sandbox platform). A shop played by the sandbox platform runs on the sandbox
// clock, which can be moved forward so timers can be seen firing; the offset lives in the database so web and
// worker agree. Every other shop runs on the wall clock.

/**
 * Is this shop played by the sandbox platform in this deployment: sandbox mode on (SANDBOX=1) and the shop not
 * connected to a real platform. The one rule for which clock a shop runs on (requests and the worker alike) and
 * for whether the /api/sandbox/* routes and the sandbox controls exist for its members.
 */
export const runsInSandbox = (shop: { sandbox: boolean }): boolean => env().SANDBOX === "1" && shop.sandbox;

/** The app's now for a shop: the sandbox clock when it runs in the sandbox, else the wall clock. */
export async function shopNow(db: DbOrTx, shop: { sandbox: boolean }): Promise<Date> {
  return runsInSandbox(shop) ? sandboxNow(db) : new Date();
}

/** The sandbox clock: the wall clock plus the offset moved by /api/sandbox/clock. */
export async function sandboxNow(db: DbOrTx): Promise<Date> {
  const [row] = await db.select().from(sandboxClock).where(eq(sandboxClock.id, "app"));
  return new Date(Date.now() + (row?.offsetMs ?? 0));
}

export async function advanceSandboxClock(db: DbOrTx, minutes: number): Promise<Date> {
  const ms = Math.round(minutes * 60_000);
  await db
    .insert(sandboxClock)
    .values({ id: "app", offsetMs: ms })
    .onConflictDoUpdate({ target: sandboxClock.id, set: { offsetMs: sql`${sandboxClock.offsetMs} + ${ms}` } });
  return sandboxNow(db);
}
