// SPEC §4 代客发起售后: which orders an agent may start after-sales for, and what the buyer's confirm does.
import type { OrderKind, Reason, TicketType, TimeLimits } from "./domain";
import { reasonResponsibility } from "./domain";
import { reviewDeadline } from "./rules-deadlines";
import type { Refusal, RuleMember, RuleOrder, RuleTicket, Transition } from "./rules-types";
import { checkRefundAmount, deadlineIn, refuse } from "./rules-types";

/** 自建, 跨境 and 拍卖 orders; not 券包, 本地生活, 电子凭证 (SPEC §4 代客发起售后). */
export const proxyOrderKinds: readonly OrderKind[] = ["standard", "cross_border", "auction"];
/** The seed's 代客发起 covers 仅退款 and 退货退款 only ("客服代买家发起仅退款/退货退款"). */
export const proxyTicketTypes: readonly TicketType[] = ["refund_only", "return_refund"];

export type ProxyInput = { type: TicketType; reason: Reason; amountFen: number };

/**
 * May this member start a 代客 ticket on this order? Any member of the shop may (the seed's "merchant agents
 * only" excludes 达人客服, who are not shop members); 售后处理权限 is not needed to initiate (SPEC §1).
 * `member` is null when the actor is not a member of the order's shop.
 */
export function proxyInitiation(
  order: RuleOrder,
  member: RuleMember | null,
  input: ProxyInput,
): { ok: true } | Refusal {
  if (member === null) return refuse("NOT_SHOP_MEMBER");
  if (!proxyOrderKinds.includes(order.kind)) return refuse("PROXY_ORDER_KIND_UNSUPPORTED", { kind: order.kind });
  if (!proxyTicketTypes.includes(input.type)) return refuse("PROXY_TYPE_UNSUPPORTED", { type: input.type });
  return checkRefundAmount(input.amountFen, order.paidFen) ?? { ok: true };
}

/**
 * On the buyer's confirm: 仅退款 with a non-merchant reason (买家原因 or 物流问题) is approved with no second
 * review and refunded at once; everything else enters 待商家处理 (SPEC §4 代客发起售后).
 */
export function proxyConfirmOutcome(
  type: TicketType,
  reason: Reason,
): { autoApproved: true; to: "refunded" } | { autoApproved: false; to: "pending_review" } {
  if (type === "refund_only" && reasonResponsibility[reason] !== "merchant")
    return { autoApproved: true, to: "refunded" };
  return { autoApproved: false, to: "pending_review" };
}

/** The full transition for a confirmed 代客 ticket (review deadline runs from the confirm). */
export function onProxyConfirmed(ticket: RuleTicket, limits: TimeLimits, now: Date): Transition {
  const outcome = proxyConfirmOutcome(ticket.type, ticket.reason);
  if (outcome.autoApproved) return { to: "refunded", deadline: null, refundFen: ticket.requestedFen };
  return { to: "pending_review", deadline: reviewDeadline(ticket.type, now, limits) };
}

/** The 24 h the buyer has to confirm or edit the card; after it the ticket expires (SPEC §3 代客发起待确认). */
export const proxyConfirmDeadline = (limits: TimeLimits, now: Date) =>
  deadlineIn(now, limits.proxyConfirmMin, "expire_proxy");
