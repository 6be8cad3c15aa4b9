// SPEC §4 代客发起售后: order kinds, types, amounts; what the buyer's confirm does.
import { describe, expect, it } from "vitest";
import { orderKinds, reasonResponsibility, reasons } from "./domain";
import type { ProxyInput } from "./rules";
import { onProxyConfirmed, proxyConfirmDeadline, proxyConfirmOutcome, proxyInitiation } from "./rules";
import { at, baseShop, baseTicket, HOUR, NOW, notShippedOrder, viewer } from "./rules-fixtures";

const input: ProxyInput = { type: "refund_only", reason: "no_longer_wanted", amountFen: 9_900 };

describe("proxyInitiation", () => {
  const kinds = {
    standard: true,
    cross_border: true,
    auction: true,
    coupon_pack: false,
    local_life: false,
    e_voucher: false,
  } as const;
  it.each(orderKinds)("order kind %s", (kind) => {
    const r = proxyInitiation({ ...notShippedOrder, kind }, viewer, input);
    expect(r).toEqual(
      kinds[kind] ? { ok: true } : { ok: false, code: "PROXY_ORDER_KIND_UNSUPPORTED", params: { kind } },
    );
  });

  it("needs a member of the shop", () => {
    expect(proxyInitiation(notShippedOrder, null, input)).toEqual({ ok: false, code: "NOT_SHOP_MEMBER" });
  });

  it("needs no 售后处理权限 (SPEC §1)", () => {
    expect(proxyInitiation(notShippedOrder, viewer, input)).toEqual({ ok: true });
  });

  it.each([
    ["refund_only", true],
    ["return_refund", true],
    ["exchange", false],
    ["reissue", false],
  ] as const)("type %s allowed: %s", (type, ok) => {
    const r = proxyInitiation(notShippedOrder, viewer, { ...input, type });
    expect(r).toEqual(ok ? { ok: true } : { ok: false, code: "PROXY_TYPE_UNSUPPORTED", params: { type } });
  });

  it.each([
    [1, { ok: true }],
    [9_900, { ok: true }],
    [0, { ok: false, code: "AMOUNT_INVALID" }],
    [-100, { ok: false, code: "AMOUNT_INVALID" }],
    [12.5, { ok: false, code: "AMOUNT_INVALID" }],
    [Number.NaN, { ok: false, code: "AMOUNT_INVALID" }],
    [9_901, { ok: false, code: "AMOUNT_EXCEEDS_PAID", params: { paidFen: 9_900 } }],
  ])("amount %s 分", (amountFen, expected) => {
    expect(proxyInitiation(notShippedOrder, viewer, { ...input, amountFen })).toEqual(expected);
  });
});

describe("proxyConfirmOutcome: 仅退款 with a non-merchant reason skips review", () => {
  const cases = reasons.flatMap((reason) =>
    (["refund_only", "return_refund"] as const).map((type) => ({
      type,
      reason,
      auto: type === "refund_only" && reasonResponsibility[reason] !== "merchant",
    })),
  );
  it.each(cases)("$type / $reason → auto-approved: $auto", ({ type, reason, auto }) => {
    expect(proxyConfirmOutcome(type, reason)).toEqual(
      auto ? { autoApproved: true, to: "refunded" } : { autoApproved: false, to: "pending_review" },
    );
  });
});

describe("onProxyConfirmed", () => {
  it("refunds at once for 仅退款 / 买家原因", () => {
    const t = { ...baseTicket, status: "proxy_pending" as const, origin: "proxy" as const };
    expect(onProxyConfirmed(t, baseShop.limits, NOW)).toEqual({ to: "refunded", deadline: null, refundFen: 9_900 });
  });

  it("refunds at once for 仅退款 / 物流问题 (not merchant)", () => {
    const t = {
      ...baseTicket,
      reason: "lost_parcel" as const,
      status: "proxy_pending" as const,
      origin: "proxy" as const,
    };
    expect(onProxyConfirmed(t, baseShop.limits, NOW)).toMatchObject({ to: "refunded", refundFen: 9_900 });
  });

  it("sends 仅退款 / 商家原因 to review with 48 h from the confirm", () => {
    const t = {
      ...baseTicket,
      reason: "quality_issue" as const,
      status: "proxy_pending" as const,
      origin: "proxy" as const,
    };
    expect(onProxyConfirmed(t, baseShop.limits, NOW)).toEqual({
      to: "pending_review",
      deadline: { at: at(48 * HOUR), action: "auto_refund", min: 48 * 60 },
    });
  });

  it("sends 退货退款 to review", () => {
    const t = {
      ...baseTicket,
      type: "return_refund" as const,
      status: "proxy_pending" as const,
      origin: "proxy" as const,
    };
    expect(onProxyConfirmed(t, baseShop.limits, NOW)).toEqual({
      to: "pending_review",
      deadline: { at: at(48 * HOUR), action: "auto_approve_return", min: 48 * 60 },
    });
  });

  it("gives the buyer 24 h to confirm", () => {
    expect(proxyConfirmDeadline(baseShop.limits, NOW)).toEqual({
      at: at(24 * HOUR),
      action: "expire_proxy",
      min: 24 * 60,
    });
  });
});
