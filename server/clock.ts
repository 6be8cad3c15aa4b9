import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { sandboxClock } from "../db/schema";

// Times come from an injectable clock (SPEC §3 timers). In sandbox mode the clock can be moved
// forward so timers can be seen firing; the offset lives in the database so web and worker agree.
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date): Clock & { set(d: Date): void; advance(ms: number): void } {
  let t = at.getTime();
  return {
    now: () => new Date(t),
    set: (d) => {
      t = d.getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

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
