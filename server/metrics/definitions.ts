// Every metric of SPEC §6, defined once: what it is computed from (summed facts, see facts.ts), which way is
// better, the breakdowns it supports, its default 预警 threshold, and its definition in words — the same words
// the ⓘ next to the number shows (messages/metrics.ts reads them from here, so words and formula cannot drift).
import { type BreakdownDim, type Facts, type HistFact, percentile } from "./facts";

export const metricIds = [
  "handlingTime",
  "refundOnlyTime",
  "returnRefundTime",
  "selfCompletionTime",
  "satisfaction",
  "disputeRate",
  "merchantDisputeRate",
  "refundRate",
  "returnRate",
  "automationRate",
  "timeoutRate",
  "replyIn3mRate",
  "avgReplyTime",
  "agentGoodRate",
  "shipOnTimeRate",
  "collectOnTimeRate",
  "signTime",
  "experienceScore",
] as const;
export type MetricId = (typeof metricIds)[number];
export type MetricKind = "rate" | "duration" | "score";
type Words = { name: string; definition: string };

export type MetricDef = {
  kind: MetricKind;
  better: "higher" | "lower";
  group: "afterSales" | "service" | "fulfillment" | "overall";
  dims: readonly BreakdownDim[];
  value: (f: Facts) => number | null;
  /** How many tickets / orders / ratings / conversations the value rests on. */
  sample: (f: Facts) => number;
  hist?: HistFact;
  /** Default 预警 threshold: warn when the value is worse than this. */
  warnAt?: number;
  words: { "zh-CN": Words; en: Words };
};

/** A ratio, or null for an empty period: no division by zero, the UI shows "—". */
export const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);
const H = 3600;
const ticketDims = ["reason", "product", "carrier", "agent", "type"] as const;
const orderDims = ["product", "carrier"] as const;

/** 店铺体验分: our own transparent composite (SPEC §6), shown with its formula. */
export const experienceComponents = [
  { metric: "satisfaction", weight: 25, best: 0.95, worst: 0.7 },
  { metric: "disputeRate", weight: 20, best: 0.005, worst: 0.05 },
  { metric: "handlingTime", weight: 15, best: 2 * H, worst: 48 * H },
  { metric: "shipOnTimeRate", weight: 20, best: 0.99, worst: 0.85 },
  { metric: "replyIn3mRate", weight: 10, best: 0.9, worst: 0.5 },
  { metric: "collectOnTimeRate", weight: 10, best: 0.98, worst: 0.8 },
] as const satisfies readonly { metric: MetricId; weight: number; best: number; worst: number }[];

/** A component's points: linear from `worst` (0) to `best` (100), clamped. */
export function componentScore(value: number, best: number, worst: number): number {
  return Math.min(1, Math.max(0, (value - worst) / (best - worst))) * 100;
}

export function experienceBreakdown(f: Facts) {
  const parts = experienceComponents.map((c) => {
    const v = metricDefs[c.metric].value(f);
    return { ...c, value: v, score: v === null ? null : componentScore(v, c.best, c.worst) };
  });
  const used = parts.filter((p) => p.score !== null);
  const weight = used.reduce((s, p) => s + p.weight, 0);
  const score = weight ? used.reduce((s, p) => s + p.weight * (p.score ?? 0), 0) / weight : null;
  return { score, parts };
}

