// The demo shop's 90 days, written as a script of what buyers, carriers, the platform and agents do
// and when. simulate.ts plays it through the sandbox platform and the action services in time order.
import type { Reason, TicketType } from "../../server/tickets/domain";
import { interceptionCarriers, interceptionMaxFenExclusive } from "../../server/tickets/rules";
import { buyerNick, type CatalogItem, statements } from "./catalog";
import { between, pick, type Rand, weighted } from "./random";

const H = 3600_000;
const D = 24 * H;

export type Step =
  // `bulk` events touch no ticket (orders without after-sales, conversations): they can be applied
  // in parallel ahead of the ticket script, whose steps must run strictly in time order.
  | { at: number; kind: "event"; orderId: string; type: string; data: Record<string, unknown>; bulk?: boolean }
  | { at: number; kind: "act"; agent: number; ticket: string; action: string; input?: Record<string, unknown> }
  | { at: number; kind: "initiate"; agent: number; ticket: string; orderId: string; input: Record<string, unknown> };

type Flow =
  | "refund_before_ship"
  | "refund_after_ship_intercept"
  | "refund_after_ship_refusal"
  | "refund_after_ship_approve"
  | "small_refund_signed"
  | "return_refund"
  | "return_evidence"
  | "exchange"
  | "reissue"
  | "escalation"
  | "proxy"
  | "cancel";

const flowWeights: [Flow, number][] = [
  ["refund_before_ship", 22],
  ["refund_after_ship_intercept", 5],
  ["refund_after_ship_refusal", 5],
  ["refund_after_ship_approve", 4],
  ["small_refund_signed", 10],
  ["return_refund", 26],
  ["return_evidence", 5],
  ["exchange", 8],
  ["reissue", 6],
  ["escalation", 3],
  ["proxy", 4],
  ["cancel", 2],
];

const carriers = ["中通", "圆通", "申通", "极兔", "韵达", "顺丰", "京东", "邮政"] as const;
const waybill = (r: Rand, carrier: string) =>
  `${{ 中通: "ZT", 圆通: "YT", 申通: "ST", 极兔: "JT", 韵达: "YD", 顺丰: "SF", 京东: "JD", 邮政: "YZ" }[carrier] ?? "KD"}${Math.floor(
    between(r, 1e11, 9e11),
  )}`;

export type Scenario = { steps: Step[]; orders: number; tickets: number };

/** Share of orders that end in today's open queue, and the states they stop at (every state of SPEC §3). */
const RECENT_SHARE = 0.05;
type RecentTarget = { flow: Flow; holdAfter: string; lagH: [number, number] };
const recentTargets: RecentTarget[] = [
  { flow: "refund_before_ship", holdAfter: "ticket.applied", lagH: [0.2, 47.5] }, // 待商家处理, some 即将超时
  { flow: "small_refund_signed", holdAfter: "ticket.applied", lagH: [0.2, 47.5] },
  { flow: "return_refund", holdAfter: "ticket.applied", lagH: [0.2, 47.5] },
  { flow: "refund_after_ship_approve", holdAfter: "ticket.applied", lagH: [0.2, 47.5] }, // 发货后仅退款
  { flow: "refund_after_ship_intercept", holdAfter: "request_interception", lagH: [1, 60] }, // 拦截中
  { flow: "refund_after_ship_refusal", holdAfter: "agree_refusal_refund", lagH: [1, 100] }, // 拒收后退款
  { flow: "return_evidence", holdAfter: "request_evidence", lagH: [1, 60] }, // 待买家举证
  { flow: "return_refund", holdAfter: "approve", lagH: [1, 96] }, // 待买家退货 / 待买家上传单号
  { flow: "return_refund", holdAfter: "return.shipped", lagH: [1, 60] }, // 待商家收货, in transit
  { flow: "return_refund", holdAfter: "return.scan", lagH: [1, 150] }, // 退货物流已签收待处理
  { flow: "exchange", holdAfter: "confirm_receipt", lagH: [1, 40] }, // 待换货发出
  { flow: "reissue", holdAfter: "approve", lagH: [1, 30] }, // 待补发, some late
  { flow: "escalation", holdAfter: "ticket.escalated", lagH: [1, 72] }, // 平台介入中
  { flow: "escalation", holdAfter: "reject", lagH: [1, 72] }, // 已拒绝
  { flow: "proxy", holdAfter: "initiate", lagH: [1, 20] }, // 代客发起待确认
];

