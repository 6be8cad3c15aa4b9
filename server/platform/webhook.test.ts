// POST /api/platform/events through the real route handler, real Request objects and a real database.
import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { POST } from "../../app/api/platform/events/route";
import { orders, platformEvents, ticketEvents, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import type { PlatformEventInput } from "./events";
import { processingSettled } from "./kick";
import { processPendingEvents } from "./process";
import { sendEvent } from "./sandbox-client";
import { sign, signedHeaders } from "./signature";
import { appliedData, createTestShop, ev, orderCreatedData, startWebhookServer, type TestShop } from "./testing";

const { db } = await useTestDb();
let shop: TestShop;
beforeAll(async () => {
  shop = await createTestShop(db);
});

function post(raw: string, headers: Record<string, string>) {
  return POST(
    new Request("http://localhost/api/platform/events", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: raw,
    }),
  );
}
const signedPost = (event: unknown, secret = shop.connectorSecret) => {
  const raw = typeof event === "string" ? event : JSON.stringify(event);
  return post(raw, signedHeaders(secret, raw));
};
async function stored(id: string) {
  const [r] = await db.select({ n: count() }).from(platformEvents).where(eq(platformEvents.id, id));
  return r?.n ?? 0;
}

describe("replay", () => {
  test("a new event is stored and answered 202; the same id again is 200 and applies once", async () => {
    const created = ev(shop, "order.created", orderCreatedData("o_replay"));
    expect((await signedPost(created)).status).toBe(202);
    const applied = ev(shop, "ticket.applied", appliedData("o_replay", "rf_replay"));
    const first = await signedPost(applied);
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ id: applied.id, status: "accepted" });
    const again = await signedPost(applied);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id: applied.id, status: "duplicate" });
    expect(await stored(applied.id)).toBe(1);

    await processingSettled();
    await processPendingEvents(db);
    const rows = await db.select().from(tickets).where(eq(tickets.externalId, "rf_replay"));
    expect(rows).toHaveLength(1);
    const timeline = await db
      .select()
      .from(ticketEvents)
      .where(eq(ticketEvents.ticketId, rows[0]?.id ?? -1));
    expect(timeline.map((t) => t.action)).toEqual(["apply"]);
  });

  test("a second application event with the same externalId creates no second ticket", async () => {
    await signedPost(ev(shop, "ticket.applied", appliedData("o_replay", "rf_replay")));
    await processingSettled();
    await processPendingEvents(db);
    const rows = await db.select().from(tickets).where(eq(tickets.externalId, "rf_replay"));
    expect(rows).toHaveLength(1);
  });
});

describe("stored raw, idempotent per shop (SPEC §7)", () => {
  test("the stored raw_body is the request body exactly as sent", async () => {
    const e = ev(shop, "order.created", orderCreatedData("o_raw"));
    // Whitespace, key order and an escaped character: everything jsonb would normalise away.
    const raw = `{ "type":"order.created",\n  "id": "${e.id}", "shopId" : "${shop.id}",\n  "occurredAt": "${e.occurredAt}",
  "data": ${JSON.stringify(e.data, null, 4).replace("小鹿乱撞_88", "\\u5c0f鹿乱撞_88")} }\r\n`;
    expect((await signedPost(raw)).status).toBe(202);
    const [row] = await db
      .select({ rawBody: platformEvents.rawBody, payload: platformEvents.payload })
      .from(platformEvents)
      .where(and(eq(platformEvents.shopId, shop.id), eq(platformEvents.id, e.id)));
    expect(row?.rawBody).toBe(raw);
    expect(Buffer.from(row?.rawBody ?? "", "utf8").equals(Buffer.from(raw, "utf8"))).toBe(true);
    expect(row?.payload).toMatchObject({ id: e.id, data: { buyer: { nick: "小鹿乱撞_88" } } });
  });

  test("two shops may use the same event id: both are applied; each shop's replay is still 200", async () => {
    const other = await createTestShop(db);
    const id = `evt_shared_${randomUUID()}`;
    const mine = ev(shop, "order.created", orderCreatedData("o_shared_a"), 0, id);
    const theirs = ev(other, "order.created", orderCreatedData("o_shared_b"), 0, id);
    expect((await signedPost(mine)).status).toBe(202);
    expect((await signedPost(theirs, other.connectorSecret)).status).toBe(202);
    expect((await signedPost(mine)).status).toBe(200);
    const replay = await signedPost(theirs, other.connectorSecret);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ id, status: "duplicate" });
    expect(await stored(id)).toBe(2);
    await processingSettled();
    await processPendingEvents(db);
    const applied = await db.select({ id: orders.id, shopId: orders.shopId }).from(orders);
    expect(applied).toEqual(
      expect.arrayContaining([
        { id: "o_shared_a", shopId: shop.id },
        { id: "o_shared_b", shopId: other.id },
      ]),
    );
    const errors = await db
      .select({ error: platformEvents.error })
      .from(platformEvents)
      .where(eq(platformEvents.id, id));
    expect(errors).toEqual([{ error: null }, { error: null }]);
  });
});

