// The after-sales flows of the demo script and how often each happens; each writes one ticket's steps.
import {
  cancelled,
  lostParcel,
  notCollected,
  proxy,
  refundAfterShip,
  refundBeforeShip,
  smallRefundSigned,
} from "./flows-refund";
import { escalation, exchange, reissue, returnRefund } from "./flows-return";
import type { TicketScript } from "./script";

const flows = {
  refund_before_ship: refundBeforeShip,
  refund_after_ship_intercept: (s: TicketScript) => refundAfterShip(s, "intercept"),
  refund_after_ship_refusal: (s: TicketScript) => refundAfterShip(s, "refusal"),
  refund_after_ship_approve: (s: TicketScript) => refundAfterShip(s, "approve"),
  small_refund_signed: smallRefundSigned,
  lost_parcel: lostParcel,
  not_collected: notCollected,
  return_refund: (s: TicketScript) => returnRefund(s, false),
  return_evidence: (s: TicketScript) => returnRefund(s, true),
  exchange,
  reissue,
  escalation,
  proxy,
  cancel: cancelled,
} satisfies Record<string, (s: TicketScript) => void>;
export type Flow = keyof typeof flows;

export const flowWeights: [Flow, number][] = [
  ["refund_before_ship", 22],
  ["refund_after_ship_intercept", 5],
  ["refund_after_ship_refusal", 5],
  ["refund_after_ship_approve", 4],
  ["small_refund_signed", 10],
  ["lost_parcel", 2],
  ["not_collected", 2],
  ["return_refund", 26],
  ["return_evidence", 5],
  ["exchange", 8],
  ["reissue", 6],
  ["escalation", 3],
  ["proxy", 4],
  ["cancel", 2],
];

export const playFlow = (flow: Flow, s: TicketScript) => flows[flow](s);
