// Feedback for the metrics (SPEC §2, §6): 售后评价 on an ended ticket and 客服会话 records.
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { buyers, conversations, members, ratings } from "../../db/schema";
import { DomainError } from "../errors";
import { applyChange } from "../tickets/transition";
import { buyerActor, isOpen } from "./effects";
import { lockTicketByExternalId } from "./apply-ticket";
import type { EventOf } from "./events";

/** rating.created: one rating per ticket, only once it has ended; a repeat changes nothing. */
export async function applyRatingCreated(tx: Tx, e: EventOf<"rating.created">): Promise<void> {
  const d = e.data;
  const t = await lockTicketByExternalId(tx, e.shopId, d.externalId, d.orderId);
  if (isOpen(t.status)) {
    throw new DomainError("ACTION_NOT_ALLOWED", `rating.created: ticket ${t.externalId} has not ended (${t.status})`);
  }
  const inserted = await tx
    .insert(ratings)
    .values({ ticketId: t.id, shopId: e.shopId, stars: d.stars, comment: d.comment ?? null, at: e.occurredAt })
    .onConflictDoNothing()
    .returning({ ticketId: ratings.ticketId });
  if (inserted.length === 0) return;
  await applyChange(
    tx,
    t,
    buyerActor(t),
    {
      action: "buyer.rating",
      deadline: "keep",
      data: { stars: d.stars, ...(d.comment ? { comment: d.comment } : {}) },
    },
    e.occurredAt,
  );
}

/** conversation.created: upserted by id; buyer and agent must belong to the shop. */
export async function applyConversationCreated(tx: Tx, e: EventOf<"conversation.created">): Promise<void> {
  const d = e.data;
  if (d.buyerId) {
    const [b] = await tx
      .select({ id: buyers.id })
      .from(buyers)
      .where(and(eq(buyers.id, d.buyerId), eq(buyers.shopId, e.shopId)));
    if (!b)
      throw new DomainError("INVALID_INPUT", `data.buyerId: unknown buyer ${d.buyerId}`, { field: "data.buyerId" });
  }
  if (d.agentMemberId) {
    const [m] = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.id, d.agentMemberId), eq(members.shopId, e.shopId)));
    if (!m) {
      throw new DomainError("INVALID_INPUT", `data.agentMemberId: not a member of this shop`, {
        field: "data.agentMemberId",
      });
    }
  }
  const row = {
    buyerId: d.buyerId ?? null,
    agentId: d.agentMemberId ?? null,
    startedAt: d.startedAt,
    firstReplyAt: d.firstReplyAt ?? null,
    rating: d.rating ?? null,
  };
  const saved = await tx
    .insert(conversations)
    .values({ id: d.id, shopId: e.shopId, ...row })
    .onConflictDoUpdate({ target: conversations.id, set: row, setWhere: eq(conversations.shopId, e.shopId) })
    .returning({ id: conversations.id });
  if (saved.length === 0) throw new DomainError("FORBIDDEN", `conversation ${d.id} belongs to another shop`);
}
