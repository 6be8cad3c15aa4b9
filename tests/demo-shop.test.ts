// The demo seed produces every state of SPEC §3, every reason of SPEC §2 and work in every quick filter of
// SPEC §5, with consistent money; it records that it finished; and no member of one shop
// gets anything of another shop through any tRPC procedure (enumerated from the router, so new
// procedures are covered automatically).
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import {
  demoSeedRuns,
  members,
  platformEvents,
  refunds,
  shopSettings,
  shops,
  strategies,
  tickets,
  warnings,
} from "../db/schema";
import { DEMO_SHOP_ID, OTHER_SHOP_ID } from "../db/seed/accounts";
import { seedDemo } from "../db/seed/demo";
import { secretFingerprint } from "../server/platform/connection";
import { appRouter } from "../server/routers/_app";
import { readShopRules } from "../server/shops/rules-settings";
import { quickFilterCounts } from "../server/tickets/counts";
import { reasons, ticketStatuses, ticketTypes } from "../server/tickets/domain";
import { quickFilterIds } from "../server/tickets/vocabulary";
import { createCallerFactory } from "../server/trpc";
import { useTestDb } from "./db";

const { db } = await useTestDb();
beforeAll(async () => {
  await seedDemo(db, { orders: 700, otherOrders: 120 });
}, 600_000);

