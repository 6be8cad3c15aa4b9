import { and, asc, eq, gt, gte, isNull, lt, lte, notInArray, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { products, tickets } from "../../db/schema";
import { DomainError } from "../errors";
import { shopTimeLimits } from "../shops/settings";
import { type TimeLimits, terminalStatuses } from "./domain";
import { handlerSql } from "./handler";
import { quickFilterCondition } from "./quick-filters";
import {
  type ListTicketsInput,
  listTicketsInput,
  type TicketFilter,
  type TicketRefsInput,
  type TicketSort,
  ticketFilterSchema,
  ticketRefsInput,
} from "./schemas";

export const listColumns = {
  id: tickets.id,
  externalId: tickets.externalId,
  orderId: tickets.orderId,
  type: tickets.type,
  reason: tickets.reason,
  responsibility: tickets.responsibility,
  status: tickets.status,
  requestedFen: tickets.requestedFen,
  buyerNick: tickets.buyerNick,
  productTitle: tickets.productTitle,
  productImage: tickets.productImage,
  deadlineAt: tickets.deadlineAt,
  deadlineAction: tickets.deadlineAction,
  lateFlag: tickets.lateFlag,
  returnStatus: tickets.returnStatus,
  returnCarrier: tickets.returnCarrier,
  returnWaybill: tickets.returnWaybill,
  orderLogisticsStatus: tickets.orderLogisticsStatus,
  assigneeId: tickets.assigneeId,
  tags: tickets.tags,
  appliedAt: tickets.appliedAt,
  version: tickets.version,
};

/** Every filter of SPEC §5 as one SQL condition, always scoped to the shop. */
export function filterConditions(shopId: string, f: TicketFilter, now: Date, limits: TimeLimits): SQL {
  const c: (SQL | undefined)[] = [eq(tickets.shopId, shopId)];
  if (f.quick) c.push(quickFilterCondition(f.quick, now, limits));
  if (f.types?.length) c.push(sql`${tickets.type} in ${f.types}`);
  if (f.statuses?.length) c.push(sql`${tickets.status} in ${f.statuses}`);
  if (f.reasons?.length) c.push(sql`${tickets.reason} in ${f.reasons}`);
  if (f.responsibilities?.length) c.push(sql`${tickets.responsibility} in ${f.responsibilities}`);
  if (f.amountMinFen !== undefined) c.push(gte(tickets.requestedFen, f.amountMinFen));
  if (f.amountMaxFen !== undefined) c.push(lte(tickets.requestedFen, f.amountMaxFen));
  if (f.appliedFrom) c.push(gte(tickets.appliedAt, f.appliedFrom));
  if (f.appliedTo) c.push(lt(tickets.appliedAt, f.appliedTo));
  if (f.carrier) c.push(or(eq(tickets.carrier, f.carrier), eq(tickets.returnCarrier, f.carrier)));
  if (f.productId) c.push(or(eq(tickets.productId, f.productId), eq(tickets.skuId, f.productId)));
  if (f.unassigned) c.push(isNull(tickets.assigneeId));
  else if (f.assigneeId) c.push(eq(tickets.assigneeId, f.assigneeId));
  if (f.noHandler) c.push(sql`${handlerSql} is null`);
  else if (f.handlerId) c.push(sql`${handlerSql} = ${f.handlerId}`);
  if (f.tag) c.push(sql`${tickets.tags} @> array[${f.tag}]::text[]`);
  if (f.search) {
    const s = f.search;
    const asId = /^\d{1,15}$/.test(s) ? Number(s) : null;
    c.push(
      or(
        eq(tickets.orderId, s),
        eq(tickets.externalId, s),
        eq(tickets.returnWaybill, s),
        eq(tickets.orderWaybill, s),
        eq(tickets.buyerNick, s),
        asId !== null ? eq(tickets.id, asId) : undefined,
        // Prefix of the nick, any case: lower() + like (not ilike) so tickets_shop_buyer_prefix_idx serves it.
        s.length >= 2 ? sql`lower(${tickets.buyerNick}) like lower(${`${s.replace(/[%_\\]/g, "\\$&")}%`})` : undefined,
      ),
    );
  }
  return and(...c) as SQL;
}

type Cursor = { k: string | number | null; id: number };
const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const isTimestamp = (k: unknown) => typeof k === "string" && isoInstant.test(k) && new Date(k).toISOString() === k;
const isInt4 = (k: unknown) => Number.isInteger(k) && (k as number) >= -2_147_483_648 && (k as number) <= 2_147_483_647;
/** What each sort's cursor key may be: exactly what keyOf writes, so nothing else reaches SQL. */
const validKey: Record<TicketSort, (k: unknown) => boolean> = {
  newest: isTimestamp,
  amount: isInt4,
  risk: (k) => k === null || isTimestamp(k),
};
/** A cursor comes back from the client: a forged one is INVALID_INPUT on `cursor`, never a database error. */
function decode(s: string, sort: TicketSort): Cursor {
  let c: unknown;
  try {
    c = JSON.parse(Buffer.from(s, "base64url").toString());
  } catch {
    c = null;
  }
  const ok =
    typeof c === "object" &&
    c !== null &&
    Number.isSafeInteger((c as Cursor).id) &&
    (c as Cursor).id > 0 &&
    validKey[sort]((c as Cursor).k);
  if (!ok) throw new DomainError("INVALID_INPUT", "分页游标无效，请刷新列表", { field: "cursor" });
  return c as Cursor;
}

/** Keyset pagination (no OFFSET) so deep pages stay fast at 1,000,000 tickets. */
export async function listTickets(db: DbOrTx, shopId: string, now: Date, raw: ListTicketsInput) {
  const input = listTicketsInput.parse(raw);
  const limits = await shopTimeLimits(db, shopId);
  const where = [filterConditions(shopId, input, now, limits)];
  const cur = input.cursor ? decode(input.cursor, input.sort) : null;
  let order: SQL[];
  let keyOf: (r: { id: number; appliedAt: Date; requestedFen: number; deadlineAt: Date | null }) => Cursor;
  // `nulls last` on the desc sorts (the columns are not null, so the order is the same) matches how the
  // indexes are built (drizzle-kit writes DESC NULLS LAST); plain `desc` means NULLS FIRST in Postgres, and
  // the planner would then sort the whole shop instead of reading the index in order.
  if (input.sort === "newest") {
    order = [sql`${tickets.appliedAt} desc nulls last`, sql`${tickets.id} desc nulls last`];
    keyOf = (r) => ({ k: r.appliedAt.toISOString(), id: r.id });
    if (cur) where.push(sql`(${tickets.appliedAt}, ${tickets.id}) < (${cur.k}::timestamptz, ${cur.id})`);
  } else if (input.sort === "amount") {
    order = [sql`${tickets.requestedFen} desc nulls last`, sql`${tickets.id} desc nulls last`];
    keyOf = (r) => ({ k: r.requestedFen, id: r.id });
    if (cur) where.push(sql`(${tickets.requestedFen}, ${tickets.id}) < (${Number(cur.k)}, ${cur.id})`);
  } else {
    // Deadline risk: what times out first; tickets with no running deadline last, newest id first.
    order = [sql`${tickets.deadlineAt} asc nulls last`, asc(tickets.id)];
    keyOf = (r) => ({ k: r.deadlineAt ? r.deadlineAt.toISOString() : null, id: r.id });
    if (cur && cur.k !== null) {
      where.push(
        or(
          sql`(${tickets.deadlineAt}, ${tickets.id}) > (${cur.k}::timestamptz, ${cur.id})`,
          isNull(tickets.deadlineAt),
        ) as SQL,
      );
    } else if (cur) where.push(and(isNull(tickets.deadlineAt), gt(tickets.id, cur.id)) as SQL);
  }
  const rows = await db
    .select(listColumns)
    .from(tickets)
    .where(and(...where))
    .orderBy(...order)
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  // `now` is the app clock (sandbox time can run ahead): countdowns are computed against it.
  return { items: page, nextCursor: rows.length > input.limit && last ? encode(keyOf(last)) : null, now };
}

/** Counting stops here: "10 万+" is all an agent needs, and the count stays fast at 1,000,000 tickets. */
export const countCap = 100_000;

/** How many tickets match a filter (for "select all N matching" and the export), capped at `cap`. */
export async function countTickets(db: DbOrTx, shopId: string, now: Date, raw: TicketFilter, cap = countCap) {
  const f = ticketFilterSchema.parse(raw);
  const limits = await shopTimeLimits(db, shopId);
  const inner = db
    .select({ one: sql`1` })
    .from(tickets)
    .where(filterConditions(shopId, f, now, limits))
    .limit(cap + 1)
    .as("m");
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(inner);
  const n = row?.n ?? 0;
  return { count: Math.min(n, cap), capped: n > cap };
}

/** Ids and versions of every matching ticket, keyset by id: what a batch over "all N matching" acts on. */
export async function ticketRefs(db: DbOrTx, shopId: string, now: Date, raw: TicketRefsInput) {
  const input = ticketRefsInput.parse(raw);
  const limits = await shopTimeLimits(db, shopId);
  const where = [filterConditions(shopId, input, now, limits)];
  if (input.cursor) where.push(gt(tickets.id, input.cursor));
  const rows = await db
    .select({ id: tickets.id, version: tickets.version })
    .from(tickets)
    .where(and(...where))
    .orderBy(asc(tickets.id))
    .limit(input.limit + 1);
  const refs = rows.slice(0, input.limit);
  const last = refs[refs.length - 1];
  return { refs, nextCursor: rows.length > input.limit && last ? last.id : null };
}

/** Choices for the product and tag filters: the shop's products, and the tags on its open tickets. */
export async function filterOptions(db: DbOrTx, shopId: string) {
  const [productRows, tagRows] = await Promise.all([
    db
      .select({ id: products.id, title: products.title })
      .from(products)
      .where(eq(products.shopId, shopId))
      .orderBy(asc(products.title))
      .limit(500),
    db
      .selectDistinct({ tag: sql<string>`unnest(${tickets.tags})` })
      .from(tickets)
      .where(and(eq(tickets.shopId, shopId), notInArray(tickets.status, [...terminalStatuses])))
      .limit(200),
  ]);
  return { products: productRows, tags: tagRows.map((r) => r.tag).sort() };
}
