// 售后助手 measurements for the benchmark (SPEC §8 "measured by benchmark, not by timed tests"): dry-run of each
// built-in and a custom strategy on the last 30 days, the worker's probe when every pending ticket is judged (steady
// state) and when none is, and one ticket's evaluation. Call benchStrategies(db, shopId) on a big shop.
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { strategies } from "../../db/schema";
import { strategyCapStatus } from "./daily-cap";
import { builtins, type StrategyDefinition, templates } from "./definitions";
import { dryRunStrategy } from "./dry-run";
import { dueTicketsToEvaluate, maxTicketId, newTicketsToEvaluate, ticketsToEvaluate } from "./evaluate-pending";
import { builtinId, ensureBuiltins } from "./store";

export type BenchRow = { name: string; p50Ms: number; maxMs: number; runs: number; note?: string };

async function time(name: string, runs: number, f: () => Promise<unknown>, note?: string): Promise<BenchRow> {
  const ms: number[] = [];
  let last: unknown;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await f();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  const described = typeof note === "string" ? note : typeof last === "number" ? String(last) : undefined;
  return {
    name,
    p50Ms: round(ms[Math.floor(ms.length / 2)] ?? 0),
    maxMs: round(ms.at(-1) ?? 0),
    runs,
    note: described,
  };
}

const customDefinition: StrategyDefinition = {
  ...templates.after_ship_refund.definition,
  conditions: {
    ...templates.after_ship_refund.definition.conditions,
    minFen: 1_000,
    maxFen: 20_000,
    reasons: ["no_longer_wanted", "wrong_order", "seven_day_no_reason"],
    orderKinds: ["standard"],
  },
};

class RollBack extends Error {}

/**
 * Measures on `shopId` as it is, changing nothing: the probes turn 小额自动退 on and judge every pending ticket
 * (bulk-written no-match runs, the steady state) inside a transaction that is rolled back.
 */
export async function benchStrategies(db: Db, shopId: string, now = new Date()): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dry = (definition: StrategyDefinition) => () => dryRunStrategy(db, { shopId, now }, { definition });
  for (const [name, def] of [
    ["dry-run 极速退款 (30 d)", builtins.fast_refund.definition],
    ["dry-run 小额自动退 (30 d)", builtins.small_amount_refund.definition],
    ["dry-run 七天无理由自动退货退款 (30 d)", builtins.seven_day_return.definition],
    ["dry-run custom: reasons + kind + range (30 d)", customDefinition],
  ] as const) {
    const r = await dryRunStrategy(db, { shopId, now }, { definition: def });
    rows.push(await time(name, 5, dry(def), `${r.matched} of ${r.scanned} matched`));
  }
  await ensureBuiltins(db, shopId, now);
  // The probes run in a transaction that is rolled back: the strategy turned on for them is never seen by a worker.
  await db
    .transaction(async (tx) => {
      const id = builtinId(shopId, "small_amount_refund");
      await tx.update(strategies).set({ enabled: true }).where(eq(strategies.id, id));
      const [row] = await tx.select({ version: strategies.version }).from(strategies).where(eq(strategies.id, id));
      const on = [{ id, version: row?.version ?? 1 }];
      const sweep = async () => (await ticketsToEvaluate(tx, shopId, on, now, 100)).length;
      rows.push(await time("worker sweep, nothing judged yet (limit 100)", 5, sweep));
      const judged = await tx.execute(sql`
        insert into strategy_runs (shop_id, strategy_id, version, ticket_id, ticket_version, order_logistics, outcome,
          matched, conditions, at)
        select t.shop_id, s.id, s.version, t.id, t.version, t.order_logistics_status::text, 'no_match', false, '[]',
          ${now.toISOString()}::timestamptz
        from tickets t join strategies s on s.id = ${id}
        where t.shop_id = ${shopId} and t.status = 'pending_review'`);
      const n = (judged as unknown as { count?: number }).count ?? 0;
      rows.push(await time("worker sweep, steady state (all judged)", 5, sweep, `${n} pending tickets probed`));
      const cursor = (await maxTicketId(tx)) - 500;
      rows.push(
        await time("worker probe: new tickets (500 look-back)", 5, () =>
          newTicketsToEvaluate(tx, shopId, on, cursor, now, 100),
        ),
      );
      const since = new Date(now.getTime() - 60_000);
      rows.push(await time("worker probe: due delays", 5, () => dueTicketsToEvaluate(tx, shopId, since, now, 100)));
      throw new RollBack();
    })
    .catch((e) => {
      if (!(e instanceof RollBack)) throw e;
    });
  rows.push(await time("daily cap status", 5, () => strategyCapStatus(db, shopId, now)));
  return rows;
}
