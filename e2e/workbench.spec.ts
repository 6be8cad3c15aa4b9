// 售后工作台 (issue 5): the queue, the detail and its actions, at 1280 px and 375 px. Every test makes its own
// tickets through the sandbox platform and asserts on what it did, never on global numbers others change.
import { request, test } from "@playwright/test";
import {
  apiAs,
  baseURL,
  clickAction,
  detailStatus,
  expect,
  hydrated,
  makeTickets,
  openTicket,
  secondAgent,
  signIn,
  trpcMutation,
  visible,
} from "./workbench-fixtures";

test.describe.configure({ timeout: 120_000 });

test("退货物流已签收待处理: confirm receipt → refunded, and the live count drops without a reload", async ({
  page,
}) => {
  const { tickets } = await makeTickets("returnSigned", 1);
  const [t] = tickets;
  await signIn(page, "agent@demo.shouhou.dev");
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  await page.getByTestId("quick-returnSignedPending").click();
  await expect(page).toHaveURL(/quick=returnSignedPending/);
  const count = page.getByTestId("count-returnSignedPending");
  await expect(count).toHaveText(/^\d+$/);
  const before = Number(await count.textContent());
  expect(before).toBeGreaterThanOrEqual(1);
  await openTicket(page, t.orderId, t.ticketId);
  await expect(detailStatus(page)).toHaveText("待商家收货");
  await clickAction(page, "confirm_receipt");
  await expect(page.getByTestId("action-dialog")).toContainText("确认已收到退货，立即退款 ¥520.00 给买家");
  await page.getByTestId("dialog-submit").click();
  await expect(detailStatus(page)).toHaveText("退款成功");
  await expect(page.getByTestId("timeline")).toContainText("确认收货");
  // The count follows within the 5 s poll, in the same document (no reload).
  await expect.poll(async () => Number(await count.textContent()), { timeout: 20_000 }).toBeLessThan(before);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});

test("a rejection without a reason is refused with the rule's message; with one it goes through", async ({ page }) => {
  const { tickets } = await makeTickets("pendingReturn", 1);
  const [t] = tickets;
  await signIn(page, "agent@demo.shouhou.dev");
  await openTicket(page, t.orderId, t.ticketId);
  await expect(page.getByTestId("hints")).toContainText("包邮订单退货运费由商家承担，不能以此拒绝");
  await clickAction(page, "reject");
  await page.getByTestId("dialog-submit").click();
  await expect(page.getByTestId("form-error")).toHaveText("拒绝时必须填写拒绝原因");
  await expect(detailStatus(page)).toHaveText("待商家处理");
  await page.getByLabel("拒绝原因").fill("商品经质检无质量问题，已附质检报告");
  await page.getByTestId("dialog-submit").click();
  await expect(page.getByTestId("action-dialog")).toHaveCount(0);
  await expect(detailStatus(page)).toHaveText("已拒绝");
  await expect(page.getByTestId("application")).toContainText("商品经质检无质量问题");
});

test("an agent without 售后处理权限 sees no approve button, and the API refuses it too", async ({ page }) => {
  const { tickets } = await makeTickets("pendingReturn", 1);
  const [t] = tickets;
  await signIn(page, "junior@demo.shouhou.dev");
  await openTicket(page, t.orderId, t.ticketId);
  await expect(page.getByTestId("permission-note")).toBeVisible();
  await expect(page.getByTestId("action-approve")).toHaveCount(0);
  await expect(page.getByTestId("action-reject")).toHaveCount(0);
  // Still theirs: notes (SPEC §1).
  await page.getByLabel("添加备注").fill("已电话联系买家，等待主管处理");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("timeline")).toContainText("已电话联系买家，等待主管处理");
  const r = await trpcMutation(page.request, "actions.approve", { ticketId: t.ticketId, version: t.version });
  expect(r.status).toBe(403);
  expect(r.message).toContain("售后处理权限");
  await expect(detailStatus(page)).toHaveText("待商家处理");
});

