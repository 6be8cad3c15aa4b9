// "Bad input is never a 500" over real HTTP: whatever a client sends — unknown or malformed parameters, forged list
// cursors, numbers and dates PostgreSQL cannot hold, NUL characters, absurdly nested JSON, a method a route does not
// serve — the answer is a 4xx with the Open API's JSON error naming what is wrong, and nothing reaches SQL.
import { describe, expect, test } from "vitest";
import { useTestDb } from "../../tests/db";
import { nulCharMessage } from "../text";
import type { ShopFixture } from "../tickets/actions/test-fixtures";
import { openApiDocument } from "./openapi";
import { freshTicket, routeFiles, templateOf, useApiTestbed } from "./testing";

const { db } = await useTestDb();
const api = useApiTestbed(db);
const fresh = (f: ShopFixture, over: Parameters<typeof freshTicket>[2] = {}) => freshTicket(db, f, over);
const cursorOf = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

const expectBadInput = (r: Awaited<ReturnType<typeof api.call>>, field: string, label: string) => {
  expect(r.status, `${label}: ${JSON.stringify(r.body)}`).toBe(400);
  expect(r.body.error, label).toMatchObject({ code: "INVALID_INPUT", field });
  expect(r.body.error.message, label).toEqual(expect.any(String));
};

describe("GET /api/v1/tickets", () => {
  test("a bad or unknown query parameter is 400 naming it", async () => {
    for (const [q, field] of [
      ["quick=nope", "quick"],
      ["limit=0", "limit"],
      ["limit=abc", "limit"],
      ["statuses=pending_review,bogus", "statuses.1"],
      ["cursor=not-a-cursor", "cursor"],
      ["appliedFrom=yesterday", "appliedFrom"],
      ["colour=red", "colour"],
    ]) {
      expectBadInput(await api.call(`/api/v1/tickets?${q}`, { key: api.readKey }), field, q);
    }
  });

  test("a forged cursor is 400 on cursor for every sort, whatever it decodes to", async () => {
    for (let i = 0; i < 2; i++) await fresh(api.a, { deadlineAt: null, deadlineAction: null });
    const forged: [string, unknown][] = [
      ["newest", { k: "not-a-date", id: 1 }],
      ["newest", { k: 1, id: 1 }],
      ["newest", { k: "2026-01-01T00:00:00.000Z", id: 1.5 }],
      ["newest", { k: "2026-01-01T00:00:00.000Z", id: 1e300 }],
      ["newest", { k: "2026-01-01T00:00:00.000Z", id: -1 }],
      ["risk", { k: "not-a-date", id: 1 }],
      ["risk", { k: null, id: "1" }],
      ["risk", { k: null, id: 1e300 }],
      ["amount", { k: "abc", id: 1 }],
      ["amount", { k: 1e12, id: 1 }],
      ["amount", { k: 1.5, id: 1 }],
      ["amount", { k: 100, id: 2 ** 53 }],
      ["amount", null],
      ["amount", [1, 2]],
    ];
    for (const [sort, value] of forged) {
      const label = `${sort} ${JSON.stringify(value)}`;
      const r = await api.call(`/api/v1/tickets?sort=${sort}&cursor=${cursorOf(value)}`, { key: api.readKey });
      expectBadInput(r, "cursor", label);
      expect(r.body.error.message, label).toBe("分页游标无效，请刷新列表");
    }
    // What the list itself hands out still pages (the default sort is risk: a null key for no deadline).
    const first = await api.call("/api/v1/tickets?limit=1", { key: api.readKey });
    expect(Buffer.from(first.body.nextCursor, "base64url").toString()).toMatch(/^\{"k":null,"id":\d+\}$/);
    const next = await api.call(`/api/v1/tickets?limit=1&cursor=${first.body.nextCursor}`, { key: api.readKey });
    expect(next.status).toBe(200);
  });

  test("amounts beyond a PostgreSQL integer and dates outside 2000–2100 are 400 with a clear message", async () => {
    for (const [q, field, message] of [
      ["amountMinFen=2147483648", "amountMinFen", "金额不能超过"],
      ["amountMaxFen=99999999999", "amountMaxFen", "金额不能超过"],
      ["amountMinFen=-1", "amountMinFen", "金额不能为负数"],
      ["appliedFrom=99999-01-01", "appliedFrom", "2000-01-01"],
      ["appliedTo=%2B099999-01-01T00:00:00Z", "appliedTo", "2000-01-01"],
      ["appliedTo=1900-01-01", "appliedTo", "2000-01-01"],
    ]) {
      const r = await api.call(`/api/v1/tickets?${q}`, { key: api.readKey });
      expectBadInput(r, field, q);
      expect(r.body.error.message, q).toContain(message);
    }
    const edge = await api.call("/api/v1/tickets?amountMaxFen=2147483647&appliedTo=2100-01-01", { key: api.readKey });
    expect(edge.status).toBe(200);
  });

  test("a NUL character in any text parameter is 400 naming it", async () => {
    for (const field of ["search", "carrier", "tag", "assigneeId", "productId", "handlerId", "cursor"]) {
      const r = await api.call(`/api/v1/tickets?${field}=ab%00c`, { key: api.readKey });
      expectBadInput(r, field, field);
      expect(r.body.error.message, field).toBe(nulCharMessage);
    }
  });
});

