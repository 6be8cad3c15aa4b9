// Many due deadlines at once, for the timer's concurrency and crash tests and for measure.ts: one order and one
// ticket per row, written set-based (generate_series) so 100,000 take seconds. The mix covers the §3 table.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";

// Cycle of (type, status, deadline action); indexes 0 and 3 move money when the timer fires.
const mix = [
  ["refund_only", "pending_review", "auto_refund"],
  ["return_refund", "pending_review", "auto_approve_return"],
  ["return_refund", "awaiting_return", "auto_close"],
  ["return_refund", "awaiting_receipt", "auto_refund"],
  ["reissue", "awaiting_reissue", "flag_late"],
  ["refund_only", "proxy_pending", "expire_proxy"],
  ["refund_only", "intercepting", "back_to_review"],
] as const;
const refundingSlots = [0, 3];

export type DueSeed = { shopId: string; buyerId: string; productId: string; skuId: string };

/** Inserts `count` tickets due between `dueAt` − 59 min and `dueAt`; returns how many will be refunded. */
export async function seedDueTickets(db: DbOrTx, s: DueSeed, count: number, dueAt: Date): Promise<number> {
  const prefix = `due_${s.shopId}_`;
  const due = dueAt.toISOString();
  const applied = new Date(dueAt.getTime() - 3 * 86_400_000).toISOString();
  const col = (i: number) => `array[${mix.map((m) => `'${m[i]}'`).join(",")}]`;
  await db.execute(sql`
    insert into orders (id, shop_id, buyer_id, paid_fen, paid_at, promised_ship_by, shipped_at, collected_at,
                        logistics_status, carrier, waybill, e_waybill)
    select ${prefix} || g, ${s.shopId}, ${s.buyerId}, 9900, ${applied}::timestamptz, ${applied}::timestamptz,
           ${applied}::timestamptz, ${applied}::timestamptz, 'in_transit', '中通', 'ZT' || g, true
    from generate_series(1, ${count}::int) g`);
  await db.execute(sql`
    insert into tickets (shop_id, external_id, order_id, buyer_id, type, reason, responsibility, requested_fen,
                         status, deadline_at, deadline_action, origin, return_status, buyer_nick, product_id,
                         sku_id, product_title, order_logistics_status, carrier, applied_at, updated_at)
    select ${s.shopId}, ${prefix} || g, ${prefix} || g, ${s.buyerId},
           (${sql.raw(col(0))})[g % 7 + 1]::ticket_type,
           (case when g % 7 = 4 then 'missing_item' else 'no_longer_wanted' end)::ticket_reason,
           (case when g % 7 = 4 then 'merchant' else 'buyer' end)::responsibility,
           9900,
           (${sql.raw(col(1))})[g % 7 + 1]::ticket_status,
           ${due}::timestamptz - make_interval(mins => g % 60),
           (${sql.raw(col(2))})[g % 7 + 1]::deadline_action,
           case when g % 7 = 5 then 'proxy' else 'buyer' end,
           (case when g % 7 = 3 then 'signed' else 'none' end)::return_status,
           '买家', ${s.productId}, ${s.skuId}, '纯棉T恤', 'in_transit', '中通',
           ${applied}::timestamptz, ${applied}::timestamptz
    from generate_series(1, ${count}::int) g`);
  let refunding = 0;
  for (let g = 1; g <= count; g++) if (refundingSlots.includes(g % 7)) refunding++;
  return refunding;
}
