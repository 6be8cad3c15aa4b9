// The bulk timer path must leave exactly what the one-ticket path (applyChange) leaves: same ticket columns,
// timeline row, refund row and outbox row. Two identical tickets per case, one through each path.
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { shopSettings, shops } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { ruleOrderOf, ruleShopOf, ruleTicketOf } from "../tickets/actions/rule-context";
import {
  at,
  createOrder,
  createShop,
  createTicket,
  DAY,
  HOUR,
  inTransit,
  traces,
} from "../tickets/actions/test-fixtures";
import { onDeadline } from "../tickets/rules";
import { applyChange, lockTicket } from "../tickets/transition";
import { applyTimerChanges, asTicketChange, type TimerChange, timerActor } from "./bulk-apply";
import { timerWhy } from "./rule-text";

const { db } = await useTestDb();
const f = await createShop(db);
const order = await createOrder(db, f, inTransit);
const [shop] = await db.select().from(shops).where(eq(shops.id, f.shopId));
const [settings] = await db.select().from(shopSettings).where(eq(shopSettings.shopId, f.shopId));
const now = at(11 * DAY);

const cases: Parameters<typeof createTicket>[3][] = [
  { deadlineAt: at(47 * HOUR) },
  { type: "return_refund", deadlineAt: at(47 * HOUR), deadlineAction: "auto_approve_return" },
  { type: "return_refund", status: "awaiting_return", deadlineAt: at(10 * DAY), deadlineAction: "auto_close" },
  { type: "return_refund", status: "awaiting_receipt", deadlineAt: at(10 * DAY), returnStatus: "signed" },
  { type: "exchange", status: "awaiting_receipt", deadlineAt: at(DAY), deadlineAction: "auto_confirm_receipt" },
  { status: "refusal_refund", deadlineAt: at(5 * DAY) },
  { status: "intercepting", deadlineAt: at(72 * HOUR), deadlineAction: "back_to_review" },
  {
    type: "reissue",
    reason: "missing_item",
    status: "awaiting_reissue",
    deadlineAt: at(DAY),
    deadlineAction: "flag_late",
  },
  { status: "proxy_pending", origin: "proxy", deadlineAt: at(DAY), deadlineAction: "expire_proxy" },
  { status: "awaiting_evidence", evidenceRequested: true, deadlineAt: at(3 * DAY), deadlineAction: "back_to_review" },
];

function timerChange(t: Awaited<ReturnType<typeof createTicket>>): TimerChange {
  const rs = ruleShopOf(shop, settings);
  const outcome = onDeadline(ruleTicketOf(t), ruleOrderOf(order), rs, now);
  if (!outcome) throw new Error("not due");
  return { ticket: t, ...outcome, why: timerWhy(outcome.rule, t.type, outcome.transition.to, rs.limits) };
}

const comparable = async (ticketId: number) => {
  const { ticket, events, refunds, outbox } = await traces(db, ticketId);
  const { id: _i, externalId: _e, ...row } = ticket;
  return {
    row,
    events: events.map(({ id: _id, ticketId: _t, ...e }) => e),
    refunds: refunds.map(({ id: _id, ticketId: _t, ...r }) => r),
    outbox: outbox.map(({ id: _id, ticketId: _t, createdAt: _c, payload: { externalId: _x, ...p } }) => p),
  };
};

it.each(cases.map((c, i) => [i, c] as const))("case %i: bulk == applyChange", async (_i, overrides) => {
  const one = await createTicket(db, f, order, overrides);
  const bulk = await createTicket(db, f, order, overrides);
  await db.transaction(async (tx) => {
    const locked = await lockTicket(tx, f.shopId, one.id);
    await applyChange(tx, locked, timerActor, asTicketChange(timerChange(locked), now), now);
  });
  await db.transaction(async (tx) => {
    const locked = await lockTicket(tx, f.shopId, bulk.id);
    expect(await applyTimerChanges(tx, [timerChange(locked)], now)).toBe(1);
  });
  expect(await comparable(bulk.id)).toEqual(await comparable(one.id));
});
