// Outbound webhook URLs, registered by the shop owner in 设置 → 开放接口. The signing secret is shown once, at
// creation; deliveries start with the events after that moment.
import { randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { ticketEvents, webhookEndpoints } from "../../db/schema";
import { assertCanManageApi, type SettingsCtx } from "../api/permissions";
import { DomainError } from "../errors";
import { actorOf } from "../settings-audit/areas";
import { describeWebhookAdded, describeWebhookRemoved, recordedUrl } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { assertBelowShopLimit } from "../shops/shop-limit";
import { text } from "../text";
import { parseInput } from "../tickets/actions/context";
import { internalWebhooksAllowed, isInternalHost } from "./address";
import { webhookEventTypes } from "./events";

export const maxEndpoints = 10;

export const createWebhookInput = z.object({
  url: text().trim().min(1, { error: "请填写推送地址" }).max(500, { error: "推送地址不能超过 500 个字符" }),
  events: z
    .array(z.enum(webhookEventTypes), { error: "请选择要推送的事件" })
    .min(1, { error: "请至少选择一种事件" })
    .max(webhookEventTypes.length),
});
export const webhookIdInput = z.object({ id: text().trim().min(1).max(64) });

/** A URL we are willing to POST to. In sandbox mode (demo, tests) a local receiver is allowed. */
export function checkWebhookUrl(raw: string, allowInternal: boolean): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new DomainError("INVALID_INPUT", "推送地址不是合法的网址", { field: "url" });
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") {
    throw new DomainError("INVALID_INPUT", "推送地址须以 https:// 或 http:// 开头", { field: "url" });
  }
  if (u.username || u.password) {
    throw new DomainError("INVALID_INPUT", "推送地址不能包含用户名或密码，请用签名校验来源", { field: "url" });
  }
  // By its literal host here; the address a name resolves to is checked at every send (./address.ts).
  if (!allowInternal && isInternalHost(u.hostname)) {
    throw new DomainError("INVALID_INPUT", "推送地址不能是内网或本机地址", { field: "url" });
  }
  return u.toString();
}

export async function createWebhookEndpoint(db: DbOrTx, ctx: SettingsCtx, raw: z.input<typeof createWebhookInput>) {
  assertCanManageApi(ctx);
  const input = parseInput(createWebhookInput, raw);
  const url = checkWebhookUrl(input.url, internalWebhooksAllowed());
  const [{ max }] = await db
    .select({ max: sql<number>`coalesce(max(${ticketEvents.id}), 0)`.mapWith(Number) })
    .from(ticketEvents);
  const secret = `whsec_${randomBytes(24).toString("base64url")}`;
  const events = [...new Set(input.events)];
  const row = await db.transaction(async (tx) => {
    await assertBelowShopLimit(tx, ctx.shopId, {
      table: webhookEndpoints,
      active: and(eq(webhookEndpoints.shopId, ctx.shopId), isNull(webhookEndpoints.disabledAt)),
      max: maxEndpoints,
      message: `每个店铺最多 ${maxEndpoints} 个推送地址，请先删除不用的地址`,
    });
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        id: `wh_${randomUUID()}`,
        shopId: ctx.shopId,
        url,
        secret,
        events,
        startAfterEventId: max,
        createdBy: ctx.member.id,
      })
      .returning();
    // The address without its query (recordedUrl) and the events: never the signing secret.
    await recordSettingsChange(tx, {
      shopId: ctx.shopId,
      actor: actorOf(ctx.member),
      area: "api",
      action: "webhook.create",
      summary: describeWebhookAdded({ url: row.url, events }),
      data: { webhookId: row.id, url: recordedUrl(row.url), events },
    });
    return row;
  });
  return { id: row.id, url: row.url, events: row.events, createdAt: row.createdAt, secret };
}

export async function listWebhookEndpoints(db: DbOrTx, ctx: SettingsCtx) {
  assertCanManageApi(ctx);
  return db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      events: webhookEndpoints.events,
      createdAt: webhookEndpoints.createdAt,
    })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.shopId, ctx.shopId), isNull(webhookEndpoints.disabledAt)))
    .orderBy(desc(webhookEndpoints.createdAt));
}

/** Removes a URL: nothing more is sent to it; its delivery history stays listed. */
export async function removeWebhookEndpoint(db: DbOrTx, ctx: SettingsCtx, raw: z.input<typeof webhookIdInput>) {
  assertCanManageApi(ctx);
  const { id } = parseInput(webhookIdInput, raw);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: webhookEndpoints.id, url: webhookEndpoints.url, disabledAt: webhookEndpoints.disabledAt })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.shopId, ctx.shopId)))
      .for("update");
    if (!row) throw new DomainError("NOT_FOUND", "推送地址不存在");
    // Removing twice changes nothing and records nothing.
    if (row.disabledAt) return { id: row.id };
    await tx.update(webhookEndpoints).set({ disabledAt: sql`now()` }).where(eq(webhookEndpoints.id, row.id));
    await recordSettingsChange(tx, {
      shopId: ctx.shopId,
      actor: actorOf(ctx.member),
      area: "api",
      action: "webhook.remove",
      summary: describeWebhookRemoved(row),
      data: { webhookId: row.id, url: recordedUrl(row.url) },
    });
    return { id: row.id };
  });
}
