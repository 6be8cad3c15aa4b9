import { and, eq, gt, inArray, isNotNull, lt, lte, notInArray, type SQL, sql } from "drizzle-orm";
import { tickets } from "../../db/schema";
import { terminalStatuses, type TimeLimits } from "./domain";
import type { QuickFilterId } from "./schemas";

const openTicket = notInArray(tickets.status, [...terminalStatuses]);
const minutes = (n: number) => n * 60_000;

/** The quick filters of SPEC §5, each defined once as a SQL condition (list, counts and API share it). */
export function quickFilterCondition(id: QuickFilterId, now: Date, limits: TimeLimits): SQL {
  switch (id) {
    case "returnSignedPending": // 退货物流已签收待处理: return signed, receipt not confirmed
      return and(eq(tickets.status, "awaiting_receipt"), eq(tickets.returnStatus, "signed")) as SQL;
    case "pendingReview":
      return eq(tickets.status, "pending_review");
    case "aboutToTimeout": // 即将超时: < 6 h left (assumption, per shop)
      return and(
        isNotNull(tickets.deadlineAt),
        gt(tickets.deadlineAt, now),
        lte(tickets.deadlineAt, new Date(now.getTime() + minutes(limits.aboutToTimeoutMin))),
      ) as SQL;
    case "overdue": // 已超时: a deadline passed (not yet applied) or flagged late (补发/换货)
      return and(
        openTicket,
        sql`(${tickets.deadlineAt} <= ${now.toISOString()}::timestamptz or ${tickets.lateFlag})`,
      ) as SQL;
    case "awaitingReturn":
      return eq(tickets.status, "awaiting_return");
    case "awaitingWaybill": // 待买家上传单号: approved, no waybill after 48 h (assumption)
      return and(
        eq(tickets.status, "awaiting_return"),
        lt(tickets.approvedAt, new Date(now.getTime() - minutes(limits.awaitingWaybillMin))),
      ) as SQL;
    case "postShipRefundOnly": // 发货后仅退款: interception candidates
      return and(
        eq(tickets.type, "refund_only"),
        eq(tickets.status, "pending_review"),
        inArray(tickets.orderLogisticsStatus, ["collected", "in_transit", "out_for_delivery"]),
      ) as SQL;
    case "refusalRefund":
      return eq(tickets.status, "refusal_refund");
    case "platformIntervention":
      return eq(tickets.status, "platform_intervention");
    case "proxyPending":
      return eq(tickets.status, "proxy_pending");
    case "reshipPending":
      return inArray(tickets.status, ["awaiting_reissue", "awaiting_exchange_ship"]);
  }
}
