// Integration-test helpers for 售后助手: the action verbs' fixtures (real Postgres, direct inserts) plus managers who
// may change strategies, and a built-in or custom strategy turned on.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members, strategies, strategyRuns } from "../../db/schema";
import {
  createOrder,
  createShop,
  createTicket,
  HOUR,
  inTransit,
  type ShopFixture,
  T0,
} from "../tickets/actions/test-fixtures";
import type { StrategyCtx } from "./access";
import type { BuiltinKind } from "./definitions";
import { setDailyCap } from "./daily-cap";
import { createStrategy } from "./save";
import type { CreateStrategyInput } from "./schemas";
import { builtinId, ensureBuiltins } from "./store";
import { setStrategyEnabled } from "./toggle";

/** A shop whose owner and lead may manage strategies (as in the demo seed), with its built-ins created. */
export async function strategyShop(db: Db) {
  const f = await createShop(db);
  await db
    .update(members)
    .set({ canManageStrategies: true })
    .where(inArray(members.id, [f.owner.id, f.lead.id]));
  await ensureBuiltins(db, f.shopId, T0);
  const owner = { ...f.owner, canManageStrategies: true };
  return { ...f, owner, ctx: (now: Date = T0): StrategyCtx => ({ shopId: f.shopId, member: owner, now }) };
}
export type StrategyShop = Awaited<ReturnType<typeof strategyShop>>;

export async function enableBuiltin(db: Db, s: StrategyShop, kind: BuiltinKind, on = true) {
  return setStrategyEnabled(db, s.ctx(), { id: builtinId(s.shopId, kind), enabled: on });
}

export async function createCustom(db: Db, s: StrategyShop, input: CreateStrategyInput) {
  return createStrategy(db, s.ctx(), input);
}

export const setCap = (db: Db, s: StrategyShop, capFen: number | null, now = T0) =>
  setDailyCap(db, s.ctx(now), { capFen });

/** A 仅退款 ticket of `fen` on a ¥fen order, shipped (collected, in transit) or not. */
export async function refundOnly(db: Db, f: ShopFixture, fen: number, shipped: boolean, o: { applied?: Date } = {}) {
  const order = await createOrder(db, f, { paidFen: Math.max(fen, 1), ...(shipped ? inTransit : {}) });
  const applied = o.applied ?? new Date(T0.getTime() - HOUR);
  return createTicket(db, f, order, { requestedFen: fen, appliedAt: applied, updatedAt: applied });
}

export async function runsOf(db: Db, ticketId: number) {
  return db.select().from(strategyRuns).where(eq(strategyRuns.ticketId, ticketId)).orderBy(asc(strategyRuns.id));
}

export async function strategyRow(db: Db, shopId: string, kind: string) {
  const [row] = await db
    .select()
    .from(strategies)
    .where(and(eq(strategies.shopId, shopId), eq(strategies.kind, kind)));
  return row;
}
