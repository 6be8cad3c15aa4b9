// Writes a batch of platform-timer changes with a handful of statements instead of four per ticket. It produces
// exactly what applyChange (server/tickets/transition.ts) would for each ticket — same columns, timeline row,
// refund row and outbox row — and bulk-apply.test.ts holds it to that, row for row.
import { sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { terminalStatuses } from "../tickets/domain";
import type { DeadlineRule, Transition } from "../tickets/rules";
import type { Actor, Ticket, TicketChange } from "../tickets/transition";

export const timerActor: Actor = { kind: "platform_timer", id: null, name: "平台超时规则" };

/** One locked, due ticket and what the timer does to it. `no_rule` clears a deadline no rule owns. */
export type TimerChange = { ticket: Ticket; rule: DeadlineRule | "no_rule"; transition: Transition; why: string };

const isTerminal = (s: Ticket["status"]) => terminalStatuses.includes(s);

function eventData(c: TimerChange, refundAlreadyExisted: boolean): Record<string, unknown> {
  return {
    rule: c.rule,
    deadlineAt: c.ticket.deadlineAt?.toISOString() ?? null,
    deadlineAction: c.ticket.deadlineAction,
    ...(refundAlreadyExisted ? { refundAlreadyExisted: true } : {}),
  };
}

/** The same change as applyChange would take it: the one-ticket path, and the yardstick of the bulk path's test. */
export function asTicketChange(c: TimerChange, now: Date): TicketChange {
  const tr = c.transition;
  return {
    action: `platform_timer.${c.rule}`,
    why: c.why,
    data: eventData(c, false),
    status: tr.to,
    deadline: tr.deadline,
    refundFen: tr.refundFen,
    set: {
      ...(tr.lateFlag ? { lateFlag: true } : {}),
      ...(tr.evidenceRequested ? { evidenceRequested: true } : {}),
      ...(tr.interceptionFailed ? { interceptionFailed: true } : {}),
      ...(c.rule === "review_timeout" ? { approvedAt: now } : {}),
    },
  };
}

function nextRow(c: TimerChange, now: Date, refunded: boolean) {
  const { ticket: t, transition: tr } = c;
  const to = tr.to;
  const deadline =
    tr.deadline === "keep"
      ? { at: t.deadlineAt, action: t.deadlineAction, min: t.deadlineMin }
      : (tr.deadline ?? { at: null, action: null, min: null });
  const ended = isTerminal(to) && !isTerminal(t.status);
  const decided = t.status === "pending_review" && to !== t.status;
  return {
    id: t.id,
    version: t.version,
    status: to,
    deadline_at: isTerminal(to) ? null : deadline.at,
    deadline_action: isTerminal(to) ? null : deadline.action,
    deadline_min: isTerminal(to) ? null : deadline.min,
    late_flag: tr.lateFlag ? true : t.lateFlag,
    evidence_requested: tr.evidenceRequested ? true : t.evidenceRequested,
    interception_failed: tr.interceptionFailed ? true : t.interceptionFailed,
    first_decision_at: decided && !t.firstDecisionAt ? now : t.firstDecisionAt,
    // The platform's silence at review counts as approval (SPEC §3 row 1).
    approved_at: c.rule === "review_timeout" ? now : t.approvedAt,
    ended_at: ended ? now : t.endedAt,
    handled_by: ended ? "platform_timer" : t.handledBy,
    refunded_fen: refunded ? tr.refundFen : t.refundedFen,
    refunded_at: refunded ? now : t.refundedAt,
  };
}

/** Many rows as one jsonb parameter: one bind instead of thousands, the cheap way to write a batch. */
const records = (rows: object[]) => sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)`;

/**
 * Applies every change inside the caller's transaction (the batch commits or rolls back as one). The tickets
 * must be locked by the caller (FOR UPDATE); the version check still guards against a caller that forgot.
 */
export async function applyTimerChanges(tx: Tx, changes: TimerChange[], now: Date): Promise<number> {
  if (changes.length === 0) return 0;
  const actor = timerActor;
  const moneyMoves = changes.filter((c) => c.transition.refundFen !== undefined);
  for (const c of moneyMoves) {
    const fen = c.transition.refundFen ?? 0;
    if (!Number.isInteger(fen) || fen <= 0) throw new Error(`timer refund of ${fen} 分 on ticket ${c.ticket.id}`);
  }
  const at = now.toISOString();
  // The unique index on refunds.ticket_id makes a second refund impossible; a ticket already refunded by some
  // other path still gets its state change, but no second refund row and no second outbound refund.
  const paid = new Set<number>();
  if (moneyMoves.length) {
    const money = moneyMoves.map((c) => ({
      shop_id: c.ticket.shopId,
      ticket_id: c.ticket.id,
      fen: c.transition.refundFen,
    }));
    const inserted = await tx.execute<{ ticket_id: string | number }>(sql`
      insert into refunds (shop_id, ticket_id, amount_fen, by, actor_name, at)
      select v.shop_id, v.ticket_id, v.fen, 'platform_timer', ${actor.name}, ${at}::timestamptz
      from ${records(money)} as v(shop_id text, ticket_id bigint, fen integer)
      on conflict do nothing
      returning ticket_id`);
    for (const r of inserted) paid.add(Number(r.ticket_id));
  }
  const rows = changes.map((c) => nextRow(c, now, paid.has(c.ticket.id)));
  const updated = await tx.execute<{ id: number }>(sql`
    update tickets as t set
      status = v.status::ticket_status,
      deadline_at = v.deadline_at,
      deadline_action = v.deadline_action::deadline_action,
      deadline_min = v.deadline_min,
      late_flag = v.late_flag,
      evidence_requested = v.evidence_requested,
      interception_failed = v.interception_failed,
      first_decision_at = v.first_decision_at,
      approved_at = v.approved_at,
      ended_at = v.ended_at,
      handled_by = v.handled_by,
      refunded_fen = v.refunded_fen,
      refunded_at = v.refunded_at,
      version = t.version + 1,
      updated_at = ${at}::timestamptz,
      updated_by_name = ${actor.name}
    from ${records(rows)} as v(
      id bigint, version integer, status text, deadline_at timestamptz, deadline_action text, deadline_min integer,
      late_flag boolean,
      evidence_requested boolean, interception_failed boolean, first_decision_at timestamptz,
      approved_at timestamptz, ended_at timestamptz, handled_by text, refunded_fen integer, refunded_at timestamptz)
    where t.id = v.id and t.version = v.version
    returning t.id`);
  if (updated.length !== changes.length) {
    throw new Error(`timer batch: ${changes.length - updated.length} ticket(s) changed under the lock; rolled back`);
  }
  const events = changes.map((c) => ({
    shop_id: c.ticket.shopId,
    ticket_id: c.ticket.id,
    action: `platform_timer.${c.rule}`,
    from_status: c.ticket.status,
    to_status: c.transition.to,
    why: c.why,
    data: {
      ...eventData(c, c.transition.refundFen !== undefined && !paid.has(c.ticket.id)),
      // As applyChange records it.
      ...(c.transition.refundFen !== undefined ? { refundFen: c.transition.refundFen } : {}),
    },
  }));
  await tx.execute(sql`
    insert into ticket_events (shop_id, ticket_id, at, actor_kind, actor_id, actor_name, action, from_status,
                               to_status, why, data)
    select v.shop_id, v.ticket_id, ${at}::timestamptz, ${actor.kind}::actor_kind, null, ${actor.name}, v.action,
           v.from_status::ticket_status, v.to_status::ticket_status, v.why, v.data
    from ${records(events)} as v(shop_id text, ticket_id bigint, action text, from_status text, to_status text,
                                 why text, data jsonb)`);
  const outbound = moneyMoves
    .filter((c) => paid.has(c.ticket.id))
    .map((c) => ({
      shop_id: c.ticket.shopId,
      ticket_id: c.ticket.id,
      payload: { externalId: c.ticket.externalId, amountFen: c.transition.refundFen },
    }));
  if (outbound.length) {
    // The outbound refund, as applyChange queues it when money moves.
    await tx.execute(sql`
      insert into platform_actions (shop_id, ticket_id, action, payload)
      select v.shop_id, v.ticket_id, 'refund', v.payload
      from ${records(outbound)} as v(shop_id text, ticket_id bigint, payload jsonb)`);
  }
  return changes.length;
}