export const metricDefs: Record<MetricId, MetricDef> = {
  handlingTime: {
    kind: "duration",
    better: "lower",
    group: "afterSales",
    dims: ticketDims,
    value: (f) => ratio(f.c.decidedSec, f.c.decided),
    sample: (f) => f.c.decided,
    hist: "decided",
    warnAt: 24 * H,
    words: {
      "zh-CN": {
        name: "售后处理时长",
        definition:
          "买家申请到商家首次处理（同意、拒绝、要求举证、申请拦截等）的时长，按申请日统计，显示平均值与 p50 / p90。平台超时自动同意或自动退款的单也计入（按买家实际等待的时长），尚未处理的单不计入。",
      },
      en: {
        name: "Handling time",
        definition:
          "Application to the merchant's first decision (approve, reject, ask for evidence, intercept…), by application day; mean with p50 / p90. Auto-decisions by the platform timer count too (the buyer did wait that long); undecided tickets do not.",
      },
    },
  },
  refundOnlyTime: {
    kind: "duration",
    better: "lower",
    group: "afterSales",
    dims: ticketDims,
    value: (f) => ratio(f.c.refundOnlySec, f.c.refundOnly),
    sample: (f) => f.c.refundOnly,
    hist: "refundOnly",
    words: {
      "zh-CN": { name: "退款完结时长（仅退款）", definition: "仅退款单从买家申请到退款成功的时长，按退款日统计。" },
      en: {
        name: "Refund time (refund only)",
        definition: "Refund-only tickets: application to refund, by refund day.",
      },
    },
  },
  returnRefundTime: {
    kind: "duration",
    better: "lower",
    group: "afterSales",
    dims: ticketDims,
    value: (f) => ratio(f.c.returnRefundSec, f.c.returnRefund),
    sample: (f) => f.c.returnRefund,
    hist: "returnRefund",
    words: {
      "zh-CN": {
        name: "退款完结时长（退货退款）",
        definition: "退货退款单从买家申请到退款成功的时长（含买家寄回与退货物流），按退款日统计。",
      },
      en: {
        name: "Refund time (return & refund)",
        definition: "Return-and-refund tickets: application to refund, including the return trip, by refund day.",
      },
    },
  },
  selfCompletionTime: {
    kind: "duration",
    better: "lower",
    group: "afterSales",
    dims: ticketDims,
    value: (f) => ratio(f.c.selfDoneSec, f.c.selfDone),
    sample: (f) => f.c.selfDone,
    hist: "selfDone",
    words: {
      "zh-CN": {
        name: "自主完结时长",
        definition: "退货退款中商家可控的部分：退货包裹签收到退款成功的时长，按退款日统计。",
      },
      en: {
        name: "Merchant-controlled time",
        definition: "The part of a return the merchant controls: return parcel signed for → refund, by refund day.",
      },
    },
  },
  satisfaction: {
    kind: "rate",
    better: "higher",
    group: "afterSales",
    dims: ticketDims,
    value: (f) => ratio(f.c.ratingsSatisfied, f.c.ratings),
    sample: (f) => f.c.ratings,
    warnAt: 0.85,
    words: {
      "zh-CN": { name: "售后满意度", definition: "4–5 星的售后评价数 ÷ 全部售后评价数，按评价日统计。" },
      en: { name: "Satisfaction", definition: "4–5 star after-sales ratings ÷ all ratings, by rating day." },
    },
  },
  disputeRate: {
    kind: "rate",
    better: "lower",
    group: "afterSales",
    dims: ticketDims,
    value: (f) => ratio(f.c.escalated, f.c.tickets),
    sample: (f) => f.c.tickets,
    warnAt: 0.02,
    words: {
      "zh-CN": { name: "纠纷率（平台介入率）", definition: "申请了平台介入的售后单数 ÷ 售后单数，按申请日统计。" },
      en: {
        name: "Dispute rate (escalation)",
        definition: "Tickets escalated to the platform ÷ tickets, by application day.",
      },
    },
  },
  merchantDisputeRate: {
    kind: "rate",
    better: "lower",
    group: "afterSales",
    dims: orderDims,
    value: (f) => ratio(f.c.merchantRuled, f.c.orders),
    sample: (f) => f.c.orders,
    words: {
      "zh-CN": {
        name: "商责纠纷率",
        definition: "平台判定为商家责任的售后单数（按申请日） ÷ 支付订单数（按支付日）。",
      },
      en: {
        name: "Merchant-fault disputes",
        definition: "Tickets ruled merchant's fault (by application day) ÷ paid orders (by payment day).",
      },
    },
  },
  refundRate: {
    kind: "rate",
    better: "lower",
    group: "afterSales",
    dims: orderDims,
    value: (f) => ratio(f.c.refunds, f.c.orders),
    sample: (f) => f.c.orders,
    words: {
      "zh-CN": { name: "退款率", definition: "退款成功的售后单数（按退款日） ÷ 支付订单数（按支付日）。" },
      en: { name: "Refund rate", definition: "Refunded tickets (by refund day) ÷ paid orders (by payment day)." },
    },
  },
  returnRate: {
    kind: "rate",
    better: "lower",
    group: "afterSales",
    dims: orderDims,
    value: (f) => ratio(f.c.returnRequests, f.c.orders),
    sample: (f) => f.c.orders,
    words: {
      "zh-CN": { name: "退货率", definition: "退货退款申请数（按申请日） ÷ 支付订单数（按支付日）。" },
      en: {
        name: "Return rate",
        definition: "Return-and-refund applications (by application day) ÷ paid orders (by payment day).",
      },
    },
  },
  automationRate: {
    kind: "rate",
    better: "higher",
    group: "afterSales",
    dims: ticketDims,
    value: (f) => ratio(f.c.endedByStrategy, f.c.ended),
    sample: (f) => f.c.ended,
    words: {
      "zh-CN": { name: "自动化率", definition: "由售后助手策略自动完结的售后单 ÷ 已完结的售后单，按申请日统计。" },
      en: {
        name: "Automation rate",
        definition: "Tickets ended by a 售后助手 strategy ÷ ended tickets, by application day.",
      },
    },
  },
  timeoutRate: {
    kind: "rate",
    better: "lower",
    group: "afterSales",
    dims: ticketDims,
    value: (f) => ratio(f.c.endedByTimer, f.c.ended),
    sample: (f) => f.c.ended,
    warnAt: 0.3,
    words: {
      "zh-CN": {
        name: "超时率",
        definition:
          "因平台超时规则而完结的售后单（如超时自动退款、买家超时未寄回关闭） ÷ 已完结的售后单，按申请日统计。",
      },
      en: {
        name: "Timeout rate",
        definition: "Tickets ended by a platform timer ÷ ended tickets, by application day.",
      },
    },
  },
  replyIn3mRate: {
    kind: "rate",
    better: "higher",
    group: "service",
    dims: ["agent"],
    value: (f) => ratio(f.c.repliedIn3m, f.c.conversations),
    sample: (f) => f.c.conversations,
    warnAt: 0.8,
    words: {
      "zh-CN": {
        name: "3分钟回复率",
        definition: "3 分钟内客服首次回复的会话 ÷ 全部会话（未回复的也算在内），按会话开始日统计。",
      },
      en: {
        name: "3-minute reply rate",
        definition:
          "Conversations first answered within 3 min ÷ all conversations (unanswered included), by start day.",
      },
    },
  },
  avgReplyTime: {
    kind: "duration",
    better: "lower",
    group: "service",
    dims: ["agent"],
    value: (f) => ratio(f.c.replySec, f.c.replied),
    sample: (f) => f.c.replied,
    words: {
      "zh-CN": {
        name: "平均回复时长",
        definition: "会话开始到客服首次回复的平均时长（只算已回复的会话），按会话开始日统计。",
      },
      en: {
        name: "Average reply time",
        definition: "Mean time from start to the first agent reply (answered conversations), by start day.",
      },
    },
  },
  agentGoodRate: {
    kind: "rate",
    better: "higher",
    group: "service",
    dims: ["agent"],
    value: (f) => ratio(f.c.convGood, f.c.convRated),
    sample: (f) => f.c.convRated,
    words: {
      "zh-CN": { name: "客服好评率", definition: "4–5 星的会话评价 ÷ 有评价的会话，按会话开始日统计。" },
      en: { name: "Agent rating", definition: "4–5 star conversation ratings ÷ rated conversations, by start day." },
    },
  },
  shipOnTimeRate: {
    kind: "rate",
    better: "higher",
    group: "fulfillment",
    dims: orderDims,
    value: (f) => ratio(f.c.shipOnTime, f.c.shipAssessed),
    sample: (f) => f.c.shipAssessed,
    warnAt: 0.95,
    words: {
      "zh-CN": {
        name: "发货及时率",
        definition:
          "承诺发货时间前发货的订单 ÷ 参与考核的订单，按支付日统计。承诺发货时间落在店铺假期内的，顺延假期设置的天数；报备覆盖的订单、虚拟商品、发货前买家已申请仅退款的订单不参与考核；未发货且未到承诺时间的订单暂不考核。",
      },
      en: {
        name: "On-time shipping",
        definition:
          "Orders shipped by the promised time ÷ assessed orders, by payment day. A promise falling on a shop holiday moves by the holiday's days; orders covered by a filing (报备), virtual goods and orders the buyer asked to refund before shipment are not assessed; unshipped orders not yet due wait.",
      },
    },
  },
  collectOnTimeRate: {
    kind: "rate",
    better: "higher",
    group: "fulfillment",
    dims: orderDims,
    value: (f) => ratio(f.c.collectOnTime, f.c.collectAssessed),
    sample: (f) => f.c.collectAssessed,
    warnAt: 0.9,
    words: {
      "zh-CN": {
        name: "揽收及时率",
        definition: "发货后 24 小时内被快递揽收的订单 ÷ 已揽收或发货已满 24 小时的订单，按支付日统计。",
      },
      en: {
        name: "On-time collection",
        definition: "Orders collected within 24 h of shipment ÷ orders collected or shipped 24 h ago, by payment day.",
      },
    },
  },
  signTime: {
    kind: "duration",
    better: "lower",
    group: "fulfillment",
    dims: orderDims,
    value: (f) => ratio(f.c.signedSec, f.c.signed),
    sample: (f) => f.c.signed,
    hist: "signed",
    words: {
      "zh-CN": { name: "签收时长", definition: "订单发货到买家签收的时长，按支付日统计。" },
      en: { name: "Delivery time", definition: "Shipment to the buyer signing for the parcel, by payment day." },
    },
  },
  experienceScore: {
    kind: "score",
    better: "higher",
    group: "overall",
    dims: [],
    value: (f) => experienceBreakdown(f).score,
    sample: (f) => f.c.tickets + f.c.orders,
    warnAt: 60,
    words: {
      "zh-CN": {
        name: "店铺体验分",
        definition:
          "本工作台自定的综合分（不是平台官方分）：每个分项按区间线性折算为 0–100 分，再按权重加权平均；没有数据的分项不参与，其余分项按权重比例计。",
      },
      en: {
        name: "Shop experience score",
        definition:
          "Our own composite (not the platform's score): each part is scaled linearly to 0–100 between its bounds, then weighted; parts with no data are left out and the others keep their relative weights.",
      },
    },
  },
};

export type MetricValue = { value: number | null; sample: number; p50?: number | null; p90?: number | null };

export function metricValue(id: MetricId, f: Facts): MetricValue {
  const d = metricDefs[id];
  const out: MetricValue = { value: d.value(f), sample: d.sample(f) };
  if (d.hist) {
    out.p50 = percentile(f.h[d.hist], 0.5);
    out.p90 = percentile(f.h[d.hist], 0.9);
  }
  return out;
}

/** Values of every metric (or those supporting `dim`) from one set of facts. */
export function metricValues(f: Facts, ids: readonly MetricId[] = metricIds): Partial<Record<MetricId, MetricValue>> {
  return Object.fromEntries(ids.map((id) => [id, metricValue(id, f)]));
}

export const metricsForDim = (dim: BreakdownDim) => metricIds.filter((id) => metricDefs[id].dims.includes(dim));
