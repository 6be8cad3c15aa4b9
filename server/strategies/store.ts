// Strategy rows: reading them for a shop (the shop always from the session), their definition and order, and the
// lazy creation of the three built-ins the first time a shop's strategies are looked at.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { strategies, strategyVersions } from "../../db/schema";
import { DomainError } from "../errors";
import { builtinKinds, builtins, isBuiltin, type StrategyDefinition } from "./definitions";
import { strategyOrder } from "./rules";

export type StrategyRow = typeof strategies.$inferSelect;

export const definitionOf = (s: Pick<StrategyRow, "conditions" | "action" | "delayMin">): StrategyDefinition => ({
  conditions: s.conditions,
  action: s.action,
  delayMin: s.delayMin,
});

/** What a version meant, kept in strategy_versions so "v3" can be read back after later edits. */
export const snapshotOf = (s: Pick<StrategyRow, "name" | "conditions" | "action" | "delayMin" | "kind">) => ({
  kind: s.kind,
  name: s.name,
  ...definitionOf(s),
});

const rankOf = (s: Pick<StrategyRow, "kind">): number => (isBuiltin(s.kind) ? builtins[s.kind].order : 100);

/** Built-ins first in their fixed order, then custom strategies oldest first. */
export const sortStrategies = <T extends Pick<StrategyRow, "kind" | "createdAt">>(rows: T[]): T[] =>
  [...rows].sort((a, b) =>
    strategyOrder({ rank: rankOf(a), createdAt: a.createdAt }, { rank: rankOf(b), createdAt: b.createdAt }),
  );

export const builtinId = (shopId: string, kind: string) => `stg_${shopId}_${kind}`;

/**
 * Every shop has the three built-ins, off, with the seed thresholds (SPEC §4). Created on first sight; the unique
 * (shop, kind) index makes two first sights at once harmless.
 */
export async function ensureBuiltins(db: DbOrTx, shopId: string, now: Date): Promise<void> {
  const rows = builtinKinds.map((kind) => ({
    id: builtinId(shopId, kind),
    shopId,
    kind,
    name: builtins[kind].name,
    enabled: false,
    version: 1,
    ...builtins[kind].definition,
    createdAt: now,
    updatedAt: now,
    updatedBy: null,
  }));
  const created = await db
    .insert(strategies)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: strategies.id, version: strategies.version });
  if (created.length === 0) return;
  const byId = new Map(rows.map((r) => [r.id, r]));
  await db
    .insert(strategyVersions)
    .values(
      created.map((c) => {
        const row = byId.get(c.id) as (typeof rows)[number];
        return {
          strategyId: c.id,
          version: 1,
          snapshot: snapshotOf(row),
          changedBy: "system",
          changedByName: "平台预设",
          changedAt: now,
        };
      }),
    )
    .onConflictDoNothing();
}

export async function listShopStrategies(db: DbOrTx, shopId: string, opts: { enabledOnly?: boolean } = {}) {
  const rows = await db
    .select()
    .from(strategies)
    .where(and(eq(strategies.shopId, shopId), opts.enabledOnly ? eq(strategies.enabled, true) : undefined));
  return sortStrategies(rows);
}

/** Fetch-or-throw within the shop: another shop's strategy is "not found". */
export async function getStrategyInShop(db: DbOrTx, shopId: string, id: string, lock = false): Promise<StrategyRow> {
  const q = db
    .select()
    .from(strategies)
    .where(and(eq(strategies.id, id), eq(strategies.shopId, shopId)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw new DomainError("NOT_FOUND", "策略不存在");
  return row;
}
