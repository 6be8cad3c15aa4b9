// The worker task's probes: new tickets and due delays are judged within a tick; a changed ticket at the next sweep;
// turning a strategy on or editing it sweeps at once. Each ticket is judged once per state.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orders, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { DAY, MIN, T0, traces } from "../tickets/actions/test-fixtures";
import { templates } from "./definitions";
import { createCustom, enableBuiltin, refundOnly, runsOf, strategyShop } from "./test-helpers";
import { strategyWorkerTask } from "./worker-task";

const { db } = await useTestDb();
const at = (ms: number) => new Date(T0.getTime() + ms);
/** Like the worker loop: run the task until it reports nothing more to do. */
async function tick(task: (now: Date) => Promise<number>, now: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await task(now);
    total += n;
    if (n === 0) return total;
  }
}

describe("strategy worker task", () => {
  it("judges a new ticket within a tick, without waiting for the sweep", async () => {
    const s = await strategyShop(db);
    await enableBuiltin(db, s, "small_amount_refund");
    const task = strategyWorkerTask(db, { sweepEveryMs: DAY });
    const old = await refundOnly(db, s, 1_000, true);
    expect(await tick(task, T0)).toBe(1); // first sight: a sweep
    expect((await traces(db, old.id)).ticket.status).toBe("refunded");
    const fresh = await refundOnly(db, s, 1_500, true);
    expect(await tick(task, at(1_000))).toBe(1);
    expect((await traces(db, fresh.id)).ticket.status).toBe("refunded");
  });

  it("a ticket that changed is judged again at the next sweep", async () => {
    const s = await strategyShop(db);
    await enableBuiltin(db, s, "small_amount_refund");
    // No look-back: only the sweep may find a ticket that is not new.
    const task = strategyWorkerTask(db, { sweepEveryMs: 30_000, cursorLookBack: 0 });
    const t = await refundOnly(db, s, 1_000, false);
    expect(await tick(task, T0)).toBe(1);
    expect((await runsOf(db, t.id)).map((r) => r.outcome)).toEqual(["no_match"]);
    await db.update(orders).set({ collectedAt: T0, logisticsStatus: "collected" }).where(eq(orders.id, t.orderId));
    await db.update(tickets).set({ orderLogisticsStatus: "collected" }).where(eq(tickets.id, t.id));
    expect(await tick(task, at(10_000))).toBe(0); // not a new ticket, sweep not due
    expect(await tick(task, at(30_000))).toBe(1);
    expect((await traces(db, t.id)).ticket.status).toBe("refunded");
  });

  it("turning a strategy on sweeps the pending tickets at once", async () => {
    const s = await strategyShop(db);
    await enableBuiltin(db, s, "seven_day_return");
    const task = strategyWorkerTask(db, { sweepEveryMs: DAY });
    const t = await refundOnly(db, s, 1_000, true);
    expect(await tick(task, T0)).toBe(1);
    expect((await runsOf(db, t.id)).map((r) => r.outcome)).toEqual(["no_match"]);
    await enableBuiltin(db, s, "small_amount_refund");
    expect(await tick(task, at(1_000))).toBe(1);
    expect((await traces(db, t.id)).ticket.status).toBe("refunded");
  });

  it("a delay that comes due is acted on within a tick", async () => {
    const s = await strategyShop(db);
    await createCustom(db, s, {
      name: "发货后自动仅退款·等 1 小时",
      enabled: true,
      definition: { ...templates.after_ship_refund.definition, delayMin: 60 },
    });
    const task = strategyWorkerTask(db, { sweepEveryMs: DAY });
    const t = await refundOnly(db, s, 2_000, true, { applied: T0 });
    expect(await tick(task, at(MIN))).toBe(1);
    expect(await tick(task, at(59 * MIN))).toBe(0);
    expect(await tick(task, at(60 * MIN))).toBe(1);
    // The waiting run is resolved in place: one run for this ticket state, which keeps when it was due.
    expect((await runsOf(db, t.id)).map((r) => [r.outcome, r.dueAt?.toISOString(), r.at.toISOString()])).toEqual([
      ["acted", at(60 * MIN).toISOString(), at(60 * MIN).toISOString()],
    ]);
    expect(await tick(task, at(61 * MIN))).toBe(0);
  });
});
