// Strategies acting on real tickets (SPEC §4): through the approve verb, as "售后助手·<name> v<version>" with the
// conditions and values on the timeline; every run recorded, matched or not; never twice; never on handled tickets.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orders, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { DomainError } from "../errors";
import { approve } from "../tickets/actions/approve";
import { createOrder, createTicket, ctxOf, DAY, domainError, HOUR, T0, traces } from "../tickets/actions/test-fixtures";
import { evaluatePendingTickets } from "./evaluate-pending";
import { strategiesOverview } from "./overview";
import { updateStrategy } from "./save";
import { createCustom, enableBuiltin, refundOnly, runsOf, strategyRow, strategyShop } from "./test-helpers";

const { db } = await useTestDb();
const evaluate = (shopId: string, now = T0) => evaluatePendingTickets(db, { now, shopId });

describe("小额自动退 on a shipped ¥12 仅退款", () => {
  it("refunds it through approve, explained on the timeline, and records the run", async () => {
    const s = await strategyShop(db);
    await enableBuiltin(db, s, "small_amount_refund");
    const t = await refundOnly(db, s, 1_200, true);
    expect(await evaluate(s.shopId)).toBe(1);
    const tr = await traces(db, t.id);
    expect(tr.ticket).toMatchObject({ status: "refunded", refundedFen: 1_200, handledBy: "strategy", version: 2 });
    expect(tr.events).toHaveLength(1);
    expect(tr.events[0]).toMatchObject({
      actorKind: "strategy",
      actorName: "售后助手·小额自动退 v1",
      action: "approve",
      why: "仅退款，退款金额 ¥12.00 < ¥20.00，已发货",
      fromStatus: "pending_review",
      toStatus: "refunded",
    });
    expect(tr.events[0]?.data).toMatchObject({ strategyVersion: 1, refundFen: 1_200 });
    expect(tr.refunds).toMatchObject([{ amountFen: 1_200, by: "strategy", actorName: "售后助手·小额自动退 v1" }]);
    expect(tr.outbox.map((o) => o.action)).toEqual(["approve"]);
    const runs = await runsOf(db, t.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ outcome: "acted", acted: true, matched: true, version: 1, amountFen: 1_200 });
    expect(runs[0]?.conditions.map((c) => [c.code, c.pass, c.value])).toEqual([
      ["type", true, "refund_only"],
      ["amount_max", true, 1_200],
      ["shipped", true, true],
    ]);
    // Nothing left to do: the next tick finds no work.
    expect(await evaluate(s.shopId)).toBe(0);
    // The page: matches and money today / 7 days and the last run.
    const page = await strategiesOverview(db, s.ctx());
    const small = page.strategies.find((x) => x.kind === "small_amount_refund");
    expect(small?.stats).toEqual({ todayN: 1, todayFen: 1_200, weekN: 1, weekFen: 1_200 });
    expect(small?.lastRuns[0]).toMatchObject({ ticketId: t.id, outcome: "acted", version: 1 });
    const tomorrow = await strategiesOverview(db, s.ctx(new Date(T0.getTime() + DAY)));
    expect(tomorrow.strategies.find((x) => x.kind === "small_amount_refund")?.stats).toMatchObject({
      todayN: 0,
      weekN: 1,
    });
  });

  it("a ¥25 request is considered, recorded as not matched with its values, and left for a person", async () => {
    const s = await strategyShop(db);
    await enableBuiltin(db, s, "small_amount_refund");
    const t = await refundOnly(db, s, 2_500, true);
    expect(await evaluate(s.shopId)).toBe(1);
    expect((await traces(db, t.id)).ticket).toMatchObject({ status: "pending_review", version: 1 });
    const [run] = await runsOf(db, t.id);
    expect(run).toMatchObject({ outcome: "no_match", matched: false, acted: false, why: "退款金额 ¥25.00 ≥ ¥20.00" });
    expect(run?.conditions.find((c) => c.code === "amount_max")).toMatchObject({ pass: false, value: 2_500 });
    expect(await evaluate(s.shopId)).toBe(0);
  });

  it("a turned-off strategy does nothing", async () => {
    const s = await strategyShop(db);
    await enableBuiltin(db, s, "small_amount_refund");
    await enableBuiltin(db, s, "small_amount_refund", false);
    const t = await refundOnly(db, s, 1_200, true);
    expect(await evaluate(s.shopId)).toBe(0);
    expect((await traces(db, t.id)).ticket.status).toBe("pending_review");
    expect(await runsOf(db, t.id)).toHaveLength(0);
  });
});

