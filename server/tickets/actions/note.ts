// 备注: a timeline-only event. Like every verb it takes the version the agent was shown and fails when stale (a
// note written against an outdated screen may no longer be true). It changes no column and not the version, so a
// note never makes a colleague's approval fail with a version conflict.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { ticketEvents, tickets } from "../../../db/schema";
import { DomainError } from "../../errors";
import { evaluateAction } from "../rules";
import { versionConflict } from "../transition";
import { type ActionCtx, type ActionResult, assertShopMember, parseInput, refusalError } from "./context";
import { loadOrderAndShop, ruleContextOf } from "./rule-context";
import { type NoteInput, noteInput } from "./schemas";

export async function note(db: DbOrTx, ctx: ActionCtx, raw: NoteInput): Promise<ActionResult> {
  const input = parseInput(noteInput, raw);
  assertShopMember(ctx);
  return db.transaction(async (tx) => {
    // FOR SHARE: the ticket cannot be deleted or change shop under us, yet concurrent notes do not queue.
    const [ticket] = await tx
      .select()
      .from(tickets)
      .where(and(eq(tickets.id, input.ticketId), eq(tickets.shopId, ctx.shopId)))
      .for("share");
    if (!ticket) throw new DomainError("NOT_FOUND", "售后单不存在");
    if (ticket.version !== input.version) throw versionConflict(ticket);
    const loaded = await loadOrderAndShop(tx, ctx.shopId, ticket.orderId);
    const decision = evaluateAction("note", ruleContextOf(ticket, loaded, ctx.member, ctx.now));
    if (!decision.ok) throw refusalError(decision);
    await tx.insert(ticketEvents).values({
      shopId: ctx.shopId,
      ticketId: ticket.id,
      at: ctx.now,
      actorKind: "agent",
      actorId: ctx.member.id,
      actorName: ctx.member.displayName,
      action: "note",
      fromStatus: ticket.status,
      toStatus: ticket.status,
      why: input.text,
      data: {},
    });
    return { ticket, hints: [] };
  });
}
