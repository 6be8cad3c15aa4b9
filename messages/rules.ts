// Human text for every lifecycle rule code (server/tickets/rules.ts). zh-CN is the product language.
// `{param}` placeholders are filled from the decision's params.
import type { RuleCode } from "../server/tickets/rules";

const zhCN: Record<RuleCode, string> = {
  NO_PERMISSION: "你没有售后处理权限，可以备注、打标或指派，处理请交给有权限的同事",
  TICKET_ENDED: "售后单已结束，不能再操作",
  NOT_ALLOWED_IN_STATUS: "售后单当前状态下不能进行此操作",
  NOT_ALLOWED_FOR_TYPE: "该售后类型不支持此操作",
  DEADLINE_PASSED: "处理时限已到，平台已按规则自动处理，请刷新查看最新状态",
  AMOUNT_INVALID: "退款金额必须大于 0",
  AMOUNT_EXCEEDS_PAID: "退款金额不能超过订单实付金额",
  REJECT_REASON_REQUIRED: "拒绝时必须填写拒绝原因",
  REJECT_REASON_TOO_LONG: "拒绝原因不能超过 {max} 个字",
  REJECT_NEEDS_INTERCEPTION_EVIDENCE:
    "发货后的仅退款不能直接拒绝：请先拦截、召回或请买家拒收，并上传拦截或召回失败的凭证",
  REJECT_EVIDENCE_REQUIRED: "拒绝退款请上传退回商品的凭证（照片等）",
  RETURN_NOT_SIGNED: "退货包裹尚未签收，收到并查验商品后才能拒绝",
  PARCEL_ALREADY_RETURNING: "物流已显示拒收或退回，请直接同意退款",
  EVIDENCE_ALREADY_REQUESTED: "已请买家举证过一次，请根据现有材料审核",
  INTERCEPTION_NOT_ELIGIBLE: "该订单不满足物流拦截条件",
  INTERCEPTION_ALREADY_FAILED: "该包裹拦截已失败，可请买家拒收或联系快递召回",
  PARCEL_NOT_COLLECTED: "包裹尚未揽收，属于发货前退款，请联系买家后直接处理",
  PARCEL_ALREADY_SIGNED: "包裹已签收，不能再拒收",
  CARRIER_REQUIRED: "请选择物流公司",
  WAYBILL_REQUIRED: "请填写运单号",
  WAYBILL_INVALID: "运单号格式不正确（6–40 位字母、数字或短横线）",
  NOT_PROXY_TICKET: "这不是代客发起的售后单",
  NOT_SHOP_MEMBER: "只有本店客服可以代客发起售后",
  PROXY_ORDER_KIND_UNSUPPORTED: "券包、本地生活、电子凭证等特殊订单暂不支持代客发起售后",
  PROXY_TYPE_UNSUPPORTED: "代客发起售后仅支持仅退款和退货退款",
  INTERCEPT_NOT_CROSS_BORDER: "非跨境店铺",
  INTERCEPT_CARRIER_SUPPORTED: "快递为中通、圆通、申通、极兔、韵达、顺丰或京东",
  INTERCEPT_AGREEMENT_SIGNED: "店铺已签约物流拦截服务协议",
  INTERCEPT_ITEM_ALLOWED: "非生鲜、虚拟、整车类商品",
  INTERCEPT_SINGLE_PACKAGE: "非一单多包裹订单（当前 {count} 个包裹）",
  INTERCEPT_AMOUNT_UNDER_LIMIT: "退款金额低于 500 元",
  INTERCEPT_KUAISHOU_EWAYBILL: "使用该快递的快手电子面单发货",
  INTERCEPT_REFUND_ONLY_UNSIGNED: "发货后仅退款，且包裹在途未签收",
  HINT_CONTACT_BUYER_BEFORE_SHIPPING:
    "发货前（以揽收时间为准）申请仅退款：请先联系买家确认是否还要商品；未联系直接发货引起纠纷，判商家责任",
  HINT_INTERCEPT_DONT_REJECT: "发货后申请仅退款：请召回、拦截或请买家拒收，物流显示退回后同意退款，不要直接拒绝",
  HINT_PARCEL_RETURNING_AGREE: "买家已拒收或包裹退回中，请同意退款",
  HINT_FREE_SHIPPING_MERCHANT_PAYS_RETURN: "包邮订单退货运费由商家承担，不能以此拒绝，否则平台介入判商家责任",
  HINT_NO_COLLECTION_72H: "物流超过 72 小时无揽收信息，买家可申请退款；请先核实包裹是否在途并告知买家进度",
  HINT_REQUEST_EVIDENCE_FIRST: "无法直接判断时不要直接拒绝：先请买家上传凭证，再审核",
  HINT_MISSING_ITEM_RULING: "少件成立时，须 24 小时内补发并提供运单号，否则按延迟发货处理，或退还少件金额",
  HINT_WRONG_ITEM_RULING: "发错货成立时，须为买家办理退换货，来回运费由商家承担",
  HINT_UNJUSTIFIED_REJECTION_RULING: "无故拒绝会被平台判定先行赔付给买家，商品需商家自行联系取回",
  HINT_COMMUNICATE_BEFORE_REJECT: "拒绝前请先与买家沟通，写明拒绝原因；买家仍可重新申请或申请平台介入",
  HINT_RETURN_NOT_SIGNED_YET: "退货物流尚未显示签收，请确认已实际收到商品",
  HINT_REFUSAL_CONTACT_WITHIN_3_DAYS: "请在 3 天内联系快递拦截或引导买家拒收；5 天内未处理或拒收成功，系统将自动退款",
  HINT_LATE_SHIPMENT: "已超过发货时限，本次记为延迟发货",
};

