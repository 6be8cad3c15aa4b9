// A delivery being sent right now (the 发送测试 request, or a worker's claim) is never sent a second time alongside:
// the worker skips it and 立即重试 is refused until it is answered. CI once saw a test ping delivered twice.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { webhookDeliveries } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { createShop, domainError } from "../tickets/actions/test-fixtures";
import { deliverDue } from "./deliver";
import { redeliver, sendTestDelivery } from "./deliveries";
import { createWebhookEndpoint, removeWebhookEndpoint } from "./endpoints";

const { db } = await useTestDb();

test("a delivery being sent is neither claimed by the worker nor retried alongside: the URL gets it once", async () => {
  const f = await createShop(db);
  const owner = { shopId: f.shopId, member: { ...f.owner, canManageSettings: true } };
  // The receiver holds its answer while the worker and 立即重试 try the same row.
  let requests = 0;
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  const slow = createServer(async (req, res) => {
    for await (const _ of req) {
    }
    requests++;
    await held;
    res.writeHead(200).end("ok");
  });
  await new Promise<void>((r) => slow.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/hooks/slow`;
  const ep = await createWebhookEndpoint(db, owner, { url, events: ["ticket.created"] });
  const ping = sendTestDelivery(db, owner, { id: ep.id });
  while (requests === 0) await new Promise((r) => setTimeout(r, 10));
  const [d] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, ep.id));
  expect(await deliverDue(db, { backoffMs: () => 0 })).toBe(0);
  const busy = await domainError(redeliver(db, owner, { id: d?.id ?? 0 }));
  expect(busy).toMatchObject({ code: "ACTION_NOT_ALLOWED", details: { reason: "DELIVERY_IN_FLIGHT" } });
  release();
  expect(await ping).toMatchObject({ ok: true, statusCode: 200 });
  expect(requests).toBe(1);
  const [after] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, ep.id));
  expect(after).toMatchObject({ status: "delivered", attempts: 1 });
  await new Promise<void>((r) => slow.close(() => r()));
  await removeWebhookEndpoint(db, owner, { id: ep.id });
});
