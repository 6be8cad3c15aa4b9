// 备注 and 给买家发消息: timeline-only events (a message also queues its platform action, in the same transaction).
// Like every verb they take the version the agent was shown and fail when stale (a note or message written against
// an outdated screen may no longer be true). They change no column and not the version, so neither makes a
// colleague's approval fail with a version conflict — a batch message to 200 buyers included.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { platformActions, ticketEvents, tickets } from "../../../db/schema";
import { DomainError } from "../../errors";
import { evaluateAction } from "../rules";
import { versionConflict } from "../transition";
import { type ActionCtx, type ActionResult, assertShopMember, parseInput, refusalError } from "./context";
import { loadOrderAndShop, ruleContextOf } from "./rule-context";
import { type MessageInput, messageInput, type NoteInput, noteInput } from "./schemas";

export async function note(db: DbOrTx, ctx: ActionCtx, raw: NoteInput): Promise<ActionResult> {
  const input = parseInput(noteInput, raw);
  return onTimeline(db, ctx, input, "note", input.text);
}

export async function message(db: DbOrTx, ctx: ActionCtx, raw: MessageInput): Promise<ActionResult> {
  const input = parseInput(messageInput, raw);
  return onTimeline(db, ctx, input, "message", input.text, { text: input.text });
}

async function onTimeline(
  db: DbOrTx,
  ctx: ActionCtx,
  ref: { ticketId: number; version: number },
  action: "note" | "message",
  why: string,
  outbound?: Record<string, unknown>,
): Promise<ActionResult> {
  assertShopMember(ctx);
  return db.transaction(async (tx) => {
    // FOR SHARE: the ticket cannot be deleted or change shop under us, yet concurrent notes do not queue.
    const [ticket] = await tx
      .select()
      .from(tickets)
      .where(and(eq(tickets.id, ref.ticketId), eq(tickets.shopId, ctx.shopId)))
      .for("share");
    if (!ticket) throw new DomainError("NOT_FOUND", "售后单不存在");
    if (ticket.version !== ref.version) throw versionConflict(ticket);
    const loaded = await loadOrderAndShop(tx, ctx.shopId, ticket.orderId);
    const decision = evaluateAction(action, ruleContextOf(ticket, loaded, ctx.member, ctx.now));
    if (!decision.ok) throw refusalError(decision);
    await tx.insert(ticketEvents).values({
      shopId: ctx.shopId,
      ticketId: ticket.id,
      at: ctx.now,
      actorKind: "agent",
      actorId: ctx.member.id,
      actorName: ctx.member.displayName,
      action,
      fromStatus: ticket.status,
      toStatus: ticket.status,
      why,
      data: {},
    });
    if (outbound) {
      await tx.insert(platformActions).values({
        shopId: ctx.shopId,
        ticketId: ticket.id,
        action,
        payload: { ...outbound, externalId: ticket.externalId },
      });
    }
    return { ticket, hints: [] };
  });
}
