// Webhook ingestion over real HTTP: the platform-events route handler behind a node:http server,
// 20 concurrent senders of signed events; then every event must be applied exactly once.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq, isNull, like, sql } from "drizzle-orm";
import { POST } from "../../app/api/platform/events/route";
import type { Db } from "../../db/client";
import { orders, platformEvents } from "../../db/schema";
import { processingSettled } from "../../server/platform/kick";
import { processPendingEvents } from "../../server/platform/process";
import { signedHeaders } from "../../server/platform/signature";

export type IngestResult = {
  events: number;
  seconds: number;
  perSecond: number;
  appliedOnce: boolean;
  applySeconds: number;
};

function serve(): Promise<{ url: string; close: () => void }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const response = await POST(
      new Request(`http://bench.local${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }),
    );
    res.writeHead(response.status, { "content-type": "application/json" });
    res.end(await response.text());
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    ),
  );
}

export async function benchIngest(db: Db, shop: { id: string; secret: string }, total: number): Promise<IngestResult> {
  const { url, close } = await serve();
  const run = Date.now().toString(36);
  const senders = 20;
  const per = Math.ceil(total / senders);
  const agent = { keepalive: true };
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: senders }, async (_, s) => {
      for (let i = 0; i < per; i++) {
        const n = `${run}_${s}_${i}`;
        const now = new Date().toISOString();
        const raw = JSON.stringify({
          id: `ing_${n}`,
          shopId: shop.id,
          type: "order.created",
          occurredAt: now,
          data: {
            order: { id: `ing_o_${n}`, paidFen: 9900, paidAt: now, promisedShipBy: now },
            buyer: { id: `${shop.id}_b1`, nick: "买家1" },
            items: [
              {
                product: { id: `${shop.id}_p1`, title: "压测商品 1", category: "服饰" },
                sku: { id: `${shop.id}_s1`, spec: "标准", priceFen: 9900 },
                qty: 1,
                unitPriceFen: 9900,
              },
            ],
          },
        });
        const r = await fetch(`${url}/api/platform/events`, {
          method: "POST",
          headers: { "content-type": "application/json", ...signedHeaders(shop.secret, raw) },
          body: raw,
          ...agent,
        });
        if (r.status !== 202) throw new Error(`ingest answered ${r.status}: ${await r.text()}`);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  close();
  // Then apply everything (the route already started in-process processing) and check exactly once.
  const t1 = performance.now();
  await processingSettled();
  for (;;) {
    const rs = await Promise.all([
      processPendingEvents(db, { limit: 5000 }),
      processPendingEvents(db, { limit: 5000 }),
    ]);
    if (rs.every((r) => r.processed + r.failed === 0)) break;
  }
  const applySeconds = (performance.now() - t1) / 1000;
  const events = per * senders;
  const [stored] = await db
    .select({
      n: sql<number>`count(*)::int`,
      bad: sql<number>`count(*) filter (where processed_at is null or error is not null)::int`,
    })
    .from(platformEvents)
    .where(and(eq(platformEvents.shopId, shop.id), like(platformEvents.id, `ing_${run}_%`)));
  const [made] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orders)
    .where(and(eq(orders.shopId, shop.id), like(orders.id, `ing_o_${run}_%`)));
  const [pending] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(platformEvents)
    .where(isNull(platformEvents.processedAt));
  return {
    events,
    seconds,
    perSecond: events / seconds,
    applySeconds,
    appliedOnce: stored?.n === events && stored?.bad === 0 && made?.n === events && pending?.n === 0,
  };
}
