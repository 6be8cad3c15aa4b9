// The worker loop: each task runs until it reports 0, on the app's clock, and the loop stops cleanly on abort.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../tests/db";
import { at, createOrder, createShop, createTicket, DAY, HOUR, traces } from "../tickets/actions/test-fixtures";
import { applyDueDeadlines } from "./apply-due";
import { runWorker } from "./worker-loop";

const { db } = await useTestDb();

describe("runWorker", () => {
  it("applies due deadlines as the clock moves, then stops on abort", async () => {
    const f = await createShop(db);
    const t = await createTicket(db, f, await createOrder(db, f), { deadlineAt: at(47 * HOUR) });
    let now = at(0);
    const controller = new AbortController();
    const seen: number[] = [];
    const loop = runWorker({
      db,
      clock: async () => now,
      signal: controller.signal,
      intervalMs: 10,
      tasks: [
        async (n) => {
          const applied = await applyDueDeadlines(db, { now: n, shopId: f.shopId });
          seen.push(applied);
          return applied;
        },
      ],
    });
    await new Promise((r) => setTimeout(r, 50));
    expect((await traces(db, t.id)).ticket.status).toBe("pending_review");
    now = at(2 * DAY); // the sandbox clock jumps past the 48 h review
    for (let i = 0; i < 200 && (await traces(db, t.id)).ticket.status !== "refunded"; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    controller.abort();
    const stats = await loop;
    expect((await traces(db, t.id)).ticket.status).toBe("refunded");
    expect(stats.processed).toBe(1);
    expect(seen.filter((n) => n > 0)).toEqual([1]);
  });

  it("runs a task until it returns 0, and a failing task does not stop the others", async () => {
    const controller = new AbortController();
    let left = 3;
    const calls: string[] = [];
    const errors: unknown[] = [];
    const loop = runWorker({
      db,
      clock: async () => at(0),
      signal: controller.signal,
      intervalMs: 1_000,
      onError: (e) => errors.push(e),
      tasks: [
        async () => {
          calls.push("boom");
          throw new Error("boom");
        },
        async () => {
          calls.push("drain");
          return left > 0 ? left-- : 0;
        },
      ],
    });
    await new Promise((r) => setTimeout(r, 50));
    controller.abort(); // wakes the 1 s sleep at once
    const stats = await loop;
    expect(calls).toEqual(["boom", "drain", "drain", "drain", "drain"]);
    expect(stats).toEqual({ ticks: 1, processed: 6 });
    expect(errors).toHaveLength(1);
  });
});