describe("built-ins on real orders", () => {
  it("极速退款: ¥299.99 unshipped is refunded, ¥300.00 and a virtual order are not", async () => {
    const s = await strategyShop(db);
    await enableBuiltin(db, s, "fast_refund");
    const under = await refundOnly(db, s, 29_999, false);
    const at = await refundOnly(db, s, 30_000, false);
    const virtualOrder = await createOrder(db, s, { paidFen: 5_000, isVirtual: true });
    const virtual = await createTicket(db, s, virtualOrder, { requestedFen: 5_000 });
    const shipped = await refundOnly(db, s, 5_000, true);
    expect(await evaluate(s.shopId)).toBe(4);
    const status = async (id: number) => (await traces(db, id)).ticket.status;
    expect(await status(under.id)).toBe("refunded");
    expect(await status(at.id)).toBe("pending_review");
    expect(await status(virtual.id)).toBe("pending_review");
    expect(await status(shipped.id)).toBe("pending_review");
    expect((await traces(db, under.id)).events[0]?.why).toBe("仅退款，订单金额 ¥299.99 < ¥300.00，未发货，非虚拟商品");
  });

  it("七天无理由自动退货退款 approves the return and never refunds before the goods come back", async () => {
    const s = await strategyShop(db);
    await enableBuiltin(db, s, "seven_day_return");
    const order = await createOrder(db, s, { paidFen: 9_900, sevenDayEligible: true });
    const t = await createTicket(db, s, order, { type: "return_refund", deadlineAction: "auto_approve_return" });
    const noSevenDay = await createOrder(db, s, { paidFen: 9_900, sevenDayEligible: false });
    const other = await createTicket(db, s, noSevenDay, {
      type: "return_refund",
      deadlineAction: "auto_approve_return",
    });
    expect(await evaluate(s.shopId)).toBe(2);
    const tr = await traces(db, t.id);
    expect(tr.ticket.status).toBe("awaiting_return");
    expect(tr.ticket.refundedFen).toBe(0);
    expect(tr.refunds).toHaveLength(0);
    expect(tr.events[0]).toMatchObject({
      actorName: "售后助手·七天无理由自动退货退款 v1",
      why: "退货退款，七天无理由订单",
    });
    expect((await traces(db, other.id)).ticket.status).toBe("pending_review");
  });

  it("a matched strategy that the lifecycle rules refuse (review deadline passed) records why and changes nothing", async () => {
    const s = await strategyShop(db);
    await enableBuiltin(db, s, "small_amount_refund");
    const t = await refundOnly(db, s, 1_200, true);
    await db
      .update(tickets)
      .set({ deadlineAt: new Date(T0.getTime() - 1) })
      .where(eq(tickets.id, t.id));
    expect(await evaluate(s.shopId)).toBe(1);
    const [run] = await runsOf(db, t.id);
    expect(run).toMatchObject({ outcome: "refused", refusal: "DEADLINE_PASSED", acted: false });
    expect((await traces(db, t.id)).refunds).toHaveLength(0);
  });
});

