// 售后助手 on the big shop: the dry-run of each built-in strategy (and a custom one) over the last 30 days, as the
// page's 试运行 calls it, plus the worker's probes (server/strategies/bench.ts measures; this turns it into rows).
import type { Db } from "../../db/client";
import { benchStrategies } from "../../server/strategies/bench";
import type { Row } from "./report";

const DRY_RUN_MAX_MS = 2000;

export async function strategyRows(db: Db, shopId: string): Promise<Row[]> {
  const measured = await benchStrategies(db, shopId);
  const dryRuns = measured.filter((r) => r.name.startsWith("dry-run"));
  const probes = measured.filter((r) => !r.name.startsWith("dry-run"));
  const rows: Row[] = dryRuns.map((r) => ({
    measure: `售后助手 ${r.name} p50/max`,
    value: `${r.p50Ms.toFixed(0)} / ${r.maxMs.toFixed(0)} ms`,
    target: "< 2 s",
    pass: r.maxMs < DRY_RUN_MAX_MS,
    note: `${r.runs} runs; ${r.note ?? ""}`,
  }));
  const first = rows[0];
  if (first)
    first.note = `${first.note}. Worker probes (p50/max): ${probes.map((p) => `${p.name} ${p.p50Ms}/${p.maxMs} ms${p.note ? ` (${p.note})` : ""}`).join("; ")}`;
  return rows;
}
