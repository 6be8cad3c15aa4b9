// 批量导出 (SPEC §4 Batch work): the current filter to .xlsx or .csv, streamed. Rows are read in keyset pages and
// written as they come, so 100,000 rows never sit in memory at once and the download starts at the first page.
import { once } from "node:events";
import type { Writable } from "node:stream";
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { DbOrTx } from "../../db/client";
import { members, tickets } from "../../db/schema";
import { type Locale, messagesFor } from "../../messages";
import { workbenchMessages } from "../../messages/workbench";
import { getShopSettings, timeLimitsOf } from "../shops/settings";
import { filterConditions } from "./list";
import { type TicketFilter, ticketFilterSchema } from "./schemas";

export const exportFormats = ["xlsx", "csv"] as const;
export type ExportFormat = (typeof exportFormats)[number];
/** Above this the agent is asked to narrow the filter: a spreadsheet is not a backup. */
export const exportMaxRows = 200_000;
const pageSize = 2_000;

const exportColumns = {
  id: tickets.id,
  externalId: tickets.externalId,
  orderId: tickets.orderId,
  buyerNick: tickets.buyerNick,
  productTitle: tickets.productTitle,
  productId: tickets.productId,
  skuId: tickets.skuId,
  type: tickets.type,
  reason: tickets.reason,
  responsibility: tickets.responsibility,
  requestedFen: tickets.requestedFen,
  refundedFen: tickets.refundedFen,
  status: tickets.status,
  deadlineAt: tickets.deadlineAt,
  deadlineAction: tickets.deadlineAction,
  carrier: tickets.carrier,
  orderWaybill: tickets.orderWaybill,
  returnCarrier: tickets.returnCarrier,
  returnWaybill: tickets.returnWaybill,
  returnStatus: tickets.returnStatus,
  assigneeId: tickets.assigneeId,
  tags: tickets.tags,
  rootCause: tickets.rootCause,
  appliedAt: tickets.appliedAt,
  endedAt: tickets.endedAt,
};
const selectPage = (db: DbOrTx, where: SQL[]) =>
  db
    .select(exportColumns)
    .from(tickets)
    .where(and(...where))
    .orderBy(desc(tickets.appliedAt), desc(tickets.id))
    .limit(pageSize);
type ExportRow = Awaited<ReturnType<typeof selectPage>>[number];

/** Matching tickets, newest application first, page by page (keyset on applied_at, id: no OFFSET). */
export async function* exportPages(db: DbOrTx, shopId: string, now: Date, raw: TicketFilter) {
  const filter = ticketFilterSchema.parse(raw);
  const limits = timeLimitsOf(await getShopSettings(db, shopId));
  const base = filterConditions(shopId, filter, now, limits);
  let after: { appliedAt: Date; id: number } | null = null;
  for (;;) {
    const where: SQL[] = [base];
    if (after)
      where.push(
        sql`(${tickets.appliedAt}, ${tickets.id}) < (${after.appliedAt.toISOString()}::timestamptz, ${after.id})`,
      );
    const rows = await selectPage(db, where);
    if (rows.length > 0) yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = { appliedAt: last.appliedAt, id: last.id };
  }
}

// "2026-11-26 10:00" in Asia/Shanghai (UTC+8 all year, no DST): spreadsheet dates carry no time zone, so the
// shop's time is written out. Plain arithmetic: Intl formatting per cell dominated a 100,000-row export.
const shanghaiOffsetMs = 8 * 3_600_000;
const time = (d: Date | null) =>
  d ? new Date(d.getTime() + shanghaiOffsetMs).toISOString().slice(0, 16).replace("T", " ") : "";
const yuanNumber = (fen: number) => fen / 100;

