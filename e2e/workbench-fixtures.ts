// Workbench specs make their own tickets through the sandbox platform (signed webhook events), on the app's
// clock (sandbox time may run ahead), and act through the UI. Nothing here depends on global counts.
import { randomUUID } from "node:crypto";
import {
  type APIRequestContext,
  type Browser,
  expect as baseExpect,
  type Locator,
  type Page,
  request,
} from "@playwright/test";
import { signedHeaders } from "../server/platform/signature";
import { isPhone, PASSWORD } from "./helpers";

/**
 * The shared server also serves other sections' pages while these specs run; a first compile or a heavy page can
 * hold it for seconds. Waits here are longer than the default so that is not mistaken for a failure.
 */
export const expect = baseExpect.configure({ timeout: 20_000 });

const shop = { id: "shop_demo", connectorSecret: "demo-connector-secret-0001" };
export const baseURL = () => process.env.E2E_BASE_URL ?? "http://localhost:3100";
const H = 3_600_000;
const D = 24 * H;
const iso = (ms: number) => new Date(ms).toISOString();

/** An API client signed in as `email` (its own cookie jar). */
export async function apiAs(email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: baseURL(), extraHTTPHeaders: { origin: baseURL() } });
  const r = await api.post("/api/auth/sign-in/email", { data: { email, password: PASSWORD } });
  expect(r.status()).toBe(200);
  return api;
}

type Trpc = APIRequestContext | Page["request"];
export async function trpcQuery<T>(api: Trpc, path: string, input: unknown): Promise<T> {
  const r = await api.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  const body = await r.json();
  if (!r.ok()) throw new Error(`${path}: ${r.status()} ${JSON.stringify(body)}`);
  return body.result.data.json as T;
}
export async function trpcMutation(api: Trpc, path: string, input: unknown) {
  const r = await api.post(`/api/trpc/${path}`, { data: { json: input } });
  const body = await r.json();
  return { status: r.status(), body, message: (body?.error?.json?.message ?? "") as string };
}

type Row = { id: number; version: number; status: string; orderId: string };
async function listBy(api: APIRequestContext, search: string): Promise<{ items: Row[]; now: string }> {
  return trpcQuery(api, "tickets.list", { search, limit: 100 });
}

export type Made = { ticketId: number; orderId: string; version: number };
export type Kind = "pendingReturn" | "returnSigned" | "pendingRefund";

/**
 * Tickets played through the platform webhook: a paid, shipped and delivered order, then the buyer's
 * application (退货退款 质量问题 ¥520, or 仅退款 before shipment for `pendingRefund`). `returnSigned` is also
 * approved and its return parcel signed for: 退货物流已签收待处理.
 */
export async function makeTickets(kind: Kind, n: number, opts: { nick?: string; orderKind?: string } = {}) {
  const api = await apiAs("owner@demo.shouhou.dev");
  const now = new Date((await listBy(api, "__none__")).now).getTime();
  const run = randomUUID().slice(0, 8);
  const nick = opts.nick ?? `e2e买家${run}`;
  let seq = 0;
  const send = async (type: string, data: Record<string, unknown>) => {
    // Signed exactly as the platform signs its webhook calls (README: Platform events).
    const raw = JSON.stringify({ id: `e2e-${run}-${++seq}`, shopId: shop.id, type, occurredAt: iso(now), data });
    const r = await fetch(`${baseURL()}/api/platform/events`, {
      method: "POST",
      headers: { "content-type": "application/json", ...signedHeaders(shop.connectorSecret, raw) },
      body: raw,
    });
    expect(r.status, await r.text()).toBe(202);
  };
  const orders: string[] = [];
  for (let i = 0; i < n; i++) {
    const orderId = `E2E${run}${String(i).padStart(3, "0")}`;
    orders.push(orderId);
    const refund = kind === "pendingRefund";
    await send("order.created", {
      order: {
        id: orderId,
        kind: opts.orderKind ?? "standard",
        paidFen: refund ? 8_800 : 52_000,
        sevenDayEligible: false,
        paidAt: iso(now - 5 * D),
        promisedShipBy: iso(now - 3 * D),
      },
      buyer: { id: `e2e_b_${run}`, nick },
      items: [
        {
          product: { id: "e2e_p_jacket", title: "E2E 冲锋衣 三合一", category: "服饰" },
          sku: { id: "e2e_p_jacket_m", spec: "黑色 M", priceFen: refund ? 8_800 : 52_000 },
          qty: 1,
          unitPriceFen: refund ? 8_800 : 52_000,
        },
      ],
    });
    if (opts.orderKind) continue; // an order only (代客发起)
    if (!refund) {
      await send("order.shipped", {
        orderId,
        carrier: "中通",
        waybill: `ZT${run}${i}0001`,
        shippedAt: iso(now - 4 * D),
      });
      await send("logistics.scan", { orderId, status: "collected", at: iso(now - 4 * D + H) });
      await send("logistics.scan", { orderId, status: "signed", at: iso(now - 2 * D) });
    }
    await send("ticket.applied", {
      externalId: `E2E_AS_${run}_${i}`,
      orderId,
      type: refund ? "refund_only" : "return_refund",
      reason: refund ? "no_longer_wanted" : "quality_issue",
      requestedFen: refund ? 8_800 : 52_000,
      statement: "E2E 测试申请",
      appliedAt: iso(now - H),
    });
  }
  if (opts.orderKind) {
    await api.dispose();
    return { nick, orders, tickets: [] as Made[] };
  }
  const tickets = await waitForTickets(api, nick, n, "pending_review");
  if (kind === "returnSigned") {
    for (const [i, t] of tickets.entries()) {
      const r = await trpcMutation(api, "actions.approve", { ticketId: t.ticketId, version: t.version });
      expect(r.status, r.message).toBe(200);
      await send("return.shipped", {
        externalId: `E2E_AS_${run}_${i}`,
        orderId: t.orderId,
        carrier: "顺丰",
        waybill: `SF${run}${i}9999`,
      });
      await send("return.scan", { externalId: `E2E_AS_${run}_${i}`, orderId: t.orderId, status: "signed" });
    }
    const signed = await waitForTickets(api, nick, n, "awaiting_receipt");
    await api.dispose();
    return { nick, orders, tickets: signed };
  }
  await api.dispose();
  return { nick, orders, tickets };
}

