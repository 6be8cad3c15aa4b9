// The sandbox platform's new orders: a paid order, its shipment and carrier scans so far, and (optionally) the
// buyer's after-sales application — a realistic chain of events for one subject, dated backwards from `now`.
import { randomUUID } from "node:crypto";
import { carriers, type Reason, type TicketType } from "../tickets/domain";
import type { PlatformEventInput } from "./events";
import type { Rng } from "./random";
import {
  beforeShipmentReasons,
  buyerNick,
  type CatalogItem,
  catalog,
  evidenceUrls,
  inTransitReasons,
  statements,
} from "./sandbox-data";

type Stage = "virtual" | "not_shipped" | "not_collected" | "in_transit" | "signed";
const hour = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
export const sandboxEventId = () => `sbx_${randomUUID()}`;
export const platformId = (rng: Rng, now: Date, n: number) => `${String(now.getTime()).slice(-10)}${rng.digits(n)}`;
export const waybillFor = (rng: Rng, carrier: string) =>
  `${({ 中通: "ZT", 圆通: "YT", 申通: "ST", 极兔: "JT", 韵达: "YD", 顺丰: "SF", 京东: "JD", 邮政: "YZ", 德邦: "DB" } as Record<string, string>)[carrier] ?? "KD"}${rng.digits(12)}`;

function applicationFor(rng: Rng, item: CatalogItem, stage: Stage, paidFen: number, unitFen: number) {
  let reason: Reason;
  let type: TicketType = "refund_only";
  if (stage === "virtual") reason = rng.pick<Reason>(["wrong_order", "no_longer_wanted"]);
  else if (stage === "not_shipped") reason = rng.pick(beforeShipmentReasons);
  else if (stage === "not_collected")
    reason = rng.pick<Reason>([...inTransitReasons, "not_collected", "not_collected"]);
  else if (stage === "in_transit") reason = rng.pick(inTransitReasons.filter((r) => r !== "not_collected"));
  else [reason, type] = rng.pick(item.afterArrival);
  // Partial money for damaged fresh goods and a missing piece; the whole order otherwise.
  let requestedFen = paidFen;
  if (type === "reissue") requestedFen = Math.min(unitFen, paidFen);
  else if (type === "refund_only" && item.isFresh && stage === "signed") {
    requestedFen = Math.max(100, Math.round((paidFen * rng.int(3, 10)) / 1000) * 100);
  }
  const needsProof = ["quality_issue", "wrong_item", "missing_item", "damaged", "not_as_described", "transit_damage"];
  const evidence = needsProof.includes(reason) ? evidenceUrls(rng, rng.int(1, 3)) : [];
  return {
    reason,
    type,
    requestedFen: Math.min(requestedFen, paidFen),
    statement: rng.pick(statements[reason]),
    evidence,
  };
}

/** One new order's events, in the order a platform would send them; with the buyer's application when asked. */
export function newOrderEvents(rng: Rng, shopId: string, now: Date, withApplication: boolean): PlatformEventInput[] {
  const item = rng.pick(catalog);
  const qty = item.isFresh || item.isVirtual || rng.chance(0.85) ? 1 : 2;
  const discount = rng.chance(0.4) ? rng.int(1, 3) * 500 : 0;
  const paidFen = Math.max(100, item.priceFen * qty - discount);
  const stage: Stage = item.isVirtual
    ? "virtual"
    : rng.weighted({ not_shipped: 2, not_collected: 1, in_transit: 2, signed: 5 });
  const applyAt = now.getTime() - rng.int(0, 20) * 60_000;
  const orderId = platformId(rng, now, 9);
  const carrier = rng.pick(carriers);
  const ev = <T extends PlatformEventInput["type"]>(
    type: T,
    at: number,
    data: Extract<PlatformEventInput, { type: T }>["data"],
  ) => ({ id: sandboxEventId(), shopId, type, occurredAt: iso(at), data }) as Extract<PlatformEventInput, { type: T }>;

  // Times backwards from the application: signed → in transit → collected → shipped → paid.
  const scans: { status: "collected" | "in_transit" | "out_for_delivery" | "signed"; at: number }[] = [];
  let shippedAt: number | null = null;
  let paidAt: number;
  if (stage === "virtual" || stage === "not_shipped") {
    paidAt = applyAt - rng.int(1, 60) * hour;
  } else {
    let t = applyAt;
    if (stage === "signed") {
      t -= rng.int(2, 72) * hour;
      scans.push({ status: "signed", at: t }, { status: "out_for_delivery", at: t - rng.int(1, 5) * hour });
      t -= rng.int(6, 30) * hour;
    }
    if (stage !== "not_collected") {
      t -= rng.int(1, 20) * hour;
      const inTransitAt = t;
      t -= rng.int(4, 12) * hour;
      scans.push({ status: "collected", at: t }, { status: "in_transit", at: inTransitAt });
    }
    shippedAt = t - rng.int(1, stage === "not_collected" ? 90 : 20) * hour;
    // About one order in ten ships after its promised 48 h (发货及时率 is not 100 %).
    paidAt = shippedAt - (rng.chance(0.1) ? rng.int(49, 70) : rng.int(2, 40)) * hour;
  }
  scans.sort((a, b) => a.at - b.at);
  const sku = rng.pick(item.specs);
  const events: PlatformEventInput[] = [
    ev("order.created", paidAt, {
      order: {
        id: orderId,
        paidFen,
        freightFen: 0,
        freeShipping: true,
        sevenDayEligible: !item.isFresh && !item.isVirtual,
        paidAt: iso(paidAt),
        promisedShipBy: iso(paidAt + 48 * hour),
      },
      buyer: { id: `${shopId}-b${rng.digits(9)}`, nick: buyerNick(rng) },
      items: [
        {
          product: {
            id: `${shopId}-${item.key}`,
            title: item.title,
            category: item.category,
            imageUrl: item.image,
            isVirtual: item.isVirtual ?? false,
            isFresh: item.isFresh ?? false,
          },
          sku: { id: `${shopId}-${item.key}-${item.specs.indexOf(sku)}`, spec: sku, priceFen: item.priceFen },
          qty,
          unitPriceFen: item.priceFen,
        },
      ],
    }),
  ];
  if (shippedAt !== null) {
    const waybill = waybillFor(rng, carrier);
    events.push(
      ev("order.shipped", shippedAt, {
        orderId,
        carrier,
        waybill,
        eWaybill: rng.chance(0.7),
        shippedAt: iso(shippedAt),
      }),
    );
    for (const s of scans) events.push(ev("logistics.scan", s.at, { orderId, status: s.status }));
  }
  if (withApplication) {
    const a = applicationFor(rng, item, stage, paidFen, item.priceFen);
    events.push(
      ev("ticket.applied", applyAt, { externalId: platformId(rng, now, 8), orderId, ...a, appliedAt: iso(applyAt) }),
    );
  }
  return events;
}