const timeKeys = new Set(["paidAt", "promisedShipBy", "shippedAt", "at", "appliedAt"]);
function shiftTimes(data: Record<string, unknown>, delta: number) {
  for (const [k, v] of Object.entries(data)) {
    if (typeof v === "string" && timeKeys.has(k)) data[k] = iso(Date.parse(v) + delta);
    else if (v && typeof v === "object" && !Array.isArray(v)) shiftTimes(v as Record<string, unknown>, delta);
  }
}
const labelOf = (s: Step) => (s.kind === "event" ? s.type : s.kind === "act" ? s.action : "initiate");

/** Drops an order's steps after `holdAfter` and moves the rest so that step happens at `holdAt`. */
function holdAt(steps: Step[], from: number, target: RecentTarget, holdAtMs: number) {
  let cut = steps.length - 1;
  for (let k = steps.length - 1; k >= from; k--) {
    if (labelOf(steps[k] as Step) === target.holdAfter) {
      cut = k;
      break;
    }
  }
  const own = steps.splice(from).slice(0, cut - from + 1);
  const delta = holdAtMs - (own[own.length - 1] as Step).at;
  for (const st of own) {
    st.at += delta;
    if (st.kind === "event") shiftTimes(st.data, delta);
  }
  steps.push(...own);
}

