// 设置 → 平台连接 · 重试 (SPEC §8 "every money movement happens exactly once"): applies a failed platform event again,
// as the worker would (process.ts), in one transaction under the event's row lock. A second retry of the same event
// waits for the first and then finds it applied: the event takes effect once, however many admins press 重试.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { platformEvents } from "../../db/schema";
import { canManageShopSettings, type SettingsMember } from "../members/permissions";
import { parseInput } from "../tickets/actions/context";
import { platformError } from "./connection-errors";
import { type RetryEventInput, retryEventInput } from "./connection-schemas";
import { errorText, isTransient, processEvent } from "./process";

type Ctx = { shopId: string; member: SettingsMember; now: Date };
export type RetryResult =
  | { seq: number; id: string; status: "applied" | "already_applied" }
  | { seq: number; id: string; status: "failed"; error: string };

export async function retryPlatformEvent(db: Db, ctx: Ctx, raw: RetryEventInput): Promise<RetryResult> {
  if (!canManageShopSettings(ctx.member)) throw platformError("NO_SETTINGS_PERMISSION");
  const { seq } = parseInput(retryEventInput, raw);
  return db.transaction(async (tx): Promise<RetryResult> => {
    const [event] = await tx
      .select()
      .from(platformEvents)
      .where(and(eq(platformEvents.seq, seq), eq(platformEvents.shopId, ctx.shopId)))
      .for("update");
    if (!event) throw platformError("EVENT_NOT_FOUND");
    // Not applied yet: the worker will (it claims only unprocessed events, so it never races a retry).
    if (event.processedAt === null) throw platformError("EVENT_PENDING");
    if (event.error === null) return { seq, id: event.id, status: "already_applied" };
    let error: string | null = null;
    try {
      // A savepoint: a failure rolls back only the event's own effects; the new error is still recorded.
      await tx.transaction((inner) => processEvent(inner, event));
    } catch (e) {
      if (isTransient(e)) throw e;
      error = errorText(e);
    }
    await tx.update(platformEvents).set({ processedAt: ctx.now, error }).where(eq(platformEvents.seq, event.seq));
    return error === null ? { seq, id: event.id, status: "applied" } : { seq, id: event.id, status: "failed", error };
  });
}
