// Issue 7: "a holiday and a 报备 change 发货及时率 by exactly the covered orders" — through the verbs, the rollup job
// (a holiday or filing asks for a full rebuild) and the 数据 read path, on a real database.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { holidays } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { metricValue } from "../metrics/definitions";
import { periodByDay } from "../metrics/query";
import { runRollups } from "../metrics/rollup";
import { createOrder, createShop, domainError, type ShopFixture } from "../tickets/actions/test-fixtures";
import type { Member } from "../trpc";
import { addFiling } from "./add-filing";
import { addHoliday } from "./add-holiday";
import { removeFiling } from "./remove-filing";
import { removeHoliday } from "./remove-holiday";

const { db } = await useTestDb();
const now = new Date("2026-03-10T04:00:00Z");
const sh = (local: string) => new Date(`${local}+08:00`); // a Shanghai wall time
const day = { preset: "custom", from: "2026-03-02", to: "2026-03-02" } as const;
let f: ShopFixture;
const ids: Record<string, string> = {};

async function shipping() {
  expect(await runRollups(db, { now, shopId: f.shopId })).toBe(1);
  const { total } = await periodByDay(db, f.shopId, { from: day.from, to: day.to }, now);
  return {
    rate: metricValue("shipOnTimeRate", total),
    onTime: total.c.shipOnTime,
    assessed: total.c.shipAssessed,
    filed: total.c.shipFiled,
    moved: total.c.shipHolidayMoved,
  };
}
const ctx = (m: Member) => ({ shopId: f.shopId, member: m, now });

beforeAll(async () => {
  f = await createShop(db);
  const paidAt = sh("2026-03-02T10:00:00");
  const promise = sh("2026-03-04T10:00:00"); // on 03-04
  const orders = {
    onTime: { shippedAt: sh("2026-03-03T09:00:00") },
    lateA: { shippedAt: sh("2026-03-05T09:00:00") }, // a day late: saved by a 2-day holiday
    lateB: { shippedAt: sh("2026-03-06T09:00:00") }, // saved too (promise moves to 03-06 10:00)
    lateC: { shippedAt: sh("2026-03-07T09:00:00") }, // too late even with the holiday
    never: { shippedAt: null },
    early: { shippedAt: sh("2026-03-04T09:00:00"), promisedShipBy: sh("2026-03-03T10:00:00") }, // promise before the holiday
  };
  for (const [k, o] of Object.entries(orders)) {
    ids[k] = (await createOrder(db, f, { paidAt, promisedShipBy: promise, ...o })).id;
  }
});

describe("发货及时率 with holidays and 报备", () => {
  it("starts from the platform's promises", async () => {
    expect(await shipping()).toEqual({ rate: { value: 1 / 6, sample: 6 }, onTime: 1, assessed: 6, filed: 0, moved: 0 });
  });

  it("a holiday moves promises on its days: exactly the two orders shipped within the extension turn on time", async () => {
    const h = await addHoliday(db, ctx(f.owner), {
      name: "仓库盘点",
      startsOn: "2026-03-04",
      endsOn: "2026-03-04",
      shipDelayDays: 2,
    });
    expect(await shipping()).toEqual({ rate: { value: 3 / 6, sample: 6 }, onTime: 3, assessed: 6, filed: 0, moved: 5 });
    ids.holiday = h.id;
  });

  it("报备 takes exactly the covered orders out: by id, and by a promised-time range", async () => {
    const byId = await addFiling(db, ctx(f.owner), {
      reason: "暴雨导致快递停运",
      orderIds: [ids.lateC as string],
      evidence: ["https://img.example.test/storm.jpg"],
    });
    expect(await shipping()).toMatchObject({ onTime: 3, assessed: 5, filed: 1 });
    const byRange = await addFiling(db, ctx(f.owner), {
      reason: "仓库停电",
      coversFrom: sh("2026-03-03T00:00:00"),
      coversTo: sh("2026-03-04T00:00:00"), // the early order's promise (03-03 10:00) only
    });
    expect(await shipping()).toEqual({ rate: { value: 3 / 4, sample: 4 }, onTime: 3, assessed: 4, filed: 2, moved: 4 });
    await removeFiling(db, ctx(f.owner), { id: byRange.id });
    await removeFiling(db, ctx(f.owner), { id: byId.id });
    await removeHoliday(db, ctx(f.owner), { id: ids.holiday as string });
    expect(await shipping()).toEqual({ rate: { value: 1 / 6, sample: 6 }, onTime: 1, assessed: 6, filed: 0, moved: 0 });
  });

  it("only the owner (or 设置权限) may change them; bad input is explained and changes nothing", async () => {
    const holiday = { name: "春节", startsOn: "2026-02-15", endsOn: "2026-02-23", shipDelayDays: 7 };
    expect((await domainError(addHoliday(db, ctx(f.lead), holiday))).code).toBe("FORBIDDEN");
    expect(
      (await domainError(addFiling(db, ctx(f.handler), { reason: "x 停运", orderIds: [ids.never as string] }))).code,
    ).toBe("FORBIDDEN");
    const backwards = await domainError(addHoliday(db, ctx(f.owner), { ...holiday, endsOn: "2026-02-01" }));
    expect(backwards).toMatchObject({ code: "INVALID_INPUT", details: { field: "endsOn" } });
    const zero = await domainError(addHoliday(db, ctx(f.owner), { ...holiday, shipDelayDays: 0 }));
    expect(zero).toMatchObject({ code: "INVALID_INPUT", message: "顺延至少 1 天" });
    const other = await createShop(db);
    const foreign = await createOrder(db, other);
    const notOurs = await domainError(addFiling(db, ctx(f.owner), { reason: "暴雨停运", orderIds: [foreign.id] }));
    expect(notOurs).toMatchObject({ code: "INVALID_INPUT", details: { field: "orderIds" } });
    const nothing = await domainError(addFiling(db, ctx(f.owner), { reason: "暴雨停运" }));
    expect(nothing.message).toBe("请填写受影响的订单号，或选择报备的时间范围");
    const badUrl = await domainError(
      addFiling(db, ctx(f.owner), {
        reason: "暴雨停运",
        orderIds: [ids.never as string],
        evidence: ["javascript:alert(1)"],
      }),
    );
    expect(badUrl.code).toBe("INVALID_INPUT");
    expect(await db.select().from(holidays).where(eq(holidays.shopId, f.shopId))).toEqual([]);
    expect((await domainError(removeHoliday(db, ctx(f.owner), { id: "hol_missing" }))).code).toBe("NOT_FOUND");
    const theirs = await addHoliday(db, { shopId: other.shopId, member: other.owner, now }, holiday);
    expect((await domainError(removeHoliday(db, ctx(f.owner), { id: theirs.id }))).code).toBe("NOT_FOUND");
  });
});
