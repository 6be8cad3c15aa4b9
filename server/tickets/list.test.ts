// The workbench list (SPEC §5): every filter, keyset pages for each sort, counts for "select all N matching",
// refs for batch work, the URL codec, and the order lookup of 代客发起. Real Postgres, fixtures per shop.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../tests/db";
import { approve } from "./actions/approve";
import { assign } from "./actions/assign";
import { at, createOrder, createShop, createTicket, ctxOf, DAY, HOUR, T0 } from "./actions/test-fixtures";
import { quickFilterCounts } from "./counts";
import { filterFromParams, sortFromParams } from "./filter-params";
import { countTickets, filterOptions, listTickets, ticketRefs } from "./list";
import { findOrders } from "./order-lookup";
import { quickFilterIds, type TicketFilter } from "./schemas";

const { db } = await useTestDb();

/** A shop with a small, varied queue; returns the tickets by name. */
async function queue() {
  const f = await createShop(db);
  const o = () => createOrder(db, f);
  const a = await createTicket(db, f, await o(), { requestedFen: 1_000, appliedAt: at(-5 * HOUR) });
  const b = await createTicket(db, f, await o(), {
    type: "return_refund",
    reason: "quality_issue",
    responsibility: "merchant",
    requestedFen: 25_000,
    status: "awaiting_receipt",
    returnStatus: "signed",
    returnCarrier: "顺丰",
    returnWaybill: "SF1234567890",
    deadlineAt: at(3 * HOUR),
    deadlineAction: "auto_refund",
    tags: ["加急", "大促"],
    buyerNick: "小鹿爱买",
    appliedAt: at(-3 * DAY),
  });
  const c = await createTicket(db, f, await o(), {
    type: "exchange",
    reason: "wrong_item",
    responsibility: "merchant",
    requestedFen: 8_800,
    status: "refunded",
    deadlineAt: null,
    deadlineAction: null,
    carrier: "中通",
    orderWaybill: "ZT0000000001",
    appliedAt: at(-2 * DAY),
  });
  const d = await createTicket(db, f, await o(), {
    requestedFen: 50_000,
    deadlineAt: at(-HOUR),
    appliedAt: at(-50 * HOUR),
    buyerNick: "小鹿不爱买",
  });
  await assign(db, ctxOf(f.lead, T0), { ticketId: a.id, version: 1, assigneeId: f.handler.id });
  return { f, a, b, c, d };
}

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((x, y) => x - y);

const { f, a, b, c, d } = await queue();
describe("listTickets filters", () => {
  const list = async (filter: TicketFilter) =>
    ids((await listTickets(db, f.shopId, T0, { ...filter, limit: 200 })).items);

  it.each([
    ["type", { types: ["return_refund", "exchange"] }, () => [b.id, c.id]],
    ["status", { statuses: ["refunded"] }, () => [c.id]],
    ["reason", { reasons: ["wrong_item"] }, () => [c.id]],
    ["responsibility", { responsibilities: ["buyer"] }, () => [a.id, d.id]],
    ["amount range", { amountMinFen: 1_000, amountMaxFen: 25_000 }, () => [a.id, b.id, c.id]],
    ["applied range", { appliedFrom: at(-60 * HOUR), appliedTo: at(-4 * HOUR) }, () => [a.id, c.id, d.id]],
    ["carrier: forward or return", { carrier: "顺丰" }, () => [b.id]],
    ["carrier: forward", { carrier: "中通" }, () => [c.id]],
    ["assignee", { assigneeId: f.handler.id }, () => [a.id]],
    ["unassigned", { unassigned: true }, () => [b.id, c.id, d.id]],
    ["tag", { tag: "大促" }, () => [b.id]],
    ["search: waybill", { search: "SF1234567890" }, () => [b.id]],
    ["search: ticket id", { search: String(c.id) }, () => [c.id]],
    ["search: buyer prefix", { search: "小鹿" }, () => [b.id, d.id]],
    ["quick: 退货物流已签收待处理", { quick: "returnSignedPending" }, () => [b.id]],
    ["quick: 已超时 (deadline passed)", { quick: "overdue" }, () => [d.id]],
  ] as [string, TicketFilter, () => number[]][])("%s", async (_name, filter, expected) => {
    expect(await list(filter)).toEqual(expected().sort((x, y) => x - y));
  });

  it("search by order id and by product", async () => {
    expect(await list({ search: b.orderId })).toEqual([b.id]);
    expect(await list({ productId: f.productId })).toEqual(ids([a, b, c, d]));
    expect(await list({ productId: "nope" })).toEqual([]);
  });

  it("处理客服 (what the 数据 agent bars link to): the assignee, else who first decided; none: nobody yet", async () => {
    const g = await queue();
    // e is unassigned: approving it makes the handler its 处理客服; a is assigned to the handler.
    const e = await createTicket(db, g.f, await createOrder(db, g.f), { deadlineAt: at(HOUR) });
    await approve(db, ctxOf(g.f.handler, T0), { ticketId: e.id, version: e.version });
    const listG = async (filter: TicketFilter) =>
      ids((await listTickets(db, g.f.shopId, T0, { ...filter, limit: 200 })).items);
    expect(await listG({ handlerId: g.f.handler.id })).toEqual(ids([g.a, e]));
    expect(await listG({ noHandler: true })).toEqual(ids([g.b, g.c, g.d]));
    expect(await listG({ assigneeId: g.f.handler.id })).toEqual([g.a.id]);
    expect(filterFromParams(new URLSearchParams("handler=none"))).toMatchObject({ noHandler: true });
    expect(filterFromParams(new URLSearchParams(`handler=${g.f.handler.id}`))).toMatchObject({
      handlerId: g.f.handler.id,
    });
  });

  it("never shows another shop's tickets", async () => {
    const other = await queue();
    expect(await list({})).toEqual(ids([a, b, c, d]));
    expect((await listTickets(db, other.f.shopId, T0, { limit: 200 })).items.map((t) => t.id)).not.toContain(a.id);
  });
});

