// Every metric of SPEC §6 on small hand-made cases, through the same fact extraction the rollups use.
// Includes the empty period: no division by zero, the value is null and the UI shows "—".
import { describe, expect, it } from "vitest";
import { formatMetric } from "../../components/metrics/format";
import { experienceBreakdown, type MetricId, metricIds, metricValue } from "./definitions";
import {
  addConversation,
  addOrder,
  addRating,
  addRefund,
  addTicket,
  type OrderSource,
  type TicketDims,
  type TicketSource,
} from "./extract";
import { emptyFacts, type Facts, FactsByKey } from "./facts";

const T0 = new Date("2026-03-02T02:00:00Z"); // 10:00 Shanghai
const at = (min: number) => new Date(T0.getTime() + min * 60_000);
const H = 60;
const dims: TicketDims = {
  type: "refund_only",
  reason: "quality_issue",
  productId: "p1",
  carrier: "中通",
  agentId: "m1",
};
const noCal = { holidays: [], filings: [] };
const all = (b: FactsByKey): Facts => b.get("all", "") ?? emptyFacts();

function ticket(o: Partial<TicketSource> = {}): TicketSource {
  return {
    ...dims,
    appliedAt: at(0),
    firstDecisionAt: null,
    escalatedAt: null,
    rulingResponsibility: null,
    endedAt: null,
    handledBy: null,
    ...o,
  };
}
function order(o: Partial<OrderSource> = {}): OrderSource {
  return {
    id: `o${Math.random()}`,
    paidAt: at(0),
    productId: "p1",
    carrier: "中通",
    isVirtual: false,
    refundOnlyBeforeShip: false,
    promisedShipBy: at(48 * H),
    shippedAt: at(10 * H),
    collectedAt: at(12 * H),
    signedAt: at(60 * H),
    ...o,
  };
}

describe("after-sales metrics", () => {
  it("售后处理时长: application → first decision, mean and p50/p90; undecided tickets do not count", () => {
    const b = new FactsByKey();
    addTicket(b, ticket({ firstDecisionAt: at(1 * H) }));
    addTicket(b, ticket({ firstDecisionAt: at(3 * H) }));
    addTicket(b, ticket({ firstDecisionAt: at(48 * H) })); // the platform timer's auto-approval counts
    addTicket(b, ticket());
    const v = metricValue("handlingTime", all(b));
    expect(v).toEqual({ value: ((1 + 3 + 48) * 3600) / 3, sample: 3, p50: 3 * 3600, p90: 48 * 3600 });
  });

  it("退款完结时长 per type, 自主完结时长 from the return signed for", () => {
    const b = new FactsByKey();
    const base = { ...dims, amountFen: 1000, appliedAt: at(0), returnSignedAt: null };
    addRefund(b, { ...base, at: at(2 * H) });
    addRefund(b, { ...base, at: at(4 * H) });
    addRefund(b, { ...base, type: "return_refund", at: at(100 * H), returnSignedAt: at(90 * H) });
    addRefund(b, { ...base, type: "return_refund", at: at(50 * H) }); // refunded without a signed return
    addRefund(b, { ...base, type: "reissue", at: at(5 * H) }); // counted as a refund, in neither duration
    const f = all(b);
    expect(metricValue("refundOnlyTime", f).value).toBe(3 * 3600);
    expect(metricValue("returnRefundTime", f)).toMatchObject({ value: 75 * 3600, sample: 2 });
    expect(metricValue("selfCompletionTime", f)).toMatchObject({ value: 10 * 3600, sample: 1, p50: 10 * 3600 });
    expect(f.c.refunds).toBe(5);
    expect(f.c.refundFen).toBe(5000);
  });

  it("售后满意度: 4–5 stars over all ratings", () => {
    const b = new FactsByKey();
    for (const stars of [5, 4, 3, 1]) addRating(b, { ...dims, at: at(0), stars });
    expect(metricValue("satisfaction", all(b))).toEqual({ value: 0.5, sample: 4 });
  });

  it("纠纷率, 自动化率, 超时率 over tickets; 商责纠纷率, 退款率, 退货率 over paid orders", () => {
    const b = new FactsByKey();
    addTicket(
      b,
      ticket({ escalatedAt: at(H), rulingResponsibility: "merchant", endedAt: at(9 * H), handledBy: "platform" }),
    );
    addTicket(b, ticket({ endedAt: at(H), handledBy: "strategy" }));
    addTicket(b, ticket({ endedAt: at(H), handledBy: "platform_timer", type: "return_refund" }));
    addTicket(b, ticket({ endedAt: at(H), handledBy: "agent" }));
    addTicket(b, ticket()); // open
    for (let i = 0; i < 10; i++) addOrder(b, order(), noCal, at(100 * H));
    addRefund(b, { ...dims, at: at(2 * H), amountFen: 100, appliedAt: at(0), returnSignedAt: null });
    const f = all(b);
    expect(metricValue("disputeRate", f).value).toBeCloseTo(1 / 5);
    expect(metricValue("automationRate", f)).toEqual({ value: 1 / 4, sample: 4 });
    expect(metricValue("timeoutRate", f).value).toBe(1 / 4);
    expect(metricValue("merchantDisputeRate", f)).toEqual({ value: 1 / 10, sample: 10 });
    expect(metricValue("refundRate", f).value).toBe(1 / 10);
    expect(metricValue("returnRate", f).value).toBe(1 / 10);
  });
});

