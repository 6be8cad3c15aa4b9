// What the platform and the carriers do to a ticket (SPEC §3 rows 拒收后退款, 拦截中, 平台介入中). Pure, like
// effects.ts: the steps to apply through applyChange, or a DomainError when the event does not fit the state.
import { type Order, ruleOrderOf, ruleTicketOf } from "../tickets/actions/rule-context";
import type { TimeLimits } from "../tickets/domain";
import { deadlineIn, onLogisticsRefused } from "../tickets/rules";
import type { Ticket, TicketChange } from "../tickets/transition";
import {
  carrierActor,
  checkAmount,
  type Data,
  platformActor,
  requireStatus,
  reviewDeadline,
  type Step,
} from "./effects";

/**
 * 平台介入中 → decided: 商责 or 买责, with result (SPEC §3 Platform rulings): refund → 退款成功 (the platform
 * refunds first); reject → closed, the rejection stands; reissue → 待补发 24 h; exchange → the buyer returns the
 * wrong item first (待买家退货), then the merchant ships the replacement.
 */
export function rulingEffect(
  t: Ticket,
  d: Data<"platform.ruling">,
  paidFen: number,
  limits: TimeLimits,
  at: Date,
): Step[] {
  requireStatus(t, ["platform_intervention"], "platform.ruling");
  const ruling = { rulingResponsibility: d.responsibility, rulingNote: d.note };
  const base = { why: d.note, data: { responsibility: d.responsibility, result: d.result } };
  let change: TicketChange;
  switch (d.result) {
    case "refund": {
      const amount = d.amountFen ?? t.requestedFen;
      checkAmount(amount, paidFen, "data.amountFen");
      change = {
        ...base,
        action: "platform.ruling_refund",
        status: "refunded",
        deadline: null,
        refundFen: amount,
        set: ruling,
      };
      break;
    }
    case "reject":
      change = { ...base, action: "platform.ruling_reject", status: "closed", deadline: null, set: ruling };
      break;
    case "reissue":
      change = {
        ...base,
        action: "platform.ruling_reissue",
        status: "awaiting_reissue",
        deadline: deadlineIn(at, limits.reissueMin, "flag_late"),
        set: { ...ruling, type: "reissue" },
      };
      break;
    case "exchange":
      change = {
        ...base,
        action: "platform.ruling_exchange",
        status: "awaiting_return",
        deadline: deadlineIn(at, limits.buyerShipMin, "auto_close"),
        set: { ...ruling, type: "exchange", approvedAt: at },
      };
      break;
  }
  return [{ actor: platformActor, change }];
}

/** 拦截中: success → refund; failed → back to 待商家处理 with the failure noted (SPEC §3 拦截中 row). */
export function interceptionEffect(t: Ticket, d: Data<"interception.result">, limits: TimeLimits, at: Date): Step[] {
  // The 退回 scan may come first and refund (refusalScanEffect): the carrier's success then changes nothing.
  if (d.result === "success" && t.status === "refunded" && t.refundedFen > 0) return [];
  requireStatus(t, ["intercepting"], "interception.result");
  const actor = carrierActor(t.carrier);
  if (d.result === "success") {
    return [
      {
        actor,
        change: {
          action: "logistics.interception_succeeded",
          status: "refunded",
          deadline: null,
          refundFen: t.requestedFen,
          why: d.note ?? null,
        },
      },
    ];
  }
  return [
    {
      actor,
      change: {
        action: "logistics.interception_failed",
        status: "pending_review",
        deadline: reviewDeadline(t.type, at, limits),
        set: { interceptionFailed: true },
        why: d.note ?? "拦截失败",
      },
    },
  ];
}

/**
 * A forward scan showing 拒收/退回 on an open ticket: the rules' onLogisticsRefused decides (拒收后退款, and
 * 拦截中, whose successful interception shows up as 退回) — SPEC §3 拒收后退款 row. `order` is as of this scan.
 */
export function refusalScanEffect(t: Ticket, order: Order): Step[] {
  const outcome = onLogisticsRefused(ruleTicketOf(t), ruleOrderOf(order));
  if (!outcome) return [];
  const tr = outcome.transition;
  return [
    {
      actor: carrierActor(t.carrier),
      change: {
        action: "logistics.refused_auto_refund",
        status: tr.to,
        deadline: tr.deadline,
        refundFen: tr.refundFen,
        why: order.logisticsStatus === "refused" ? "物流显示拒收，自动退款" : "物流显示退回，自动退款",
        data: { rule: outcome.rule, logisticsStatus: order.logisticsStatus },
      },
    },
  ];
}
