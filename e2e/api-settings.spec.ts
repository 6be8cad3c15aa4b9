// 设置 → 开放接口 end to end: the owner creates a key in the UI (shown once), an ERP uses it over HTTP to list and
// approve its own ticket, the owner revokes it (401 at once); a webhook URL (a receiver in this test) gets a signed
// test delivery that the log shows; members without the settings permission see no keys; the reference renders.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page, test } from "@playwright/test";
import { verify } from "../server/platform/signature";
import { signIn } from "./helpers";
import { makeTickets } from "./workbench-fixtures";

async function createKey(page: Page, name: string, scope: "只读" | "可操作"): Promise<string> {
  await page.getByTestId("create-key").click();
  const dialog = page.getByTestId("create-key-dialog");
  await dialog.getByRole("textbox", { name: /名称/ }).fill(name);
  await dialog.getByRole("radio", { name: new RegExp(`^${scope}`) }).check();
  await dialog.getByRole("button", { name: "创建" }).click();
  const created = page.getByTestId("key-created");
  await expect(created).toBeVisible();
  const key = (await created.getByTestId("new-key").textContent()) ?? "";
  expect(key).toMatch(/^shk_[A-Za-z0-9_-]{40}$/);
  await created.getByRole("button", { name: "我已保存" }).click();
  await expect(created).toBeHidden();
  return key;
}

test.describe("开放接口", () => {
  test("a key made in 设置 lists and approves over the API; revoked, it is refused at once", async ({
    page,
    request,
  }) => {
    // Several round trips (platform events, sign-in, UI, API): allow for a busy machine.
    test.slow();
    const run = randomUUID().slice(0, 6);
    const { tickets } = await makeTickets("pendingRefund", 1);
    const [ticket] = tickets;
    await signIn(page, "owner@demo.shouhou.dev");
    // Reached from 设置.
    await page.goto("/settings");
    await page.getByRole("link", { name: /开放接口/ }).click();
    await expect(page).toHaveURL(/\/settings\/api$/);
    const name = `E2E ERP ${run}`;
    const key = await createKey(page, name, "可操作");
    const row = page.getByTestId("api-key").filter({ hasText: name });
    await expect(row).toContainText("可操作");
    await expect(row).toContainText(key.slice(0, 12));
    // Shown once: the page never shows the whole key again.
    await expect(page.getByText(key)).toHaveCount(0);

    const auth = { authorization: `Bearer ${key}` };
    const list = await request.get(`/api/v1/tickets?search=${ticket.orderId}`, { headers: auth });
    expect(list.status()).toBe(200);
    const items = (await list.json()).items as { id: number; version: number }[];
    expect(items.map((t) => t.id)).toEqual([ticket.ticketId]);
    const approved = await request.post(`/api/v1/tickets/${ticket.ticketId}/actions/approve`, {
      headers: { ...auth, "idempotency-key": `e2e-${run}` },
      data: { version: items[0].version },
    });
    expect(approved.status()).toBe(200);
    expect((await approved.json()).ticket.status).toBe("refunded");
    const detail = await request.get(`/api/v1/tickets/${ticket.ticketId}`, { headers: auth });
    const timeline = (await detail.json()).timeline as { action: string; actorName: string }[];
    expect(timeline.at(-1)).toMatchObject({ action: "approve", actorName: `开放接口·${name}` });

    await page.reload();
    await expect(row).toContainText("最近使用");
    await row.getByRole("button", { name: "吊销" }).click();
    await page.getByTestId("revoke-dialog").getByRole("button", { name: "确认吊销" }).click();
    await expect(row).toContainText("已吊销");
    const refused = await request.get("/api/v1/tickets", { headers: auth });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe("UNAUTHORIZED");
  });

  test("a webhook URL gets a signed test delivery, and the log shows it delivered", async ({ page }) => {
    const received: { headers: IncomingHttpHeaders; body: string }[] = [];
    const receiver = createServer(async (req, res) => {
      let body = "";
      for await (const c of req) body += c;
      received.push({ headers: req.headers, body });
      res.writeHead(200).end("ok");
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook/${randomUUID().slice(0, 6)}`;
    try {
      await signIn(page, "owner@demo.shouhou.dev");
      await page.goto("/settings/api");
      await page.getByTestId("add-webhook").click();
      const dialog = page.getByTestId("add-webhook-dialog");
      await dialog.getByLabel("接收地址").fill(url);
      await dialog.getByRole("button", { name: "添加" }).click();
      const created = page.getByTestId("webhook-created");
      const secret = (await created.getByTestId("webhook-secret").textContent()) ?? "";
      expect(secret).toMatch(/^whsec_/);
      await created.getByRole("button", { name: "我已保存" }).click();

      const hook = page.getByTestId("webhook").filter({ hasText: url });
      await hook.getByRole("button", { name: "发送测试" }).click();
      await expect(hook.getByTestId("webhook-test-result")).toContainText("测试推送已送达（HTTP 200）");
      expect(received).toHaveLength(1);
      const [r] = received;
      const ts = String(r.headers["x-shouhou-timestamp"]);
      expect(verify(secret, ts, r.body, String(r.headers["x-shouhou-signature"]))).toBe(true);
      expect(JSON.parse(r.body)).toMatchObject({ type: "ping", shopId: "shop_demo" });
      const logged = page.getByTestId("delivery").filter({ hasText: url });
      await expect(logged.first()).toContainText("测试推送");
      await expect(logged.first().getByTestId("delivery-status")).toHaveText("已送达");

      await hook.getByRole("button", { name: "删除" }).click();
      await page.getByRole("button", { name: "确认删除" }).click();
      await expect(hook).toHaveCount(0);
    } finally {
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });

  test("members without the settings permission see no keys; the API reference renders", async ({ page }) => {
    await signIn(page, "lead@demo.shouhou.dev");
    await page.goto("/settings/api");
    await expect(page.getByTestId("owner-only")).toBeVisible();
    await expect(page.getByTestId("create-key")).toHaveCount(0);
    await page.getByRole("link", { name: "查看接口文档" }).click();
    await expect(page).toHaveURL(/\/api-docs$/, { timeout: 30_000 });
    await expect(page.getByTestId("api-docs-title")).toContainText("售后工作台 Open API");
    await expect(page.locator("#action_approve")).toContainText("/api/v1/tickets/{id}/actions/approve");
    await expect(page.locator("#listTickets")).toContainText("quick");
  });
});