describe("the demo seed", () => {
  test("has every ticket state and type of SPEC §3 in the demo shop", async () => {
    const rows = await db
      .select({ status: tickets.status, type: tickets.type, n: sql<number>`count(*)::int` })
      .from(tickets)
      .where(eq(tickets.shopId, DEMO_SHOP_ID))
      .groupBy(tickets.status, tickets.type);
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of ticketStatuses) expect(statuses, `missing state ${s}`).toContain(s);
    const types = new Set(rows.map((r) => r.type));
    for (const t of ticketTypes) expect(types).toContain(t);
  });

  test("has every reason of SPEC §2 in the demo shop, 丢件 and 长时间未揽收 included", async () => {
    const rows = await db
      .selectDistinct({ reason: tickets.reason })
      .from(tickets)
      .where(eq(tickets.shopId, DEMO_SHOP_ID));
    const seen = new Set(rows.map((r) => r.reason));
    for (const r of reasons) expect(seen, `missing reason ${r}`).toContain(r);
  });

  test("opens with work in every quick filter of SPEC §5, 即将超时 and 已超时 included", async () => {
    const counts = await quickFilterCounts(db, DEMO_SHOP_ID, new Date());
    for (const id of quickFilterIds) expect(counts[id], `quick filter ${id}`).toBeGreaterThan(0);
  });

  test("records that it finished, for every demo shop", async () => {
    const runs = await db.select().from(demoSeedRuns);
    expect(runs).toHaveLength(2);
    for (const r of runs) {
      expect(r.finishedAt).not.toBeNull();
      expect(r.progress).toBe(100);
    }
  });

  test("every refunded ticket has exactly one refund, of its refunded amount", async () => {
    const [row] = await db.execute<{ bad: number; refunded: number }>(sql`
      select count(*) filter (where r.ticket_id is null or r.amount_fen <> t.refunded_fen)::int as bad,
             count(*)::int as refunded
      from tickets t left join refunds r on r.ticket_id = t.id
      where t.status = 'refunded'`);
    expect(row?.refunded).toBeGreaterThan(50);
    expect(row?.bad).toBe(0);
    const [dupes] = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from (select ticket_id from refunds group by 1 having count(*) > 1) d`,
    );
    expect(dupes?.n).toBe(0);
  });

  test("has queue work for today: about to time out, return signed, late reissues, ratings, conversations", async () => {
    const [row] = await db.execute<Record<string, number>>(sql`
      select
        count(*) filter (where deadline_at between now() and now() + interval '6 hours')::int as soon,
        count(*) filter (where status = 'awaiting_receipt' and return_status = 'signed')::int as signed,
        count(*) filter (where handled_by = 'platform_timer')::int as timed_out,
        (select count(*)::int from ratings) as ratings,
        (select count(*)::int from conversations) as conversations
      from tickets where shop_id = ${DEMO_SHOP_ID}`);
    expect(row?.soon).toBeGreaterThan(0);
    expect(row?.signed).toBeGreaterThan(0);
    expect(row?.timed_out).toBeGreaterThan(0);
    expect(row?.ratings).toBeGreaterThan(0);
    expect(row?.conversations).toBeGreaterThan(0);
  });
});

type Procedures = Record<string, { _def: { type: "query" | "mutation" | "subscription" } }>;

describe("shop isolation (IDOR)", () => {
  test("a member of the other shop gets nothing of the demo shop through any procedure", async () => {
    const [victim] = await db.select().from(tickets).where(eq(tickets.shopId, DEMO_SHOP_ID)).limit(1);
    if (!victim) throw new Error("no ticket seeded");
    // A member of the other shop only (the demo owner belongs to both shops).
    const [intruder] = await db
      .select()
      .from(members)
      .where(
        sql`${members.shopId} = ${OTHER_SHOP_ID} and ${members.userId} not in (select user_id from members where shop_id = ${DEMO_SHOP_ID})`,
      )
      .limit(1);
    if (!intruder) throw new Error("no member in the other shop");
    const before = await db
      .select({ v: sql<number>`sum(version)::int`, n: sql<number>`count(*)::int` })
      .from(tickets)
      .where(eq(tickets.shopId, DEMO_SHOP_ID));
    const refundsBefore = await db.select({ n: sql<number>`count(*)::int` }).from(refunds);
    const demoMembers = () => db.select().from(members).where(eq(members.shopId, DEMO_SHOP_ID)).orderBy(members.id);
    const membersBefore = await demoMembers();
    const demoLeadMemberId = membersBefore.find((m) => m.role === "lead")?.id ?? "mem_shop_demo_2";
    const noGrants = {
      role: "agent",
      canHandleAfterSales: false,
      canManageStrategies: false,
      canManageSettings: false,
    };

    // Everything a procedure might take, pointing at the demo shop's data.
    const generic = {
      ticketId: victim.id,
      version: victim.version,
      orderId: victim.orderId,
      ticketIds: [{ id: victim.id, version: victim.version }],
      shopId: DEMO_SHOP_ID,
      id: String(victim.id),
      memberId: victim.assigneeId ?? "mem_shop_demo_1",
      action: "approve",
      query: victim.orderId,
      assigneeId: intruder.id,
      tags: ["x"],
      tag: "x",
      text: "x",
      rootCause: "product",
      rejectReason: "不符合退款条件",
      evidence: ["https://img.shouhou.dev/x.jpg"],
      carrier: "中通",
      waybill: "ZT1234567890",
      type: victim.type,
      reason: victim.reason,
      amountFen: 100,
    };
    // Procedures whose input the generic one does not fit, pointed at the demo shop where they take ids.
    const [victimStrategy] = await db.select().from(strategies).where(eq(strategies.shopId, DEMO_SHOP_ID)).limit(1);
    const [victimWarning] = await db.select().from(warnings).where(eq(warnings.shopId, DEMO_SHOP_ID)).limit(1);
    const definition = {
      conditions: {
        types: ["refund_only"],
        shipped: "any",
        amountBasis: "refund",
        minFen: null,
        maxFen: 1000,
        reasons: [],
        productIds: [victim.productId],
        skuIds: [],
        orderKinds: [],
        excludeVirtual: false,
        sevenDayOnly: false,
      },
      action: "approve_refund",
      delayMin: 0,
    };
    // 时限与规则 and 平台连接: the intruder's own shop answers (a no-op save, a rotation of their own secret);
    // the demo shop's settings, secret and events stay out of reach.
    const intruderRules = await readShopRules(db, OTHER_SHOP_ID);
    const [intruderShop] = await db.select().from(shops).where(eq(shops.id, OTHER_SHOP_ID));
    const [victimEvent] = await db
      .select()
      .from(platformEvents)
      .where(eq(platformEvents.shopId, DEMO_SHOP_ID))
      .limit(1);
    const demoSettings = () =>
      db
        .select()
        .from(shops)
        .innerJoin(shopSettings, eq(shopSettings.shopId, shops.id))
        .where(eq(shops.id, DEMO_SHOP_ID));
    const demoSettingsBefore = await demoSettings();
    const inputs: Record<string, unknown> = {
      "tickets.list": { search: victim.orderId },
      "apiSettings.createKey": { name: "ERP", scope: "read" },
      "apiSettings.createWebhook": { url: "http://127.0.0.1:9/hook", events: ["ticket.created"] },
      "apiSettings.redeliver": { id: 1 },
      "strategies.create": { name: "测试", definition },
      "strategies.update": { id: victimStrategy?.id ?? "none", version: victimStrategy?.version ?? 1, definition },
      "strategies.setEnabled": { id: victimStrategy?.id ?? "none", enabled: true },
      "strategies.dryRun": { definition },
      "strategies.setDailyCap": { capFen: 10000 },
      "metrics.breakdown": { range: { preset: "30d" }, dim: "reason" },
      "warnings.acknowledge": { warningId: victimWarning?.id ?? 1 },
      "settingsCalendar.addHoliday": { name: "春节", startsOn: "2027-02-05", endsOn: "2027-02-12", shipDelayDays: 3 },
      "settingsCalendar.addFiling": { reason: "暴雪停运", orderIds: [victim.orderId] },
      // The intruder owns their shop: adding to it works (a new account), a demo-shop member is out of reach.
      "members.add": { email: "idor-probe@example.com", displayName: "探测", password: "probe-pass-1", ...noGrants },
      "members.update": { memberId: demoLeadMemberId, version: 1, ...noGrants, role: "owner" },
      "members.remove": { memberId: demoLeadMemberId, version: 1 },
      "shopRules.save": { previous: intruderRules, next: intruderRules },
      "platformConnection.rotateSecret": { fingerprint: secretFingerprint(intruderShop?.connectorSecret ?? "") },
      "platformConnection.events": { filter: "all" },
      "platformConnection.retryEvent": { seq: victimEvent?.seq ?? 1 },
    };
    const caller = createCallerFactory(appRouter)({
      db,
      headers: new Headers(),
      user: { id: intruder.userId } as never,
      session: { id: "isolation-test", activeShopId: OTHER_SHOP_ID } as never,
    });
    const procedures = (appRouter._def as unknown as { procedures: Procedures }).procedures;
    const paths = Object.keys(procedures);
    expect(paths.length).toBeGreaterThan(5);
    const leaks: string[] = [];
    for (const path of paths) {
      if (procedures[path]?._def.type === "subscription") continue;
      const fn = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (
        i: unknown,
      ) => Promise<unknown>;
      try {
        const out = JSON.stringify((await fn(inputs[path] ?? generic)) ?? null);
        if (out.includes(DEMO_SHOP_ID) || /"D_AS\d+|"D26\d+/.test(out)) leaks.push(`${path} returned demo-shop data`);
      } catch (e) {
        const code = e instanceof TRPCError ? e.code : String(e);
        // Refused, or not found: both reveal nothing. A BAD_REQUEST means the generic input did not
        // fit: give the procedure a fitting input above so it is really tested.
        // A filing naming another shop's order is refused as "not this shop's order": right, and revealing nothing.
        const refusedAsForeign = code === "BAD_REQUEST" && /不属于本店/.test((e as Error).message);
        if (!["NOT_FOUND", "FORBIDDEN"].includes(code) && !refusedAsForeign)
          leaks.push(`${path} answered ${code}: ${(e as Error).message}`);
      }
    }
    expect(leaks).toEqual([]);
    const after = await db
      .select({ v: sql<number>`sum(version)::int`, n: sql<number>`count(*)::int` })
      .from(tickets)
      .where(eq(tickets.shopId, DEMO_SHOP_ID));
    expect(after).toEqual(before);
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(refunds)).toEqual(refundsBefore);
    expect(await demoMembers()).toEqual(membersBefore);
    expect(await demoSettings()).toEqual(demoSettingsBefore);
  });
});
