// Builds the benchmark database in bulk with INSERT … SELECT generate_series: one big shop and nine
// others, with orders, tickets in every state, timelines, refunds, ratings and conversations.
// Deterministic: every "random" value is a hash of the row number.
import type postgres from "postgres";

const reasons = [
  "seven_day_no_reason",
  "no_longer_wanted",
  "wrong_order",
  "wrong_address",
  "quality_issue",
  "wrong_item",
  "missing_item",
  "damaged",
  "not_as_described",
  "late_shipment",
  "transit_damage",
  "lost_parcel",
  "not_collected",
  "delayed",
];
const carriers = ["中通", "圆通", "申通", "极兔", "韵达", "顺丰", "京东", "邮政"];

export type BenchShop = { id: string; tickets: number; memberId: string; userId: string };

export function benchShops(bigTickets: number): BenchShop[] {
  return Array.from({ length: 10 }, (_, i) => ({
    id: `bench_${i}`,
    // One big shop, one at a tenth of it (to compare how charts scale), and eight small ones.
    tickets:
      i === 0 ? bigTickets : i === 1 ? Math.round(bigTickets / 10) : Math.max(1000, Math.round(bigTickets / 100)),
    memberId: `bench_mem_${i}`,
    userId: `bench_user_${i}`,
  }));
}

export const benchEmail = (shop: BenchShop) => `${shop.id}@bench.shouhou.dev`;

/** h(g, k): a deterministic pseudo-random non-negative integer for row g and stream k. */
const h = (g: string, k: number) => `abs(hashint8(${g}::bigint * 7919 + ${k}))`;

export const BENCH_PASSWORD = "bench-password-1";

