// SPEC §3 "Rules … surfaced at the moment of action", and the hints returned with actions.
import { describe, expect, it } from "vitest";
import { ruleMessages } from "../../messages/rules";
import type { RuleCode, RuleOrder } from "./rules";
import { evaluateAction, ruleCodes, ruleHints } from "./rules";
import { at, type CtxOverrides, ctx, HOUR, inState, inTransitOrder, MIN, signedOrder } from "./rules-fixtures";

const rows: { name: string; given?: CtxOverrides; order?: RuleOrder; hints: RuleCode[] }[] = [
  { name: "仅退款 before shipment: contact the buyer", hints: ["HINT_CONTACT_BUYER_BEFORE_SHIPPING"] },
  {
    name: "仅退款 after shipment: intercept, do not reject",
    order: inTransitOrder,
    hints: ["HINT_INTERCEPT_DONT_REJECT"],
  },
  {
    name: "仅退款, buyer refused: agree the refund",
    order: { ...inTransitOrder, logisticsStatus: "refused" },
    hints: ["HINT_PARCEL_RETURNING_AGREE"],
  },
  { name: "仅退款 on a signed parcel: no shipment hint", order: signedOrder, hints: [] },
  {
    name: "包邮 退货退款: merchant pays return freight",
    given: { ticket: { type: "return_refund" }, order: { freeShipping: true } },
    order: signedOrder,
    hints: ["HINT_FREE_SHIPPING_MERCHANT_PAYS_RETURN"],
  },
  {
    name: "包邮 换货: merchant pays return freight",
    given: { ticket: { type: "exchange" }, order: { freeShipping: true } },
    order: signedOrder,
    hints: ["HINT_FREE_SHIPPING_MERCHANT_PAYS_RETURN"],
  },
  { name: "not 包邮 退货退款: nothing", given: { ticket: { type: "return_refund" } }, order: signedOrder, hints: [] },
  {
    name: "shipped 72 h ago, no collection scan",
    given: { order: { shippedAt: at(-72 * HOUR), logisticsStatus: "shipped_not_collected" } },
    hints: ["HINT_CONTACT_BUYER_BEFORE_SHIPPING", "HINT_NO_COLLECTION_72H"],
  },
  {
    name: "shipped 71 h 59 min ago, no collection scan: not yet",
    given: { order: { shippedAt: at(-72 * HOUR + MIN), logisticsStatus: "shipped_not_collected" } },
    hints: ["HINT_CONTACT_BUYER_BEFORE_SHIPPING"],
  },
  {
    name: "buyer reason 长时间未揽收",
    given: {
      ticket: { reason: "not_collected" },
      order: { shippedAt: at(-80 * HOUR), logisticsStatus: "shipped_not_collected" },
    },
    hints: ["HINT_CONTACT_BUYER_BEFORE_SHIPPING", "HINT_NO_COLLECTION_72H"],
  },
  {
    name: "质量问题 in review: request evidence first",
    given: { ticket: { type: "return_refund", reason: "quality_issue" } },
    order: signedOrder,
    hints: ["HINT_REQUEST_EVIDENCE_FIRST"],
  },
  {
    name: "质量问题 once evidence was requested: no more",
    given: { ticket: { type: "return_refund", reason: "quality_issue", evidenceRequested: true } },
    order: signedOrder,
    hints: [],
  },
  {
    name: "少件 补发: evidence and the reissue ruling",
    given: { ticket: { type: "reissue", reason: "missing_item" } },
    order: signedOrder,
    hints: ["HINT_REQUEST_EVIDENCE_FIRST", "HINT_MISSING_ITEM_RULING"],
  },
  {
    name: "发错货 换货 in 待买家退货: the exchange ruling",
    given: { ticket: { ...inState.awaitingReturn, type: "exchange", reason: "wrong_item" } },
    order: signedOrder,
    hints: ["HINT_WRONG_ITEM_RULING"],
  },
  { name: "ended ticket: nothing", given: { ticket: { status: "refunded", deadlineAt: null } }, hints: [] },
];

describe("ruleHints", () => {
  it.each(rows)("$name", ({ given, order, hints }) => {
    expect(ruleHints(ctx(given, order))).toEqual(hints);
  });
});

describe("hints returned with an action", () => {
  it("reject carries the general rules plus communicate-first and the unjustified-rejection ruling", () => {
    const d = evaluateAction("reject", ctx({ ticket: { reason: "quality_issue" } }), {
      rejectReason: "图片不能证明质量问题",
    });
    expect(d).toMatchObject({
      ok: true,
      hints: [
        "HINT_CONTACT_BUYER_BEFORE_SHIPPING",
        "HINT_REQUEST_EVIDENCE_FIRST",
        "HINT_COMMUNICATE_BEFORE_REJECT",
        "HINT_UNJUSTIFIED_REJECTION_RULING",
      ],
    });
  });

  it("同意拒收后退款 reminds the 3-day contact", () => {
    const d = evaluateAction("agree_refusal_refund", ctx({}, inTransitOrder));
    expect(d).toMatchObject({ ok: true, hints: ["HINT_INTERCEPT_DONT_REJECT", "HINT_REFUSAL_CONTACT_WITHIN_3_DAYS"] });
  });

  it("confirm receipt before the return shows signed warns", () => {
    const d = evaluateAction("confirm_receipt", ctx({ ticket: inState.awaitingReceipt }, signedOrder));
    expect(d).toMatchObject({ ok: true, hints: ["HINT_RETURN_NOT_SIGNED_YET"] });
  });

  it("confirm receipt of a signed return has no warning", () => {
    const given = {
      ticket: { ...inState.awaitingReceipt, returnStatus: "signed" as const, returnSignedAt: at(-HOUR) },
    };
    expect(evaluateAction("confirm_receipt", ctx(given, signedOrder))).toMatchObject({ ok: true, hints: [] });
  });

  it("a late reissue says it counts as late shipment", () => {
    const given = { ticket: { ...inState.awaitingReissue, deadlineAt: at(-MIN) } };
    const d = evaluateAction("provide_reissue_waybill", ctx(given, signedOrder), {
      carrier: "中通",
      waybill: "ZT000111222",
    });
    expect(d).toMatchObject({ ok: true, hints: ["HINT_LATE_SHIPMENT"] });
  });
});

describe("messages/rules.ts", () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(ruleCodes)("%s has zh-CN and en text with the same placeholders", (code) => {
    const zh = ruleMessages["zh-CN"][code];
    const en = ruleMessages.en[code];
    expect(zh.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(placeholders(zh)).toEqual(placeholders(en));
  });

  it("has no text for unknown codes", () => {
    expect(Object.keys(ruleMessages["zh-CN"]).sort()).toEqual([...ruleCodes].sort());
    expect(Object.keys(ruleMessages.en).sort()).toEqual([...ruleCodes].sort());
  });
});
