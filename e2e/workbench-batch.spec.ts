// 售后工作台 (issue 5): batch work, export and 代客发起售后, at 1280 px and 375 px. Each test makes its own
// tickets and orders through the sandbox platform and filters down to them (a unique buyer per run).

import { test } from "@playwright/test";
import ExcelJS from "exceljs";
import {
  apiAs,
  clickAction,
  detailStatus,
  expect,
  makeTickets,
  openTicket,
  signIn,
  trpcMutation,
  visible,
} from "./workbench-fixtures";

/** A 2×1 PNG, made here so the test needs no fixture file. */
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGP4z8DAwPAfAAcAAf9+CLHQAAAAAElFTkSuQmCC",
  "base64",
);

test.describe.configure({ timeout: 120_000 });

const search = async (page: import("@playwright/test").Page, text: string) => {
  const box = page.getByLabel("搜索售后单");
  await box.fill(text);
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
};

test("batch-approve 20 tickets with one changed meanwhile: 19 done, 1 reported with the reason", async ({ page }) => {
  const { nick, tickets } = await makeTickets("pendingReturn", 20);
  await signIn(page, "lead@demo.shouhou.dev");
  await search(page, nick);
  await expect(page.getByTestId("total")).toHaveText("共 20 条");
  await visible(page.getByTestId("select-page")).check();
  await expect(page.getByTestId("batch-count")).toHaveText("已选 20 单");
  // Someone else tags one of them after the lead selected it: its version moves on.
  const changed = tickets[7];
  const owner = await apiAs("owner@demo.shouhou.dev");
  const r = await trpcMutation(owner, "actions.tag", {
    ticketId: changed?.ticketId,
    version: changed?.version,
    add: ["加急"],
  });
  expect(r.status).toBe(200);
  await owner.dispose();
  await page.getByTestId("batch-approve").click();
  await expect(page.getByTestId("batch-dialog")).toContainText("将对 20 张售后单逐一同意");
  await page.getByTestId("batch-start").click();
  await expect(page.getByTestId("batch-summary")).toHaveText("完成 19 单，跳过 1 单", { timeout: 60_000 });
  await expect(page.getByTestId("batch-progress")).toHaveText("已处理 20 / 20");
  const skipped = page.getByTestId("batch-result");
  await expect(skipped).toHaveCount(1);
  await expect(skipped).toContainText(`#${changed?.ticketId}`);
  await expect(skipped).toContainText("已被 林店长 于");
  await page.getByTestId("batch-close").click();
  await expect(page.getByTestId("batch-bar")).toHaveCount(0);
  // The list shows the outcome: 19 moved on to 待买家退货, the changed one still waits for a decision.
  const row = (id: number | undefined) => visible(page.locator(`[data-ticket-id="${id}"]`));
  await expect(row(changed?.ticketId).getByTestId("status")).toHaveText("待商家处理");
  await expect(row(tickets[0]?.ticketId).getByTestId("status")).toHaveText("待买家退货");
});

test("an agent messages 3 buyers at once before a holiday, then one more from the ticket; nothing else moves", async ({
  page,
}) => {
  const { nick, tickets } = await makeTickets("pendingReturn", 3);
  const text = "春节期间 2 月 5 日至 12 日暂停发货，节后按顺序处理";
  await signIn(page, "junior@demo.shouhou.dev");
  await search(page, nick);
  await expect(page.getByTestId("total")).toHaveText("共 3 条");
  await visible(page.getByTestId("select-page")).check();
  await page.getByTestId("batch-message").click();
  const dialog = page.getByTestId("batch-dialog");
  await expect(dialog).toContainText("将对 3 张售后单逐一发消息");
  await expect(page.getByTestId("batch-start")).toBeDisabled();
  await dialog.getByLabel("给买家发消息").fill(text);
  await page.getByTestId("batch-start").click();
  await expect(page.getByTestId("batch-summary")).toHaveText("完成 3 单，跳过 0 单", { timeout: 60_000 });
  await page.getByTestId("batch-close").click();
  const [t] = tickets;
  await openTicket(page, nick, t?.ticketId ?? 0);
  await expect(page.getByTestId("timeline")).toContainText("给买家发消息");
  await expect(page.getByTestId("timeline")).toContainText(text);
  await expect(detailStatus(page)).toHaveText("待商家处理");
  const form = page.getByTestId("buyer-message");
  await form.getByLabel("给买家发消息").fill("您好，仓库已收到您的反馈");
  await form.getByRole("button", { name: "发送" }).click();
  await expect(page.getByTestId("timeline")).toContainText("您好，仓库已收到您的反馈");
  await expect(form.getByLabel("给买家发消息")).toHaveValue("");
});

