// The Open API's refusals over real HTTP: a malformed id, a read-only key, another shop's ticket, a stale version,
// the rules' refusals and bodies that are not what the verb takes — each the documented status and error body,
// and nothing changes. (Bad input of every other kind: api-http-never-500.test.ts.)
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { createOrder, createTicket, HOUR, inTransit, type ShopFixture } from "../tickets/actions/test-fixtures";
import { freshTicket, useApiTestbed } from "./testing";

const { db } = await useTestDb();
const api = useApiTestbed(db);
const fresh = (f: ShopFixture, over: Parameters<typeof freshTicket>[2] = {}) => freshTicket(db, f, over);

describe("GET /api/v1/tickets/{id}", () => {
  test("a malformed or out-of-range id is 400, an unknown one 404", async () => {
    for (const id of ["abc", "0", "-1", "1.5", "99999999999999999999"]) {
      const r = await api.call(`/api/v1/tickets/${id}`, { key: api.readKey });
      expect(r.status, id).toBe(400);
      expect(r.body.error.field).toBe("id");
    }
    expect((await api.call("/api/v1/tickets/987654321", { key: api.readKey })).status).toBe(404);
  });
});

describe("POST /api/v1/tickets/{id}/actions/{action}", () => {
  test("a read-scoped key cannot act: 403 and nothing changes", async () => {
    const t = await fresh(api.a);
    const r = await api.call(`/api/v1/tickets/${t.id}/actions/approve`, {
      key: api.readKey,
      body: { version: t.version },
    });
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({ code: "FORBIDDEN", field: "Authorization" });
    const [row] = await db.select().from(tickets).where(eq(tickets.id, t.id));
    expect(row).toMatchObject({ status: "pending_review", version: t.version, refundedFen: 0 });
  });

  test("a key of shop B gets 404 for shop A's ticket and changes nothing", async () => {
    const t = await fresh(api.a);
    const r = await api.call(`/api/v1/tickets/${t.id}/actions/approve`, {
      key: api.keyOfB,
      body: { version: t.version },
    });
    expect(r.status).toBe(404);
    const [row] = await db.select().from(tickets).where(eq(tickets.id, t.id));
    expect(row.status).toBe("pending_review");
  });

  test("a stale version is 409 with who acted and when", async () => {
    const t = await fresh(api.a);
    const first = await api.call(`/api/v1/tickets/${t.id}/actions/tag`, {
      key: api.actKey,
      body: { version: t.version, add: ["x"] },
    });
    expect(first.status).toBe(200);
    const stale = await api.call(`/api/v1/tickets/${t.id}/actions/approve`, {
      key: api.actKey,
      body: { version: t.version },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("TICKET_VERSION_CONFLICT");
    expect(stale.body.error.message).toMatch(/^已被 开放接口·ERP 于 \d{2}:\d{2} 处理，请查看最新状态$/);
    expect(stale.body.error.params).toMatchObject({ version: t.version + 1 });
  });

  test("the rules' refusals are 422 with the rule code; bad bodies are 400 naming the field", async () => {
    const t = await fresh(api.a);
    const noReason = await api.call(`/api/v1/tickets/${t.id}/actions/reject`, {
      key: api.actKey,
      body: { version: t.version },
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error).toMatchObject({ code: "ACTION_NOT_ALLOWED", reason: "REJECT_REASON_REQUIRED" });
    const noVersion = await api.call(`/api/v1/tickets/${t.id}/actions/approve`, { key: api.actKey, body: {} });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.error).toMatchObject({ code: "INVALID_INPUT", field: "version" });
    const notJson = await api.call(`/api/v1/tickets/${t.id}/actions/approve`, { key: api.actKey, body: "{version:" });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.field).toBe("body");
    const array = await api.call(`/api/v1/tickets/${t.id}/actions/approve`, { key: api.actKey, body: "[1]" });
    expect(array.status).toBe(400);
    const huge = await api.call(`/api/v1/tickets/${t.id}/actions/note`, {
      key: api.actKey,
      body: { version: t.version, text: "x", pad: "y".repeat(70_000) },
    });
    expect(huge.status).toBe(400);
    expect(huge.body.error.field).toBe("body");
    const wrongType = await api.call(`/api/v1/tickets/${t.id}/actions/approve`, {
      key: api.actKey,
      body: { version: "1" },
    });
    expect(wrongType.status).toBe(400);
    const unknown = await api.call(`/api/v1/tickets/${t.id}/actions/launch`, { key: api.actKey, body: { version: 1 } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.field).toBe("action");
    const [row] = await db.select().from(tickets).where(eq(tickets.id, t.id));
    expect(row.version).toBe(t.version);
  });

  test("the rules still apply to the key: 物流拦截 says which condition fails", async () => {
    const order = await createOrder(db, api.a, { ...inTransit, carrier: "邮政" });
    const t = await createTicket(db, api.a, order, { deadlineAt: new Date(Date.now() + 40 * HOUR) });
    const r = await api.call(`/api/v1/tickets/${t.id}/actions/request_interception`, {
      key: api.actKey,
      body: { version: t.version },
    });
    expect(r.status).toBe(422);
    expect(r.body.error.reason).toBe("INTERCEPTION_NOT_ELIGIBLE");
    expect(r.body.error.message).toContain("快递为中通");
  });
});
