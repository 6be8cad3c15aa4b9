// The rollup-equals-raw test (issue 7): on a seeded demo shop (with a holiday and 报备 filings), every metric read
// through the rollups + today (live, or as stored by the worker) equals the same metric recomputed from the raw rows by an independent SQL
// query, over the whole 90 days, per day, and per breakdown value.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { filings, holidays, orders } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { addDays, dayOf, dayStart } from "./days";
import { experienceComponents, type MetricId, metricIds, metricValue } from "./definitions";
import { bucketOf, type FactsByKey, isEmpty } from "./facts";
import { clearLiveCache, computeDay, periodByDay, periodByKey } from "./query";
import { resolveRange } from "./range";
import { runRollups } from "./rollup";
import { seedDemoShop } from "./test-seed";
import { refreshToday, storedToday } from "./today-store";

const { db } = await useTestDb();
const END = new Date("2026-11-20T06:30:00.000Z"); // 14:30 in Shanghai
let shopId = "";
let now = END;

beforeAll(async () => {
  ({ shopId, now } = await seedDemoShop(db, { orders: 700, end: END }));
  // A holiday over some promises and two 报备 filings (by order ids, by time range) so the calendar counts too.
  const some = await db.select({ id: orders.id }).from(orders).where(sql`shop_id = ${shopId}`).limit(400);
  await db.insert(holidays).values({
    id: "hol_test",
    shopId,
    name: "国庆",
    startsOn: addDays(dayOf(now), -50),
    endsOn: addDays(dayOf(now), -44),
    shipDelayDays: 2,
  });
  await db.insert(filings).values([
    { id: "fil_ids", shopId, reason: "暴雨停运", orderIds: some.slice(100, 130).map((o) => o.id) },
    {
      id: "fil_range",
      shopId,
      reason: "仓库停电",
      coversFrom: dayStart(addDays(dayOf(now), -20)),
      coversTo: dayStart(addDays(dayOf(now), -18)),
    },
  ]);
  expect(await runRollups(db, { now, shopId })).toBe(1); // the full pass
  clearLiveCache();
}, 600_000);

