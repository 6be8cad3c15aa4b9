// The workbench's word on the demo seed: "生成中 n%" while it runs, and a failure (with what to do) when `npm start`
// recorded that it failed — never "生成中" for good. Plays both on the second demo shop's record, then restores it.
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { OTHER_SHOP_ID } from "../db/seed/accounts";
import { signIn } from "./helpers";

test.describe("演示数据提示 @desktop-only", () => {
  test("running shows the progress; failed says so and what to do; finished shows nothing", async ({ page }) => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("the e2e run sets DATABASE_URL (scripts/test.ts)");
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const [run] = await sql`select progress, finished_at from demo_seed_runs where shop_id = ${OTHER_SHOP_ID}`;
    if (!run) throw new Error("the e2e seed records its demo shops");
    try {
      await sql`update demo_seed_runs set finished_at = null, progress = 42 where shop_id = ${OTHER_SHOP_ID}`;
      await signIn(page, "other@demo.shouhou.dev");
      await expect(page.getByTestId("seed-notice")).toHaveText(/演示数据生成中…（42%）/);

      await sql`update demo_seed_runs set progress = -1 where shop_id = ${OTHER_SHOP_ID}`;
      await page.reload();
      const failed = page.getByRole("alert").filter({ hasText: "演示数据生成失败" });
      await expect(failed).toContainText("再次运行 npm start");
    } finally {
      await sql`update demo_seed_runs set progress = ${run.progress}, finished_at = ${run.finished_at} where shop_id = ${OTHER_SHOP_ID}`;
    }
    await page.reload();
    await expect(page.getByTestId("ticket-row").first()).toBeVisible();
    await expect(page.getByTestId("seed-notice")).toHaveCount(0);
    await sql.end();
  });
});
