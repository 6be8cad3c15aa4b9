import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import postgres from "postgres";

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

/**
 * A shop of the demo owner's own (made here, `remove()` at the end), the page's session switched to it: flows that
 * change shop-wide settings never touch the demo shop other specs work in.
 */
export async function ownShop(page: Page, opts: { connectorSecret?: string } = {}) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("the e2e run sets DATABASE_URL (scripts/test.ts)");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const run = randomUUID().slice(0, 8);
  const shopId = `shop_e2e_${run}`;
  const secret = opts.connectorSecret ?? `e2e-connector-secret-${run}`;
  const [owner] = await sql`select id from "user" where email = 'owner@demo.shouhou.dev'`;
  await sql`insert into shops (id, name, connector_secret) values (${shopId}, ${`E2E 设置店 ${run}`}, ${secret})`;
  await sql`insert into shop_settings (shop_id) values (${shopId})`;
  await sql`insert into members (id, shop_id, user_id, display_name, role, can_handle_after_sales)
    values (${`mem_${shopId}`}, ${shopId}, ${owner?.id}, '林店长', 'owner', true)`;
  await signIn(page, "owner@demo.shouhou.dev");
  const switched = await page.request.post("/api/trpc/me.switchShop", { data: { json: { shopId } } });
  expect(switched.status()).toBe(200);
  return {
    shopId,
    sql,
    remove: async () => {
      await sql`delete from shops where id = ${shopId}`;
      await sql.end();
    },
  };
}
