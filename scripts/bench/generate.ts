// Builds the benchmark database in bulk with INSERT … SELECT generate_series: one big shop and nine others, each
// with a team of agents, a catalog, a holiday and a 报备, three paid orders (with their items) per ticket spread
// over the last 180 days — the recent ones still in every logistics state — tickets in every state, timelines,
// refunds, ratings and conversations (generate-tickets.ts). Deterministic: every "random" value is a hash of the
// row number. Bump GENERATOR_VERSION whenever what this builds changes: index.ts then rebuilds old databases.
import type postgres from "postgres";
import { AGENTS, agentSql, h, ORDERS_PER_TICKET } from "./generate-sql";
import { generateTickets } from "./generate-tickets";

export const GENERATOR_VERSION = 3;

export const carriers = ["中通", "圆通", "申通", "极兔", "韵达", "顺丰", "京东", "邮政"];

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

export const BENCH_PASSWORD = "bench-password-1";

/** The tables filled in bulk: their secondary indexes are built once at the end, far faster than row by row. */
const bulkTables = [
  "orders",
  "order_items",
  "tickets",
  "ticket_events",
  "refunds",
  "ratings",
  "conversations",
  "buyers",
];

/**
 * Generates every shop on one connection with the foreign-key triggers off (session_replication_role: the rows are
 * consistent by construction; skipped when the role may not set it) and the bulk tables' secondary indexes
 * dropped, then rebuilt. Runs on a freshly migrated, empty schema.
 */
export async function generateAll(
  pool: postgres.Sql,
  shops: BenchShop[],
  passwordHash: string,
  log: (s: string) => void,
) {
  const sql = await pool.reserve();
  try {
    await sql`set session_replication_role = replica`.catch(() => log("  (foreign keys checked: not a superuser)"));
    await sql`set maintenance_work_mem = '512MB'`;
    const indexes = await sql<{ name: string; def: string }[]>`
      select i.indexname as name, i.indexdef as def from pg_indexes i
      where i.schemaname = 'public' and i.tablename = any(${bulkTables})
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
    for (const i of indexes) await sql.unsafe(`drop index "${i.name}"`);
    for (const shop of shops) await generateShop(sql, shop, passwordHash, log);
    const t = Date.now();
    for (const i of indexes) await sql.unsafe(i.def);
    log(`  ${indexes.length} indexes built in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  } finally {
    await sql`reset session_replication_role`.catch(() => {});
    sql.release();
  }
}

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
  await sql.unsafe(`insert into "user" (id, name, email, email_verified)
    select '${s}_agent_user_' || k, '压测客服 ' || k, '${s}-agent-' || k || '@bench.shouhou.dev', true
    from generate_series(0, ${AGENTS - 1}) k`);
  await sql.unsafe(`insert into members (id, shop_id, user_id, display_name, role, can_handle_after_sales)
    select ${agentSql(s, "k")}, '${s}', '${s}_agent_user_' || k, '客服' || k, case when k = 0 then 'lead' else 'agent' end::member_role, k < ${AGENTS - 1}
    from generate_series(0, ${AGENTS - 1}) k`);
  await sql`insert into products (id, shop_id, title, category, is_fresh, is_virtual)
            select ${s} || '_p' || g, ${s}, '压测商品 ' || g, case when g % 5 = 0 then '生鲜' else '服饰' end, g % 5 = 0, g = 49
            from generate_series(0, 49) g`;
  await sql`insert into skus (id, shop_id, product_id, spec, price_fen)
            select ${s} || '_s' || g, ${s}, ${s} || '_p' || g, '标准', 990 + (g * 997) % 40000 from generate_series(0, 49) g`;
  // A 3-day holiday 70 days ago moving promises by 2 days, and a 报备 covering 6 hours of promises 40 days ago.
  await sql`insert into holidays (id, shop_id, name, starts_on, ends_on, ship_delay_days)
            select ${`${s}_holiday`}, ${s}, '压测假期', d - 70, d - 68, 2 from (select (now() at time zone 'Asia/Shanghai')::date d) x`;
  await sql`insert into filings (id, shop_id, reason, covers_from, covers_to)
            values (${`${s}_filing`}, ${s}, '压测报备：暴雨', now() - interval '40 days', now() - interval '40 days' + interval '6 hours')`;
  const nb = Math.max(100, Math.round(n / 4));
  await sql.unsafe(`insert into buyers (id, shop_id, nick)
    select '${s}_b' || g, '${s}', '买家' || g from generate_series(0, ${nb - 1}) g`);
  await generateOrders(sql, s, n * ORDERS_PER_TICKET, nb);
  log(`  ${s}: ${n * ORDERS_PER_TICKET} orders with items ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  await generateTickets(sql, shop, nb);
  log(`  ${s}: ${n} tickets with timelines in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

/**
 * Orders paid over the last 180 days, one item each (product g's hash, as the tickets use). Shipped within ~50 h
 * of a 48 h promise (a few late), collected, signed 2–4 days later; the recent ones are still on the way, and a
 * few parcels are never collected or stuck after collection (the 履约 lists). Product 49 is virtual: no shipping.
 */
async function generateOrders(sql: postgres.Sql, s: string, count: number, nb: number) {
  await sql.unsafe(`
    insert into orders (id, shop_id, buyer_id, kind, paid_fen, paid_at, promised_ship_by, shipped_at, collected_at, signed_at,
                        carrier, waybill, e_waybill, logistics_status, is_fresh, is_virtual)
    select '${s}_o' || g, '${s}', '${s}_b' || (${h("g", 1)} % ${nb}), 'standard', 990 + pr * 997 % 40000,
           paid, paid + interval '48 hours',
           case when shipped <= now() then shipped end,
           case when collected <= now() then collected end,
           case when signed <= now() then signed end,
           case when shipped <= now() then carrier end, case when shipped <= now() then 'BW' || g end,
           ${h("g", 6)} % 10 < 8,
           (case when shipped is null or shipped > now() then 'not_shipped'
                 when collected is null or collected > now() then 'shipped_not_collected'
                 when signed is null then 'collected'
                 when signed > now() then (case when signed - now() < interval '12 hours' then 'out_for_delivery' else 'in_transit' end)
                 else 'signed' end)::logistics_status,
           pr % 5 = 0, pr = 49
    from (select g, paid, pr, carrier, shipped,
                 case when ${h("g", 40)} % 200 <> 0 then shipped + make_interval(mins => (60 + ${h("g", 4)} % 1800)::int) end as collected,
                 case when ${h("g", 40)} % 200 > 1 then shipped + make_interval(mins => (3000 + ${h("g", 4)} % 3000)::int) end as signed
          from (select g, paid, pr, carrier,
                       case when pr <> 49 then paid + make_interval(mins => (${h("g", 3)} % 3000)::int) end as shipped
                from (select g, now() - make_interval(mins => (${h("g", 0)} % (180 * 1440))::int) as paid, ${h("g", 2)} % 50 as pr,
                             (array[${carriers.map((c) => `'${c}'`).join(",")}])[1 + ${h("g", 5)} % ${carriers.length}] as carrier
                      from generate_series(0, ${count - 1}) g) a) b) c`);
  await sql.unsafe(`
    insert into order_items (shop_id, order_id, product_id, sku_id, title, qty, unit_price_fen)
    select '${s}', '${s}_o' || g, '${s}_p' || pr, '${s}_s' || pr, '压测商品 ' || pr, 1, 990 + pr * 997 % 40000
    from (select g, ${h("g", 2)} % 50 as pr from generate_series(0, ${count - 1}) g) x`);
}
