// The workbench list through the real tRPC handler (fetch adapter: routing, superjson, middleware,
// shopProcedure's member lookup, the service), compared with the same SQL sent raw in the same run.
import type postgres from "postgres";
import { createDb, type Db } from "../../db/client";
import { listTickets } from "../../server/tickets/list";
import type { ListTicketsInput } from "../../server/tickets/schemas";
import { listTicketsInput, quickFilterIds } from "../../server/tickets/schemas";
import { router, shopProcedure } from "../../server/trpc";
import { type Timing, timeSideBySide } from "./stats";
import { decode, type Shop, trpcQuery } from "./trpc";

export type ListCase = { name: string; input: ListTicketsInput; deepPages?: number };

export function listCases(): ListCase[] {
  return [
    { name: "默认（超时风险）", input: {} },
    ...quickFilterIds.map((q) => ({ name: `quick=${q}`, input: { quick: q } })),
    {
      name: "类型+原因+金额, 最新",
      input: { sort: "newest", types: ["return_refund"], reasons: ["quality_issue"], amountMinFen: 5000 },
    },
    { name: "承运商 顺丰, 金额排序", input: { sort: "amount", carrier: "顺丰" } },
    { name: "按运单号搜索", input: { search: "RW123457" } },
    { name: "深分页（第 50 页, 最新）", input: { sort: "newest" }, deepPages: 50 },
  ];
}

/** The list query's SQL and parameters, captured from drizzle's logger while the service runs once. */
async function captureListSql(url: string, shopId: string, now: Date, input: ListTicketsInput) {
  const captured: { query: string; params: unknown[] }[] = [];
  const { db, sql } = createDb(url, 1);
  const logged = (db as unknown as { session: { logger: unknown } }).session;
  logged.logger = { logQuery: (query: string, params: unknown[]) => captured.push({ query, params }) };
  await listTickets(db, shopId, now, input);
  await sql.end();
  const main = captured.find((c) => c.query.includes('from "tickets"'));
  if (!main) throw new Error("list query not captured");
  return main;
}

// svc1: the service alone (drizzle, no tRPC/fetch), to show where the time between raw SQL and the handler goes.
export type ListResult = { name: string; c1: Timing; c20: Timing; raw1: Timing; raw20: Timing; svc1: Timing };

export async function benchList(opts: {
  url: string;
  db: Db;
  raw: postgres.Sql;
  shop: Shop;
  /** Calls per measure and concurrency (≥ 200 makes a p95 more than the few slowest calls). */
  samples: number;
}): Promise<ListResult[]> {
  const query = trpcQuery(opts.db, opts.shop);
  const out: ListResult[] = [];
  for (const c of listCases()) {
    let input: ListTicketsInput = { ...c.input, limit: 50 };
    for (let p = 0; p < (c.deepPages ?? 0); p++) {
      const page = decode<{ nextCursor: string | null }>(await query("tickets.list", input)());
      if (!page.nextCursor) break;
      input = { ...input, cursor: page.nextCursor };
    }
    const { query: text, params } = await captureListSql(opts.url, opts.shop.id, new Date(), input);
    const call = query("tickets.list", input);
    const raw = () => opts.raw.unsafe(text, params as never[]);
    const svc = () => listTickets(opts.db, opts.shop.id, new Date(), input);
    const rounds = 10;
    const one = await timeSideBySide({ call, raw, svc }, { concurrency: 1, perWorker: opts.samples / rounds, rounds });
    const twenty = await timeSideBySide(
      { call, raw },
      { concurrency: 20, perWorker: opts.samples / rounds / 20, rounds },
    );
    out.push({ name: c.name, c1: one.call, raw1: one.raw, svc1: one.svc, c20: twenty.call, raw20: twenty.raw });
  }
  return out;
}

/**
 * The part of a list request that no query, index or mapping can remove: the same tRPC stack (fetch adapter,
 * shopProcedure, input parsing, transformer) answering with no database at all — nothing, and a stored 50-row page.
 */
export async function benchListFloor(db: Db, shop: Shop, samples: number) {
  const input = { limit: 50 };
  const page = await listTickets(db, shop.id, new Date(), input);
  const floor = router({
    empty: shopProcedure.input(listTicketsInput).query(() => null),
    page: shopProcedure.input(listTicketsInput).query(() => page),
  });
  const q = trpcQuery(db, shop, floor);
  const rounds = 10;
  return timeSideBySide(
    { empty: q("empty", input), page: q("page", input) },
    { concurrency: 1, perWorker: samples / rounds, rounds },
  );
}
