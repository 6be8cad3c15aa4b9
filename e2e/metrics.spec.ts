// 数据 and 预警中心 at 1280 px and 375 px (issue 7): open 数据 from the nav, change the range, click a breakdown bar
// and land on the ticket list filtered to it; the team lead's phone home; acknowledge a warning.
import { expect, type Page, test } from "@playwright/test";
import { isPhone, signIn } from "./helpers";

async function openMetrics(page: Page) {
  const nav = page.getByRole("navigation", { name: isPhone(page) ? "mobile" : "main" });
  await nav.getByRole("link", { name: "数据" }).click();
  await expect(page).toHaveURL(/\/metrics$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "数据", exact: true })).toBeVisible({ timeout: 30_000 });
}

test.describe("数据", () => {
  test("change the range, click a breakdown bar, land on the filtered ticket list", async ({ page }) => {
    await signIn(page, "lead@demo.shouhou.dev");
    await openMetrics(page);
    const showing = page.getByTestId("range-showing");
    await expect(showing).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("metric-handlingTime").getByTestId("metric-value")).not.toBeEmpty();
    const before = (await showing.textContent()) ?? "";

    await page.getByRole("button", { name: "近30天" }).click();
    await expect(page).toHaveURL(/range=30d/, { timeout: 30_000 });
    await expect(page.getByRole("button", { name: "近30天" })).toHaveAttribute("aria-pressed", "true");
    await expect(showing).not.toHaveText(before);
    const [from, to] = ((await showing.textContent()) ?? "").match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    expect(from && to).toBeTruthy();

    // The ⓘ says what the number is.
    await page
      .getByTestId("metric-satisfaction")
      .getByRole("button", { name: /指标说明/ })
      .click();
    await expect(page.getByRole("tooltip")).toContainText("4–5 星");

    const reasons = page.getByTestId("breakdown-reason");
    await reasons.scrollIntoViewIfNeeded();
    const bar = reasons.locator(".recharts-bar-rectangle path").first();
    await expect(bar).toBeVisible({ timeout: 30_000 });
    await bar.click();
    await expect(page).toHaveURL(/\/workbench\?/, { timeout: 30_000 });
    const url = new URL(page.url());
    expect(url.searchParams.get("reason")).toMatch(/^[a-z_]+$/);
    expect(url.searchParams.get("from")).toBe(from);
    expect(url.searchParams.get("to")).toBe(to);
    // The list shows the filter it was opened with.
    await expect(page.getByTestId("active-filters")).toContainText("售后原因");
  });

  test("the team lead's phone home: warnings first, today's numbers, one tap to the list", async ({ page }) => {
    await signIn(page, "lead@demo.shouhou.dev");
    await page.goto("/metrics/today");
    await expect(page.getByRole("heading", { name: "数据", exact: true })).toBeVisible({ timeout: 30_000 });
    const warningsBox = page.getByRole("region", { name: "预警" });
    const queues = page.getByRole("region", { name: "待处理" });
    await expect(queues).toBeVisible({ timeout: 30_000 });
    const wBox = await warningsBox.boundingBox();
    const qBox = await queues.boundingBox();
    expect(wBox && qBox && wBox.y < qBox.y).toBe(true);
    await expect(page.getByTestId("today-satisfaction")).toBeVisible();
    await page.getByTestId("queue-pendingReview").click();
    await expect(page).toHaveURL(/\/workbench\?quick=pendingReview/, { timeout: 30_000 });
  });
});

test.describe("预警中心", () => {
  test("a threshold raises a warning at once; acknowledge it", async ({ page }) => {
    // Each project uses its own metric (both off by default), so parallel runs never meet.
    const metric = isPhone(page) ? { id: "returnRate", name: "退货率" } : { id: "refundRate", name: "退款率" };
    await signIn(page, "lead@demo.shouhou.dev");
    const nav = page.getByRole("navigation", { name: isPhone(page) ? "mobile" : "main" });
    await nav.getByRole("link", { name: "预警中心" }).click();
    await expect(page.getByRole("heading", { name: "预警中心" })).toBeVisible({ timeout: 30_000 });
    const row = page.getByTestId(`threshold-${metric.id}`);
    const save = async () => {
      await page.getByRole("button", { name: "保存阈值" }).click();
      await expect(page.getByText("已保存，预警已按新阈值重新检查")).toBeVisible({ timeout: 30_000 });
    };
    // Off first (ends any earlier episode), then a threshold the demo shop is surely past: a new warning.
    await row.getByRole("checkbox", { name: "不预警" }).check();
    await save();
    // Active ones only: a cleared warning stays listed below, under 最近 7 天已解除.
    const warning = page
      .getByRole("list", { name: "当前预警" })
      .locator(`[data-testid="warning"][data-subject="${metric.id}"]`);
    await expect(warning).toHaveCount(0, { timeout: 30_000 });
    await row.getByRole("checkbox", { name: "不预警" }).uncheck();
    await row.getByRole("spinbutton").fill("0.1");
    await save();
    await expect(warning).toContainText(`${metric.name}高于阈值`, { timeout: 30_000 });
    await expect(warning).toContainText("阈值 0.1%");
    await warning.getByRole("button", { name: "确认" }).click();
    await expect(warning.getByTestId("acked")).toContainText("周主管 已确认");
    await expect(warning.getByRole("button", { name: "确认" })).toHaveCount(0);
    await expect(warning.getByRole("link", { name: "去处理" })).toBeVisible();
    // Back to the default (off): the condition is gone, the warning clears itself.
    await row.getByRole("spinbutton").fill("");
    await save();
    await expect(warning).toHaveCount(0, { timeout: 30_000 });
  });
});