describe("POST bodies", () => {
  test("a NUL character in any text field of a verb's body is 400 naming it; the ticket is unchanged", async () => {
    const t = await fresh(api.a, { reason: "quality_issue", responsibility: "merchant" });
    const v = t.version;
    for (const [action, body, field] of [
      ["note", { version: v, text: "ERP\u0000" }, "text"],
      ["tag", { version: v, add: ["加\u0000急"] }, "add.0"],
      ["tag", { version: v, remove: ["\u0000"] }, "remove.0"],
      ["reject", { version: v, rejectReason: "已使用\u0000" }, "rejectReason"],
      ["reject", { version: v, rejectReason: "已使用", evidence: ["https://e.example/\u0000.png"] }, "evidence.0"],
      ["assign", { version: v, assigneeId: "m_\u0000" }, "assigneeId"],
      ["request_evidence", { version: v, message: "请\u0000" }, "message"],
      ["upload_return_waybill", { version: v, carrier: "圆通\u0000", waybill: "YT1" }, "carrier"],
      ["ship_exchange", { version: v, carrier: "圆通", waybill: "SF\u00001" }, "waybill"],
    ] as const) {
      const r = await api.call(`/api/v1/tickets/${t.id}/actions/${action}`, { key: api.actKey, body });
      expectBadInput(r, field, `${action} ${field}`);
      expect(r.body.error.message, `${action} ${field}`).toBe(nulCharMessage);
    }
    const after = await api.call(`/api/v1/tickets/${t.id}`, { key: api.readKey });
    expect(after.body.ticket).toMatchObject({ version: v, tags: [], status: "pending_review" });
  });

  test("a NUL character in 代客发起's order id or statement is 400 naming it", async () => {
    const base = { type: "refund_only", reason: "quality_issue", amountFen: 100 };
    for (const [body, field] of [
      [{ ...base, orderId: "o_\u0000" }, "orderId"],
      [{ ...base, orderId: "o_1", statement: "坏了\u0000" }, "statement"],
    ] as const) {
      expectBadInput(await api.call("/api/v1/tickets", { key: api.actKey, body }), field, field);
    }
  });

  test("JSON nested 20,000 deep (under the size limit) is 400 on body, with or without an Idempotency-Key", async () => {
    const t = await fresh(api.a);
    const depth = 20_000;
    const deep = `{"version":${t.version},"x":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    expect(deep.length).toBeLessThan(64 * 1024);
    for (const headers of [{}, { "idempotency-key": "deep-1" }] as Record<string, string>[]) {
      const acted = await api.call(`/api/v1/tickets/${t.id}/actions/approve`, { key: api.actKey, body: deep, headers });
      expectBadInput(acted, "body", "action");
      const created = await api.call("/api/v1/tickets", { key: api.actKey, body: deep, headers });
      expectBadInput(created, "body", "代客发起");
    }
    // Brackets inside strings are text, not nesting.
    const noted = await api.call(`/api/v1/tickets/${t.id}/actions/note`, {
      key: api.actKey,
      body: { version: t.version, text: "[".repeat(200) },
    });
    expect(noted.status).toBe(200);
  });
});

describe("GET /api/v1/metrics", () => {
  test("a day that is not on the calendar is 400 on from/to", async () => {
    for (const [q, field] of [
      ["preset=custom&from=2025-02-30&to=2025-03-01", "from"],
      ["preset=custom&from=2025-01-01&to=2025-02-30", "to"],
      ["preset=custom&from=2025-13-01&to=2025-12-31", "from"],
      ["preset=custom&from=2025-01-01%00&to=2025-01-02", "from"],
    ]) {
      expectBadInput(await api.call(`/api/v1/metrics?${q}`, { key: api.readKey }), field, q);
    }
  });
});

describe("methods a route does not serve", () => {
  // biome-ignore lint/suspicious/noExplicitAny: the document is walked as plain JSON
  const paths = (openApiDocument() as any).paths as Record<string, Record<string, unknown>>;
  const documented = (template: string) => {
    const ms = Object.entries(paths)
      .filter(([p]) => p === template || (template.endsWith("{action}") && p.startsWith(template.slice(0, -8))))
      .flatMap(([, item]) => Object.keys(item).map((m) => m.toUpperCase()));
    return [...new Set(ms)];
  };

  test("each route's exported handlers answer every other method with a JSON 405; OPTIONS tells the same Allow", async () => {
    const routes = routeFiles().filter((r) => templateOf(r) !== null);
    expect(routes.length).toBeGreaterThanOrEqual(5);
    for (const route of routes) {
      const template = templateOf(route) ?? "";
      const allowed = documented(template);
      expect(allowed.length, template).toBeGreaterThan(0);
      const mod = await import(route.file);
      const url = `http://localhost${template.replace("{id}", "1").replace("{action}", "approve")}`;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => !allowed.includes(m))) {
        const label = `${method} ${template}`;
        expect(typeof mod[method], label).toBe("function");
        const res: Response = await mod[method](new Request(url, { method }), { params: Promise.resolve({}) });
        expect(res.status, label).toBe(405);
        expect(res.headers.get("allow")?.split(", "), label).toEqual(
          expect.arrayContaining(allowed.filter((m) => m !== "HEAD")),
        );
        const body = await res.json();
        expect(body.error, label).toMatchObject({ code: "METHOD_NOT_ALLOWED" });
        expect(body.error.message, label).toContain(method);
      }
      const options: Response = await mod.OPTIONS(new Request(url, { method: "OPTIONS" }));
      expect(options.status, template).toBe(204);
      const allow = options.headers.get("allow")?.split(", ") ?? [];
      expect(allow.filter((m) => m !== "HEAD" && m !== "OPTIONS").sort(), template).toEqual(allowed.sort());
    }
  });

  test("over HTTP too: DELETE /api/v1/tickets is a JSON 405", async () => {
    const r = await api.call("/api/v1/tickets", { key: api.actKey, method: "DELETE" });
    expect(r.status).toBe(405);
    expect(r.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    expect(r.body.error.code).toBe("METHOD_NOT_ALLOWED");
  });
});
