// 批量导出 (SPEC §4): GET /api/export?format=xlsx|csv&<the workbench's filter parameters>. The shop comes from the
// session, never from the query. The body is streamed; X-Export-Rows tells the client how many rows to expect.
import { PassThrough, Readable } from "node:stream";
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { LOCALE_COOKIE, parseLocale } from "@/messages";
import { shopNow } from "@/server/clock";
import { DomainError } from "@/server/errors";
import { errorResponse } from "@/server/platform/http";
import { memberOfRequest } from "@/server/request-member";
import { exportFileName, exportMaxRows, exportTickets } from "@/server/tickets/export";
import { filterFromParams } from "@/server/tickets/filter-params";
import { countTickets } from "@/server/tickets/list";

export const dynamic = "force-dynamic";

const contentTypes = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

export async function GET(req: Request): Promise<Response> {
  try {
    const db = getDb();
    const chosen = await memberOfRequest(db, req);
    const shopId = chosen.shop.id;
    const now = await shopNow(db, chosen.shop);
    const url = new URL(req.url);
    const format = url.searchParams.get("format") === "csv" ? "csv" : "xlsx";
    const filter = filterFromParams(url.searchParams);
    const locale = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
    const { count, capped } = await countTickets(db, shopId, now, filter, exportMaxRows);
    if (capped) {
      throw new DomainError("INVALID_INPUT", `一次最多导出 ${exportMaxRows} 行，请缩小筛选范围后再导出`, {
        field: "filter",
      });
    }
    const body = new PassThrough();
    exportTickets(db, { shopId, now }, filter, format, locale, body).catch((e) => {
      // Headers are gone by now: breaking the stream is how the client learns the file is incomplete.
      console.error("[export] failed", e);
      body.destroy(e instanceof Error ? e : new Error(String(e)));
    });
    const name = exportFileName(locale, now, format);
    return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": contentTypes[format],
        "content-disposition": `attachment; filename="tickets.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "cache-control": "no-store",
        "x-export-rows": String(count),
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
