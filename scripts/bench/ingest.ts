// Webhook ingestion over real HTTP: the platform-events route handler behind a node:http server,
// 20 concurrent senders of signed events (on their own thread); then every event must be applied exactly once.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
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

// The senders stand in for the platform, so they run on their own thread (as the platform's machines would be
// elsewhere): the measured process only serves. Plain JS, evaluated in a worker; node:http with keep-alive.
const sendersSource = `
const { parentPort, workerData } = require("node:worker_threads");
const { Agent, request } = require("node:http");
const { url, lanes } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: lanes.length });
const endpoint = new URL(url);
function post(r) {
  return new Promise((resolve, reject) => {
    const req = request(endpoint, { method: "POST", agent, headers: { ...r.headers, "content-length": Buffer.byteLength(r.body) } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => { text += c; });
      res.on("end", () => resolve({ status: res.statusCode, text }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(r.body);
  });
}
const t0 = performance.now();
Promise.all(lanes.map(async (lane) => {
  for (const r of lane) {
    const a = await post(r);
    if (a.status !== 202) throw new Error("ingest answered " + a.status + ": " + a.text);
  }
})).then(
  () => { agent.destroy(); parentPort.postMessage({ ms: performance.now() - t0 }); },
  (e) => { agent.destroy(); parentPort.postMessage({ error: String(e && e.message || e) }); },
);
`;

type Signed = { headers: Record<string, string>; body: string };

/** Sends every lane's requests in order, the lanes concurrently, from a worker thread; answers the wall time. */
function sendFromWorker(url: string, lanes: Signed[][]): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = new Worker(sendersSource, { eval: true, workerData: { url, lanes } });
    w.once("message", (m: { ms?: number; error?: string }) => {
      void w.terminate();
      if (m.error) reject(new Error(m.error));
      else resolve(m.ms ?? 0);
    });
    w.once("error", reject);
  });
}

export async function benchIngest(db: Db, shop: { id: string; secret: string }, total: number): Promise<IngestResult> {
  const { url, close } = await serve();
  const run = Date.now().toString(36);
  const senders = 20;
  const per = Math.ceil(total / senders);
  // Signed ahead (each within the signature's time window): the platform's cost, not the server's.
  const lanes: Signed[][] = Array.from({ length: senders }, (_, s) =>
    Array.from({ length: per }, (_, i) => {
      const n = `${run}_${s}_${i}`;
      const now = new Date().toISOString();
      const body = JSON.stringify({
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
      return { headers: { "content-type": "application/json", ...signedHeaders(shop.secret, body) }, body };
    }),
  );
  const cpu0 = process.cpuUsage();
  const sentMs = await sendFromWorker(`${url}/api/platform/events`, lanes);
  const seconds = sentMs / 1000;
  const cpu = process.cpuUsage(cpu0);
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
  const cpuPerEvent = (cpu.user + cpu.system) / 1000 / (per * senders);
  console.log(
    `[bench] ingest: ${per * senders} accepted in ${seconds.toFixed(1)} s (${cpuPerEvent.toFixed(2)} ms CPU per event in this process, the senders' thread included); applied in a further ${applySeconds.toFixed(1)} s`,
  );
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