describe("authentication", () => {
  const event = () => ev(shop, "order.created", orderCreatedData("o_auth"));

  test("a signature made with another secret is 401 and stores nothing", async () => {
    const e = event();
    const res = await signedPost(e, "not-the-secret");
    expect(res.status).toBe(401);
    expect((await res.json()).error).toMatchObject({ code: "UNAUTHORIZED", field: "x-platform-signature" });
    expect(await stored(e.id)).toBe(0);
  });

  test("a missing signature or timestamp is 401", async () => {
    const raw = JSON.stringify(event());
    expect((await post(raw, {})).status).toBe(401);
    const ts = String(Math.floor(Date.now() / 1000));
    expect((await post(raw, { "x-platform-timestamp": ts })).status).toBe(401);
  });

  test("a body changed after signing is 401", async () => {
    const raw = JSON.stringify(event());
    const headers = signedHeaders(shop.connectorSecret, raw);
    expect((await post(raw.replace("19900", "1"), headers)).status).toBe(401);
  });

  test("a timestamp more than 5 minutes old (or ahead) is 401, even with a valid signature", async () => {
    for (const offset of [-301, 301]) {
      const e = event();
      const raw = JSON.stringify(e);
      const ts = Math.floor(Date.now() / 1000) + offset;
      const res = await post(raw, {
        "x-platform-timestamp": String(ts),
        "x-platform-signature": sign(shop.connectorSecret, ts, raw),
      });
      expect(res.status).toBe(401);
      expect((await res.json()).error.field).toBe("x-platform-timestamp");
      expect(await stored(e.id)).toBe(0);
    }
  });
});

describe("bad input is 400 and names the field", () => {
  async function expect400(body: unknown, field: string) {
    const res = await signedPost(body);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error).toMatchObject({ code: "INVALID_INPUT", field });
    expect(json.error.message).toContain(field);
  }

  test("malformed JSON", () => expect400("{not json", "body"));
  test("not an object", () => expect400("[1,2]", "body"));
  test("unknown type", () =>
    expect400({ ...ev(shop, "order.created", orderCreatedData("o_x")), type: "order.teleported" }, "type"));
  test("unknown shop", () =>
    expect400({ ...ev(shop, "order.created", orderCreatedData("o_x")), shopId: "no_such_shop" }, "shopId"));
  test("missing shop", () => expect400({ id: "e1", type: "order.created" }, "shopId"));
  test("missing id", () => {
    const { id: _id, ...rest } = ev(shop, "order.created", orderCreatedData("o_x"));
    return expect400(rest, "id");
  });
  test("bad occurredAt", () =>
    expect400({ ...ev(shop, "order.created", orderCreatedData("o_x")), occurredAt: "yesterday" }, "occurredAt"));
  test("a data field of the wrong type", () => {
    const data = orderCreatedData("o_x") as unknown as { order: Record<string, unknown> };
    data.order.paidFen = "199.00";
    return expect400(ev(shop, "order.created", data as never), "data.order.paidFen");
  });
  test("an unknown enum value deep inside data", () =>
    expect400(ev(shop, "ticket.applied", { ...appliedData("o_x", "r_x"), reason: "bored" as never }), "data.reason"));
  test("a NUL character in a text field (PostgreSQL text cannot hold it)", () =>
    expect400(ev(shop, "ticket.applied", { ...appliedData("o_x", "r_x"), statement: "坏了\u0000" }), "data.statement"));
  test("nothing was stored for any of them", async () => {
    const rows = await db.select({ id: platformEvents.id, type: platformEvents.type }).from(platformEvents);
    expect(rows.every((r) => r.type !== "order.teleported")).toBe(true);
    expect(rows.find((r) => r.id === "e1")).toBeUndefined();
  });
});

test("an event signed for one shop cannot be replayed under another shop's name", async () => {
  const other = await createTestShop(db);
  const e: PlatformEventInput = ev(other, "order.created", orderCreatedData("o_cross"));
  const res = await signedPost(e, shop.connectorSecret);
  expect(res.status).toBe(401);
});

test("sendEvent signs and POSTs over real HTTP to the webhook", async () => {
  const server = await startWebhookServer();
  try {
    const baseUrl = server.url;
    const e = ev(shop, "order.created", orderCreatedData("o_http"));
    expect(await sendEvent(baseUrl, shop, e)).toEqual({ status: 202, body: { id: e.id, status: "accepted" } });
    expect((await sendEvent(baseUrl, shop, e)).status).toBe(200);
    expect((await sendEvent(baseUrl, { ...shop, connectorSecret: "wrong" }, e)).status).toBe(401);
  } finally {
    await processingSettled();
    await server.close();
  }
});
