// Runs a shop's enabled strategies on one 待商家处理 ticket (SPEC §4 "售后助手 strategies"). A matching strategy
// acts through the same `approve` verb as a person — version-checked, one transaction with its timeline event,
// refund row and outbox row — as "售后助手·<name> v<version>" with the conditions and values as its why. Every
// strategy it considers leaves a run: matched or not, with its version and the conditions it saw.
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { strategyRuns, tickets } from "../../db/schema";
import { DomainError } from "../errors";
import { fmt } from "../../messages";
import { strategiesMessages } from "../../messages/strategies";
import { yuan } from "../../components/format";
import { approve } from "../tickets/actions/approve";
import type { ActionCtx } from "../tickets/actions/context";
import { loadOrderAndShop, ruleOrderOf } from "../tickets/actions/rule-context";
import type { Ticket } from "../tickets/transition";
import { lockCapForRefund } from "./daily-cap";
import { explainMatch, explainMiss, strategyActorName } from "./describe";
import { capAllows, matchStrategy, type StrategyFacts, shippedNow, waitUntil } from "./rules";
import { definitionOf, listShopStrategies, type StrategyRow } from "./store";

type Run = typeof strategyRuns.$inferSelect;
type PastRun = Pick<Run, "strategyId" | "version" | "ticketVersion" | "orderLogistics" | "outcome" | "dueAt" | "acted">;
export type EvaluateResult = { runs: number; acted: StrategyRow | null };

/** A run still answers for this strategy version and this state of the ticket (a waiting run until it is due). */
export const isCurrentRun = (r: PastRun, s: Pick<StrategyRow, "id" | "version">, t: Ticket, now: Date): boolean =>
  r.strategyId === s.id &&
  r.version === s.version &&
  r.ticketVersion === t.version &&
  r.orderLogistics === t.orderLogisticsStatus &&
  (r.outcome !== "waiting" || (r.dueAt !== null && r.dueAt.getTime() > now.getTime()));

export function factsOf(t: Ticket, order: Parameters<typeof ruleOrderOf>[0], shipped: boolean): StrategyFacts {
  return {
    type: t.type,
    reason: t.reason,
    requestedFen: t.requestedFen,
    productId: t.productId,
    skuId: t.skuId,
    orderKind: order.kind,
    orderPaidFen: order.paidFen,
    isVirtual: order.isVirtual,
    sevenDayEligible: order.sevenDayEligible,
    shipped,
  };
}

/** The strategy as the actor of the approve verb: permission-free (it was turned on by a manager), named on the timeline. */
function strategyActionCtx(s: StrategyRow, shopId: string, now: Date, why: string, data: Record<string, unknown>) {
  const name = strategyActorName(s.name, s.version);
  const ctx: ActionCtx = {
    shopId,
    now,
    member: { id: `strategy:${s.id}`, shopId, displayName: name, role: "agent", canHandleAfterSales: true },
    onBehalf: { actor: { kind: "strategy", id: s.id, name }, why, data },
  };
  return ctx;
}

class AlreadyActed extends Error {}

/**
 * Evaluates one ticket under its row lock (SKIP LOCKED: a ticket another worker holds is left to it). Stops at the
 * first strategy that acts. Returns how many runs were written and which strategy acted.
 */
export async function evaluateTicket(db: Db, shopId: string, ticketId: number, now: Date): Promise<EvaluateResult> {
  return db.transaction(async (tx) => {
    const [t] = await tx
      .select()
      .from(tickets)
      .where(and(eq(tickets.id, ticketId), eq(tickets.shopId, shopId), eq(tickets.status, "pending_review")))
      .for("update", { skipLocked: true });
    if (!t) return { runs: 0, acted: null };
    const enabled = await listShopStrategies(tx, shopId, { enabledOnly: true });
    const past: PastRun[] = await tx
      .select({
        strategyId: strategyRuns.strategyId,
        version: strategyRuns.version,
        ticketVersion: strategyRuns.ticketVersion,
        orderLogistics: strategyRuns.orderLogistics,
        outcome: strategyRuns.outcome,
        dueAt: strategyRuns.dueAt,
        acted: strategyRuns.acted,
      })
      .from(strategyRuns)
      .where(eq(strategyRuns.ticketId, t.id));
    const unjudged = enabled.filter(
      // Never twice: a strategy that once acted on this ticket does not come back to it, edited or not.
      (s) => !past.some((r) => r.strategyId === s.id && (r.acted || isCurrentRun(r, s, t, now))),
    );
    if (unjudged.length === 0) return { runs: 0, acted: null };
    const { order } = await loadOrderAndShop(tx, shopId, t.orderId);
    const facts = factsOf(t, order, shippedNow(ruleOrderOf(order)));
    let runs = 0;
    for (const s of unjudged) {
      const r = await runOne(tx, s, t, facts, now);
      if (r !== "none") runs++;
      if (r === "acted") return { runs, acted: s };
    }
    return { runs, acted: null };
  });
}