describe("changes", () => {
  it("a ticket that changes is judged again: the parcel is collected, now 小额自动退 matches", async () => {
    const s = await strategyShop(db);
    await enableBuiltin(db, s, "small_amount_refund");
    const t = await refundOnly(db, s, 1_200, false);
    expect(await evaluate(s.shopId)).toBe(1);
    expect((await runsOf(db, t.id))[0]?.outcome).toBe("no_match");
    // The order is collected (what apply-order does: the order row and the ticket's denormalised status).
    await db.update(orders).set({ collectedAt: T0, logisticsStatus: "collected" }).where(eq(orders.id, t.orderId));
    await db.update(tickets).set({ orderLogisticsStatus: "collected" }).where(eq(tickets.id, t.id));
    expect(await evaluate(s.shopId, new Date(T0.getTime() + HOUR))).toBe(1);
    expect((await traces(db, t.id)).ticket.status).toBe("refunded");
  });

  it("editing a strategy never re-runs it on handled tickets; pending ones are judged by the new version", async () => {
    const s = await strategyShop(db);
    const custom = await createCustom(db, s, {
      name: "发货后小额自动退",
      enabled: true,
      definition: {
        action: "approve_refund",
        delayMin: 0,
        conditions: {
          types: ["refund_only"],
          shipped: "shipped",
          amountBasis: "refund",
          minFen: null,
          maxFen: 3_000,
          reasons: [],
          productIds: [],
          skuIds: [],
          orderKinds: [],
          excludeVirtual: false,
          sevenDayOnly: false,
        },
      },
    });
    const handled = await refundOnly(db, s, 2_000, true);
    const bigger = await refundOnly(db, s, 4_000, true);
    expect(await evaluate(s.shopId)).toBe(2);
    expect((await traces(db, handled.id)).ticket.status).toBe("refunded");
    const v2 = await updateStrategy(db, s.ctx(), {
      id: custom.id,
      version: 1,
      definition: { ...{ action: custom.action, delayMin: 0 }, conditions: { ...custom.conditions, maxFen: 5_000 } },
    });
    expect(v2.version).toBe(2);
    expect(await evaluate(s.shopId, new Date(T0.getTime() + 1000))).toBe(1);
    const bt = await traces(db, bigger.id);
    expect(bt.ticket.status).toBe("refunded");
    expect(bt.events[0]?.actorName).toBe("售后助手·发货后小额自动退 v2");
    const handledRuns = await runsOf(db, handled.id);
    expect(handledRuns.map((r) => [r.version, r.outcome])).toEqual([[1, "acted"]]);
    expect((await traces(db, handled.id)).events).toHaveLength(1);
  });

  it("a ticket a person already decided is not touched", async () => {
    const s = await strategyShop(db);
    const t = await refundOnly(db, s, 1_200, true);
    await approve(db, ctxOf(s.handler), { ticketId: t.id, version: 1 });
    await enableBuiltin(db, s, "small_amount_refund");
    expect(await evaluate(s.shopId)).toBe(0);
    const tr = await traces(db, t.id);
    expect(tr.events.map((e) => e.actorKind)).toEqual(["agent"]);
    expect(await runsOf(db, t.id)).toHaveLength(0);
  });
});

describe("strategies never reject", () => {
  it("a strategy whose action is not approve is refused and nothing is stored", async () => {
    const s = await strategyShop(db);
    const before = await strategyRow(db, s.shopId, "custom");
    const e = await domainError(
      createCustom(db, s, {
        name: "自动拒绝",
        definition: { action: "reject" as never, delayMin: 0, conditions: {} as never },
      }),
    );
    expect(e).toBeInstanceOf(DomainError);
    expect(e.code).toBe("INVALID_INPUT");
    expect(await strategyRow(db, s.shopId, "custom")).toEqual(before);
  });

  it("an approve-and-refund strategy cannot be aimed at 退货退款", async () => {
    const s = await strategyShop(db);
    const e = await domainError(
      createCustom(db, s, {
        name: "错误组合",
        definition: {
          action: "approve_refund",
          delayMin: 0,
          conditions: {
            types: ["return_refund"],
            shipped: "any",
            amountBasis: "refund",
            minFen: null,
            maxFen: null,
            reasons: [],
            productIds: [],
            skuIds: [],
            orderKinds: [],
            excludeVirtual: false,
            sevenDayOnly: false,
          },
        },
      }),
    );
    expect(e.message).toBe("同意并退款只适用于仅退款");
  });
});

it("a day later nothing old is re-run: evaluation is idempotent across ticks", async () => {
  const s = await strategyShop(db);
  await enableBuiltin(db, s, "small_amount_refund");
  await refundOnly(db, s, 2_500, true);
  expect(await evaluate(s.shopId)).toBe(1);
  expect(await evaluate(s.shopId, new Date(T0.getTime() + DAY))).toBe(0);
});
