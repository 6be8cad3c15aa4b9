// 即将超时未发货 (unshippedAtRisk) on a real database: which unshipped orders are at risk, in promise order, within
// the follow-up window — read through orders_shop_unshipped_idx by promise, bounded by payment from below.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb } from "../../tests/db";
import {
  at,
  createOrder,
  createShop,
  createTicket,
  DAY,
  HOUR,
  type ShopFixture,
} from "../tickets/actions/test-fixtures";
import { FOLLOW_UP_LOOKBACK_MS, unshippedAtRisk } from "./fulfillment-lists";

const { db } = await useTestDb();
const now = at(0);
let f: ShopFixture;
beforeEach(async () => {
  f = await createShop(db);
});

describe("unshippedAtRisk", () => {
  it("unshipped physical orders promised before now + window, paid within the follow-up window, soonest first", async () => {
    const overdue = await createOrder(db, f, { paidAt: at(-3 * DAY), promisedShipBy: at(-1 * DAY) });
    const soon = await createOrder(db, f, { paidAt: at(-40 * HOUR), promisedShipBy: at(8 * HOUR) });
    // Paid at the very start of the window, promised right after payment: still followed up.
    const edge = await createOrder(db, f, {
      paidAt: new Date(now.getTime() - FOLLOW_UP_LOOKBACK_MS + HOUR),
      promisedShipBy: new Date(now.getTime() - FOLLOW_UP_LOOKBACK_MS + 2 * HOUR),
    });
    await createOrder(db, f, { paidAt: at(-10 * HOUR), promisedShipBy: at(38 * HOUR) }); // promise not yet near
    await createOrder(db, f, { paidAt: at(-40 * DAY), promisedShipBy: at(-38 * DAY) }); // older than the window
    await createOrder(db, f, { paidAt: at(-40 * HOUR), promisedShipBy: at(2 * HOUR), isVirtual: true });
    await createOrder(db, f, {
      paidAt: at(-40 * HOUR),
      promisedShipBy: at(2 * HOUR),
      shippedAt: at(-HOUR),
      logisticsStatus: "shipped_not_collected",
    });
    // 仅退款 before shipment: the buyer no longer wants it shipped.
    const refunding = await createOrder(db, f, { paidAt: at(-40 * HOUR), promisedShipBy: at(3 * HOUR) });
    await createTicket(db, f, refunding, { type: "refund_only", appliedAt: at(-HOUR) });
    const other = await createShop(db);
    await createOrder(db, other, { paidAt: at(-40 * HOUR), promisedShipBy: at(HOUR) });

    const risks = await unshippedAtRisk(db, f.shopId, now, DAY);
    expect(risks.map((r) => r.orderId)).toEqual([edge.id, overdue.id, soon.id]);
    expect(risks.map((r) => r.overdue)).toEqual([true, true, false]);
  });
});
