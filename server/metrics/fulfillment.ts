// 履约 by carrier (SPEC §6): 发货及时率, 揽收及时率 and 签收时长 per carrier over the range, with the shop's totals
// and how many orders 报备 took out of the assessment.
import type { DbOrTx } from "../../db/client";
import { type MetricValue, metricValue } from "./definitions";
import { periodByDay, periodByKey } from "./query";
import { resolveRange } from "./range";
import { type RangeInput, rangeInput } from "./schemas";

const ids = ["shipOnTimeRate", "collectOnTimeRate", "signTime"] as const;
type Values = Record<(typeof ids)[number], MetricValue>;

export async function fulfillmentByCarrier(db: DbOrTx, ctx: { shopId: string; now: Date }, input: RangeInput) {
  const range = resolveRange(rangeInput.parse(input), ctx.now);
  const [total, byCarrier] = await Promise.all([
    periodByDay(db, ctx.shopId, range, ctx.now),
    periodByKey(db, ctx.shopId, range, ctx.now, "carrier"),
  ]);
  const values = (f: Parameters<typeof metricValue>[1]) =>
    Object.fromEntries(ids.map((id) => [id, metricValue(id, f)])) as Values;
  return {
    range,
    total: values(total.total),
    shipFiled: total.total.c.shipFiled,
    shipHolidayMoved: total.total.c.shipHolidayMoved,
    carriers: [...byCarrier.entries()]
      .filter(([carrier, f]) => carrier !== "" && f.c.orders > 0)
      .map(([carrier, f]) => ({ carrier, orders: f.c.orders, ...values(f) }))
      .sort((a, b) => b.orders - a.orders),
  };
}
