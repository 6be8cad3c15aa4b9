// 设置 → 平台连接 through the real tRPC router and the real webhook over HTTP: the connection every member sees, the
// secret only the owner and 设置权限 reveal, rotation that the webhook honours at once (the old secret refused, the new
// one accepted), a stale rotation refused, and permissions; another shop's member gets only their own shop.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members, shops } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { routerCaller, trpcError } from "../../tests/trpc";
import { forgetMemberships } from "../members/membership-cache";
import { createShop, type ShopFixture } from "../tickets/actions/test-fixtures";
import { platformWebhookPath, secretFingerprint } from "./connection";
import { processingSettled } from "./kick";
import { sendEvent } from "./sandbox-client";
import { ev, orderCreatedData, startWebhookServer } from "./testing";

const { db } = await useTestDb();
const caller = await routerCaller(db);
const as = (f: ShopFixture, m: ShopFixture["owner"]) => caller(m.userId, f.shopId);
const secretOf = async (shopId: string) =>
  (await db.select({ s: shops.connectorSecret }).from(shops).where(eq(shops.id, shopId)))[0]?.s;

let webhook: Awaited<ReturnType<typeof startWebhookServer>>;
let baseUrl = "";
beforeAll(async () => {
  webhook = await startWebhookServer();
  baseUrl = webhook.url;
});
afterAll(async () => {
  await processingSettled();
  await webhook.close();
});

describe("the connection", () => {
  it("every member sees mode, webhook address and the secret's fingerprint, never the secret", async () => {
    const f = await createShop(db);
    const seen = await as(f, f.viewer).platformConnection.get();
    expect(seen).toEqual({
      mode: "sandbox",
      shopId: f.shopId,
      webhookUrl: `http://localhost:3000${platformWebhookPath}`,
      timestampHeader: "x-platform-timestamp",
      signatureHeader: "x-platform-signature",
      maxClockSkewMinutes: 5,
      fingerprint: secretFingerprint("test-secret-0123456789"),
      canManage: false,
    });
    expect(JSON.stringify(seen)).not.toContain("test-secret-0123456789");
    expect((await as(f, f.owner).platformConnection.get()).canManage).toBe(true);
    // A shop connected to the real platform is not played by the sandbox.
    await db.update(shops).set({ sandbox: false }).where(eq(shops.id, f.shopId));
    expect((await as(f, f.owner).platformConnection.get()).mode).toBe("platform");
  });

  it("reveals the secret to the owner and 设置权限 only; others are FORBIDDEN with a clear message", async () => {
    const f = await createShop(db);
    expect(await as(f, f.owner).platformConnection.revealSecret()).toEqual({
      secret: "test-secret-0123456789",
      fingerprint: secretFingerprint("test-secret-0123456789"),
    });
    for (const m of [f.viewer, f.handler, f.lead]) {
      const e = await trpcError(as(f, m).platformConnection.revealSecret());
      expect(e.code).toBe("FORBIDDEN");
      expect(e.message).toBe("只有店主或有设置权限的成员可以查看或更换签名密钥、重试平台事件");
      const r = await trpcError(as(f, m).platformConnection.rotateSecret({ fingerprint: secretFingerprint("x") }));
      expect(r.code).toBe("FORBIDDEN");
    }
    expect(await secretOf(f.shopId)).toBe("test-secret-0123456789");
    await db.update(members).set({ canManageSettings: true }).where(eq(members.id, f.viewer.id));
    forgetMemberships();
    expect((await as(f, f.viewer).platformConnection.revealSecret()).secret).toBe("test-secret-0123456789");
  });
});

describe("rotation", () => {
  it("takes effect for the webhook at once: the old secret is refused, the new one accepted (real HTTP)", async () => {
    const f = await createShop(db);
    const old = { id: f.shopId, connectorSecret: "test-secret-0123456789" };
    // Deliveries before the rotation warm the webhook's secret cache with the old secret.
    expect((await sendEvent(baseUrl, old, ev(old, "order.created", orderCreatedData("o_before")))).status).toBe(202);

    const { fingerprint } = await as(f, f.owner).platformConnection.get();
    const rotated = await as(f, f.owner).platformConnection.rotateSecret({ fingerprint });
    expect(rotated.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(rotated.fingerprint).toBe(secretFingerprint(rotated.secret));
    expect(await secretOf(f.shopId)).toBe(rotated.secret);

    const refused = await sendEvent(baseUrl, old, ev(old, "order.created", orderCreatedData("o_old_secret")));
    expect(refused.status).toBe(401);
    const fresh = { id: f.shopId, connectorSecret: rotated.secret };
    expect((await sendEvent(baseUrl, fresh, ev(fresh, "order.created", orderCreatedData("o_new_secret")))).status).toBe(
      202,
    );
    expect((await as(f, f.viewer).platformConnection.get()).fingerprint).toBe(rotated.fingerprint);
  });

  it("a rotation from a stale page is refused (已被他人修改) and changes nothing", async () => {
    const f = await createShop(db);
    await db.update(members).set({ canManageSettings: true }).where(eq(members.id, f.handler.id));
    const { fingerprint } = await as(f, f.owner).platformConnection.get();
    const first = await as(f, f.owner).platformConnection.rotateSecret({ fingerprint });
    const stale = await trpcError(as(f, f.handler).platformConnection.rotateSecret({ fingerprint }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/^已被他人修改/);
    expect(await secretOf(f.shopId)).toBe(first.secret);
    // At the same time: one rotates, the other is told.
    const g = await createShop(db);
    await db.update(members).set({ canManageSettings: true }).where(eq(members.id, g.handler.id));
    const seen = (await as(g, g.owner).platformConnection.get()).fingerprint;
    const both = await Promise.allSettled([
      as(g, g.owner).platformConnection.rotateSecret({ fingerprint: seen }),
      as(g, g.handler).platformConnection.rotateSecret({ fingerprint: seen }),
    ]);
    const won = both.filter((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ secret: string }>[];
    expect(won).toHaveLength(1);
    expect(both.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await secretOf(g.shopId)).toBe(won[0]?.value.secret);
  });

  it("bad input is refused and changes nothing; another shop's member rotates only their own shop", async () => {
    const f = await createShop(db);
    const g = await createShop(db);
    const bad = await trpcError(as(f, f.owner).platformConnection.rotateSecret({ fingerprint: "not-hex!" }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(await secretOf(f.shopId)).toBe("test-secret-0123456789");
    // g's owner with f's fingerprint: judged against g's own secret (the session's shop), which it matches —
    // so g's secret changes and f's does not.
    await as(g, g.owner).platformConnection.rotateSecret({ fingerprint: secretFingerprint("test-secret-0123456789") });
    expect(await secretOf(f.shopId)).toBe("test-secret-0123456789");
    expect(await secretOf(g.shopId)).not.toBe("test-secret-0123456789");
    expect((await caller(g.owner.userId, f.shopId).platformConnection.get()).shopId).toBe(g.shopId);
  });
});