async function waitForTickets(api: APIRequestContext, nick: string, n: number, status: string): Promise<Made[]> {
  let found: Row[] = [];
  await expect
    .poll(
      async () => {
        found = (await listBy(api, nick)).items.filter((t) => t.status === status);
        return found.length;
      },
      { timeout: 20_000 },
    )
    .toBe(n);
  return found
    .map((t) => ({ ticketId: t.id, orderId: t.orderId, version: t.version }))
    .sort((a, b) => a.orderId.localeCompare(b.orderId));
}

/**
 * Signs the page's browser context in through the auth API (the sign-in form has its own spec, foundation.spec),
 * so a slow first hydration of the form cannot swallow the typed credentials.
 */
export async function signIn(page: Page, email: string) {
  const r = await page.request.post("/api/auth/sign-in/email", {
    data: { email, password: PASSWORD },
    headers: { origin: baseURL() },
  });
  expect(r.status()).toBe(200);
  await page.goto("/workbench");
  await hydrated(page);
}

/** The live counts arrive from a client query: once shown, the page is hydrated and its inputs are React's. */
export async function hydrated(page: Page) {
  await expect(page.getByTestId("count-pendingReview")).toHaveText(/^\d+$/);
}

/** A second signed-in browser, as another member (two agents on one ticket). */
export async function secondAgent(browser: Browser, email: string, viewport: { width: number; height: number }) {
  const ctx = await browser.newContext({ baseURL: baseURL(), viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await ctx.newPage();
  await signIn(page, email);
  return { ctx, page };
}

export const visible = (l: Locator) => l.filter({ visible: true }).first();

/** Finds a ticket through the search box and opens it. */
export async function openTicket(page: Page, search: string, ticketId: number) {
  await hydrated(page);
  const box = page.getByLabel("搜索售后单");
  await box.fill(search);
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(search)}`));
  const item = visible(page.locator(`[data-ticket-id="${ticketId}"]`));
  await item.click();
  await expect(page.getByTestId("detail")).toBeVisible();
  await expect(page.getByTestId("detail").getByRole("heading", { name: `售后单 #${ticketId}` })).toBeVisible();
  await expect(page.getByTestId("detail-skeleton")).toHaveCount(0);
}

/** Clicks an action of the open ticket: inline on desktop; on a phone from the bottom bar or the action sheet. */
export async function clickAction(page: Page, action: string) {
  const button = page.getByTestId(`action-${action}`).filter({ visible: true });
  if (isPhone(page) && (await button.count()) === 0) await page.getByTestId("more-actions").click();
  await visible(page.getByTestId(`action-${action}`)).click();
}

export const detailStatus = (page: Page) => page.getByTestId("detail-status");
