// The delivery log in 设置 → 开放接口: what was sent where, with its status, plus 立即重试 and a test delivery.
import { randomUUID } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema";
import { assertCanManageApi, type SettingsCtx } from "../api/permissions";
import { DomainError } from "../errors";
import { text } from "../text";
import { parseInput } from "../tickets/actions/context";
import { claimNow, deliverNow, sendClaimedNow } from "./deliver";
import { webhookIdInput } from "./endpoints";
import { pingEventType, type WebhookPayload } from "./events";

export const listDeliveriesInput = z.object({
  endpointId: text().trim().max(64).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const deliveryIdInput = z.object({ id: z.number().int().positive() });

export async function listDeliveries(db: DbOrTx, ctx: SettingsCtx, raw: z.input<typeof listDeliveriesInput>) {
  assertCanManageApi(ctx);
  const input = parseInput(listDeliveriesInput, raw);
  return db
    .select({
      id: webhookDeliveries.id,
      endpointId: webhookDeliveries.endpointId,
      url: webhookEndpoints.url,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      ticketId: sql<number | null>`(${webhookDeliveries.payload} -> 'data' ->> 'ticketId')::bigint`.mapWith((v) =>
        v === null ? null : Number(v),
      ),
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastError: webhookDeliveries.lastError,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      deliveredAt: webhookDeliveries.deliveredAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(
      and(
        eq(webhookDeliveries.shopId, ctx.shopId),
        input.endpointId ? eq(webhookDeliveries.endpointId, input.endpointId) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(input.limit);
}

/** 立即重试: a fresh round of attempts for a failed or waiting delivery, the first one now. */
export async function redeliver(db: DbOrTx, ctx: SettingsCtx, raw: z.input<typeof deliveryIdInput>) {
  assertCanManageApi(ctx);
  const { id } = parseInput(deliveryIdInput, raw);
  const result = await deliverNow(db, ctx.shopId, id, { fresh: true });
  if (result) return result;
  const [exists] = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.shopId, ctx.shopId)));
  if (!exists) throw new DomainError("NOT_FOUND", "推送记录不存在");
  throw new DomainError("ACTION_NOT_ALLOWED", "这条推送正在发送中，请稍后查看结果", { reason: "DELIVERY_IN_FLIGHT" });
}

/** 发送测试: a signed `ping` to the URL right away, logged like any delivery. */
export async function sendTestDelivery(db: DbOrTx, ctx: SettingsCtx, raw: z.input<typeof webhookIdInput>) {
  assertCanManageApi(ctx);
  const { id } = parseInput(webhookIdInput, raw);
  const [ep] = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.shopId, ctx.shopId), isNull(webhookEndpoints.disabledAt)),
    );
  if (!ep) throw new DomainError("NOT_FOUND", "推送地址不存在");
  const eventId = `ping_${randomUUID()}`;
  const payload: WebhookPayload = {
    id: eventId,
    type: pingEventType,
    shopId: ctx.shopId,
    createdAt: new Date().toISOString(),
    data: { message: "这是一条测试推送" },
  };
  const [row] = await db
    .insert(webhookDeliveries)
    // Claimed as it is created, so the worker never sends the same ping alongside this request.
    .values({ shopId: ctx.shopId, endpointId: ep.id, eventId, eventType: pingEventType, payload, ...claimNow(1) })
    .returning();
  return sendClaimedNow(db, row, { maxAttempts: 1 });
}
