// SPEC §6 after-sales metrics: 售后处理时长, 退款完结时长, 自主完结时长, 售后满意度, 纠纷率, 商责纠纷率, 退款率, 退货率,
// 自动化率, 超时率 — each with its formula and its words. Part of definitions.ts's registry.
import { H, type MetricDefs, orderDims, ratio, ticketDims } from "./metric-kit";

export const afterSalesDefs = {
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
} satisfies MetricDefs;
