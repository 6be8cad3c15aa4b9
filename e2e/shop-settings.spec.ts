// 设置 → 时限与规则 and 设置 → 平台连接 end to end, at 1280 (table) and 375 (cards). The owner's flows run in a shop of
// their own (made here, removed at the end), so changing a limit or rotating the secret never touches the demo shop
// other specs send signed events to: the owner changes a limit, sees bad input refused, restores the default; reveals
// the secret, cancels and then confirms a rotation, and the webhook refuses the old secret and accepts the new one at
// once; a failed event is retried from the list. An agent without 设置权限 sees both pages without any control.
import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { sendEvent } from "../server/platform/sandbox-client";
import { isPhone, ownShop as ownShopWith, signIn } from "./helpers";

const OLD_SECRET = "e2e-connector-secret-old";
const ownShop = (page: Page) => ownShopWith(page, { connectorSecret: OLD_SECRET });

/** The one of a pair (table row / phone card) that this viewport shows. */
const shown = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true });

test.describe("时限与规则", () => {
  test("the owner changes a limit, bad input is refused, and the default is restored", async ({ page }) => {
    test.slow(); // sign-in, a build's first page, several saves on a busy machine
    const shop = await ownShop(page);
    try {
      await page.goto("/settings");
      await page.getByRole("link", { name: /时限与规则/ }).click();
      await expect(page).toHaveURL(/\/settings\/rules$/);
      await expect(page.getByTestId("applies-note")).toContainText("已经在计时的售后单保持原来的截止时间");
      const row = (limit: string) =>
        page.locator(`[data-testid="${isPhone(page) ? "limit-card" : "limit-row"}"][data-limit="${limit}"]`);
      await expect(row("interceptionMin")).toContainText("假设");
      await expect(row("reviewMin")).toContainText("48 小时");
      await expect(row("reviewMin")).not.toContainText("假设");

      const review = shown(page, "limit-reviewMin");
      const save = page.getByTestId("rules-save");
      await expect(review).toHaveValue("48");
      await expect(save).toBeDisabled(); // nothing changed yet
      await review.fill("0");
      await expect(page.getByRole("alert").filter({ hasText: "「待商家处理」最短 1 小时，最长 7 天" })).toBeVisible();
      await expect(save).toBeDisabled();
      await review.fill("24");
      await expect(save).toBeEnabled();
      await save.click();
      await expect(page.getByTestId("rules-saved")).toHaveText("已保存时限与规则");
      await page.reload();
      await expect(shown(page, "limit-reviewMin")).toHaveValue("24");

      // 恢复默认 fills the platform default; saving keeps it. From the keyboard on desktop.
      const restore = shown(page, "restore-reviewMin");
      if (isPhone(page)) await restore.click();
      else {
        await restore.focus();
        await page.keyboard.press("Enter");
      }
      await expect(shown(page, "limit-reviewMin")).toHaveValue("48");
      await expect(restore).toBeDisabled();
      await page.getByTestId("rules-save").click();
      await expect(page.getByTestId("rules-saved")).toBeVisible();
      await page.reload();
      await expect(shown(page, "limit-reviewMin")).toHaveValue("48");
      await expect(page.getByTestId("rules-save")).toBeDisabled();
    } finally {
      await shop.remove();
    }
  });
});

