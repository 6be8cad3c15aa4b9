// Breakdown of the range by reason / product / carrier / agent / type: every metric that supports the dimension,
// per value, with the ticket-list window a bar links to (applied in the range, Shanghai days).
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { members, products } from "../../db/schema";
import { formerAgents } from "./agents";
import { addDays, dayStart } from "./days";
import { type MetricId, type MetricValue, metricsForDim, metricValue } from "./definitions";
import type { BreakdownDim, Facts } from "./facts";
import { periodByKey } from "./query";
import { resolveRange } from "./range";
import { type BreakdownInput, breakdownInput } from "./schemas";

const MAX_ROWS = 30;
const weight = (f: Facts) => f.c.tickets + f.c.orders + f.c.conversations + f.c.ratings + f.c.refunds;

type Label = { name: string; former?: boolean };

/** Names for product and agent keys (a removed member is `former`); reasons, types, carriers: the UI's messages. */
async function labels(db: DbOrTx, shopId: string, dim: BreakdownDim, keys: string[]): Promise<Map<string, Label>> {
  const ids = keys.filter(Boolean);
  if (!ids.length) return new Map();
  if (dim === "product") {
    const rows = await db
      .select({ id: products.id, title: products.title })
      .from(products)
      .where(and(eq(products.shopId, shopId), inArray(products.id, ids)));
    return new Map(rows.map((r) => [r.id, { name: r.title }]));
  }
  if (dim === "agent") {
    const [rows, former] = await Promise.all([
      db
        .select({ id: members.id, name: members.displayName })
        .from(members)
        .where(and(eq(members.shopId, shopId), inArray(members.id, ids))),
      formerAgents(db, shopId, ids),
    ]);
    const named = (r: { id: string; name: string }, former: boolean) => [r.id, { name: r.name, former }] as const;
    return new Map([...former.map((r) => named(r, true)), ...rows.map((r) => named(r, false))]);
  }
  return new Map();
}

export async function metricsBreakdown(db: DbOrTx, ctx: { shopId: string; now: Date }, input: BreakdownInput) {
  const { range: r, dim } = breakdownInput.parse(input);
  const range = resolveRange(r, ctx.now);
  const byKey = await periodByKey(db, ctx.shopId, range, ctx.now, dim);
  const ids = metricsForDim(dim);
  const top = [...byKey.entries()].sort((a, b) => weight(b[1]) - weight(a[1])).slice(0, MAX_ROWS);
  const names = await labels(
    db,
    ctx.shopId,
    dim,
    top.map(([k]) => k),
  );
  return {
    range,
    dim,
    metrics: ids,
    // The ticket list this breakdown links to: tickets applied within the range.
    window: {
      appliedFrom: dayStart(range.from).toISOString(),
      appliedTo: dayStart(addDays(range.to, 1)).toISOString(),
    },
    rows: top.map(([key, f]) => ({
      key,
      label: names.get(key)?.name ?? null,
      former: names.get(key)?.former ?? false,
      tickets: f.c.tickets,
      // Value and sample only: percentiles need the histograms, which a breakdown does not read.
      values: Object.fromEntries(
        ids.map((id) => {
          const { value, sample } = metricValue(id, f);
          return [id, { value, sample }];
        }),
      ) as Record<MetricId, MetricValue>,
    })),
  };
}