type Cell = string | number;
/** Header and one row's cells, in the member's language; money as a number of yuan (分 / 100) at this edge. */
function sheetOf(locale: Locale, memberNames: Map<string, string>) {
  const m = messagesFor(locale);
  const w = workbenchMessages[locale];
  const c = w.export.columns;
  const header = [
    c.id,
    c.externalId,
    c.orderId,
    c.buyer,
    c.product,
    c.productId,
    c.skuId,
    c.type,
    c.reason,
    c.responsibility,
    c.requested,
    c.refunded,
    c.status,
    c.deadlineAt,
    c.deadlineAction,
    c.carrier,
    c.orderWaybill,
    c.returnCarrier,
    c.returnWaybill,
    c.returnStatus,
    c.assignee,
    c.tags,
    c.rootCause,
    c.appliedAt,
    c.endedAt,
  ];
  const row = (r: ExportRow): Cell[] => [
    r.id,
    r.externalId,
    r.orderId,
    r.buyerNick,
    r.productTitle,
    r.productId,
    r.skuId,
    m.ticketType[r.type],
    m.reason[r.reason],
    m.responsibility[r.responsibility],
    yuanNumber(r.requestedFen),
    yuanNumber(r.refundedFen),
    m.ticketStatus[r.status],
    time(r.deadlineAt),
    r.deadlineAction ? m.deadlineAction[r.deadlineAction] : "",
    r.carrier ?? "",
    r.orderWaybill ?? "",
    r.returnCarrier ?? "",
    r.returnWaybill ?? "",
    r.returnStatus !== "none" ? m.returnStatus[r.returnStatus] : "",
    r.assigneeId ? (memberNames.get(r.assigneeId) ?? "") : "",
    r.tags.join("、"),
    r.rootCause ? w.rootCause[r.rootCause] : "",
    time(r.appliedAt),
    time(r.endedAt),
  ];
  return { header, row, moneyColumns: [11, 12], sheet: w.export.sheet };
}

// A buyer nick or statement starting with = + - @ must not run as a formula when the file is opened.
const safeText = (v: Cell): Cell => (typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
const csvCell = (v: Cell): string => {
  const s = String(safeText(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

async function write(out: Writable, chunk: string) {
  if (!out.write(chunk)) await once(out, "drain");
}

export type ExportCtx = { shopId: string; now: Date };

/** Streams the filter's tickets to `out` as .xlsx or .csv; resolves with the row count once `out` has ended. */
export async function exportTickets(
  db: DbOrTx,
  ctx: ExportCtx,
  filter: TicketFilter,
  format: ExportFormat,
  locale: Locale,
  out: Writable,
): Promise<{ rows: number }> {
  const names = await db
    .select({ id: members.id, name: members.displayName })
    .from(members)
    .where(eq(members.shopId, ctx.shopId));
  const s = sheetOf(locale, new Map(names.map((n) => [n.id, n.name])));
  let rows = 0;
  if (format === "csv") {
    // The BOM makes Excel read the Chinese text as UTF-8.
    await write(out, `\uFEFF${s.header.map(csvCell).join(",")}\r\n`);
    for await (const page of exportPages(db, ctx.shopId, ctx.now, filter)) {
      await write(out, page.map((r) => `${s.row(r).map(csvCell).join(",")}\r\n`).join(""));
      rows += page.length;
    }
    out.end();
    await once(out, "finish");
    return { rows };
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(s.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = s.header.map((h, i) => ({
    header: h,
    width: s.moneyColumns.includes(i + 1) ? 14 : Math.max(10, Math.min(28, h.length * 2 + 4)),
    style: s.moneyColumns.includes(i + 1) ? { numFmt: "#,##0.00" } : {},
  }));
  for await (const page of exportPages(db, ctx.shopId, ctx.now, filter)) {
    for (const r of page) ws.addRow(s.row(r).map((v) => (v === "" ? null : safeText(v)))).commit();
    rows += page.length;
  }
  ws.commit();
  await wb.commit();
  return { rows };
}

/** `售后单_20261126-1030.xlsx`, in the shop's time. */
export function exportFileName(locale: Locale, now: Date, format: ExportFormat): string {
  const stamp = time(now).replace(/[-:]/g, "").replace(" ", "-");
  return `${workbenchMessages[locale].export.file}_${stamp}.${format}`;
}