describe("keyset pages", () => {
  it("each sort visits every ticket exactly once, in its order, with no OFFSET", async () => {
    const f = await createShop(db);
    const order = await createOrder(db, f);
    for (let i = 0; i < 23; i++) {
      await createTicket(db, f, order, {
        requestedFen: 1_000 + (i % 5) * 100, // ties on amount
        appliedAt: at(-(i % 7) * HOUR), // ties on time
        deadlineAt: i % 4 === 0 ? null : at((i % 6) * HOUR), // ties and no deadline
      });
    }
    for (const sort of ["risk", "newest", "amount"] as const) {
      const seen: { id: number; requestedFen: number; appliedAt: Date; deadlineAt: Date | null }[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof listTickets>> = await listTickets(db, f.shopId, T0, {
          sort,
          limit: 5,
          cursor,
        });
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(23);
      expect(new Set(seen.map((t) => t.id)).size).toBe(23);
      const key = (t: (typeof seen)[number]) =>
        sort === "amount"
          ? [-t.requestedFen, -t.id]
          : sort === "newest"
            ? [-t.appliedAt.getTime(), -t.id]
            : [t.deadlineAt ? t.deadlineAt.getTime() : Number.MAX_SAFE_INTEGER, t.id];
      const sorted = [...seen].sort((x, y) => {
        const [a1, a2] = key(x);
        const [b1, b2] = key(y);
        return a1 - b1 || a2 - b2;
      });
      expect(seen.map((t) => t.id)).toEqual(sorted.map((t) => t.id));
    }
  });
});

describe("countTickets and ticketRefs", () => {
  it("counts what the list shows, capped; refs page through every matching ticket", async () => {
    const { f, a, b, d } = await queue();
    expect(await countTickets(db, f.shopId, T0, { responsibilities: ["buyer"] })).toEqual({ count: 2, capped: false });
    expect(await countTickets(db, f.shopId, T0, {}, 3)).toEqual({ count: 3, capped: true });
    expect(await countTickets(db, f.shopId, T0, { search: "no such thing" })).toEqual({ count: 0, capped: false });
    const first = await ticketRefs(db, f.shopId, T0, { statuses: ["pending_review", "awaiting_receipt"], limit: 2 });
    expect(first.refs).toEqual([
      { id: a.id, version: 2 },
      { id: b.id, version: 1 },
    ]);
    const rest = await ticketRefs(db, f.shopId, T0, {
      statuses: ["pending_review", "awaiting_receipt"],
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(rest).toEqual({ refs: [{ id: d.id, version: 1 }], nextCursor: null });
  });

  it("every quick filter's live count equals its list", async () => {
    const { f } = await queue();
    const counts = await quickFilterCounts(db, f.shopId, T0);
    for (const quick of quickFilterIds) {
      const { count } = await countTickets(db, f.shopId, T0, { quick });
      expect([quick, counts[quick]]).toEqual([quick, count]);
    }
    expect(counts.returnSignedPending).toBe(1);
  });

  it("filter options: the shop's products and the tags on its open tickets", async () => {
    const { f } = await queue();
    const opts = await filterOptions(db, f.shopId);
    expect(opts.products).toEqual([{ id: f.productId, title: "纯棉T恤" }]);
    expect(opts.tags).toEqual(["加急", "大促"]);
  });
});

describe("filterFromParams (the URL codec)", () => {
  const p = (q: string) => new URLSearchParams(q);
  it("reads every filter; yuan become 分; days are Asia/Shanghai days", () => {
    const f = filterFromParams(
      p(
        "quick=pendingReview&type=refund_only,exchange&status=pending_review&reason=damaged&resp=merchant" +
          "&amin=10.5&amax=300&from=2026-11-01&to=2026-11-11&carrier=中通&product=p1&assignee=m1&tag=加急&q=D123",
      ),
    );
    expect(f).toEqual({
      quick: "pendingReview",
      types: ["refund_only", "exchange"],
      statuses: ["pending_review"],
      reasons: ["damaged"],
      responsibilities: ["merchant"],
      amountMinFen: 1_050,
      amountMaxFen: 30_000,
      appliedFrom: new Date("2026-10-31T16:00:00.000Z"),
      appliedTo: new Date("2026-11-11T16:00:00.000Z"),
      carrier: "中通",
      productId: "p1",
      assigneeId: "m1",
      tag: "加急",
      search: "D123",
    });
    expect(filterFromParams(p("assignee=none"))).toEqual({ unassigned: true });
  });

  it("drops what it does not understand instead of failing the page", () => {
    expect(filterFromParams(p("quick=bogus&type=x,refund_only&amin=-3&amax=1e9&from=yesterday&q=%20%20"))).toEqual({
      types: ["refund_only"],
    });
    // Past what the schema takes (an int4 of 分, years 2000–2100, NUL): dropped too, so the page never fails on it.
    expect(filterFromParams(p("amax=99999999&from=1999-12-31&to=2100-01-01&q=a%00b&tag=%00"))).toEqual({});
    expect(filterFromParams(p("amax=21474836.47&from=2000-01-01&to=2099-12-30"))).toMatchObject({
      amountMaxFen: 2_147_483_647,
      appliedFrom: new Date("1999-12-31T16:00:00Z"),
    });
    expect(sortFromParams(p("sort=amount"))).toBe("amount");
    expect(sortFromParams(p("sort=drop table"))).toBe("risk");
  });
});

describe("findOrders (代客发起售后)", () => {
  it("by order id, waybill or buyer nick; tells the order-kind rule and an open ticket", async () => {
    const f = await createShop(db);
    const coupon = await createOrder(db, f, { kind: "coupon_pack", waybill: "YT5550001111", carrier: "圆通" });
    const normal = await createOrder(db, f, { paidAt: at(-DAY) });
    const open = await createTicket(db, f, normal);
    const [byId] = await findOrders(db, f.shopId, { query: coupon.id });
    expect(byId).toMatchObject({ id: coupon.id, kind: "coupon_pack", proxyRefusal: "PROXY_ORDER_KIND_UNSUPPORTED" });
    expect(byId.items).toEqual([{ orderId: coupon.id, title: "纯棉T恤 白色 L", qty: 1, unitPriceFen: 9_900 }]);
    expect((await findOrders(db, f.shopId, { query: "YT5550001111" })).map((o) => o.id)).toEqual([coupon.id]);
    const byBuyer = await findOrders(db, f.shopId, { query: `买家${f.buyerId.slice(2, 6)}` });
    expect(byBuyer.map((o) => [o.id, o.openTicketId, o.proxyRefusal])).toEqual([
      [normal.id, open.id, null],
      [coupon.id, null, "PROXY_ORDER_KIND_UNSUPPORTED"],
    ]);
    const other = await createShop(db);
    expect(await findOrders(db, other.shopId, { query: coupon.id })).toEqual([]);
  });
});
