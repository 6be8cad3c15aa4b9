// The workbench list through the real tRPC handler (fetch adapter: routing, superjson, middleware,
// shopProcedure's member lookup, the service), compared with the same SQL sent raw in the same run.
import type postgres from "postgres";
import superjson from "superjson";
import { createDb, type Db } from "../../db/client";
import { listTickets } from "../../server/tickets/list";
import type { ListTicketsInput } from "../../server/tickets/schemas";
import { quickFilterIds } from "../../server/tickets/schemas";
import { type Timing, timeIt } from "./stats";
import { type Shop, trpcQuery } from "./trpc";

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

/** tickets.list through the handler, answering the page (to follow its cursor). */
function trpcCaller(db: Db, shop: Shop) {
  const query = trpcQuery(db, shop);
  return async (input: ListTicketsInput) =>
    superjson.deserialize((await query("tickets.list", input)).result.data) as { nextCursor: string | null };
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
  perWorker: number;
}): Promise<ListResult[]> {
  const call = trpcCaller(opts.db, opts.shop);
  const out: ListResult[] = [];
  for (const c of listCases()) {
    let input: ListTicketsInput = { ...c.input, limit: 50 };
    for (let p = 0; p < (c.deepPages ?? 0); p++) {
      const page = await call(input);
      if (!page.nextCursor) break;
      input = { ...input, cursor: page.nextCursor };
    }
    const { query, params } = await captureListSql(opts.url, opts.shop.id, new Date(), input);
    const rawRun = () => opts.raw.unsafe(query, params as never[]);
    const r = {
      name: c.name,
      c1: await timeIt(() => call(input), { concurrency: 1, perWorker: opts.perWorker }),
      raw1: await timeIt(rawRun, { concurrency: 1, perWorker: opts.perWorker }),
      svc1: await timeIt(() => listTickets(opts.db, opts.shop.id, new Date(), input), {
        concurrency: 1,
        perWorker: opts.perWorker,
      }),
      c20: await timeIt(() => call(input), { concurrency: 20, perWorker: Math.max(2, Math.round(opts.perWorker / 4)) }),
      raw20: await timeIt(rawRun, { concurrency: 20, perWorker: Math.max(2, Math.round(opts.perWorker / 4)) }),
    };
    out.push(r);
  }
  return out;
}
