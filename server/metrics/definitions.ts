// Every metric of SPEC §6, defined once: what it is computed from (summed facts, see facts.ts), which way is
// better, the breakdowns it supports, its default 预警 threshold, and its definition in words — the same words
// the ⓘ next to the number shows (messages/metrics.ts reads them from here, so words and formula cannot drift).
// The after-sales metrics sit in definitions-after-sales.ts; 客服, 履约 and 店铺体验分 below; all are registered here.
import { afterSalesDefs } from "./definitions-after-sales";
import { type BreakdownDim, type Facts, percentile } from "./facts";
import { H, type MetricDef, orderDims, ratio } from "./metric-kit";
import { type MetricId, metricIds } from "./metric-ids";

export type { MetricDef, MetricKind } from "./metric-kit";
export { ratio } from "./metric-kit";
export { type MetricId, metricIds } from "./metric-ids";

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
  ...afterSalesDefs,
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
