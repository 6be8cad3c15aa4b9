// 设置 → 变更记录 end to end, at 1280 (table) and 375 (cards), in a shop of the owner's own: the owner changes a
// time limit on 时限与规则 and finds it on 变更记录 (who, which settings, what), filters by settings page, and pages
// with 加载更多. An agent without 设置权限 is told who may read it.
import { expect, type Page, test } from "@playwright/test";
import { isPhone, ownShop, signIn } from "./helpers";

const changes = (page: Page) => page.getByTestId(isPhone(page) ? "change-card" : "change-row");
const shown = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true });

test.describe("变更记录", () => {
  test("a saved limit shows on 变更记录 with who and what; filters and 加载更多 work", async ({ page }) => {
    test.slow(); // sign-in, a build's first pages, a save on a busy machine
    const shop = await ownShop(page);
    try {
      await page.goto("/settings/rules");
      const review = shown(page, "limit-reviewMin");
      await expect(review).toHaveValue("48");
      await review.fill("24");
      await page.getByTestId("rules-save").click();
      await expect(page.getByTestId("rules-saved")).toHaveText("已保存时限与规则");

      await page.goto("/settings");
      await page.getByRole("link", { name: /变更记录/ }).click();
      await expect(page).toHaveURL(/\/settings\/changes$/);
      await expect(changes(page)).toHaveCount(1);
      const row = changes(page).first();
      await expect(row).toContainText("「待商家处理」时限 48 小时 → 24 小时");
      await expect(row).toContainText("林店长");
      await expect(row).toContainText("时限与规则");
      await expect(row).toContainText(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);

      await page.getByTestId("changes-filter-members").click();
      await expect(page.getByTestId("changes-empty")).toHaveText("「成员与权限」还没有变更记录。");
      await page.getByTestId("changes-filter-rules").click();
      await expect(changes(page)).toHaveCount(1);

      // 35 older changes: the first page shows 30, 加载更多 the rest, and the list says it ended.
      await shop.sql`insert into settings_changes (shop_id, at, actor_name, area, action, summary)
        select ${shop.shopId}, now() - make_interval(mins => n), '林店长', 'api', 'test', '创建了 API 密钥「E2E ' || n || '」'
        from generate_series(1, 35) n`;
      await page.getByTestId("changes-filter-all").click();
      await page.reload();
      await expect(changes(page)).toHaveCount(30);
      await expect(changes(page).nth(1)).toContainText("创建了 API 密钥「E2E 1」");
      await page.getByTestId("changes-more").click();
      await expect(changes(page)).toHaveCount(36);
      await expect(changes(page).last()).toContainText("创建了 API 密钥「E2E 35」");
      await expect(page.getByTestId("changes-more")).toHaveCount(0);
      await expect(page.getByText("没有更多记录了")).toBeVisible();
    } finally {
      await shop.remove();
    }
  });

  test("an agent without 设置权限 is told who may read it", async ({ page }) => {
    await signIn(page, "junior@demo.shouhou.dev");
    await page.goto("/settings/changes");
    await expect(page.getByTestId("changes-forbidden")).toHaveText("只有店主或有设置权限的成员可以查看设置变更记录");
    await expect(changes(page)).toHaveCount(0);
  });
});
