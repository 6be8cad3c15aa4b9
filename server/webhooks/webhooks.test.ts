// Outbound webhooks against a real local receiver (node:http) and a real Postgres: timeline events fan out to the
// subscribed URLs only, a late-committing transaction is not skipped, deliveries are signed like the inbound
// platform webhook and retried with backoff after a failure.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { ticketEvents, webhookDeliveries } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { verify } from "../platform/signature";
import { approve } from "../tickets/actions/approve";
import { requestEvidence } from "../tickets/actions/request-evidence";
import { tag } from "../tickets/actions/tag";
import {
  createOrder,
  createShop,
  createTicket,
  ctxOf,
  domainError,
  type ShopFixture,
} from "../tickets/actions/test-fixtures";
import { backoffMs, deliverDue, webhookHeaders } from "./deliver";
import { listDeliveries, redeliver, sendTestDelivery } from "./deliveries";
import { checkWebhookUrl, createWebhookEndpoint, listWebhookEndpoints, removeWebhookEndpoint } from "./endpoints";
import { fanOutTicketEvents } from "./fanout";
import { openApiWorkerTask } from "./task";

const { db } = await useTestDb();

type Received = { headers: IncomingHttpHeaders; body: string };
const received: Received[] = [];
let answers: number[] = [];
const receiver = createServer(async (req, res) => {
  let body = "";
  for await (const c of req) body += c;
  received.push({ headers: req.headers, body });
  res.writeHead(answers.shift() ?? 200).end("ok");
});
let receiverUrl: string;

let f: ShopFixture;
let other: ShopFixture;
const owner = (s: ShopFixture) => ({ shopId: s.shopId, member: { ...s.owner, canManageSettings: true } });
const ticketIn = async (s: ShopFixture, over: Parameters<typeof createTicket>[3] = {}) =>
  createTicket(db, s, await createOrder(db, s), over);
const deliveriesOf = (endpointId: string) =>
  db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(webhookDeliveries.id);
const instant = { backoffMs: () => 0 };

