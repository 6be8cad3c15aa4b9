// The platform timer (SPEC §3: "Deadlines live on the ticket row and are enforced by a worker"). Claims due
// tickets in batches with FOR UPDATE SKIP LOCKED, so several workers share the work without waiting on each
// other, and applies the rules' onDeadline to each. A batch is one transaction: a worker killed mid-batch
// leaves nothing half-applied (Postgres rolls it back and releases the locks) and the next run takes it up.
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { orders, shopSettings, shops, tickets } from "../../db/schema";
import { runsInSandbox, shopNow } from "../clock";
import { ruleOrderOf, ruleShopOf, ruleTicketOf, settingsOrDefaults } from "../tickets/actions/rule-context";
import { onDeadline } from "../tickets/rules";
import { applyTimerChanges, type TimerChange } from "./bulk-apply";
import { timerWhy } from "./rule-text";

export type ApplyDueOptions = { now: Date; batchSize?: number; shopId?: string; shopIds?: string[] };

/** Applies every deadline due at `now` (deadline_at <= now); returns how many tickets changed. */
export async function applyDueDeadlines(db: Db, opts: ApplyDueOptions): Promise<number> {
  const batchSize = opts.batchSize ?? 500;
  let applied = 0;
  for (;;) {
    const { claimed } = await db.transaction((tx) => applyBatch(tx, opts, batchSize));
    applied += claimed;
    // A short batch means nothing else is due, or the rest is locked by another worker, which will apply it.
    if (claimed < batchSize) return applied;
  }
}

/**
 * The worker's deadline step: every shop's due deadlines on that shop's own clock (server/clock.ts: the sandbox
 * clock for a shop the sandbox plays, the wall clock for the rest), the clock its agents' screens and actions use,
 * so a timer never fires before or after the agents see it due.
 */
export async function applyDueOnShopClocks(db: Db, opts: { batchSize?: number } = {}): Promise<number> {
  const all = await db.select({ id: shops.id, sandbox: shops.sandbox }).from(shops);
  let applied = 0;
  for (const inSandbox of [false, true]) {
    const group = all.filter((s) => runsInSandbox(s) === inSandbox);
    if (group.length === 0) continue;
    const now = await shopNow(db, { sandbox: inSandbox });
    // Every shop on one clock (the usual case): no shop filter, the plain deadline index walk.
    const shopIds = group.length === all.length ? undefined : group.map((s) => s.id);
    applied += await applyDueDeadlines(db, { now, shopIds, batchSize: opts.batchSize });
  }
  return applied;
}

async function applyBatch(tx: Tx, opts: ApplyDueOptions, batchSize: number): Promise<{ claimed: number }> {
  const { now, shopId } = opts;
  // Claim with the order in one round trip; only the ticket rows are locked (FOR UPDATE OF tickets).
  const due = await tx
    .select({ ticket: tickets, order: orders })
    .from(tickets)
    .innerJoin(orders, eq(orders.id, tickets.orderId))
    .where(
      and(
        lte(tickets.deadlineAt, now),
        shopId ? eq(tickets.shopId, shopId) : undefined,
        opts.shopIds ? inArray(tickets.shopId, opts.shopIds) : undefined,
      ),
    )
    .orderBy(asc(tickets.deadlineAt))
    .limit(batchSize)
    .for("update", { of: tickets, skipLocked: true });
  if (due.length === 0) return { claimed: 0 };
  const shopIds = [...new Set(due.map((d) => d.ticket.shopId))];
  const shopRows = await tx
    .select({ shop: shops, settings: shopSettings })
    .from(shops)
    .leftJoin(shopSettings, eq(shopSettings.shopId, shops.id))
    .where(inArray(shops.id, shopIds));
  const shopOf = new Map(
    shopRows.map(({ shop, settings }) => [shop.id, ruleShopOf(shop, settingsOrDefaults(shop.id, settings))]),
  );
  const changes: TimerChange[] = [];
  for (const { ticket: t, order } of due) {
    const shop = shopOf.get(t.shopId);
    if (!shop) throw new Error(`ticket ${t.id}: shop ${t.shopId} missing`);
    // Evaluated on the row read under the lock: an agent who acted first has already moved the deadline.
    const outcome = onDeadline(ruleTicketOf(t), ruleOrderOf(order), shop, now);
    // A due deadline that no rule owns (e.g. 平台介入中) is cleared, or it would be claimed forever.
    const rule = outcome?.rule ?? "no_rule";
    const transition = outcome?.transition ?? { to: t.status, deadline: null };
    changes.push({
      ticket: t,
      rule,
      transition,
      why: timerWhy(rule, t.type, transition.to, shop.limits, t.deadlineMin),
    });
  }
  await applyTimerChanges(tx, changes, now);
  return { claimed: due.length };
}
