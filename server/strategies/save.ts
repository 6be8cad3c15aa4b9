// Creating and editing strategies: every edit is a new version with its snapshot, and an audit row says who changed
// what, when (SPEC §4). A new version only changes what happens to tickets judged from now on: a ticket a strategy
// already acted on is never acted on again (unique acted run), and handled tickets are no longer 待商家处理.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { strategies, strategyChanges, strategyVersions } from "../../db/schema";
import { yuan } from "../../components/format";
import { DomainError } from "../errors";
import { parseInput } from "../tickets/actions/context";
import { type StrategyCtx, assertCanManageStrategies } from "./access";
import { builtins, isBuiltin, type StrategyDefinition } from "./definitions";
import { builtinThresholdProblem } from "./rules";
import { createStrategyInput, updateStrategyInput } from "./schemas";
import { getStrategyInShop, snapshotOf, type StrategyRow } from "./store";

const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

async function writeVersion(tx: Tx, row: StrategyRow, ctx: StrategyCtx) {
  await tx.insert(strategyVersions).values({
    strategyId: row.id,
    version: row.version,
    snapshot: snapshotOf(row),
    changedBy: ctx.member.id,
    changedByName: ctx.member.displayName,
    changedAt: ctx.now,
  });
}

export async function createStrategy(db: Db, ctx: StrategyCtx, raw: unknown): Promise<StrategyRow> {
  assertCanManageStrategies(ctx);
  const input = parseInput(createStrategyInput, raw);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(strategies)
      .values({
        id: `stg_${randomUUID()}`,
        shopId: ctx.shopId,
        kind: "custom",
        name: input.name,
        enabled: input.enabled,
        version: 1,
        ...input.definition,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        updatedBy: ctx.member.displayName,
      })
      .returning();
    await writeVersion(tx, row, ctx);
    await tx.insert(strategyChanges).values({
      shopId: ctx.shopId,
      strategyId: row.id,
      change: "create",
      version: 1,
      before: null,
      after: { ...snapshotOf(row), enabled: row.enabled, template: input.template ?? null },
      memberId: ctx.member.id,
      memberName: ctx.member.displayName,
      at: ctx.now,
    });
    return row;
  });
}

/**
 * A built-in keeps its platform conditions; only its amount threshold is the merchant's, within the platform's
 * limit (SPEC §4: "each a toggle with its thresholds editable within the platform's limits").
 */
function builtinEdit(row: StrategyRow, asked: StrategyDefinition): StrategyDefinition {
  if (!isBuiltin(row.kind)) return asked;
  const preset = builtins[row.kind].definition;
  const maxFen = asked.conditions.maxFen;
  const problem = builtinThresholdProblem(row.kind, maxFen);
  if (problem) {
    throw new DomainError(
      "INVALID_INPUT",
      `金额上限须在 ¥0.01 到 ${yuan(problem.limitFen)} 之间（平台限制，只能调低）`,
      {
        field: "definition.conditions.maxFen",
        params: { limitFen: problem.limitFen },
      },
    );
  }
  return { ...preset, conditions: { ...preset.conditions, maxFen } };
}

export async function updateStrategy(db: Db, ctx: StrategyCtx, raw: unknown): Promise<StrategyRow> {
  assertCanManageStrategies(ctx);
  const input = parseInput(updateStrategyInput, raw);
  return db.transaction(async (tx) => {
    const row = await getStrategyInShop(tx, ctx.shopId, input.id, true);
    if (row.version !== input.version) {
      throw new DomainError(
        "ACTION_NOT_ALLOWED",
        `策略已被 ${row.updatedBy ?? "他人"} 修改为 v${row.version}，请刷新后再改`,
        {
          reason: "STRATEGY_VERSION_CONFLICT",
          params: { version: row.version },
        },
      );
    }
    const def = builtinEdit(row, input.definition);
    const name = isBuiltin(row.kind) ? row.name : (input.name ?? row.name);
    const before = snapshotOf(row);
    const after = snapshotOf({ ...row, ...def, name });
    // Saving what is already there is not a new version (jsonb does not keep key order: compare canonically).
    if (canonical(before) === canonical(after)) return row;
    const [updated] = await tx
      .update(strategies)
      .set({ ...def, name, version: row.version + 1, updatedAt: ctx.now, updatedBy: ctx.member.displayName })
      .where(eq(strategies.id, row.id))
      .returning();
    await writeVersion(tx, updated, ctx);
    await tx.insert(strategyChanges).values({
      shopId: ctx.shopId,
      strategyId: row.id,
      change: "edit",
      version: updated.version,
      before,
      after,
      memberId: ctx.member.id,
      memberName: ctx.member.displayName,
      at: ctx.now,
    });
    return updated;
  });
}
