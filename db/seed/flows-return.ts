// Flows of the demo script where goods move again: 退货退款 (with or without 举证), 换货, 补发, and the dispute
// that ends with the platform (驳回 → 平台介入).
import { between, pick } from "./random";
import { carriers, D, H, type TicketScript, waybill } from "./script";

export function returnRefund(s: TicketScript, withEvidence: boolean) {
  const { o, r, ticket } = s;
  s.ship();
  s.delivered();
  const at = o.signedAt + between(r, 3 * H, 6 * D);
  const reason = pick(r, [
    "seven_day_no_reason",
    "seven_day_no_reason",
    "quality_issue",
    "not_as_described",
    "damaged",
  ] as const);
  s.apply(at, "return_refund", reason);
  let d = s.decide(at);
  if (withEvidence) {
    s.act(d, "request_evidence");
    s.tev(d + between(r, 3 * H, 40 * H), "evidence.submitted", {
      evidence: [`https://img.shouhou.dev/evidence/${ticket}-2.jpg`],
    });
    d += between(r, 45 * H, 50 * H);
  }
  s.act(d, "approve");
  if (r() < 0.9) {
    const signed = s.returnTrip(d);
    s.act(signed + (r() < 0.75 ? between(r, 0.5 * H, 20 * H) : between(r, 2 * D, 5 * D)), "confirm_receipt");
    s.rate(signed + 2 * D, r() < 0.85);
  }
}

export function exchange(s: TicketScript) {
  const { o, r } = s;
  s.ship();
  s.delivered();
  const at = o.signedAt + between(r, 5 * H, 5 * D);
  s.apply(at, "exchange", pick(r, ["not_as_described", "wrong_item", "quality_issue"] as const));
  const d = s.decide(at);
  s.act(d, "approve");
  const signed = s.returnTrip(d);
  const confirmed = signed + between(r, H, 20 * H);
  s.act(confirmed, "confirm_receipt");
  const rc = pick(r, carriers);
  s.act(confirmed + between(r, 2 * H, 60 * H), "ship_exchange", { carrier: rc, waybill: waybill(r, rc) });
  s.rate(confirmed + 3 * D, r() < 0.8);
}

/** 补发 within 24 h of approval, a quarter of them late (counted as 延迟发货). */
export function reissue(s: TicketScript) {
  const { o, r } = s;
  s.ship();
  s.delivered();
  const at = o.signedAt + between(r, 2 * H, 2 * D);
  s.apply(at, "reissue", "missing_item", Math.min(o.paidFen, 1500));
  const d = s.decide(at);
  s.act(d, "approve");
  s.act(d + (r() < 0.75 ? between(r, 2 * H, 20 * H) : between(r, 26 * H, 40 * H)), "provide_reissue_waybill", {
    carrier: o.carrier,
    waybill: waybill(r, o.carrier),
  });
  s.rate(d + 3 * D, true);
}

/** 驳回 with evidence, the buyer escalates, the platform rules (商责 or 买责). */
export function escalation(s: TicketScript) {
  const { o, r, ticket } = s;
  s.ship();
  s.delivered();
  const at = o.signedAt + between(r, 3 * H, 3 * D);
  s.apply(at, "refund_only", pick(r, ["not_as_described", "quality_issue"] as const));
  const d = s.decide(at);
  s.act(d, "reject", {
    rejectReason: "商品无质量问题，已提供质检报告",
    evidence: [`https://img.shouhou.dev/qc/${ticket}.jpg`],
  });
  s.tev(d + between(r, 2 * H, 20 * H), "ticket.escalated", { reason: "商家拒绝，申请平台介入" });
  const merchant = r() < 0.5;
  s.tev(d + between(r, 2 * D, 4 * D), "platform.ruling", {
    responsibility: merchant ? "merchant" : "buyer",
    result: merchant ? "refund" : "reject",
    note: merchant ? "商家未能举证，判定商责，平台先行退款" : "买家举证不足，维持商家处理",
  });
  s.rate(d + 5 * D, false);
}
