// Today's open queue: the last orders of the script each stop at a chosen state, so the demo shop opens with
// work in every state of SPEC §3 and every quick filter of SPEC §5.
import { interceptionCarriers, interceptionMaxFenExclusive } from "../../server/tickets/rules";
import type { CatalogItem } from "./catalog";
import type { Flow } from "./flows";
import { iso, type Step } from "./script";

/** Share of orders that end in today's open queue. */
export const RECENT_SHARE = 0.05;

export type RecentTarget = { flow: Flow; holdAfter: string; lagH: [number, number] };
/** Where each recent order stops (`holdAfter`, its last step) and how many hours before the seed's end. */
export const recentTargets: RecentTarget[] = [
  { flow: "refund_before_ship", holdAfter: "ticket.applied", lagH: [0.2, 40] }, // 待商家处理
  { flow: "refund_before_ship", holdAfter: "ticket.applied", lagH: [43, 46] }, // 即将超时: 2–5 h of the 48 h left
  { flow: "small_refund_signed", holdAfter: "ticket.applied", lagH: [0.2, 47.5] },
  { flow: "return_refund", holdAfter: "ticket.applied", lagH: [0.2, 47.5] },
  { flow: "refund_after_ship_approve", holdAfter: "ticket.applied", lagH: [0.2, 47.5] }, // 发货后仅退款
  { flow: "lost_parcel", holdAfter: "ticket.applied", lagH: [0.2, 40] }, // 丢件
  { flow: "not_collected", holdAfter: "ticket.applied", lagH: [0.2, 40] }, // 长时间未揽收
  { flow: "refund_after_ship_intercept", holdAfter: "request_interception", lagH: [1, 60] }, // 拦截中
  { flow: "refund_after_ship_refusal", holdAfter: "agree_refusal_refund", lagH: [1, 100] }, // 拒收后退款
  { flow: "return_evidence", holdAfter: "request_evidence", lagH: [1, 60] }, // 待买家举证
  { flow: "return_refund", holdAfter: "approve", lagH: [1, 40] }, // 待买家退货
  { flow: "return_refund", holdAfter: "approve", lagH: [50, 96] }, // 待买家上传单号: no waybill after 48 h
  { flow: "return_refund", holdAfter: "return.shipped", lagH: [1, 60] }, // 待商家收货, in transit
  { flow: "return_refund", holdAfter: "return.scan", lagH: [1, 150] }, // 退货物流已签收待处理
  { flow: "exchange", holdAfter: "confirm_receipt", lagH: [1, 40] }, // 待换货发出
  { flow: "reissue", holdAfter: "approve", lagH: [1, 20] }, // 待补发
  { flow: "reissue", holdAfter: "approve", lagH: [26, 40] }, // 待补发 past its 24 h: 已超时 (flagged late)
  { flow: "escalation", holdAfter: "ticket.escalated", lagH: [1, 72] }, // 平台介入中
  { flow: "escalation", holdAfter: "reject", lagH: [1, 72] }, // 已拒绝
  { flow: "proxy", holdAfter: "initiate", lagH: [1, 20] }, // 代客发起待确认
];

/**
 * A recent order must be able to reach its target state: a parcel (not a virtual item), and for 拦截中 one the
 * rules let be intercepted (SPEC §4 物流拦截: not fresh, under ¥500, one package, 电子面单 of a listed carrier).
 */
export const itemFits = (target: RecentTarget, item: CatalogItem, qty: number) =>
  !item.isVirtual &&
  (target.flow !== "refund_after_ship_intercept" ||
    (!item.isFresh && item.priceFen * qty < interceptionMaxFenExclusive));

/** The parcel and order kind a recent order needs for its target (代客发起 is not allowed for every kind). */
export function fitParcel<T extends { kind: string; carrier: string; eWaybill: boolean; packages: number }>(
  target: RecentTarget,
  o: T,
): T {
  if (target.flow === "proxy") return { ...o, kind: "standard" };
  if (target.flow !== "refund_after_ship_intercept") return o;
  const carrier = (interceptionCarriers as readonly string[]).includes(o.carrier) ? o.carrier : interceptionCarriers[0];
  return { ...o, carrier, eWaybill: true, packages: 1 };
}

const timeKeys = new Set(["paidAt", "promisedShipBy", "shippedAt", "at", "appliedAt"]);
function shiftTimes(data: Record<string, unknown>, delta: number) {
  for (const [k, v] of Object.entries(data)) {
    if (typeof v === "string" && timeKeys.has(k)) data[k] = iso(Date.parse(v) + delta);
    else if (v && typeof v === "object" && !Array.isArray(v)) shiftTimes(v as Record<string, unknown>, delta);
  }
}
const labelOf = (s: Step) => (s.kind === "event" ? s.type : s.kind === "act" ? s.action : "initiate");

/** Drops an order's steps (those from `from` on) after `holdAfter` and moves the rest so that step happens at `holdAtMs`. */
export function holdAt(steps: Step[], from: number, target: RecentTarget, holdAtMs: number) {
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
    st.today = true;
    if (st.kind === "event") shiftTimes(st.data, delta);
  }
  steps.push(...own);
}