test("export downloads an .xlsx whose rows are exactly the filter's", async ({ page }, info) => {
  const { nick, tickets } = await makeTickets("pendingReturn", 3);
  await signIn(page, "agent@demo.shouhou.dev");
  await search(page, nick);
  await expect(page.getByTestId("total")).toHaveText("共 3 条");
  await visible(page.getByTestId("export")).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    visible(page.getByTestId("export-xlsx")).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^售后单_\d{8}-\d{4}\.xlsx$/);
  const file = info.outputPath("export.xlsx");
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws?.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  expect(rows[0]?.slice(0, 4)).toEqual(["售后单号", "平台售后单号", "订单号", "买家"]);
  expect(
    rows
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual(tickets.map((t) => t.ticketId).sort());
  expect(rows.slice(1).every((r) => r[3] === nick && r[7] === "退货退款" && r[10] === 520)).toBe(true);
  await expect(page.getByTestId("toast").first()).toContainText("已导出 3 行");
});

test("代客发起: a 券包 order is refused with the rule; a 自建 order with an uploaded evidence image is sent to the buyer and can be cancelled", async ({
  page,
  request,
}) => {
  const coupon = await makeTickets("pendingReturn", 1, { orderKind: "coupon_pack" });
  const standard = await makeTickets("pendingReturn", 1, { orderKind: "standard" });
  await signIn(page, "junior@demo.shouhou.dev");
  await page.getByTestId("initiate").click();
  const dialog = page.getByTestId("proxy-dialog");
  await dialog.getByLabel("查找订单").fill(coupon.orders[0] ?? "");
  await dialog.getByRole("button", { name: "查找" }).click();
  await expect(dialog.getByTestId("proxy-refusal")).toHaveText(
    "券包、本地生活、电子凭证等特殊订单暂不支持代客发起售后",
  );
  await expect(dialog.getByTestId("proxy-choose")).toHaveCount(0);
  // The API refuses it the same way, whatever the client.
  const refused = await trpcMutation(page.request, "actions.initiateForBuyer", {
    orderId: coupon.orders[0],
    type: "refund_only",
    reason: "no_longer_wanted",
    amountFen: 100,
  });
  expect(refused.status).toBe(422);
  expect(refused.message).toBe("券包、本地生活、电子凭证等特殊订单暂不支持代客发起售后");

  await dialog.getByLabel("查找订单").fill(standard.orders[0] ?? "");
  await dialog.getByRole("button", { name: "查找" }).click();
  await dialog.getByTestId("proxy-choose").click();
  await dialog.getByLabel("退款金额（元）").fill("600");
  await dialog.getByTestId("proxy-submit").click();
  await expect(dialog.getByTestId("form-error")).toHaveText("退款金额不能超过订单实付金额");
  await dialog.getByLabel("退款金额（元）").fill("260");
  await expect(dialog.getByTestId("form-error")).toHaveCount(0); // corrected: the error goes at once
  // Evidence from the device: a real image uploads and shows; a renamed text file is refused by its bytes.
  const file = dialog.getByTestId("evidence-file");
  await file.setInputFiles({ name: "fake.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not an image") });
  await expect(dialog.getByTestId("evidence-error")).toHaveText(
    "fake.jpg 上传失败：只能上传 JPG、PNG、GIF 或 WebP 图片",
  );
  await file.setInputFiles({ name: "box.png", mimeType: "image/png", buffer: png });
  const thumb = dialog.getByTestId("evidence-input").locator("img");
  await expect(thumb).toHaveCount(1);
  await expect.poll(() => thumb.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(2);
  await dialog.getByTestId("proxy-submit").click();
  await expect(dialog).toHaveCount(0);
  await expect(detailStatus(page)).toHaveText("代客发起待确认");
  await expect(page.getByTestId("detail-amount")).toHaveText("¥260.00");
  const shown = page.getByTestId("evidence").locator("img");
  await expect(shown).toHaveCount(1);
  await expect.poll(() => shown.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(2);
  // The image is the shop's: without a session it is not served.
  const src = (await shown.getAttribute("src")) ?? "";
  expect(src).toMatch(/^\/api\/uploads\/[0-9a-f-]{36}$/);
  expect((await request.get(src)).status()).toBe(401);
  await clickAction(page, "cancel_proxy");
  await page.getByTestId("dialog-submit").click();
  await expect(detailStatus(page)).toHaveText("已关闭");
  await expect(page.getByTestId("timeline")).toContainText("商家已取消代客发起售后");
});
