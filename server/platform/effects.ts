// What the buyer's events do to a ticket (SPEC §3 lifecycle table, §4 代客发起售后); the platform's and the
// carriers' are in effects-platform.ts. Pure: (ticket, event data, limits, time) → the steps to apply through
// applyChange, or a DomainError when the event does not fit the ticket's state. The merchant's own actions live
// in server/tickets/rules*.ts; these are the other parties' moves.
import { DomainError } from "../errors";
import { ruleTicketOf } from "../tickets/actions/rule-context";
import { reasonResponsibility, type TicketStatus, type TimeLimits, terminalStatuses } from "../tickets/domain";
import { onProxyConfirmed, returnShippedTransition, reviewDeadline } from "../tickets/rules";
import type { Actor, Ticket, TicketChange } from "../tickets/transition";
import type { EventOf, PlatformEventType } from "./events";

export type Step = { actor: Actor; change: TicketChange };
export type Data<T extends PlatformEventType> = EventOf<T>["data"];

export const platformActor: Actor = { kind: "platform", id: null, name: "快手平台" };
export const buyerActor = (t: Pick<Ticket, "buyerId" | "buyerNick">): Actor => ({
  kind: "buyer",
  id: t.buyerId,
  name: t.buyerNick,
});
export const carrierActor = (carrier: string | null): Actor => ({
  kind: "logistics",
  id: null,
  name: carrier ?? "物流",
});

// 待商家处理's 48 h deadline is the rules' (SPEC §3 row 1).
export { reviewDeadline };

export const isOpen = (s: TicketStatus) => !terminalStatuses.includes(s);

export function requireStatus(t: Ticket, allowed: readonly TicketStatus[], what: string): void {
  if (!allowed.includes(t.status)) {
    throw new DomainError(
      "ACTION_NOT_ALLOWED",
      `${what}: ticket ${t.externalId} is ${t.status}, expected ${allowed.join("|")}`,
    );
  }
}

export function checkAmount(amountFen: number, paidFen: number, field: string): void {
  if (amountFen > paidFen) {
    throw new DomainError("INVALID_INPUT", `${field}: ${amountFen} exceeds the order's paid amount ${paidFen}`, {
      field,
    });
  }
}

/** The buyer withdraws an open application → 已关闭 (closed, handled by the buyer). */
export function cancelEffect(t: Ticket): Step[] {
  if (!isOpen(t.status)) requireStatus(t, [], "ticket.cancelled");
  return [
    {
      actor: buyerActor(t),
      change: { action: "buyer.cancel", status: "closed", deadline: null, set: { handledBy: "buyer" } },
    },
  ];
}

/** 待买家退货 → 待商家收货: 10 days from the waybill submission, then auto-refund (SPEC §3 row 3). */
export function returnShippedEffect(t: Ticket, d: Data<"return.shipped">, limits: TimeLimits, at: Date): Step[] {
  requireStatus(t, ["awaiting_return"], "return.shipped");
  const next = returnShippedTransition(t.type, limits, at);
  return [
    {
      actor: buyerActor(t),
      change: {
        action: "buyer.return_shipped",
        status: next.to,
        deadline: next.deadline,
        set: { returnCarrier: d.carrier, returnWaybill: d.waybill, returnStatus: "shipped", returnShippedAt: at },
        data: { carrier: d.carrier, waybill: d.waybill },
      },
    },
  ];
}

/** A return-parcel scan; `signed` feeds 退货物流已签收待处理. No state change, the receipt deadline keeps running. */
export function returnScanEffect(t: Ticket, d: Data<"return.scan">, at: Date): Step[] {
  if (!t.returnWaybill)
    throw new DomainError("ACTION_NOT_ALLOWED", `return.scan: ticket ${t.externalId} has no return waybill`);
  if (!isOpen(t.status) || t.returnStatus === "signed") return []; // late or repeated scan: recorded, no change
  const signed = d.status === "signed";
  return [
    {
      actor: carrierActor(t.returnCarrier),
      change: {
        action: signed ? "logistics.return_signed" : "logistics.return_in_transit",
        deadline: "keep",
        set: signed ? { returnStatus: "signed", returnSignedAt: at } : { returnStatus: "in_transit" },
        data: { waybill: t.returnWaybill, status: d.status, ...(d.description ? { description: d.description } : {}) },
      },
    },
  ];
}

