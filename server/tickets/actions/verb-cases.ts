// Test fixtures: for every verb on an existing ticket (actions/run.ts), a ticket in a state where that verb
// succeeds at `verbTime` for a member with 售后处理权限, and the verb's input besides { ticketId, version }. Used
// by the table-driven guard tests (stale-version.test.ts, permission.test.ts), so every verb meets every guard.
// 代客发起售后 itself creates the ticket (no version to be stale); its row here is the cancel, on a ticket it made.
import type { DbOrTx } from "../../../db/client";
import type { ActionCtx } from "./context";
import { initiateForBuyer } from "./initiate-for-buyer";
import { type ActionName, runAction } from "./run";
import { at, createOrder, createTicket, ctxOf, DAY, HOUR, inTransit, MIN, type ShopFixture, T0 } from "./test-fixtures";

export type TicketVerb = Exclude<ActionName, "initiate_for_buyer">;
export type VerbCase = {
  action: TicketVerb;
  /** SPEC §1: refused to an agent without 售后处理权限 (rules-actions.ts needsHandlerPermission). */
  needsPermission: boolean;
  /** A ticket where the verb succeeds; returns its id. */
  setup: (db: DbOrTx, f: ShopFixture) => Promise<number>;
  input?: (f: ShopFixture) => Record<string, unknown>;
};

/** When the verbs act: 20 minutes after T0 (a colleague's change lands at 10:15 in between). */
export const verbTime = at(20 * MIN);

const ticketOn = async (db: DbOrTx, f: ShopFixture, order = {}, ticket = {}) =>
  (await createTicket(db, f, await createOrder(db, f, order), ticket)).id;

const signedReturn = {
  type: "return_refund",
  status: "awaiting_receipt",
  deadlineAt: at(5 * DAY),
  deadlineAction: "auto_refund",
  returnCarrier: "圆通",
  returnWaybill: "YT1234567890",
  returnStatus: "signed",
} as const;

export const verbCases: VerbCase[] = [
  { action: "approve", needsPermission: true, setup: (db, f) => ticketOn(db, f) },
  {
    action: "reject",
    needsPermission: true,
    setup: (db, f) => ticketOn(db, f),
    input: () => ({ rejectReason: "买家已确认继续收货" }),
  },
  {
    action: "refund",
    needsPermission: true,
    setup: (db, f) => ticketOn(db, f, inTransit, { status: "refusal_refund", deadlineAt: at(3 * DAY) }),
  },
  {
    action: "request_evidence",
    needsPermission: true,
    setup: (db, f) => ticketOn(db, f, {}, { reason: "quality_issue", responsibility: "merchant" }),
    input: () => ({ message: "请上传破损处照片" }),
  },
  { action: "confirm_receipt", needsPermission: true, setup: (db, f) => ticketOn(db, f, inTransit, signedReturn) },
  {
    action: "upload_return_waybill",
    needsPermission: false,
    setup: (db, f) =>
      ticketOn(db, f, inTransit, {
        type: "return_refund",
        status: "awaiting_return",
        deadlineAt: at(5 * DAY),
        deadlineAction: "auto_close",
      }),
    input: () => ({ carrier: "圆通", waybill: "YT9988776655" }),
  },
  { action: "request_interception", needsPermission: true, setup: (db, f) => ticketOn(db, f, inTransit) },
  { action: "agree_refusal_refund", needsPermission: true, setup: (db, f) => ticketOn(db, f, inTransit) },
  {
    action: "provide_reissue_waybill",
    needsPermission: true,
    setup: (db, f) =>
      ticketOn(db, f, inTransit, {
        type: "reissue",
        reason: "missing_item",
        responsibility: "merchant",
        status: "awaiting_reissue",
        deadlineAt: at(HOUR),
        deadlineAction: "flag_late",
      }),
    input: () => ({ carrier: "中通", waybill: "ZT5566778899" }),
  },
  {
    action: "ship_exchange",
    needsPermission: true,
    setup: (db, f) =>
      ticketOn(db, f, inTransit, {
        type: "exchange",
        status: "awaiting_exchange_ship",
        deadlineAt: at(HOUR),
        deadlineAction: "flag_late",
      }),
    input: () => ({ carrier: "顺丰", waybill: "SF1234567890" }),
  },
  {
    action: "cancel_proxy",
    needsPermission: false,
    setup: async (db, f) => {
      const order = await createOrder(db, f);
      const input = { orderId: order.id, type: "refund_only", reason: "no_longer_wanted", amountFen: 5_000 } as const;
      return (await initiateForBuyer(db, ctxOf(f.viewer, T0), input)).ticket.id;
    },
  },
  {
    action: "assign",
    needsPermission: false,
    setup: (db, f) => ticketOn(db, f),
    input: (f) => ({ assigneeId: f.handler.id }),
  },
  { action: "tag", needsPermission: false, setup: (db, f) => ticketOn(db, f), input: () => ({ add: ["加急"] }) },
  {
    action: "note",
    needsPermission: false,
    setup: (db, f) => ticketOn(db, f),
    input: () => ({ text: "已电话联系买家" }),
  },
  {
    action: "message",
    needsPermission: false,
    setup: (db, f) => ticketOn(db, f),
    input: () => ({ text: "您好，春节期间暂停发货，节后按顺序处理" }),
  },
  {
    action: "classify",
    needsPermission: false,
    setup: (db, f) => ticketOn(db, f),
    input: () => ({ rootCause: "product" }),
  },
];

/** Runs a case's verb by name, as the REST API and batch work do. */
export const runCase = (db: DbOrTx, ctx: ActionCtx, c: VerbCase, f: ShopFixture, ticketId: number, version: number) =>
  runAction(db, ctx, c.action, { ...c.input?.(f), ticketId, version });
