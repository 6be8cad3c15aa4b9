// One source row → its facts, added under every dimension the row has. Pure, so the rollup job and the live
// "today" share exactly the same arithmetic. Each source is counted on its own day (see facts.ts).
import { assessShipment, COLLECT_WITHIN_MS, type ShopCalendar } from "../calendar/rules";
import { bucketOf, type Dim, type Facts, type FactsByKey, type HistFact } from "./facts";

export type TicketDims = {
  type: string;
  reason: string;
  productId: string;
  carrier: string | null;
  /** 处理客服: the assignee, else the agent who first moved the ticket. */
  agentId: string | null;
};
export type TicketSource = TicketDims & {
  appliedAt: Date;
  firstDecisionAt: Date | null;
  escalatedAt: Date | null;
  rulingResponsibility: string | null;
  endedAt: Date | null;
  handledBy: string | null;
};
export type RefundSource = TicketDims & {
  at: Date;
  amountFen: number;
  appliedAt: Date;
  returnSignedAt: Date | null;
};
export type RatingSource = TicketDims & { at: Date; stars: number };
export type ConversationSource = {
  startedAt: Date;
  firstReplyAt: Date | null;
  agentId: string | null;
  rating: number | null;
};
export type OrderSource = {
  id: string;
  paidAt: Date;
  productId: string | null;
  carrier: string | null;
  isVirtual: boolean;
  refundOnlyBeforeShip: boolean;
  promisedShipBy: Date;
  shippedAt: Date | null;
  collectedAt: Date | null;
  signedAt: Date | null;
};

// Durations are whole seconds, never negative (a clock skew between sources must not subtract time).
const sec = (a: Date, b: Date) => Math.max(0, Math.floor((b.getTime() - a.getTime()) / 1000));
const SATISFIED_STARS = 4; // SPEC §2: 4–5 stars counts as satisfied

function ticketKeys(t: TicketDims): [Dim, string | null][] {
  return [
    ["all", ""],
    ["reason", t.reason],
    ["product", t.productId],
    ["carrier", t.carrier],
    ["agent", t.agentId],
    ["type", t.type],
  ];
}

function each(into: FactsByKey, keys: [Dim, string | null][], add: (f: Facts) => void) {
  for (const [dim, key] of keys) add(into.at(dim, key));
}

function hist(f: Facts, h: HistFact, seconds: number) {
  const b = String(bucketOf(seconds));
  f.h[h][b] = (f.h[h][b] ?? 0) + 1;
}

export function addTicket(into: FactsByKey, t: TicketSource): void {
  each(into, ticketKeys(t), (f) => {
    f.c.tickets++;
    // 售后处理时长 counts the platform timer's auto-decision too: the buyer did wait that long.
    if (t.firstDecisionAt) {
      const s = sec(t.appliedAt, t.firstDecisionAt);
      f.c.decided++;
      f.c.decidedSec += s;
      hist(f, "decided", s);
    }
    if (t.escalatedAt) f.c.escalated++;
    if (t.rulingResponsibility === "merchant") f.c.merchantRuled++;
    if (t.endedAt) {
      f.c.ended++;
      if (t.handledBy === "strategy") f.c.endedByStrategy++;
      if (t.handledBy === "platform_timer") f.c.endedByTimer++;
    }
    if (t.type === "return_refund") f.c.returnRequests++;
  });
}

export function addRefund(into: FactsByKey, r: RefundSource): void {
  each(into, ticketKeys(r), (f) => {
    f.c.refunds++;
    f.c.refundFen += r.amountFen;
    const s = sec(r.appliedAt, r.at);
    if (r.type === "refund_only") {
      f.c.refundOnly++;
      f.c.refundOnlySec += s;
      hist(f, "refundOnly", s);
    } else if (r.type === "return_refund") {
      f.c.returnRefund++;
      f.c.returnRefundSec += s;
      hist(f, "returnRefund", s);
      // 自主完结时长: the merchant-controlled part of a return, from the return signed for to the refund.
      if (r.returnSignedAt) {
        const own = sec(r.returnSignedAt, r.at);
        f.c.selfDone++;
        f.c.selfDoneSec += own;
        hist(f, "selfDone", own);
      }
    }
  });
}

export function addRating(into: FactsByKey, r: RatingSource): void {
  each(into, ticketKeys(r), (f) => {
    f.c.ratings++;
    if (r.stars >= SATISFIED_STARS) f.c.ratingsSatisfied++;
  });
}

export function addConversation(into: FactsByKey, c: ConversationSource): void {
  each(
    into,
    [
      ["all", ""],
      ["agent", c.agentId],
    ],
    (f) => {
      f.c.conversations++;
      if (c.firstReplyAt) {
        const s = sec(c.startedAt, c.firstReplyAt);
        f.c.replied++;
        f.c.replySec += s;
        if (s <= 180) f.c.repliedIn3m++;
      }
      if (c.rating !== null) {
        f.c.convRated++;
        if (c.rating >= SATISFIED_STARS) f.c.convGood++;
      }
    },
  );
}

export function addOrder(into: FactsByKey, o: OrderSource, cal: ShopCalendar, now: Date): void {
  const ship = assessShipment(o, cal, now);
  const collectAssessed =
    !o.isVirtual && !!o.shippedAt && (!!o.collectedAt || o.shippedAt.getTime() + COLLECT_WITHIN_MS <= now.getTime());
  each(
    into,
    [
      ["all", ""],
      ["product", o.productId],
      ["carrier", o.carrier],
    ],
    (f) => {
      f.c.orders++;
      if (ship.assessed) {
        f.c.shipAssessed++;
        if (ship.onTime) f.c.shipOnTime++;
        if (ship.moved) f.c.shipHolidayMoved++;
      } else if (ship.why === "filed") f.c.shipFiled++;
      if (collectAssessed && o.shippedAt) {
        f.c.collectAssessed++;
        if (o.collectedAt && o.collectedAt.getTime() - o.shippedAt.getTime() <= COLLECT_WITHIN_MS) f.c.collectOnTime++;
      }
      if (o.shippedAt && o.signedAt) {
        const s = sec(o.shippedAt, o.signedAt);
        f.c.signed++;
        f.c.signedSec += s;
        hist(f, "signed", s);
      }
    },
  );
}