/**
 * 代客发起待确认: the buyer confirms (maybe edited); the rules' onProxyConfirmed decides what follows (SPEC §4
 * 代客发起售后): 仅退款 with a non-merchant reason is approved by the platform at once with no second review,
 * everything else enters 待商家处理 with its 48 h from the confirm.
 */
export function proxyConfirmedEffect(
  t: Ticket,
  d: Data<"proxy.confirmed">,
  paidFen: number,
  limits: TimeLimits,
  at: Date,
): Step[] {
  requireStatus(t, ["proxy_pending"], "proxy.confirmed");
  const type = d.changes?.type ?? t.type;
  const reason = d.changes?.reason ?? t.reason;
  const requestedFen = d.changes?.requestedFen ?? t.requestedFen;
  checkAmount(requestedFen, paidFen, "data.changes.requestedFen");
  const next = onProxyConfirmed({ ...ruleTicketOf(t), type, reason, requestedFen }, limits, at);
  const reviewed = next.to === "pending_review";
  const confirm: Step = {
    actor: buyerActor(t),
    change: {
      action: "buyer.proxy_confirm",
      status: "pending_review",
      // When the platform approves in the same instant, no review clock runs in between.
      deadline: reviewed ? next.deadline : null,
      set: {
        type,
        reason,
        responsibility: reasonResponsibility[reason],
        requestedFen,
        ...(d.changes?.statement !== undefined ? { statement: d.changes.statement } : {}),
      },
      data: d.changes ? { changes: d.changes } : undefined,
    },
  };
  if (reviewed) return [confirm];
  const approve: Step = {
    actor: platformActor,
    change: {
      action: "platform.proxy_auto_approve",
      status: next.to,
      deadline: next.deadline,
      refundFen: next.refundFen,
      why: "代客发起：仅退款且非商家原因，买家确认后自动同意退款",
    },
  };
  return [confirm, approve];
}

/** The buyer declines the 代客发起 card → closed. */
export function proxyRejectedEffect(t: Ticket): Step[] {
  requireStatus(t, ["proxy_pending"], "proxy.rejected");
  return [
    {
      actor: buyerActor(t),
      change: { action: "buyer.proxy_reject", status: "closed", deadline: null, set: { handledBy: "buyer" } },
    },
  ];
}

/** 待买家举证 → 待商家处理 with a fresh review deadline (SPEC §3 "request evidence, then review"). */
export function evidenceSubmittedEffect(
  t: Ticket,
  d: Data<"evidence.submitted">,
  limits: TimeLimits,
  at: Date,
): Step[] {
  requireStatus(t, ["awaiting_evidence"], "evidence.submitted");
  const evidence = [...new Set([...t.evidence, ...d.evidence])].slice(0, 30);
  return [
    {
      actor: buyerActor(t),
      change: {
        action: "buyer.evidence_submitted",
        status: "pending_review",
        deadline: reviewDeadline(t.type, at, limits),
        set: { evidence },
        why: d.statement ?? null,
        data: { evidence: d.evidence },
      },
    },
  ];
}

const escalatable: readonly TicketStatus[] = [
  "pending_review",
  "awaiting_evidence",
  "awaiting_return",
  "awaiting_receipt",
  "refusal_refund",
  "intercepting",
  "awaiting_reissue",
  "awaiting_exchange_ship",
  "rejected", // 已拒绝: the buyer may escalate to the platform (SPEC §3 Terminal)
];

/** The buyer asks for 平台介入: no deadline of ours runs while the platform decides (SPEC §3 平台介入中). */
export function escalatedEffect(t: Ticket, d: Data<"ticket.escalated">, at: Date): Step[] {
  requireStatus(t, escalatable, "ticket.escalated");
  return [
    {
      actor: buyerActor(t),
      change: {
        action: "buyer.escalate",
        status: "platform_intervention",
        deadline: null,
        set: { escalatedAt: at, endedAt: null, handledBy: null },
        why: d.reason ?? null,
      },
    },
  ];
}
