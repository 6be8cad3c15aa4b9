// A custom strategy with a delay fires only after the clock passes it; the daily auto-refund cap stops refunds at
// the cap exactly, leaves the rest for a person with a warning in 预警中心, and opens again the next Asia/Shanghai
// day (SPEC §4).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { DAY, HOUR, MIN, T0, traces } from "../tickets/actions/test-fixtures";
import { observe } from "../warnings/evaluate";
import { strategyCapStatus } from "./daily-cap";
import { templates } from "./definitions";
import { evaluatePendingTickets } from "./evaluate-pending";
import { createCustom, enableBuiltin, refundOnly, runsOf, setCap, strategyShop } from "./test-helpers";

const { db } = await useTestDb();
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("delay", () => {
  it("发货后自动仅退款 with a 60-minute delay waits, then acts once the clock passes it", async () => {
    const s = await strategyShop(db);
    await createCustom(db, s, {
      name: "发货后自动仅退款",
      enabled: true,
      definition: { ...templates.after_ship_refund.definition, delayMin: 60 },
    });
    const t = await refundOnly(db, s, 3_000, true, { applied: T0 });
    const run = (now: Date) => evaluatePendingTickets(db, { now, shopId: s.shopId });

    expect(await run(at(10 * MIN))).toBe(1);
    expect((await runsOf(db, t.id)).map((r) => [r.outcome, r.dueAt?.toISOString()])).toEqual([
      ["waiting", at(60 * MIN).toISOString()],
    ]);
    expect((await traces(db, t.id)).ticket.status).toBe("pending_review");
    // Before it is due the worker has nothing to do.
    expect(await run(at(59 * MIN))).toBe(0);
    expect(await run(at(60 * MIN))).toBe(1);
    const tr = await traces(db, t.id);
    expect(tr.ticket.status).toBe("refunded");
    expect(tr.events[0]?.at).toEqual(at(60 * MIN));
    // The waiting run is resolved in place: one run for this ticket state, which keeps when it was due.
    expect((await runsOf(db, t.id)).map((r) => [r.outcome, r.dueAt?.toISOString(), r.at.toISOString()])).toEqual([
      ["acted", at(60 * MIN).toISOString(), at(60 * MIN).toISOString()],
    ]);
    expect(await run(at(2 * HOUR))).toBe(0);
  });
});

describe("daily cap", () => {
  it("is off by default", async () => {
    const s = await strategyShop(db);
    expect(await strategyCapStatus(db, s.shopId, T0)).toMatchObject({ capFen: null, reached: false, spentFen: 0 });
  });

  it("stops refunds at the cap exactly; the rest waits for a person; the next day refunds again", async () => {
    const s = await strategyShop(db);
    await enableBuiltin(db, s, "small_amount_refund");
    await setCap(db, s, 5_000);
    const amounts = [1_900, 1_900, 1_200, 1, 1_000];
    const ts = [];
    for (const [i, fen] of amounts.entries()) {
      const applied = at(-HOUR + i * MIN);
      ts.push(await refundOnly(db, s, fen, true, { applied }));
    }
    // Review deadlines in application order so the worker meets them in that order.
    for (const [i, t] of ts.entries()) {
      await db
        .update(tickets)
        .set({ deadlineAt: at(47 * HOUR + i * MIN) })
        .where(eq(tickets.id, t.id));
    }
    expect(await evaluatePendingTickets(db, { now: T0, shopId: s.shopId })).toBe(5);
    const statuses = await Promise.all(ts.map(async (t) => (await traces(db, t.id)).ticket.status));
    // 19 + 19 + 12 = 50.00 reaches the cap exactly; the ¥0.01 would pass it; the ¥10 too.
    expect(statuses).toEqual(["refunded", "refunded", "refunded", "pending_review", "pending_review"]);
    expect((await runsOf(db, ts[3]?.id ?? 0))[0]).toMatchObject({
      outcome: "capped",
      why: "仅退款，退款金额 ¥0.01 < ¥20.00，已发货；今日自动退款已达上限 ¥50.00，留给人工处理",
    });
    expect(await strategyCapStatus(db, s.shopId, T0)).toMatchObject({
      capFen: 5_000,
      spentFen: 5_000,
      remainingFen: 0,
      reached: true,
      heldToday: 2,
    });
    // 预警中心 says so, with the tickets left for a person.
    const capWarning = async (now: Date) =>
      (await observe(db, s.shopId, now)).find((o) => o.kind === "strategyCapReached");
    expect(await capWarning(T0)).toMatchObject({ value: 5_000, threshold: 5_000, count: 2 });
    // Held tickets are not retried the same day.
    expect(await evaluatePendingTickets(db, { now: at(HOUR), shopId: s.shopId })).toBe(0);
    // Next day (Asia/Shanghai) a new request is refunded again.
    const tomorrow = at(DAY);
    const next = await refundOnly(db, s, 1_500, true, { applied: tomorrow });
    expect(await evaluatePendingTickets(db, { now: tomorrow, shopId: s.shopId })).toBe(1);
    expect((await traces(db, next.id)).ticket.status).toBe("refunded");
    expect(await strategyCapStatus(db, s.shopId, tomorrow)).toMatchObject({ spentFen: 1_500, reached: false });
    expect(await capWarning(tomorrow)).toBeUndefined();
  });

  it("counts only strategy refunds, and never caps approving a return", async () => {
    const s = await strategyShop(db);
    await enableBuiltin(db, s, "small_amount_refund");
    await setCap(db, s, 100);
    const t = await refundOnly(db, s, 101, true);
    expect(await evaluatePendingTickets(db, { now: T0, shopId: s.shopId })).toBe(1);
    expect((await traces(db, t.id)).ticket.status).toBe("pending_review");
    await setCap(db, s, null);
    expect(await strategyCapStatus(db, s.shopId, T0)).toMatchObject({ capFen: null, reached: false });
  });
});
