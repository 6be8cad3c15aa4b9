// Terminal states, the permission matrix of SPEC §1, and allowedActions.
import { describe, expect, it } from "vitest";
import { terminalStatuses } from "./domain";
import type { ActionInput, TicketAction } from "./rules";
import { allowedActions, evaluateAction, ticketActions } from "./rules";
import { type CtxOverrides, ctx, handler, inState, inTransitOrder, lead, owner, viewer } from "./rules-fixtures";

describe("terminal states: nothing but notes, messages, tags and root cause", () => {
  const lifecycle = ticketActions.filter((a) => !["assign", "tag", "note", "message", "classify"].includes(a));
  const cases = terminalStatuses.flatMap((status) => lifecycle.map((action) => ({ status, action })));
  it.each(cases)("$action on $status → TICKET_ENDED", ({ status, action }) => {
    const decision = evaluateAction(action, ctx({ ticket: { status, deadlineAt: null, deadlineAction: null } }), {
      rejectReason: "x",
      carrier: "中通",
      waybill: "ZT000111222",
    });
    expect(decision).toMatchObject({ ok: false, code: "TICKET_ENDED" });
  });
});

describe("permissions (SPEC §1)", () => {
  const needPermission: TicketAction[] = [
    "approve",
    "reject",
    "refund",
    "request_evidence",
    "confirm_receipt",
    "request_interception",
    "agree_refusal_refund",
    "provide_reissue_waybill",
    "ship_exchange",
  ];
  it.each(needPermission)("an agent without 售后处理权限 may not %s", (action) => {
    expect(evaluateAction(action, ctx({ member: viewer }))).toEqual({ ok: false, code: "NO_PERMISSION" });
  });

  const openToAll: { action: TicketAction; given?: CtxOverrides["ticket"]; input?: ActionInput }[] = [
    { action: "note" },
    { action: "message" },
    { action: "tag" },
    { action: "assign" },
    { action: "classify" },
    { action: "cancel_proxy", given: inState.proxyPending },
    {
      action: "upload_return_waybill",
      given: inState.awaitingReturn,
      input: { carrier: "圆通", waybill: "YT1234567890" },
    },
  ];
  it.each(openToAll)("an agent without 售后处理权限 may $action", ({ action, given, input }) => {
    expect(evaluateAction(action, ctx({ ticket: given, member: viewer }), input)).toMatchObject({ ok: true });
  });

  it.each([
    ["owner", owner],
    ["lead", lead],
    ["agent with 售后处理权限", handler],
  ] as const)("%s may approve", (_name, member) => {
    expect(evaluateAction("approve", ctx({ member }))).toMatchObject({ ok: true });
  });
});

describe("allowedActions", () => {
  it("lists every action once, in order", () => {
    expect(allowedActions(ctx()).map((a) => a.action)).toEqual([...ticketActions]);
  });

  it("shows a viewer agent in review what they may do", () => {
    const byAction = Object.fromEntries(allowedActions(ctx({ member: viewer })).map((a) => [a.action, a]));
    expect(byAction.approve).toEqual({ action: "approve", allowed: false, code: "NO_PERMISSION" });
    expect(byAction.note).toEqual({ action: "note", allowed: true });
    expect(byAction.upload_return_waybill).toMatchObject({ allowed: false, code: "NOT_ALLOWED_IN_STATUS" });
  });

  it("enables reject before its form is filled, and names the failing interception condition", () => {
    const list = allowedActions(ctx({}, inTransitOrder));
    const allowed = list.filter((a) => a.allowed).map((a) => a.action);
    expect(allowed).toEqual([
      "approve",
      "reject",
      "request_evidence",
      "request_interception",
      "agree_refusal_refund",
      "assign",
      "tag",
      "note",
      "message",
      "classify",
    ]);
    const notSingle = allowedActions(ctx({ order: { packageCount: 2 } }, inTransitOrder));
    expect(notSingle.find((a) => a.action === "request_interception")).toEqual({
      action: "request_interception",
      allowed: false,
      code: "INTERCEPTION_NOT_ELIGIBLE",
      params: { condition: "INTERCEPT_SINGLE_PACKAGE" },
    });
  });

  it("agrees with evaluateAction for every action when no input is needed", () => {
    const c = ctx({ ticket: inState.awaitingReceipt });
    for (const a of allowedActions(c)) {
      const d = evaluateAction(a.action, c);
      if (a.allowed) expect(d.ok || d.code === "REJECT_REASON_REQUIRED").toBe(true);
      else expect(d).toMatchObject({ ok: false, code: a.code });
    }
  });
});
