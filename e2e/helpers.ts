import { expect, type Page } from "@playwright/test";

export const PASSWORD = "shouhou123";

export async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.locator("form[data-ready=true]").waitFor(); // hydrated: typed credentials are not lost
  await page.fill("#email", email);
  await page.fill("#password", PASSWORD);
  await page.getByRole("button", { name: /登录|Sign in/ }).click();
  await expect(page).toHaveURL(/\/workbench/);
}

export const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) < 768;

export async function ticketItems(page: Page) {
  return isPhone(page) ? page.getByTestId("ticket-card") : page.getByTestId("ticket-row");
}