test("two agents act on one ticket: the second is told who acted, and the ticket reloads", async ({
  page,
  browser,
}) => {
  const { tickets } = await makeTickets("pendingReturn", 1);
  const [t] = tickets;
  await signIn(page, "agent@demo.shouhou.dev");
  const other = await secondAgent(
    browser,
    "lead@demo.shouhou.dev",
    page.viewportSize() ?? { width: 1280, height: 800 },
  );
  await openTicket(page, t.orderId, t.ticketId);
  await openTicket(other.page, t.orderId, t.ticketId);
  await clickAction(page, "approve");
  await expect(detailStatus(page)).toHaveText("待买家退货");
  // The lead still sees 待商家处理 and approves too.
  await expect(detailStatus(other.page)).toHaveText("待商家处理");
  await clickAction(other.page, "approve");
  await expect(other.page.getByTestId("conflict")).toContainText("已被 小王(客服) 于");
  await expect(detailStatus(other.page)).toHaveText("待买家退货");
  await other.ctx.close();
});

test("keyboard only: / search, j, Enter, a approves; ? shows the shortcuts", async ({ page }) => {
  const { tickets } = await makeTickets("pendingReturn", 1);
  const [t] = tickets;
  await signIn(page, "agent@demo.shouhou.dev");
  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcut-help")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("shortcut-help")).toHaveCount(0);
  await page.keyboard.press("/");
  await expect(page.getByLabel("搜索售后单")).toBeFocused();
  await page.keyboard.type(t.orderId);
  await page.keyboard.press("Enter");
  // The search has answered (the ticket may also be on the unfiltered first page): j moves within its result.
  await expect(page.getByTestId("total")).toHaveText("共 1 条");
  await expect(page.locator("[data-ticket-id]").filter({ visible: true })).toHaveCount(1);
  await expect(visible(page.locator(`[data-ticket-id="${t.ticketId}"]`))).toBeVisible();
  await page.keyboard.press("j");
  await expect(visible(page.locator(`[data-ticket-id="${t.ticketId}"]`))).toHaveAttribute("data-focused", "true");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("detail").getByRole("heading", { name: `售后单 #${t.ticketId}` })).toBeVisible();
  await expect(detailStatus(page)).toHaveText("待商家处理");
  await page.keyboard.press("a");
  await expect(detailStatus(page)).toHaveText("待买家退货");
  await expect(page.getByTestId("toast").first()).toContainText("已同意");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("detail")).toHaveCount(0);
});

test("filters live in the URL: a link reproduces the view", async ({ page }) => {
  const { nick, tickets } = await makeTickets("pendingReturn", 2);
  await signIn(page, "agent@demo.shouhou.dev");
  await page.goto(`/workbench?type=return_refund&reason=quality_issue&amin=500&q=${encodeURIComponent(nick)}`);
  await expect(page.getByTestId("active-filters")).toContainText("退货退款");
  await expect(page.getByTestId("active-filters")).toContainText("¥500");
  for (const t of tickets) await expect(visible(page.locator(`[data-ticket-id="${t.ticketId}"]`))).toBeVisible();
  await expect(page.getByTestId("total")).toHaveText("共 2 条");
  // Narrowing below the amount empties the list, and the empty state says what to do.
  await page.goto(`/workbench?amin=600&q=${encodeURIComponent(nick)}`);
  await hydrated(page);
  await expect(page.getByTestId("empty")).toContainText("当前筛选条件下没有售后单");
  await page.getByTestId("empty").getByRole("button", { name: "清空筛选" }).click();
  await expect(page).not.toHaveURL(/amin=/);
  await expect(page.getByTestId("total")).toHaveText("共 2 条");
});

test("another shop's member can neither act on nor export the ticket; no session, no export", async () => {
  const { nick, tickets } = await makeTickets("pendingReturn", 1);
  const api = await apiAs("other@demo.shouhou.dev");
  const r = await trpcMutation(api, "actions.approve", { ticketId: tickets[0]?.ticketId, version: 1 });
  expect(r.status).toBe(404);
  // The export's shop is the session's: the same filter finds nothing in 山野好物二店.
  const mine = await api.get(`/api/export?format=csv&q=${encodeURIComponent(nick)}`);
  expect(mine.status()).toBe(200);
  expect(mine.headers()["x-export-rows"]).toBe("0");
  expect((await mine.text()).trim().split("\r\n")).toHaveLength(1);
  await api.dispose();
  const anonymous = await request.newContext({ baseURL: baseURL() });
  expect((await anonymous.get("/api/export?format=xlsx")).status()).toBe(401);
  await anonymous.dispose();
});
