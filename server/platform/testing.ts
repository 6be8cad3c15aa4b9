// Test fixtures for the platform connector: a shop with settings, event builders and in-process delivery.
// Used by server/platform/*.test.ts only; events go through ingestEvent + processPendingEvents like real ones.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { POST } from "../../app/api/platform/events/route";
import type { Db } from "../../db/client";
import { platformEvents, shopSettings, shops, tickets } from "../../db/schema";
import type { Ticket } from "../tickets/transition";
import type { PlatformEventInput } from "./events";
import { ingestEvent } from "./ingest";
import { processPendingEvents } from "./process";
import { signedHeaders } from "./signature";

export type TestShop = { id: string; connectorSecret: string };

export async function createTestShop(db: Db, over: Partial<typeof shops.$inferInsert> = {}): Promise<TestShop> {
  const id = over.id ?? `shop_${randomUUID().slice(0, 8)}`;
  const connectorSecret = over.connectorSecret ?? `secret_${randomUUID()}`;
  await db.insert(shops).values({ name: "测试小店", ...over, id, connectorSecret });
  await db.insert(shopSettings).values({ shopId: id });
  return { id, connectorSecret };
}

export const T0 = new Date("2025-03-01T02:00:00.000Z");
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000).toISOString();

type Input<T extends PlatformEventInput["type"]> = Extract<PlatformEventInput, { type: T }>;
type DataIn<T extends PlatformEventInput["type"]> = Input<T>["data"];

/** Builds an event envelope for `shop`; `minutes` after T0 is its occurredAt. */
export function ev<T extends PlatformEventInput["type"]>(
  shop: TestShop,
  type: T,
  data: DataIn<T>,
  minutes = 0,
  id = `evt_${randomUUID()}`,
): Input<T> {
  return { id, shopId: shop.id, type, occurredAt: at(minutes), data } as Input<T>;
}

export function orderCreatedData(orderId: string, over: { paidFen?: number; buyerId?: string } = {}) {
  const paidFen = over.paidFen ?? 19_900;
  return {
    order: { id: orderId, paidFen, paidAt: at(-60), promisedShipBy: at(48 * 60) },
    buyer: { id: over.buyerId ?? `b_${orderId}`, nick: "小鹿乱撞_88" },
    items: [
      {
        product: {
          id: `p_${orderId}`,
          title: "法式碎花连衣裙",
          category: "服饰",
          imageUrl: "https://img.example.com/d.jpg",
        },
        sku: { id: `s_${orderId}`, spec: "M 码 / 蓝色", priceFen: paidFen },
        qty: 1,
        unitPriceFen: paidFen,
      },
    ],
  } satisfies DataIn<"order.created">;
}

export function appliedData(orderId: string, externalId: string, over: Partial<DataIn<"ticket.applied">> = {}) {
  return {
    externalId,
    orderId,
    type: "refund_only",
    reason: "no_longer_wanted",
    requestedFen: 19_900,
    statement: "不想要了",
    appliedAt: at(0),
    ...over,
  } satisfies DataIn<"ticket.applied">;
}

/** Signs and ingests in-process (no HTTP); answers the ingest status. */
export async function deliver(db: Db, shop: TestShop, event: PlatformEventInput): Promise<number> {
  const raw = JSON.stringify(event);
  const res = await ingestEvent(db, shop.id, raw, signedHeaders(shop.connectorSecret, raw));
  return res.status;
}

/** Delivers the events in order, then processes everything pending. */
export async function deliverAll(db: Db, shop: TestShop, events: PlatformEventInput[]) {
  for (const e of events) await deliver(db, shop, e);
  return processPendingEvents(db, { limit: 10_000 });
}

export async function ticketOf(db: Db, shop: TestShop, externalId: string): Promise<Ticket> {
  const [t] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.shopId, shop.id), eq(tickets.externalId, externalId)));
  if (!t) throw new Error(`no ticket ${externalId}`);
  return t;
}

/** Test setup only: puts a ticket straight into a state the merchant's actions would lead to. */
export async function forceTicket(db: Db, id: number, set: Partial<Ticket>) {
  await db.update(tickets).set(set).where(eq(tickets.id, id));
}

export async function eventErrors(db: Db): Promise<{ id: string; error: string | null }[]> {
  return db
    .select({ id: platformEvents.id, error: platformEvents.error })
    .from(platformEvents)
    .orderBy(platformEvents.seq);
}

/** The webhook route behind a bare HTTP server: real sockets, real headers. */
export async function startWebhookServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const answer = await POST(
      new Request(`http://localhost${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) }),
    );
    res.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
