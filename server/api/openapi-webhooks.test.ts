// The outbound webhooks in the OpenAPI document (OAS 3.1 `webhooks`) are the ones the sender makes: every event type,
// the headers it signs with, and real deliveries to a local receiver match the published payload schemas.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { useTestDb } from "../../tests/db";
import { verify } from "../platform/signature";
import { approve } from "../tickets/actions/approve";
import { createOrder, createShop, createTicket, ctxOf } from "../tickets/actions/test-fixtures";
import { deliverDue } from "../webhooks/deliver";
import { sendTestDelivery } from "../webhooks/deliveries";
import { createWebhookEndpoint } from "../webhooks/endpoints";
import { pingEventType, webhookEventTypes, webhookHeaders } from "../webhooks/events";
import { fanOutTicketEvents } from "../webhooks/fanout";
import { openApiDocument } from "./openapi";

const { db } = await useTestDb();
// biome-ignore lint/suspicious/noExplicitAny: the document is walked as plain JSON
const doc = openApiDocument() as any;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
const receiver = createServer(async (req, res) => {
  let body = "";
  for await (const c of req) body += c;
  received.push({ headers: req.headers, body });
  res.writeHead(204).end();
});

beforeAll(() => new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r)));
afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

const bodySchemaOf = (event: string) => {
  const ref: string = doc.webhooks[event].post.requestBody.content["application/json"].schema.$ref;
  return z.fromJSONSchema(doc.components.schemas[ref.split("/").pop() ?? ""]);
};

describe("webhooks in the OpenAPI document", () => {
  test("every event type the sender knows is documented, with the headers it sends", () => {
    expect(Object.keys(doc.webhooks).sort()).toEqual([...webhookEventTypes, pingEventType].sort());
    for (const [event, item] of Object.entries(doc.webhooks) as [string, { post: { parameters: unknown[] } }][]) {
      const headers = item.post.parameters as {
        name: string;
        in: string;
        required: boolean;
        schema: { const?: string };
      }[];
      expect(headers.map((h) => h.name.toLowerCase()).sort(), event).toEqual(Object.values(webhookHeaders).sort());
      expect(headers.every((h) => h.in === "header" && h.required)).toBe(true);
      expect(headers.find((h) => h.name.toLowerCase() === webhookHeaders.event)?.schema.const).toBe(event);
    }
    expect(doc.tags.map((t: { name: string }) => t.name)).toContain("webhooks");
  });

  test("real deliveries match the published payload schema and headers, signed as documented", async () => {
    const f = await createShop(db);
    const owner = { shopId: f.shopId, member: { ...f.owner, canManageSettings: true } };
    await fanOutTicketEvents(db);
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    const ep = await createWebhookEndpoint(db, owner, { url, events: [...webhookEventTypes] });
    expect(await sendTestDelivery(db, owner, { id: ep.id })).toMatchObject({ ok: true });
    const t = await createTicket(db, f, await createOrder(db, f));
    await approve(db, ctxOf(f.handler), { ticketId: t.id, version: t.version });
    await fanOutTicketEvents(db);
    while ((await deliverDue(db, { backoffMs: () => 0 })) > 0) {}

    const types = received.map((r) => JSON.parse(r.body).type);
    expect(types).toEqual(expect.arrayContaining(["ping", "ticket.refunded"]));
    for (const r of received) {
      const payload = JSON.parse(r.body);
      const parsed = bodySchemaOf(payload.type).safeParse(payload);
      expect(parsed.error?.issues ?? [], payload.type).toEqual([]);
      expect(r.headers[webhookHeaders.event]).toBe(payload.type);
      const ts = String(r.headers[webhookHeaders.timestamp]);
      expect(ts).toMatch(/^\d+$/);
      const sig = String(r.headers[webhookHeaders.signature]);
      expect(sig).toMatch(/^[0-9a-f]{64}$/);
      expect(verify(ep.secret, ts, r.body, sig)).toBe(true);
    }
    const refunded = received.map((r) => JSON.parse(r.body)).find((p) => p.type === "ticket.refunded");
    expect(refunded.data).toMatchObject({ ticketId: t.id, refundFen: 9_900, toStatus: "refunded" });
    // The schema is strict enough to catch a payload that is not one.
    expect(bodySchemaOf("ticket.refunded").safeParse({ ...refunded, data: { ticketId: "x" } }).success).toBe(false);
  });
});
