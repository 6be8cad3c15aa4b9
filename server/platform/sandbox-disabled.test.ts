// Without SANDBOX=1 the sandbox routes do not exist.
import { expect, test } from "vitest";

process.env.SANDBOX = "0";
process.env.DATABASE_URL ??= "postgres://unused@localhost:1/unused";

const { POST: clock } = await import("../../app/api/sandbox/clock/route");
const { POST: activity } = await import("../../app/api/sandbox/activity/route");

test("both routes answer 404 when sandbox mode is off", async () => {
  const req = (body: unknown) => new Request("http://localhost/x", { method: "POST", body: JSON.stringify(body) });
  expect((await clock(req({ advanceMinutes: 5 }))).status).toBe(404);
  expect((await activity(req({ count: 1 }))).status).toBe(404);
});