type Raw = Record<string, number | null>;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Every metric from the raw rows for [from, to), by SQL written apart from the TypeScript definitions. */
async function rawMetrics(from: Date, to: Date): Promise<Raw> {
  const f = from.toISOString();
  const t = to.toISOString();
  const n = now.toISOString();
  const secs = (a: string, b: string) => sql.raw(`greatest(0, floor(extract(epoch from (${b}) - (${a}))))`);
  const [row] = await db.execute<Record<string, unknown>>(sql`
    with t as (select * from tickets where shop_id = ${shopId} and applied_at >= ${f}::timestamptz and applied_at < ${t}::timestamptz),
    r as (select r.at, tk.type, tk.applied_at, tk.return_signed_at from refunds r join tickets tk on tk.id = r.ticket_id
          where r.shop_id = ${shopId} and r.at >= ${f}::timestamptz and r.at < ${t}::timestamptz),
    g as (select * from ratings where shop_id = ${shopId} and at >= ${f}::timestamptz and at < ${t}::timestamptz),
    c as (select * from conversations where shop_id = ${shopId} and started_at >= ${f}::timestamptz and started_at < ${t}::timestamptz),
    o as (select o.*, o.promised_ship_by + coalesce((select max(h.ship_delay_days) from holidays h where h.shop_id = o.shop_id
            and (o.promised_ship_by at time zone 'Asia/Shanghai')::date between h.starts_on and h.ends_on), 0) * interval '1 day' as eff,
            exists (select 1 from tickets x where x.order_id = o.id and x.type = 'refund_only'
              and x.applied_at < coalesce(o.shipped_at, 'infinity')) as pre_refund
          from orders o where o.shop_id = ${shopId} and o.paid_at >= ${f}::timestamptz and o.paid_at < ${t}::timestamptz),
    os as (select o.*, exists (select 1 from filings fl where fl.shop_id = o.shop_id and (o.id = any(fl.order_ids)
             or (o.eff >= fl.covers_from and o.eff < fl.covers_to))) as filed
           from o where not o.is_virtual and not o.pre_refund and (o.shipped_at is not null or o.eff <= ${n}::timestamptz))
    select
      (select avg(${secs("applied_at", "first_decision_at")}) from t where first_decision_at is not null) as "handlingTime",
      (select percentile_disc(0.5) within group (order by ${secs("applied_at", "first_decision_at")}) from t where first_decision_at is not null) as "handlingTime_p50",
      (select percentile_disc(0.9) within group (order by ${secs("applied_at", "first_decision_at")}) from t where first_decision_at is not null) as "handlingTime_p90",
      (select avg(${secs("applied_at", "at")}) from r where type = 'refund_only') as "refundOnlyTime",
      (select percentile_disc(0.9) within group (order by ${secs("applied_at", "at")}) from r where type = 'refund_only') as "refundOnlyTime_p90",
      (select avg(${secs("applied_at", "at")}) from r where type = 'return_refund') as "returnRefundTime",
      (select percentile_disc(0.5) within group (order by ${secs("applied_at", "at")}) from r where type = 'return_refund') as "returnRefundTime_p50",
      (select avg(${secs("return_signed_at", "at")}) from r where type = 'return_refund' and return_signed_at is not null) as "selfCompletionTime",
      (select percentile_disc(0.5) within group (order by ${secs("return_signed_at", "at")}) from r where type = 'return_refund' and return_signed_at is not null) as "selfCompletionTime_p50",
      (select count(*) filter (where stars >= 4)::float8 / nullif(count(*), 0) from g) as "satisfaction",
      (select count(*) filter (where escalated_at is not null)::float8 / nullif(count(*), 0) from t) as "disputeRate",
      (select count(*) filter (where ruling_responsibility = 'merchant') from t)::float8 / nullif((select count(*) from o), 0) as "merchantDisputeRate",
      (select count(*) from r)::float8 / nullif((select count(*) from o), 0) as "refundRate",
      (select count(*) filter (where type = 'return_refund') from t)::float8 / nullif((select count(*) from o), 0) as "returnRate",
      (select count(*) filter (where handled_by = 'strategy')::float8 / nullif(count(*), 0) from t where ended_at is not null) as "automationRate",
      (select count(*) filter (where handled_by = 'platform_timer')::float8 / nullif(count(*), 0) from t where ended_at is not null) as "timeoutRate",
      (select count(*) filter (where first_reply_at is not null and ${secs("started_at", "first_reply_at")} <= 180)::float8 / nullif(count(*), 0) from c) as "replyIn3mRate",
      (select avg(${secs("started_at", "first_reply_at")}) from c where first_reply_at is not null) as "avgReplyTime",
      (select count(*) filter (where rating >= 4)::float8 / nullif(count(*), 0) from c where rating is not null) as "agentGoodRate",
      (select count(*) filter (where shipped_at <= eff)::float8 / nullif(count(*), 0) from os where not filed) as "shipOnTimeRate",
      (select count(*) from os where filed) as "shipFiled",
      (select count(*) filter (where collected_at is not null and collected_at - shipped_at <= interval '24 hours')::float8 / nullif(count(*), 0)
         from o where not is_virtual and shipped_at is not null and (collected_at is not null or shipped_at + interval '24 hours' <= ${n}::timestamptz)) as "collectOnTimeRate",
      (select avg(${secs("shipped_at", "signed_at")}) from o where shipped_at is not null and signed_at is not null) as "signTime",
      (select percentile_disc(0.9) within group (order by ${secs("shipped_at", "signed_at")}) from o where shipped_at is not null and signed_at is not null) as "signTime_p90"
  `);
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, num(v)]));
}

/** 店铺体验分 from raw component values, with the published weights and bounds. */
function rawExperience(raw: Raw): number | null {
  let points = 0;
  let weight = 0;
  for (const c of experienceComponents) {
    const v = raw[c.metric];
    if (v === null || v === undefined) continue;
    points += c.weight * Math.min(100, Math.max(0, ((v - c.worst) / (c.best - c.worst)) * 100));
    weight += c.weight;
  }
  return weight ? points / weight : null;
}

function expectSame(id: MetricId | string, got: number | null | undefined, want: number | null | undefined) {
  if (want === null || want === undefined) return expect(got ?? null, id).toBeNull();
  expect(got, id).not.toBeNull();
  expect(got as number, id).toBeCloseTo(want, 6);
}