beforeAll(async () => {
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/shouhou`;
  f = await createShop(db);
  other = await createShop(db);
  // Settle the fan-out's starting point before any endpoint exists.
  await fanOutTicketEvents(db);
});
afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

describe("endpoints", () => {
  test("the owner registers a URL; the secret is shown once and never listed", async () => {
    const ep = await createWebhookEndpoint(db, owner(f), { url: `${receiverUrl}?a=1`, events: ["ticket.refunded"] });
    expect(ep.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    const listed = await listWebhookEndpoints(db, owner(f));
    expect(listed.find((e) => e.id === ep.id)).toMatchObject({
      url: `${receiverUrl}?a=1`,
      events: ["ticket.refunded"],
    });
    expect(JSON.stringify(listed)).not.toContain(ep.secret);
    await removeWebhookEndpoint(db, owner(f), { id: ep.id });
    expect((await listWebhookEndpoints(db, owner(f))).find((e) => e.id === ep.id)).toBeUndefined();
  });

  test("bad URLs, no events and non-owners are refused", async () => {
    for (const url of ["not a url", "ftp://example.com/x", "https://user:pw@example.com/x"]) {
      const e = await domainError(createWebhookEndpoint(db, owner(f), { url, events: ["ticket.created"] }));
      expect(e).toMatchObject({ code: "INVALID_INPUT", details: { field: "url" } });
    }
    const none = await domainError(createWebhookEndpoint(db, owner(f), { url: receiverUrl, events: [] }));
    expect(none.details.field).toBe("events");
    const lead = { shopId: f.shopId, member: f.lead };
    expect(
      (await domainError(createWebhookEndpoint(db, lead, { url: receiverUrl, events: ["ticket.created"] }))).code,
    ).toBe("FORBIDDEN");
  });

  test("outside sandbox mode the server's own network is off limits", () => {
    for (const url of [
      "http://localhost:3000/x",
      "http://127.0.0.1/x",
      "http://10.1.2.3/x",
      "http://192.168.0.5/x",
      "http://169.254.169.254/latest",
      "http://[::1]/x",
    ]) {
      expect(() => checkWebhookUrl(url, false), url).toThrow("内网");
    }
    expect(checkWebhookUrl("https://erp.example.com/hooks", false)).toBe("https://erp.example.com/hooks");
    expect(checkWebhookUrl("http://127.0.0.1:9/x", true)).toBe("http://127.0.0.1:9/x");
  });
});

describe("fan-out", () => {
  test("each timeline event reaches the URLs subscribed to its type, of its shop, after the URL was added", async () => {
    const before = await ticketIn(f);
    await tag(db, ctxOf(f.handler), { ticketId: before.id, version: before.version, add: ["早于推送地址"] });
    const ep = await createWebhookEndpoint(db, owner(f), {
      url: receiverUrl,
      events: ["ticket.status_changed", "ticket.refunded"],
    });
    const refunded = await ticketIn(f);
    await approve(db, ctxOf(f.handler), { ticketId: refunded.id, version: refunded.version });
    const evidence = await ticketIn(f, { reason: "quality_issue", responsibility: "merchant" });
    const r = await tag(db, ctxOf(f.handler), { ticketId: evidence.id, version: evidence.version, add: ["只是标签"] });
    await requestEvidence(db, ctxOf(f.handler), { ticketId: evidence.id, version: r.ticket.version });
    const theirs = await ticketIn(other);
    await approve(db, ctxOf(other.handler), { ticketId: theirs.id, version: theirs.version });

    expect(await fanOutTicketEvents(db)).toBeGreaterThan(0);
    const rows = await deliveriesOf(ep.id);
    expect(rows.map((d) => [d.eventType, (d.payload as { data: { ticketId: number } }).data.ticketId])).toEqual([
      ["ticket.refunded", refunded.id],
      ["ticket.status_changed", evidence.id],
    ]);
    expect(rows[0].payload).toMatchObject({
      type: "ticket.refunded",
      shopId: f.shopId,
      data: { action: "approve", fromStatus: "pending_review", toStatus: "refunded", refundFen: 9_900 },
    });
    // Read again: nothing new.
    await fanOutTicketEvents(db);
    expect(await deliveriesOf(ep.id)).toHaveLength(2);
    await removeWebhookEndpoint(db, owner(f), { id: ep.id });
  });

  test("an event committed after a higher id was read is still delivered, once the range settles", async () => {
    const ep = await createWebhookEndpoint(db, owner(f), { url: receiverUrl, events: ["ticket.updated"] });
    const t = await ticketIn(f);
    const row = (note: string) => ({
      shopId: f.shopId,
      ticketId: t.id,
      at: new Date(),
      actorKind: "agent" as const,
      actorName: "客服",
      action: "note",
      fromStatus: "pending_review" as const,
      toStatus: "pending_review" as const,
      why: note,
    });
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let slowId = 0;
    let inserted = () => {};
    const insertedYet = new Promise<void>((r) => {
      inserted = r;
    });
    const slow = db.transaction(async (tx) => {
      const [e] = await tx.insert(ticketEvents).values(row("慢事务")).returning({ id: ticketEvents.id });
      slowId = e.id;
      inserted();
      await gate;
    });
    await insertedYet;
    const [fast] = await db.insert(ticketEvents).values(row("快事务")).returning({ id: ticketEvents.id });
    expect(fast.id).toBeGreaterThan(slowId);
    await fanOutTicketEvents(db, { settleMs: 0 });
    release();
    await slow;
    const ids = async () => (await deliveriesOf(ep.id)).map((d) => d.eventId);
    expect(await ids()).toEqual([`evt_${fast.id}`]);
    // Within the settle time the range is not read again…
    await fanOutTicketEvents(db, { settleMs: 60_000 });
    expect(await ids()).toEqual([`evt_${fast.id}`]);
    // …after it, the late commit is found.
    await fanOutTicketEvents(db, { settleMs: 0 });
    expect((await ids()).sort()).toEqual([`evt_${fast.id}`, `evt_${slowId}`].sort());
    await removeWebhookEndpoint(db, owner(f), { id: ep.id });
  });
});

describe("delivery", () => {
  // Each test counts its own deliveries: settle what earlier tests left due (their URLs are removed by now).
  beforeEach(async () => {
    while ((await deliverDue(db, instant)) > 0) {}
    received.length = 0;
    answers = [];
  });

  test("signed like the inbound webhook, retried after a failure, then delivered", async () => {
    const ep = await createWebhookEndpoint(db, owner(f), { url: receiverUrl, events: ["ticket.refunded"] });
    const t = await ticketIn(f);
    await approve(db, ctxOf(f.handler), { ticketId: t.id, version: t.version });
    await fanOutTicketEvents(db);
    received.length = 0;
    answers = [500];
    expect(await deliverDue(db, instant)).toBe(1);
    let [d] = await deliveriesOf(ep.id);
    expect(d).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastError: "HTTP 500" });
    expect(await deliverDue(db, instant)).toBe(1);
    [d] = await deliveriesOf(ep.id);
    expect(d).toMatchObject({ status: "delivered", attempts: 2, lastStatusCode: 200, lastError: null });
    expect(d.deliveredAt).toBeInstanceOf(Date);

    expect(received).toHaveLength(2);
    for (const r of received) {
      const ts = String(r.headers[webhookHeaders.timestamp]);
      const sig = String(r.headers[webhookHeaders.signature]);
      expect(verify(ep.secret, ts, r.body, sig)).toBe(true);
      expect(verify("whsec_another", ts, r.body, sig)).toBe(false);
      expect(r.headers[webhookHeaders.event]).toBe("ticket.refunded");
      expect(r.headers[webhookHeaders.delivery]).toBe(String(d.id));
      expect(JSON.parse(r.body)).toMatchObject({ id: d.eventId, type: "ticket.refunded", data: { ticketId: t.id } });
    }
    await removeWebhookEndpoint(db, owner(f), { id: ep.id });
  });

  test("backoff doubles from 30 s up to 6 h, and a failed delivery waits for it", async () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(10)).toBe(30_000 * 2 ** 9);
    expect(backoffMs(20)).toBe(6 * 60 * 60_000);
    const ep = await createWebhookEndpoint(db, owner(f), { url: receiverUrl, events: ["ticket.refunded"] });
    const t = await ticketIn(f);
    await approve(db, ctxOf(f.handler), { ticketId: t.id, version: t.version });
    await fanOutTicketEvents(db);
    answers = [503];
    expect(await deliverDue(db)).toBe(1);
    const [d] = await deliveriesOf(ep.id);
    const wait = d.nextAttemptAt.getTime() - (d.lastAttemptAt?.getTime() ?? 0);
    expect(wait).toBeGreaterThan(29_000);
    expect(wait).toBeLessThan(31_000);
    expect(await deliverDue(db)).toBe(0);
    await removeWebhookEndpoint(db, owner(f), { id: ep.id });
  });

  test("after maxAttempts it is failed; 立即重试 starts a fresh round and sends now", async () => {
    const ep = await createWebhookEndpoint(db, owner(f), { url: receiverUrl, events: ["ticket.refunded"] });
    const t = await ticketIn(f);
    await approve(db, ctxOf(f.handler), { ticketId: t.id, version: t.version });
    await fanOutTicketEvents(db);
    answers = [500, 500];
    await deliverDue(db, { ...instant, maxAttempts: 2 });
    await deliverDue(db, { ...instant, maxAttempts: 2 });
    let [d] = await deliveriesOf(ep.id);
    expect(d).toMatchObject({ status: "failed", attempts: 2 });
    expect(await deliverDue(db, instant)).toBe(0);
    answers = [204];
    const result = await redeliver(db, owner(f), { id: d.id });
    expect(result).toMatchObject({ ok: true, statusCode: 204 });
    [d] = await deliveriesOf(ep.id);
    expect(d).toMatchObject({ status: "delivered", attempts: 1 });
    expect((await domainError(redeliver(db, owner(other), { id: d.id }))).code).toBe("NOT_FOUND");
    await removeWebhookEndpoint(db, owner(f), { id: ep.id });
  });

  test("an unreachable URL is recorded and retried; a removed URL gets nothing more", async () => {
    const ep = await createWebhookEndpoint(db, owner(f), {
      url: "http://127.0.0.1:9/closed",
      events: ["ticket.refunded"],
    });
    const t = await ticketIn(f);
    await approve(db, ctxOf(f.handler), { ticketId: t.id, version: t.version });
    await fanOutTicketEvents(db);
    await deliverDue(db, instant);
    let [d] = await deliveriesOf(ep.id);
    expect(d).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null });
    expect(d.lastError).toContain("无法连接");
    await removeWebhookEndpoint(db, owner(f), { id: ep.id });
    await deliverDue(db, instant);
    [d] = await deliveriesOf(ep.id);
    expect(d).toMatchObject({ status: "failed", lastError: "推送地址已删除" });
  });

  test("发送测试 sends a signed ping now and logs it; the worker task does the whole path", async () => {
    const ep = await createWebhookEndpoint(db, owner(f), {
      url: receiverUrl,
      events: ["ticket.created", "ticket.updated"],
    });
    received.length = 0;
    const ping = await sendTestDelivery(db, owner(f), { id: ep.id });
    expect(ping).toMatchObject({ ok: true, statusCode: 200 });
    expect(JSON.parse(received[0].body)).toMatchObject({ type: "ping", shopId: f.shopId });
    const t = await ticketIn(f);
    await tag(db, ctxOf(f.handler), { ticketId: t.id, version: t.version, add: ["ERP"] });
    while ((await openApiWorkerTask(db)) > 0) {}
    const log = await listDeliveries(db, owner(f), { endpointId: ep.id });
    expect(log.map((l) => [l.eventType, l.status, l.ticketId])).toEqual([
      ["ticket.updated", "delivered", t.id],
      ["ping", "delivered", null],
    ]);
    await removeWebhookEndpoint(db, owner(f), { id: ep.id });
  });
});