/** One strategy on one locked ticket: records its run ("recorded"), acts ("acted"), or finds it already acted. */
async function runOne(
  tx: Tx,
  s: StrategyRow,
  t: Ticket,
  facts: StrategyFacts,
  now: Date,
): Promise<"acted" | "recorded" | "none"> {
  const def = definitionOf(s);
  const { matched, checks } = matchStrategy(def, facts);
  const base = {
    shopId: t.shopId,
    strategyId: s.id,
    version: s.version,
    ticketId: t.id,
    ticketVersion: t.version,
    orderLogistics: t.orderLogisticsStatus,
    matched,
    amountFen: matched ? t.requestedFen : 0,
    conditions: checks,
    at: now,
  };
  // One run per strategy version and ticket state: a waiting run (the same state, its delay now due) is resolved in
  // place, keeping its due_at as the record that it waited.
  const stateKey = [
    strategyRuns.ticketId,
    strategyRuns.strategyId,
    strategyRuns.version,
    strategyRuns.ticketVersion,
    strategyRuns.orderLogistics,
  ];
  const record = (v: Partial<typeof strategyRuns.$inferInsert> & Pick<Run, "outcome">) => {
    const row = {
      matched,
      acted: false,
      amountFen: base.amountFen,
      conditions: checks,
      why: null,
      refusal: null,
      ...v,
    };
    return tx
      .insert(strategyRuns)
      .values({ ...base, ...row })
      .onConflictDoUpdate({
        target: stateKey,
        set: { ...row, at: now },
        setWhere: sql`${strategyRuns.outcome} = 'waiting'`,
      });
  };
  if (!matched) {
    await record({ outcome: "no_match", why: explainMiss(checks, "zh-CN") });
    return "recorded";
  }
  const why = explainMatch(checks, "zh-CN");
  const due = waitUntil(t.appliedAt, s.delayMin, now);
  if (due) {
    await record({ outcome: "waiting", why, dueAt: due });
    return "recorded";
  }
  if (s.action === "approve_refund" && t.type === "refund_only") {
    const cap = await lockCapForRefund(tx, t.shopId, now);
    if (!capAllows(cap.capFen, cap.spentFen, t.requestedFen)) {
      const held = fmt(strategiesMessages["zh-CN"].capReached, { cap: yuan(cap.capFen ?? 0) });
      await record({ outcome: "capped", why: `${why}；${held}` });
      return "recorded";
    }
  }
  try {
    await tx.transaction(async (sp) => {
      // The run is claimed first: one run per ticket state, and the unique (strategy, ticket) where acted index, let
      // only one worker ever act.
      const claimed = await record({ outcome: "acted", acted: true, why }).returning({ id: strategyRuns.id });
      if (claimed.length === 0) throw new AlreadyActed();
      const data = { strategyId: s.id, strategyVersion: s.version, runId: claimed[0]?.id, conditions: checks };
      await approve(sp, strategyActionCtx(s, t.shopId, now, why, data), { ticketId: t.id, version: t.version });
    });
    return "acted";
  } catch (e) {
    if (e instanceof AlreadyActed) return "none";
    if (!(e instanceof DomainError)) throw e;
    await record({ outcome: "refused", why: `${why}；${e.message}`, refusal: e.details.reason ?? e.code });
    return "recorded";
  }
}
