// Without SANDBOX=1 the sandbox routes do not exist, the shell does not offer them, and every shop — sandbox shops
// included — runs on the wall clock, whatever offset an earlier sandbox session left behind.
import { expect, test } from "vitest";

process.env.SANDBOX = "0";
const { useTestDb } = await import("../../tests/db");
const { db } = await useTestDb();
const { POST: clock } = await import("../../app/api/sandbox/clock/route");
const { POST: activity } = await import("../../app/api/sandbox/activity/route");
const { advanceSandboxClock, runsInSandbox, shopNow } = await import("../clock");
const { whoAmI } = await import("../members/session");
const { createShop } = await import("../tickets/actions/test-fixtures");

test("both routes answer 404 when sandbox mode is off", async () => {
  const req = (body: unknown) => new Request("http://localhost/x", { method: "POST", body: JSON.stringify(body) });
  expect((await clock(req({ advanceMinutes: 5 }))).status).toBe(404);
  expect((await activity(req({ count: 1 }))).status).toBe(404);
});

test("a sandbox shop gets no sandbox controls and runs on the wall clock", async () => {
  const f = await createShop(db); // a sandbox shop (the default)
  await advanceSandboxClock(db, 48 * 60);
  expect(runsInSandbox({ sandbox: true })).toBe(false);
  expect(Math.abs((await shopNow(db, { sandbox: true })).getTime() - Date.now())).toBeLessThan(60_000);
  expect((await whoAmI(db, f.owner.userId, f.shopId)).shop).toMatchObject({ sandbox: true, sandboxControls: false });
});
