// The published OpenAPI document: a valid OpenAPI 3.1 document (checked by @seriousme/openapi-schema-validator
// against the OAS 3.1 schema; plus resolvable $refs, path parameters, JSON Schemas that compile), listing every
// route file under app/api/v1 and nothing that is not served, and the outbound webhooks as the sender makes them
// — and real answers over HTTP match the schemas it publishes.
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { useTestDb } from "../../tests/db";
import { actionNames } from "../tickets/actions/run";
import { createOrder, createShop, createTicket, HOUR, type ShopFixture } from "../tickets/actions/test-fixtures";
import { ticketActionNames } from "./act";
import { apiClient, createTestKey, routeFiles, startApiServer, templateOf } from "./testing";

const { db } = await useTestDb();
let server: Awaited<ReturnType<typeof startApiServer>>;
let call: ReturnType<typeof apiClient>;
// biome-ignore lint/suspicious/noExplicitAny: the document is walked as plain JSON
let doc: any;

beforeAll(async () => {
  server = await startApiServer();
  call = apiClient(server.url);
  doc = (await call("/api/v1/openapi.json")).body;
});
afterAll(() => server?.close());

function refsIn(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) refsIn(x, out);
  else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      if (k === "$ref" && typeof x === "string") out.push(x);
      else refsIn(x, out);
    }
  }
  return out;
}
const resolve = (ref: string) =>
  ref
    .replace(/^#\//, "")
    .split("/")
    .reduce((node, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);

describe("the document validates", () => {
  test("it is a valid OpenAPI 3.1 document (the OAS 3.1 JSON Schema, via a maintained validator)", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  test("the validator catches a broken document (the check can fail)", async () => {
    const broken = structuredClone(doc);
    delete broken.paths["/api/v1/tickets"].get.responses["200"].description;
    broken.webhooks["ticket.refunded"].post.requestBody = { content: "nope" };
    const result = await new Validator().validate(broken);
    expect(result.valid).toBe(false);
  });

  test("operationIds are unique (the OAS requires it; its JSON Schema cannot say it)", () => {
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item as object).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every $ref resolves, and every security requirement names a declared scheme", () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) expect(resolve(r), r).toBeDefined();
    for (const req of [
      doc.security,
      ...Object.values(doc.paths).flatMap((i) => Object.values(i as object).map((o) => o.security)),
    ]) {
      for (const s of req ?? [])
        for (const name of Object.keys(s)) expect(doc.components.securitySchemes).toHaveProperty(name);
    }
  });

  test("path parameters are declared exactly as the path template has them", () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const op of Object.values(item as object)) {
        const declared = (op.parameters ?? []).filter((p: { in: string }) => p.in === "path");
        expect(declared.map((p: { name: string }) => p.name).sort(), path).toEqual(inPath);
        for (const p of declared) expect(p.required, `${path} ${p.name}`).toBe(true);
      }
    }
  });

  test("every schema is a JSON Schema that compiles", () => {
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      expect(() => z.fromJSONSchema(schema as z.core.JSONSchema.JSONSchema), name).not.toThrow();
    }
    for (const item of Object.values(doc.paths)) {
      for (const op of Object.values(item as object)) {
        for (const p of op.parameters ?? []) expect(() => z.fromJSONSchema(p.schema)).not.toThrow();
      }
    }
  });
});

describe("the document lists every route", () => {
  test("every route file under app/api/v1 is documented, every action by name", () => {
    const documented = Object.keys(doc.paths);
    const templates = routeFiles()
      .map(templateOf)
      .filter((t): t is string => t !== null);
    expect(templates.length).toBeGreaterThanOrEqual(4);
    for (const t of templates) {
      if (t.endsWith("/actions/{action}")) {
        for (const a of ticketActionNames) expect(documented).toContain(t.replace("{action}", a));
      } else expect(documented).toContain(t);
    }
    // Every engine verb is reachable: on a ticket, or (代客发起) as POST /api/v1/tickets.
    expect([...ticketActionNames, "initiate_for_buyer"].sort()).toEqual([...actionNames].sort());
    expect(doc.paths["/api/v1/tickets"].post.operationId).toBe("initiateForBuyer");
  });

  test("every documented path and method is served by a route file that exports that method", async () => {
    const routes = routeFiles().filter((r) => templateOf(r) !== null);
    for (const [path, item] of Object.entries(doc.paths)) {
      const parts = path.split("/").slice(3);
      const route = routes.find(
        (r) => r.segments.length === parts.length && r.segments.every((s, i) => s === parts[i] || s.startsWith("[")),
      );
      expect(route, path).toBeDefined();
      const mod = await import(route?.file ?? "");
      for (const m of Object.keys(item as object)) expect(typeof mod[m.toUpperCase()], `${m} ${path}`).toBe("function");
    }
  });
});

describe("real answers match the published schemas", () => {
  let f: ShopFixture;
  let key: string;
  const schemaOf = (path: string, method: string, status: string) => {
    const ref = doc.paths[path][method].responses[status].content["application/json"].schema.$ref;
    return z.fromJSONSchema(resolve(ref));
  };
  const expectValid = (schema: z.ZodType, body: unknown) => {
    const r = schema.safeParse(body);
    expect(r.error?.issues ?? []).toEqual([]);
  };
  beforeAll(async () => {
    f = await createShop(db);
    key = (await createTestKey(db, f.owner, "act")).key;
  });

  test("list, detail, action, 代客发起 and errors", async () => {
    const order = await createOrder(db, f);
    const t = await createTicket(db, f, order, { deadlineAt: new Date(Date.now() + 40 * HOUR) });
    const list = await call("/api/v1/tickets", { key });
    expect(list.body.items.length).toBeGreaterThan(0);
    expectValid(schemaOf("/api/v1/tickets", "get", "200"), list.body);
    const detail = await call(`/api/v1/tickets/${t.id}`, { key });
    expectValid(schemaOf("/api/v1/tickets/{id}", "get", "200"), detail.body);
    const acted = await call(`/api/v1/tickets/${t.id}/actions/approve`, { key, body: { version: t.version } });
    expectValid(schemaOf("/api/v1/tickets/{id}/actions/approve", "post", "200"), acted.body);
    const after = await call(`/api/v1/tickets/${t.id}`, { key });
    expect(after.body.refund).not.toBeNull();
    expectValid(schemaOf("/api/v1/tickets/{id}", "get", "200"), after.body);
    const order2 = await createOrder(db, f);
    const created = await call("/api/v1/tickets", {
      key,
      body: { orderId: order2.id, type: "refund_only", reason: "missing_item", amountFen: 100 },
    });
    expect(created.status).toBe(201);
    expectValid(schemaOf("/api/v1/tickets", "post", "201"), created.body);
    const metrics = await call("/api/v1/metrics?preset=30d", { key });
    expect(metrics.status).toBe(200);
    expectValid(schemaOf("/api/v1/metrics", "get", "200"), metrics.body);
    const conflict = await call(`/api/v1/tickets/${t.id}/actions/approve`, { key, body: { version: t.version } });
    expect(conflict.status).toBe(409);
    expectValid(schemaOf("/api/v1/tickets/{id}/actions/approve", "post", "409"), conflict.body);
  });

  test("a schema that does not match is caught (the check can fail)", () => {
    const schema = schemaOf("/api/v1/tickets", "get", "200");
    expect(schema.safeParse({ items: [{ id: "1" }], nextCursor: null }).success).toBe(false);
  });
});
