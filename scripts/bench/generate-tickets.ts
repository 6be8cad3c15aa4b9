// The bench shop's after-sales side, in bulk: one ticket per third order (applied after payment), ~10% open in every
// waiting state and the rest ended no later than now; their timelines (the deciding agent named, as 处理客服 needs),
// refunds, ratings, and 客服 conversations spread over the shop's agents. See generate.ts.
import type postgres from "postgres";
import { reasons } from "../../server/tickets/domain";
import type { BenchShop } from "./generate";
import { AGENTS, agentSql, h, mins, ORDERS_PER_TICKET } from "./generate-sql";

const openStatuses = `('pending_review','awaiting_return','awaiting_receipt','awaiting_reissue','awaiting_exchange_ship',
  'awaiting_evidence','refusal_refund','intercepting','proxy_pending','platform_intervention')`;

export async function generateTickets(sql: postgres.Sql, shop: BenchShop, nb: number) {
  const s = shop.id;
  const n = shop.tickets;
  const og = `g * ${ORDERS_PER_TICKET}`;
  // x.applied: open tickets within the last ~10 days, ended ones 1 h–5.5 d after payment, then x.fin (end or
  // refund) 30 min–5.5 d later; an ended ticket of a recent order has both spans shrunk to end by now (no pile-up of
  // ends "now"). Never before payment nor after now; x.dec (first decision) comes no later than x.fin.
  await sql.unsafe(`
    insert into tickets (shop_id, external_id, order_id, buyer_id, type, reason, responsibility, requested_fen, refunded_fen,
      status, deadline_at, deadline_action, late_flag, return_status, return_carrier, return_waybill, return_signed_at,
      buyer_nick, product_id, sku_id, product_title, carrier, order_waybill, order_logistics_status, assignee_id, tags,
      handled_by, applied_at, approved_at, first_decision_at, refunded_at, ended_at, updated_at, escalated_at, ruling_responsibility)
    select '${s}', '${s}_t' || g, o.id, o.buyer_id, x.type::ticket_type, x.reason::ticket_reason, x.resp::responsibility,
      o.paid_fen, case when x.status = 'refunded' then o.paid_fen else 0 end,
      x.status::ticket_status,
      case when x.open then x.applied + ${mins(`2880 + ${h("g", 12)} % 10000`)} end,
      case when x.open then (case x.status when 'pending_review' then (case when x.type = 'refund_only' then 'auto_refund' else 'auto_approve_return' end)
        when 'awaiting_return' then 'auto_close' when 'awaiting_receipt' then 'auto_refund' when 'awaiting_reissue' then 'flag_late'
        when 'awaiting_exchange_ship' then 'flag_late' when 'awaiting_evidence' then 'back_to_review' when 'refusal_refund' then 'auto_refund'
        when 'intercepting' then 'back_to_review' when 'proxy_pending' then 'expire_proxy' end)::deadline_action end,
      x.open and ${h("g", 13)} % 50 = 0,
      x.return_status::return_status,
      case when x.return_status <> 'none' then o.carrier end,
      case when x.return_status <> 'none' then 'RW' || g end,
      case when x.return_status = 'signed' then greatest(x.applied, least(x.fin, now()) - ${mins(`${h("g", 23)} % 1440`)}) end,
      b.nick, p.id, '${s}_s' || x.pr, p.title, o.carrier, o.waybill, o.logistics_status,
      case when ${h("g", 15)} % 3 = 0 then ${agentSql(s, `${h("g", 22)} % ${AGENTS}`)} end,
      case when ${h("g", 16)} % 20 = 0 then array['大促'] else '{}'::text[] end,
      case when not x.open then x.handled_by end,
      x.applied,
      case when x.status not in ('pending_review','proxy_pending','rejected') then x.dec end,
      case when x.status not in ('pending_review','proxy_pending') then x.dec end,
      case when x.status = 'refunded' then x.fin end,
      case when not x.open then x.fin end,
      x.applied,
      case when x.status = 'platform_intervention' or ${h("g", 20)} % 60 = 0 then least(now(), x.applied + interval '2 days') end,
      case when not x.open and ${h("g", 20)} % 60 = 0 then (case when ${h("g", 21)} % 2 = 0 then 'merchant' else 'buyer' end) end
    from generate_series(0, ${n - 1}) g
    join orders o on o.id = '${s}_o' || (${og})
    join buyers b on b.id = o.buyer_id
    cross join lateral (select ${h(og, 2)} % 50 as pr) op
    join products p on p.id = '${s}_p' || op.pr
    cross join lateral (
      select a.*, least(a.applied + ${mins(`5 + ${h("g", 18)} % 2000`)}, a.fin) as dec,
        case when a.status = 'awaiting_receipt' then (case when ${h("g", 14)} % 2 = 0 then 'signed' else 'in_transit' end)
             when a.type in ('return_refund', 'exchange') and not a.open and a.status not in ('rejected', 'closed') then 'signed'
             else 'none' end as return_status
      from (select st.*, ap.applied, ap.fin
            from (select op.pr, ty.type, rs.reason, rs.resp, st0.status, st0.status in ${openStatuses} as open,
                         (array['agent','agent','agent','strategy','platform_timer'])[1 + ${h("g", 17)} % 5] as handled_by
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
                      else 'refunded' end as status) st0) st
            cross join lateral (select sp.applied, least(now(), sp.applied + ${mins(`30 + ${h("g", 19)} % 8000`)} * sp.k) as fin
              from (select case when st.open
                  then least(now() - interval '1 minute', greatest(o.paid_at + interval '30 minutes', now() - ${mins(`${h("g", 11)} % 14000`)}))
                  else o.paid_at + ${mins(`60 + ${h("g", 11)} % 8000`)} * k.k end as applied, case when st.open then 1 else k.k end as k
                from (select case when room >= 1 then 1 else room * (1 + ${h("g", 25)} % 1000) / 1001.0 end as k
                      from (select extract(epoch from now() - o.paid_at) / 60 / (90 + ${h("g", 11)} % 8000 + ${h("g", 19)} % 8000) as room) r) k) sp) ap
      ) a
    ) x`);
  await sql`insert into ticket_events (shop_id, ticket_id, at, actor_kind, actor_name, action, to_status)
            select shop_id, id, applied_at, 'buyer', buyer_nick, 'apply', 'pending_review' from tickets where shop_id = ${s}`;
  // The decision: by the assignee when there is one, else by one of the agents (or the strategy / platform timer).
  await sql.unsafe(`insert into ticket_events (shop_id, ticket_id, at, actor_kind, actor_id, actor_name, action, from_status, to_status)
    select shop_id, id, coalesce(first_decision_at, ended_at), k::actor_kind,
      case when k = 'agent' then coalesce(assignee_id, ${agentSql(s, `${h("id", 24)} % ${AGENTS}`)}) end,
      case when k = 'agent' then '客服' else '系统' end, 'decide', 'pending_review', status
    from (select t.*, case handled_by when 'strategy' then 'strategy' when 'platform_timer' then 'platform_timer' else 'agent' end as k
          from tickets t where shop_id = '${s}' and coalesce(first_decision_at, ended_at) is not null) t`);
  await sql`insert into refunds (shop_id, ticket_id, amount_fen, by, actor_name, at)
            select shop_id, id, refunded_fen, case handled_by when 'strategy' then 'strategy' when 'platform_timer' then 'platform_timer' else 'agent' end,
              '店主', refunded_at from tickets where shop_id = ${s} and status = 'refunded'`;
  await sql`insert into ratings (ticket_id, shop_id, stars, at)
            select id, shop_id, case when abs(hashint8(id * 5)) % 10 < 7 then 4 + abs(hashint8(id)) % 2 else 1 + abs(hashint8(id)) % 3 end,
              ended_at + least(interval '1 day', (now() - ended_at) / 2) from tickets
            where shop_id = ${s} and ended_at is not null and abs(hashint8(id * 3)) % 10 < 4`;
  // 客服 conversations: most answered within minutes, a few never; one in twenty before any agent took it.
  await sql.unsafe(`insert into conversations (id, shop_id, buyer_id, agent_id, started_at, first_reply_at, rating)
    select '${s}_c' || g, '${s}', '${s}_b' || (${h("g", 34)} % ${nb}),
           case when ${h("g", 35)} % 20 <> 0 then ${agentSql(s, `${h("g", 36)} % ${AGENTS}`)} end,
           st, case when ${h("g", 37)} % 25 <> 0 then least(now(), st + make_interval(secs => (${h("g", 30)} % 400)::int)) end,
           case when ${h("g", 31)} % 3 = 0 then 1 + ${h("g", 32)} % 5 end
    from (select g, now() - ${mins(`${h("g", 33)} % (180 * 1440)`)} st from generate_series(0, ${Math.round(n / 5)}) g) c`);
}
