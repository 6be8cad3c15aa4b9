// 设置 → 平台连接 · 最近事件 (SPEC §7 "stores the raw event"): the shop's platform events, newest first, keyset-paged
// by seq, all or only the failed ones (applied with an error: process.ts marks a bad event processed with it).
import { and, desc, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { platformEvents } from "../../db/schema";
import { parseInput } from "../tickets/actions/context";
import { type ListPlatformEventsInput, listPlatformEventsInput } from "./connection-schemas";

export type PlatformEventStatus = "pending" | "processed" | "failed";

export const eventStatusOf = (e: { processedAt: Date | null; error: string | null }): PlatformEventStatus =>
  e.processedAt === null ? "pending" : e.error === null ? "processed" : "failed";

const data = sql`${platformEvents.payload}->'data'`;

export async function listPlatformEvents(db: DbOrTx, ctx: { shopId: string }, raw: ListPlatformEventsInput = {}) {
  const input = parseInput(listPlatformEventsInput, raw);
  const rows = await db
    .select({
      seq: platformEvents.seq,
      id: platformEvents.id,
      type: platformEvents.type,
      receivedAt: platformEvents.receivedAt,
      occurredAt: platformEvents.occurredAt,
      processedAt: platformEvents.processedAt,
      error: platformEvents.error,
      // What the event is about, as the merchant knows it: the ticket, else the order (or the conversation).
      subject: sql<
        string | null
      >`coalesce(${data}->>'externalId', ${data}->>'orderId', ${data}->'order'->>'id', ${data}->>'id')`,
    })
    .from(platformEvents)
    .where(
      and(
        eq(platformEvents.shopId, ctx.shopId),
        input.filter === "failed" ? isNotNull(platformEvents.error) : undefined,
        input.cursor ? lt(platformEvents.seq, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(platformEvents.seq))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((r) => ({ ...r, status: eventStatusOf(r) })),
    nextCursor: rows.length > input.limit ? (page[page.length - 1]?.seq ?? null) : null,
  };
}