test.describe("平台连接", () => {
  test("the owner reveals the secret and rotates it after confirming; the webhook honours it at once", async ({
    page,
    baseURL,
  }) => {
    test.slow();
    const base = baseURL ?? "http://localhost:3100";
    const shop = await ownShop(page);
    try {
      await page.goto("/settings");
      await page.getByRole("link", { name: /平台连接/ }).click();
      await expect(page).toHaveURL(/\/settings\/platform$/);
      await expect(page.getByTestId("platform-mode")).toHaveText("沙箱平台");
      await expect(page.getByTestId("webhook-url")).toHaveText(/^https?:\/\/.+\/api\/platform\/events$/);
      const secret = page.getByTestId("connector-secret");
      await expect(secret).toContainText("已隐藏");
      await expect(secret).not.toContainText(OLD_SECRET);

      await page.getByTestId("reveal-secret").click();
      await expect(secret).toHaveText(OLD_SECRET);
      const fingerprint = await page.getByTestId("secret-fingerprint").textContent();

      // Cancelled: nothing changes.
      await page.getByTestId("rotate-secret").click();
      const dialog = page.getByTestId("rotate-dialog");
      await expect(dialog).toContainText("用旧密钥签名的推送都会被拒绝");
      await dialog.getByRole("button", { name: "取消" }).click();
      await expect(dialog).toBeHidden();
      await expect(secret).toHaveText(OLD_SECRET);

      await page.getByTestId("rotate-secret").click();
      await dialog.getByTestId("rotate-confirm").click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId("secret-rotated")).toBeVisible();
      await expect(secret).toHaveText(/^whsec_[A-Za-z0-9_-]{43}$/);
      const fresh = (await secret.textContent()) ?? "";
      await expect(page.getByTestId("secret-fingerprint")).not.toHaveText(fingerprint ?? "");

      // Over HTTP: the old secret is refused at once, the new one accepted.
      const orderId = `E2E-SET-${randomUUID().slice(0, 8)}`;
      const at = new Date().toISOString();
      const event = (id: string, type: string, data: unknown) =>
        ({ id, shopId: shop.shopId, type, occurredAt: at, data }) as never;
      const send = (secret: string, e: never) => sendEvent(base, { id: shop.shopId, connectorSecret: secret }, e);
      const shipped = event(`evt_${orderId}_ship`, "order.shipped", {
        orderId,
        carrier: "中通",
        waybill: `ZT${orderId.slice(-8)}`,
        shippedAt: at,
      });
      expect((await send(OLD_SECRET, shipped)).status).toBe(401);
      expect((await send(fresh, shipped)).status).toBe(202);

      // The shipment came before its order: it fails; once the order is there, 重试 applies it.
      await page.getByTestId("events-filter-failed").click();
      const items = page.getByTestId(isPhone(page) ? "event-card" : "event-row");
      await expect(async () => {
        await page.getByRole("button", { name: "刷新" }).click();
        await expect(items.filter({ hasText: "订单发货" })).toHaveCount(1, { timeout: 2_000 });
      }).toPass({ timeout: 30_000 });
      await expect(items.first()).toContainText("失败");
      const orderEvent = event(`evt_${orderId}_order`, "order.created", {
        order: { id: orderId, paidFen: 990, paidAt: at, promisedShipBy: at },
        buyer: { id: `${orderId}-B`, nick: "设置买家" },
        items: [
          {
            product: { id: `${orderId}-P`, title: "E2E 试用装", category: "个护" },
            sku: { id: `${orderId}-S`, spec: "10ml", priceFen: 990 },
            qty: 1,
            unitPriceFen: 990,
          },
        ],
      });
      expect((await send(fresh, orderEvent)).status).toBe(202);
      await expect(async () => {
        const r = await page.request.get(
          `/api/trpc/platformConnection.events?input=${encodeURIComponent(JSON.stringify({ json: { limit: 5 } }))}`,
        );
        const listed = (await r.json()).result.data.json.items as { id: string; status: string }[];
        expect(listed.find((e) => e.id === `evt_${orderId}_order`)?.status).toBe("processed");
      }).toPass({ timeout: 30_000 });
      await items.first().getByTestId("retry-event").click();
      await expect(page.getByTestId("toast").filter({ hasText: "已重新处理成功" })).toBeVisible();
      await expect(page.getByTestId("events-empty")).toHaveText("没有处理失败的事件。");
    } finally {
      await shop.remove();
    }
  });
});

test.describe("没有设置权限", () => {
  test("an agent sees both pages without any control; the API refuses them", async ({ page }) => {
    await signIn(page, "junior@demo.shouhou.dev");
    await page.goto("/settings/rules");
    await expect(page.getByTestId("rules-read-only")).toBeVisible();
    await expect(shown(page, "limit-value-reviewMin")).toHaveText(/小时|天/);
    const main = page.getByRole("main");
    await expect(main.getByRole("textbox")).toHaveCount(0);
    await expect(main.getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByTestId("rules-save")).toHaveCount(0);
    await expect(main.getByRole("button", { name: /恢复默认/ })).toHaveCount(0);

    await page.goto("/settings/platform");
    await expect(page.getByTestId("platform-read-only")).toBeVisible();
    await expect(page.getByTestId("connector-secret")).toContainText("已隐藏");
    await expect(page.getByTestId("reveal-secret")).toHaveCount(0);
    await expect(page.getByTestId("rotate-secret")).toHaveCount(0);
    await expect(page.getByTestId("retry-event")).toHaveCount(0);

    const reveal = await page.request.post("/api/trpc/platformConnection.revealSecret", { data: { json: null } });
    expect(reveal.status()).toBe(403);
    expect((await reveal.json()).error.json.message).toBe(
      "只有店主或有设置权限的成员可以查看或更换签名密钥、重试平台事件",
    );
  });
});
