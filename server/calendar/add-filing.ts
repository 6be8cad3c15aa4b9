// 报备 (force-majeure filing, SPEC §6): a reason, the orders it covers — listed, or every order whose promised ship
// time falls in a time range — and evidence links. Covered orders leave the 发货及时率 assessment.
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { filings, orders } from "../../db/schema";
import { DomainError } from "../errors";
import { actorOf } from "../settings-audit/areas";
import { describeFilingAdded } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { parseInput } from "../tickets/actions/context";
import type { Member } from "../trpc";
import { requestFullRebuild } from "../metrics/rollup";
import { assertCanManageCalendar } from "./permissions";
import { type AddFilingInput, addFilingInput } from "./schemas";

const MAX_RANGE_MS = 31 * 24 * 3600_000;

export async function addFiling(db: Db, ctx: { shopId: string; member: Member; now: Date }, raw: AddFilingInput) {
  assertCanManageCalendar(ctx.member);
  const input = parseInput(addFilingInput, raw);
  const orderIds = [...new Set(input.orderIds)];
  const { coversFrom, coversTo } = input;
  const hasRange = coversFrom !== undefined || coversTo !== undefined;
  if (!orderIds.length && !hasRange) {
    throw new DomainError("INVALID_INPUT", "请填写受影响的订单号，或选择报备的时间范围", { field: "orderIds" });
  }
  if (hasRange) {
    if (!coversFrom || !coversTo) {
      throw new DomainError("INVALID_INPUT", "时间范围需要开始和结束时间", {
        field: coversFrom ? "coversTo" : "coversFrom",
      });
    }
    if (coversFrom >= coversTo) throw new DomainError("INVALID_INPUT", "结束时间应晚于开始时间", { field: "coversTo" });
    if (coversTo.getTime() - coversFrom.getTime() > MAX_RANGE_MS) {
      throw new DomainError("INVALID_INPUT", "一次报备的时间范围最长 31 天", { field: "coversTo" });
    }
  }
  if (orderIds.length) {
    const found = await db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.shopId, ctx.shopId), inArray(orders.id, orderIds)));
    const known = new Set(found.map((o) => o.id));
    const unknown = orderIds.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new DomainError("INVALID_INPUT", `以下订单不属于本店：${unknown.slice(0, 5).join("、")}`, {
        field: "orderIds",
        params: { unknown },
      });
    }
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(filings)
      .values({
        id: `fil_${randomUUID().slice(0, 12)}`,
        shopId: ctx.shopId,
        reason: input.reason,
        orderIds: orderIds.length ? orderIds : null,
        coversFrom: coversFrom ?? null,
        coversTo: coversTo ?? null,
        evidence: input.evidence,
        createdBy: ctx.member.id,
        createdAt: ctx.now,
      })
      .returning();
    await recordSettingsChange(tx, {
      shopId: ctx.shopId,
      actor: actorOf(ctx.member),
      area: "calendar",
      action: "filing.add",
      summary: describeFilingAdded(row),
      data: { filingId: row.id, reason: row.reason, orderIds: row.orderIds, coversFrom, coversTo },
    });
    await requestFullRebuild(tx, ctx.shopId, ctx.now);
    return row;
  });
}