describe("rollup equals raw on the demo shop", () => {
  it("every metric over 90 days (rollups + today live) equals the raw SQL, percentiles to the bucket", async () => {
    const range = resolveRange({ preset: "90d" }, now);
    const { total } = await periodByDay(db, shopId, range, now, { hists: true });
    const raw = await rawMetrics(dayStart(range.from), dayStart(addDays(range.to, 1)));
    expect(total.c.tickets).toBeGreaterThan(150);
    expect(total.c.shipFiled).toBeGreaterThan(0);
    expect(total.c.shipHolidayMoved).toBeGreaterThan(0);
    for (const id of metricIds) {
      const v = metricValue(id, total);
      if (id === "experienceScore") expectSame(id, v.value, rawExperience(raw));
      else expectSame(id, v.value, raw[id]);
      for (const p of ["p50", "p90"] as const) {
        const want = raw[`${id}_${p}`];
        if (want === undefined) continue;
        expect(v[p], `${id} ${p}`).toBe(want === null ? null : bucketOf(want) * 60);
      }
    }
    expect(total.c.shipFiled).toBe(raw.shipFiled);
  });

  it("each day of the trend equals the raw SQL of that day", async () => {
    const range = resolveRange({ preset: "30d" }, now);
    const { byDay } = await periodByDay(db, shopId, range, now);
    expect(byDay.size).toBe(30);
    for (const day of [range.from, addDays(range.to, -12), addDays(range.to, -1), range.to]) {
      const raw = await rawMetrics(dayStart(day), dayStart(addDays(day, 1)));
      const facts = byDay.get(day);
      if (!facts) throw new Error(`no facts for ${day}`);
      for (const id of metricIds) {
        if (id !== "experienceScore") expectSame(`${day} ${id}`, metricValue(id, facts).value, raw[id]);
      }
    }
  });

  it("breakdowns by reason, carrier and agent equal the raw SQL per value", async () => {
    const range = resolveRange({ preset: "90d" }, now);
    const f = dayStart(range.from).toISOString();
    const byReason = await periodByKey(db, shopId, range, now, "reason");
    const rawReason = await db.execute<{ k: string; n: number; esc: number }>(sql`
      select reason::text k, count(*)::int n, count(*) filter (where escalated_at is not null)::int esc
      from tickets where shop_id = ${shopId} and applied_at >= ${f}::timestamptz group by 1`);
    expect(rawReason.length).toBeGreaterThan(5);
    for (const r of rawReason) {
      expect(byReason.get(r.k)?.c.tickets, r.k).toBe(r.n);
      expect(byReason.get(r.k)?.c.escalated, r.k).toBe(r.esc);
    }
    const byCarrier = await periodByKey(db, shopId, range, now, "carrier");
    const rawCarrier = await db.execute<{ k: string; n: number; on: number }>(sql`
      select coalesce(carrier, '') k, count(*)::int n,
        count(*) filter (where collected_at is not null and collected_at - shipped_at <= interval '24 hours')::int "on"
      from orders where shop_id = ${shopId} and paid_at >= ${f}::timestamptz group by 1`);
    for (const r of rawCarrier) {
      expect(byCarrier.get(r.k)?.c.orders, r.k).toBe(r.n);
      expect(byCarrier.get(r.k)?.c.collectOnTime, r.k).toBe(r.on);
    }
    const byAgent = await periodByKey(db, shopId, range, now, "agent", ["decided"]);
    const rawAgent = await db.execute<{ k: string; n: number; conv: number }>(sql`
      select k, sum(n)::int n, sum(conv)::int conv from (
        select coalesce(t.assignee_id, (select e.actor_id from ticket_events e where e.ticket_id = t.id
          and e.actor_kind = 'agent' and e.from_status is distinct from e.to_status order by e.at, e.id limit 1), '') k,
          1 n, 0 conv from tickets t where t.shop_id = ${shopId} and t.applied_at >= ${f}::timestamptz
        union all
        select coalesce(agent_id, ''), 0, 1 from conversations where shop_id = ${shopId} and started_at >= ${f}::timestamptz
      ) x group by k`);
    expect(rawAgent.filter((r) => r.k !== "").length).toBeGreaterThan(1);
    for (const r of rawAgent) {
      expect(byAgent.get(r.k)?.c.tickets ?? 0, r.k).toBe(r.n);
      expect(byAgent.get(r.k)?.c.conversations ?? 0, r.k).toBe(r.conv);
    }
    // 客服: median handling time per agent, from the merged daily histograms.
    const rawMedian = await db.execute<{ k: string; p50: number }>(sql`
      select k, percentile_disc(0.5) within group (order by s) p50 from (
        select coalesce(t.assignee_id, (select e.actor_id from ticket_events e where e.ticket_id = t.id
          and e.actor_kind = 'agent' and e.from_status is distinct from e.to_status order by e.at, e.id limit 1), '') k,
          greatest(0, floor(extract(epoch from t.first_decision_at - t.applied_at))) s
        from tickets t where t.shop_id = ${shopId} and t.applied_at >= ${f}::timestamptz and t.first_decision_at is not null
      ) x group by k`);
    expect(rawMedian.length).toBeGreaterThan(1);
    for (const r of rawMedian) {
      const facts = byAgent.get(r.k);
      expect(facts && metricValue("handlingTime", facts).p50, r.k).toBe(bucketOf(Number(r.p50)) * 60);
    }
  });

  it("today's facts stored by the worker's refresh equal the live computation, every dimension value", async () => {
    await refreshToday(db, shopId, now);
    const stored = await storedToday(db, shopId, dayOf(now), now);
    const live = await computeDay(db, shopId, dayOf(now), now);
    const nonEmpty = (f: FactsByKey) =>
      Object.fromEntries([...f.entries()].filter((e) => !isEmpty(e.facts)).map((e) => [`${e.dim}|${e.key}`, e.facts]));
    expect(stored?.facts.get("all", "")?.c.tickets).toBeGreaterThan(0);
    expect(Object.keys(nonEmpty(live)).length).toBeGreaterThan(10);
    expect(nonEmpty(stored?.facts as FactsByKey)).toEqual(nonEmpty(live));
    clearLiveCache();
  });
});
