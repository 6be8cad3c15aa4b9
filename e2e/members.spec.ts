// 设置 → 成员与权限 end to end: the owner adds a member by email (specific errors first: already a member, short
// password), the new account signs in with the initial password, the owner switches a permission and the role, and
// removes the member after confirming. At 1280 (table) and 375 (cards): the flow only touches the member it creates
// (its own email), so it runs in both projects. An agent without 设置权限 sees the list and no controls.
import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { isPhone, signIn } from "./helpers";

const memberItems = (page: Page) => page.getByTestId(isPhone(page) ? "member-card" : "member-row");

/** Flips a switch as a person would: Space on the focused switch (desktop, keyboard-heavy), a tap on a phone. */
async function flip(page: Page, item: ReturnType<typeof memberItems>, name: RegExp) {
  const sw = item.getByRole("switch", { name });
  if (isPhone(page)) await item.locator("label", { has: page.getByRole("switch", { name }) }).click();
  else {
    await sw.focus();
    await page.keyboard.press("Space");
  }
  return sw;
}

test.describe("成员与权限", () => {
  test("the owner adds a member, changes a permission and the role, and removes them after confirming", async ({
    page,
    browser,
  }) => {
    test.slow(); // two sign-ins and several saves on a busy machine
    const run = randomUUID().slice(0, 6);
    const email = `e2e-${run}@example.com`;
    const name = `E2E客服${run}`;
    await signIn(page, "owner@demo.shouhou.dev");
    await page.goto("/settings");
    await page.getByRole("link", { name: /成员与权限/ }).click();
    await expect(page).toHaveURL(/\/settings\/members$/);
    await expect(memberItems(page).filter({ hasText: "owner@demo.shouhou.dev" })).toContainText("林店长");

    await page.getByTestId("add-member").click();
    const dialog = page.getByTestId("add-member-dialog");
    await expect(dialog.getByLabel("邮箱")).toBeFocused();
    await dialog.getByLabel("邮箱").fill("agent@demo.shouhou.dev");
    await dialog.getByLabel("成员名称").fill(name);
    await dialog.getByTestId("add-member-submit").click();
    await expect(dialog.getByTestId("form-error")).toHaveText("agent@demo.shouhou.dev 已是本店成员");
    await dialog.getByLabel("邮箱").fill(email);
    await dialog.getByLabel("初始密码").fill("short");
    await dialog.getByTestId("add-member-submit").click();
    await expect(dialog.getByTestId("form-error")).toHaveText("初始密码至少 8 位");
    await dialog.getByLabel("初始密码").fill("e2e-pass-123");
    await expect(dialog.getByRole("radio", { name: /^客服/ })).toBeChecked();
    await dialog.getByTestId("add-member-submit").click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("toast").filter({ hasText: `已为 ${email} 新建账号并加入本店` })).toBeVisible();

    const item = memberItems(page).filter({ hasText: email });
    await expect(item).toContainText(name);
    await expect(item.getByRole("switch", { name: /售后处理/ })).toBeChecked();
    const strategies = await flip(page, item, /策略管理/);
    await expect(strategies).toBeChecked();
    await expect(
      page
        .getByTestId("toast")
        .filter({ hasText: `已保存 ${name} 的权限` })
        .first(),
    ).toBeVisible();
    await page.reload();
    await expect(
      memberItems(page)
        .filter({ hasText: email })
        .getByRole("switch", { name: /策略管理/ }),
    ).toBeChecked();

    // The new account signs in with the initial password and works in this shop.
    const newcomer = await browser.newPage();
    await newcomer.goto("/sign-in");
    await newcomer.locator("form[data-ready=true]").waitFor();
    await newcomer.fill("#email", email);
    await newcomer.fill("#password", "e2e-pass-123");
    await newcomer.getByRole("button", { name: /登录|Sign in/ }).click();
    await expect(newcomer).toHaveURL(/\/workbench/);
    await newcomer.close();

    // 售后主管: its role includes 售后处理 and 策略管理, shown on and fixed.
    await item.getByRole("combobox", { name: `${name} 的角色` }).selectOption("lead");
    await expect(item.getByRole("combobox", { name: `${name} 的角色` })).toHaveValue("lead");
    await expect(item.getByRole("switch", { name: /售后处理/ })).toBeDisabled();
    await expect(item.getByRole("switch", { name: /售后处理/ })).toBeChecked();

    await item.getByRole("button", { name: `移除 ${name}` }).click();
    const confirm = page.getByTestId("remove-member-dialog");
    await expect(confirm).toContainText(email);
    await page.keyboard.press("Escape"); // changed their mind: nothing happens
    await expect(confirm).toBeHidden();
    await expect(item).toHaveCount(1);
    await item.getByRole("button", { name: `移除 ${name}` }).click();
    await confirm.getByRole("button", { name: "确认移除" }).click();
    await expect(page.getByTestId("toast").filter({ hasText: `已将 ${name} 移出本店` })).toBeVisible();
    await expect(item).toHaveCount(0);
  });

  test("the last owner cannot be demoted or removed from the page", async ({ page }) => {
    await signIn(page, "owner@demo.shouhou.dev"); // the only owner of the demo shop
    await page.goto("/settings/members");
    const me = memberItems(page).filter({ hasText: "owner@demo.shouhou.dev" });
    await expect(me).toContainText("唯一的店主，不能降级或移除");
    await expect(me.getByTestId("remove-member")).toBeDisabled();
    await expect(me.getByRole("combobox")).toHaveCount(0);
  });

  test("an agent without 设置权限 sees the members but no controls", async ({ page }) => {
    await signIn(page, "agent@demo.shouhou.dev");
    await page.goto("/settings/members");
    await expect(page.getByTestId("members-read-only")).toBeVisible();
    await expect(memberItems(page).filter({ hasText: "lead@demo.shouhou.dev" })).toContainText("售后主管");
    await expect(page.getByTestId("add-member")).toHaveCount(0);
    const content = page.getByRole("main");
    await expect(content.getByTestId("remove-member")).toHaveCount(0);
    await expect(content.getByRole("switch")).toHaveCount(0);
    await expect(content.getByRole("combobox")).toHaveCount(0); // no role picker (the shell's shop switch is outside)
  });
});
