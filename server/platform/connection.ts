// 设置 → 平台连接 (SPEC §7): how the platform reaches this shop — the mode (the built-in sandbox platform or the real
// one), the webhook address to register there, and the HMAC secret it signs with. Every member sees the connection;
// only the owner and 设置权限 (SPEC §1 "platform connection") reveal or rotate the secret.
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { shops } from "../../db/schema";
import { runsInSandbox } from "../clock";
import { env } from "../env";
import { DomainError } from "../errors";
import { forgetMemberships } from "../members/membership-cache";
import { canManageShopSettings, type SettingsMember } from "../members/permissions";
import { actorOf } from "../settings-audit/areas";
import { describeSecretRotated } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { parseInput } from "../tickets/actions/context";
import { platformError } from "./connection-errors";
import { type RotateSecretInput, rotateSecretInput } from "./connection-schemas";
import { forgetShopSecrets } from "./shop-secrets";
import { maxClockSkewSeconds, signatureHeader, timestampHeader } from "./signature";

type Ctx = { shopId: string; member: SettingsMember };
type ActingCtx = { shopId: string; member: SettingsMember & { id: string; displayName: string } };

/** The route of app/api/platform/events/route.ts: where the platform POSTs its signed events. */
export const platformWebhookPath = "/api/platform/events";

export const platformWebhookUrl = () => `${env().APP_URL.replace(/\/+$/, "")}${platformWebhookPath}`;

/** The first 8 hex digits of the secret's SHA-256: to compare with the platform's console, and for rotate's CAS. */
export const secretFingerprint = (secret: string) =>
  createHash("sha256").update(secret, "utf8").digest("hex").slice(0, 8);

/** A new connector secret: 256 random bits. */
export const generateConnectorSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

async function shopOf(db: DbOrTx, shopId: string) {
  const [shop] = await db
    .select({ sandbox: shops.sandbox, secret: shops.connectorSecret })
    .from(shops)
    .where(eq(shops.id, shopId));
  if (!shop) throw new DomainError("NOT_FOUND", "店铺不存在");
  return shop;
}

export async function getPlatformConnection(db: DbOrTx, ctx: Ctx) {
  const shop = await shopOf(db, ctx.shopId);
  return {
    mode: runsInSandbox(shop) ? ("sandbox" as const) : ("platform" as const),
    shopId: ctx.shopId,
    webhookUrl: platformWebhookUrl(),
    timestampHeader,
    signatureHeader,
    maxClockSkewMinutes: maxClockSkewSeconds / 60,
    fingerprint: secretFingerprint(shop.secret),
    canManage: canManageShopSettings(ctx.member),
  };
}

function assertCanManage(ctx: Ctx) {
  if (!canManageShopSettings(ctx.member)) throw platformError("NO_SETTINGS_PERMISSION");
}

/** The secret itself, for the owner to copy into the platform's console. A mutation: never cached as a query. */
export async function revealSecret(db: DbOrTx, ctx: Ctx) {
  assertCanManage(ctx);
  const { secret } = await shopOf(db, ctx.shopId);
  return { secret, fingerprint: secretFingerprint(secret) };
}

/**
 * Replaces the secret when it is still the one the page showed (its fingerprint); else SECRET_STALE and nothing
 * changes. The webhook verifies with the new secret from the next request on: the old one is refused at once.
 */
export async function rotateSecret(db: Db, ctx: ActingCtx, raw: RotateSecretInput) {
  assertCanManage(ctx);
  const input = parseInput(rotateSecretInput, raw);
  const secret = generateConnectorSecret();
  await db.transaction(async (tx) => {
    const [shop] = await tx
      .select({ secret: shops.connectorSecret })
      .from(shops)
      .where(eq(shops.id, ctx.shopId))
      .for("update");
    if (!shop) throw new DomainError("NOT_FOUND", "店铺不存在");
    if (secretFingerprint(shop.secret) !== input.fingerprint) throw platformError("SECRET_STALE");
    await tx.update(shops).set({ connectorSecret: secret }).where(eq(shops.id, ctx.shopId));
    // The fingerprints only (what the page shows everyone), never the secret.
    await recordSettingsChange(tx, {
      shopId: ctx.shopId,
      actor: actorOf(ctx.member),
      area: "platform",
      action: "platform.rotate_secret",
      summary: describeSecretRotated(),
      data: { before: { fingerprint: input.fingerprint }, after: { fingerprint: secretFingerprint(secret) } },
    });
  });
  // After the commit: a lookup that starts now reads the new secret (shop-secrets.ts, this process at once).
  forgetShopSecrets();
  forgetMemberships();
  return { secret, fingerprint: secretFingerprint(secret) };
}
