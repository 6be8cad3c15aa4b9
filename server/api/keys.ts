// API keys of the Open API (ERP/CRM): created, named, scoped and revoked by the shop owner in 设置. Only the
// SHA-256 of a key is stored; the key itself is returned once, at creation, and never again.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { apiKeys, members } from "../../db/schema";
import { DomainError } from "../errors";
import { actorOf } from "../settings-audit/areas";
import { describeKeyCreated, describeKeyRevoked } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { assertBelowShopLimit } from "../shops/shop-limit";
import { text } from "../text";
import { parseInput } from "../tickets/actions/context";
import { assertCanManageApi, type SettingsCtx } from "./permissions";
import { apiScopes } from "./scopes";

export { type ApiScope, apiScopes } from "./scopes";
/** Active keys per shop: enough for every connected system, few enough to review by eye. */
export const maxActiveKeys = 20;
const keyPrefix = "shk_";

export const createApiKeyInput = z.object({
  name: text().trim().min(1, { error: "请填写密钥名称" }).max(32, { error: "名称不能超过 32 个字" }),
  scope: z.enum(apiScopes, { error: "请选择权限范围" }),
});
export const revokeApiKeyInput = z.object({ id: text().trim().min(1).max(64) });

/** The stored form of a key: hex SHA-256. A 240-bit random key needs no salt or slow hash. */
export const hashApiKey = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");

/** `shk_` + 40 base64url characters (240 random bits). */
export function generateApiKey(): string {
  return keyPrefix + randomBytes(30).toString("base64url");
}

export const looksLikeApiKey = (s: string) => /^shk_[A-Za-z0-9_-]{40}$/.test(s);

export async function createApiKey(db: DbOrTx, ctx: SettingsCtx, raw: z.input<typeof createApiKeyInput>) {
  assertCanManageApi(ctx);
  const input = parseInput(createApiKeyInput, raw);
  const key = generateApiKey();
  const row = await db.transaction(async (tx) => {
    await assertBelowShopLimit(tx, ctx.shopId, {
      table: apiKeys,
      active: and(eq(apiKeys.shopId, ctx.shopId), isNull(apiKeys.revokedAt)),
      max: maxActiveKeys,
      message: `每个店铺最多 ${maxActiveKeys} 个有效密钥，请先吊销不用的密钥`,
    });
    const [row] = await tx
      .insert(apiKeys)
      .values({
        id: `key_${randomUUID()}`,
        shopId: ctx.shopId,
        name: input.name,
        keyHash: hashApiKey(key),
        prefix: key.slice(0, 12),
        scope: input.scope,
        createdBy: ctx.member.id,
      })
      .returning();
    // The name and scope: neither the key nor its hash or prefix.
    await recordSettingsChange(tx, {
      shopId: ctx.shopId,
      actor: actorOf(ctx.member),
      area: "api",
      action: "api_key.create",
      summary: describeKeyCreated(row),
      data: { keyId: row.id, name: row.name, scope: row.scope },
    });
    return row;
  });
  return { id: row.id, name: row.name, prefix: row.prefix, scope: row.scope, createdAt: row.createdAt, key };
}

export async function listApiKeys(db: DbOrTx, ctx: SettingsCtx) {
  assertCanManageApi(ctx);
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      scope: apiKeys.scope,
      createdAt: apiKeys.createdAt,
      createdByName: members.displayName,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .leftJoin(members, eq(members.id, apiKeys.createdBy))
    .where(eq(apiKeys.shopId, ctx.shopId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** Revoking is final and immediate: the next request with the key is 401. Revoking twice changes nothing. */
export async function revokeApiKey(db: DbOrTx, ctx: SettingsCtx, raw: z.input<typeof revokeApiKeyInput>) {
  assertCanManageApi(ctx);
  const input = parseInput(revokeApiKeyInput, raw);
  const [row] = await db
    .select({ id: apiKeys.id, name: apiKeys.name, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.id, input.id), eq(apiKeys.shopId, ctx.shopId)));
  // Another shop's key is "not found": never reveal that it exists.
  if (!row) throw new DomainError("NOT_FOUND", "密钥不存在");
  if (row.revokedAt) return { id: row.id, revokedAt: row.revokedAt };
  const updated = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, row.id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, revokedAt: apiKeys.revokedAt });
    // Revoked by someone else a moment ago: their revocation is the one recorded.
    if (updated) {
      await recordSettingsChange(tx, {
        shopId: ctx.shopId,
        actor: actorOf(ctx.member),
        area: "api",
        action: "api_key.revoke",
        summary: describeKeyRevoked(row),
        data: { keyId: row.id, name: row.name },
      });
    }
    return updated;
  });
  return updated ?? { id: row.id, revokedAt: row.revokedAt };
}
