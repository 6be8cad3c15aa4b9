// 数据 and 预警中心 at 1280 px and 375 px (issue 7): open 数据 from the nav, change the range, click a breakdown bar
// and land on the ticket list filtered to it; the team lead's phone home; acknowledge a warning.
import { expect, type Page, test } from "@playwright/test";
import { isPhone, signIn } from "./helpers";

async function openMetrics(page: Page) {
  const nav = page.getByRole("navigation", { name: isPhone(page) ? "mobile" : "main" });
  await nav.getByRole("link", { name: "数据" }).click();
  await expect(page).toHaveURL(/\/metrics$/);
  await expect(page.getByRole("heading", { name: "数据", exact: true })).toBeVisible();
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
    await expect(page).toHaveURL(/\/workbench\?/);
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
    await expect(page.getByRole("heading", { name: "数据", exact: true })).toBeVisible();
    const warningsBox = page.getByRole("region", { name: "预警" });
    const queues = page.getByRole("region", { name: "待处理" });
    await expect(queues).toBeVisible({ timeout: 30_000 });
    const wBox = await warningsBox.boundingBox();
    const qBox = await queues.boundingBox();
    expect(wBox && qBox && wBox.y < qBox.y).toBe(true);
    await expect(page.getByTestId("today-satisfaction")).toBeVisible();
    await page.getByTestId("queue-pendingReview").click();
    await expect(page).toHaveURL(/\/workbench\?quick=pendingReview/);
  });
});

test.describe("预警中心", () => {
  test("acknowledge a warning", async ({ page }) => {
    await signIn(page, "lead@demo.shouhou.dev");
    const nav = page.getByRole("navigation", { name: isPhone(page) ? "mobile" : "main" });
    await nav.getByRole("link", { name: "预警中心" }).click();
    await expect(page.getByRole("heading", { name: "预警中心" })).toBeVisible();
    // The worker evaluates every minute; the list polls, so a fresh database shows its warnings soon.
    const open = page.getByTestId("warning").filter({ has: page.getByRole("button", { name: "确认" }) });
    await expect(open.first()).toBeVisible({ timeout: 90_000 });
    const id = await open.first().getAttribute("data-warning-id");
    await open.first().getByRole("button", { name: "确认" }).click();
    const item = page.locator(`[data-warning-id="${id}"]`);
    await expect(item.getByTestId("acked")).toContainText("周主管 已确认");
    await expect(item.getByRole("button", { name: "确认" })).toHaveCount(0);
    await expect(item.getByRole("link", { name: "去处理" })).toBeVisible();
  });
});
