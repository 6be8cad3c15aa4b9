// The platform timer's rules in words, for the timeline's "why" (SPEC §3 table, column "when it passes").

import type { TicketType, TimeLimits } from "../tickets/domain";
import type { DeadlineRule, Transition } from "../tickets/rules";

/** As the seeds say it: "48 小时", "72 小时", "5 天", "10 天". */
const span = (min: number): string =>
  min > 72 * 60 && min % (24 * 60) === 0
    ? `${min / (24 * 60)} 天`
    : min % 60 === 0
      ? `${min / 60} 小时`
      : `${min} 分钟`;

/**
 * e.g. "商家 48 小时内未处理，平台自动退款". `givenMin` is the limit the deadline was given when it started
 * (tickets.deadline_min): the shop may have changed that limit since. Without it, the shop's limit now.
 */
export function timerWhy(
  rule: DeadlineRule | "no_rule",
  type: TicketType,
  to: Transition["to"],
  limits: TimeLimits,
  givenMin?: number | null,
): string {
  const l = (key: keyof TimeLimits) => span(givenMin ?? limits[key]);
  switch (rule) {
    case "review_timeout":
      return `商家 ${l("reviewMin")}内未处理，平台${type === "refund_only" ? "自动退款" : "自动同意"}`;
    case "evidence_timeout":
      return `买家 ${l("evidenceMin")}内未举证，退回待商家处理`;
    case "buyer_ship_timeout":
      return `买家 ${l("buyerShipMin")}内未退货，售后自动关闭`;
    case "confirm_receipt_timeout":
      return `商家 ${l("confirmReceiptMin")}内未确认收货，${to === "refunded" ? "平台自动退款" : "平台自动确认收货"}`;
    case "refusal_refund_timeout":
      return `拒收后退款 ${l("refusalRefundMin")}内未处理，平台自动退款`;
    case "interception_timeout":
      return `物流拦截 ${l("interceptionMin")}内未成功，退回待商家处理`;
    case "reissue_timeout":
      return `${l("reissueMin")}内未提供补发单号，记为延迟发货`;
    case "exchange_reship_timeout":
      return `${l("exchangeReshipMin")}内未发出换货，记为延迟发货`;
    case "proxy_confirm_timeout":
      return `买家 ${l("proxyConfirmMin")}内未确认代客发起的售后，已失效`;
    case "logistics_refused":
      return "物流显示拒收或退回，平台自动退款";
    case "no_rule":
      return "该状态没有平台超时规则，已清除处理时限";
  }
}
