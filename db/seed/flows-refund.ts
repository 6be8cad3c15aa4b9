// 仅退款 flows of the demo script: before shipment, after shipment (拦截 / 拒收后退款 / approve), small refunds
// after signing, the logistics problems (丢件, 长时间未揽收), cancelled applications and 代客发起.
import { interceptionCarriers, interceptionMaxFenExclusive } from "../../server/tickets/rules";
import { between, pick } from "./random";
import { D, H, type TicketScript } from "./script";

export function refundBeforeShip(s: TicketScript) {
  const at = s.o.paidAt + between(s.r, 0.3 * H, 30 * H);
  s.apply(at, "refund_only", pick(s.r, ["no_longer_wanted", "wrong_order", "wrong_address", "late_shipment"] as const));
  const d = s.decide(at);
  if (s.r() < 0.85) s.act(d, "approve");
  s.rate(d, true);
}

/** 发货后仅退款 (SPEC §3): intercept, ask the buyer to refuse (同意拒收后退款), or simply approve. */
export function refundAfterShip(s: TicketScript, how: "intercept" | "refusal" | "approve") {
  const { o, r } = s;
  s.ship();
  const at = o.collectedAt + between(r, 2 * H, 20 * H);
  s.apply(at, "refund_only", pick(r, ["no_longer_wanted", "delayed", "wrong_order"] as const));
  const d = s.decide(at);
  const interceptable =
    (interceptionCarriers as readonly string[]).includes(o.carrier) &&
    o.eWaybill &&
    o.packages === 1 &&
    !o.item.isFresh &&
    o.paidFen < interceptionMaxFenExclusive;
  if (how === "intercept" && interceptable) {
    s.act(d, "request_interception");
    const ok = r() < 0.7;
    s.tev(d + between(r, 3 * H, 30 * H), "interception.result", { result: ok ? "success" : "failed" });
    if (!ok) s.act(d + 40 * H, "approve");
  } else if (how !== "approve") {
    s.act(d, "agree_refusal_refund");
    s.ev(d + between(r, 10 * H, 50 * H), "logistics.scan", { status: "refused" });
  } else s.act(d, "approve");
  s.rate(d + 2 * D, true);
}

export function smallRefundSigned(s: TicketScript) {
  const { o, r } = s;
  s.ship();
  s.delivered();
  const at = o.signedAt + between(r, 2 * H, 3 * D);
  s.apply(
    at,
    "refund_only",
    pick(r, ["quality_issue", "damaged", "transit_damage", "missing_item"] as const),
    Math.min(o.paidFen, Math.round(between(r, 300, 2500))),
  );
  const d = s.decide(at);
  s.act(d, "approve");
  s.rate(d, true);
}

/** 丢件: collected, one transit scan, then nothing; the buyer asks for the money back after some days. */
export function lostParcel(s: TicketScript) {
  const { o, r } = s;
  s.ship();
  s.ev(o.collectedAt + between(r, 6 * H, 20 * H), "logistics.scan", { status: "in_transit" });
  const at = o.collectedAt + between(r, 4 * D, 7 * D);
  s.apply(at, "refund_only", "lost_parcel");
  const d = s.decide(at);
  s.act(d, "approve");
  s.rate(d, r() < 0.7);
}

/** 长时间未揽收 (> 72 h, SPEC §3): shipped, never collected; the buyer asks for a refund. */
export function notCollected(s: TicketScript) {
  const { o, r } = s;
  s.ship(); // the order is marked never collected: no collection scan
  const at = o.shippedAt + between(r, 73 * H, 100 * H);
  s.apply(at, "refund_only", "not_collected");
  const d = s.decide(at);
  s.act(d, "approve");
  s.rate(d, r() < 0.6);
}

export function cancelled(s: TicketScript) {
  const { o, r } = s;
  const at = o.paidAt + between(r, H, 20 * H);
  s.apply(at, "refund_only", "no_longer_wanted");
  s.tev(at + between(r, 0.2 * H, 3 * H), "ticket.cancelled");
  s.ship();
  s.delivered();
}

/** 代客发起: allowed for 自建, 跨境 and 拍卖 orders only (SPEC §4); the buyer confirms, declines or lets it expire. */
export function proxy(s: TicketScript) {
  const { o, r } = s;
  s.ship();
  s.delivered();
  if (o.kind !== "standard" && o.kind !== "cross_border" && o.kind !== "auction") return;
  const at = o.signedAt + between(r, 3 * H, 3 * D);
  if (at > s.limit) return;
  s.initiate(at, {
    type: "refund_only",
    reason: pick(r, ["no_longer_wanted", "quality_issue"] as const),
    amountFen: Math.min(o.paidFen, Math.round(o.paidFen / 2)),
    statement: "客服与买家协商后代为发起",
  });
  const outcome = r();
  if (outcome < 0.7) s.tev(at + between(r, H, 20 * H), "proxy.confirmed", {});
  else if (outcome < 0.85) s.tev(at + between(r, H, 20 * H), "proxy.rejected", {});
}
