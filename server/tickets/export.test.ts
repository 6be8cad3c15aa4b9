// 批量导出 (SPEC §4): the filter's rows, in the member's language, streamed — also at 100,000 rows.
import { PassThrough, Writable } from "node:stream";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../tests/db";
import { assign } from "./actions/assign";
import { at, createOrder, createShop, createTicket, ctxOf, HOUR, T0 } from "./actions/test-fixtures";
import { exportFileName, exportTickets } from "./export";
import type { TicketFilter } from "./schemas";

const { db } = await useTestDb();

async function toBuffer(run: (out: PassThrough) => Promise<{ rows: number }>) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const { rows } = await run(out);
  return { rows, buf: Buffer.concat(chunks) };
}

async function sheetRows(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws?.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return { name: ws?.name, rows };
}

const f = await createShop(db);
const o = await createOrder(db, f, { carrier: "中通", waybill: "ZT0000000009" });
const older = await createTicket(db, f, o, {
  requestedFen: 12_345,
  appliedAt: at(-2 * HOUR),
  buyerNick: "=HYPERLINK(1)",
});
const newer = await createTicket(db, f, o, {
  type: "return_refund",
  reason: "quality_issue",
  responsibility: "merchant",
  status: "awaiting_receipt",
  returnStatus: "signed",
  returnCarrier: "顺丰",
  returnWaybill: "SF1234567890",
  tags: ["加急", "大促"],
  buyerNick: '小鹿, "爱买"',
  appliedAt: at(-HOUR),
});
await createTicket(db, f, o, {
  status: "refunded",
  deadlineAt: null,
  deadlineAction: null,
  appliedAt: at(-3 * HOUR),
});
await assign(db, ctxOf(f.lead), { ticketId: older.id, version: 1, assigneeId: f.handler.id });
describe("exportTickets", () => {
  const run = (filter: TicketFilter, format: "xlsx" | "csv", locale: "zh-CN" | "en" = "zh-CN") =>
    toBuffer((out) => exportTickets(db, { shopId: f.shopId, now: T0 }, filter, format, locale, out));

  it(".xlsx: exactly the filter's rows, newest first, labelled in Chinese, money in yuan", async () => {
    const { rows, buf } = await run({ statuses: ["pending_review", "awaiting_receipt"] }, "xlsx");
    expect(rows).toBe(2);
    const sheet = await sheetRows(buf);
    expect(sheet.name).toBe("售后单");
    const [header, first, second] = sheet.rows;
    expect(sheet.rows).toHaveLength(3);
    expect(header?.slice(0, 4)).toEqual(["售后单号", "平台售后单号", "订单号", "买家"]);
    expect(first?.[0]).toBe(newer.id);
    expect(first?.slice(7, 13)).toEqual(["退货退款", "质量问题", "商家原因", 99, 0, "待商家收货"]);
    expect(first?.slice(17, 23)).toEqual(["顺丰", "SF1234567890", "退货已签收", undefined, "加急、大促", undefined]);
    expect(second?.[0]).toBe(older.id);
    // A buyer nick that looks like a formula is written as text.
    expect(second?.[3]).toBe("'=HYPERLINK(1)");
    expect(second?.[10]).toBe(123.45);
    expect(second?.[13]).toBe("2024-06-03 09:00"); // deadline T0+47h in Asia/Shanghai
    expect(second?.[20]).toBe("客服小李");
  });

  it(".csv: BOM, quoted cells, English labels when the member reads English", async () => {
    const { rows, buf } = await run({ search: newer.returnWaybill ?? "" }, "csv", "en");
    expect(rows).toBe(1);
    const text = buf.toString("utf8");
    expect(text.startsWith("\uFEFFTicket,Platform ticket,Order,Buyer,")).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,"小鹿, ""爱买""",`);
    expect(lines[1]).toContain(",Return & refund,Quality issue,Merchant,99,0,Awaiting receipt,");
  });

  it("an empty filter gives a header-only file", async () => {
    const { rows, buf } = await run({ search: "nothing matches this" }, "xlsx");
    expect(rows).toBe(0);
    expect((await sheetRows(buf)).rows).toHaveLength(1);
  });

  it("names the file in the shop's time", () => {
    expect(exportFileName("zh-CN", T0, "xlsx")).toBe("售后单_20240601-1000.xlsx");
    expect(exportFileName("en", T0, "csv")).toBe("tickets_20240601-1000.csv");
  });
});

describe("exportTickets at 100,000 rows", () => {
  it("streams every row without holding the file: .csv and .xlsx", async () => {
    const f = await createShop(db);
    const o = await createOrder(db, f);
    const seed = await createTicket(db, f, o);
    // 100,000 tickets in one statement, cloned from the fixture ticket.
    await db.execute(sql`
      insert into tickets (shop_id, external_id, order_id, buyer_id, type, reason, responsibility, requested_fen,
        status, deadline_at, deadline_action, buyer_nick, product_id, sku_id, product_title, order_logistics_status,
        applied_at, updated_at)
      select shop_id, 'bulk_' || g, order_id, buyer_id, type, reason, responsibility, 100 + g % 5000,
        status, deadline_at, deadline_action, 'buyer_' || g, product_id, sku_id, product_title, order_logistics_status,
        applied_at - (g || ' seconds')::interval, updated_at
      from tickets, generate_series(1, 99999) g where id = ${seed.id}`);
    for (const format of ["csv", "xlsx"] as const) {
      let bytes = 0;
      let lines = 0;
      let firstChunkAt = 0;
      const started = performance.now();
      const heapBefore = process.memoryUsage().heapUsed;
      let heapPeak = heapBefore;
      const sink = new Writable({
        write(chunk: Buffer, _enc, done) {
          if (!firstChunkAt) firstChunkAt = performance.now() - started;
          bytes += chunk.length;
          if (format === "csv") for (const b of chunk) if (b === 10) lines++;
          heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
          done();
        },
      });
      const { rows } = await exportTickets(db, { shopId: f.shopId, now: T0 }, {}, format, "zh-CN", sink);
      const ms = performance.now() - started;
      console.log(
        `[export] ${format}: ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s; ` +
          `first bytes after ${firstChunkAt.toFixed(0)} ms; heap +${((heapPeak - heapBefore) / 1e6).toFixed(0)} MB`,
      );
      expect(rows).toBe(100_000);
      if (format === "csv") expect(lines).toBe(100_001);
      // Streamed: the first bytes leave long before the end.
      expect(firstChunkAt).toBeLessThan(ms / 4);
    }
  }, 300_000);
});