describe("service metrics", () => {
  it("3分钟回复率 counts unanswered conversations; 平均回复时长 only answered ones; 客服好评率 4–5 stars", () => {
    const b = new FactsByKey();
    const c = (replySec: number | null, rating: number | null = null) =>
      addConversation(b, {
        startedAt: at(0),
        firstReplyAt: replySec === null ? null : new Date(at(0).getTime() + replySec * 1000),
        agentId: "m1",
        rating,
      });
    c(180, 5); // exactly 3 minutes: in time
    c(181, 4);
    c(null, 2);
    const f = all(b);
    expect(metricValue("replyIn3mRate", f)).toEqual({ value: 1 / 3, sample: 3 });
    expect(metricValue("avgReplyTime", f)).toEqual({ value: 180.5, sample: 2 });
    expect(metricValue("agentGoodRate", f)).toEqual({ value: 2 / 3, sample: 3 });
    expect(b.get("agent", "m1")?.c.conversations).toBe(3);
  });
});

describe("fulfillment metrics", () => {
  it("发货及时率: on time by the promise; late or unshipped-past-due count; not due, virtual, pre-ship refunds, 报备 do not", () => {
    const b = new FactsByKey();
    const now = at(100 * H);
    const cal = { holidays: [], filings: [{ orderIds: ["filed"], coversFrom: null, coversTo: null }] };
    addOrder(b, order({ shippedAt: at(48 * H) }), cal, now); // on the promise: on time
    addOrder(b, order({ shippedAt: at(48 * H + 1) }), cal, now); // a minute late… a millisecond
    addOrder(b, order({ shippedAt: null, collectedAt: null, signedAt: null }), cal, now); // past due, unshipped
    addOrder(
      b,
      order({ paidAt: at(90 * H), promisedShipBy: at(138 * H), shippedAt: null, collectedAt: null, signedAt: null }),
      cal,
      now,
    );
    addOrder(b, order({ isVirtual: true, shippedAt: null, collectedAt: null, signedAt: null }), cal, now);
    addOrder(b, order({ refundOnlyBeforeShip: true, shippedAt: null, collectedAt: null, signedAt: null }), cal, now);
    addOrder(b, order({ id: "filed", shippedAt: at(70 * H) }), cal, now);
    const f = all(b);
    expect(metricValue("shipOnTimeRate", f)).toEqual({ value: 1 / 3, sample: 3 });
    expect(f.c.shipFiled).toBe(1);
    expect(f.c.orders).toBe(7);
  });

  it("揽收及时率: within 24 h of shipment; uncollected counts once 24 h passed", () => {
    const b = new FactsByKey();
    const now = at(100 * H);
    addOrder(b, order({ shippedAt: at(10 * H), collectedAt: at(34 * H) }), noCal, now); // exactly 24 h
    addOrder(b, order({ shippedAt: at(10 * H), collectedAt: at(34 * H + 1) }), noCal, now);
    addOrder(b, order({ shippedAt: at(10 * H), collectedAt: null, signedAt: null }), noCal, now); // late
    addOrder(b, order({ shippedAt: at(90 * H), collectedAt: null, signedAt: null }), noCal, now); // not yet due
    expect(metricValue("collectOnTimeRate", all(b))).toEqual({ value: 1 / 3, sample: 3 });
  });

  it("签收时长: shipment → signed, by carrier too", () => {
    const b = new FactsByKey();
    addOrder(b, order({ shippedAt: at(0), signedAt: at(48 * H) }), noCal, at(100 * H));
    addOrder(b, order({ shippedAt: at(0), signedAt: at(24 * H), carrier: "顺丰" }), noCal, at(100 * H));
    expect(metricValue("signTime", all(b))).toMatchObject({ value: 36 * 3600, sample: 2, p50: 24 * 3600 });
    expect(metricValue("signTime", b.get("carrier", "顺丰") ?? emptyFacts()).value).toBe(24 * 3600);
  });
});

describe("店铺体验分", () => {
  it("weights the parts it has data for; each part is linear between its zero and full lines", () => {
    const f = emptyFacts();
    f.c.ratings = 40;
    f.c.ratingsSatisfied = 33; // 82.5%: halfway between 70% and 95% → 50 points
    expect(experienceBreakdown(f).score).toBeCloseTo(50);
    f.c.tickets = 100; // 纠纷率 0% → 100 points, weight 20 against satisfaction's 25
    expect(experienceBreakdown(f).score).toBeCloseTo((25 * 50 + 20 * 100) / 45);
  });
});

describe("an empty period", () => {
  it("gives null for every metric (no division by zero) and the UI shows —", () => {
    const f = emptyFacts();
    for (const id of metricIds) {
      const v = metricValue(id as MetricId, f);
      expect(v.value, id).toBeNull();
      expect(v.sample, id).toBe(0);
      if (v.p50 !== undefined) expect(v.p50, id).toBeNull();
      expect(formatMetric("rate", v.value, { d: "{n}天", h: "{n}小时", m: "{n}分钟" })).toBe("—");
    }
  });
});
