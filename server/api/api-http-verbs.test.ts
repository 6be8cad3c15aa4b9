// Every verb on a ticket succeeds over HTTP, not only through the engine: for each, a ticket in a state where the
// verb is allowed (SPEC §4), POST /api/v1/tickets/{id}/actions/{verb} with the version, then 200, the ticket's new
// state in the answer, and the same state in the database. (approve, reject, tag, note, request_evidence:
// api-http.test.ts.)
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { createOrder, HOUR, type ShopFixture } from "../tickets/actions/test-fixtures";
import { ticketActionNames } from "./act";
import { type ApiTestbed, freshTicket, useApiTestbed } from "./testing";

const { db } = await useTestDb();
const api = useApiTestbed(db);

const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR);
/** Shipped yesterday by 中通 on a Kuaishou e-waybill, moving to the buyer: 物流拦截 and 拒收 territory. */
const inTransitNow = {
  shippedAt: hoursAgo(26),
  collectedAt: hoursAgo(24),
  logisticsStatus: "in_transit",
  carrier: "中通",
  waybill: "ZT7700112233",
  eWaybill: true,
} as const;

type VerbCase = {
  action: string;
  /** A ticket where the verb is allowed now; answers its id and version. */
  setup: (f: ShopFixture, api: ApiTestbed) => Promise<{ id: number; version: number }>;
  body?: (f: ShopFixture) => Record<string, unknown>;
  expected: (f: ShopFixture) => Record<string, unknown>;
};

const cases: VerbCase[] = [
  {
    action: "refund",
    setup: (f) =>
      freshTicket(db, f, { status: "refusal_refund", deadlineAt: new Date(Date.now() + 72 * HOUR) }, inTransitNow),
    expected: () => ({ status: "refunded", refundedFen: 9_900 }),
  },
  {
    action: "confirm_receipt",
    setup: (f) =>
      freshTicket(
        db,
        f,
        {
          type: "return_refund",
          status: "awaiting_receipt",
          deadlineAt: new Date(Date.now() + 5 * 24 * HOUR),
          deadlineAction: "auto_refund",
          returnCarrier: "圆通",
          returnWaybill: "YT1234567890",
          returnStatus: "signed",
        },
        inTransitNow,
      ),
    expected: () => ({ status: "refunded", refundedFen: 9_900 }),
  },
  {
    action: "upload_return_waybill",
    setup: (f) =>
      freshTicket(
        db,
        f,
        {
          type: "return_refund",
          status: "awaiting_return",
          deadlineAt: new Date(Date.now() + 5 * 24 * HOUR),
          deadlineAction: "auto_close",
        },
        inTransitNow,
      ),
    body: () => ({ carrier: "圆通", waybill: "YT9988776655" }),
    expected: () => ({ status: "awaiting_receipt", returnCarrier: "圆通", returnWaybill: "YT9988776655" }),
  },
  {
    action: "agree_refusal_refund",
    setup: (f) => freshTicket(db, f, {}, inTransitNow),
    expected: () => ({ status: "refusal_refund" }),
  },
  {
    action: "request_interception",
    setup: (f) => freshTicket(db, f, {}, inTransitNow),
    expected: () => ({ status: "intercepting" }),
  },
  {
    action: "provide_reissue_waybill",
    setup: (f) =>
      freshTicket(
        db,
        f,
        {
          type: "reissue",
          reason: "missing_item",
          responsibility: "merchant",
          status: "awaiting_reissue",
          deadlineAt: new Date(Date.now() + HOUR),
          deadlineAction: "flag_late",
        },
        inTransitNow,
      ),
    body: () => ({ carrier: "中通", waybill: "ZT5566778899" }),
    expected: () => ({ status: "completed", lateFlag: false }),
  },
  {
    action: "ship_exchange",
    setup: (f) =>
      freshTicket(
        db,
        f,
        {
          type: "exchange",
          status: "awaiting_exchange_ship",
          deadlineAt: new Date(Date.now() + HOUR),
          deadlineAction: "flag_late",
        },
        inTransitNow,
      ),
    body: () => ({ carrier: "顺丰", waybill: "SF1234567890" }),
    expected: () => ({ status: "completed", lateFlag: false }),
  },
  {
    action: "cancel_proxy",
    // 代客发起 over the API too: the ticket waits for the buyer, and the merchant may still take it back.
    setup: async (f, { call, actKey }) => {
      const order = await createOrder(db, f);
      const r = await call("/api/v1/tickets", {
        key: actKey,
        body: { orderId: order.id, type: "refund_only", reason: "no_longer_wanted", amountFen: 5_000 },
      });
      expect(r.status).toBe(201);
      return r.body.ticket;
    },
    expected: () => ({ status: "closed", origin: "proxy" }),
  },
  {
    action: "assign",
    setup: (f) => freshTicket(db, f),
    body: (f) => ({ assigneeId: f.handler.id }),
    expected: (f) => ({ status: "pending_review", assigneeId: f.handler.id }),
  },
  {
    action: "classify",
    setup: (f) => freshTicket(db, f),
    body: () => ({ rootCause: "logistics" }),
    expected: () => ({ status: "pending_review", rootCause: "logistics" }),
  },
];

describe("POST /api/v1/tickets/{id}/actions/{action}: each verb where it is allowed", () => {
  test.each(cases.map((c) => [c.action, c] as const))("%s answers 200 with the ticket's new state", async (_, c) => {
    const t = await c.setup(api.a, api);
    const r = await api.call(`/api/v1/tickets/${t.id}/actions/${c.action}`, {
      key: api.actKey,
      body: { version: t.version, ...c.body?.(api.a) },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const expected = { id: t.id, version: t.version + 1, ...c.expected(api.a) };
    expect(r.body.ticket).toMatchObject(expected);
    const [row] = await db.select().from(tickets).where(eq(tickets.id, t.id));
    expect(row).toMatchObject(expected);
  });

  test("the table covers every verb not shown in api-http.test.ts", () => {
    const elsewhere = ["approve", "reject", "tag", "note", "message", "request_evidence"];
    expect([...cases.map((c) => c.action), ...elsewhere].sort()).toEqual([...ticketActionNames].sort());
  });
});
