// The one way a ticket changes: in a transaction, under a row lock, version-checked, with its
// timeline event, refund row and outbound platform action written together (STYLE: every write in
// one transaction with its timeline event).
import { and, eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/client";
import { platformActions, refunds, ticketEvents, tickets } from "../../db/schema";
import { DomainError } from "../errors";
import type { ActorKind, TicketStatus } from "./domain";
import type { DeadlineChange } from "./rules-types";

export type Ticket = typeof tickets.$inferSelect;
export type Actor = { kind: ActorKind; id: string | null; name: string };

export type TicketChange = {
  /** The timeline's verb, e.g. "approve", "platform_timer.review_48h". */
  action: string;
  why?: string | null;
  data?: Record<string, unknown>;
  status?: TicketStatus;
  /** `"keep"` leaves the running deadline as it is; null clears it. */
  deadline?: DeadlineChange;
  refundFen?: number;
  /** Other column updates (assignee, tags, waybills, flags…). */
  set?: Partial<Omit<Ticket, "id" | "shopId" | "version" | "status" | "deadlineAt" | "deadlineAction" | "deadlineMin">>;
  /** Outbound platform action to queue (SPEC §7), sent by the connector later. */
  platformAction?: { action: string; payload: Record<string, unknown> };
};

const terminal: TicketStatus[] = ["refunded", "completed", "closed", "rejected"];

export async function lockTicket(tx: Tx, shopId: string, ticketId: number): Promise<Ticket> {
  const [t] = await tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), eq(tickets.shopId, shopId)))
    .for("update");
  if (!t) throw new DomainError("NOT_FOUND", "售后单不存在");
  return t;
}

export function versionConflict(t: Ticket, tz = "Asia/Shanghai"): DomainError {
  const hhmm = new Intl.DateTimeFormat("zh-CN", {
    timeZone: tz,
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(t.updatedAt);
  const who = t.updatedByName ?? "他人";
  return new DomainError("TICKET_VERSION_CONFLICT", `已被 ${who} 于 ${hhmm} 处理，请查看最新状态`, {
    params: { by: who, at: t.updatedAt.toISOString(), version: t.version },
  });
}

/** Applies a change to a locked ticket; returns the updated row. */
export async function applyChange(tx: Tx, t: Ticket, actor: Actor, change: TicketChange, now: Date): Promise<Ticket> {
  const to = change.status ?? t.status;
  const deadline =
    change.deadline === undefined || change.deadline === "keep"
      ? { at: t.deadlineAt, action: t.deadlineAction, min: t.deadlineMin }
      : change.deadline === null
        ? { at: null, action: null, min: null }
        : change.deadline;
  const ended = terminal.includes(to) && !terminal.includes(t.status);
  const isDecision =
    actor.kind !== "buyer" && actor.kind !== "logistics" && t.status === "pending_review" && to !== t.status;
  const set: Partial<Ticket> = {
    ...change.set,
    status: to,
    deadlineAt: terminal.includes(to) ? null : deadline.at,
    deadlineAction: terminal.includes(to) ? null : deadline.action,
    deadlineMin: terminal.includes(to) ? null : deadline.min,
    version: t.version + 1,
    updatedAt: now,
    updatedByName: actor.name,
  };
  if (isDecision && !t.firstDecisionAt) set.firstDecisionAt = now;
  if (ended) set.endedAt = now;
  if (ended && !set.handledBy) set.handledBy = actor.kind === "agent" ? "agent" : mapHandledBy(actor.kind);
  if (change.refundFen !== undefined) {
    if (!Number.isInteger(change.refundFen) || change.refundFen <= 0) {
      throw new DomainError("INVALID_INPUT", "退款金额必须是正整数（分）", { field: "amountFen" });
    }
    // The unique index on refunds.ticket_id makes a second refund impossible, whatever the race.
    const inserted = await tx
      .insert(refunds)
      .values({
        shopId: t.shopId,
        ticketId: t.id,
        amountFen: change.refundFen,
        by:
          actor.kind === "agent"
            ? "agent"
            : actor.kind === "strategy"
              ? "strategy"
              : actor.kind === "platform_timer"
                ? "platform_timer"
                : "platform",
        actorName: actor.name,
        at: now,
      })
      .onConflictDoNothing()
      .returning({ id: refunds.id });
    if (inserted.length === 0) throw new DomainError("ACTION_NOT_ALLOWED", "该售后单已退款，不会重复退款");
    set.refundedFen = change.refundFen;
    set.refundedAt = now;
  }
  const [updated] = await tx
    .update(tickets)
    .set(set)
    .where(and(eq(tickets.id, t.id), eq(tickets.version, t.version)))
    .returning();
  if (!updated) throw versionConflict(t);
  await tx.insert(ticketEvents).values({
    shopId: t.shopId,
    ticketId: t.id,
    at: now,
    actorKind: actor.kind,
    actorId: actor.id,
    actorName: actor.name,
    action: change.action,
    fromStatus: t.status,
    toStatus: to,
    why: change.why ?? null,
    data: { ...change.data, ...(change.refundFen !== undefined ? { refundFen: change.refundFen } : {}) },
  });
  const outbound =
    change.platformAction ?? (change.refundFen !== undefined ? { action: "refund", payload: {} } : undefined);
  if (outbound) {
    await tx.insert(platformActions).values({
      shopId: t.shopId,
      ticketId: t.id,
      action: outbound.action,
      payload: {
        ...outbound.payload,
        externalId: t.externalId,
        ...(change.refundFen ? { amountFen: change.refundFen } : {}),
      },
    });
  }
  return updated;
}

function mapHandledBy(kind: ActorKind): Ticket["handledBy"] {
  if (kind === "strategy") return "strategy";
  if (kind === "platform_timer") return "platform_timer";
  if (kind === "buyer") return "buyer";
  return "platform";
}

/** Locks, checks the version the actor was shown, then applies the change — in one transaction. */
export async function changeTicket(
  db: DbOrTx,
  args: { shopId: string; ticketId: number; expectedVersion?: number; actor: Actor; now: Date },
  decide: (t: Ticket, tx: Tx) => Promise<TicketChange> | TicketChange,
): Promise<Ticket> {
  return db.transaction(async (tx) => {
    const t = await lockTicket(tx, args.shopId, args.ticketId);
    if (args.expectedVersion !== undefined && t.version !== args.expectedVersion) throw versionConflict(t);
    const change = await decide(t, tx);
    return applyChange(tx, t, args.actor, change, args.now);
  });
}
