import { expect, test } from "@playwright/test";
import { demoAccounts } from "../db/seed/accounts";
import { PASSWORD, signIn, ticketItems } from "./helpers";

test.describe("sign-in and the shell", () => {
  for (const account of demoAccounts) {
    test(`${account.name} signs in, sees real tickets, signs out`, async ({ page }) => {
      await signIn(page, account.email);
      await expect(page.getByRole("heading", { name: "售后工作台" })).toBeVisible();
      const items = await ticketItems(page);
      await expect(items.first()).toBeVisible();
      expect(await items.count()).toBeGreaterThan(5);
      await page.getByRole("button", { name: "退出登录" }).click();
      await expect(page).toHaveURL(/\/sign-in/);
      await page.goto("/workbench");
      await expect(page).toHaveURL(/\/sign-in/);
    });
  }

  test("a wrong password gets a clear message and no session", async ({ page }) => {
    await page.goto("/sign-in");
    await page.locator("form[data-ready=true]").waitFor();
    await page.fill("#email", "agent@demo.shouhou.dev");
    await page.fill("#password", "not-the-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("邮箱或密码错误，请重新输入");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("switching to English and back", async ({ page }) => {
    await signIn(page, "lead@demo.shouhou.dev");
    await page.getByLabel("语言").filter({ visible: true }).first().selectOption("en");
    await expect(page.getByRole("heading", { name: "Workbench" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.getByLabel("Language").filter({ visible: true }).first().selectOption("zh-CN");
    await expect(page.getByRole("heading", { name: "售后工作台" })).toBeVisible();
  });

  test("the owner switches shop and sees only that shop's tickets", async ({ page }) => {
    await signIn(page, "owner@demo.shouhou.dev");
    const first = (await (await ticketItems(page)).first().textContent()) ?? "";
    await page.getByLabel("切换店铺").selectOption({ label: "山野好物二店" });
    await expect(page.getByLabel("切换店铺")).toHaveValue("shop_other");
    await expect(await ticketItems(page).then((i) => i.first())).not.toHaveText(first);
    await page.getByLabel("切换店铺").selectOption({ label: "鹿小鹿官方旗舰店" });
    await expect(page.getByLabel("切换店铺")).toHaveValue("shop_demo");
  });
});

test("health answers with the database state", async ({ request }) => {
  const r = await request.get("/api/health");
  expect(r.status()).toBe(200);
  expect(await r.json()).toEqual({ db: "ok" });
  expect(PASSWORD).toBeTruthy();
});