/** One shop's script. `agents` are indexes into the shop's handling members. */
export function buildScenario(opts: {
  rand: Rand;
  shopKey: string;
  catalog: CatalogItem[];
  end: number;
  days: number;
  orders: number;
  ticketRatio: number;
  agents: number;
}): Scenario {
  const { rand: r, end } = opts;
  const start = end - opts.days * D;
  const steps: Step[] = [];
  const weights = opts.catalog.map((c) => [c, c.weight] as const);
  let tickets = 0;
  const buyers = Array.from({ length: Math.round(opts.orders * 0.7) }, (_, i) => ({
    id: `${opts.shopKey}_b${i + 1}`,
    nick: buyerNick(r, i + 1),
  }));

  for (let i = 0; i < opts.orders; i++) {
    // The last orders make today's queue: each stops at a chosen state (see recentTargets).
    const recent =
      i >= opts.orders - Math.round(opts.orders * RECENT_SHARE) ? recentTargets[i % recentTargets.length] : null;
    const limit = recent ? Number.POSITIVE_INFINITY : end;
    // Sales grow toward the end, with a 双11 peak.
    const u = Math.sqrt(r());
    let paidAt = start + u * (end - start - 2 * H);
    if (r() < 0.15) paidAt = Math.min(end - H, Date.parse("2026-11-11T02:00:00+08:00") + between(r, 0, 20 * H));
    const item = weighted(r, weights);
    const buyer = pick(r, buyers);
    const qty = r() < 0.85 ? 1 : 2;
    const orderId = `${opts.shopKey}${String(2611000000 + i * 7 + 13)}`;
    const kind = item.isVirtual
      ? "e_voucher"
      : weighted(r, [
          ["standard", 90],
          ["cross_border", 3],
          ["auction", 2],
          ["coupon_pack", 3],
          ["local_life", 2],
        ] as const);
    const paidFen = item.priceFen * qty;
    const carrier = pick(r, carriers);
    const o = {
      id: orderId,
      paidAt,
      carrier,
      waybill: waybill(r, carrier),
      eWaybill: r() < 0.8,
      packages: r() < 0.95 ? 1 : 2,
    };
    const ev = (at: number, type: string, data: Record<string, unknown>) => {
      if (at <= limit) steps.push({ at, kind: "event", orderId, type, data: { orderId, ...data } });
    };
    const firstStep = steps.length;
    steps.push({
      at: paidAt,
      kind: "event",
      orderId,
      type: "order.created",
      data: {
        order: {
          id: orderId,
          kind,
          paidFen,
          freeShipping: r() < 0.85,
          sevenDayEligible: !item.isFresh && !item.isVirtual,
          paidAt: iso(paidAt),
          promisedShipBy: iso(paidAt + 48 * H),
        },
        buyer,
        items: [
          {
            product: {
              id: `${opts.shopKey}_${item.id}`,
              title: item.title,
              category: item.category,
              isVirtual: !!item.isVirtual,
              isFresh: !!item.isFresh,
            },
            sku: {
              id: `${opts.shopKey}_${item.id}_${item.specs.indexOf(pick(r, item.specs))}`,
              spec: pick(r, item.specs),
              priceFen: item.priceFen,
            },
            qty,
            unitPriceFen: item.priceFen,
          },
        ],
      },
    });
    const markBulk = () => {
      for (let k = firstStep; k < steps.length; k++) {
        const st = steps[k];
        if (st?.kind === "event") st.bulk = true;
      }
    };
    if (item.isVirtual) {
      markBulk(); // delivered electronically
      continue;
    }

    // Forward logistics: most ship within 48 h; some late; a few never collected.
    const shippedAt = paidAt + (r() < 0.9 ? between(r, 2 * H, 40 * H) : between(r, 49 * H, 80 * H));
    const collectedAt = shippedAt + (r() < 0.88 ? between(r, H, 20 * H) : between(r, 25 * H, 60 * H));
    const signedAt = collectedAt + between(r, 1.5 * D, 4 * D);
    const notCollected = r() < 0.03;
    const hasTicket = r() < opts.ticketRatio;
    const flow: Flow | null = recent ? recent.flow : hasTicket ? weighted(r, flowWeights) : null;
    const ship = () => {
      ev(shippedAt, "order.shipped", {
        carrier,
        waybill: o.waybill,
        eWaybill: o.eWaybill,
        packageCount: o.packages,
        shippedAt: iso(shippedAt),
      });
      if (notCollected) return;
      ev(collectedAt, "logistics.scan", { status: "collected", at: iso(collectedAt) });
    };
    const delivered = () => ev(signedAt, "logistics.scan", { status: "signed", at: iso(signedAt) });
    if (!flow) {
      ship();
      if (!notCollected) delivered();
      markBulk();
      continue;
    }
    tickets++;
    const ticket = `${opts.shopKey}_AS${String(100000 + i)}`;
    const agent = Math.floor(r() * opts.agents);
    const decide = (from: number) => from + (r() < 0.8 ? between(r, 0.1 * H, 8 * H) : between(r, 20 * H, 60 * H));
    const act = (at: number, action: string, input?: Record<string, unknown>) => {
      if (at <= limit) steps.push({ at, kind: "act", agent, ticket, action, input });
    };
    const tev = (at: number, type: string, data: Record<string, unknown> = {}) =>
      ev(at, type, { externalId: ticket, ...data });
    const apply = (at: number, type: TicketType, reason: Reason, amount = paidFen) =>
      tev(at, "ticket.applied", {
        type,
        reason,
        requestedFen: amount,
        statement: pick(r, statements[reason] ?? [""]),
        evidence: ["quality_issue", "damaged", "not_as_described", "missing_item", "wrong_item"].includes(reason)
          ? [`https://img.shouhou.dev/evidence/${ticket}-1.jpg`]
          : [],
        appliedAt: iso(at),
      });
    const rate = (at: number, good: boolean) => {
      if (!recent && r() < 0.6)
        tev(at + between(r, H, 30 * H), "rating.created", { stars: good ? (r() < 0.8 ? 5 : 4) : pick(r, [1, 2, 3]) });
    };
    const returnTrip = (approvedAt: number) => {
      const rc = pick(r, carriers);
      const shipped = approvedAt + between(r, 4 * H, 3 * D);
      tev(shipped, "return.shipped", { carrier: rc, waybill: waybill(r, rc) });
      tev(shipped + between(r, 6 * H, 20 * H), "return.scan", { status: "in_transit" });
      const signed = shipped + between(r, 1.5 * D, 3.5 * D);
      tev(signed, "return.scan", { status: "signed" });
      return signed;
    };

    switch (flow) {
      case "refund_before_ship": {
        const at = paidAt + between(r, 0.3 * H, 30 * H);
        apply(
          at,
          "refund_only",
          pick(r, ["no_longer_wanted", "wrong_order", "wrong_address", "late_shipment"] as const),
        );
        const d = decide(at);
        if (r() < 0.85) act(d, "approve");
        rate(d, true);
        break;
      }
      case "refund_after_ship_intercept":
      case "refund_after_ship_refusal":
      case "refund_after_ship_approve": {
        ship();
        const at = collectedAt + between(r, 2 * H, 20 * H);
        apply(at, "refund_only", pick(r, ["no_longer_wanted", "delayed", "wrong_order"] as const));
        const d = decide(at);
        const interceptable =
          (interceptionCarriers as readonly string[]).includes(carrier) &&
          o.eWaybill &&
          o.packages === 1 &&
          !item.isFresh &&
          paidFen < interceptionMaxFenExclusive;
        if (flow === "refund_after_ship_intercept" && interceptable) {
          act(d, "request_interception");
          const ok = r() < 0.7;
          tev(d + between(r, 3 * H, 30 * H), "interception.result", { result: ok ? "success" : "failed" });
          if (!ok) act(d + 40 * H, "approve");
        } else if (flow !== "refund_after_ship_approve") {
          act(d, "agree_refusal_refund");
          ev(d + between(r, 10 * H, 50 * H), "logistics.scan", { status: "refused" });
        } else act(d, "approve");
        rate(d + 2 * D, true);
        break;
      }
      case "small_refund_signed": {
        ship();
        delivered();
        const at = signedAt + between(r, 2 * H, 3 * D);
        apply(
          at,
          "refund_only",
          pick(r, ["quality_issue", "damaged", "transit_damage", "missing_item"] as const),
          Math.min(paidFen, Math.round(between(r, 300, 2500))),
        );
        const d = decide(at);
        act(d, "approve");
        rate(d, true);
        break;
      }
      case "return_refund":
      case "return_evidence": {
        ship();
        delivered();
        const at = signedAt + between(r, 3 * H, 6 * D);
        const reason = pick(r, [
          "seven_day_no_reason",
          "seven_day_no_reason",
          "quality_issue",
          "not_as_described",
          "damaged",
        ] as const);
        apply(at, "return_refund", reason);
        let d = decide(at);
        if (flow === "return_evidence") {
          act(d, "request_evidence");
          tev(d + between(r, 3 * H, 40 * H), "evidence.submitted", {
            evidence: [`https://img.shouhou.dev/evidence/${ticket}-2.jpg`],
          });
          d += between(r, 45 * H, 50 * H);
        }
        act(d, "approve");
        if (r() < 0.9) {
          const signed = returnTrip(d);
          act(signed + (r() < 0.75 ? between(r, 0.5 * H, 20 * H) : between(r, 2 * D, 5 * D)), "confirm_receipt");
          rate(signed + 2 * D, r() < 0.85);
        }
        break;
      }
      case "exchange": {
        ship();
        delivered();
        const at = signedAt + between(r, 5 * H, 5 * D);
        apply(at, "exchange", pick(r, ["not_as_described", "wrong_item", "quality_issue"] as const));
        const d = decide(at);
        act(d, "approve");
        const signed = returnTrip(d);
        const confirmed = signed + between(r, H, 20 * H);
        act(confirmed, "confirm_receipt");
        const rc = pick(r, carriers);
        act(confirmed + between(r, 2 * H, 60 * H), "ship_exchange", { carrier: rc, waybill: waybill(r, rc) });
        rate(confirmed + 3 * D, r() < 0.8);
        break;
      }
      case "reissue": {
        ship();
        delivered();
        const at = signedAt + between(r, 2 * H, 2 * D);
        apply(at, "reissue", "missing_item", Math.min(paidFen, 1500));
        const d = decide(at);
        act(d, "approve");
        act(d + (r() < 0.75 ? between(r, 2 * H, 20 * H) : between(r, 26 * H, 40 * H)), "provide_reissue_waybill", {
          carrier,
          waybill: waybill(r, carrier),
        });
        rate(d + 3 * D, true);
        break;
      }
      case "escalation": {
        ship();
        delivered();
        const at = signedAt + between(r, 3 * H, 3 * D);
        apply(at, "refund_only", pick(r, ["not_as_described", "quality_issue"] as const));
        const d = decide(at);
        act(d, "reject", {
          rejectReason: "商品无质量问题，已提供质检报告",
          evidence: [`https://img.shouhou.dev/qc/${ticket}.jpg`],
        });
        tev(d + between(r, 2 * H, 20 * H), "ticket.escalated", { reason: "商家拒绝，申请平台介入" });
        const merchant = r() < 0.5;
        tev(d + between(r, 2 * D, 4 * D), "platform.ruling", {
          responsibility: merchant ? "merchant" : "buyer",
          result: merchant ? "refund" : "reject",
          note: merchant ? "商家未能举证，判定商责，平台先行退款" : "买家举证不足，维持商家处理",
        });
        rate(d + 5 * D, false);
        break;
      }
      case "proxy": {
        ship();
        delivered();
        if (kind !== "standard" && kind !== "cross_border" && kind !== "auction") break;
        const at = signedAt + between(r, 3 * H, 3 * D);
        if (at > limit) break;
        steps.push({
          at,
          kind: "initiate",
          agent,
          ticket,
          orderId,
          input: {
            type: "refund_only",
            reason: pick(r, ["no_longer_wanted", "quality_issue"] as const),
            amountFen: Math.min(paidFen, Math.round(paidFen / 2)),
            statement: "客服与买家协商后代为发起",
          },
        });
        const outcome = r();
        if (outcome < 0.7) tev(at + between(r, H, 20 * H), "proxy.confirmed", {});
        else if (outcome < 0.85) tev(at + between(r, H, 20 * H), "proxy.rejected", {});
        break;
      }
      case "cancel": {
        const at = paidAt + between(r, H, 20 * H);
        apply(at, "refund_only", "no_longer_wanted");
        tev(at + between(r, 0.2 * H, 3 * H), "ticket.cancelled");
        ship();
        delivered();
        break;
      }
    }
    if (recent) holdAt(steps, firstStep, recent, end - between(r, recent.lagH[0] * H, recent.lagH[1] * H));
  }
  // 客服会话 for the service metrics.
  for (let i = 0; i < Math.round(opts.orders / 2); i++) {
    const startedAt = start + r() * (end - start);
    const reply = r() < 0.8 ? between(r, 10_000, 170_000) : between(r, 200_000, 1_800_000);
    steps.push({
      at: startedAt,
      kind: "event",
      bulk: true,
      orderId: `${opts.shopKey}_conv_${i}`,
      type: "conversation.created",
      data: {
        id: `${opts.shopKey}_c${i}`,
        agentIndex: Math.floor(r() * opts.agents),
        startedAt: iso(startedAt),
        firstReplyAt: iso(startedAt + reply),
        ...(r() < 0.4
          ? {
              rating: weighted(r, [
                [5, 60],
                [4, 20],
                [3, 10],
                [2, 5],
                [1, 5],
              ] as const),
            }
          : {}),
      },
    });
  }
  steps.sort((a, b) => a.at - b.at);
  return { steps, orders: opts.orders, tickets };
}

const iso = (ms: number) => new Date(ms).toISOString();