export async function generateShop(sql: postgres.Sql, shop: BenchShop, passwordHash: string, log: (s: string) => void) {
  const s = shop.id;
  const n = shop.tickets;
  const t0 = Date.now();
  await sql`insert into shops (id, name, connector_secret, interception_agreement, sandbox)
            values (${s}, ${`压测店铺 ${s}`}, ${`${s}-secret`}, true, false)`;
  await sql`insert into shop_settings (shop_id) values (${s})`;
  await sql`insert into "user" (id, name, email, email_verified) values (${shop.userId}, ${`压测店主 ${s}`}, ${benchEmail(shop)}, true)`;
  await sql`insert into account (id, account_id, provider_id, user_id, password)
            values (${`${shop.userId}_acct`}, ${shop.userId}, 'credential', ${shop.userId}, ${passwordHash})`;
  await sql`insert into members (id, shop_id, user_id, display_name, role, can_handle_after_sales, can_manage_strategies, can_manage_settings)
            values (${shop.memberId}, ${s}, ${shop.userId}, ${`店主 ${s}`}, 'owner', true, true, true)`;
  await sql`insert into products (id, shop_id, title, category, is_fresh, is_virtual)
            select ${s} || '_p' || g, ${s}, '压测商品 ' || g, case when g % 5 = 0 then '生鲜' else '服饰' end, g % 5 = 0, g = 49
            from generate_series(0, 49) g`;
  await sql`insert into skus (id, shop_id, product_id, spec, price_fen)
            select ${s} || '_s' || g, ${s}, ${s} || '_p' || g, '标准', 990 + (g * 997) % 40000 from generate_series(0, 49) g`;
  const nb = Math.max(100, Math.round(n / 4));
  await sql.unsafe(`insert into buyers (id, shop_id, nick)
    select '${s}_b' || g, '${s}', '买家' || g from generate_series(0, ${nb - 1}) g`);
  // Orders: paid over the last 180 days, shipped, collected and signed (a few not yet).
  await sql.unsafe(`
    insert into orders (id, shop_id, buyer_id, kind, paid_fen, paid_at, promised_ship_by, shipped_at, collected_at, signed_at,
                        carrier, waybill, e_waybill, logistics_status, is_fresh)
    select '${s}_o' || g, '${s}', '${s}_b' || (${h("g", 1)} % ${nb}), 'standard',
           990 + (${h("g", 2)} % 50) * 997 % 40000,
           paid, paid + interval '48 hours',
           paid + make_interval(mins => (${h("g", 3)} % 3000)::int),
           paid + make_interval(mins => (${h("g", 3)} % 3000 + 60 + ${h("g", 4)} % 1800)::int),
           paid + make_interval(mins => (${h("g", 3)} % 3000 + 3000 + ${h("g", 4)} % 3000)::int),
           (array[${carriers.map((c) => `'${c}'`).join(",")}])[1 + ${h("g", 5)} % ${carriers.length}],
           'BW' || g, ${h("g", 6)} % 10 < 8, 'signed', (${h("g", 2)} % 50) % 5 = 0
    from (select g, now() - make_interval(mins => (${h("g", 0)} % (180 * 1440))::int) as paid
          from generate_series(0, ${n - 1}) g) x`);
  log(`  ${s}: orders ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  // Tickets: one per order; ~10% open in every waiting state, the rest ended.
  await sql.unsafe(`
    insert into tickets (shop_id, external_id, order_id, buyer_id, type, reason, responsibility, requested_fen, refunded_fen,
      status, deadline_at, deadline_action, late_flag, return_status, return_carrier, return_waybill, return_signed_at,
      buyer_nick, product_id, sku_id, product_title, carrier, order_waybill, order_logistics_status, assignee_id, tags,
      handled_by, applied_at, approved_at, first_decision_at, refunded_at, ended_at, updated_at, escalated_at, ruling_responsibility)
    select '${s}', '${s}_t' || g, o.id, o.buyer_id, x.type::ticket_type, x.reason::ticket_reason, x.resp::responsibility,
      o.paid_fen, case when x.status = 'refunded' then o.paid_fen else 0 end,
      x.status::ticket_status,
      case when x.open then x.applied + make_interval(mins => (2880 + ${h("g", 12)} % 10000)::int) end,
      case when x.open then (case x.status when 'pending_review' then (case when x.type = 'refund_only' then 'auto_refund' else 'auto_approve_return' end)
        when 'awaiting_return' then 'auto_close' when 'awaiting_receipt' then 'auto_refund' when 'awaiting_reissue' then 'flag_late'
        when 'awaiting_exchange_ship' then 'flag_late' when 'awaiting_evidence' then 'back_to_review' when 'refusal_refund' then 'auto_refund'
        when 'intercepting' then 'back_to_review' when 'proxy_pending' then 'expire_proxy' end)::deadline_action end,
      x.open and ${h("g", 13)} % 50 = 0,
      (case when x.status = 'awaiting_receipt' then (case when ${h("g", 14)} % 2 = 0 then 'signed' else 'in_transit' end)
            when x.type in ('return_refund', 'exchange') and not x.open and x.status <> 'rejected' then 'signed' else 'none' end)::return_status,
      case when x.status = 'awaiting_receipt' or (x.type in ('return_refund','exchange') and not x.open) then o.carrier end,
      case when x.status = 'awaiting_receipt' or (x.type in ('return_refund','exchange') and not x.open) then 'RW' || g end,
      case when x.type in ('return_refund','exchange') and x.status <> 'awaiting_return' and x.status <> 'rejected' then x.applied + interval '3 days' end,
      b.nick, p.id, p.id || '_sku', p.title, o.carrier, o.waybill, 'signed',
      case when ${h("g", 15)} % 3 = 0 then '${shop.memberId}' end,
      case when ${h("g", 16)} % 20 = 0 then array['大促'] else '{}'::text[] end,
      case when not x.open then (array['agent','agent','agent','strategy','platform_timer'])[1 + ${h("g", 17)} % 5] end,
      x.applied,
      case when x.status not in ('pending_review','proxy_pending','rejected') then x.applied + make_interval(mins => (5 + ${h("g", 18)} % 2000)::int) end,
      case when x.status not in ('pending_review','proxy_pending') then x.applied + make_interval(mins => (5 + ${h("g", 18)} % 2000)::int) end,
      case when x.status = 'refunded' then x.applied + make_interval(mins => (30 + ${h("g", 19)} % 8000)::int) end,
      case when not x.open then x.applied + make_interval(mins => (30 + ${h("g", 19)} % 8000)::int) end,
      x.applied,
      case when x.status = 'platform_intervention' or ${h("g", 20)} % 60 = 0 then x.applied + interval '2 days' end,
      case when not x.open and ${h("g", 20)} % 60 = 0 then (case when ${h("g", 21)} % 2 = 0 then 'merchant' else 'buyer' end) end
    from generate_series(0, ${n - 1}) g
    join orders o on o.id = '${s}_o' || g
    join buyers b on b.id = o.buyer_id
    join products p on p.id = '${s}_p' || (${h("g", 2)} % 50)
    cross join lateral (
      select st.status, st.status in ('pending_review','awaiting_return','awaiting_receipt','awaiting_reissue','awaiting_exchange_ship',
               'awaiting_evidence','refusal_refund','intercepting','proxy_pending','platform_intervention') as open,
             ty.type, rs.reason, rs.resp,
             case when st.status in ('pending_review','awaiting_return','awaiting_receipt','awaiting_reissue','awaiting_exchange_ship',
               'awaiting_evidence','refusal_refund','intercepting','proxy_pending','platform_intervention')
               then now() - make_interval(mins => (${h("g", 11)} % 14000)::int) else o.paid_at + make_interval(mins => (60 + ${h("g", 11)} % 8000)::int) end as applied
      from (select case when ${h("g", 7)} % 100 < 50 then 'refund_only' when ${h("g", 7)} % 100 < 80 then 'return_refund'
                        when ${h("g", 7)} % 100 < 90 then 'exchange' else 'reissue' end as type) ty
      cross join lateral (select (array[${reasons.map((r) => `'${r}'`).join(",")}])[1 + ${h("g", 8)} % ${reasons.length}] as reason) r0
      cross join lateral (select r0.reason, case when r0.reason in ('seven_day_no_reason','no_longer_wanted','wrong_order','wrong_address') then 'buyer'
                               when r0.reason in ('transit_damage','lost_parcel','not_collected','delayed') then 'logistics' else 'merchant' end as resp) rs
      cross join lateral (select case
          when ${h("g", 9)} % 1000 < 40 then 'pending_review'
          when ${h("g", 9)} % 1000 < 55 then (case when ty.type in ('return_refund','exchange') then 'awaiting_return' else 'pending_review' end)
          when ${h("g", 9)} % 1000 < 75 then (case when ty.type in ('return_refund','exchange') then 'awaiting_receipt' else 'refusal_refund' end)
          when ${h("g", 9)} % 1000 < 80 then (case ty.type when 'reissue' then 'awaiting_reissue' when 'exchange' then 'awaiting_exchange_ship' else 'intercepting' end)
          when ${h("g", 9)} % 1000 < 85 then 'awaiting_evidence'
          when ${h("g", 9)} % 1000 < 88 then 'proxy_pending'
          when ${h("g", 9)} % 1000 < 90 then 'platform_intervention'
          when ${h("g", 9)} % 1000 < 110 then 'rejected'
          when ${h("g", 9)} % 1000 < 140 then 'closed'
          when ty.type in ('exchange','reissue') then 'completed'
          else 'refunded' end as status) st
    ) x`);
  log(`  ${s}: tickets ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  await sql`insert into ticket_events (shop_id, ticket_id, at, actor_kind, actor_name, action, to_status)
            select shop_id, id, applied_at, 'buyer', buyer_nick, 'apply', 'pending_review' from tickets where shop_id = ${s}`;
  await sql`insert into ticket_events (shop_id, ticket_id, at, actor_kind, actor_name, action, from_status, to_status)
            select shop_id, id, coalesce(ended_at, first_decision_at), case handled_by when 'strategy' then 'strategy'::actor_kind
              when 'platform_timer' then 'platform_timer'::actor_kind else 'agent'::actor_kind end, '店主', 'decide', 'pending_review', status
            from tickets where shop_id = ${s} and coalesce(ended_at, first_decision_at) is not null`;
  await sql`insert into refunds (shop_id, ticket_id, amount_fen, by, actor_name, at)
            select shop_id, id, refunded_fen, 'agent', '店主', refunded_at from tickets where shop_id = ${s} and status = 'refunded'`;
  await sql`insert into ratings (ticket_id, shop_id, stars, at)
            select id, shop_id, 1 + abs(hashint8(id)) % 5, ended_at + interval '1 day' from tickets
            where shop_id = ${s} and ended_at is not null and abs(hashint8(id * 3)) % 10 < 4`;
  await sql.unsafe(`insert into conversations (id, shop_id, agent_id, started_at, first_reply_at, rating)
    select '${s}_c' || g, '${s}', '${shop.memberId}', st, st + make_interval(secs => (${h("g", 30)} % 400)::int),
           case when ${h("g", 31)} % 3 = 0 then 1 + ${h("g", 32)} % 5 end
    from (select g, now() - make_interval(mins => (${h("g", 33)} % (180 * 1440))::int) st from generate_series(0, ${Math.round(n / 5)}) g) c`);
  log(`  ${s}: ${n} tickets with timelines in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}
