// The tRPC surface of 数据, 预警中心 and 假期与报备: mounted, the shop always from the session (a member sees only
// their shop's numbers), domain errors mapped once.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conversations, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { routerCaller, trpcError } from "../../tests/trpc";
import { createOrder, createShop, createTicket, type ShopFixture } from "../tickets/actions/test-fixtures";
import { forgetWorkload } from "./agents";
import { clearLiveCache } from "./query";

const { db } = await useTestDb();
const caller = await routerCaller(db);
const callerFor = (f: ShopFixture, m: ShopFixture["owner"]) => caller(m.userId, f.shopId);

describe("metrics, warnings and calendar routers", () => {
  it("every read answers for the session's shop only", async () => {
    const f = await createShop(db);
    const g = await createShop(db);
    const now = new Date();
    await createTicket(db, f, await createOrder(db, f, { paidAt: now }), { appliedAt: now, reason: "damaged" });
    clearLiveCache();
    const mine = callerFor(f, f.lead);
    const theirs = callerFor(g, g.owner);
    expect((await mine.metrics.summary({ preset: "today" })).counts).toMatchObject({ tickets: 1, orders: 1 });
    expect((await theirs.metrics.summary({ preset: "today" })).counts).toMatchObject({ tickets: 0, orders: 0 });
    const byReason = await mine.metrics.breakdown({ range: { preset: "7d" }, dim: "reason" });
    expect(byReason.rows).toMatchObject([{ key: "damaged", tickets: 1 }]);
    expect((await theirs.metrics.breakdown({ range: { preset: "7d" }, dim: "reason" })).rows).toEqual([]);
    expect((await mine.metrics.trend({ preset: "30d" })).points).toHaveLength(30);
    expect((await mine.metrics.agents({ preset: "7d" })).rows.map((r) => r.name).sort()).toEqual(
      ["主管阿芳", "客服小李", "客服小赵", "店主老王"].sort(),
    );
    expect(await mine.metrics.today()).toMatchObject({ applied: { today: 1 } });
    expect((await mine.metrics.fulfillmentLists()).dueSoon.total).toBe(0);
    expect((await mine.metrics.fulfillment({ preset: "7d" })).total.shipOnTimeRate.value).toBeNull();
    expect((await mine.warnings.list()).active).toEqual([]);
    expect(await mine.settingsCalendar.list()).toEqual({ holidays: [], filings: [] });
  });

  it("客服 shows each agent's open workload, an assignment at once, cached otherwise", async () => {
    const f = await createShop(db);
    const now = new Date();
    const order = await createOrder(db, f, { paidAt: now });
    const open = await createTicket(db, f, order, { appliedAt: now, assigneeId: f.handler.id });
    await createTicket(db, f, order, { appliedAt: now, assigneeId: f.handler.id, status: "refunded" });
    const other = await createTicket(db, f, order, { appliedAt: now });
    const lead = callerFor(f, f.lead);
    const workload = async () =>
      Object.fromEntries((await lead.metrics.agents({ preset: "7d" })).rows.map((r) => [r.name, r.workload]));
    expect(await workload()).toMatchObject({ 客服小李: 1, 主管阿芳: 0 });
    await callerFor(f, f.lead).actions.assign({
      ticketId: other?.id ?? 0,
      version: other?.version ?? 0,
      assigneeId: f.lead.id,
    });
    expect(await workload()).toMatchObject({ 客服小李: 1, 主管阿芳: 1 });
    // A change that is not an assignment (here written straight to the row) shows within the cache's 5 s.
    await db
      .update(tickets)
      .set({ status: "refunded" })
      .where(eq(tickets.id, open?.id ?? 0));
    expect(await workload()).toMatchObject({ 客服小李: 1 });
    forgetWorkload();
    expect(await workload()).toMatchObject({ 客服小李: 0, 主管阿芳: 1 });
  });

  it("a member who leaves keeps their numbers, by name, and the team's still add up", async () => {
    const f = await createShop(db);
    const now = new Date();
    const order = await createOrder(db, f, { paidAt: new Date(now.getTime() - 2 * 3_600_000) });
    const t = await createTicket(db, f, order, {
      appliedAt: new Date(now.getTime() - 3_600_000),
      deadlineAt: new Date(now.getTime() + 47 * 3_600_000),
      assigneeId: f.handler.id,
    });
    await callerFor(f, f.handler).actions.approve({ ticketId: t?.id ?? 0, version: t?.version ?? 0 });
    await db.insert(conversations).values({
      id: `conv_${f.shopId}`,
      shopId: f.shopId,
      agentId: f.handler.id,
      startedAt: new Date(now.getTime() - 10 * 60_000),
      firstReplyAt: new Date(now.getTime() - 9 * 60_000),
    });
    const lead = callerFor(f, f.lead);
    const agentRow = async () => {
      clearLiveCache();
      const view = await lead.metrics.agents({ preset: "7d" });
      return { row: view.rows.find((r) => r.memberId === f.handler.id), withoutAgent: view.withoutAgent };
    };
    const before = await agentRow();
    expect(before.row).toMatchObject({ name: "客服小李", former: false, handled: 1, conversations: 1 });

    await callerFor(f, f.owner).members.remove({ memberId: f.handler.id, version: 1 });
    const after = await agentRow();
    expect(after.row).toMatchObject({ name: "客服小李", former: true, handled: 1, conversations: 1, workload: 0 });
    expect(after.withoutAgent).toBe(before.withoutAgent);
    const byAgent = await lead.metrics.breakdown({ range: { preset: "7d" }, dim: "agent" });
    expect(byAgent.rows.find((r) => r.key === f.handler.id)).toMatchObject({ label: "客服小李", former: true });
  });

  it("maps bad input and permissions", async () => {
    const f = await createShop(db);
    const e = await trpcError(
      callerFor(f, f.lead).metrics.summary({ preset: "custom", from: "2026-01-02", to: "2026-01-01" }),
    );
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toBe("开始日期不能晚于结束日期");
    const denied = await trpcError(
      callerFor(f, f.lead).settingsCalendar.addHoliday({
        name: "春节",
        startsOn: "2027-02-05",
        endsOn: "2027-02-12",
        shipDelayDays: 7,
      }),
    );
    expect(denied.code).toBe("FORBIDDEN");
    const ok = await callerFor(f, f.owner).settingsCalendar.addHoliday({
      name: "春节",
      startsOn: "2027-02-05",
      endsOn: "2027-02-12",
      shipDelayDays: 7,
    });
    expect(ok).toMatchObject({ name: "春节", shipDelayDays: 7 });
    expect((await trpcError(callerFor(f, f.owner).warnings.acknowledge({ warningId: 999_999 }))).code).toBe(
      "NOT_FOUND",
    );
  });
});
