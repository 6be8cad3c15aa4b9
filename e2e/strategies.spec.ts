// 售后助手 (SPEC §4) end to end: a manager turns 小额自动退 on in the UI, the sandbox platform sends a ¥15 refund-only
// request on a shipped order, the worker refunds it with the explanation on the timeline; turned off, it stops.
// Runs in the second demo shop (山野好物二店) so the toggle never touches tickets other specs work on.
import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { sendEvent } from "../server/platform/sandbox-client";
import { isPhone, signIn } from "./helpers";

const otherShop = { id: "shop_other", connectorSecret: "other-connector-secret-0002" };

/** A tRPC query over HTTP with the page's session (superjson envelope). */
async function trpcGet<T>(page: Page, path: string, input?: unknown): Promise<T> {
  const q = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const res = await page.request.get(`/api/trpc/${path}${q}`);
  expect(res.status(), `${path} answered`).toBe(200);
  return (await res.json()).result.data.json as T;
}

type TicketRow = { id: number; status: string };
type Timeline = { actorKind: string; actorName: string; why: string | null; action: string }[];

/** A paid ¥15 order, handed to 中通 and collected, and the buyer's ¥15 仅退款 request — all at the app's clock. */
async function sandboxSmallRefund(page: Page, baseURL: string): Promise<string> {
  const { now } = await trpcGet<{ now: string }>(page, "strategies.overview");
  const t = new Date(now).getTime();
  const iso = (min: number) => new Date(t + min * 60_000).toISOString();
  const key = randomUUID().slice(0, 8);
  const orderId = `E2E-STG-${key}`;
  const externalId = `E2E-STG-AS-${key}`;
  const send = async (type: string, data: unknown, min: number) => {
    const r = await sendEvent(baseURL, otherShop, {
      id: `evt_e2e_stg_${key}_${type}`,
      shopId: otherShop.id,
      occurredAt: iso(min),
      type,
      data,
    } as never);
    expect(r.status, `${type} accepted`).toBeLessThan(300);
  };
  await send(
    "order.created",
    {
      order: { id: orderId, paidFen: 1_500, paidAt: iso(-120), promisedShipBy: iso(48 * 60) },
      buyer: { id: `E2E-STG-B-${key}`, nick: "试用买家" },
      items: [
        {
          product: { id: "E2E-STG-P1", title: "E2E 小样护手霜", category: "个护" },
          sku: { id: "E2E-STG-S1", spec: "30ml", priceFen: 1_500 },
          qty: 1,
          unitPriceFen: 1_500,
        },
      ],
    },
    -120,
  );
  await send("order.shipped", { orderId, carrier: "中通", waybill: `ZT${key}01`, shippedAt: iso(-90) }, -90);
  await send("logistics.scan", { orderId, status: "collected", at: iso(-60) }, -60);
  await send(
    "ticket.applied",
    { externalId, orderId, type: "refund_only", reason: "no_longer_wanted", requestedFen: 1_500, appliedAt: iso(-1) },
    -1,
  );
  return externalId;
}

async function ticketOf(page: Page, externalId: string): Promise<TicketRow | undefined> {
  const list = await trpcGet<{ items: TicketRow[] }>(page, "tickets.list", { search: externalId, limit: 5 });
  return list.items[0];
}

test.describe("售后助手", () => {
  // One shop, one toggle: this flow runs in the desktop project only (@desktop-only); the phone checks the page below.
  test("enable 小额自动退: a ¥15 shipped refund-only is refunded with the explanation; off stops it @desktop-only", async ({
    page,
    baseURL,
  }) => {
    const base = baseURL ?? "http://localhost:3100";
    await signIn(page, "other@demo.shouhou.dev");
    await page.goto("/strategies");
    const card = page.getByTestId("strategy-small_amount_refund");
    const toggle = card.getByRole("switch", { name: "开关 小额自动退" });
    // A first visit may compile the page on a dev server: allow it the time.
    await expect(toggle).toBeEnabled({ timeout: 30_000 });
    // A dev database may still have it on from an earlier run: start from off.
    if ((await toggle.getAttribute("aria-checked")) === "true") {
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-checked", "false");
    }
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    await expect(card.getByTestId("strategy-state")).toHaveText("已开启");
    await expect(card.getByTestId("strategy-words")).toContainText("退款金额 < ¥20.00");

    const externalId = await sandboxSmallRefund(page, base);
    await expect.poll(async () => (await ticketOf(page, externalId))?.status, { timeout: 30_000 }).toBe("refunded");
    const ticket = await ticketOf(page, externalId);
    const detail = await trpcGet<{ timeline: Timeline }>(page, "actions.detail", { ticketId: ticket?.id });
    const byStrategy = detail.timeline.filter((e) => e.actorKind === "strategy");
    expect(byStrategy).toHaveLength(1);
    expect(byStrategy[0]?.actorName).toMatch(/^售后助手·小额自动退 v\d+$/);
    expect(byStrategy[0]?.why).toBe("仅退款，退款金额 ¥15.00 < ¥20.00，已发货");
    // The page shows the run with the same explanation.
    const run = card.getByTestId("strategy-run").filter({ hasText: `售后单 #${ticket?.id}` });
    await expect(run).toContainText("已处理", { timeout: 15_000 });
    await expect(run).toContainText("仅退款，退款金额 ¥15.00 < ¥20.00，已发货");

    // Turned off, it stops: the next ¥15 request waits for a person.
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-checked", "false");
    await expect(card.getByTestId("strategy-state")).toHaveText("未开启");
    const second = await sandboxSmallRefund(page, base);
    await expect.poll(async () => (await ticketOf(page, second))?.status, { timeout: 15_000 }).toBe("pending_review");
    await page.waitForTimeout(5_000); // several worker ticks
    const still = await ticketOf(page, second);
    expect(still?.status).toBe("pending_review");
    const after = await trpcGet<{ timeline: Timeline }>(page, "actions.detail", { ticketId: still?.id });
    expect(after.timeline.filter((e) => e.actorKind === "strategy")).toHaveLength(0);
  });

  test("a lead sees the built-ins in words and dry-runs 极速退款 on the last 30 days", async ({ page }) => {
    await signIn(page, "lead@demo.shouhou.dev");
    await page.goto("/strategies");
    await expect(page.getByRole("heading", { name: "售后助手", level: 1 })).toBeVisible({ timeout: 30_000 });
    const fast = page.getByTestId("strategy-fast_refund");
    await expect(fast.getByTestId("strategy-words")).toContainText("订单金额 < ¥300.00");
    await expect(fast.getByTestId("strategy-words")).toContainText("未发货");
    await expect(page.getByTestId("strategy-seven_day_return")).toContainText("同意退货（不自动退款）");
    await fast.getByRole("link", { name: "修改" }).click();
    await expect(page.getByRole("heading", { name: /极速退款/ })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("平台上限 ¥300.00，只能调低")).toBeVisible();
    await page.getByRole("button", { name: "试算" }).click();
    await expect(page.getByTestId("dry-run-matched")).toHaveText(/^会命中 \d+ 单$/, { timeout: 15_000 });
    await expect(page.getByTestId("dry-run")).toContainText(/共检查 \d+ 单/);
    if (isPhone(page)) {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(375);
    }
  });

  test("an agent without strategy rights views, cannot switch", async ({ page }) => {
    await signIn(page, "junior@demo.shouhou.dev");
    await page.goto("/strategies");
    await expect(page.getByRole("note")).toContainText("开关和修改需要店主或售后主管", { timeout: 30_000 });
    await expect(page.getByRole("switch", { name: "开关 极速退款" })).toBeDisabled();
  });
});