const en: Record<RuleCode, string> = {
  NO_PERMISSION:
    "You don't have after-sales permission. You can note, tag or assign; a colleague with permission must decide",
  TICKET_ENDED: "This ticket has ended",
  NOT_ALLOWED_IN_STATUS: "This action isn't available in the ticket's current status",
  NOT_ALLOWED_FOR_TYPE: "This action isn't available for this after-sales type",
  DEADLINE_PASSED: "The time limit has passed and the platform has acted; refresh to see the latest status",
  AMOUNT_INVALID: "The refund amount must be greater than 0",
  AMOUNT_EXCEEDS_PAID: "The refund amount can't exceed what the buyer paid",
  REJECT_REASON_REQUIRED: "Give a reason for the rejection",
  REJECT_REASON_TOO_LONG: "The rejection reason can't be longer than {max} characters",
  REJECT_NEEDS_INTERCEPTION_EVIDENCE:
    "A refund-only request after shipment can't simply be rejected: intercept, recall or ask the buyer to refuse, and attach proof that it failed",
  REJECT_EVIDENCE_REQUIRED: "Attach proof (e.g. photos) of the returned goods to reject the refund",
  RETURN_NOT_SIGNED: "The return hasn't been signed for; reject only after receiving and checking the goods",
  PARCEL_ALREADY_RETURNING: "Logistics shows the parcel refused or returning; agree the refund",
  EVIDENCE_ALREADY_REQUESTED: "Evidence was already requested once; decide on what you have",
  INTERCEPTION_NOT_ELIGIBLE: "This order doesn't meet the interception conditions",
  INTERCEPTION_ALREADY_FAILED:
    "Interception already failed; ask the buyer to refuse the parcel or recall it with the carrier",
  PARCEL_NOT_COLLECTED: "The parcel hasn't been collected; this is a pre-shipment refund, contact the buyer and decide",
  PARCEL_ALREADY_SIGNED: "The parcel has been signed for and can no longer be refused",
  CARRIER_REQUIRED: "Choose a carrier",
  WAYBILL_REQUIRED: "Enter the waybill number",
  WAYBILL_INVALID: "Waybill number format is invalid (6–40 letters, digits or dashes)",
  NOT_PROXY_TICKET: "This ticket wasn't initiated on the buyer's behalf",
  NOT_SHOP_MEMBER: "Only this shop's agents can initiate after-sales for a buyer",
  PROXY_ORDER_KIND_UNSUPPORTED:
    "Coupon-pack, local-life and e-voucher orders don't support initiating after-sales for the buyer",
  PROXY_TYPE_UNSUPPORTED: "Only refund-only and return-and-refund can be initiated for the buyer",
  INTERCEPT_NOT_CROSS_BORDER: "Shop is not cross-border",
  INTERCEPT_CARRIER_SUPPORTED: "Carrier is ZTO, YTO, STO, J&T, Yunda, SF or JD",
  INTERCEPT_AGREEMENT_SIGNED: "Shop has signed the interception service agreement",
  INTERCEPT_ITEM_ALLOWED: "Item is not fresh, virtual or a vehicle",
  INTERCEPT_SINGLE_PACKAGE: "Order ships in one package (now {count})",
  INTERCEPT_AMOUNT_UNDER_LIMIT: "Refund is under ¥500",
  INTERCEPT_KUAISHOU_EWAYBILL: "Shipped with that carrier's Kuaishou e-waybill",
  INTERCEPT_REFUND_ONLY_UNSIGNED: "Refund-only after shipment, parcel in transit and not signed for",
  HINT_CONTACT_BUYER_BEFORE_SHIPPING:
    "Refund-only before shipment (judged by collection time): contact the buyer first; shipping without contact makes a dispute your fault",
  HINT_INTERCEPT_DONT_REJECT:
    "Refund-only after shipment: recall, intercept or ask the buyer to refuse, then agree once the return shows; don't simply reject",
  HINT_PARCEL_RETURNING_AGREE: "The buyer refused the parcel or it is returning: agree the refund",
  HINT_FREE_SHIPPING_MERCHANT_PAYS_RETURN:
    "Free-shipping order: you pay the return freight and can't reject for it; the platform rules against you",
  HINT_NO_COLLECTION_72H:
    "No collection scan for 72 hours: the buyer may ask for a refund; check whether the parcel is moving and tell the buyer",
  HINT_REQUEST_EVIDENCE_FIRST: "Don't reject straight away when proof is needed: request evidence, then review",
  HINT_MISSING_ITEM_RULING:
    "Missing items: reissue within 24 hours with a waybill (else counted as late shipment), or refund the missing value",
  HINT_WRONG_ITEM_RULING: "Wrong item: arrange a return or exchange; you pay the freight both ways",
  HINT_UNJUSTIFIED_REJECTION_RULING:
    "An unjustified rejection lets the platform refund the buyer first; you then recover the goods yourself",
  HINT_COMMUNICATE_BEFORE_REJECT:
    "Talk to the buyer before rejecting and state the reason; the buyer may apply again or escalate",
  HINT_RETURN_NOT_SIGNED_YET: "Return logistics doesn't show it signed yet; make sure you actually received the goods",
  HINT_REFUSAL_CONTACT_WITHIN_3_DAYS:
    "Within 3 days, ask the carrier to intercept or the buyer to refuse; after 5 days, or once refused, the refund is automatic",
  HINT_LATE_SHIPMENT: "Past the shipping limit: this counts as a late shipment",
};

export const ruleMessages: { "zh-CN": Record<RuleCode, string>; en: Record<RuleCode, string> } = {
  "zh-CN": zhCN,
  en,
};
