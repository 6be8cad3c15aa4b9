// One order's script: the steps buyers, carriers, the platform and agents take, and the helpers the flows
// (flows-refund.ts, flows-return.ts) write them with. simulate.ts plays the steps in time order.
import type { Reason, TicketType } from "../../server/tickets/domain";
import { type CatalogItem, statements } from "./catalog";
import { between, pick, type Rand } from "./random";

export const H = 3600_000;
export const D = 24 * H;
export const iso = (ms: number) => new Date(ms).toISOString();

// `bulk` events touch no ticket (orders without after-sales, conversations): they are played apart from the
// ticket script, whose steps run in time order. `today` marks the steps of the orders that make today's open
// queue (recent.ts), played before the rest of the script.
type StepBase = { at: number; today?: boolean };
export type Step = StepBase &
  (
    | { kind: "event"; orderId: string; type: string; data: Record<string, unknown>; bulk?: boolean }
    | { kind: "act"; agent: number; ticket: string; action: string; input?: Record<string, unknown> }
    | { kind: "initiate"; agent: number; ticket: string; orderId: string; input: Record<string, unknown> }
  );

export const carriers = ["中通", "圆通", "申通", "极兔", "韵达", "顺丰", "京东", "邮政"] as const;
const waybillPrefix: Record<string, string> = {
  中通: "ZT",
  圆通: "YT",
  申通: "ST",
  极兔: "JT",
  韵达: "YD",
  顺丰: "SF",
  京东: "JD",
  邮政: "YZ",
};
export const waybill = (r: Rand, carrier: string) =>
  `${waybillPrefix[carrier] ?? "KD"}${Math.floor(between(r, 1e11, 9e11))}`;

/** The order a ticket is about, as its flow sees it: times of the forward parcel and what was bought. */
export type ScriptOrder = {
  id: string;
  kind: string;
  item: CatalogItem;
  paidFen: number;
  paidAt: number;
  carrier: string;
  waybill: string;
  eWaybill: boolean;
  packages: number;
  shippedAt: number;
  collectedAt: number;
  signedAt: number;
  /** The parcel is never collected (no collection scan). */
  notCollected: boolean;
};

/** Writes one ticket's steps; every helper drops steps after `limit` (the seed's end) unless the order is recent. */
export function ticketScript(opts: {
  r: Rand;
  steps: Step[];
  order: ScriptOrder;
  ticket: string;
  agent: number;
  limit: number;
  recent: boolean;
}) {
  const { r, steps, order: o, ticket, agent, limit } = opts;
  const ev = (at: number, type: string, data: Record<string, unknown>) => {
    if (at <= limit) steps.push({ at, kind: "event", orderId: o.id, type, data: { orderId: o.id, ...data } });
  };
  const tev = (at: number, type: string, data: Record<string, unknown> = {}) =>
    ev(at, type, { externalId: ticket, ...data });
  return {
    r,
    o,
    ticket,
    limit,
    ev,
    tev,
    /** An agent's decision time: most within a working day, some late. */
    decide: (from: number) => from + (r() < 0.8 ? between(r, 0.1 * H, 8 * H) : between(r, 20 * H, 60 * H)),
    act: (at: number, action: string, input?: Record<string, unknown>) => {
      if (at <= limit) steps.push({ at, kind: "act", agent, ticket, action, input });
    },
    initiate: (at: number, input: Record<string, unknown>) => {
      if (at <= limit) steps.push({ at, kind: "initiate", agent, ticket, orderId: o.id, input });
    },
    apply: (at: number, type: TicketType, reason: Reason, amount = o.paidFen) =>
      tev(at, "ticket.applied", {
        type,
        reason,
        requestedFen: amount,
        statement: pick(r, statements[reason] ?? [""]),
        evidence: ["quality_issue", "damaged", "not_as_described", "missing_item", "wrong_item"].includes(reason)
          ? [`https://img.shouhou.dev/evidence/${ticket}-1.jpg`]
          : [],
        appliedAt: iso(at),
      }),
    /** The buyer's rating once the ticket has ended (recent tickets are still open: no rating). */
    rate: (at: number, good: boolean) => {
      if (!opts.recent && r() < 0.6)
        tev(at + between(r, H, 30 * H), "rating.created", { stars: good ? (r() < 0.8 ? 5 : 4) : pick(r, [1, 2, 3]) });
    },
    /** Shipped, then collected unless the parcel is never collected. */
    ship: () => {
      ev(o.shippedAt, "order.shipped", {
        carrier: o.carrier,
        waybill: o.waybill,
        eWaybill: o.eWaybill,
        packageCount: o.packages,
        shippedAt: iso(o.shippedAt),
      });
      if (!o.notCollected) ev(o.collectedAt, "logistics.scan", { status: "collected", at: iso(o.collectedAt) });
    },
    delivered: () => ev(o.signedAt, "logistics.scan", { status: "signed", at: iso(o.signedAt) }),
    /** The buyer sends the goods back; returns when the return parcel is signed for. */
    returnTrip: (approvedAt: number) => {
      const rc = pick(r, carriers);
      const shipped = approvedAt + between(r, 4 * H, 3 * D);
      tev(shipped, "return.shipped", { carrier: rc, waybill: waybill(r, rc) });
      tev(shipped + between(r, 6 * H, 20 * H), "return.scan", { status: "in_transit" });
      const signed = shipped + between(r, 1.5 * D, 3.5 * D);
      tev(signed, "return.scan", { status: "signed" });
      return signed;
    },
  };
}
export type TicketScript = ReturnType<typeof ticketScript>;
