// Webhooks never reach the server's own network outside sandbox mode: not by an IP literal in any spelling
// (IPv4-mapped IPv6, decimal, hex), not by a name that resolves to an internal address — checked when the URL is
// registered and again on the connection of every send.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { webhookDeliveries } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { approve } from "../tickets/actions/approve";
import { createOrder, createShop, createTicket, ctxOf, type ShopFixture } from "../tickets/actions/test-fixtures";
import { InternalAddressError, isInternalAddress, publicOnlyLookup } from "./address";
import { deliverDue } from "./deliver";
import { checkWebhookUrl, createWebhookEndpoint, removeWebhookEndpoint } from "./endpoints";
import { fanOutTicketEvents } from "./fanout";

const { db } = await useTestDb();
let hits = 0;
const receiver = createServer(async (req, res) => {
  for await (const _ of req) {
  }
  hits++;
  res.writeHead(200).end("ok");
});
let port = 0;
let f: ShopFixture;
const owner = () => ({ shopId: f.shopId, member: { ...f.owner, canManageSettings: true } });

beforeAll(async () => {
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  port = (receiver.address() as AddressInfo).port;
  f = await createShop(db);
  await fanOutTicketEvents(db);
});
afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

describe("registration", () => {
  test.each([
    "http://[::ffff:127.0.0.1]/x",
    "http://[::ffff:7f00:1]/x",
    "http://[::ffff:10.0.0.1]/x",
    "http://[::]/x",
    "http://[::127.0.0.1]/x",
    "http://[fd12::1]/x",
    "http://[fe80::1]/x",
    "http://0x7f.1/x",
    "http://2130706433/x",
    "http://0/x",
    "http://100.64.1.1/x",
    "http://172.31.255.1/x",
    "http://localhost./x",
    "http://metadata.google.internal/x",
    "http://intranet/x",
  ])("%s is refused outside sandbox mode", (url) => {
    expect(() => checkWebhookUrl(url, false)).toThrow("内网");
  });

  test("public addresses and names pass", () => {
    for (const url of ["https://erp.example.com/hooks", "http://8.8.8.8/x", "http://[2001:4860:4860::8888]/x"]) {
      expect(checkWebhookUrl(url, false)).toBe(new URL(url).toString());
    }
    expect(isInternalAddress("172.32.0.1")).toBe(false);
    expect(isInternalAddress("::ffff:8.8.8.8")).toBe(false);
  });
});

describe("at send time", () => {
  test("a name resolving to loopback is refused by the lookup itself", async () => {
    const err = await new Promise<Error | null>((resolve) => publicOnlyLookup("localhost", {}, (e) => resolve(e)));
    expect(err).toBeInstanceOf(InternalAddressError);
  });

  test("deliveries to a loopback name or literal are refused unless internal receivers are allowed", async () => {
    // Registered in sandbox mode (allowed), then sent as a real deployment would: refused, the receiver sees nothing.
    const byName = await createWebhookEndpoint(db, owner(), {
      url: `http://localhost:${port}/hook`,
      events: ["ticket.refunded"],
    });
    const byLiteral = await createWebhookEndpoint(db, owner(), {
      url: `http://[::ffff:127.0.0.1]:${port}/hook`,
      events: ["ticket.refunded"],
    });
    const t = await createTicket(db, f, await createOrder(db, f));
    await approve(db, ctxOf(f.handler), { ticketId: t.id, version: t.version });
    await fanOutTicketEvents(db);
    expect(await deliverDue(db, { backoffMs: () => 0, allowInternal: false })).toBe(2);
    expect(hits).toBe(0);
    const rows = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.shopId, f.shopId));
    expect(rows).toHaveLength(2);
    for (const d of rows) {
      expect(d).toMatchObject({ status: "pending", lastStatusCode: null });
      expect(d.lastError).toContain("内网或本机地址");
    }
    // The sandbox's own allowance (tests, demo) still delivers to a local receiver.
    expect(await deliverDue(db, { backoffMs: () => 0, allowInternal: true })).toBe(2);
    expect(hits).toBe(2);
    await removeWebhookEndpoint(db, owner(), { id: byName.id });
    await removeWebhookEndpoint(db, owner(), { id: byLiteral.id });
  });
});
